import RencanaText

/// The html documents' tables paged by measure, one table per printed page: Chromium ran a merged (rowspan)
/// KEGIATAN or AREA over a page break and left it blank on the next page, and split a row at the page's foot with
/// a border through its last line (issue 21). Here every page's rows are chosen so that the page's table fits
/// (measured with the workbook's TextMeasure, with room kept), and a merged cell continued from the page before is
/// opened again with its text and `(lanjutan)`, as the workbooks print it. Pure: heights in points.
public struct HTMLPaging {
    /// A merged cell over the items `rows` (end exclusive) holding `text`.
    public struct Group: Sendable, Equatable {
        public var column: Int
        public var rows: Range<Int>
        public var text: String
        public init(column: Int, rows: Range<Int>, text: String) {
            self.column = column
            self.rows = rows
            self.text = text
        }
    }

    /// A merged cell's part on one page: its rows there and the text it prints; `continued` when the cell started on a
    /// page before.
    public struct Piece: Sendable, Equatable {
        public var column: Int
        public var rows: Range<Int>
        public var text: String
        public var continued = false
    }

    /// One printed page: its items and the merged cells' parts on it; `head`: the first item is the second part of a
    /// row cut at the page before (its cells' texts by column), `tail`: the last item is the first part of a row cut here.
    public struct Page: Sendable, Equatable {
        public var rows: Range<Int>
        public var pieces: [Piece]
        public var head: [Int: String]? = nil
        public var tail: [Int: String]? = nil
    }

    /// Each item's own height (a row's cells but the merged ones), in points.
    public var heights: [Double]
    /// `keep[i]`: item `i` stays on the page of item `i + 1` (an area's line, the last rows before a closing block).
    public var keep: [Bool]
    public var groups: [Group]
    /// The room for rows on the first page (under the title and the header) and on every other (under the header).
    public var first: Double
    public var other: Double
    /// What follows the last item on its page (the closing block), in points.
    public var tail: Double
    /// The lines a text takes in a column; one line's height; a cell's padding and border (top and bottom together).
    public var lines: (String, Int) -> Int
    public var lineHeight: Double
    public var padding: Double
    /// Each item's own text cells (column, text), for a tall row that may be cut in two at a page's foot (empty: never
    /// cut).
    public var cells: [[(column: Int, text: String)]] = []
    /// The lines a row must have at least to be cut, and each part's least (as the workbook's `MonevBook.splitRows`).
    public static let splitLines = 8, partLines = 3

    public init(heights: [Double], keep: [Bool], groups: [Group], first: Double, other: Double, tail: Double = 0,
                lineHeight: Double, padding: Double, lines: @escaping (String, Int) -> Int) {
        self.heights = heights
        self.keep = keep
        self.groups = groups
        self.first = first
        self.other = other
        self.tail = tail
        self.lineHeight = lineHeight
        self.padding = padding
        self.lines = lines
        needs = groups.map { Double(lines($0.text, $0.column)) * lineHeight + padding }
        var byColumn: [Int: [Int]] = [:]
        for g in groups.indices { byColumn[groups[g].column, default: []].append(g) }
        columns = byColumn.keys.sorted(by: >).map { column in
            let members = byColumn[column]!.sorted { groups[$0].rows.lowerBound < groups[$1].rows.lowerBound }
            var reach: [Int] = []
            reach.reserveCapacity(members.count)
            for g in members { reach.append(max(reach.last ?? Int.min, groups[g].rows.upperBound)) }
            return (members, reach)
        }
    }

    /// The most lines of a merged cell's text never cut over two pages, and their height.
    public static let shortLines = 4
    var shortNeed: Double { Double(Self.shortLines) * lineHeight + padding }

    /// The height each merged cell's whole text needs.
    let needs: [Double]
    /// The merged cells by column, the innermost (the rightmost) first, each column's in the order of their rows with
    /// the furthest row reached so far: a page asks only for the cells over its rows (a plan of 100,000 rows has as
    /// many cells, and asking each of them for every page took the html export from 0.8 s to 9 s).
    let columns: [(members: [Int], reach: [Int])]

