import CXlsxWriter
import Foundation
import PlanDocuments
import PlanFormats

/// The Laporan Monev as an Excel workbook: title, the table with its area lines and merged KEGIATAN /
/// SUB KEGIATAN, REKAPITULASI PER AREA, DAFTAR BUKTI DUKUNG and the signature.
///
/// Printed at 100 % with the columns fitted to the paper (MonevLayout), every page break set here: an
/// area's line stays with its first row, and what follows the table goes on a second sheet (without the
/// table's header) when it does not fit under the table's last row. Figures are numbers and dates are
/// dates, shown the Indonesian way (`87,5%`, `8 April 2022`).
public enum MonevWorkbook {
    public static func data(_ report: MonevReport) throws -> Data {
        try XlsxFile.data { workbook in
            var writer = MonevBook(workbook: workbook, report: report)
            return writer.run()
        }
    }
}

/// One block of rows after the table, measured before it is written.
struct Block {
    var heights: [Double]
    var keep: [Bool]
    var total: Double { heights.reduce(0, +) }
}

struct MonevBook {
    let workbook: UnsafeMutablePointer<lxw_workbook>
    let report: MonevReport
    let f: MonevFormats
    var widths: [Double]
    let last: Int
    var failure: XlsxError?
    var sheet: UnsafeMutablePointer<lxw_worksheet>
    var row: UInt32 = 0
    var heights: [Double] = []
    var keep: [Bool] = []
    /// The table's header row's height: its tallest heading's lines (`headingHeight`), worked out once, since the page
    /// flow asks for it at every step of its walks.
    var headerHeight = 0.0

    init(workbook: UnsafeMutablePointer<lxw_workbook>, report: MonevReport) {
        self.workbook = workbook
        self.report = report
        f = MonevFormats(workbook)
        widths = MonevLayout.units(report.columnPoints)
        last = report.columns.count - 1
        sheet = workbook_add_worksheet(workbook, "LAPORAN MONEV")!
        headerHeight = headingHeight(report.columns.enumerated().map { ($0.element, LampiranLayout.points(width: widths[$0.offset])) })
    }

    mutating func check(_ e: lxw_error) {
        if e != LXW_NO_ERROR, failure == nil { failure = XlsxError(description: String(cString: lxw_strerror(e))) }
    }
    mutating func put(_ c: Int, _ s: String, _ format: UnsafeMutablePointer<lxw_format>) {
        check(worksheet_write_string(sheet, row, UInt16(c), monevCell(s), SheetText.format(s, format, f.quoted)))
    }
    mutating func blank(_ c: Int, _ format: UnsafeMutablePointer<lxw_format>) { check(worksheet_write_blank(sheet, row, UInt16(c), format)) }
    mutating func across(_ first: Int, _ lastColumn: Int, _ s: String, _ format: UnsafeMutablePointer<lxw_format>) {
        if first == lastColumn { return put(first, s, format) }
        check(worksheet_merge_range(sheet, row, UInt16(first), row, UInt16(lastColumn), monevCell(s),
                                    SheetText.format(s, format, f.quoted)))
    }
    /// A percentage as a number (`87,5%`), a count, or a date, falling back to the text as printed.
    /// In the table a figure sits at the top of its row like the texts; in the recap and the evidence list, in the middle.
    /// `exact`: the figure's exact fraction (5/6, printed `83,3%`), stored instead of the rounded one.
    mutating func figure(_ c: Int, _ s: String, middle: Bool = false, exact: Double? = nil) {
        let set = middle ? f.middle : f.top
        if let value = IndonesianFormat.percentValue(s) {
            let tenths = Int((value * 1000).rounded())
            check(worksheet_write_number(sheet, row, UInt16(c), exact ?? value, tenths % 10 == 0 ? set.percent : set.percentTenth))
        } else if let count = Int(s) {
            check(worksheet_write_number(sheet, row, UInt16(c), Double(count), set.count))
        } else if let date = IndonesianFormat.dateValue(s) {
            var value = lxw_datetime(year: Int32(date.year), month: Int32(date.month), day: Int32(date.day), hour: 0, min: 0, sec: 0)
            check(worksheet_write_datetime(sheet, row, UInt16(c), &value, set.date))
        } else {
            put(c, s, set.centred)
        }
    }
    /// A table row's NO. as a number (so the rows sort and the evidence list's NO. BARIS match it as numbers).
    mutating func rowNumber(_ number: String) {
        guard let value = Int(number) else { return put(0, number, f.centred) }
        check(worksheet_write_number(sheet, row, 0, Double(value), f.top.count))
    }
    mutating func height(_ points: Double, keepWithNext: Bool = false) {
        check(worksheet_set_row(sheet, row, points, nil))
        while heights.count <= Int(row) { heights.append(15); keep.append(false) }
        heights[Int(row)] = points
        keep[Int(row)] = keepWithNext
    }
    func lines(_ s: String, _ column: Int, size: Double = MonevLayout.fontSize, indented: Bool = false) -> Int {
        MonevLayout.lines(s, width: widths[column], size: size, indented: indented)
    }

