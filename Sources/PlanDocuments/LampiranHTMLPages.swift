import PlanModel

/// The LAMPIRAN html's printed geometry (the same CSS sizes `LampiranHTML.css` sets) and its table paged by measure
/// (HTMLPaging): which rows each printed page holds, so a merged NO., AREA, KEGIATAN or SUB KEGIATAN continued from
/// the page before is opened again there with `(lanjutan)`.
public enum LampiranHTMLPages {
    /// Body text, its line pitch (`line-height` set in the CSS), and a cell's padding and border, in points.
    static let size = LampiranLayout.fontSize - 1
    static let pitch = 1.2
    static var line: Double { size * pitch }
    static let padding = 4.0, border = 0.6, sidePadding = 6.0
    /// The header's text size and the heading's and closing block's.
    static let headerSize = 8.0, headingSize = 9.5, titleSize = 10.5
    /// Points in a millimetre; the page's margins (top, bottom, sides) in millimetres.
    static let mm = 72 / 25.4
    static let top = 12.0, bottom = 14.0, side = 10.0
    /// The share of a page the table is filled to: room kept for what the measure cannot know (a browser's rounding,
    /// a line wrapped a word earlier).
    static let fill = 0.985
    /// A column's text measured a little narrower than it prints (Chromium may wrap a word earlier than the measure).
    static let widthShare = 0.99

    /// The table's width in points on `paper` (landscape, between the side margins).
    static func tableWidth(_ paper: Paper) -> Double { (paper.millimetres.height - 2 * side) * mm }
    /// The page's height for content in points.
    static func pageHeight(_ paper: Paper) -> Double { (paper.millimetres.width - top - bottom) * mm }

    /// Each column's room for text in points.
    static func textWidths(_ lampiran: Lampiran) -> [Double] {
        let widths = columnWidths(lampiran), total = widths.reduce(0, +), table = tableWidth(lampiran.paper)
        return widths.map { $0 / total * table - sidePadding - border }
    }

    /// The columns' widths in the workbook's units (`LampiranLayout.columnWidths`), but AREA, KEGIATAN, SUB KEGIATAN and
    /// INDIKATOR each at least as wide as its widest word prints (`perundangundangan` at 9 pt broke in A4's KEGIATAN),
    /// the room taken from the others of the four that have it to spare: the columns before the months keep their sum,
    /// so the closing block and a salinan start where the workbook's do. A word no column can hold (a URL) asks none.
    public static func columnWidths(_ lampiran: Lampiran) -> [Double] {
        var widths = LampiranLayout.columnWidths
        let total = widths.reduce(0, +), table = tableWidth(lampiran.paper)
        let columns = 1...4
        var widest = [Double](repeating: 0, count: widths.count)
        let cap = MonevLayout.widestWordCap * size / MonevLayout.fontSize
        for row in lampiran.rows {
            for column in columns {
                let text = column == 4 ? row.indikator : row.spanned[column]?.text ?? ""
                widest[column] = max(widest[column], MonevLayout.widestWord(text, size: size, cap: cap))
            }
        }
        // A word's room in units: its width with Chromium's 1 % and 1.5 pt kept, the cell's padding and border.
        let unit = table / total
        let need = widest.map { $0 > 0 ? ($0 * 1.01 + 1.5 + sidePadding + border) / unit : 0 }
        let sum = columns.reduce(0) { $0 + widths[$1] }
        // More than the four columns have: their widths as they are.
        let least = columns.map { need[$0] }
        if least.reduce(0, +) > sum { return widths }
        var short = 0.0
        for (i, column) in columns.enumerated() where widths[column] < least[i] {
            short += least[i] - widths[column]
            widths[column] = least[i]
        }
        let spare = columns.enumerated().map { i, column in max(0, widths[column] - least[i]) }
        let room = spare.reduce(0, +)
        guard short > 0, room > 0 else { return widths }
        for (i, column) in columns.enumerated() { widths[column] -= short * spare[i] / room }
        return widths
    }

