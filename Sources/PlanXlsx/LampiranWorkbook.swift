import CXlsxWriter
import Foundation
import PlanDocuments
import PlanFormats

/// Why a workbook could not be written: libxlsxwriter's own words.
public struct XlsxError: Error, CustomStringConvertible {
    public let description: String
}

/// The LAMPIRAN as an Excel workbook, written by libxlsxwriter: the only code that calls it.
///
/// Every text is written with `worksheet_write_string` (never a formula cell) and through
/// `SpreadsheetText.neutralised`, so a text that starts like a formula stays text when re-typed or re-saved.
public enum LampiranWorkbook {
    /// The workbook's bytes (libxlsxwriter writes only to files, so through a private temporary file).
    public static func data(_ lampiran: Lampiran) throws -> Data {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("rencana-\(UUID().uuidString).xlsx")
        defer { try? FileManager.default.removeItem(at: url) }
        try write(lampiran, to: url.path)
        return try Data(contentsOf: url)
    }

    /// Writes the workbook to `path`.
    public static func write(_ lampiran: Lampiran, to path: String) throws {
        // Constant memory: each row goes to disk when the next one starts (inline strings, no cell tree),
        // which keeps a 100,000-row plan fast and small; so every row is written whole, in order.
        var options = lxw_workbook_options(constant_memory: 1, tmpdir: nil, use_zip64: 1)
        guard let workbook = workbook_new_opt(path, &options) else { throw XlsxError(description: "cannot create \(path)") }
        var sheet = SheetWriter(workbook: workbook, lampiran: lampiran)
        let result = sheet.run()
        let closed = workbook_close(workbook)
        if let result { throw result }
        if closed != LXW_NO_ERROR { throw XlsxError(description: String(cString: lxw_strerror(closed))) }
    }
}

/// The rows of the sheet: heading, title, the three header rows, the body, the closing block.
struct SheetLayout {
    static let headingRow: UInt32 = 0
    static let titleRow: UInt32 = 5
    static let headerRow: UInt32 = 7
    static let numberingRow: UInt32 = 9
    static let bodyRow: UInt32 = 10
    /// The heading and the closing block sit over these columns (the top and bottom right of the page).
    static let headingColumns: (UInt16, UInt16) = (5, 17)
    static let closingColumns: (UInt16, UInt16) = (10, 17)
}

private struct Formats {
    let heading, title, header, numbering, text, centred, closing, signer: UnsafeMutablePointer<lxw_format>

    init(_ workbook: UnsafeMutablePointer<lxw_workbook>) {
        func make(size: Double, bold: Bool = false, align: [lxw_format_alignments], border: Bool,
                  wrap: Bool = true) -> UnsafeMutablePointer<lxw_format> {
            let format = workbook_add_format(workbook)!
            format_set_font_name(format, "Bookman Old Style")
            format_set_font_size(format, size)
            if bold { format_set_bold(format) }
            for a in align { format_set_align(format, UInt8(a.rawValue)) }
            if wrap { format_set_text_wrap(format) }
            if border { format_set_border(format, UInt8(LXW_BORDER_THIN.rawValue)) }
            return format
        }
        let size = LampiranLayout.fontSize
        heading = make(size: 11, align: [LXW_ALIGN_LEFT, LXW_ALIGN_VERTICAL_TOP], border: false)
        title = make(size: 12, bold: true, align: [LXW_ALIGN_CENTER, LXW_ALIGN_VERTICAL_CENTER], border: false)
        header = make(size: size, bold: true, align: [LXW_ALIGN_CENTER, LXW_ALIGN_VERTICAL_CENTER], border: true)
        numbering = make(size: size, align: [LXW_ALIGN_CENTER, LXW_ALIGN_VERTICAL_CENTER], border: true)
        text = make(size: size, align: [LXW_ALIGN_LEFT, LXW_ALIGN_VERTICAL_TOP], border: true)
        centred = make(size: size, align: [LXW_ALIGN_CENTER, LXW_ALIGN_VERTICAL_TOP], border: true)
        closing = make(size: 11, align: [LXW_ALIGN_LEFT, LXW_ALIGN_VERTICAL_TOP], border: false, wrap: false)
        signer = make(size: 11, bold: true, align: [LXW_ALIGN_LEFT, LXW_ALIGN_VERTICAL_TOP], border: false, wrap: false)
    }
}

private struct SheetWriter {
    let sheet: UnsafeMutablePointer<lxw_worksheet>
    let lampiran: Lampiran
    let formats: Formats
    var failure: XlsxError?

    init(workbook: UnsafeMutablePointer<lxw_workbook>, lampiran: Lampiran) {
        sheet = workbook_add_worksheet(workbook, "LAMPIRAN")!
        self.lampiran = lampiran
        formats = Formats(workbook)
    }