    mutating func setup(_ sheet: UnsafeMutablePointer<lxw_worksheet>) {
        worksheet_set_landscape(sheet)
        worksheet_set_paper(sheet, report.paper.excelIndex)
        worksheet_set_margins(sheet, MonevLayout.side, MonevLayout.side, MonevLayout.top, MonevLayout.bottom)
        worksheet_set_print_scale(sheet, 100)
        check(worksheet_set_footer(sheet, "&C&\"Bookman Old Style\"&9-&P-"))
        for (c, w) in widths.enumerated() { check(worksheet_set_column(sheet, UInt16(c), UInt16(c), w, nil)) }
    }

    var flow: PageFlow {
        PageFlow(pageHeight: PageFlow.pageHeight(paper: report.paper, top: MonevLayout.top, bottom: MonevLayout.bottom, scale: 1),
                 repeated: headerHeight + 14)
    }
    mutating func run() -> XlsxError? {
        setup(sheet)
        for line in report.title { height(16, keepWithNext: true); across(0, last, line, f.title); row += 1 }
        height(8, keepWithNext: true)
        row += 1
        let headerRow = row
        height(headerHeight, keepWithNext: true)
        for (c, label) in report.columns.enumerated() { put(c, headingText(label, points: LampiranLayout.points(width: widths[c])), f.header) }
        row += 1
        height(14, keepWithNext: true)
        for c in 0...last { put(c, String(c + 1), f.numbering) }
        row += 1
        check(worksheet_repeat_rows(sheet, headerRow, headerRow + 1))
        worksheet_freeze_panes(sheet, row, 0)
        table()
        // What follows the table: on this sheet only the blocks that fit under its last row (the page
        // would repeat the table's header above them), the rest from the top of a second sheet.
        let breaks = flow.breaks(heights, keep: keep)
        let lastPageStart = breaks.last ?? 0
        var used = (lastPageStart == 0 ? 0 : flow.repeated) + heights[lastPageStart...].reduce(0, +)
        let blocks = [summaryBlock(), evidenceBlock(), signatureBlock()]
        var here = 0
        while here < blocks.count {
            // The signature never goes alone: it comes with the block before it.
            let need = blocks[here].total + 10 + (here == 1 ? blocks[2].total + 10 : 0)
            guard used + need <= flow.pageHeight * 0.97 else { break }
            used += blocks[here].total + 10
            here += 1
            if here == 2 { used += blocks[2].total + 10; here = 3 }
        }
        for index in 0..<here { write(block: index) }
        var sheetBreaks = flow.breaks(heights, keep: keep)
        setBreaks(&sheetBreaks)
        var pages = sheetBreaks.count + 1
        if here == 0 {
            // The recap from the top of a sheet of its own, the evidence list under it when it fits there whole.
            newSheet("REKAPITULASI", startPage: pages + 1)
            write(block: 0)
            let plain = PageFlow(pageHeight: flow.pageHeight, repeated: 0)
            let used = heights[(plain.breaks(heights, keep: keep).last ?? 0)...].reduce(0, +)
            here = 1
            if used + blocks[1].total + 10 + blocks[2].total + 10 <= flow.pageHeight * 0.97 {
                write(block: 1)
                write(block: 2)
                here = 3
            }
            var second = plain.breaks(heights, keep: keep)
            setBreaks(&second)
            pages += second.count + 1
        }
        if here < blocks.count { evidenceSheet(startPage: pages + 1) }
        return failure
    }