    /// The merged cells over the items `range`, the innermost column first, each column's in the order of their rows.
    func overlapping(_ range: Range<Int>, _ body: (Int) -> Void) {
        for (members, reach) in columns {
            // The first cell reaching past the range's start (`reach` never falls).
            var low = 0, high = members.count
            while low < high {
                let middle = (low + high) / 2
                if reach[middle] > range.lowerBound { high = middle } else { low = middle + 1 }
            }
            var k = low
            while k < members.count, groups[members[k]].rows.lowerBound < range.upperBound {
                if groups[members[k]].rows.upperBound > range.lowerBound { body(members[k]) }
                k += 1
            }
        }
    }

    /// The rows' heights of the items `range` printed as one page's table: their own heights, grown for each merged
    /// cell ending on the page whose text there (`need`: its whole text, or what a page before left of it) needs more
    /// than its rows give, the innermost cells first (a SUB KEGIATAN's growth counts for its KEGIATAN), as a browser
    /// shares out a rowspan's height. A cell going on past the page holds as many of its lines as its rows have room
    /// for, and the rest goes on: it grows nothing.
    /// `first`, `last`: the heights of a cut row's parts at the page's top and foot (a merged cell ending with the part
    /// at the foot goes on with the row).
    func grown(_ range: Range<Int>, need: [Double], first: Double? = nil, last: Double? = nil) -> [Double] {
        var rows = Array(heights[range])
        if let first { rows[0] = first }
        if let last { rows[rows.count - 1] = last }
        overlapping(range) { g in
            let group = groups[g]
            let piece = (max(group.rows.lowerBound, range.lowerBound) - range.lowerBound)..<(min(group.rows.upperBound, range.upperBound) - range.lowerBound)
            let have = rows[piece].reduce(0, +)
            // A cell going on past the page whose text is short prints it whole there too.
            let ends = group.rows.upperBound < range.upperBound || group.rows.upperBound == range.upperBound && last == nil
            if need[g] > have && (ends || need[g] <= shortNeed) { rows[piece.upperBound - 1] += need[g] - have }
        }
        return rows
    }

