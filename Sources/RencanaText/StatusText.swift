/// The one vocabulary of realisation statuses (issue 20): a month's word and a row's word over a period,
/// as the dashboard, `rencana progress`, the Laporan Monev and `export --realisation` print them.
extension Text {
    public enum Status {
        /// A month recorded done where it was due.
        public static let done = "Terlaksana"
        /// A month recorded partly done (counts half).
        public static let partly = "Terlaksana Sebagian"
        /// A month recorded not done.
        public static let missed = "Tidak Terlaksana"
        /// A planned month moved to another month: `Digeser ke April`.
        public static func moved(to monthName: String) -> String { "Digeser ke " + monthName }
        /// A month recorded done (or partly) that was neither planned nor moved there.
        public static let outside = "Terlaksana di luar jadwal"
        /// Due (its month has begun or passed) and nothing recorded.
        public static let late = "Terlambat"
        /// Planned for a month after the as-of month, nothing recorded.
        public static let notYetDue = "Belum Jatuh Tempo"
        /// A row with nothing planned, moved or done in the period.
        public static let nothing = "–"

        /// A row whose due months do not all read the same: `Belum Tuntas: 2 Terlaksana, 1 Terlambat`.
        /// Never a month's word, so a mixed row is not mistaken for a month partly done.
        public static func mixed(_ parts: [(count: Int, word: String)]) -> String {
            "Belum Tuntas: " + parts.map { "\($0.count) \($0.word)" }.joined(separator: ", ")
        }

        /// The moves of a row's months added to its word, so a move never hides the rest:
        /// `Terlambat; Maret digeser ke April`.
        public static func withMoves(_ word: String, moves: [(from: String, to: String)]) -> String {
            guard !moves.isEmpty else { return word }
            return word + "; " + moves.map { "\($0.from) digeser ke \($0.to)" }.joined(separator: "; ")
        }

        /// The refusal of a move into a month that is already planned: one record would count for two.
        public static func moveIntoDueMonth(row: String, from: String, to: String) -> String {
            Text.pick("\(row): \(from) cannot move to \(to), which is already planned; "
                          + "record \(from) as missed (\(missed)), or move it to a month with nothing planned",
                      id: "\(row): \(from) tidak dapat digeser ke \(to), yang sudah direncanakan; "
                          + "catat \(from) sebagai \(missed) (missed), atau geser ke bulan yang tidak direncanakan")
        }
    }
}