    mutating func setBreaks(_ breaks: inout [Int]) {
        guard !breaks.isEmpty else { return }
        var rows = breaks.map { lxw_row_t($0) } + [0]
        check(worksheet_set_h_pagebreaks(sheet, &rows))
    }

    mutating func write(block index: Int) {
        if row > 0 { height(10, keepWithNext: true); row += 1 }
        switch index {
        case 0: summary()
        case 1: evidence()
        default: signature()
        }
    }

    /// The lines of text the tallest cell of a table row needs (a merged cell's share of its lines).
    func lineCount(_ line: MonevReport.Line) -> Int {
        guard case .row(_, let kegiatan, let sub, let cells) = line else { return 1 }
        var n = 1
        for (offset, cell) in cells.enumerated() {
            let figure = report.figureCells.contains(offset)
            n = max(n, figure ? lines(cell, offset + 3)
                        : TextMeasure.lineCount(tableText(cell, offset + 3), points: cellPoints(offset + 3), size: MonevLayout.fontSize))
        }
        // A merged KEGIATAN or SUB KEGIATAN of one row: that row holds its text (`fitSpans` shares out a longer merge's).
        for (i, span) in [kegiatan, sub].enumerated() {
            guard let span, span.rowSpan == 1 else { continue }
            n = max(n, TextMeasure.lineCount(tableText(span.text, i + 1), points: spanPoints(i + 1) * PagePieces.widthShare,
                                             size: MonevLayout.fontSize))
        }
        return n
    }

    /// The points a merged KEGIATAN's or SUB KEGIATAN's (`column`) text is measured in: a little narrower than the cell,
    /// since LibreOffice prints words up to 5 % wider than measured, and a piece holding a line more than its rows
    /// slices it at the page's foot.
    func spanPoints(_ column: Int) -> Double {
        LampiranLayout.points(width: widths[column]) * LampiranLayout.libreOfficeWidth * 0.95 - MonevLayout.textMargins
    }

    /// The points a text across the columns `first...` of the table has (an area's line, a note).
    func acrossPoints(from first: Int, to end: Int? = nil) -> Double {
        widths[first...(end ?? last)].reduce(0) { $0 + LampiranLayout.printedPoints(width: $1) } - MonevLayout.textMargins
    }

    /// The first of the last columns a note's tenggat takes (a date cell never wraps): as few as hold the longest.
    var tenggatColumn: Int {
        let need = TextMeasure.width(MonevFormats.tenggatLabel + "30 September 2022", size: MonevLayout.fontSize) + 8
        var first = last
        while first > 5 && acrossPoints(from: first) < need { first -= 1 }
        return first
    }

    /// A note's text as the workbook prints it (its tenggat, when in a cell of its own, left out) and the points it has.
    func noteText(_ index: Int) -> (text: String, points: Double) {
        if let t = report.tenggat[index] { return (t.note.noteText, acrossPoints(from: 3, to: tenggatColumn - 1)) }
        return (report.lines[index].noteText, acrossPoints(from: 3))
    }

    /// The sheet rows of each table line: one, or for a line taller than a spreadsheet keeps (409 pt), as many
    /// as its text needs, its cells merged down them, so a long kendala is continued, never cut.
    func sheetRows(_ index: Int, _ line: MonevReport.Line) -> [Double] {
        let height: Double
        switch line {
        case .area(let name):
            // An area's line runs across the whole table (it was measured in KEGIATAN alone: three lines for one).
            return [MonevLayout.height(lines: TextMeasure.lineCount(name, points: acrossPoints(from: 0) - Self.rightRoom,
                                                                    size: MonevLayout.fontSize, bold: true))]
        case .note:
            let (text, points) = noteText(index)
            height = MonevLayout.height(lines: TextMeasure.lineCount(text, points: points - Self.rightRoom, size: MonevLayout.fontSize))
        case .row:
            height = MonevLayout.height(lines: lineCount(line))
        }
        guard height > LampiranLayout.maxRowHeight else { return [height] }
        // Pieces of whole lines at LibreOffice's own line pitch, so that a page break between two of them falls
        // between two lines of the merged text, never through one; the last piece holds the rest.
        let piece = (Double(Int(LampiranLayout.maxRowHeight * 0.9 / MonevLayout.printedPitch)) * MonevLayout.printedPitch * 20).rounded() / 20
        var parts: [Double] = [], rest = height
        while rest > LampiranLayout.maxRowHeight { parts.append(piece); rest -= piece }
        return parts + [(rest * 4).rounded(.up) / 4]
    }