    /// The pages, in order: each as many items as fit, a break never after an item kept with the next; an item (or a
    /// kept run) taller than a page gets a page of its own. A merged cell's text goes on the page it starts on as far
    /// as its rows there hold it, the rest on the next page opening with `(lanjutan)`; once it is all printed, a page it goes on to prints it
    /// again with `(lanjutan)`, shortened to its rows there.
    public func pages() -> [Page] {
        var out: [Page] = []
        var need = needs
        // What is left of each merged cell's text to print (nil: all printed).
        var rest: [String?] = groups.map(\.text)
        var start = 0
        // The second part of a row cut at the page before: its cells' texts and height.
        var head: (texts: [Int: String], height: Double)? = nil
        while start < heights.count {
            let room = out.isEmpty ? first : other
            func total(_ end: Int, last: Double? = nil) -> Double {
                grown(start..<end, need: need, first: head?.height, last: last).reduce(0, +) + (end == heights.count ? tail : 0)
            }
            var end = start + 1
            while end < heights.count && keep[end - 1] { end += 1 }
            var candidate = end + 1
            while candidate <= heights.count {
                if candidate < heights.count && keep[candidate - 1] { candidate += 1; continue }
                if total(candidate) > room { break }
                end = candidate
                candidate += 1
            }
            // A tall row that does not fit is cut in two when the page has room for enough of its lines.
            var cutRow: (first: [Int: String], second: [Int: String], heights: (Double, Double))? = nil
            if end < heights.count, end > start, let split = split(end, fits: { total(end + 1, last: $0) <= room }) {
                cutRow = split
                end += 1
            } else if end == start + 1, total(end) > room,
                      let split = split(start, texts: head.map { head in cells[start].map { ($0.column, head.texts[$0.column] ?? "") } },
                                        fits: { total(end, last: $0) <= room }) {
                // A row taller than a page (or what is left of it) is cut again.
                cutRow = split
            }
            var page = start..<end
            /// The merged cells' pieces on the page and what each leaves of its text for the next page; nil when a cell
            /// starting low on the page cannot be cut leaving `partLines` on each side: the page then ends before it
            /// (its rows go with it: left here, they read as rows of the cell above them).
            func layOut() -> (pieces: [Piece], settled: [(group: Int, rest: String?, need: Double)])? {
                let rows = grown(page, need: need, first: head?.height, last: cutRow?.heights.0)
                // The room the page has left: a text cut here fills it (its rows grow), so less of it goes on.
                var leftover = room - rows.reduce(0, +) - (end == heights.count ? tail : 0)
                var pieces: [Piece] = []
                var settled: [(group: Int, rest: String?, need: Double)] = []
                var here: [Int] = []
                overlapping(page) { here.append($0) }
                for g in here.sorted() {
                    let group = groups[g]
                    let span = max(group.rows.lowerBound, page.lowerBound)..<min(group.rows.upperBound, page.upperBound)
                    let capacity = Self.capacity(rows[(span.lowerBound - start)..<(span.upperBound - start)].reduce(0, +),
                                                 lineHeight: lineHeight, padding: padding)
                    let text: String
                    if let left = rest[g] {
                        // A short text (a few lines) is never cut: its rows grow instead (`shortLines`).
                        let ends = group.rows.upperBound < page.upperBound || group.rows.upperBound == page.upperBound && cutRow == nil
                        if ends || lines(left, group.column) <= max(capacity, Self.shortLines) {
                            text = left
                            settled.append((g, nil, continuedNeed(group)))
                        } else {
                            let extra = Int(max(0, leftover) / lineHeight)
                            if let (head, next, counts) = parts(left, capacity: capacity + extra, column: group.column) {
                                leftover -= Double(max(0, counts.head - capacity)) * lineHeight
                                text = head
                                // The rest opens the next page saying it goes on (the workbooks' pieces do the same).
                                settled.append((g, next, Double(max(1, counts.rest)) * lineHeight + padding))
                            } else if group.rows.lowerBound > start {
                                // Too little room here for `partLines` of a cell starting on this page: the page ends
                                // before it and the rows kept with its first.
                                var cut = group.rows.lowerBound
                                while cut > start + 1 && keep[cut - 1] { cut -= 1 }
                                end = cut
                                page = start..<end
                                cutRow = nil
                                return nil
                            } else {
                                // Too little room for `partLines` of it on a page it opens: the text goes on the next.
                                text = ""
                            }
                        }
                    } else {
                        text = group.column == 0 ? group.text
                            : Self.continued(group.text, capacity: max(capacity, Self.continuedLines)) { lines($0, group.column) }
                    }
                    pieces.append(Piece(column: group.column, rows: span, text: text, continued: group.rows.lowerBound < page.lowerBound
                                                                                     || head != nil && group.rows.lowerBound == page.lowerBound))
                }
                return (pieces, settled)
            }
            // Each retry ends the page earlier.
            var laid = layOut()
            while laid == nil { laid = layOut() }
            let (pieces, settled) = laid!
            for change in settled {
                rest[change.group] = change.rest
                need[change.group] = change.need
            }
            out.append(Page(rows: page, pieces: pieces, head: head?.texts, tail: cutRow?.first))
            if let cutRow {
                head = (cutRow.second, cutRow.heights.1)
                start = end - 1
            } else {
                head = nil
                start = end
            }
        }
        return out
    }

