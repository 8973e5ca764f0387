extension Text {
    /// `rencana report`: the Laporan Monev.
    public enum Report {
        public static let abstract = "Write the Laporan Monev of a Triwulan, a Semester, the year or January up to a month."
        public static let discussion = """
            The report takes `rencana progress`'s period options and prints the figures `rencana progress` \
            prints for them (--until alone: January up to that month; none: January up to this month). The \
            signer's details (--place, --signer, --signer-title, --nip) are remembered in the plan's state and \
            used for the next report until changed; the date is today's unless --date is given. xlsx needs --out; the other formats go to standard \
            output without it.
            """
        public static let yearHelp = "The whole year (Tahunan)."
        public static let formatHelp = "The report's format."
        public static let placeHelp = "The place of signing (remembered)."
        public static let dateHelp = "The date of signing: YYYY-MM-DD or 8 April 2022 (default: today; not remembered)."
        public static let signerHelp = "The signer's name (remembered)."
        public static let signerTitleHelp = "The signer's office (remembered)."
        public static let nipHelp = "The signer's NIP (remembered; empty to drop it)."
        public static func unknownFormat(_ format: String) -> String {
            "unknown report format '\(format)' (xlsx, html, markdown or csv)"
        }
        public static func reportFailed(_ format: String, _ reason: String) -> String { "cannot write the report as \(format): \(reason)" }
    }
}