    /// Whether the line after `index` is its note.
    func noted(_ index: Int) -> Bool {
        guard index + 1 < report.lines.count, case .note = report.lines[index + 1] else { return false }
        return true
    }

    /// The table's sheet rows by line (a cut row's two), its cut rows, the sheet row each line starts at, every sheet
    /// row's height from the top and the page breaks: the rows of `except` never cut, none when `splitting` is false.
    func layout(except: Set<Int>, splitting: Bool)
        -> (parts: [[Double]], split: [Int: SplitRow], starts: [UInt32], heights: [Double], breaks: [Int]) {
        var parts = report.lines.enumerated().map(sheetRows)
        fitSpans(&parts)
        let split = splitting ? splitRows(&parts, except: except) : [:]
        // The sheet row each line starts at, to know where a merged KEGIATAN or SUB KEGIATAN ends.
        var starts: [UInt32] = []
        var next = row
        for p in parts { starts.append(next); next += UInt32(p.count) }
        starts.append(next)
        // Where the table's pages will start (the walk `run` sets the breaks with; nothing after the table moves
        // them), so a merged KEGIATAN or SUB KEGIATAN is cut there into pieces of whole lines.
        var allHeights = heights, allKeep = keep
        for (index, p) in parts.enumerated() {
            allHeights += p
            let isArea = if case .area = report.lines[index] { true } else { false }
            allKeep += p.indices.map { isArea || ($0 == p.count - 1 && noted(index)) }
        }
        var breaks = flow.breaks(allHeights, keep: allKeep)
        // A merged KEGIATAN or SUB KEGIATAN cut at a page break: its last piece takes the rest of the text, which may
        // need more lines than its rows have (the pieces before it hold whole lines, a part of a line unused): those rows
        // are made taller and the pages laid out again, so no text is clipped at a merged cell's foot.
        for _ in 0..<8 {
            guard growLastPieces(&parts, all: &allHeights, starts: starts, breaks: breaks) else { break }
            breaks = flow.breaks(allHeights, keep: allKeep)
        }
        return (parts, split, starts, allHeights, breaks)
    }