    /// Item `i` cut in two: each of its cells' first lines (as many as `fits` allows with the first part that tall, at
    /// least `partLines`, leaving the second part as many) and the rest; nil when it is short or the page has no room.
    /// `texts`: what is left of the row's cells when it was cut before.
    func split(_ i: Int, texts: [(column: Int, text: String)]? = nil, fits: (Double) -> Bool)
        -> (first: [Int: String], second: [Int: String], heights: (Double, Double))? {
        guard i < cells.count, !cells[i].isEmpty else { return nil }
        let margin = heights[i] - Double(cells[i].map { lines($0.text, $0.column) }.max() ?? 0) * lineHeight
        let texts = texts ?? cells[i]
        let counts = texts.map { $0.text.isEmpty ? 0 : lines($0.text, $0.column) }
        let most = counts.max() ?? 0
        guard most >= Self.splitLines else { return nil }
        var k = most - Self.partLines
        while k >= Self.partLines && !fits(Double(k) * lineHeight + margin) { k -= 1 }
        guard k >= Self.partLines else { return nil }
        var first: [Int: String] = [:], second: [Int: String] = [:], rest = 1
        for (cell, count) in zip(texts, counts) {
            if count <= k {
                first[cell.column] = cell.text
                second[cell.column] = ""
            } else if let (head, tail, counts) = parts(cell.text, capacity: k, column: cell.column) {
                first[cell.column] = head
                second[cell.column] = tail ?? ""
                rest = max(rest, counts.rest)
            } else {
                // Too short to leave `partLines` on each side: the text moves whole to the second part.
                first[cell.column] = ""
                second[cell.column] = cell.text
                rest = max(rest, lines(cell.text, cell.column))
            }
        }
        return (first, second, (Double(k) * lineHeight + margin, Double(rest) * lineHeight + margin))
    }

    /// `text` cut after at most `capacity` lines into a head and the rest opening with `(lanjutan) ` (nil: nothing
    /// left), each at least `partLines` lines (measured with the mark): cut earlier when the rest would be shorter
    /// ("(lanjutan) pintu." alone on a page); nil when no cut leaves both parts that long.
    /// `counts`: the parts' lines (the rest's 0 when nothing is left).
    func parts(_ text: String, capacity: Int, column: Int) -> (String, String?, counts: (head: Int, rest: Int))? {
        var capacity = capacity
        while capacity >= Self.partLines {
            let (head, tail) = cut(text, capacity: capacity, column: column)
            if tail.isEmpty { return (head, nil, (lines(head, column), 0)) }
            let next = PagePieces.continuedLead + tail
            let rest = lines(next, column)
            if rest >= Self.partLines {
                let count = lines(head, column)
                return count >= Self.partLines ? (head, next, (count, rest)) : nil
            }
            capacity -= 1
        }
        return nil
    }

    /// The words of `text` filling its first `capacity` lines in `column` (at least one word), and the rest.
    func cut(_ text: String, capacity: Int, column: Int) -> (String, String) {
        let words = text.split(separator: " ", omittingEmptySubsequences: false)
        var low = 1, high = words.count - 1
        // The most words whose lines fit (lines grow with the words).
        while low < high {
            let middle = (low + high + 1) / 2
            if lines(words.prefix(middle).joined(separator: " "), column) <= capacity { low = middle } else { high = middle - 1 }
        }
        return (words.prefix(low).joined(separator: " "), words.dropFirst(low).joined(separator: " "))
    }

    /// The lines a merged cell continued from the page before may take to show its name (`(lanjutan)` after it, shortened
    /// to these lines), growing its rows there when they are fewer, and the height that asks for.
    public static let continuedLines = 3
    func continuedNeed(_ group: Group) -> Double {
        group.column == 0 ? 0 : Double(min(lines(group.text + " " + Text.Print.continued, group.column), Self.continuedLines)) * lineHeight + padding
    }

    /// The lines a piece of rows `heights` tall holds at `lineHeight` with `padding` around the text (at least one).
    public static func capacity(_ height: Double, lineHeight: Double, padding: Double) -> Int {
        max(1, Int(((height - padding) / lineHeight).rounded(.down)))
    }

    /// A merged cell's text on a page it is continued to: `text (lanjutan)` in `capacity` lines, shortened with `…`
    /// to fit, or the mark alone (PagePieces, as the workbooks print it).
    public static func continued(_ text: String, capacity: Int, lines: (String) -> Int) -> String {
        PagePieces.continued(text, capacity: capacity, lines: lines)
    }
}
