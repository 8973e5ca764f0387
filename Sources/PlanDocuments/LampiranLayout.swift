import PlanModel

/// Column widths, row heights and page breaks of the LAMPIRAN, shared by the renderers.
///
/// Spreadsheets do not grow a row for the text of a merged cell, so the workbook needs its row heights
/// worked out here: each row is as tall as its own wrapped texts (INDIKATOR, KET.), a merged cell whose
/// text needs more lines than its rows give grows them evenly, and a row taller than a spreadsheet allows
/// (409 pt) is continued on further sheet rows under the same merged cells, so no text is ever cut.
public enum LampiranLayout {
    /// Widths of the 18 columns in spreadsheet character units (NO. … INDIKATOR, 12 months, KET.),
    /// chosen so that F4 and A4 landscape keep the body text near 9–10 pt.
    public static let columnWidths: [Double] = [4, 14.5, 20, 30, 32.5] + Array(repeating: 3.9, count: 12) + [11]

    /// The column the closing block starts at (the bottom right of the last page) and the one a salinan's
    /// authentication block starts at (the bottom left, under the signature), the same in the workbook and the html.
    public static let closingColumn = 10
    public static let salinanColumn = 1

    /// The share of the table's width left of `column`, in percent: where the html puts what the workbook
    /// starts at that column.
    public static func share(before column: Int) -> Double {
        columnWidths.prefix(column).reduce(0, +) / columnWidths.reduce(0, +) * 100
    }

    /// The table's font size in points.
    public static let fontSize = 10.0
    /// The height of one line of the table's text: LibreOffice sets URW Bookman (Bookman Old Style's
    /// stand-in) at about 0.99 of its size (measured on its PDF), with a little room kept.
    public static let lineHeight = 10.2
    /// Room above and below a cell's text (its inner margin), in points: the cells are in the middle of their rows,
    /// 3 pt above the tallest text (at 4 pt and at the top, a text stood tight under the border, issue 21).
    public static let cellPadding = 6.0
    /// The tallest row Excel and LibreOffice keep.
    public static let maxRowHeight = 409.0
    /// The left indent (in Excel indent levels) of the text columns: an inner margin from the border.
    public static let textIndent: UInt8 = 1

    /// A column `width` units wide in points, as Excel and LibreOffice (with Carlito for Calibri) draw it.
    public static func points(width: Double) -> Double {
        Double(Int(width * 7 + 5)) * 0.75
    }

    /// A column `width` units wide in points as LibreOffice prints it: 5.7 % wider than Excel's (measured on the year
    /// report's F4 PDF: 14 columns from 20 to 126 pt, each within 0.2 pt). `libreOfficeWidth` is 1.3 % more, room a
    /// single column's margins absorb; a text merged across six to nine columns was given 5–35 pt it did not have, and
    /// LibreOffice wrapped it on the border (issue 21: "… Tunjuk operator cadangan", "… teknis pengisian").
    public static func printedPoints(width: Double) -> Double {
        points(width: width) * 1.057
    }

    /// LibreOffice draws a column about 6 % wider than Excel's formula (measured with Carlito, the
    /// Calibri it uses for the workbook's default font): the page scale allows for it.
    public static let libreOfficeWidth = 1.07

    /// The room for text in a column as LibreOffice draws it: its width less the cell's margins (and the
    /// indent when indented).
    public static func textPoints(width: Double, indented: Bool) -> Double {
        points(width: width) * libreOfficeWidth - 3 - (indented ? 7 : 0)
    }

    /// The table's text columns (AREA PERUBAHAN, KEGIATAN, SUB KEGIATAN, INDIKATOR and KET.).
    public static let textColumns: Set<Int> = [1, 2, 3, 4, 17]

    /// A body cell's text as the workbook holds it: a word wider than its column breakable after its slash
    /// (`DocumentText.breakable(_:wordsWiderThan:size:)`), every other word as typed.
    public static func cellText(_ text: String, column: Int) -> String {
        guard textColumns.contains(column) else { return text }
        return DocumentText.breakable(DocumentText.markerJoined(text, points: wrapPoints(column: column), size: fontSize),
                                      wordsWiderThan: textPoints(width: columnWidths[column], indented: true) * PagePieces.widthShare,
                                      size: fontSize)
    }

    /// The least room kept between a text's longest line and its cell's right border, in points (before the print scale).
    public static let rightRoom = 4.5

    /// The points a text column's lines are measured and wrapped in (`CellLines`): a little narrower than the cell
    /// (`PagePieces.widthShare`), and `rightRoom` at least, so every printed line ends off the right border.
    public static func wrapPoints(column: Int) -> Double {
        let full = textPoints(width: columnWidths[column], indented: true)
        return min(full * PagePieces.widthShare, full - rightRoom)
    }

