import PlanModel

/// The English text of every message PlanFormats shows to users, in one place.
///
/// These belong in `RencanaText` (`Text.Formats`), but this target does not depend on that module
/// (see Package.swift), so they wait here, in the same shape, ready to move.
enum FormatMessages {
    /// `FILE: line N, column NAME: message`, leaving out the parts that are nil.
    static func importError(file: String, line: Int?, column: String?, problem: CSVImportError.Problem) -> String {
        var location = file
        if let line {
            location += ": line \(line)"
            if let column { location += ", column \(column)" }
        } else if let column {
            location += ": column \(column)"
        }
        return location + ": " + message(problem)
    }

    static func message(_ problem: CSVImportError.Problem) -> String {
        let header = PlanColumns.table.joined(separator: ",")
        switch problem {
        case .emptyFile:
            return "the file is empty; expected a header line (\(header)) and one line per indicator row"
        case .missingHeader:
            return "no header line; the first line must name the columns: \(header) (optionally ID first)"
        case .headerColumnCount(let found):
            return "the header has \(found) \(found == 1 ? "column" : "columns"); expected 18 (\(header)), or 19 with ID first"
        case .headerName(let expected, let found):
            return "expected the header \"\(expected)\", found \"\(clip(found))\""
        case .noRows:
            return "the file has a header but no plan rows"
        case .unclosedQuote:
            return "a quoted field that starts here is never closed (a \" is missing)"
        case .textAfterClosingQuote:
            return "text after the closing quote of a field; write a \" inside a quoted field as \"\""
        case .columnCount(let expected, let found):
            return "\(found) \(found == 1 ? "column" : "columns"), expected \(expected) like the header"
        case .badMark(let text):
            return "\"\(clip(text))\" is not a mark; write √ (or ✓ ✔ v V x X) or leave the cell empty"
        case .badNumber(let text):
            return "\"\(clip(text))\" is not an area number (expected a whole number such as 1)"
        case .missingNumber:
            return "the first row needs an area number"
        case .areaOutOfOrder(let expected, let found):
            return "area numbers must run 1, 2, 3… in order; expected \(expected), found \(found)"
        case .emptyOnFirstRow(let area, let newKegiatan):
            return newKegiatan ? "must not be empty on the first row of a new KEGIATAN (area \(area))"
                               : "must not be empty on the first row of area \(area)"
        case .areaNameChanged(let area, let name, let found):
            return "\"\(clip(found))\" differs from the name of area \(area) above (\"\(clip(name))\"); a new area needs a new NO"
        case .badID(let id):
            return "\"\(clip(id))\" is not a usable id (at most 64 characters, no spaces)"
        case .duplicateID(let id, let firstLine):
            return "the id \"\(clip(id))\" is already used on line \(firstLine)"
        }
    }

    /// At most 40 characters of a cell, on one line, for quoting in a message.
    static func clip(_ text: String) -> String {
        let flat = text.map { $0.isNewline ? " " : $0 }  // "\r\n" is one Character
        return flat.count > 40 ? String(flat.prefix(40)) + "…" : String(flat)
    }
}
