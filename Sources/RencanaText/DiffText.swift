/// Interface strings of `rencana diff`: the revision of a plan against the plan as signed.
extension Text {
    public enum Diff {
        /// Names of the plan's texts: the table's own column labels and the decree's labels (Indonesian data).
        public static func fieldName(_ raw: String) -> String {
            switch raw {
            case "area": return "AREA PERUBAHAN"
            case "kegiatan": return "KEGIATAN"
            case "sub": return "SUB KEGIATAN"
            case "indikator": return "INDIKATOR"
            case "ket": return "KET"
            case "institution": return "Instansi"
            case "number": return "NOMOR"
            case "title": return "TENTANG"
            case "unit": return "Unit"
            case "year": return "Tahun"
            case "place": return "Ditetapkan di"
            case "date": return "Pada tanggal"
            case "signer": return "Penandatangan"
            case "signerTitle": return "Jabatan penandatangan"
            case "code": return "Kode satker"
            default: return raw
            }
        }

        /// Names of the table's levels for added, removed and moved items.
        public static func levelName(_ raw: String) -> String {
            switch raw {
            case "area": return "AREA PERUBAHAN"
            case "kegiatan": return "KEGIATAN"
            case "sub": return "SUB KEGIATAN"
            case "indikator": return "row"
            default: return "document"
            }
        }

        /// What happened, as a word for the text and Markdown forms.
        public static func kindName(_ raw: String) -> String {
            switch raw {
            case "added": return "added"
            case "removed": return "removed"
            case "moved": return "moved"
            case "changed": return "changed"
            case "monthsAdded": return "months added"
            case "monthsRemoved": return "months removed"
            default: return raw
            }
        }

        /// The place shown for the decree's own details.
        public static let documentPlace = "document"
        /// `"old" → "new"`
        public static let arrow = " → "
        /// `moved from 1.1.1.2 to 1.2.1.1`
        public static func moved(level: String, from: String, to: String) -> String { "\(level) moved from \(from) to \(to)" }
        /// `row added (id r-…): "text" [Jan, Feb]`
        public static func added(level: String, id: String?, text: String, months: String) -> String {
            let idPart = id.map { " (id \($0))" } ?? ""
            return "\(level) added\(idPart): \(text)" + (months.isEmpty ? "" : " [\(months)]")
        }
        public static func removed(level: String, id: String?, text: String) -> String {
            let idPart = id.map { " (id \($0))" } ?? ""
            return "\(level) removed\(idPart): \(text)"
        }
        public static func months(added: Bool, _ list: String) -> String { (added ? "months added: " : "months removed: ") + list }
        /// The columns of the CSV and Markdown forms.
        public static let columns = ["change", "level", "place", "row", "field", "old", "new", "months"]
        public static let markdownColumns = ["Place", "Row", "Change", "Old", "New"]
        /// The one line `diff --format markdown` writes above its table.
        public static func markdownTitle(_ count: Int) -> String { "\(count) \(count == 1 ? "difference" : "differences") from the plan as signed" }
    }
}
