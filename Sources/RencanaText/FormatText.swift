/// Interface strings of CSV import and the Markdown export.
extension Text {
    public enum Formats {
        /// `FILE: line N, column NAME: message`, leaving out the parts that are nil.
        public static func located(file: String, line: Int?, column: String?, _ message: String) -> String {
            var location = file
            if let line {
                location += ": line \(line)"
                if let column { location += ", column \(column)" }
            } else if let column {
                location += ": column \(column)"
            }
            return location + ": " + message
        }

        public static func emptyFile(header: String) -> String {
            "the file is empty; expected a header line (\(header)) and one line per indicator row"
        }
        public static func missingHeader(header: String) -> String {
            "no header line; the first line must name the columns: \(header) (optionally ID first)"
        }
        public static func headerColumnCount(_ found: Int, header: String) -> String {
            "the header has \(found) \(found == 1 ? "column" : "columns"); expected 18 (\(header)), or 19 with ID first"
        }
        public static func headerName(expected: String, found: String) -> String { "expected the header \"\(expected)\", found \"\(found)\"" }
        public static let noRows = "the file has a header but no plan rows"
        public static let unclosedQuote = "a quoted field that starts here is never closed (a \" is missing)"
        public static let textAfterClosingQuote = "text after the closing quote of a field; write a \" inside a quoted field as \"\""
        public static func columnCount(expected: Int, found: Int) -> String {
            "\(found) \(found == 1 ? "column" : "columns"), expected \(expected) like the header"
        }
        public static func badMark(_ text: String) -> String { "\"\(text)\" is not a mark; write √ (or ✓ ✔ v V x X) or leave the cell empty" }
        public static func badNumber(_ text: String) -> String { "\"\(text)\" is not an area number (expected a whole number such as 1)" }
        public static let missingNumber = "the first row needs an area number"
        public static func areaOutOfOrder(expected: Int, found: Int) -> String {
            "area numbers must run 1, 2, 3… in order; expected \(expected), found \(found)"
        }
        public static func emptyOnFirstRow(area: Int, newKegiatan: Bool) -> String {
            newKegiatan ? "must not be empty on the first row of a new KEGIATAN (area \(area))"
                        : "must not be empty on the first row of area \(area)"
        }
        public static func areaNameChanged(area: Int, name: String, found: String) -> String {
            "\"\(found)\" differs from the name of area \(area) above (\"\(name)\"); a new area needs a new NO"
        }
        public static func badID(_ id: String) -> String { "\"\(id)\" is not a usable id (at most 64 characters, no spaces)" }
        public static func duplicateID(_ id: String, firstLine: Int) -> String { "the id \"\(id)\" is already used on line \(firstLine)" }
    }
}
