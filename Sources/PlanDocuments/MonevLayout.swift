/// The Laporan Monev's columns and type on paper: every text at least 8 pt when printed, on F4 and A4.
///
/// The report keeps the fifteen columns of MONEV.md (the year report: one capaian column per Triwulan, and
/// each Triwulan's kendala, tindak lanjut and tenggat in one column, sixteen in all) and gets its room by
/// printing at 100 %: the columns are narrowed to the paper's printable width instead of the page being
/// shrunk to fit them, so the body stays 8.5 pt and the header 8 pt on either paper; the long texts wrap
/// onto more lines (more pages on A4), which a reviewer prefers to type too small to sign.
public enum MonevLayout {
    /// The body's and the header's font sizes in points (printed as they are: no scaling).
    public static let fontSize = 8.5
    public static let headerSize = 8.0
    /// One line of the body's text, and the room above and below it in a cell.
    public static let lineHeight = 8.8
    public static let cellPadding = 4.0
    /// The distance between two lines of the body's text as LibreOffice prints them (measured on its PDF):
    /// less than `lineHeight`, which keeps a little room in every row.
    public static let printedPitch = 8.504
    /// Side margins of the printed page, in inches.
    public static let side = 0.4, top = 0.5, bottom = 0.6

    /// The columns' shares in spreadsheet character units (before fitting to the paper).
    public static func columnWidths(yearly: Bool) -> [Double] {
        // Each column at least as wide as its heading's longest word at 8 pt bold (KUMULATIF, PENANGGUNG).
        yearly
            ? [4, 13, 18.5, 22, 8, 10.5] + [6, 6, 6, 6, 7] + [11, 12, 17, 12.5, 9]
            : [4, 13, 18.5, 23, 8, 10.5] + [8, 10.5] + [11, 12, 9, 9, 12.5, 9.5, 9]
    }

    /// The TENGGAT column's label: at least as wide as the longest date it holds.
    static let tenggatLabel = "TENGGAT"

    /// The printable width of `paper` in landscape, in points, less a little for rounding.
    public static func printable(_ paper: Paper) -> Double {
        (paper.millimetres.height / 25.4 - 2 * side) * 72 - 4
    }

    /// Each column's printed width in points: the shares of `widths` over the page, but never narrower than
    /// its heading's longest word at 8 pt bold (and a figure column's `100,0%`), the room taken from the widest columns.
    /// `widestDate` is the longest date the TENGGAT column holds (a workbook's date cell never wraps).
    public static func columnPoints(_ widths: [Double], labels: [String], paper: Paper, widestDate: String = "") -> [Double] {
        let page = printable(paper)
        let total = widths.reduce(0, +)
        var points = widths.map { $0 / total * page }
        let least = labels.map { label in
            max(label.split(separator: " ").map { TextMeasure.width(String($0), size: headerSize, bold: true) }.max() ?? 0,
                label.hasPrefix("%") || label.hasPrefix("TW") ? TextMeasure.width("100,0%", size: fontSize) : 0,
                // A tenggat is a date cell in the workbook, which never wraps: too narrow, a spreadsheet shows `###`.
                label == tenggatLabel ? TextMeasure.width(widestDate, size: fontSize) : 0) * 1.05 + 6
        }
        for _ in 0..<4 {
            let short = points.indices.filter { points[$0] < least[$0] }
            guard !short.isEmpty else { break }
            var needed = 0.0
            for i in short { needed += least[i] - points[i]; points[i] = least[i] }
            // Taken from the columns with room to spare (70 pt and 20 pt over their own least), in proportion.
            let wide = points.indices.filter { points[$0] > max(70, least[$0] + 20) }
            let room = wide.reduce(0) { $0 + points[$1] }
            guard room > 0 else { break }
            for i in wide { points[i] -= needed * points[i] / room }
        }
        // Never wider than the page, whatever the headings ask.
        let sum = points.reduce(0, +)
        return sum > page ? points.map { $0 * page / sum } : points
    }

    /// `points` as spreadsheet column widths, as LibreOffice draws them ((7w + 5) px of 0.75 pt, 7 % wider).
    public static func units(_ points: [Double]) -> [Double] {
        points.map { (($0 / (0.75 * LampiranLayout.libreOfficeWidth) - 5) / 7 * 100).rounded(.down) / 100 }
    }

    /// The lines `text` takes in a column `width` units wide at `size`.
    public static func lines(_ text: String, width: Double, size: Double = fontSize, bold: Bool = false) -> Int {
        TextMeasure.lineCount(text, points: LampiranLayout.points(width: width) * LampiranLayout.libreOfficeWidth - 4, size: size, bold: bold)
    }

    /// The height of a row whose tallest cell takes `lines` lines.
    public static func height(lines: Int) -> Double {
        Double(lines) * lineHeight + cellPadding
    }
}
