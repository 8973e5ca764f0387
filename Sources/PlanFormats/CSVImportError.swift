/// Why a CSV file could not be read as a plan: which file, which line and column, and what is wrong.
///
/// `description` is one line, `FILE: line N, column NAME: what is wrong`, ready to print;
/// `line` and `column` are left out when they do not apply (an empty file has neither,
/// a wrong column count has no column).
public struct CSVImportError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What is wrong, with the details a message needs.
    public enum Problem: Equatable, Sendable {
        /// The text is empty or only whitespace.
        case emptyFile
        /// The first line is not a header row (none of its cells names a column).
        case missingHeader
        /// The header row has this many cells instead of 18 (or 19 with `ID`).
        case headerColumnCount(found: Int)
        /// A header cell names the wrong column.
        case headerName(expected: String, found: String)
        /// There is a header row but no plan rows.
        case noRows
        /// A quoted field runs to the end of the text.
        case unclosedQuote
        /// Something other than a delimiter or line end follows a field's closing quote.
        case textAfterClosingQuote
        /// A row has a different number of cells from the header.
        case columnCount(expected: Int, found: Int)
        /// A month cell holds something that is not a mark.
        case badMark(String)
        /// The NO cell is not a whole number.
        case badNumber(String)
        /// The first row leaves NO empty.
        case missingNumber
        /// Area numbers must run 1, 2, 3… in order.
        case areaOutOfOrder(expected: Int, found: Int)
        /// A text a new area (or a new kegiatan, `newKegiatan`) needs is empty.
        case emptyOnFirstRow(area: Int, newKegiatan: Bool)
        /// AREA PERUBAHAN changes while NO stays the same.
        case areaNameChanged(area: Int, name: String, found: String)
        /// An ID is too long or contains whitespace.
        case badID(String)
        /// An ID was already used on an earlier line.
        case duplicateID(String, firstLine: Int)
    }

    /// The file as the user named it, e.g. "rencana-2023.csv".
    public var file: String
    /// 1-based line where the offending row starts (a quoted field may span lines).
    public var line: Int?
    /// The column's name in the export layout (`NO`, `KEGIATAN`, `Mar`, `ID`, …).
    public var column: String?
    public var problem: Problem

    public init(file: String, line: Int? = nil, column: String? = nil, problem: Problem) {
        self.file = file
        self.line = line
        self.column = column
        self.problem = problem
    }

    /// `plan.csv: line 7, column Mar: "ok" is not a mark; write √ (or ✓ ✔ v V x X) or leave the cell empty`
    public var description: String { FormatMessages.importError(file: file, line: line, column: column, problem: problem) }
}
