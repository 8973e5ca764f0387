import Foundation
import PlanModel

/// Reads a plan from CSV in the export's layout, so another office can start from its own spreadsheet.
public enum CSVImport {
    /// The texts accepted as a mark in a month cell (after trimming spaces): √ ✓ ✔ v V x X.
    public static let acceptedMarks: Set<String> = ["√", "✓", "✔", "v", "V", "x", "X"]

    /// Builds a plan from CSV text in the 18-column layout `CSVExport` writes.
    ///
    /// Accepted input:
    /// - an optional UTF-8 byte order mark; CRLF, LF or CR line ends; RFC 4180 quoting, newlines inside
    ///   quoted fields included;
    /// - `,` or `;` between fields (Excel and LibreOffice in an Indonesian locale write `;`), detected from
    ///   the header line: whichever occurs more often outside quotes;
    /// - a header line (required) naming the 18 columns in order, case-insensitively, `NO.`/`NO` and
    ///   `KET.`/`KET` alike, optionally with an `ID` column first;
    /// - parent columns (NO, AREA PERUBAHAN, KEGIATAN, SUB KEGIATAN) either repeated on every line or left
    ///   blank under their first line (as a spreadsheet with merged cells saves them): a blank cell means
    ///   "same as above", a text equal to the one above means the same parent, a different text starts a
    ///   new one (a new NO a new area, a new KEGIATAN a new kegiatan, a new SUB KEGIATAN a new sub kegiatan);
    /// - marks written as √ ✓ ✔ v V x X; an empty month cell is unscheduled;
    /// - lines whose cells are all empty are skipped, as are empty cells after the last column.
    ///
    /// With an `ID` column, a non-empty ID becomes the row's explicit ID; an empty one leaves the positional ID.
    ///
    /// - Parameters:
    ///   - file: the file's name as the user gave it, used in error messages and for the default title.
    ///   - document: the decree's facts. When nil, the plan gets a `DocumentInfo` whose title is the file
    ///     name without folder and extension, with every other text empty, and whose year is `year`.
    ///   - year: the year for the default document; nil means the current year (Gregorian, local time zone).
    ///     Ignored when `document` is given.
    /// - Throws: `CSVImportError`, whose description reads `FILE: line N, column NAME: what is wrong`.
    public static func plan(fromCSV text: String, file: String, document: DocumentInfo? = nil,
                            year: Int? = nil) throws(CSVImportError) -> Plan {
        var scalars = Substring(text).unicodeScalars[...]
        // Every leading byte order mark: a file saved twice by an editor that adds one each time has two.
        while scalars.first == "\u{FEFF}" { scalars = scalars.dropFirst() }
        if scalars.allSatisfy({ $0.properties.isWhitespace }) {
            throw CSVImportError(file: file, problem: .emptyFile)
        }
        let delimiter = detectDelimiter(scalars)
        var records = try CSVRecords.parse(scalars, delimiter: delimiter, file: file)
        records.removeAll { $0.fields.allSatisfy { $0.allSatisfy(\.isWhitespace) } }
        guard let header = records.first else { throw CSVImportError(file: file, problem: .emptyFile) }
        let includesID = try checkHeader(header, file: file)
        let rows = records.dropFirst()
        guard !rows.isEmpty else { throw CSVImportError(file: file, line: header.line, problem: .noRows) }
        var builder = Builder(file: file, includesID: includesID)
        for record in rows { try builder.add(record) }
        let info = document ?? DocumentInfo(title: defaultTitle(file: file), year: year ?? currentYear())
        return Plan(document: info, areas: builder.finish())
    }

    /// The title of the default document: the file name without folder and extension.
    public static func defaultTitle(file: String) -> String {
        let name = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
        return name.trimmingCharacters(in: .whitespaces).isEmpty ? file : name
    }

    static func currentYear() -> Int {
        Calendar(identifier: .gregorian).component(.year, from: Date())
    }

    /// `;` when the header line has more semicolons than commas outside quotes, else `,`.
    static func detectDelimiter(_ scalars: Substring.UnicodeScalarView) -> Unicode.Scalar {
        var commas = 0, semicolons = 0, inQuotes = false
        for scalar in scalars {
            if scalar == "\"" { inQuotes.toggle(); continue }
            if inQuotes { continue }
            if scalar == "\n" || scalar == "\r" { break }
            if scalar == "," { commas += 1 } else if scalar == ";" { semicolons += 1 }
        }
        return semicolons > commas ? ";" : ","
    }

    /// A header cell reduced for comparison: trimmed, one trailing dot dropped, spaces collapsed, upper case.
    static func headerKey(_ cell: String) -> String {
        var text = cell.trimmingCharacters(in: .whitespacesAndNewlines)
        if text.hasSuffix(".") { text.removeLast() }
        return text.split(whereSeparator: \.isWhitespace).joined(separator: " ").uppercased()
    }

