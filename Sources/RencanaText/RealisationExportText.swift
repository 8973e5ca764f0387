/// Column names, cell words and messages of `rencana export --realisation` and `rencana generate --realisation`.
extension Text {
    public enum RealisationExport {
        /// The status column of a month: `Realisasi Jan` … `Realisasi Des`.
        public static func statusColumn(_ month: String) -> String { "Realisasi \(month)" }
        /// Penanggung jawab.
        public static let pjColumn = "PJ"
        /// The dates of realisation of the row's months, one `Mon: YYYY-MM-DD` per line.
        public static let datesColumn = "Tanggal Realisasi"
        /// The catatan of the row's months, one `Mon: text` per line.
        public static let notesColumn = "Catatan"
        /// How many pieces of evidence (bukti dukung) the row has.
        public static let evidenceColumn = "Jumlah Bukti"

        public static let flagHelp = """
            Add the monitoring record (csv and json only): csv gets a status column per month (Realisasi Jan … \
            Realisasi Des: Terlaksana, Terlaksana Sebagian, Tidak Terlaksana, Digeser ke <Bulan>, Terlaksana di luar jadwal, \
            empty when nothing is recorded), then PJ, Tanggal Realisasi, Catatan and Jumlah Bukti; json gets a \
            "realisation" section (statuses, dates, notes, PJ, reviews, evidence, signer).
            """
        public static func unsupported(_ format: String) -> String {
            "--realisation works with --format csv or json, not \(format); the printed monitoring report is `rencana report`"
        }
        public static let notWithBaseline = "--realisation and --baseline cannot be combined: the realisation is in the state file"

        // rencana generate
        public static let generateHelp = """
            Also write a realisation for benchmarks: a status for about half of the planned cells (done, partly, \
            missed with a note, moved) and --evidence items, as the plan's state file (journal version 2, where \
            `rencana PLAN` looks for it) or at --state. Needs --out.
            """
        public static let evidenceHelp = "With --realisation: how many evidence items to add (default 20,000 per 100,000 rows)."
        public static let stateHelp = "With --realisation: where to write the state file."
        public static let needsOut = "--realisation needs --out (the state file belongs to a plan file)"
        public static let evidenceRange = "--evidence must be 0 or more"
        public static let optionsNeedRealisation = "--evidence and --state need --realisation"
        public static func wroteState(_ path: String, entries: Int) -> String { "wrote \(path) (\(entries) entries)" }
    }
}
