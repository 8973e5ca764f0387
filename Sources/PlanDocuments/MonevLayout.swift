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

    /// The columns' shares in spreadsheet character units (before fitting to the paper), for a layout without its texts'
    /// lines (`columnPoints` without `longest`): the Laporan's columns are sized by their texts (`balance`).
    public static func columnWidths(yearly: Bool) -> [Double] {
        // Each column at least as wide as its heading's longest word at 8 pt bold (KUMULATIF, PENANGGUNG), and as its
        // widest word (`fit`). The year's Triwulan columns hold a figure or a dash: their shares are small, the room goes to
        // the long texts, whose rows are the report's height (the year on F4 two pages fewer).
        yearly
            ? [4, 13, 18.5, 22, 8, 10.5] + [5, 4, 4, 4, 6] + [11, 12, 12.5]
            : [4, 13, 18.5, 23, 8, 10.5] + [8, 10.5] + [11, 12, 12.5]
    }

    /// The printable width of `paper` in landscape, in points, less a little for rounding.
    public static func printable(_ paper: Paper) -> Double {
        (paper.millimetres.height / 25.4 - 2 * side) * 72 - 4
    }

    /// The widest word a text column is made room for, in points at the body's size (about `Pertanggungjawaban,`):
    /// a longer one (a URL, a file name) breaks inside anyway, so it asks for no room.
    public static let widestWordCap = 110.0

    /// Each column's printed width in points: with `longest`, its least and the page's rest by its texts (`balance`); else
    /// the shares of `widths` over the page. Never narrower than its
    /// heading's longest word at 8 pt bold with room either side, and, as far as the page allows, than the widest word it
    /// holds (`words`: each column's words' widths in points, `wordWidths`; a narrow KEGIATAN printed
    /// `perundangundanga|n`). Where the page cannot hold every column's widest word, the widest of them all is given up
    /// first (it may break inside), then the next. A heading of several words gets room to stand on one line, or is
    /// narrow enough to wrap, never just wide enough to touch its borders (`% CAPAIAN` on A4). Without `words` a
    /// figure column (`TW I`, `% …`) keeps room for `100,0%`. `under`: labels of a block printed under the table in the
    /// columns from the fifth on, one each (the recap's headings), whose widest words the columns hold too.
    /// `longest`: each column's longest text on one line in points (`pieceWidths`); with it the columns are sized as a
    /// browser's automatic table layout does (`balance`), the shares of `widths` kept only for want of it.
    public static func columnPoints(_ widths: [Double], labels: [String], paper: Paper, words: [[Double]] = [],
                                    under: [String] = [], longest: [Double] = []) -> [Double] {
        fit(widths, labels: labels, paper: paper, words: words, under: under, longest: longest).points
    }

    /// The widest word every column holding words has room for (`columnPoints`): where the page cannot give each column
    /// its widest word, the cap comes down from `widestWordCap` until the columns fit, and a word wider may break.
    public static func wordCap(_ widths: [Double], labels: [String], paper: Paper, words: [[Double]] = [],
                               under: [String] = [], longest: [Double] = []) -> Double {
        fit(widths, labels: labels, paper: paper, words: words, under: under, longest: longest).cap
    }

    /// The columns' points and the widest word every column has room for (`widestWordCap` when none gave one up).
    static func fit(_ widths: [Double], labels: [String], paper: Paper, words: [[Double]], under: [String] = [],
                    longest: [Double] = []) -> (points: [Double], cap: Double) {
        let page = printable(paper)
        let total = widths.reduce(0, +)
        let count = widths.count
        func label(_ column: Int) -> String { column < labels.count ? labels[column] : "" }
        // Each heading's least: its widest word (or a recap heading's under it), a figure column's `100,0%` when the
        // column's words are not known; and the room its whole label takes on one line.
        let headings = (0..<count).map { column -> Double in
            let text = label(column)
            let figure = column >= words.count && (text.hasPrefix("%") || text.hasPrefix("TW"))
            return max(headingRoom(widestWord(text)), figure ? figureRoom(TextMeasure.width("100,0%", size: fontSize)) : 0,
                       (4..<(4 + under.count)).contains(column) ? headingRoom(widestWord(under[column - 4])) : 0)
        }
        // A column's words, widest first, as far as the cap; NO. and the figure columns are centred, without an indent.
        let centred = (0..<count).map { column in column == 0 || label(column).hasPrefix("%") || label(column).hasPrefix("TW") }
        let sorted = (0..<count).map { c in c < words.count ? words[c].filter { $0 <= widestWordCap }.sorted(by: >) : [] }
        var given = Array(repeating: 0, count: count)
        func least(_ c: Int) -> Double {
            guard given[c] < sorted[c].count else { return headings[c] }
            let word = sorted[c][given[c]]
            return max(headings[c], centred[c] ? figureRoom(word) : wordRoom(word))
        }
        // While the page cannot give every column its widest word, the column asking most for a word gives that word up.
        var leastPoints = (0..<count).map(least)
        while leastPoints.reduce(0, +) > page {
            let asking = (0..<count).filter { given[$0] < sorted[$0].count && leastPoints[$0] > headings[$0] }
            guard let widest = asking.max(by: { leastPoints[$0] < leastPoints[$1] }) else { break }
            given[widest] += 1
            leastPoints[widest] = least(widest)
        }
        let cap = (0..<count).compactMap { c in given[c] > 0 ? sorted[c][given[c] - 1] : nil }.min() ?? widestWordCap
        // Never wider than the page, whatever the headings ask.
        let sum = leastPoints.reduce(0, +)
        if sum >= page { return (leastPoints.map { $0 * page / sum }, cap) }
        var points: [Double]
        if longest.isEmpty {
            points = widths.map { $0 / total * page }
            share(&points, least: leastPoints)
        } else {
            // Each column's most: its longest text on one line with its margins (a figure column: its widest figure).
            let most = (0..<count).map { c -> Double in
                let line = c < longest.count ? min(longest[c], widestLineCap) : 0
                return max(leastPoints[c], centred[c] ? figureRoom(line) : wordRoom(line))
            }
            points = balance(least: leastPoints, most: most, page: page)
        }
        // A heading of several words just narrower than its one line with room (LibreOffice prints it on one line against
        // its borders): the column narrowed to wrap it, its room to the other columns (the text columns' rows get shorter,
        // and the heading's row is as tall as INDIKATOR KEBERHASILAN's two lines anyway), or, where its widest word needs
        // that room, widened to hold the line. Twice: the room one gives may bring another just short.
        for _ in 0..<2 {
            for c in 0..<count where label(c).contains(" ") {
                let line = TextMeasure.width(label(c), size: headerSize, bold: true)
                guard points[c] < headingRoom(line) - 0.01, points[c] > line - 1 else { continue }
                if line - 1 >= leastPoints[c] {
                    let freed = points[c] - (line - 1)
                    points[c] = line - 1
                    leastPoints[c] = points[c]
                    // To the columns clear of this question (a heading of one word, or a line with room to spare).
                    let others = (0..<count).filter { i in
                        i != c && (!label(i).contains(" ")
                                   || points[i] >= headingRoom(TextMeasure.width(label(i), size: headerSize, bold: true)) + 8)
                    }
                    let takers = others.isEmpty ? (0..<count).filter { $0 != c } : others
                    let shares = takers.reduce(0) { $0 + points[$1] }
                    for i in takers { points[i] += freed * points[i] / shares }
                } else {
                    // Only where the page holds it; else the label stays as it is (a page too narrow for its headings).
                    var wanted = leastPoints
                    wanted[c] = headingRoom(line)
                    guard wanted.reduce(0, +) <= page else { continue }
                    leastPoints = wanted
                    share(&points, least: leastPoints)
                }
            }
        }
        return (points, cap)
    }

    /// A browser's automatic table layout: every column its `least`, the rest of the `page` shared in proportion to what
    /// each column's one-line text needs over its least (`most − least`), so the long texts get the room and a figure
    /// column stays as narrow as its figure. Where every column's `most` fits, the room left goes in proportion to `most`.
    static func balance(least: [Double], most: [Double], page: Double) -> [Double] {
        let room = page - least.reduce(0, +)
        let wanted = least.indices.map { max(0, most[$0] - least[$0]) }
        let asked = wanted.reduce(0, +)
        if asked > room {
            return least.indices.map { least[$0] + room * wanted[$0] / asked }
        }
        let total = most.reduce(0, +)
        return total > 0 ? most.map { $0 + (room - asked) * $0 / total } : least
    }

    /// A line longer than this counts as this long (a column's one-line text only weighs its share of the page).
    static let widestLineCap = 5_000.0

    /// `points` raised to `least` where short, the room taken from each other column in proportion to what it has over
    /// its own least (the page's width leaves enough of it).
    static func share(_ points: inout [Double], least: [Double]) {
        var needed = 0.0
        for i in points.indices where points[i] < least[i] { needed += least[i] - points[i]; points[i] = least[i] }
        let spare = points.indices.map { max(0, points[$0] - least[$0]) }
        let room = spare.reduce(0, +)
        if needed > 0 && room > 0 { for i in points.indices { points[i] -= needed * spare[i] / room } }
    }

    /// The widest word of a heading at 8 pt bold.
    static func widestWord(_ label: String) -> Double {
        label.split(separator: " ").map { TextMeasure.width(String($0), size: headerSize, bold: true) }.max() ?? 0
    }

    /// The width a column needs to print a word `width` points wide on one line in a text cell: LibreOffice starts the
    /// text 8.6 pt from the left border (the indent and its own margin) and ends it up to 1 pt before the right one,
    /// printing URW Bookman at its widths (Chromium: 2.8 pt a side); 2 % and 1.4 pt more kept for rounding.
    public static func wordRoom(_ width: Double) -> Double {
        width > 0 ? width * wordSlack + textMargins : 0
    }
    /// The width a centred cell (a figure, NO., a heading's line) needs for a text `width` points wide, with at least
    /// 2 pt clear of each border as printed (LibreOffice keeps about 1 pt a side of its own, Chromium 2.5).
    public static func figureRoom(_ width: Double) -> Double {
        width > 0 ? width * wordSlack + 6 : 0
    }
    /// A heading's line or word at 8 pt bold with its room: as a figure's.
    public static func headingRoom(_ width: Double) -> Double { figureRoom(width) }
    static let wordSlack = 1.02
    /// A text cell's inner margins in points, as its lines are measured: the workbook's one-level indent at the left
    /// (about 7 pt, `textIndent`) and LibreOffice's own 2 pt a side.
    public static let textMargins = 11.0
    /// The workbook's text cells are indented one level: an inner margin between the left border and the text.
    public static let textIndent: UInt8 = 1

    /// The widths of the words of `text` at `size`, in points, into `widths`: words end at spaces and line feeds, after
    /// a `-` (where LibreOffice and Chromium may break a line, as `TextMeasure.lineCount` wraps), and after a `/` between
    /// two letters (`Menyempurnakan/mengubah`), where the html allows a break (`<wbr>`) and the workbook does in a word
    /// wider than its column (`cellText`). Any other slash does not end a word (`3/ORT.07/9204/2022`): the workbook
    /// holds such a number as it is, and LibreOffice breaks no line after it.
    public static func wordWidths(_ text: String, size: Double = fontSize, into widths: inout Set<Double>) {
        eachWord(text) { widths.insert(Double($0) * size / 1000 * TextMeasure.slack) }
    }

    /// The widest word of `text` at `size` no wider than `cap` points (0: none), words as `wordWidths` ends them,
    /// without a set: the html LAMPIRAN asks it of every cell of 100,000 rows (a set each took 0.8 s of its 2.2).
    public static func widestWord(_ text: String, size: Double = fontSize, cap: Double) -> Double {
        let scale = size / 1000 * TextMeasure.slack
        var widest = 0.0
        eachWord(text) { let width = Double($0) * scale; if width <= cap && width > widest { widest = width } }
        return widest
    }

    /// Calls `body` with the width of each word of `text` in thousandths of the size (`wordWidths`).
    @inline(__always)
    static func eachWord(_ text: String, _ body: (Int) -> Void) {
        var word = 0
        func end() {
            if word > 0 { body(word) }
            word = 0
        }
        var previous: Unicode.Scalar = " "
        var scalars = text.unicodeScalars.makeIterator()
        var next = scalars.next()
        while let scalar = next {
            next = scalars.next()
            switch scalar {
            case " ", "\n", "\t":
                end()
            case "-":
                word += TextMeasure.width(scalar, bold: false)
                end()
            case "/" where previous.properties.isAlphabetic && next?.properties.isAlphabetic == true:
                word += TextMeasure.width(scalar, bold: false)
                end()
            default:
                word += TextMeasure.width(scalar, bold: false)
            }
            previous = scalar
        }
        end()
    }

    /// What a marker joined to its word asks beyond its width: the workbook's room at a line's end (4 pt,
    /// `MonevBook.rightRoom`), so `(4) Laporan` prints 2.5 pt at least off the border (it stood 1.8 pt from it).
    public static let markerRoom = 4.0

    /// The widths of the least pieces of `text` at `size` in points, into `pieces`, and its longest line into `longest`:
    /// the pieces a line may end after in both printed formats, a word ending at a space, a line feed or a `-`, and a
    /// compound at a slash (`3/ORT.07/9204/2022`, `Perundangan/Deregulasi`: a word wider than its column breaks after
    /// its slashes, `breakable`); a numbered item's marker (`1)`, `a.`) held with the word after it (`1) Pembentukan`),
    /// so a column made room for its pieces never leaves the marker alone on a line.
    public static func pieceWidths(_ text: String, size: Double = fontSize, into pieces: inout Set<Double>,
                                   longest: inout Double) {
        let scale = size / 1000 * TextMeasure.slack
        let space = TextMeasure.width(" " as Unicode.Scalar, bold: false)
        var piece = 0, line = 0, characters = 0, marker = 0
        // The piece so far is a marker's beginning (`12`, `a`, `(3`), `closed` by its `)` or `.`.
        var shaped = true, closed = false
        func end(atSpace: Bool) {
            if piece > 0 {
                if atSpace && marker == 0 && shaped && closed {
                    marker = piece + space
                } else {
                    // A marker and its word print as one line (`DocumentText.markerJoined`), which the workbook ends
                    // `markerRoom` off the right border as every line of two words.
                    pieces.insert(Double(marker + piece) * scale + (marker > 0 ? markerRoom : 0))
                    marker = 0
                }
            } else if marker > 0 && !atSpace {
                pieces.insert(Double(marker - space) * scale)
                marker = 0
            }
            piece = 0
            characters = 0
            shaped = true
            closed = false
        }
        var previous: Unicode.Scalar = " "
        var scalars = text.unicodeScalars.makeIterator()
        var next = scalars.next()
        while let scalar = next {
            next = scalars.next()
            let width = TextMeasure.width(scalar, bold: false)
            switch scalar {
            case " ", "\t":
                line += space
                end(atSpace: true)
            case "\n":
                longest = max(longest, Double(line) * scale)
                line = 0
                end(atSpace: false)
            case "-":
                piece += width
                line += width
                end(atSpace: false)
            case "/" where !previous.properties.isWhitespace
                && (next.map { $0.properties.isAlphabetic || $0.properties.numericType != nil || $0 == "(" } ?? false):
                piece += width
                line += width
                end(atSpace: false)
            default:
                piece += width
                line += width
                if shaped {
                    if closed { shaped = false }
                    else if scalar == ")" || scalar == "." { closed = characters > 0 }
                    else if scalar == "(" { shaped = characters == 0 }
                    else if scalar.properties.numericType != nil { shaped = characters < 3 }
                    else { shaped = characters == 0 && scalar.properties.isAlphabetic }
                    if !closed && (scalar == ")" || scalar == ".") { shaped = false }
                }
                characters += 1
            }
            previous = scalar
        }
        end(atSpace: false)
        if marker > 0 { pieces.insert(Double(marker - space) * scale) }
        longest = max(longest, Double(line) * scale)
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

    /// `text` with a zero-width space after the slashes (`breakable`) of each word wider than `points` at `size` only: the
    /// html's table cells, as the workbook's (`cellText`), keep a number or an `a/b` compound their column holds whole
    /// (`012/LHKPN/I/2022`, not `012/` at a line's end), and break a wider one after its slashes.
    public static func breakable(_ text: String, wordsWiderThan points: Double, size: Double = fontSize) -> String {
        DocumentText.breakingWords(text, widerThan: points, size: size, with: breakable)
    }

    /// `points` as spreadsheet column widths, as LibreOffice draws them ((7w + 5) px of 0.75 pt, 7 % wider).
    /// A whole number of pixels each, the width a spreadsheet stores (`(int(7w + 0.5) + 5) / 7`), so the workbook measures
    /// its text in the columns LibreOffice draws (two decimals had them up to a pixel apart, and a merged text a line short).
    public static func units(_ points: [Double]) -> [Double] {
        points.map { ((($0 / (0.75 * LampiranLayout.libreOfficeWidth)).rounded(.down) - 5 + 0.001) / 7 * 10_000).rounded() / 10_000 }
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
