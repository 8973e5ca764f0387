import PlanDocuments

/// The LAMPIRAN's merged cells cut at the page breaks (`PagePieces`): each cut remembered, and the rows under a last
/// piece grown for the rest of its text.
extension SheetWriter {
    /// Makes the last sheet row of each merged cell's last piece (after a page break) tall enough for the rest of its
    /// text as `body` cuts it; true when a row grew.
    mutating func growLastPieces(_ sheetRows: inout [[Double]]) -> Bool {
        var starts: [Int] = [], next = Int(SheetLayout.bodyRow)
        for parts in sheetRows { starts.append(next); next += parts.count }
        starts.append(next)
        let all = sheetRows.flatMap { $0 }, body = Int(SheetLayout.bodyRow)
        var grown = false
        for (index, row) in lampiran.rows.enumerated() {
            for column in 1..<4 {
                guard let cell = row.spanned[column] else { continue }
                let first = starts[index], last = starts[min(index + max(cell.rowSpan, 1), sheetRows.count)] - 1
                // Where the cell is cut: its first piece asked first, before its pieces' texts are worked out (a cell that
                // grows is cut elsewhere on the next walk, and its texts were work thrown away).
                let ranges = PagePieces.ranges(first: first, last: last, breaks: breaks)
                guard ranges.count > 1 else { continue }
                let points = LampiranLayout.textPoints(width: LampiranLayout.columnWidths[column], indented: true)
                // A short text is never cut (`PagePieces.shortLines`), nor a text into a piece of fewer than `partLines`
                // lines on either side (as the html, `HTMLPaging.partLines`: the xlsx had kept only the short-text rule):
                // the first piece's last row grows to hold what it must (`PagePieces.firstNeed`), and the pages are laid
                // out again. Each cut text's lines are counted once (`wholeLines`).
                if let head = ranges.first {
                    let holds = PagePieces.capacity(head.map { all[$0 - body] }, lineHeight: LampiranLayout.lineHeight,
                                                    padding: LampiranLayout.cellPadding)
                    let key = index * 4 + column
                    let total = wholeLines[key] ?? TextMeasure.lineCount(LampiranLayout.cellText(cell.text, column: column),
                                                                         points: LampiranLayout.wrapPoints(column: column),
                                                                         size: LampiranLayout.fontSize)
                    wholeLines[key] = total
                    if let need = PagePieces.firstNeed(lines: total, capacity: holds),
                       let owner = Self.owner(of: head.upperBound, starts: starts), owner < sheetRows.count {
                        let k = head.upperBound - starts[owner]
                        let extra = min(Double(need - holds) * LampiranLayout.lineHeight, LampiranLayout.maxRowHeight - sheetRows[owner][k])
                        if extra > 0 {
                            sheetRows[owner][k] += extra
                            grown = true
                            continue
                        }
                    }
                }
                let pieces = cutPieces(index: index, column: column, text: cell.text, first: first, last: last, heights: all)
                guard pieces.count > 1, let tail = pieces.last?.rows, let text = pieces.last?.text else { continue }
                let need = TextMeasure.lineCount(LampiranLayout.cellText(text, column: column), points: points * PagePieces.widthShare,
                                                 size: LampiranLayout.fontSize)
                let have = PagePieces.capacity(tail.map { all[$0 - body] }, lineHeight: LampiranLayout.lineHeight,
                                               padding: LampiranLayout.cellPadding)
                guard need > have, let owner = Self.owner(of: tail.upperBound, starts: starts), owner < sheetRows.count else { continue }
                let k = tail.upperBound - starts[owner]
                let extra = min(Double(need - have) * LampiranLayout.lineHeight, LampiranLayout.maxRowHeight - sheetRows[owner][k])
                guard extra > 0 else { continue }
                sheetRows[owner][k] += extra
                grown = true
            }
        }
        return grown
    }

    /// The LAMPIRAN row whose sheet rows hold sheet row `row` (`starts`: each one's first, ascending), by a binary search:
    /// a search from the end for each cut of a 100,000-row sheet took a tenth of its export.
    static func owner(of row: Int, starts: [Int]) -> Int? {
        var low = 0, high = starts.count
        while low < high {
            let middle = (low + high) / 2
            if starts[middle] <= row { low = middle + 1 } else { high = middle }
        }
        return low > 0 ? low - 1 : nil
    }

    /// The pieces of LAMPIRAN row `index`'s merged cell in `column` over sheet rows `first...last`, cut at the breaks
    /// (`PagePieces`), for the body's sheet rows of `heights`: remembered while its rows and their lines stay the same,
    /// since `growLastPieces` asks again after each walk and `body` writes them (each cut measured once, not thrice).
    mutating func cutPieces(index: Int, column: Int, text: String, first: Int, last: Int,
                         heights: [Double]) -> [(rows: ClosedRange<Int>, text: String)] {
        let ranges = PagePieces.ranges(first: first, last: last, breaks: breaks)
        guard ranges.count > 1 else { return [(first...max(first, last), text)] }
        let body = Int(SheetLayout.bodyRow)
        let capacities = ranges.map {
            PagePieces.capacity([heights[($0.lowerBound - body)...($0.upperBound - body)].reduce(0, +)],
                                lineHeight: LampiranLayout.lineHeight, padding: LampiranLayout.cellPadding)
        }
        let key = index * 4 + column
        // The texts depend on the pieces' capacities alone: a cut whose pages moved but whose pieces hold the same lines
        // keeps its texts.
        if let known = cut[key], known.capacities == capacities { return Array(zip(ranges, known.texts)) }
        // NO. repeats the area's number on each piece.
        let texts = column == 0 ? Array(repeating: text, count: ranges.count)
            : PagePieces.texts(text, capacities: capacities,
                               points: LampiranLayout.textPoints(width: LampiranLayout.columnWidths[column], indented: true),
                               size: LampiranLayout.fontSize)
        cut[key] = (ranges, capacities, texts)
        return Array(zip(ranges, texts))
    }
}
