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
/// Every text is written with `worksheet_write_string` (never a formula cell), quote-prefixed when it starts
/// like a formula, so it stays text when re-typed or re-saved, and shows no apostrophe.
public enum LampiranWorkbook {
    /// The workbook's bytes (libxlsxwriter writes only to files, so through a private temporary file).
    public static func data(_ lampiran: Lampiran) throws -> Data {
        try XlsxFile.data(unnumberedFirstPage: unnumbered(lampiran)) { workbook in
            var sheet = SheetWriter(workbook: workbook, lampiran: lampiran)
            return sheet.run()
        }
    }

    /// Writes the workbook to `path`.
    public static func write(_ lampiran: Lampiran, to path: String) throws {
        try XlsxFile.write(to: path, unnumberedFirstPage: unnumbered(lampiran)) { workbook in
            var sheet = SheetWriter(workbook: workbook, lampiran: lampiran)
            return sheet.run()
        }
    }

    /// The sheets whose first page carries no page number.
    private static func unnumbered(_ lampiran: Lampiran) -> Set<String> { lampiran.numberFirstPage ? [] : ["xl/worksheets/sheet1.xml"] }
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
    static let closingColumns: (UInt16, UInt16) = (UInt16(LampiranLayout.closingColumn), 17)
}

struct Formats {
    let heading, title, header, numbering, text, centred, closing, signer: UnsafeMutablePointer<lxw_format>
    /// Each format's quote-prefixed twin, for a text that starts like a formula.
    let quoted: [UnsafeMutablePointer<lxw_format>: UnsafeMutablePointer<lxw_format>]

    init(_ workbook: UnsafeMutablePointer<lxw_workbook>) {
        var quoted: [UnsafeMutablePointer<lxw_format>: UnsafeMutablePointer<lxw_format>] = [:]
        func make(size: Double, bold: Bool = false, align: [lxw_format_alignments], border: Bool,
                  wrap: Bool = true, indent: UInt8 = 0) -> UnsafeMutablePointer<lxw_format> {
            let format = one(size: size, bold: bold, align: align, border: border, wrap: wrap, indent: indent)
            let twin = one(size: size, bold: bold, align: align, border: border, wrap: wrap, indent: indent)
            QuotePrefix.mark(twin)
            quoted[format] = twin
            return format
        }
        func one(size: Double, bold: Bool, align: [lxw_format_alignments], border: Bool,
                 wrap: Bool, indent: UInt8) -> UnsafeMutablePointer<lxw_format> {
            let format = workbook_add_format(workbook)!
            format_set_font_name(format, "Bookman Old Style")
            format_set_font_size(format, size)
            if bold { format_set_bold(format) }
            for a in align { format_set_align(format, UInt8(a.rawValue)) }
            if wrap { format_set_text_wrap(format) }
            if indent > 0 { format_set_indent(format, indent) }
            if border { format_set_border(format, UInt8(LXW_BORDER_THIN.rawValue)) }
            return format
        }
        let size = LampiranLayout.fontSize
        heading = make(size: 11, align: [LXW_ALIGN_LEFT, LXW_ALIGN_VERTICAL_TOP], border: false)
        title = make(size: 12, bold: true, align: [LXW_ALIGN_CENTER, LXW_ALIGN_VERTICAL_CENTER], border: false)
        header = make(size: size, bold: true, align: [LXW_ALIGN_CENTER, LXW_ALIGN_VERTICAL_CENTER], border: true)
        numbering = make(size: size, align: [LXW_ALIGN_CENTER, LXW_ALIGN_VERTICAL_CENTER], border: true)
        // The text columns are indented one level: an inner margin between the border and the text; in the middle of
        // their rows, which keep `cellPadding` beyond the tallest text (at the top, it stood tight under the border).
        text = make(size: size, align: [LXW_ALIGN_LEFT, LXW_ALIGN_VERTICAL_CENTER], border: true, indent: LampiranLayout.textIndent)
        centred = make(size: size, align: [LXW_ALIGN_CENTER, LXW_ALIGN_VERTICAL_CENTER], border: true)
        closing = make(size: 11, align: [LXW_ALIGN_LEFT, LXW_ALIGN_VERTICAL_TOP], border: false, wrap: false)
        signer = make(size: 11, bold: true, align: [LXW_ALIGN_LEFT, LXW_ALIGN_VERTICAL_TOP], border: false, wrap: false)
        self.quoted = quoted
    }
}

