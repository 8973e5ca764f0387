/// Interface strings of conflict22 (session 11): the detail pane's key bar on a folded line.
extension Text {
    public enum TeamUX {
        /// The detail pane's key bar on a folded line: no month or record keys (refused there), `+` to open it.
        public static var keysDetailFolded: [(key: String, label: String)] {
            [("Esc", pick("Close", id: "Tutup")), ("↑↓", pick("Row", id: "Baris")), ("PgUp PgDn", pick("Scroll", id: "Gulir")),
             ("+", pick("Open", id: "Buka")), ("u", pick("Undo", id: "Urungkan"))]
        }
    
        /// A redo refused: a colleague wrote the value since the undo (or won a conflict over it).
        public static func overwrittenSinceRedo(by: String, at: String) -> String {
            pick("nothing redone: \(by) changed that value since (\(at)); to have yours back, set it again yourself or choose it in `rencana conflicts`",
                 id: "tidak ada yang diulangi: \(by) telah mengubah nilai itu sesudahnya (\(at)); untuk mengembalikan nilai Anda, ubah sendiri lagi atau pilih di `rencana conflicts`")
        }
    }
}
