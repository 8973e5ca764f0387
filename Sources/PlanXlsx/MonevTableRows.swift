import CXlsxWriter
import PlanDocuments

/// The merged KEGIATAN and SUB KEGIATAN of the table, cut at the page breaks (PagePieces): each piece's text on its
/// first sheet row, blanks under it, the merge declared on its last row.
struct SpanWriter {
    var open: [(start: UInt32, end: UInt32, text: String)?] = [nil, nil]
    var pieces: [[UInt32: (end: UInt32, text: String)]] = [[:], [:]]

    /// Columns 1 and 2 of sheet row `row` of line `index`; `kegiatan` and `sub` are the merges starting there.
    mutating func write(_ book: inout MonevBook, index: Int, row: UInt32, kegiatan: Spanned?, sub: Spanned?, starts: [UInt32],
                        breaks: [Int], heights: [Double]) {
        for (i, span) in [kegiatan, sub].enumerated() {
            if let span {
                let end = starts[min(index + max(span.rowSpan, 1), book.report.lines.count)] - 1
                let points = book.spanPoints(i + 1)
                for piece in PagePieces.cut(book.tableText(span.text, i + 1), first: Int(row), last: Int(end), breaks: breaks,
                                            height: { heights[$0].reduce(0, +) }, lineHeight: MonevLayout.lineHeight,
                                            padding: MonevLayout.cellPadding, points: points, size: MonevLayout.fontSize) {
                    pieces[i][UInt32(piece.rows.lowerBound)] = (UInt32(piece.rows.upperBound), piece.text)
                }
            }
            if let piece = pieces[i].removeValue(forKey: row) {
                book.put(i + 1, book.writtenSpan(piece.text, i + 1), book.f.text)
                open[i] = (row, piece.end, piece.text)
            } else { book.blank(i + 1, book.f.text) }
        }
    }

    /// Declares the merges ending on sheet row `row`.
    mutating func close(_ book: inout MonevBook, row: UInt32) {
        for i in 0..<2 {
            guard let span = open[i], span.end == row else { continue }
            if span.end > span.start {
                book.check(worksheet_merge_range(book.sheet, span.start, UInt16(i + 1), row, UInt16(i + 1),
                                                 monevCell(book.writtenSpan(span.text, i + 1)), book.f.text))
            }
            open[i] = nil
        }
    }
}

/// A tall row the page flow would move whole to the next page, leaving the page before it partly empty (LibreOffice
/// never splits a sheet row): cut in two sheet rows at the page's foot, each of its own cells' text shared out in whole
/// lines (PagePieces), the figures and NO. on the first (issue 21: TW I's F4 page 11 was 60 % full).
struct SplitRow {
    /// Each of the row's cells' text on the first and on the second sheet row.
    var cells: [(first: String, second: String)]
}

extension MonevBook {
    /// The lines a row must have at least to be cut, and each piece's least.
    static let splitLines = 8, pieceLines = 3

    /// Walks the page flow once (as `PageFlow.breaks` does) and cuts each tall row that a page break would move whole
    /// (after an area's line, the line and the row's first piece stay together): `parts` gets its two sheet rows; the
    /// pieces' texts by line index.
    func splitRows(_ parts: inout [[Double]], except: Set<Int> = []) -> [Int: SplitRow] {
        var split: [Int: SplitRow] = [:]
        // The sheet's rows from the top: those written so far, then each line's; a row that may be cut has an empty row
        // after it (0 pt while it is not cut), so a cut changes two heights and moves nothing.
        var heights = self.heights, keep = self.keep
        var lineAt = [Int?](repeating: nil, count: heights.count)
        var spare: [Int: Int] = [:]
        for (index, p) in parts.enumerated() {
            let isArea = if case .area = report.lines[index] { true } else { false }
            for k in p.indices {
                lineAt.append(k == 0 ? index : nil)
                heights.append(p[k])
                keep.append(isArea || (k == p.count - 1 && noted(index)))
            }
            if case .row = report.lines[index], p.count == 1, !except.contains(index),
               lineCount(report.lines[index]) >= Self.splitLines {
                spare[index] = heights.count
                lineAt.append(nil)
                heights.append(0)
                keep.append(noted(index))
            }
        }
        let limit = flow.pageHeight * 0.97
        var y = 0.0, broken = false, i = 0
        while i < heights.count {
            var end = i, run = heights[i]
            while end < heights.count - 1 && keep[end] { end += 1; run += heights[end] }
            if flow.repeated + run > limit { end = i; run = heights[i] }
            if y + run > limit && y > (broken ? flow.repeated : 0) + 0.5 {
                if let cut = cut(at: i, y: y, lineAt: lineAt, parts: parts), let second = spare[cut.line], split[cut.line] == nil {
                    heights[cut.first] = cut.heights[0]
                    heights[second] = cut.heights[1]
                    keep[cut.first] = false
                    parts[cut.line] = cut.heights
                    split[cut.line] = cut.row
                    continue
                }
                broken = true
                y = flow.repeated
            }
            y += run
            i = end + 1
        }
        return split
    }