struct SheetWriter {
    let sheet: UnsafeMutablePointer<lxw_worksheet>
    let lampiran: Lampiran
    let formats: Formats
    var failure: XlsxError?
    /// Every sheet row's height from the top, and whether it stays on the page of the next one.
    var heights: [Double] = []
    var keep: [Bool] = []
    /// The sheet rows that start a page, worked out before the body is written, so a merged cell is cut at them.
    var breaks: [Int] = []
    /// The merged cells' pieces as last cut, by LAMPIRAN row and column (`cutPieces`).
    var cut: [Int: (ranges: [ClosedRange<Int>], capacities: [Int], texts: [String])] = [:]
    /// The lines of each merged cell's whole text (by `index * 4 + column`), measured once: `growLastPieces` asks after
    /// each walk whether a cut leaves a sliver.
    var wholeLines: [Int: Int] = [:]

    init(workbook: UnsafeMutablePointer<lxw_workbook>, lampiran: Lampiran) {
        sheet = workbook_add_worksheet(workbook, "LAMPIRAN")!
        self.lampiran = lampiran
        formats = Formats(workbook)
    }

    mutating func check(_ error: lxw_error) {
        if error != LXW_NO_ERROR, failure == nil { failure = XlsxError(description: String(cString: lxw_strerror(error))) }
    }

    mutating func text(_ row: UInt32, _ column: UInt16, _ text: String, _ format: UnsafeMutablePointer<lxw_format>) {
        check(worksheet_write_string(sheet, row, column, bodyText(row, column, text), SheetText.format(text, format, formats.quoted)))
    }

    /// A table cell's text breakable after a slash only in a word wider than its column, its lines ended off the right
    /// border where they are measured (`LampiranLayout.writtenText`).
    func bodyText(_ row: UInt32, _ column: UInt16, _ text: String) -> String {
        row >= SheetLayout.bodyRow ? LampiranLayout.writtenText(SheetText.cell(text), column: Int(column)) : SheetText.cell(text)
    }

    mutating func merge(_ first: UInt32, _ firstColumn: UInt16, _ last: UInt32, _ lastColumn: UInt16, _ text: String,
                        _ format: UnsafeMutablePointer<lxw_format>) {
        if first == last && firstColumn == lastColumn { return self.text(first, firstColumn, text, format) }
        check(worksheet_merge_range(sheet, first, firstColumn, last, lastColumn,
                                    firstColumn == lastColumn ? bodyText(first, firstColumn, text) : SheetText.cell(text),
                                    SheetText.format(text, format, formats.quoted)))
    }

    /// Sets a row's height and notes it for the page breaks.
    mutating func height(_ row: UInt32, _ points: Double, plain: Bool = false, keepWithNext: Bool = false) {
        check(worksheet_set_row(sheet, row, points, plain ? formats.closing : nil))
        while heights.count <= Int(row) { heights.append(15); keep.append(false) }
        heights[Int(row)] = points
        keep[Int(row)] = keepWithNext
    }

    /// A row outside the table: its empty cells drawn without the month columns' borders (a row's format
    /// comes before its column's).
    mutating func plainRow(_ row: UInt32, _ points: Double = 15, keepWithNext: Bool = false) {
        height(row, points, plain: true, keepWithNext: keepWithNext)
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
        var sheetRows = LampiranLayout.sheetRows(lampiran.rows)
        let lastRows = sheetRows.suffix(2).reduce(0) { $0 + $1.count }
        breaks = plannedBreaks(sheetRows, lastRows: lastRows)
        // A merged cell cut at a break: its last piece opens with `(lanjutan)` and takes the rest of the text, which
        // may need more lines than its rows (the pieces before it hold whole lines): those rows grow, the pages again.
        for _ in 0..<4 {
            guard growLastPieces(&sheetRows) else { break }
            breaks = plannedBreaks(sheetRows, lastRows: lastRows)
        }
        let end = body(sheetRows)
        closing(after: end, lastRows: lastRows)
        return failure
    }

