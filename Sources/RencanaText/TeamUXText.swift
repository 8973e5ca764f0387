/// Interface strings of conflict22 (session 11): the detail pane's key bar on a folded line.
extension Text {
    public enum TeamUX {
        /// The detail pane's key bar on a folded line: no month or record keys (refused there), `+` to open it.
        public static var keysDetailFolded: [(key: String, label: String)] {
            [("Esc", pick("Close", id: "Tutup")), ("↑↓", pick("Row", id: "Baris")), ("PgUp PgDn", pick("Scroll", id: "Gulir")),
             ("+", pick("Open", id: "Buka")), ("u", pick("Undo", id: "Urungkan"))]
        }
    }
}
