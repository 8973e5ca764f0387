/// Interface strings of the dashboard fixes of session 10 (ui10): small windows, pastes, refusals in the forms.
extension Text {
    public enum DashboardFixes {
        /// The detail pane's empty reviews or evidence in a read-only view (no key to add one there).
        /// `D`: the date typed is not a day of the calendar (the rule of `rencana document --date`); the form stays open.
        public static func badDocumentDate(_ label: String) -> String {
            pick("\(label): no such day; write 2022-04-08 or 8 April 2022 (Esc cancels)",
                 id: "\(label): tanggal tidak ada; tulis 2022-04-08 atau 8 April 2022 (Esc batal)")
        }
        public static var noneYet: String { pick("none yet", id: "belum ada") }
        /// Under the too-small message while an editor or prompt is open: it takes no text until the window grows.
        public static var editorTooSmall: String {
            pick("Editor open: Esc closes it.", id: "Penyunting terbuka: Esc menutupnya.")
        }
    }
}