    /// Where the pages will start: the rows written so far, the body's and the closing block's (`closingLines`),
    /// with the table's last rows kept with the closing block, through the flow `closing` sets the breaks with.
    func plannedBreaks(_ sheetRows: [[Double]], lastRows: Int) -> [Int] {
        var heights = self.heights, keep = self.keep
        let body = sheetRows.flatMap { $0 }
        heights += body
        keep += body.indices.map { $0 >= body.count - lastRows }
        let total = closingLines.count
        heights += Array(repeating: 15, count: total + 1)
        keep += (0...total).map { $0 < total }
        return flow.breaks(heights, keep: keep)
    }

    /// The flow of the printed pages: the page's height at the print scale, the header repeated on each.
    var flow: PageFlow {
        PageFlow(pageHeight: PageFlow.pageHeight(paper: lampiran.paper, top: Page.top, bottom: Page.bottom, scale: Double(scale) / 100),
                 repeated: 18 + 18 + 14)
    }

    /// The print scale that puts the table's width on the page (set, not fitted, so the breaks here are
    /// where the pages really end).
    var scale: Int {
        let long = lampiran.paper.millimetres.height
        let tableWidth = LampiranLayout.columnWidths.reduce(0) { $0 + LampiranLayout.points(width: $1) } * LampiranLayout.libreOfficeWidth
        let printable = (long / 25.4 - 2 * Page.side) * 72
        return min(100, Int(printable / tableWidth * 100))
    }

    mutating func pageSetup() {
        worksheet_set_landscape(sheet)
        worksheet_set_paper(sheet, lampiran.paper.excelIndex)
        worksheet_set_margins(sheet, Page.side, Page.side, Page.top, Page.bottom)
        check(worksheet_repeat_rows(sheet, SheetLayout.headerRow, SheetLayout.numberingRow))
        worksheet_set_print_scale(sheet, UInt16(scale))
        worksheet_freeze_panes(sheet, SheetLayout.bodyRow, 0)
        // KPU decrees number their pages -2-, -3-: the first page's footer is taken off (XlsxPatch).
        // 10 pt, so the number stays above 8 pt when A4 prints the sheet at about 81 %.
        check(worksheet_set_footer(sheet, "&C&\"Bookman Old Style\"&10-&P-"))
    }

    mutating func headingAndTitle() {
        let (first, last) = SheetLayout.headingColumns
        let width = LampiranLayout.columnWidths[Int(first)...Int(last)].reduce(0) { $0 + LampiranLayout.points(width: $1) }
        for (offset, line) in lampiran.heading.enumerated() {
            let row = SheetLayout.headingRow + UInt32(offset)
            merge(row, first, row, last, line, formats.heading)
            let lines = TextMeasure.lineCount(line, points: width - 4, size: 11)
            plainRow(row, Double(lines) * 12.5 + 2)
        }
        let total = LampiranLayout.columnWidths.reduce(0) { $0 + LampiranLayout.points(width: $1) }
        for row in (SheetLayout.headingRow + UInt32(lampiran.heading.count))..<SheetLayout.titleRow { plainRow(row) }
        let titleLines = TextMeasure.lineCount(lampiran.title, points: total * 0.7, size: 12, bold: true)
        plainRow(SheetLayout.titleRow, Double(titleLines) * 14 + 4)
        merge(SheetLayout.titleRow, 0, SheetLayout.titleRow, 17, lampiran.title, formats.title)
        for row in (SheetLayout.titleRow + 1)..<SheetLayout.headerRow { plainRow(row) }
    }

    /// The header rows, each written whole before the next (constant memory); a merge down two rows is
    /// declared on its last row, where libxlsxwriter can still record it (its first cell is already written).
    mutating func header() {
        let top = SheetLayout.headerRow
        let months = Lampiran.firstMonthColumn..<(Lampiran.firstMonthColumn + 12)
        height(top, 18, keepWithNext: true)
        for (column, label) in Lampiran.columnLabels.enumerated() {
            if months.contains(column) {
                if column == months.lowerBound { text(top, UInt16(column), Lampiran.monthsLabel, formats.header) }
                else { blank(top, UInt16(column), formats.header) }
            } else {
                text(top, UInt16(column), label, formats.header)
            }
        }
        merge(top, UInt16(months.lowerBound), top, UInt16(months.upperBound - 1), Lampiran.monthsLabel, formats.header)
        height(top + 1, 18, keepWithNext: true)
        for (column, label) in Lampiran.columnLabels.enumerated() {
            // The months in regular weight, as the html prints them: in bold, `Mar` and `Jun` stood 1.4-1.6 pt from their
            // borders on A4, tighter than any other text of the table (issue 21: text clear of the borders).
            if months.contains(column) { text(top + 1, UInt16(column), label, formats.centred) }
            else { blank(top + 1, UInt16(column), formats.header) }
        }
        for (column, label) in Lampiran.columnLabels.enumerated() where !months.contains(column) {
            merge(top, UInt16(column), top + 1, UInt16(column), label, formats.header)
        }
        height(SheetLayout.numberingRow, 14, keepWithNext: true)
        for column in 0..<Lampiran.columnCount {
            text(SheetLayout.numberingRow, UInt16(column), String(column + 1), formats.numbering)
        }
    }

