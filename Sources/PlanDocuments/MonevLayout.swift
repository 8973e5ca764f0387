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
    /// 6 pt: 3 above the tallest text of a row (its cells in the middle), which stood tight under the border at 4.
    public static let cellPadding = 6.0
    /// The distance between two lines of the body's text as LibreOffice prints them (measured on its PDF):
    /// less than `lineHeight`, which keeps a little room in every row.
    public static let printedPitch = 8.504
    /// Side margins of the printed page, in inches.
    public static let side = 0.4, top = 0.5, bottom = 0.6

    /// The columns' shares in spreadsheet character units (before fitting to the paper).
    public static func columnWidths(yearly: Bool) -> [Double] {
        // Each column at least as wide as its heading's longest word at 8 pt bold (KUMULATIF, PENANGGUNG).
        yearly
            ? [4, 13, 18.5, 22, 8, 10.5] + [6, 6, 6, 6, 7] + [11, 12, 12.5]
            : [4, 13, 18.5, 23, 8, 10.5] + [8, 10.5] + [11, 12, 12.5]
    }

    /// The printable width of `paper` in landscape, in points, less a little for rounding.
    public static func printable(_ paper: Paper) -> Double {
        (paper.millimetres.height / 25.4 - 2 * side) * 72 - 4
    }

    /// The widest word a text column is made room for, in points at the body's size (about `Pertanggungjawaban,`):
    /// a longer one (a URL, a file name) breaks inside anyway, so it asks for no room.
    public static let widestWordCap = 110.0

    /// Each column's printed width in points: the shares of `widths` over the page, but never narrower than its
    /// heading's longest word at 8 pt bold (and a figure column's `100,0%`), and, as far as the page allows, than the
    /// widest word it holds (`words`: each column's words' widths in points; a narrow KENDALA printed
    /// `Penyelenggaraa|n`). A column keeps the room its own words need, up to its share; the narrow ones get what the
    /// others have over that, up to a cap on the word (`wordCap`). Without `words` only the headings count.
    /// `under`: labels of a block printed under the table in the columns from the fifth on, one each (the recap's
    /// headings), whose widest words the columns hold too.
    public static func columnPoints(_ widths: [Double], labels: [String], paper: Paper, words: [[Double]] = [],
                                    under: [String] = []) -> [Double] {
        fit(widths, labels: labels, paper: paper, words: words, under: under).points
    }

    /// The widest word every column holding words has room for (`columnPoints`): where the page cannot give each column
    /// its widest word, the cap comes down from `widestWordCap` until the columns fit, and a word wider may break.
    public static func wordCap(_ widths: [Double], labels: [String], paper: Paper, words: [[Double]] = [],
                               under: [String] = []) -> Double {
        let points = fit(widths, labels: labels, paper: paper, words: words, under: under).points
        // A column holding all its words whole sets no limit, nor does NO. (its numbers are centred, never broken).
        let caps = points.indices.dropFirst().compactMap { i -> Double? in
            let room = (points[i] - textMargins - 4) / wordSlack
            return i < words.count && (words[i].max() ?? 0) > room ? room : nil
        }
        return caps.min() ?? widestWordCap
    }

    /// The columns' points and the cap the word widths came down to.
    static func fit(_ widths: [Double], labels: [String], paper: Paper, words: [[Double]], under: [String] = [])
        -> (points: [Double], cap: Double) {
        let page = printable(paper)
        let total = widths.reduce(0, +)
        var points = widths.map { $0 / total * page }
        func widest(_ label: String) -> Double {
            label.split(separator: " ").map { TextMeasure.width(String($0), size: headerSize, bold: true) }.max() ?? 0
        }
        let headings = labels.enumerated().map { column, label in
            max(widest(label), label.hasPrefix("%") || label.hasPrefix("TW") ? TextMeasure.width("100,0%", size: fontSize) : 0,
                (4..<(4 + under.count)).contains(column) ? widest(under[column - 4]) : 0) * 1.05 + 6
        }
        // Without words (the year report), as before: the short columns from the columns with room to spare (70 pt
        // and 20 pt over their own least), in proportion.
        if words.isEmpty {
            for _ in 0..<4 {
                let short = points.indices.filter { points[$0] < headings[$0] }
                guard !short.isEmpty else { break }
                var needed = 0.0
                for i in short { needed += headings[i] - points[i]; points[i] = headings[i] }
                let wide = points.indices.filter { points[$0] > max(70, headings[$0] + 20) }
                let room = wide.reduce(0) { $0 + points[$1] }
                guard room > 0 else { break }
                for i in wide { points[i] -= needed * points[i] / room }
            }
            let sum = points.reduce(0, +)
            return (sum > page ? points.map { $0 * page / sum } : points, 0)
        }
        // A word, a little more (LibreOffice and Chromium print a word wider than URW Bookman's widths add up to, by up
        // to 5 %: `Profesionalisme` broke in a column 6 pt wider than it), and the cell's inner margins. Each column's
        // words up to the cap, widest first.
        let sorted = headings.indices.map { c in c < words.count ? words[c].filter { $0 <= widestWordCap }.sorted(by: >) : [] }
        // How many of its widest words each column gives up (they may break inside: each is wider than its column).
        var given = Array(repeating: 0, count: headings.count)
        func least(_ c: Int) -> Double {
            max(headings[c], given[c] < sorted[c].count ? wordRoom(sorted[c][given[c]]) : 0)
        }
        // While the page cannot give every column its widest word, the column asking most for a word gives that word up
        // (never a narrow column's word for a wide column's: one cap for all had left KENDALA 48 pt wide).
        var leastPoints = headings.indices.map(least)
        while leastPoints.reduce(0, +) > page {
            let asking = headings.indices.filter { given[$0] < sorted[$0].count && leastPoints[$0] > headings[$0] }
            guard let widest = asking.max(by: { leastPoints[$0] < leastPoints[$1] }) else { break }
            given[widest] += 1
            leastPoints[widest] = least(widest)
        }
        let cap = headings.indices.compactMap { c in given[c] > 0 ? sorted[c][given[c] - 1] : nil }.min() ?? widestWordCap
        // Never wider than the page, whatever the headings ask.
        let sum = leastPoints.reduce(0, +)
        if sum >= page { return (leastPoints.map { $0 * page / sum }, 0) }
        // The short columns up to their least, the room taken from each other column in proportion to what it has
        // over its own least (the page's width leaves enough of it).
        var needed = 0.0
        for i in points.indices where points[i] < leastPoints[i] { needed += leastPoints[i] - points[i]; points[i] = leastPoints[i] }
        let spare = points.indices.map { max(0, points[$0] - leastPoints[$0]) }
        let room = spare.reduce(0, +)
        if needed > 0 && room > 0 { for i in points.indices { points[i] -= needed * spare[i] / room } }
        return (points, cap)
    }

    /// The width a column needs to print a word `width` points wide on one line.
    public static func wordRoom(_ width: Double) -> Double {
        width > 0 ? width * wordSlack + textMargins + 4 : 0
    }
    static let wordSlack = 1.08
    /// A text cell's inner margins in points, as its lines are measured: the workbook's one-level indent at the left
    /// (about 7 pt, `textIndent`) and LibreOffice's own 2 pt a side (a word is given 4 pt more, `wordRoom`).
    public static let textMargins = 11.0
    /// The workbook's text cells are indented one level: an inner margin between the left border and the text.
    public static let textIndent: UInt8 = 1

    /// The widths of the words of `text` at `size`, in points, into `widths`: words end at spaces and line feeds, and
    /// after a `-` (where LibreOffice and Chromium may break a line, as `TextMeasure.lineCount` wraps); a slash does not
    /// end a word, since the workbook holds the plan's text as it is and LibreOffice breaks no line after it.
    public static func wordWidths(_ text: String, size: Double = fontSize, into widths: inout Set<Double>) {
        var word = 0
        func end() {
            if word > 0 { widths.insert(Double(word) * size / 1000 * TextMeasure.slack) }
            word = 0
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case " ", "\n", "\t":
                end()
            case "-":
                word += TextMeasure.width(scalar, bold: false)
                end()
            default:
                word += TextMeasure.width(scalar, bold: false)
            }
        }
        end()
    }

    /// `text` with a zero-width space after each `/` inside a word (`5/ORT.07/9204/2022`, `Perundangan/Deregulasi`),
    /// where the html allows a line break (`<wbr>`): Chromium breaks none before a digit by itself. Never in a
    /// workbook's cell, whose text is the plan's exactly (a search for `2/ORT` finds it).
    public static func breakable(_ text: String) -> String {
        guard text.utf8.contains(0x2F) else { return text }
        var out = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        for (i, scalar) in scalars.enumerated() {
            out.append(scalar)
            if scalar == "/", i > 0, i + 1 < scalars.count, !scalars[i - 1].properties.isWhitespace,
               scalars[i + 1].properties.isAlphabetic || scalars[i + 1].properties.numericType != nil || scalars[i + 1] == "(" {
                out.append("\u{200B}")
            }
        }
        return String(out)
    }

    /// `points` as spreadsheet column widths, as LibreOffice draws them ((7w + 5) px of 0.75 pt, 7 % wider).
    public static func units(_ points: [Double]) -> [Double] {
        points.map { (($0 / (0.75 * LampiranLayout.libreOfficeWidth) - 5) / 7 * 100).rounded(.down) / 100 }
    }

    /// The lines `text` takes in a column `width` units wide at `size`.
    /// `indented`: a text cell, whose indent takes room from the text (a header or a figure is centred, without).
    /// A table cell's text as the workbook holds it: a word wider than its column (`width` units) breakable after its
    /// slash (`DocumentText.breakable(_:wordsWiderThan:size:)`: LibreOffice breaks no line after `/`), every other
    /// word as typed.
    public static func cellText(_ text: String, width: Double, size: Double = fontSize) -> String {
        DocumentText.breakable(text, wordsWiderThan: LampiranLayout.points(width: width) * LampiranLayout.libreOfficeWidth * 0.95
                                   - textMargins, size: size)
    }

    public static func lines(_ text: String, width: Double, size: Double = fontSize, bold: Bool = false, indented: Bool = false) -> Int {
        TextMeasure.lineCount(text, points: LampiranLayout.points(width: width) * LampiranLayout.libreOfficeWidth - (indented ? textMargins : 4),
                              size: size, bold: bold)
    }

    /// The height of a row whose tallest cell takes `lines` lines.
    public static func height(lines: Int) -> Double {
        Double(lines) * lineHeight + cellPadding
    }
}
