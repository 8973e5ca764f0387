/// Interface strings about plan files (plan.json): where a problem is and what is wrong.
extension Text {
    public enum PlanFile {
        /// `plan.json: areas[0].name (line 9, column 15): must not be empty`, leaving out the parts that are nil.
        public static func located(file: String, path: String?, line: Int?, column: Int?, _ message: String) -> String {
            var text = file + ": "
            if let path, !path.isEmpty { text += path }
            if let line, let column {
                text += (path?.isEmpty == false ? " " : "") + "(line \(line), column \(column))"
            }
            if text != file + ": " { text += ": " }
            return text + message
        }

        /// A missing plan file: the reason ("no such file") and what to do.
        public static func noSuchFile(_ reason: String) -> String {
            reason + " (give the path of a plan file, or make one with `rencana import`)"
        }
        public static let emptyFile = "the file is empty; expected a plan in JSON"
        public static let onlyWhitespace = "the file holds only whitespace; expected a plan in JSON"
        public static let notUTF8 = "not UTF-8 text (save the file as UTF-8)"

        // MARK: What a value should be, as in "expected a whole number, found a string"

        public static let aPlan = "a plan"
        public static let theDocument = "the document"
        public static let anArea = "an area"
        public static let aKegiatan = "a kegiatan"
        public static let aSubKegiatan = "a sub kegiatan"
        public static let anIndicatorRow = "an indicator row"
        public static let anArray = "an array"
        public static let aString = "a string"
        public static let aWholeNumber = "a whole number"
        public static let aMonthName = "a month name such as \"Jan\""
        /// `what` (one of the names above) said to be a JSON object.
        public static func jsonObject(_ what: String) -> String { "\(what) (a JSON object)" }

        // MARK: Messages

        /// `found` is a type name such as "an array" (`Text.JSON.typeArray`).
        public static func expected(_ what: String, found: String) -> String { "expected \(what), found \(found)" }
        /// `key` comes already quoted; `known` are the keys allowed in `what`.
        public static func unknownKey(_ key: String, in what: String, known: [String]) -> String {
            "unknown key \(key) in \(what) (known keys: \(known.joined(separator: ", ")))"
        }
        public static func lacksKey(_ what: String, key: String) -> String { "\(what) lacks the required key \"\(key)\"" }
        public static func textTooLong(max: Int) -> String { "text longer than \(max) characters" }
        public static let mustNotBeEmpty = "must not be empty"
        /// `found` is the number as written, possibly cut short with "…".
        public static func numberOutOfRange(from lower: Int, to upper: Int, found: String) -> String {
            "expected a whole number from \(lower) to \(upper), found \(found)"
        }
        public static let noAreas = "the plan has no areas"
        /// The `format` value is not the plan format's name.
        public static func wrongFormat(expected: String, found: String) -> String { "expected \"\(expected)\", found \"\(found)\"" }
        public static func newerVersion(_ version: Int, current: Int) -> String {
            "format version \(version) is newer than this rencana reads (\(current)); update rencana"
        }
        /// `firstPath` is the JSON path of the row that used the id first.
        public static func duplicateRowID(_ id: String, firstPath: String) -> String {
            "duplicate row id \"\(id)\" (already used by \(firstPath))"
        }
        public static func areaOutOfOrder(expected: Int, found: Int) -> String {
            "area numbers must run 1, 2, 3… in order; expected \(expected), found \(found)"
        }
        public static let badID = "an id must be at most 64 characters without spaces, control characters or bidirectional overrides"
        /// `labels` lists the month labels (data: Jan … Des).
        public static func unknownMonth(_ name: String, labels: String) -> String { "unknown month \"\(name)\" (use \(labels))" }
        public static func monthTwice(_ label: String) -> String { "month \(label) is listed twice" }
    }
}