    /// The lines `text` takes in column `column`.
    static func lines(_ text: String, column: Int, widths: [Double], size: Double = size, bold: Bool = false) -> Int {
        text.isEmpty ? 1 : TextMeasure.lineCount(text, points: widths[column] * widthShare, size: size, bold: bold)
    }

    /// The height of a cell of `lines` lines.
    static func cell(_ lines: Int) -> Double { Double(lines) * line + padding + border }

    /// The header rows' height (labels, months, numbering).
    static func header(_ lampiran: Lampiran) -> Double {
        let widths = columnWidths(lampiran), total = widths.reduce(0, +), table = tableWidth(lampiran.paper)
        let headerLine = headerSize * pitch
        let labels = Lampiran.columnLabels
        var spanned = 0.0
        for column in [0, 1, 2, 3, 4, 17] {
            let room: Double = widths[column] / total * table * 0.92 - 3 - border
            let count = TextMeasure.lineCount(labels[column], points: room, size: headerSize, bold: true)
            spanned = max(spanned, Double(count) * headerLine + 3 + border)
        }
        let months = (headerLine + 3 + border) + (headerLine + 2 + border)
        return max(spanned, months) + headerLine + 3 + border + 2
    }

    /// The heading (top right) and the title above the table on the first page.
    static func heading(_ lampiran: Lampiran) -> Double {
        let table = tableWidth(lampiran.paper)
        let heading = lampiran.heading.reduce(0.0) { sum, text in
            sum + Double(TextMeasure.lineCount(text, points: table * 0.48 * widthShare, size: headingSize)) * headingSize * pitch + 1
        }
        let title = Double(TextMeasure.lineCount(lampiran.title, points: table * 0.84 * 0.93, size: titleSize, bold: true)) * titleSize * pitch
        return heading + title + 9 * mm + 2
    }

    /// The closing block (and a salinan's), under the table's last row.
    static func closing(_ closing: Lampiran.Closing) -> Double {
        let text = headingSize * pitch
        var height = 6 * mm + 2 * text + 7 * mm + Double(closing.signerTitle.count) * text
        height += closing.salinan == nil ? 20 * mm : 13 * mm + text
        height += text
        if let salinan = closing.salinan {
            height += 4 * mm
            var blank = false
            for line in salinan.lines {
                if line.isEmpty { if !blank { height += 16 * mm }; blank = true; continue }
                blank = false
                height += text
            }
        }
        return height + 2
    }

    /// The paging of `lampiran`'s rows.
    public static func paging(_ lampiran: Lampiran) -> HTMLPaging {
        let widths = textWidths(lampiran)
        let rows = lampiran.rows
        let heights = rows.map { row in
            cell(max(lines(breakableText(row.indikator), column: 4, widths: widths), lines(breakableText(row.ket), column: 17, widths: widths)))
        }
        var groups: [HTMLPaging.Group] = []
        for (index, row) in rows.enumerated() {
            for (column, spanned) in row.spanned.enumerated() {
                guard let spanned else { continue }
                groups.append(.init(column: column, rows: index..<min(rows.count, index + max(spanned.rowSpan, 1)), text: spanned.text))
            }
        }
        var keep = Array(repeating: false, count: rows.count)
        // The last two rows stay with the closing block: the last page never holds only the header and the signature.
        if rows.count >= 2 { keep[rows.count - 2] = true }
        let page = pageHeight(lampiran.paper) * fill, header = header(lampiran)
        var paging = HTMLPaging(heights: heights, keep: keep, groups: groups, first: page - heading(lampiran) - header, other: page - header,
                                tail: closing(lampiran.closing), lineHeight: line, padding: padding + border) { text, column in
            lines(breakableText(text), column: column, widths: widths)
        }
        // Only a row taller than a page is cut (in whole lines, at the pages' feet), as the workbook continues a row taller
        // than a spreadsheet allows on further rows: every other row stays whole, as in the signed table.
        paging.cells = zip(rows, heights).map { row, height in height > page - header ? [(4, row.indikator), (17, row.ket)] : [] }
        return paging
    }

    /// The text as measured: the break allowed after a slash between letters counts as one (`<wbr>`).
    static func breakableText(_ text: String) -> String { DocumentText.breakable(text) }
}