    /// A body cell's text as the workbook writes it: `cellText`, its lines ended where they are measured
    /// (`CellLines.wrapped` at `wrapPoints`), so LibreOffice prints each line off the right border.
    public static func writtenText(_ text: String, column: Int) -> String {
        guard textColumns.contains(column) else { return text }
        return CellLines.wrapped(cellText(text, column: column), points: wrapPoints(column: column),
                                 full: textPoints(width: columnWidths[column], indented: true), size: fontSize)
    }

    /// The lines `text` takes in a column `width` units wide at the table's font size.
    /// Measured a little narrower than the cell (`PagePieces.widthShare`), as the merged cells are: LibreOffice wraps a
    /// few words earlier than the measure (issue 21's review: "…perpres 16 Tahun 2018" took a third line in a row of two,
    /// its last words hidden under the next row).
    public static func lines(_ text: String, width: Double, indented: Bool = true, size: Double = fontSize) -> Int {
        TextMeasure.lineCount(text, points: textPoints(width: width, indented: indented) * PagePieces.widthShare, size: size)
    }

    /// The lines `text` takes when word-wrapped at `width` characters (long words are broken): the
    /// plain character count, for texts outside the table.
    public static func lineCount(_ text: String, width: Int) -> Int {
        TextMeasure.lineCount(text, points: Double(width) * 6, size: 10 / TextMeasure.slack)
    }

    /// The number of text lines each row of `rows` needs (at least 1).
    public static func rowLines(_ rows: [LampiranRow]) -> [Int] {
        var lines = rows.map { row in
            max(TextMeasure.lineCount(cellText(row.indikator, column: 4), points: wrapPoints(column: 4), size: fontSize),
                TextMeasure.lineCount(cellText(row.ket, column: 17), points: wrapPoints(column: 17), size: fontSize))
        }
        // The innermost merges first, so a sub kegiatan's growth counts for its kegiatan and area.
        for column in [3, 2, 1] {
            for (start, row) in rows.enumerated() {
                guard let cell = row.spanned[column] else { continue }
                let end = min(start + cell.rowSpan, rows.count)
                // Measured as a page's piece of it is (`PagePieces.texts`): a little narrower, since a sheet printed
                // smaller than 100 % (A4) wraps a few words earlier, and its last line was cut at the span's foot.
                let needed = TextMeasure.lineCount(cellText(cell.text, column: column), points: textPoints(width: columnWidths[column], indented: true)
                                                   * PagePieces.widthShare, size: fontSize)
                let have = lines[start..<end].reduce(0, +)
                guard needed > have, end > start else { continue }
                let extra = needed - have, count = end - start
                for offset in 0..<count { lines[start + offset] += extra / count + (offset < extra % count ? 1 : 0) }
            }
        }
        return lines
    }

    /// The sheet rows of each LAMPIRAN row: one height per sheet row, none above `maxRowHeight` (a taller
    /// row is shared out over as many sheet rows as it needs).
    public static func sheetRows(_ rows: [LampiranRow]) -> [[Double]] {
        rowLines(rows).map { lines in
            let height = Double(lines) * lineHeight + cellPadding
            let parts = Int((height / maxRowHeight).rounded(.up))
            return Array(repeating: (height / Double(max(parts, 1)) * 4).rounded(.up) / 4, count: max(parts, 1))
        }
    }
}

/// Where printed pages end in a sheet whose rows never split: a pure walk over row heights, so the
/// workbooks can set every break themselves (none left to the spreadsheet's own guess).
public struct PageFlow {
    /// The height a page holds for rows, in the sheet's points (the print scale taken out).
    public var pageHeight: Double
    /// The repeated rows' height on every page but the first (0 when nothing repeats).
    public var repeated: Double

    public init(pageHeight: Double, repeated: Double) {
        self.pageHeight = pageHeight
        self.repeated = repeated
    }

    /// The printable height of `paper` in landscape, at `scale`, between the top and bottom margins (inches).
    public static func pageHeight(paper: Paper, top: Double, bottom: Double, scale: Double) -> Double {
        ((paper.millimetres.width / 25.4 - top - bottom) * 72) / scale
    }

    /// The sheet rows before which a page starts, for rows of `heights` from the top of the sheet, where
    /// `keep[i]` is true when row `i` must stay on the page of row `i + 1` (a heading, the last rows
    /// before a closing block). A page is filled to `fill` of its height to leave room for rounding.
    public func breaks(_ heights: [Double], keep: [Bool], fill: Double = 0.97) -> [Int] {
        let limit = pageHeight * fill
        var breaks: [Int] = []
        var y = 0.0
        var i = 0
        while i < heights.count {
            // The run of rows that must stay together from here.
            var end = i
            var runHeight = heights[i]
            while end < heights.count - 1 && keep[end] { end += 1; runHeight += heights[end] }
            // A run taller than a page goes row by row.
            if repeated + runHeight > limit { end = i; runHeight = heights[i] }
            let top = breaks.isEmpty ? 0 : repeated
            if y + runHeight > limit && y > top + 0.5 {
                breaks.append(i)
                y = repeated
            }
            y += runHeight
            i = end + 1
        }
        return breaks
    }
}