    mutating func blank(_ row: UInt32, _ column: UInt16, _ format: UnsafeMutablePointer<lxw_format>) {
        check(worksheet_write_blank(sheet, row, column, format))
    }

    /// The body, sheet row by sheet row: a merged cell's text on its first row, formatted blanks under it,
    /// and the merge declared on its last row. A LAMPIRAN row over several sheet rows has its INDIKATOR,
    /// months and KET. merged down them. Returns the first sheet row after the table.
    mutating func body(_ sheetRows: [[Double]]) -> UInt32 {
        var open: [(start: UInt32, end: UInt32, text: String)?] = [nil, nil, nil, nil]
        // The pieces of the merged cells not yet started, by column and first sheet row (cut at the page breaks).
        var pieces: [[UInt32: (end: UInt32, text: String)]] = [[:], [:], [:], [:]]
        let rowHeights = sheetRows.flatMap { $0 }
        var r = SheetLayout.bodyRow
        // The sheet rows each LAMPIRAN row starts at, to know where a merged cell's span ends.
        var starts: [UInt32] = []
        starts.reserveCapacity(sheetRows.count + 1)
        var next = r
        for parts in sheetRows { starts.append(next); next += UInt32(parts.count) }
        starts.append(next)
        for (index, row) in lampiran.rows.enumerated() {
            let parts = sheetRows[index]
            let first = r, last = r + UInt32(parts.count) - 1
            for (offset, points) in parts.enumerated() {
                height(r, points)
                for (column, cell) in row.spanned.enumerated() {
                    let format = column == 0 ? formats.centred : formats.text
                    if offset == 0, let cell {
                        let end = starts[min(index + max(cell.rowSpan, 1), sheetRows.count)] - 1
                        // Cut at the page breaks into pieces of whole lines (PagePieces); NO. repeats the area's number.
                        for piece in cutPieces(index: index, column: column, text: cell.text, first: Int(r), last: Int(end),
                                            heights: rowHeights) {
                            pieces[column][UInt32(piece.rows.lowerBound)] = (UInt32(piece.rows.upperBound), piece.text)
                        }
                        cut[index * 4 + column] = nil
                    }
                    if let piece = pieces[column].removeValue(forKey: r) {
                        text(r, UInt16(column), piece.text, format)
                        open[column] = (r, piece.end, piece.text)
                    } else {
                        blank(r, UInt16(column), format)
                    }
                }
                if offset == 0 {
                    text(r, 4, row.indikator, formats.text)
                    for month in 0..<12 where row.months.contains(.init(index: month)!) {
                        text(r, UInt16(Lampiran.firstMonthColumn + month), Lampiran.mark, formats.centred)
                    }
                    text(r, 17, row.ket, formats.text)
                } else {
                    blank(r, 4, formats.text)
                    for month in 0..<12 { blank(r, UInt16(Lampiran.firstMonthColumn + month), formats.centred) }
                    blank(r, 17, formats.text)
                }
                if r == last && last > first {
                    merge(first, 4, last, 4, row.indikator, formats.text)
                    for month in 0..<12 {
                        let c = UInt16(Lampiran.firstMonthColumn + month)
                        merge(first, c, last, c, row.months.contains(.init(index: month)!) ? Lampiran.mark : "", formats.centred)
                    }
                    merge(first, 17, last, 17, row.ket, formats.text)
                }
                for column in 0..<4 {
                    guard let span = open[column], span.end == r else { continue }
                    if span.end > span.start {
                        merge(span.start, UInt16(column), r, UInt16(column), span.text, column == 0 ? formats.centred : formats.text)
                    }
                    open[column] = nil
                }
                r += 1
            }
        }
        return r
    }

