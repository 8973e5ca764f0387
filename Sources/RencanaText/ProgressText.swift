/// Interface strings of monitoring progress (capaian) and the realisation commands.
extension Text {
    public enum Progress {
        /// Shown for a capaian when nothing is due in the period: never 0 % or 100 %.
        public static let nothingDue = "–"
    }
}

extension Text.Progress {
    /// Column headings of the progress table (`rencana progress`), as a Laporan Monev's REKAPITULASI.
    public static let columns = ["NO.", "URAIAN", "JATUH TEMPO", "TERLAKSANA", "SEBAGIAN", "TIDAK TERLAKSANA",
                                 "TERLAMBAT", "% CAPAIAN", "KURANG BUKTI"]
    /// The whole plan's line, last in the table.
    public static let wholePlan = "Seluruh rencana aksi"
    /// A period's name as printed: `TW I`, `Semester II`, `Tahunan`, `s.d. Mei`.
    public static func triwulan(_ number: Int) -> String { "TW " + roman(number) }
    public static func semester(_ number: Int) -> String { "Semester " + roman(number) }
    public static let year = "Tahunan"
    public static func until(_ monthName: String) -> String { "Januari s.d. " + monthName }
    /// The table's caption: the period and the as-of month.
    public static func caption(period: String, asOf: String) -> String { "Capaian \(period), keadaan s.d. \(asOf)" }

    static func roman(_ number: Int) -> String { ["I", "II", "III", "IV"][min(max(number, 1), 4) - 1] }
}
