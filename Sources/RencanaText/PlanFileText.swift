/// Interface strings about plan files (plan.json): where a problem is and what is wrong.
extension Text {
    public enum PlanFile {
        /// `plan.json: areas[0].name (line 9, column 15): must not be empty`, leaving out the parts that are nil.
        public static func located(file: String, path: String?, line: Int?, column: Int?, _ message: String) -> String {
            var text = file + ": "
            if let path, !path.isEmpty { text += path }
            if let line, let column {
                text += (path?.isEmpty == false ? " " : "") + pick("(line \(line), column \(column))", id: "(baris \(line), kolom \(column))")
            }
            if text != file + ": " { text += ": " }
            return text + message
        }

        /// A missing plan file: the reason ("no such file") and what to do.
        public static func noSuchFile(_ reason: String) -> String {
            reason + pick(" (give the path of a plan file, or make one with `rencana import`)", id: " (beri jalur berkas rencana, atau buat dengan `rencana import`)")
        }
        public static var emptyFile: String {
            pick("the file is empty; expected a plan in JSON",
                 id: "berkas kosong; seharusnya rencana dalam JSON")
        }
        public static var onlyWhitespace: String {
            pick("the file holds only whitespace; expected a plan in JSON",
                 id: "berkas hanya berisi spasi; seharusnya rencana dalam JSON")
        }
        public static var notUTF8: String {
            pick("not UTF-8 text (save the file as UTF-8)",
                 id: "bukan teks UTF-8 (simpan berkas sebagai UTF-8)")
        }
        // MARK: What a value should be, as in "expected a whole number, found a string"

        public static var aPlan: String { pick("a plan", id: "rencana") }
        public static var theDocument: String { pick("the document", id: "dokumen") }
        public static var anArea: String { pick("an area", id: "area") }
        public static var aKegiatan: String { pick("a kegiatan", id: "kegiatan") }
        public static var aSubKegiatan: String { pick("a sub kegiatan", id: "sub kegiatan") }
        public static var anIndicatorRow: String { pick("an indicator row", id: "baris indikator") }
        public static var anArray: String { pick("an array", id: "larik") }
        public static var aString: String { pick("a string", id: "teks") }
        public static var aWholeNumber: String { pick("a whole number", id: "bilangan bulat") }
        public static var aMonthName: String { pick("a month name such as \"Jan\"", id: "nama bulan seperti \"Jan\"") }
        /// `what` (one of the names above) said to be a JSON object.
        public static func jsonObject(_ what: String) -> String { pick("\(what) (a JSON object)", id: "\(what) (objek JSON)") }

        // MARK: Messages

        /// `found` is a type name such as pick("an array", id: "larik") (`Text.JSON.typeArray`).
        public static func expected(_ what: String, found: String) -> String {
            pick("expected \(what), found \(found)",
                 id: "seharusnya \(what), tertulis \(found)")
        }
        /// `key` comes already quoted; `known` are the keys allowed in `what`.
        public static func unknownKey(_ key: String, in what: String, known: [String]) -> String {
            pick("unknown key \(key) in \(what) (known keys: \(known.joined(separator: ", ")))", id: "kunci \(key) tidak dikenal di \(what) (kunci yang dikenal: \(known.joined(separator: ", ")))")
        }
        public static func lacksKey(_ what: String, key: String) -> String {
            pick("\(what) lacks the required key \"\(key)\"",
                 id: "\(what) tidak memiliki kunci wajib \"\(key)\"")
        }
        public static func textTooLong(max: Int) -> String {
            pick("text longer than \(max) characters",
                 id: "teks lebih dari \(max) karakter")
        }
        public static var mustNotBeEmpty: String { pick("must not be empty", id: "tidak boleh kosong") }
        /// `found` is the number as written, possibly cut short with "…".
        public static func numberOutOfRange(from lower: Int, to upper: Int, found: String) -> String {
            pick("expected a whole number from \(lower) to \(upper), found \(found)",
                 id: "seharusnya bilangan bulat \(lower) sampai \(upper), tertulis \(found)")
        }
        public static var noAreas: String { pick("the plan has no areas", id: "rencana tidak memiliki area") }
        /// The `format` value is not the plan format's name.
        public static func wrongFormat(expected: String, found: String) -> String {
            pick("expected \"\(expected)\", found \"\(found)\"",
                 id: "seharusnya \"\(expected)\", tertulis \"\(found)\"")
        }
        public static func newerVersion(_ version: Int, current: Int) -> String {
            pick("format version \(version) is newer than this rencana reads (\(current)); update rencana",
                 id: "format versi \(version) lebih baru daripada yang dapat dibaca rencana ini (\(current)); perbarui rencana")
        }
        /// `firstPath` is the JSON path of the row that used the id first.
        public static func duplicateRowID(_ id: String, firstPath: String) -> String {
            pick("duplicate row id \"\(id)\" (already used by \(firstPath))", id: "id baris ganda \"\(id)\" (sudah dipakai oleh \(firstPath))")
        }
        public static func areaOutOfOrder(expected: Int, found: Int) -> String {
            pick("area numbers must run 1, 2, 3… in order; expected \(expected), found \(found)",
                 id: "nomor area harus berurutan 1, 2, 3…; seharusnya \(expected), tertulis \(found)")
        }
        public static var badID: String {
            pick("an id must be at most 64 characters without spaces, control characters or bidirectional overrides",
                 id: "id paling banyak 64 karakter tanpa spasi, karakter kendali, atau penimpa arah teks")
        }
        /// `labels` lists the month labels (data: Jan … Des).
        public static func unknownMonth(_ name: String, labels: String) -> String {
            pick("unknown month \"\(name)\" (use \(labels))",
                 id: "bulan \"\(name)\" tidak dikenal (gunakan \(labels))")
        }
        public static func monthTwice(_ label: String) -> String {
            pick("month \(label) is listed twice",
                 id: "bulan \(label) tercantum dua kali")
        }
    }
}
