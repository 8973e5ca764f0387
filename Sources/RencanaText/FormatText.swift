/// Interface strings of CSV import and the Markdown export.
extension Text {
    public enum Formats {
        /// `FILE: line N, column NAME: message`, leaving out the parts that are nil.
        public static func located(file: String, line: Int?, column: String?, _ message: String) -> String {
            var location = file
            if let line {
                location += pick(": line \(line)", id: ": baris \(line)")
                if let column { location += pick(", column \(column)", id: ", kolom \(column)") }
            } else if let column {
                location += pick(": column \(column)", id: ": kolom \(column)")
            }
            return location + ": " + message
        }

        public static func emptyFile(header: String) -> String {
            pick("the file is empty; expected a header line (\(header)) and one line per indicator row",
                 id: "berkas kosong; seharusnya ada baris judul (\(header)) dan satu baris per baris indikator")
        }
        public static func missingHeader(header: String) -> String {
            pick("no header line; the first line must name the columns: \(header) (optionally ID first)",
                 id: "tidak ada baris judul; baris pertama harus menyebut kolom: \(header) (boleh diawali ID)")
        }
        public static func headerColumnCount(_ found: Int, header: String) -> String {
            pick("the header has \(found) \(found == 1 ? "column" : "columns"); expected 18 (\(header)), or 19 with ID first", id: "baris judul memiliki \(found) kolom; seharusnya 18 (\(header)), atau 19 dengan ID di depan")
        }
        public static func headerName(expected: String, found: String) -> String {
            pick("expected the header \"\(expected)\", found \"\(found)\"",
                 id: "seharusnya judul \"\(expected)\", tertulis \"\(found)\"")
        }
        public static var noRows: String {
            pick("the file has a header but no plan rows",
                 id: "berkas memiliki baris judul tetapi tidak ada baris rencana")
        }
        public static var unclosedQuote: String { pick("a quoted field that starts here is never closed (a \" is missing)", id: "isian bertanda kutip yang dimulai di sini tidak pernah ditutup (kurang satu \")") }
        public static var textAfterClosingQuote: String { pick("text after the closing quote of a field; write a \" inside a quoted field as \"\"", id: "ada teks sesudah tanda kutip penutup isian; tulis \" di dalam isian bertanda kutip sebagai \"\"") }
        public static func columnCount(expected: Int, found: Int) -> String {
            pick("\(found) \(found == 1 ? "column" : "columns"), expected \(expected) like the header", id: "\(found) kolom, seharusnya \(expected) seperti baris judul")
        }
        public static func badMark(_ text: String) -> String {
            pick("\"\(text)\" is not a mark; write √ (or ✓ ✔ v V x X) or leave the cell empty",
                 id: "\"\(text)\" bukan tanda; tulis √ (atau ✓ ✔ v V x X) atau biarkan sel kosong")
        }
        public static func badNumber(_ text: String) -> String {
            pick("\"\(text)\" is not an area number (expected a whole number such as 1)",
                 id: "\"\(text)\" bukan nomor area (seharusnya bilangan bulat seperti 1)")
        }
        public static var missingNumber: String {
            pick("the first row needs an area number",
                 id: "baris pertama memerlukan nomor area")
        }
        public static func areaOutOfOrder(expected: Int, found: Int) -> String {
            pick("area numbers must run 1, 2, 3… in order; expected \(expected), found \(found)",
                 id: "nomor area harus berurutan 1, 2, 3…; seharusnya \(expected), tertulis \(found)")
        }
        public static func emptyOnFirstRow(area: Int, newKegiatan: Bool) -> String {
            newKegiatan ? pick("must not be empty on the first row of a new KEGIATAN (area \(area))", id: "tidak boleh kosong pada baris pertama KEGIATAN baru (area \(area))")
                        : pick("must not be empty on the first row of area \(area)", id: "tidak boleh kosong pada baris pertama area \(area)")
        }
        public static func areaNameChanged(area: Int, name: String, found: String) -> String {
            pick("\"\(found)\" differs from the name of area \(area) above (\"\(name)\"); a new area needs a new NO", id: "\"\(found)\" berbeda dari nama area \(area) di atasnya (\"\(name)\"); area baru memerlukan NO baru")
        }
        public static func badID(_ id: String) -> String {
            pick("\"\(id)\" is not a usable id (at most 64 characters, no spaces)",
                 id: "\"\(id)\" bukan id yang dapat dipakai (paling banyak 64 karakter, tanpa spasi)")
        }
        public static func duplicateID(_ id: String, firstLine: Int) -> String {
            pick("the id \"\(id)\" is already used on line \(firstLine)",
                 id: "id \"\(id)\" sudah dipakai di baris \(firstLine)")
        }
    }
}