    mutating func check(_ error: lxw_error) {
        if error != LXW_NO_ERROR, failure == nil { failure = XlsxError(description: String(cString: lxw_strerror(error))) }
    }

    mutating func text(_ row: UInt32, _ column: UInt16, _ text: String, _ format: UnsafeMutablePointer<lxw_format>) {
        check(worksheet_write_string(sheet, row, column, SpreadsheetText.neutralised(text), format))
    }

    mutating func merge(_ first: UInt32, _ firstColumn: UInt16, _ last: UInt32, _ lastColumn: UInt16, _ text: String,
                        _ format: UnsafeMutablePointer<lxw_format>) {
        if first == last && firstColumn == lastColumn { return self.text(first, firstColumn, text, format) }
        check(worksheet_merge_range(sheet, first, firstColumn, last, lastColumn, SpreadsheetText.neutralised(text), format))
    }

    mutating func height(_ row: UInt32, _ points: Double) { check(worksheet_set_row(sheet, row, points, nil)) }

    /// A row outside the table: its empty cells drawn without the month columns' borders (a row's format
    /// comes before its column's).
    mutating func plainRow(_ row: UInt32, _ points: Double = 15) {
        check(worksheet_set_row(sheet, row, points, formats.closing))
    }

    mutating func run() -> XlsxError? {
        pageSetup()
        // The month columns carry their bordered, centred format themselves, so the body writes only the √ cells
        // (800,000 formatted blanks fewer at 100,000 rows); rows outside the table say they are plain.
        let months = Lampiran.firstMonthColumn..<(Lampiran.firstMonthColumn + 12)
        for (column, width) in LampiranLayout.columnWidths.enumerated() {
            check(worksheet_set_column(sheet, UInt16(column), UInt16(column), width, months.contains(column) ? formats.centred : nil))
        }
        headingAndTitle()
        header()
        let lines = LampiranLayout.rowLines(lampiran.rows)
        body(lines)
        closing(after: SheetLayout.bodyRow + UInt32(lampiran.rows.count), bodyLines: lines)
        return failure
    }

    mutating func pageSetup() {
        worksheet_set_landscape(sheet)
        worksheet_set_paper(sheet, lampiran.paper.excelIndex)
        worksheet_set_margins(sheet, Page.side, Page.side, Page.top, Page.bottom)
        check(worksheet_repeat_rows(sheet, SheetLayout.headerRow, SheetLayout.numberingRow))
        worksheet_fit_to_pages(sheet, 1, 0)
        worksheet_freeze_panes(sheet, SheetLayout.bodyRow, 0)
        // KPU decrees number their pages -2-, -3-.
        check(worksheet_set_footer(sheet, "&C&\"Bookman Old Style\"&9-&P-"))
    }

    mutating func headingAndTitle() {
        let (first, last) = SheetLayout.headingColumns
        let width = LampiranLayout.columnWidths[Int(first)...Int(last)].reduce(0, +)
        for (offset, line) in lampiran.heading.enumerated() {
            let row = SheetLayout.headingRow + UInt32(offset)
            merge(row, first, row, last, line, formats.heading)
            let lines = LampiranLayout.lineCount(line, width: Int(width * 0.95))
            plainRow(row, Double(lines) * 14.5 + 2)
        }
        let total = LampiranLayout.columnWidths.reduce(0, +)
        for row in (SheetLayout.headingRow + UInt32(lampiran.heading.count))..<SheetLayout.titleRow { plainRow(row) }
        plainRow(SheetLayout.titleRow, Double(LampiranLayout.lineCount(lampiran.title, width: Int(total * 0.7))) * 16 + 4)
        merge(SheetLayout.titleRow, 0, SheetLayout.titleRow, 17, lampiran.title, formats.title)
        for row in (SheetLayout.titleRow + 1)..<SheetLayout.headerRow { plainRow(row) }
    }

    /// The header rows, each written whole before the next (constant memory); a merge down two rows is
    /// declared on its last row, where libxlsxwriter can still record it (its first cell is already written).
    mutating func header() {
        let top = SheetLayout.headerRow
        let months = Lampiran.firstMonthColumn..<(Lampiran.firstMonthColumn + 12)
        height(top, 18)
        for (column, label) in Lampiran.columnLabels.enumerated() {
            if months.contains(column) {
                if column == months.lowerBound { text(top, UInt16(column), Lampiran.monthsLabel, formats.header) }
                else { blank(top, UInt16(column), formats.header) }
            } else {
                text(top, UInt16(column), label, formats.header)
            }
        }
        merge(top, UInt16(months.lowerBound), top, UInt16(months.upperBound - 1), Lampiran.monthsLabel, formats.header)
        height(top + 1, 18)
        for (column, label) in Lampiran.columnLabels.enumerated() {
            if months.contains(column) { text(top + 1, UInt16(column), label, formats.header) }
            else { blank(top + 1, UInt16(column), formats.header) }
        }
        for (column, label) in Lampiran.columnLabels.enumerated() where !months.contains(column) {
            merge(top, UInt16(column), top + 1, UInt16(column), label, formats.header)
        }
        height(SheetLayout.numberingRow, 14)
        for column in 0..<Lampiran.columnCount {
            text(SheetLayout.numberingRow, UInt16(column), String(column + 1), formats.numbering)
        }
    }

