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
            case "indikator": return pick("row", id: "baris")
            default: return pick("document", id: "dokumen")
            }
        }

        /// What happened, as a word for the text and Markdown forms.
        public static func kindName(_ raw: String) -> String {
            switch raw {
            case "added": return pick("added", id: "ditambah")
            case "removed": return pick("removed", id: "dihapus")
            case "moved": return pick("moved", id: "dipindah")
            case "changed": return pick("changed", id: "diubah")
            case "monthsAdded": return pick("months added", id: "bulan ditambah")
            case "monthsRemoved": return pick("months removed", id: "bulan dihapus")
            default: return raw
            }
        }

        /// The place shown for the decree's own details.
        public static var documentPlace: String { pick("document", id: "dokumen") }
        /// `"old" → "new"`
        public static let arrow = " → "
        /// `moved from 1.1.1.2 to 1.2.1.1`
        public static func moved(level: String, from: String, to: String) -> String {
            pick("\(level) moved from \(from) to \(to)", id: "\(level) dipindah dari \(from) ke \(to)")
        }
        /// `row added (id r-…): "text" [Jan, Feb]`
        public static func added(level: String, id: String?, text: String, months: String) -> String {
            let idPart = id.map { " (id \($0))" } ?? ""
            return pick("\(level) added\(idPart): \(text)", id: "\(level) ditambah\(idPart): \(text)") + (months.isEmpty ? "" : " [\(months)]")
        }
        public static func removed(level: String, id: String?, text: String) -> String {
            let idPart = id.map { " (id \($0))" } ?? ""
            return pick("\(level) removed\(idPart): \(text)", id: "\(level) dihapus\(idPart): \(text)")
        }
        public static func months(added: Bool, _ list: String) -> String {
            (added ? pick("months added: ", id: "bulan ditambah: ") : pick("months removed: ", id: "bulan dihapus: ")) + list
        }
        /// The columns of the CSV and Markdown forms.
        public static let columns = ["change", "level", "place", "row", "field", "old", "new", "months"]
        public static var markdownColumns: [String] {
            pick(["Place", "Row", "Change", "Old", "New"], id: ["Tempat", "Baris", "Perubahan", "Lama", "Baru"])
        }
        /// The one line `diff --format markdown` writes above its table.
        public static func markdownTitle(_ count: Int) -> String {
            pick("\(count) \(count == 1 ? "difference" : "differences") from the plan as signed",
                 id: "\(count) perbedaan dari rencana yang ditandatangani")
        }
    }
}
