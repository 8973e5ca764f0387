import CXlsxWriter
import Foundation
import PlanDocuments
import PlanFormats

/// The Laporan Monev as an Excel workbook: title, the table with its area lines and merged KEGIATAN /
/// SUB KEGIATAN, REKAPITULASI PER AREA, DAFTAR BUKTI DUKUNG and the signature; printed like the LAMPIRAN.
public enum MonevWorkbook {
    public static func data(_ report: MonevReport) throws -> Data {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("rencana-\(UUID().uuidString).xlsx")
        defer { try? FileManager.default.removeItem(at: url) }
        var options = lxw_workbook_options(constant_memory: 1, tmpdir: nil, use_zip64: 1)
        guard let workbook = workbook_new_opt(url.path, &options) else { throw XlsxError(description: "cannot create \(url.path)") }
        var writer = MonevSheet(workbook: workbook, report: report)
        let failure = writer.run()
        let closed = workbook_close(workbook)
        if let failure { throw failure }
        if closed != LXW_NO_ERROR { throw XlsxError(description: String(cString: lxw_strerror(closed))) }
        return try Data(contentsOf: url)
    }
}

private struct MonevSheet {
    let sheet: UnsafeMutablePointer<lxw_worksheet>
    let report: MonevReport
    let title, header, text, centred, area, plain, bold: UnsafeMutablePointer<lxw_format>
    var failure: XlsxError?
    var row: UInt32 = 0
    let widths: [Double]

    init(workbook: UnsafeMutablePointer<lxw_workbook>, report: MonevReport) {
        sheet = workbook_add_worksheet(workbook, "LAPORAN MONEV")!
        self.report = report
        func make(_ size: Double, bold: Bool = false, centre: Bool = false, border: Bool = true, wrap: Bool = true,
                  shade: Bool = false) -> UnsafeMutablePointer<lxw_format> {
            let f = workbook_add_format(workbook)!
            format_set_font_name(f, "Bookman Old Style")
            format_set_font_size(f, size)
            if bold { format_set_bold(f) }
            format_set_align(f, UInt8((centre ? LXW_ALIGN_CENTER : LXW_ALIGN_LEFT).rawValue))
            format_set_align(f, UInt8((centre ? LXW_ALIGN_VERTICAL_CENTER : LXW_ALIGN_VERTICAL_TOP).rawValue))
            if wrap { format_set_text_wrap(f) }
            if border { format_set_border(f, UInt8(LXW_BORDER_THIN.rawValue)) }
            if shade { format_set_bg_color(f, 0xEEEEEE) }
            return f
        }
        title = make(11, bold: true, centre: true, border: false, wrap: false)
        header = make(8, bold: true, centre: true)
        text = make(8)
        centred = make(8, centre: true)
        area = make(8, bold: true, shade: true)
        plain = make(10, border: false, wrap: false)
        bold = make(10, bold: true, border: false, wrap: false)
        widths = report.columnWidths
    }

    mutating func check(_ e: lxw_error) {
        if e != LXW_NO_ERROR, failure == nil { failure = XlsxError(description: String(cString: lxw_strerror(e))) }
    }
    mutating func put(_ c: Int, _ s: String, _ f: UnsafeMutablePointer<lxw_format>) {
        check(worksheet_write_string(sheet, row, UInt16(c), SpreadsheetText.neutralised(s), f))
    }
    mutating func blank(_ c: Int, _ f: UnsafeMutablePointer<lxw_format>) { check(worksheet_write_blank(sheet, row, UInt16(c), f)) }
    mutating func across(_ first: Int, _ last: Int, _ s: String, _ f: UnsafeMutablePointer<lxw_format>) {
        check(worksheet_merge_range(sheet, row, UInt16(first), row, UInt16(last), SpreadsheetText.neutralised(s), f))
    }
    func lines(_ s: String, _ column: Int) -> Int {
        LampiranLayout.lineCount(s, width: Int((widths[column] - 0.5) * 1.35))
    }

    mutating func run() -> XlsxError? {
        let last = report.columns.count - 1
        worksheet_set_landscape(sheet)
        worksheet_set_paper(sheet, report.paper.excelIndex)
        worksheet_set_margins(sheet, 0.4, 0.4, 0.5, 0.6)
        worksheet_fit_to_pages(sheet, 1, 0)
        check(worksheet_set_footer(sheet, "&C&\"Bookman Old Style\"&9-&P-"))
        for (c, w) in widths.enumerated() { check(worksheet_set_column(sheet, UInt16(c), UInt16(c), w, nil)) }
        for line in report.title { check(worksheet_set_row(sheet, row, 16, nil)); across(0, last, line, title); row += 1 }
        row += 1
        let headerRow = row
        check(worksheet_set_row(sheet, row, 24, nil))
        for (c, label) in report.columns.enumerated() { put(c, label, header) }
        row += 1
        for c in 0...last { put(c, String(c + 1), centred) }
        row += 1
        check(worksheet_repeat_rows(sheet, headerRow, headerRow + 1))
        worksheet_freeze_panes(sheet, row, 0)
        table(last)
        row += 1
        summary()
        row += 1
        block("DAFTAR BUKTI DUKUNG", MonevReport.evidenceColumns, report.evidence.map(\.cells), textAcross: true)
        row += 1
        signature(last)
        return failure
    }

