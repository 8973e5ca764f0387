/// Interface strings of the dashboard fixes of session 10 (ui10): small windows, pastes, refusals in the forms.
extension Text {
    public enum DashboardFixes {
        /// Under the too-small message while an editor or prompt is open: it takes no text until the window grows.
        public static var editorTooSmall: String {
            pick("Editor open: Esc closes it.", id: "Penyunting terbuka: Esc menutupnya.")
        }
    }
}
