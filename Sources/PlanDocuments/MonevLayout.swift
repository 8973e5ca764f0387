/// The Laporan Monev's columns and type on paper: every text at least 8 pt when printed, on F4 and A4.
///
/// The report keeps all fifteen columns of MONEV.md (eighteen in the year report) and gets its room by
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
    /// Side margins of the printed page, in inches.
    public static let side = 0.4, top = 0.5, bottom = 0.6

    /// The columns' shares in spreadsheet character units (before fitting to the paper).
    public static func columnWidths(yearly: Bool) -> [Double] {
        // Each column at least as wide as its heading's longest word at 8 pt bold (KUMULATIF, PENANGGUNG).
        [3.5, 13, 19, 24, 7.5, 10.5] + (yearly ? Array(repeating: 6.5, count: 5) : [8, 10.5])
            + [9.5, 12, 9, 9, 11.5, 8.5, 8]
    }

    /// `widths` narrowed (or widened) so the table is exactly the printable width of `paper` in landscape.
    public static func fitted(_ widths: [Double], paper: Paper) -> [Double] {
        // LibreOffice draws columns wider than Excel does: the table must fit there too.
        let printable = ((paper.millimetres.height / 25.4 - 2 * side) * 72 - 2) / LampiranLayout.libreOfficeWidth
        // A column of w units is (7w + 5) px of 0.75 pt.
        let fixed = Double(widths.count) * 5 * 0.75
        let factor = (printable - fixed) / (widths.reduce(0, +) * 7 * 0.75)
        return widths.map { ($0 * factor * 100).rounded(.down) / 100 }
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