    /// The cut of the row starting at sheet row `i` (or after the area's line there) when the page, filled to `y`, has
    /// room for enough of its lines: its line, first sheet row, the two heights and its cells' pieces.
    func cut(at i: Int, y: Double, lineAt: [Int?], parts: [[Double]])
        -> (line: Int, first: Int, heights: [Double], row: SplitRow)? {
        guard var line = lineAt[i] else { return nil }
        var first = i, above = 0.0
        if case .area = report.lines[line], line + 1 < parts.count { above = parts[line][0]; line += 1; first += 1 }
        guard case .row(_, _, _, let cells) = report.lines[line], parts[line].count == 1 else { return nil }
        let lines = lineCount(report.lines[line])
        // As many lines as the page has room for, leaving the second piece its least.
        let room = min(Int((flow.pageHeight * 0.97 - y - above - MonevLayout.cellPadding - 1) / MonevLayout.lineHeight),
                       lines - Self.pieceLines)
        guard lines >= Self.splitLines, room >= Self.pieceLines else { return nil }
        // Each text cell's first `room` lines, measured a little narrower than the cell (PagePieces.texts), the rest
        // below; the second sheet row as tall as its tallest rest.
        var pieces: [(first: String, second: String)] = []
        var rest = 1
        for (offset, raw) in cells.enumerated() {
            guard !report.figureCells.contains(offset), !raw.isEmpty else { pieces.append((raw, "")); continue }
            // Measured as the cell holds it: a long `a/b` word breakable after its slash (`tableText`), as LibreOffice
            // then wraps it (measured whole, the year's `rekomendasi/pelaksanaan` took a line more than its piece had).
            let cell = tableText(raw, offset + 3)
            // No wider than the lines are written in (`cellPoints`), so a piece's lines as written fit its rows.
            let points = min(fullPoints(offset + 3), cellPoints(offset + 3) / PagePieces.widthShare)
            let measure = { (text: String) in
                TextMeasure.lineCount(text, points: points * PagePieces.widthShare, size: MonevLayout.fontSize)
            }
            let whole = measure(cell)
            if whole <= room { pieces.append((cell, "")); continue }
            // Every cell holding text opens on the first piece, at least `pieceLines` of it, and leaves the second as
            // many: a short cell, or one the page has too little room for, keeps the row whole for the next page. A cell
            // moved whole to the second piece left an empty REALISASI beside the first piece's figures (issue 21's
            // review: the year's F4 row 26, A4 rows 16 and 23); before it, TW I F4 row 85 printed 2 of its 6 lines at a
            // page's foot, 4 on the next.
            let share = min(room, whole - Self.pieceLines)
            guard whole > PagePieces.shortLines, share >= Self.pieceLines else { return nil }
            var texts = PagePieces.texts(cell, capacities: [share, lines], points: points, size: MonevLayout.fontSize)
            // A list (`Jan: Terlaksana; Feb: …`, `1) …; 2) …`) cut after an item's `;` when its first piece keeps half
            // its lines so: "…; Mar:" at a page's foot and "(lanjutan) Tidak Terlaksana" on the next read as two texts.
            if !texts[0].hasSuffix(";"), let end = texts[0].range(of: "; ", options: .backwards) {
                let head = String(texts[0][..<end.lowerBound]) + ";"
                let kept = measure(head)
                if kept * 2 >= share, kept >= Self.pieceLines, cell.hasPrefix(head) {
                    texts = [head, PagePieces.continuedLead + String(cell.dropFirst(head.count + 1))]
                }
            }
            // Each piece `pieceLines` at least also as a merged piece is measured (`spanPoints`, a little wider): in the
            // year's narrow STATUS, "Belum Tuntas: 2" took 3 lines here and 2 there, a sliver.
            let spanLines = { (text: String) in
                TextMeasure.lineCount(text, points: spanPoints(offset + 3) * PagePieces.widthShare, size: MonevLayout.fontSize)
            }
            guard !texts[0].isEmpty, !texts[1].isEmpty, spanLines(texts[0]) >= Self.pieceLines else { return nil }
            pieces.append((texts[0], texts[1]))
            rest = max(rest, measure(texts[1]))
        }
        // The merged KEGIATAN and SUB KEGIATAN keep their own share of the rows.
        let second = max(rest, lines - room)
        return (line, first, [MonevLayout.height(lines: room), MonevLayout.height(lines: second)], SplitRow(cells: pieces))
    }
}