    /// Checks the header line; returns whether it starts with the ID column.
    static func checkHeader(_ record: CSVRecords.Record, file: String) throws(CSVImportError) -> Bool {
        let cells = CSVRecords.droppingTrailingEmpty(record.fields, keeping: PlanColumns.table.count)
        let keys = cells.map(headerKey)
        let known = Set((PlanColumns.header(includeIDs: true)).map(headerKey))
        guard keys.contains(where: { known.contains($0) }) else {
            throw CSVImportError(file: file, line: record.line, problem: .missingHeader)
        }
        let includesID = keys.first == headerKey(PlanColumns.id)
        let expected = PlanColumns.header(includeIDs: includesID)
        guard cells.count == expected.count else {
            throw CSVImportError(file: file, line: record.line, problem: .headerColumnCount(found: cells.count))
        }
        for (index, name) in expected.enumerated() where keys[index] != headerKey(name) {
            throw CSVImportError(file: file, line: record.line, column: name,
                                 problem: .headerName(expected: name, found: cells[index]))
        }
        return includesID
    }

    /// Turns rows into areas, kegiatan, sub kegiatan and indicators, checking as it goes.
    struct Builder {
        let file: String
        let includesID: Bool
        let columns: [String]
        var areas: [ChangeArea] = []
        var seenIDs: [RowID: Int] = [:]

        init(file: String, includesID: Bool) {
            self.file = file
            self.includesID = includesID
            columns = PlanColumns.header(includeIDs: includesID)
        }

        func fail(_ record: CSVRecords.Record, _ column: String?, _ problem: CSVImportError.Problem) -> CSVImportError {
            CSVImportError(file: file, line: record.line, column: column, problem: problem)
        }

        static func isBlank(_ text: String) -> Bool { text.allSatisfy(\.isWhitespace) }

        mutating func add(_ record: CSVRecords.Record) throws(CSVImportError) {
            let cells = CSVRecords.droppingTrailingEmpty(record.fields, keeping: columns.count)
            guard cells.count == columns.count else {
                throw fail(record, nil, .columnCount(expected: columns.count, found: cells.count))
            }
            let offset = includesID ? 1 : 0
            let numberCell = cells[offset], areaCell = cells[offset + 1]
            let kegiatanCell = cells[offset + 2], subCell = cells[offset + 3]
            let indicatorText = cells[offset + 4], ket = cells[offset + 17]

            // NO and AREA PERUBAHAN: a new number starts a new area.
            var newArea = false
            let trimmedNumber = numberCell.trimmingCharacters(in: .whitespaces)
            if trimmedNumber.isEmpty {
                guard !areas.isEmpty else { throw fail(record, PlanColumns.number, .missingNumber) }
            } else {
                guard let number = Int(trimmedNumber), number >= 1 else {
                    throw fail(record, PlanColumns.number, .badNumber(numberCell))
                }
                let current = areas.last?.number ?? 0
                if number != current {
                    guard number == current + 1 else {
                        throw fail(record, PlanColumns.number, .areaOutOfOrder(expected: current + 1, found: number))
                    }
                    newArea = true
                }
            }
            if newArea {
                let number = areas.count + 1
                guard !Self.isBlank(areaCell) else {
                    throw fail(record, PlanColumns.area, .emptyOnFirstRow(area: number, newKegiatan: false))
                }
                guard !Self.isBlank(kegiatanCell) else {
                    throw fail(record, PlanColumns.kegiatan, .emptyOnFirstRow(area: number, newKegiatan: false))
                }
                guard !Self.isBlank(subCell) else {
                    throw fail(record, PlanColumns.subKegiatan, .emptyOnFirstRow(area: number, newKegiatan: false))
                }
                areas.append(ChangeArea(number: number, name: areaCell, kegiatan: []))
            } else if !Self.isBlank(areaCell) && areaCell != areas[areas.count - 1].name {
                let area = areas[areas.count - 1]
                throw fail(record, PlanColumns.area, .areaNameChanged(area: area.number, name: area.name, found: areaCell))
            }

            // KEGIATAN and SUB KEGIATAN: blank or equal means the same as above, a different text a new one.
            let a = areas.count - 1
            if newArea || (!Self.isBlank(kegiatanCell) && kegiatanCell != areas[a].kegiatan.last?.title) {
                guard !Self.isBlank(subCell) else {
                    throw fail(record, PlanColumns.subKegiatan, .emptyOnFirstRow(area: areas[a].number, newKegiatan: true))
                }
                areas[a].kegiatan.append(Kegiatan(title: kegiatanCell, subKegiatan: []))
            }
            let k = areas[a].kegiatan.count - 1
            if areas[a].kegiatan[k].subKegiatan.isEmpty
                || (!Self.isBlank(subCell) && subCell != areas[a].kegiatan[k].subKegiatan.last?.title) {
                areas[a].kegiatan[k].subKegiatan.append(SubKegiatan(title: subCell, indicators: []))
            }

            // ID
            var id: RowID?
            if includesID {
                let raw = cells[0].trimmingCharacters(in: .whitespaces)
                if !raw.isEmpty {
                    guard RowID.isUsable(raw) else {  // the one rule of plan.json and the journal
                        throw fail(record, PlanColumns.id, .badID(cells[0]))
                    }
                    id = RowID(raw)
                }
            }
            let s = areas[a].kegiatan[k].subKegiatan.count - 1
            let effectiveID = id ?? .positional(area: areas[a].number, kegiatan: k + 1, sub: s + 1,
                                                indicator: areas[a].kegiatan[k].subKegiatan[s].indicators.count + 1)
            if let firstLine = seenIDs[effectiveID] {
                throw fail(record, includesID ? PlanColumns.id : nil, .duplicateID(effectiveID.rawValue, firstLine: firstLine))
            }
            seenIDs[effectiveID] = record.line

            // Jan … Des
            var months = MonthSet()
            for month in Month.allCases {
                let cell = cells[offset + 5 + month.index]
                let mark = String(cell.unicodeScalars.filter { $0 != "\u{FE0F}" && $0 != "\u{FE0E}" })
                    .trimmingCharacters(in: .whitespaces)
                if mark.isEmpty { continue }
                guard CSVImport.acceptedMarks.contains(mark) else { throw fail(record, month.label, .badMark(cell)) }
                months.insert(month)
            }
            areas[a].kegiatan[k].subKegiatan[s].indicators.append(
                Indicator(id: id, text: indicatorText, months: months, ket: ket))
        }

