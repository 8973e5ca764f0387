/// Interface strings of ux22 (session 11): an undo's and a redo's words in the log, a kept value, the conflict
/// chooser's short forms.
extension Text {
    public enum UX22 {
        /// An undo in the log, followed by what it did (the value back from the target's new to its old).
        public static func undoing(_ seq: Int, _ what: String) -> String {
            pick("undoing #\(seq): \(what)", id: "mengurungkan #\(seq): \(what)")
        }
        /// A redo in the log, followed by what it did (the target's change, made again).
        public static func redoing(_ seq: Int, _ what: String) -> String {
            pick("redoing #\(seq): \(what)", id: "mengulangi #\(seq): \(what)")
        }
        /// An undo of a change that has no inverse in words (a row added or removed): what that change was.
        public static func undoingWas(_ seq: Int, _ what: String) -> String {
            pick("undoing #\(seq), which was: \(what)", id: "mengurungkan #\(seq), yang semula: \(what)")
        }
        /// An entry that writes the value already shown (a conflict settled by choosing the value shown).
        public static func kept(_ value: String) -> String {
            pick("kept \(value) (conflict settled)", id: "tetap \(value) (konflik diselesaikan)")
        }
        /// The grid's key bar on a folded line, where the keys of one row are refused.
        public static var keyOpenFolded: (key: String, label: String) { ("+", pick("Open", id: "Buka")) }
        /// The chooser's prompt when the full one does not fit (the field without the row's id).
        public static func chooserShort(_ field: String) -> String { pick("\(field), keep:", id: "\(field), pakai:") }
        /// The chooser's prompt narrower still: the field alone.
        public static func chooserField(_ field: String) -> String { "\(field):" }
        /// The chooser's keys that must stay visible, however narrow the terminal.
        public static var keysChooserEssential: [(key: String, label: String)] {
            [("Enter", pick("Keep", id: "Pakai")), ("Esc", pick("Cancel", id: "Batal"))]
        }
    }
}
