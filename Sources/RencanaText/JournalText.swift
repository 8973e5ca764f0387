/// Interface strings that say a journal entry in words (`rencana log`, undo and redo).
extension Text {
    public enum Journal {
        public static let notRecorded = "belum dicatat"
        public static let done = "Terlaksana"
        public static let partly = "Terlaksana Sebagian"
        public static let missed = "Tidak Terlaksana"
        public static func moved(_ month: String) -> String { "Digeser ke \(month)" }
        public static let empty = "(kosong)"
        public static let arrow = " → "
        public static let on = "√"
        public static let off = "·"

        /// Column names as the document has them, by the journal's field names.
        public static func fieldName(_ field: String) -> String {
            switch field {
            case "indikator": "INDIKATOR"
            case "ket": "KET"
            case "sub": "SUB KEGIATAN"
            case "kegiatan": "KEGIATAN"
            case "area": "AREA PERUBAHAN"
            case "kendala": "Kendala"
            case "tindakLanjut": "Tindak lanjut"
            case "tenggat": "Tenggat"
            case "place": "Tempat"
            case "date": "Tanggal"
            case "signer": "Penandatangan"
            case "signerTitle": "Jabatan"
            case "code": "Kode satker"
            case "nip": "NIP"
            case "institution": "Instansi"
            case "number": "Nomor"
            case "title": "Tentang"
            case "unit": "Unit"
            case "year": "Tahun"
            default: field
            }
        }

        public static func levelName(_ level: String) -> String {
            switch level {
            case "indikator": "indikator"
            case "sub": "sub kegiatan"
            case "kegiatan": "kegiatan"
            case "area": "area perubahan"
            default: level
            }
        }

        public static func dateLabel(_ month: String) -> String { "\(month) tanggal" }
        public static func noteLabel(_ month: String) -> String { "\(month) catatan" }
        public static let pjLabel = "PJ"
        public static func review(tw: String, field: String) -> String { "TW \(tw) \(fieldName(field))" }
        public static func signer(_ field: String) -> String { "Laporan: \(fieldName(field))" }
        public static func document(_ field: String) -> String { "Dokumen: \(fieldName(field))" }
        public static func evidenceAdded(_ id: String, _ kind: String, _ title: String) -> String { "bukti \(id) ditambahkan: \(kind) \(title)" }
        public static func evidenceRemoved(_ id: String, _ kind: String, _ title: String) -> String { "bukti \(id) dihapus: \(kind) \(title)" }
        public static func added(level: String, place: String) -> String { "\(levelName(level)) baru \(place)" }
        public static func after(_ row: String) -> String { "setelah \(row)" }
        public static func before(_ row: String) -> String { "sebelum \(row)" }
        public static func removed(level: String, rows: Int) -> String { "\(levelName(level)) dihapus (\(rows) baris)" }
        public static func moved(level: String, direction: String) -> String {
            "\(levelName(level)) dipindah \(direction == "up" ? "ke atas" : "ke bawah")"
        }
        public static func movedTo(place: String) -> String { "indikator dipindah \(place)" }
        public static func undo(_ seq: Int) -> String { "undo #\(seq)" }
        public static func redo(_ seq: Int) -> String { "redo #\(seq)" }
        /// `undid change #N: <what it was>`.
        public static func undid(_ seq: Int, _ what: String) -> String {
            pick("undid change #\(seq): \(what)",
                 id: "perubahan #\(seq) diurungkan: \(what)")
        }
        public static func redid(_ seq: Int, _ what: String) -> String {
            pick("redid change #\(seq): \(what)",
                 id: "perubahan #\(seq) diulangi: \(what)")
        }
    }
}
