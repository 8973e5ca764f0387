import PlanModel
import RencanaText

/// Turns import problems into their messages, whose text lives in `Text.Formats`.
enum FormatMessages {
    /// `FILE: line N, column NAME: message`, leaving out the parts that are nil.
    static func importError(file: String, line: Int?, column: String?, problem: CSVImportError.Problem) -> String {
        Text.Formats.located(file: file, line: line, column: column, message(problem))
    }

    static func message(_ problem: CSVImportError.Problem) -> String {
        let header = PlanColumns.table.joined(separator: ",")
        switch problem {
        case .emptyFile: return Text.Formats.emptyFile(header: header)
        case .missingHeader: return Text.Formats.missingHeader(header: header)
        case .headerColumnCount(let found): return Text.Formats.headerColumnCount(found, header: header)
        case .headerName(let expected, let found): return Text.Formats.headerName(expected: expected, found: clip(found))
        case .noRows: return Text.Formats.noRows
        case .unclosedQuote: return Text.Formats.unclosedQuote
        case .textAfterClosingQuote: return Text.Formats.textAfterClosingQuote
        case .columnCount(let expected, let found): return Text.Formats.columnCount(expected: expected, found: found)
        case .badMark(let text): return Text.Formats.badMark(clip(text))
        case .badNumber(let text): return Text.Formats.badNumber(clip(text))
        case .missingNumber: return Text.Formats.missingNumber
        case .areaOutOfOrder(let expected, let found): return Text.Formats.areaOutOfOrder(expected: expected, found: found)
        case .emptyOnFirstRow(let area, let newKegiatan): return Text.Formats.emptyOnFirstRow(area: area, newKegiatan: newKegiatan)
        case .areaNameChanged(let area, let name, let found):
            return Text.Formats.areaNameChanged(area: area, name: clip(name), found: clip(found))
        case .badID(let id): return Text.Formats.badID(clip(id))
        case .duplicateID(let id, let firstLine): return Text.Formats.duplicateID(clip(id), firstLine: firstLine)
        }
    }

    /// At most 40 characters of a cell, on one line, for quoting in a message.
    static func clip(_ text: String) -> String {
        let flat = text.map { $0.isNewline ? " " : $0 }  // "\r\n" is one Character
        return flat.count > 40 ? String(flat.prefix(40)) + "…" : String(flat)
    }
}
