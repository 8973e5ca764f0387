/// Interface strings of the dashboard's text editor.
extension Text {
    public enum Editor {
        /// Shown when saving an empty text where the plan requires one.
        public static let emptyRefused = "this text must not be empty (Esc cancels)"
        /// The editor's key hint line.
        public static let hint = "Enter/Ctrl-S save · Esc cancel · Ctrl-O new line · Ctrl-B/Ctrl-F word"

        // MARK: The plan's texts (`E`) and the document's details (`D`)

        /// The box's title: the field being edited and the row's id.
        public static let boxTitle: @Sendable (_ field: String, _ row: String) -> String = { "\($0) · \($1)" }
        /// An empty field that the table requires, refused when saving.
        public static let fieldRequired: @Sendable (_ field: String) -> String = { "\($0) must not be empty (Esc cancels)" }
        /// Typing or pasting past the journal's limit.
        public static let textFull: @Sendable (_ limit: Int) -> String = { "the text is at its limit of \($0) characters" }
        /// The year of the document is not a year.
        public static let badYear = "Tahun must be a year, 1900–2999 (Esc cancels)"
        /// The mark after a field's name in the field strip when its text was changed here.
        public static let changedMark = "*"
        /// The field strip's hint in the editor's footer.
        public static let textHint = "Tab/Shift-Tab field · Enter save · Esc cancel · Ctrl-O new line · Ctrl-B/F word"
        public static let formTitle = "Dokumen"
        public static let formHint = "↑↓/Tab field · Enter save · Esc cancel"
        /// The document's details as the decree names them, in the form's order.
        public static let documentLabels: [String: String] = [
            "number": "Nomor", "title": "Tentang", "unit": "Unit kerja", "year": "Tahun", "place": "Ditetapkan di",
            "date": "Pada tanggal", "signer": "Penandatangan", "signerTitle": "Jabatan", "code": "Kode satker",
        ]
        /// An old text and its new one, in the detail pane.
        public static let oldToNew: @Sendable (_ old: String, _ new: String) -> String = { "\($0) → \($1)" }

        /// The key bar while the text editor is open.
        public static let keysText: [(key: String, label: String)] = [
            ("Enter", "Save"), ("Tab", "Next field"), ("Shift-Tab", "Previous"), ("Ctrl-O", "New line"), ("Esc", "Cancel"),
        ]
        /// The key bar while the document form is open.
        public static let keysForm: [(key: String, label: String)] = [
            ("Enter", "Save"), ("↑↓ Tab", "Field"), ("Esc", "Cancel"),
        ]
        /// Help for the two keys (merged into `Text.Dashboard.keyHelp`).
        public static let keyHelp: [String: String] = [
            "editText": "edit the row's texts (INDIKATOR; Tab: KET, AREA, KEGIATAN, SUB); Enter saves",
            "editDocument": "edit the document's details (nomor, tentang, tahun, penandatangan…)",
        ]
    }
}
