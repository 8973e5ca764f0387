import PlanModel

/// Writes a plan as CSV in the source table's 18-column layout, for spreadsheets.
public enum CSVExport {
    /// The UTF-8 byte order mark, as a character.
    public static let byteOrderMark = "\u{FEFF}"

    /// The plan as CSV text.
    ///
    /// - One header line, `NO,AREA PERUBAHAN,KEGIATAN,SUB KEGIATAN,INDIKATOR KEBERHASILAN,Jan,…,Des,KET`,
    ///   with an `ID` column first when `includeIDs` is true.
    /// - One line per indicator row in document order. NO, AREA PERUBAHAN, KEGIATAN and SUB KEGIATAN
    ///   are repeated on every line so a spreadsheet's filter and sort keep each row whole.
    /// - A scheduled month is `√`; an unscheduled one is an empty cell.
    /// - Quoting follows RFC 4180: a field is quoted when it contains a comma, a double quote, CR or LF
    ///   (inner quotes doubled). Fields containing `;` are quoted too, so a spreadsheet in a locale whose
    ///   list separator is `;` still sees one field, and fields with leading or trailing whitespace are
    ///   quoted so readers that trim unquoted fields keep the spaces.
    /// - Lines end in CRLF, as RFC 4180 and Excel expect.
    ///
    /// - Parameters:
    ///   - marks: the current marks, indexed like `plan.rows`; nil writes the plan as signed (the baseline).
    ///   - includeIDs: adds a leading `ID` column with each row's `RowID`.
    ///   - byteOrderMark: starts the text with a UTF-8 byte order mark (U+FEFF). **On by default**, because
    ///     Excel only reads a CSV file as UTF-8 (and so shows √ and Indonesian text correctly) when it starts
    ///     with the BOM. Pass false for tools that treat the BOM as part of the first header name.
    public static func csv(plan: Plan, marks: [MonthSet]? = nil, includeIDs: Bool = false,
                           byteOrderMark: Bool = true) -> String {
        var out = byteOrderMark ? Self.byteOrderMark : ""
        out += planLine(PlanColumns.header(includeIDs: includeIDs))
        for row in plan.rows {
            let months = marks.map { $0[row.index] }
            out += planLine(PlanColumns.cells(of: row, months: months, includeID: includeIDs))
        }
        return out
    }

    /// One CSV record for people to read (a report's, `progress`'s): the fields shown (`SpreadsheetText.shown`:
    /// never a formula, controls and bidi characters visible) and quoted as needed, joined by commas, ended by CRLF.
    public static func line(_ fields: [String]) -> String {
        fields.map { field(SpreadsheetText.shown($0)) }.joined(separator: ",") + "\r\n"
    }

    /// One record of a CSV that `CSVImport` reads back (the plan's, with or without its realisation): the fields
    /// neutralised (`SpreadsheetText.neutralised`, which `restored` undoes exactly), quoted as needed.
    public static func planLine(_ fields: [String]) -> String {
        fields.map { field(SpreadsheetText.neutralised($0)) }.joined(separator: ",") + "\r\n"
    }

    /// One field, quoted when RFC 4180 requires it (comma, quote, CR, LF), when it contains `;`,
    /// or when it starts or ends with whitespace; inner quotes are doubled.
    public static func field(_ text: String) -> String {
        guard needsQuotes(text) else { return text }
        var out = "\""
        for scalar in text.unicodeScalars {
            if scalar == "\"" { out += "\"\"" } else { out.unicodeScalars.append(scalar) }
        }
        return out + "\""
    }

    static func needsQuotes(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return false }
        if first.properties.isWhitespace || last.properties.isWhitespace { return true }
        return text.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" || $0 == ";" }
    }
}
