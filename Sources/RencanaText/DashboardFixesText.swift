/// Interface strings of the dashboard fixes of session 10 (ui10): small windows, pastes, refusals in the forms.
extension Text {
    public enum DashboardFixes {
        /// The detail pane's empty reviews or evidence in a read-only view (no key to add one there).
        public static var noneYet: String { pick("none yet", id: "belum ada") }
        /// Under the too-small message while an editor or prompt is open: it takes no text until the window grows.
        public static var editorTooSmall: String {
            pick("Editor open: Esc closes it.", id: "Penyunting terbuka: Esc menutupnya.")
        }
    }
}
