/// Interface strings of the dashboard's text editor.
extension Text {
    public enum Editor {
        /// Shown when saving an empty text where the plan requires one.
        public static var emptyRefused: String {
            pick("this text must not be empty (Esc cancels)", id: "teks ini tidak boleh kosong (Esc membatalkan)")
        }
        /// The editor's key hint line.
        public static var hint: String {
            pick("Enter/Ctrl-S save · Esc cancel · Ctrl-O new line · Ctrl-B/Ctrl-F word",
                 id: "Enter/Ctrl-S simpan · Esc batal · Ctrl-O baris baru · Ctrl-B/Ctrl-F kata")
        }

        // MARK: The plan's texts (`E`) and the document's details (`D`)

        /// The box's title: the field being edited and the row's id.
        public static let boxTitle: @Sendable (_ field: String, _ row: String) -> String = { "\($0) · \($1)" }
        /// An empty field that the table requires, refused when saving.
        public static let fieldRequired: @Sendable (_ field: String) -> String = {
            pick("\($0) must not be empty (Esc cancels)", id: "\($0) tidak boleh kosong (Esc membatalkan)")
        }
        /// Typing or pasting past the journal's limit.
        public static let textFull: @Sendable (_ limit: Int) -> String = {
            pick("the text is at its limit of \($0) characters", id: "teks sudah mencapai batas \($0) karakter")
        }
        /// The year of the document is not a year.
        public static var badYear: String {
            pick("Tahun must be a year, 1900–2999 (Esc cancels)", id: "Tahun harus berupa tahun, 1900–2999 (Esc membatalkan)")
        }
        /// The mark after a field's name in the field strip when its text was changed here.
        public static let changedMark = "*"
        /// The field strip's hint in the editor's footer.
        public static var textHint: String {
            pick("Tab/Shift-Tab field · Enter save · Esc cancel · Ctrl-O new line · Ctrl-B/F word",
                 id: "Tab isian · Enter simpan · Esc batal · Ctrl-O baris baru · Ctrl-B/F kata")
        }
        public static let formTitle = "Dokumen"
        public static var formHint: String {
            pick("↑↓/Tab field · Enter save · Esc cancel", id: "↑↓/Tab isian · Enter simpan · Esc batal")
        }
        /// The document's details as the decree names them, in the form's order.
        public static let documentLabels: [String: String] = [
            "number": "Nomor", "title": "Tentang", "unit": "Unit kerja", "year": "Tahun", "place": "Ditetapkan di",
            "date": "Pada tanggal", "signer": "Penandatangan", "signerTitle": "Jabatan", "code": "Kode satker",
        ]
        /// An old text and its new one, in the detail pane.
        public static let oldToNew: @Sendable (_ old: String, _ new: String) -> String = { "\($0) → \($1)" }

        /// The key bar while the text editor is open.
        public static var keysText: [(key: String, label: String)] {
            [("Enter", pick("Save", id: "Simpan")), ("Tab", pick("Next field", id: "Isian berikut")),
             ("Shift-Tab", pick("Previous", id: "Sebelumnya")), ("Ctrl-O", pick("New line", id: "Baris baru")),
             ("Esc", pick("Cancel", id: "Batal"))]
        }
        /// The key bar while the document form is open.
        public static var keysForm: [(key: String, label: String)] {
            [("Enter", pick("Save", id: "Simpan")), ("↑↓ Tab", pick("Field", id: "Isian")), ("Esc", pick("Cancel", id: "Batal"))]
        }
        /// Help for the two keys (merged into `Text.Dashboard.keyHelp`).
        public static var keyHelp: [String: String] {
            [
                "editText": pick("edit the row's texts (INDIKATOR; Tab: KET, AREA, KEGIATAN, SUB); Enter saves",
                                 id: "ubah teks baris (INDIKATOR; Tab: KET, AREA, KEGIATAN, SUB)"),
                "editDocument": pick("edit the document's details (nomor, tentang, tahun, penandatangan…)",
                                     id: "ubah rincian dokumen (nomor, tentang, tahun…)"),
            ]
        }
    }
}