    /// The closing block's lines at the right (with whether bold), and the salinan's at the left.
    var closingLines: (right: [(String, Bool)], left: [String], count: Int) {
        let c = lampiran.closing
        let sign: [(String, Bool)] = c.salinan != nil ? [(Lampiran.Salinan.signed, false), ("", false)] : [("", false), ("", false), ("", false)]
        let lines: [(String, Bool)] = [(c.placeLine, false), (c.dateLine, false), ("", false)]
            + c.signerTitle.map { ($0, false) } + sign + [(c.signer, true)]
        let salinan = c.salinan?.lines ?? []
        return (lines, salinan, lines.count + (salinan.isEmpty ? 0 : salinan.count + 1))
    }

    /// The column the closing's colons stand in: the first after the room `Ditetapkan di` takes from the block's start.
    var colonColumn: UInt16 {
        let need = TextMeasure.width("Ditetapkan di", size: 11) + 6
        var column = Int(SheetLayout.closingColumns.0), room = 0.0
        while column < 16 {
            room += LampiranLayout.points(width: LampiranLayout.columnWidths[column]) * LampiranLayout.libreOfficeWidth
            column += 1
            if room - 3 >= need { break }
        }
        return UInt16(column)
    }

    /// The closing block after one blank row: place, date, the office, room to sign (`Ttd.` on a salinan),
    /// the name, then the salinan's authentication block at the left. It stays on one page with the
    /// table's last rows, so the last page never holds the signature alone.
    mutating func closing(after end: UInt32, lastRows: Int) {
        let (first, last) = SheetLayout.closingColumns
        let (lines, salinan, total) = closingLines
        // The table's last rows keep with the closing block.
        for row in (end - UInt32(min(lastRows, Int(end - SheetLayout.bodyRow))))..<end { keep[Int(row)] = true }
        plainRow(end, 15, keepWithNext: true)
        for offset in 0..<total {
            let row = end + 1 + UInt32(offset)
            plainRow(row, 15, keepWithNext: offset < total - 1)
            if offset < 2 {
                // `Ditetapkan di` and `Pada tanggal` in cells of their own and `: value` after them, the two colons one
                // above the other (they stood where each label ended).
                let label = offset == 0 ? "Ditetapkan di" : "Pada tanggal"
                merge(row, first, row, colonColumn - 1, label, formats.closing)
                text(row, colonColumn, ": " + (offset == 0 ? lampiran.closing.place : lampiran.closing.date), formats.closing)
            } else if offset < lines.count {
                let (line, bold) = lines[offset]
                if !line.isEmpty { merge(row, first, row, last, line, bold ? formats.signer : formats.closing) }
            } else if offset > lines.count {
                let line = salinan[offset - lines.count - 1]
                if !line.isEmpty { merge(row, UInt16(LampiranLayout.salinanColumn), row, 4, line, formats.closing) }
            }
        }
        // The month columns' borders would run on below the table: the rows after the last one are hidden,
        // and the print area ends there.
        worksheet_set_default_row(sheet, 15, 1)
        check(worksheet_print_area(sheet, 0, 0, end + UInt32(total), 17))
        // The breaks the body's merged cells were cut at (`plannedBreaks`: the walk over these same rows).
        var rows = breaks.map { lxw_row_t($0) } + [0]
        if rows.count > 1 { check(worksheet_set_h_pagebreaks(sheet, &rows)) }
    }
}

/// The printed page's margins in inches.
enum Page {
    static let side = 0.4, top = 0.5, bottom = 0.6
}

/// A text as a cell holds it: the plan's text (a search for `2/ORT` finds it), but for the print aids of a table's cells
/// (a zero-width space after the slash of a word wider than its column, a line feed for a space where a line must end off
/// the right border: `CellLines`), never read as a formula (a string cell, quote-prefixed when it starts like one, so
/// retyping it keeps it text).
enum SheetText {
    static func cell(_ text: String) -> String {
        text
    }

    static func format(_ text: String, _ format: UnsafeMutablePointer<lxw_format>,
                       _ quoted: [UnsafeMutablePointer<lxw_format>: UnsafeMutablePointer<lxw_format>]) -> UnsafeMutablePointer<lxw_format> {
        QuotePrefix.needed(text) ? quoted[format] ?? format : format
    }
}
