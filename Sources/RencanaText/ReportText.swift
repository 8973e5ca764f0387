extension Text {
    /// `rencana report`: the Laporan Monev.
    public enum Report {
        public static var abstract: String {
            pick("Write the Laporan Monev of a Triwulan, a Semester, the year or January up to a month.",
                 id: "Tulis Laporan Monev untuk satu Triwulan, satu Semester, setahun, atau Januari s.d. satu bulan.")
        }
        public static var discussion: String {
            Text.pick("""
                The report takes `rencana progress`'s period options and prints the figures `rencana progress` \
                prints for them (--until alone: January up to that month; none: January up to this month). The \
                signer's details (--place, --signer, --signer-title, --nip) are remembered in the plan's state and \
                used for the next report until changed; the date is today's unless --date is given. xlsx needs --out; the other formats go to standard \
                output without it.
                """, id: """
                Laporan memakai opsi periode `rencana progress` dan mencetak angka yang dicetak `rencana progress` untuknya \
                (--until saja: Januari s.d. bulan itu; tanpa opsi: Januari s.d. bulan ini). Rincian penandatangan (--place, \
                --signer, --signer-title, --nip) diingat di state rencana dan dipakai untuk laporan berikutnya sampai diubah; \
                tanggalnya hari ini kecuali --date diberikan. xlsx memerlukan --out; format lain ditulis ke keluaran standar \
                bila tanpa --out.
                """)
        }
        public static var yearHelp: String { pick("The whole year (Tahunan).", id: "Setahun penuh (Tahunan).") }
        public static var formatHelp: String { pick("The report's format.", id: "Format laporan.") }
        public static var placeHelp: String {
            pick("The place of signing (remembered).",
                 id: "Tempat penandatanganan (diingat).")
        }
        public static var dateHelp: String {
            pick("The date of signing: YYYY-MM-DD or 8 April 2022 (default: today; not remembered).",
                 id: "Tanggal penandatanganan: YYYY-MM-DD atau 8 April 2022 (bawaan: hari ini; tidak diingat).")
        }
        public static var signerHelp: String { pick("The signer's name (remembered).", id: "Nama penandatangan (diingat).") }
        public static var signerTitleHelp: String {
            pick("The signer's office (remembered).",
                 id: "Jabatan penandatangan (diingat).")
        }
        public static var nipHelp: String {
            pick("The signer's NIP (remembered; empty to drop it).",
                 id: "NIP penandatangan (diingat; kosongkan untuk menghapusnya).")
        }
        public static func unknownFormat(_ format: String) -> String {
            pick("unknown report format '\(format)' (xlsx, html, markdown or csv)",
                 id: "format laporan '\(format)' tidak dikenal (xlsx, html, markdown, atau csv)")
        }
        public static func reportFailed(_ format: String, _ reason: String) -> String {
            pick("cannot write the report as \(format): \(reason)",
                 id: "laporan tidak dapat ditulis sebagai \(format): \(reason)")
        }
    }
}
