/// Interface strings of the dashboard's text editor.
extension Text {
    public enum Editor {
        /// Shown when saving an empty text where the plan requires one.
        public static let emptyRefused = "this text must not be empty (Esc cancels)"
        /// The editor's key hint line.
        public static let hint = "Enter/Ctrl-S save · Esc cancel · Ctrl-O new line · Ctrl-B/Ctrl-F word"
    }
}
