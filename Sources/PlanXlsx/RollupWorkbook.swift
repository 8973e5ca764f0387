import CXlsxWriter
import Foundation
import PlanDocuments
import PlanFormats

/// The province's recap as an Excel workbook in the Laporan Monev's print conventions: landscape F4 or A4 at
/// 100 %, Bookman 8.5 pt, the header and its numbering repeated on every page, the page number in the footer,
/// every page break set here (the total line and the signature stay with the last offices), capaian as
/// Indonesian percentages (`87,5%`), and every text that a spreadsheet could take as a formula quote-prefixed.
public enum RollupWorkbook {
    public static func data(_ recap: RollupRecap) throws -> Data {
        try XlsxFile.data { workbook in
            var writer = RecapBook(workbook: workbook, recap: recap)
            return writer.run()
        }
    }
}

private struct RecapBook {
    let workbook: UnsafeMutablePointer<lxw_workbook>
    let recap: RollupRecap
    let f: MonevFormats
    let widths: [Double]
    let last: Int
    let sheet: UnsafeMutablePointer<lxw_worksheet>
    var failure: XlsxError?
    var row: UInt32 = 0
    var heights: [Double] = []
    var keep: [Bool] = []

    init(workbook: UnsafeMutablePointer<lxw_workbook>, recap: RollupRecap) {
        self.workbook = workbook
        self.recap = recap
        f = MonevFormats(workbook, indented: false)
        widths = MonevLayout.units(recap.columnPoints)
        last = recap.columns.count - 1
        sheet = workbook_add_worksheet(workbook, "REKAPITULASI")!
    }

    mutating func check(_ e: lxw_error) {
        if e != LXW_NO_ERROR, failure == nil { failure = XlsxError(description: String(cString: lxw_strerror(e))) }
    }
    mutating func put(_ c: Int, _ s: String, _ format: UnsafeMutablePointer<lxw_format>) {
        check(worksheet_write_string(sheet, row, UInt16(c), SheetText.cell(s), SheetText.format(s, format, f.quoted)))
    }
    mutating func across(_ first: Int, _ lastColumn: Int, _ s: String, _ format: UnsafeMutablePointer<lxw_format>) {
        if first >= lastColumn { return put(first, s, format) }
        check(worksheet_merge_range(sheet, row, UInt16(first), row, UInt16(lastColumn), SheetText.cell(s),
                                    SheetText.format(s, format, f.quoted)))
    }
    /// A percentage as a number (`87,5%`), a count as a number, else the text centred.
    mutating func figure(_ c: Int, _ s: String) {
        let set = f.middle
        if let value = IndonesianFormat.percentValue(s) {
            let tenths = Int((value * 1000).rounded())
            check(worksheet_write_number(sheet, row, UInt16(c), value, tenths % 10 == 0 ? set.percent : set.percentTenth))
        } else if let count = Int(s) {
            check(worksheet_write_number(sheet, row, UInt16(c), Double(count), set.count))
        } else {
            put(c, s, set.centred)
        }
    }
    mutating func height(_ points: Double, keepWithNext: Bool = false) {
        check(worksheet_set_row(sheet, row, points, nil))
        while heights.count <= Int(row) { heights.append(15); keep.append(false) }
        heights[Int(row)] = points
        keep[Int(row)] = keepWithNext
    }

    var headerHeight: Double {
        let n = recap.columns.enumerated().map { c, label in
            MonevLayout.lines(RollupRecap.breakingHyphens(label), width: widths[c], size: MonevLayout.headerSize, bold: true)
        }.max() ?? 1
        return Double(n) * MonevLayout.lineHeight + MonevLayout.cellPadding
    }

    func lineHeight(_ line: RollupRecap.Line) -> Double {
        min(MonevLayout.height(lines: MonevLayout.lines(line.name, width: widths[1])), LampiranLayout.maxRowHeight)
    }

    /// Place and date, the office, room to sign, the name, NIP (right); `Mengetahui,` and its office (left).
    var signatureLines: (right: [(String, Bool)], left: [(String, Bool)]) {
        let s = recap.signature
        let right = [(s.placeAndDate, false)] + s.title.map { ($0, false) } + [("", false), ("", false), ("", false), (s.name, true)]
            + (s.nip.map { [($0, false)] } ?? [])
        guard let a = s.acknowledgement else { return (right, []) }
        let left = [("Mengetahui,", false)] + a.title.map { ($0, false) }
        let gap = max(0, right.count - (s.nip == nil ? 1 : 2) - left.count)
        return (right, left + Array(repeating: ("", false), count: gap) + [(a.name, true)] + (a.nip.map { [($0, false)] } ?? []))
    }

    mutating func run() -> XlsxError? {
        worksheet_set_landscape(sheet)
        worksheet_set_paper(sheet, recap.paper.excelIndex)
        worksheet_set_margins(sheet, MonevLayout.side, MonevLayout.side, MonevLayout.top, MonevLayout.bottom)
        worksheet_set_print_scale(sheet, 100)
        check(worksheet_set_footer(sheet, "&C&\"Bookman Old Style\"&9-&P-"))
        for (c, w) in widths.enumerated() { check(worksheet_set_column(sheet, UInt16(c), UInt16(c), w, nil)) }
        for line in recap.title { height(16, keepWithNext: true); across(0, last, line, f.title); row += 1 }
        height(8, keepWithNext: true)
        row += 1
        let headerRow = row
        height(headerHeight, keepWithNext: true)
        for (c, label) in recap.columns.enumerated() { put(c, label, f.header) }
        row += 1
        height(14, keepWithNext: true)
        for c in 0...last { put(c, String(c + 1), f.numbering) }
        row += 1
        check(worksheet_repeat_rows(sheet, headerRow, headerRow + 1))
        worksheet_freeze_panes(sheet, row, 0)
        // The last two offices, the total and the signature go together: a signature never stands alone on a page.
        for (index, line) in recap.lines.enumerated() {
            height(lineHeight(line), keepWithNext: index >= recap.lines.count - 2)
            write(line, bold: false)
        }
        height(lineHeight(recap.total), keepWithNext: true)
        write(recap.total, bold: true)
        let (right, left) = signatureLines
        height(10, keepWithNext: true)
        row += 1
        let first = max(last - 4, 0)
        let count = max(right.count, left.count)
        for index in 0..<count {
            height(15, keepWithNext: index < count - 1)
            if index < right.count, !right[index].0.isEmpty { across(first, last, right[index].0, right[index].1 ? f.boldName : f.plain) }
            if index < left.count, !left[index].0.isEmpty { across(1, min(3, last), left[index].0, left[index].1 ? f.boldName : f.plain) }
            row += 1
        }
        let flow = PageFlow(pageHeight: PageFlow.pageHeight(paper: recap.paper, top: MonevLayout.top, bottom: MonevLayout.bottom, scale: 1),
                            repeated: headerHeight + 14)
        let breaks = flow.breaks(heights, keep: keep)
        if !breaks.isEmpty {
            var rows = breaks.map { lxw_row_t($0) } + [0]
            check(worksheet_set_h_pagebreaks(sheet, &rows))
        }
        return failure
    }

    mutating func write(_ line: RollupRecap.Line, bold: Bool) {
        for (c, cell) in line.cells.enumerated() {
            if c == 1 { put(c, cell, bold ? f.boldText : f.listed) } else { figure(c, cell) }
        }
        row += 1
    }
}
