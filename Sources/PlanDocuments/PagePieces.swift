import RencanaText

/// A merged cell (an area, a KEGIATAN, a SUB KEGIATAN) whose rows run over a page break, cut at the break into one
/// merged cell per page, each holding whole lines of its text. LibreOffice prints a merged cell over a break as one
/// box clipped at the page's foot and again under the next page's repeated header, so a line of text crossing the
/// break was sliced in two (issue 21). Pure: the workbooks say where their pages break (`PageFlow`).
public enum PagePieces {
    /// The sheet rows `first...last` cut before each of `breaks` (rows that start a page, in ascending order) inside
    /// them. The breaks inside are found by a binary search: every merged cell of a 100,000-row sheet asks.
    public static func ranges(first: Int, last: Int, breaks: [Int]) -> [ClosedRange<Int>] {
        var out: [ClosedRange<Int>] = []
        var start = first
        var low = 0, high = breaks.count
        while low < high {
            let middle = (low + high) / 2
            if breaks[middle] <= first { low = middle + 1 } else { high = middle }
        }
        for row in breaks[low...] {
            guard row <= last else { break }
            guard row > start else { continue }
            out.append(start...(row - 1))
            start = row
        }
        out.append(start...max(start, last))
        return out
    }

    /// A merged cell over sheet rows `first...last` cut at the page `breaks`: each piece's rows and the whole lines of
    /// `text` it holds (`texts`, at `lineHeight` with `padding`, `points` wide at `size`); `height` gives a piece's
    /// rows' height. With `repeating`, every piece holds the text as it is (a number); with `restOnly`, a piece after
    /// the text's end holds nothing (for a workbook asking only whether its last piece's rows hold the rest).
    public static func cut(_ text: String, first: Int, last: Int, breaks: [Int], height: (ClosedRange<Int>) -> Double,
                           lineHeight: Double, padding: Double, points: Double, size: Double,
                           repeating: Bool = false, restOnly: Bool = false) -> [(rows: ClosedRange<Int>, text: String)] {
        let ranges = Self.ranges(first: first, last: last, breaks: breaks)
        guard ranges.count > 1 else { return [(first...max(first, last), text)] }
        let capacities = ranges.map { capacity([height($0)], lineHeight: lineHeight, padding: padding) }
        let texts = repeating ? Array(repeating: text, count: ranges.count)
            : Self.texts(text, capacities: capacities, points: points, size: size, restOnly: restOnly)
        return Array(zip(ranges, texts))
    }

    /// The share of a cell's width the text of a piece is measured in (see `texts`).
    public static let widthShare = 0.93

    /// The lines a piece of rows `heights` tall holds at `lineHeight` with `padding` around the text (at least one).
    public static func capacity(_ heights: some Sequence<Double>, lineHeight: Double, padding: Double) -> Int {
        max(1, Int(((heights.reduce(0, +) - padding) / lineHeight).rounded(.down)))
    }

    /// The text of each piece, for pieces holding `capacities` lines `points` wide at `size`: the text's whole lines
    /// in order, as many as each holds (the last takes the rest), a piece that goes on from the middle of the text
    /// opening with `(lanjutan)`; a piece after the text's end holds it again marked `(lanjutan)`, shortened with `…`
    /// to fit, or the mark alone. A reviewer read a piece starting mid-sentence on a new page as a text of its own
    /// (issue 21, LAMPIRAN F4 p. 15: "pengelola 7) Penilaian Kinerja …").
    public static func texts(_ text: String, capacities: [Int], points: Double, size: Double, bold: Bool = false,
                             restOnly: Bool = false) -> [String] {
        // Measured a little narrower than the cell: a spreadsheet printed smaller than 100 % (the A4 LAMPIRAN at about
        // 81 %) wraps a few words earlier than the measure, and a piece's last line must not be pushed past its rows.
        func lines(_ s: String) -> Int { TextMeasure.lineCount(s, points: points * widthShare, size: size, bold: bold) }
        var rest = ArraySlice(text.split(separator: " ", omittingEmptySubsequences: false).map(String.init))
        var out: [String] = []
        for (index, capacity) in capacities.enumerated() {
            if rest.isEmpty {
                out.append(restOnly ? "" : continued(text, capacity: capacity, lines: lines))
                continue
            }
            // A piece after the first goes on from the middle of the text: it says so.
            let lead = index > 0 ? continuedLead : ""
            let whole = lead + rest.joined(separator: " ")
            if index == capacities.count - 1 || lines(whole) <= capacity {
                out.append(whole)
                rest = []
                continue
            }
            // The most words that fit: the first `capacity` lines of the text as it wraps (at least one word).
            let count = most(rest.count, from: 1) { lines(lead + rest.prefix($0).joined(separator: " ")) <= capacity }
            out.append(lead + rest.prefix(count).joined(separator: " "))
            rest = rest.dropFirst(count)
        }
        return out
    }

    /// The largest `n` in `least...limit` for which `fits(n)` holds (`least` when none above it does), `fits` holding
    /// for every `n` up to some point and for none after: a binary search, since a long text measured word by word
    /// cost a line count per word (the LAMPIRAN of 100,000 rows spent a tenth of its export there).
    static func most(_ limit: Int, from least: Int, _ fits: (Int) -> Bool) -> Int {
        var low = least, high = limit
        while low < high {
            let middle = (low + high + 1) / 2
            if fits(middle) { low = middle } else { high = middle - 1 }
        }
        return low
    }

    /// A text of this many lines or fewer is never cut over a page break (as the html's `HTMLPaging.shortLines`): it
    /// is printed whole on its first page and repeated shortened with `(lanjutan)` on the next.
    public static let shortLines = 4
    /// The fewest lines a piece of a cut text keeps (`HTMLPaging.partLines`): a reviewer read a piece of one or two
    /// lines ("(lanjutan) dalam pelayanan publik;") as a sliver.
    public static let partLines = 3

    /// The lines the first piece of a text of `lines` lines cut at a page break must hold when it holds `capacity`:
    /// the whole text when it is short or the rest would be a sliver, at least `partLines` otherwise; nil when it
    /// holds enough. The workbooks grow the piece's last row by the difference and lay the pages out again.
    public static func firstNeed(lines: Int, capacity: Int) -> Int? {
        if lines <= shortLines || lines - capacity < partLines { return capacity < lines ? lines : nil }
        return capacity < partLines ? partLines : nil
    }

    /// What a piece going on from the middle of its text opens with: `(lanjutan) `.
    public static var continuedLead: String { Text.Print.continued + " " }

    /// `text (lanjutan)` when it fits `capacity` lines, else its first words and `… (lanjutan)`, else the mark alone.
    static func continued(_ text: String, capacity: Int, lines: (String) -> Int) -> String {
        let mark = Text.Print.continued
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
        guard !words.isEmpty else { return "" }
        let trimmed = words.joined(separator: " ")
        if lines(trimmed + " " + mark) <= capacity { return trimmed + " " + mark }
        let count = most(words.count, from: 0) {
            lines(words.prefix($0).joined(separator: " ") + " \(Text.Print.shortened) " + mark) <= capacity
        }
        return count == 0 ? mark : words.prefix(count).joined(separator: " ") + " \(Text.Print.shortened) " + mark
    }
}