    mutating func blank(_ row: UInt32, _ column: UInt16, _ format: UnsafeMutablePointer<lxw_format>) {
        check(worksheet_write_blank(sheet, row, column, format))
    }

    /// The body, row by row: a merged cell's text on its first row, formatted blanks under it, and the
    /// merge declared on its last row.
    mutating func body(_ lines: [Int]) {
        var open: [(start: UInt32, end: UInt32, text: String)?] = [nil, nil, nil, nil]
        for (index, row) in lampiran.rows.enumerated() {
            let r = SheetLayout.bodyRow + UInt32(index)
            height(r, Double(lines[index]) * LampiranLayout.lineHeight + 3)
            for (column, cell) in row.spanned.enumerated() {
                let format = column == 0 ? formats.centred : formats.text
                if let cell {
                    text(r, UInt16(column), cell.text, format)
                    open[column] = (r, r + UInt32(max(cell.rowSpan, 1) - 1), cell.text)
                } else {
                    blank(r, UInt16(column), format)
                }
            }
            text(r, 4, row.indikator, formats.text)
            for month in 0..<12 {
                let c = UInt16(Lampiran.firstMonthColumn + month)
                if row.months.contains(.init(index: month)!) { text(r, c, Lampiran.mark, formats.centred) }
            }
            text(r, 17, row.ket, formats.text)
            for column in 0..<4 {
                guard let span = open[column], span.end == r else { continue }
                if span.end > span.start {
                    merge(span.start, UInt16(column), r, UInt16(column), span.text, column == 0 ? formats.centred : formats.text)
                }
                open[column] = nil
            }
        }
    }

    /// The closing block, moved whole onto a new page when the estimate says a page would end inside it.
    mutating func closing(after lastBodyRow: UInt32, bodyLines: [Int]) {
        let (first, last) = SheetLayout.closingColumns
        let c = lampiran.closing
        let lines: [(String, Bool)] = [(c.placeLine, false), (c.dateLine, false), ("", false)]
            + c.signerTitle.map { ($0, false) } + [("", false), ("", false), ("", false), (c.signer, true)]
        let start = lastBodyRow + 1
        plainRow(lastBodyRow)
        for (offset, (line, bold)) in lines.enumerated() {
            let row = start + UInt32(offset)
            plainRow(row)
            if !line.isEmpty { merge(row, first, row, last, line, bold ? formats.signer : formats.closing) }
        }
        // The month columns' borders would run on below the table: the rows after the last one are hidden,
        // and the print area ends there.
        worksheet_set_default_row(sheet, 15, 1)
        check(worksheet_print_area(sheet, 0, 0, start + UInt32(lines.count) - 1, 17))
        let closingHeight = Double(lines.count + 1) * 15
        if Page.closingStartsNewPage(lampiran: lampiran, bodyLines: bodyLines, closingHeight: closingHeight) {
            var breaks: [lxw_row_t] = [lastBodyRow, 0]
            check(worksheet_set_h_pagebreaks(sheet, &breaks))
        }
    }
}

/// The printed page, to tell where pages will end (rows are never split across pages in a spreadsheet).
enum Page {
    static let side = 0.4, top = 0.5, bottom = 0.6

    /// True when the closing block would not fit under the last body row on its page.
    static func closingStartsNewPage(lampiran: Lampiran, bodyLines: [Int], closingHeight: Double) -> Bool {
        let (short, long) = lampiran.paper.millimetres
        let tableWidth = LampiranLayout.columnWidths.reduce(0) { $0 + (Double(Int($1 * 7 + 5)) * 0.75) }
        let printableWidth = (long / 25.4 - 2 * side) * 72
        let scale = min(1, printableWidth / tableWidth)
        let pageHeight = ((short / 25.4 - top - bottom) * 72) / scale
        let headerHeight = 18.0 + 18 + 14
        // The heading block, title and blank rows above the header on the first page.
        var y = 4 * 15.0 + 15 + 36 + 15 + headerHeight
        for lines in bodyLines {
            let h = Double(lines) * LampiranLayout.lineHeight + 3
            if y + h > pageHeight { y = headerHeight }
            y += h
        }
        return y + closingHeight > pageHeight
    }
}