    /// The table, row by row (constant memory): merged cells' text on their first row, blanks under
    /// them, the merge declared on their last row.
    mutating func table(_ last: Int) {
        var open: [(start: UInt32, end: UInt32, text: String)?] = [nil, nil]
        for line in report.lines {
            switch line {
            case .area(let name):
                check(worksheet_set_row(sheet, row, 13, nil))
                across(0, last, name, area)
            case .row(let number, let kegiatan, let sub, let cells):
                var height = 1
                for (offset, cell) in cells.enumerated() { height = max(height, lines(cell, offset + 3)) }
                for (i, span) in [kegiatan, sub].enumerated() {
                    if let span, span.rowSpan <= 1 { height = max(height, lines(span.text, i + 1)) }
                    else if let span { height = max(height, (lines(span.text, i + 1) + span.rowSpan - 1) / span.rowSpan) }
                }
                check(worksheet_set_row(sheet, row, Double(height) * 10.5 + 3, nil))
                put(0, number, centred)
                for (i, span) in [kegiatan, sub].enumerated() {
                    if let span { put(i + 1, span.text, text); open[i] = (row, row + UInt32(max(span.rowSpan, 1) - 1), span.text) }
                    else { blank(i + 1, text) }
                }
                for (offset, cell) in cells.enumerated() { put(offset + 3, cell, report.figureCells.contains(offset) ? centred : text) }
                for i in 0..<2 {
                    guard let span = open[i], span.end == row else { continue }
                    if span.end > span.start {
                        check(worksheet_merge_range(sheet, span.start, UInt16(i + 1), row, UInt16(i + 1), SpreadsheetText.neutralised(span.text), text))
                    }
                    open[i] = nil
                }
            }
            row += 1
        }
    }

    /// REKAPITULASI PER AREA: the area's name across KEGIATAN … INDIKATOR, then each figure over as many of the
    /// following columns as its heading needs (a narrow column is joined to the next), centred.
    mutating func summary() {
        put(1, "REKAPITULASI PER AREA", bold)
        row += 1
        let header = MonevReport.summaryColumns
        var spans: [(Int, Int)] = [(1, 3)]
        var next = 4
        for label in header.dropFirst() {
            let need = Double(label.split(separator: " ").map(\.count).max() ?? 4) * 1.05 + 2
            var last = next, width = widths[next]
            while width < need, last + 1 < widths.count { last += 1; width += widths[last] }
            spans.append((next, last))
            next = last + 1
        }
        func write(_ cells: [String], _ first: UnsafeMutablePointer<lxw_format>, _ rest: UnsafeMutablePointer<lxw_format>) {
            for (i, cell) in cells.enumerated() where i < spans.count {
                let (a, b) = spans[i]
                if a == b { put(a, cell, i == 0 ? first : rest) } else { across(a, b, cell, i == 0 ? first : rest) }
            }
        }
        check(worksheet_set_row(sheet, row, 24, nil))
        write(header, self.header, self.header)
        row += 1
        let nameWidth = widths[1] + widths[2] + widths[3]
        for cells in report.summary.map(\.cells) {
            let height = LampiranLayout.lineCount(cells.first ?? "", width: Int((nameWidth - 0.5) * 1.35))
            check(worksheet_set_row(sheet, row, Double(height) * 10.5 + 3, nil))
            write(cells, text, centred)
            row += 1
        }
    }

    mutating func block(_ heading: String, _ header: [String], _ rows: [[String]], textAcross: Bool = false) {
        put(1, heading, bold)
        row += 1
        let columns = textAcross ? [0, 1, 2] : Array(1...header.count)
        func write(_ cells: [String], _ format: UnsafeMutablePointer<lxw_format>) {
            for (i, cell) in cells.enumerated() {
                if textAcross && i == 2 { across(2, 8, cell, format) } else { put(columns[i], cell, format) }
            }
        }
        write(header, self.header)
        row += 1
        for cells in rows {
            let height = textAcross ? LampiranLayout.lineCount(cells[2], width: 110) : lines(cells[0], 1)
            check(worksheet_set_row(sheet, row, Double(height) * 10.5 + 3, nil))
            write(cells, text)
            row += 1
        }
    }

    mutating func signature(_ last: Int) {
        let s = report.signature
        let first = max(last - 5, 0)
        let lines = [(s.placeAndDate, false)] + s.title.map { ($0, false) } + [("", false), ("", false), ("", false), (s.name, true)]
            + (s.nip.map { [($0, false)] } ?? [])
        for (line, isName) in lines {
            if !line.isEmpty { across(first, last, line, isName ? bold : plain) }
            row += 1
        }
    }
}