        func finish() -> [ChangeArea] { areas }
    }
}

/// RFC 4180 records over Unicode scalars (so CRLF is two scalars, not one `Character`).
enum CSVRecords {
    struct Record {
        /// 1-based line on which the record starts.
        var line: Int
        var fields: [String]
    }

    /// `fields` without empty cells beyond the first `keeping` (spreadsheets sometimes add trailing delimiters).
    static func droppingTrailingEmpty(_ fields: [String], keeping: Int) -> [String] {
        var fields = fields
        while fields.count > keeping, let last = fields.last, last.allSatisfy(\.isWhitespace) { fields.removeLast() }
        return fields
    }

    static func parse(_ scalars: Substring.UnicodeScalarView, delimiter: Unicode.Scalar,
                      file: String) throws(CSVImportError) -> [Record] {
        var records: [Record] = []
        var fields: [String] = []
        var field = String.UnicodeScalarView()
        var line = 1, recordLine = 1, quoteLine = 1
        var inQuotes = false, afterQuote = false, fieldStarted = false
        var i = scalars.startIndex
        let end = scalars.endIndex

        func endField() {
            fields.append(SpreadsheetText.restored(String(field)))  // the export's formula guard, removed
            field = String.UnicodeScalarView()
            afterQuote = false
            fieldStarted = false
        }

        while i < end {
            let c = scalars[i]
            let next = scalars.index(after: i)
            if inQuotes {
                if c == "\"" {
                    if next < end && scalars[next] == "\"" {
                        field.append("\"")
                        i = scalars.index(after: next)
                        continue
                    }
                    inQuotes = false
                    afterQuote = true
                } else {
                    if c == "\n" || (c == "\r" && !(next < end && scalars[next] == "\n")) { line += 1 }
                    field.append(c)
                }
                i = next
                continue
            }
            if c == delimiter {
                endField()
                fieldStarted = true
            } else if c == "\n" || c == "\r" {
                var after = next
                if c == "\r" && after < end && scalars[after] == "\n" { after = scalars.index(after: after) }
                endField()
                records.append(Record(line: recordLine, fields: fields))
                fields = []
                line += 1
                recordLine = line
                i = after
                continue
            } else if afterQuote {
                guard c == " " || c == "\t" else {
                    throw CSVImportError(file: file, line: line, problem: .textAfterClosingQuote)
                }
            } else if c == "\"" && field.isEmpty {
                inQuotes = true
                quoteLine = line
                fieldStarted = true
            } else {
                field.append(c)
                fieldStarted = true
            }
            i = next
        }
        if inQuotes { throw CSVImportError(file: file, line: quoteLine, problem: .unclosedQuote) }
        if fieldStarted || afterQuote || !field.isEmpty || !fields.isEmpty {
            endField()
            records.append(Record(line: recordLine, fields: fields))
        }
        return records
    }
}
