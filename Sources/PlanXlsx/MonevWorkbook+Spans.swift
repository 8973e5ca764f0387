import PlanDocuments

/// The Laporan's merged KEGIATAN and SUB KEGIATAN: rows tall enough for their text, and for the rest of it in a last
/// piece after a page break.
extension MonevBook {
    /// Makes the rows under each merged KEGIATAN or SUB KEGIATAN tall enough for its text, measured as its pieces are
    /// cut (`SpanWriter`): the lines missing shared out over its table rows, the SUB KEGIATAN first so its growth counts
    /// for its KEGIATAN (as the LAMPIRAN's `rowLines`). Before, only a merge's first row was given its share, and a long
    /// SUB KEGIATAN over short rows was clipped at its foot (issue 21's review: "…Pelayanan terpadu satu pintu." lost).
    func fitSpans(_ parts: inout [[Double]]) {
        for i in [1, 0] {
            for (index, line) in report.lines.enumerated() {
                guard case .row(_, let kegiatan, let sub, _) = line, let span = i == 0 ? kegiatan : sub else { continue }
                let end = min(index + max(span.rowSpan, 1), report.lines.count)
                let needed = TextMeasure.lineCount(tableText(span.text, i + 1), points: spanPoints(i + 1) * PagePieces.widthShare,
                                                   size: MonevLayout.fontSize)
                let have = PagePieces.capacity(parts[index..<end].joined(), lineHeight: MonevLayout.lineHeight,
                                               padding: MonevLayout.cellPadding)
                let rows = (index..<end).filter { if case .row = report.lines[$0] { true } else { false } }
                guard needed > have, !rows.isEmpty else { continue }
                let extra = needed - have
                for (offset, r) in rows.enumerated() {
                    let add = Double(extra / rows.count + (offset < extra % rows.count ? 1 : 0)) * MonevLayout.lineHeight
                    // Never past a spreadsheet row's 409 pt.
                    parts[r][parts[r].count - 1] = min(409, parts[r][parts[r].count - 1] + add)
                }
            }
        }
    }

    /// Makes the last sheet row of each merged cell's last piece (after a page break) tall enough for the rest of its
    /// text, as `SpanWriter` will cut it; true when a row grew.
    func growLastPieces(_ parts: inout [[Double]], all: inout [Double], starts: [UInt32], breaks: [Int]) -> Bool {
        var grown = false
        for (index, line) in report.lines.enumerated() {
            guard case .row(_, let kegiatan, let sub, _) = line else { continue }
            for (i, span) in [kegiatan, sub].enumerated() {
                guard let span else { continue }
                let first = Int(starts[index]), last = Int(starts[min(index + max(span.rowSpan, 1), report.lines.count)]) - 1
                let ranges = PagePieces.ranges(first: first, last: last, breaks: breaks)
                guard ranges.count > 1, let tail = ranges.last else { continue }
                let points = spanPoints(i + 1)
                // A short text is never cut, nor a text into a sliver (`PagePieces.firstNeed`): the first piece's last row
                // grows to hold what it must, and the pages are laid out again.
                let total = TextMeasure.lineCount(tableText(span.text, i + 1), points: points * PagePieces.widthShare,
                                                  size: MonevLayout.fontSize)
                let head = ranges[0]
                let holds = PagePieces.capacity(head.map { all[$0] }, lineHeight: MonevLayout.lineHeight, padding: MonevLayout.cellPadding)
                if let need = PagePieces.firstNeed(lines: total, capacity: holds),
                   let owner = starts.lastIndex(where: { Int($0) <= head.upperBound }), owner < parts.count {
                    let k = head.upperBound - Int(starts[owner])
                    let extra = min(Double(need - holds) * MonevLayout.lineHeight, 409 - parts[owner][k])
                    if extra > 0 {
                        parts[owner][k] += extra
                        all[head.upperBound] += extra
                        grown = true
                        continue
                    }
                }
                let heights = all
                let pieces = PagePieces.cut(tableText(span.text, i + 1), first: first, last: last, breaks: breaks,
                                            height: { $0.reduce(0) { $0 + heights[$1] } }, lineHeight: MonevLayout.lineHeight,
                                            padding: MonevLayout.cellPadding, points: points, size: MonevLayout.fontSize, restOnly: true)
                guard let rest = pieces.last?.text else { continue }
                // A text printed whole on earlier pages: its last piece gives its name again, `(lanjutan)` after it, in
                // up to `continuedLines` lines, as the html does (a one-line piece read "1) … (lanjutan)": review21c).
                let need = rest.isEmpty
                    ? min(TextMeasure.lineCount(PagePieces.continuedLead + tableText(span.text, i + 1), points: points * PagePieces.widthShare,
                                                size: MonevLayout.fontSize), HTMLPaging.continuedLines)
                    : TextMeasure.lineCount(rest, points: points * PagePieces.widthShare, size: MonevLayout.fontSize)
                let have = PagePieces.capacity(tail.map { all[$0] }, lineHeight: MonevLayout.lineHeight, padding: MonevLayout.cellPadding)
                guard need > have, let owner = starts.lastIndex(where: { Int($0) <= tail.upperBound }), owner < parts.count else { continue }
                let k = tail.upperBound - Int(starts[owner])
                // Never past a spreadsheet row's 409 pt.
                let extra = min(Double(need - have) * MonevLayout.lineHeight, 409 - parts[owner][k])
                guard extra > 0 else { continue }
                parts[owner][k] += extra
                all[tail.upperBound] += extra
                grown = true
            }
        }
        return grown
    }
}