    /// The table, row by row (constant memory): merged cells' text on their first row, blanks under
    /// them, the merge declared on their last row. An area's line stays on the page of its first row, a note
    /// on the page of its row's end.
    mutating func table() {
        // A row cut in two must be cut exactly at a page break: when the pages, laid out again after the merged cells'
        // last pieces grew, no longer break between its two sheet rows (LibreOffice printed both pieces of TW I's A4
        // row 12 on one page, the second opening mid-page with "(lanjutan)"), the layout is done again without that cut.
        var unsplit = Set<Int>()
        var parts: [[Double]] = [], split: [Int: SplitRow] = [:], starts: [UInt32] = [], breaks: [Int] = []
        var allHeights: [Double] = []
        for attempt in 0..<6 {
            (parts, split, starts, allHeights, breaks) = layout(except: unsplit, splitting: attempt < 5)
            let moved = split.keys.filter { !breaks.contains(Int(starts[$0]) + 1) }
            if moved.isEmpty { break }
            unsplit.formUnion(moved)
        }
        var spans = SpanWriter()
        // The NO. of the last row and the sheet row it starts at, merged down its note's rows too.
        var numbered: (first: UInt32, text: String) = (0, "")
        for (index, line) in report.lines.enumerated() {
            switch line {
            case .area(let name):
                height(parts[index][0], keepWithNext: true)
                let points = acrossPoints(from: 0)
                across(0, last, CellLines.wrapped(name, points: points - Self.rightRoom, full: points, size: MonevLayout.fontSize, bold: true),
                       f.area)
                row += 1
            case .note:
                let first = row, count = parts[index].count, (raw, points) = noteText(index)
                let text = CellLines.wrapped(raw, points: points - Self.rightRoom, full: points, size: MonevLayout.fontSize)
                // The tenggat a date in a cell of its own at the note's right (`Tenggat: 8 April 2022`), so it sorts.
                let tenggat = report.tenggat[index].flatMap { IndonesianFormat.dateValue($0.date) }
                let textEnd = tenggat == nil ? last : tenggatColumn - 1
                for (offset, points) in parts[index].enumerated() {
                    height(points)
                    blank(0, f.top.count)
                    spans.write(&self, index: index, row: row, kegiatan: nil, sub: nil, starts: starts, breaks: breaks, heights: allHeights)
                    if offset == 0 { put(3, text, f.text) } else { blank(3, f.text) }
                    for c in 4...last { blank(c, c > textEnd ? f.tenggat : f.text) }
                    if offset == count - 1 {
                        check(worksheet_merge_range(sheet, numbered.first, 0, row, 0, "", f.top.count))
                        check(worksheet_merge_range(sheet, first, 3, row, UInt16(textEnd), monevCell(text), SheetText.format(text, f.text, f.quoted)))
                        if textEnd < last { check(worksheet_merge_range(sheet, first, UInt16(textEnd + 1), row, UInt16(last), "", f.tenggat)) }
                    }
                    if offset == 0, let date = tenggat {
                        var value = lxw_datetime(year: Int32(date.year), month: Int32(date.month), day: Int32(date.day), hour: 0, min: 0, sec: 0)
                        check(worksheet_write_datetime(sheet, row, UInt16(textEnd + 1), &value, f.tenggat))
                    }
                    spans.close(&self, row: row)
                    row += 1
                }
            case .row(let number, let kegiatan, let sub, let cells):
                let first = row, count = parts[index].count
                // A row cut at a page's foot: its NO. merged (with its note's rows) from its second piece on.
                numbered = (split[index] == nil ? first : first + 1, number)
                // Each cell's format, kept for the blanks under it on a continued row.
                var formats: [Int: UnsafeMutablePointer<lxw_format>] = [0: f.top.count]
                for (offset, points) in parts[index].enumerated() {
                    height(points, keepWithNext: offset == count - 1 && noted(index))
                    // A cut row's number on both its pieces (the second opens the next page).
                    if offset == 0 || split[index] != nil { rowNumber(number) } else { blank(0, f.top.count) }
                    spans.write(&self, index: index, row: row, kegiatan: offset == 0 ? kegiatan : nil, sub: offset == 0 ? sub : nil,
                                starts: starts, breaks: breaks, heights: allHeights)
                    for (c, cell) in cells.enumerated() {
                        if let pieces = split[index]?.cells, c < pieces.count, !report.figureCells.contains(c) {
                            let text = offset == 0 ? pieces[c].first : pieces[c].second
                            if text.isEmpty { blank(c + 3, f.text) } else { put(c + 3, written(text, c + 3), f.text) }
                            continue
                        }
                        if offset > 0 { blank(c + 3, formats[c + 3] ?? f.text); continue }
                        if report.figureCells.contains(c) {
                            let values = report.figureValues[index]
                            figure(c + 3, cell, exact: c < values.count ? values[c] : nil)
                            formats[c + 3] = f.top.centred
                        } else {
                            put(c + 3, written(cell, c + 3), f.text)
                        }
                    }
                    if offset == count - 1 && count > 1 && split[index] == nil {
                        // A continued row: each of its own cells merged down its sheet rows (the text stays on the first);
                        // NO. with its note's rows when it has one.
                        for c in (noted(index) ? [] : [0]) + Array(3..<(cells.count + 3)) {
                            let text = c == 0 ? "" : written(cells[c - 3], c)
                            check(worksheet_merge_range(sheet, first, UInt16(c), row, UInt16(c), monevCell(text), formats[c] ?? f.text))
                        }
                    }
                    spans.close(&self, row: row)
                    row += 1
                }
            }
        }
    }
}

/// A text as the Laporan's cell holds it: as every sheet's text (SheetText), the report's text with its print aids.
func monevCell(_ text: String) -> String {
    SheetText.cell(text)
}
