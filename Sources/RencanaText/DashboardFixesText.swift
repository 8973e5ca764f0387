/// Interface strings of the dashboard fixes of session 10 (ui10): small windows, pastes, refusals in the forms.
extension Text {
    public enum DashboardFixes {
        /// The detail pane's empty reviews or evidence in a read-only view (no key to add one there).
        /// `D`: the date typed is not a day of the calendar (the rule of `rencana document --date`); the form stays open.
        public static func badDocumentDate(_ label: String) -> String {
            pick("\(label): no such day; write 2022-04-08 or 8 April 2022 (Esc cancels)",
                 id: "\(label): tanggal tidak ada; tulis 2022-04-08 atau 8 April 2022 (Esc batal)")
        }
        /// The detail pane on a folded line: the label and what the line holds.
        public static var foldedLabel: String { pick("Folded", id: "Dilipat") }
        public static func foldedRows(_ rows: Int) -> String {
            pick("\(rows) row\(rows == 1 ? "" : "s") folded here; + opens them", id: "\(rows) baris dilipat di sini; + untuk membuka")
        }
        /// The detail pane's title on a folded line: the group by its place (`1.2`).
        public static func foldedTitle(_ place: String) -> String { pick("Folded group \(place)", id: "Kelompok terlipat \(place)") }
        /// `n` / `N` with no search typed or kept.
        public static var noSearch: String { pick("no search: press / first", id: "belum ada pencarian: tekan / dulu") }
        /// `>` into a month where another planned month of the row is due (one record would count for two).
        public static func moveOntoPlanned(from: String, to: String) -> String {
            pick("\(to) is already planned: pick another month, or Esc then m (\(from) missed)",
                 id: "\(to) sudah direncanakan: pilih bulan lain, atau Esc lalu m (\(from) tidak terlaksana)")
        }
        /// `>` when every month after the cell's is planned.
        public static func noFreeMonth(_ from: String) -> String {
            pick("no free month after \(from) (all planned): m records it missed",
                 id: "tidak ada bulan bebas setelah \(from) (semua direncanakan): m mencatatnya tidak terlaksana")
        }
        /// A change the plan's rules refused (nothing was written, nothing is kept to retry).
        public static func refused(_ reason: String) -> String { pick("refused: \(reason)", id: "ditolak: \(reason)") }
        public static var noneYet: String { pick("none yet", id: "belum ada") }
        /// Under the too-small message while an editor or prompt is open: it takes no text until the window grows.
        public static var editorTooSmall: String {
            pick("Editor open: Esc closes it.", id: "Penyunting terbuka: Esc menutupnya.")
        }
    }
}
