import PlanModel

/// The document prints AREA PERUBAHAN, KEGIATAN and SUB KEGIATAN in merged cells that span
/// their rows, the text wrapped inside. The table mode does the same: a parent's text is
/// wrapped to its column and continued down the rows it spans, the last of them ending in `…`
/// when the text is longer than its span.
extension AppState {
    /// The level of a merged column: 0 area, 1 kegiatan, 2 sub kegiatan.
    enum MergedLevel: Int, CaseIterable { case area = 0, kegiatan, sub }

    /// Whether visible rows `a` and `b` share the parent at `level`.
    func sameParent(_ a: Int, _ b: Int, _ level: MergedLevel) -> Bool {
        let p = plan.rows[visibleRows[a]].position, q = plan.rows[visibleRows[b]].position
        switch level {
        case .area: return p.area == q.area
        case .kegiatan: return p.area == q.area && p.kegiatan == q.kegiatan
        case .sub: return p.area == q.area && p.kegiatan == q.kegiatan && p.sub == q.sub
        }
    }

    /// The text of the parent at `level` of visible row `i`.
    func parentText(_ level: MergedLevel, visible i: Int) -> String {
        let row = plan.rows[visibleRows[i]]
        switch level {
        case .area: return row.areaName
        case .kegiatan: return row.kegiatan
        case .sub: return row.subKegiatan
        }
    }

    /// What the merged cells at `level`, `width` columns wide, show on the visible rows `rows` (those on screen):
    /// one entry per row, nil for nothing; `inherited` when the cell began above the screen (the top row repeats it).
    /// Each cell's text is wrapped once for all the rows it spans.
    func mergedCells(_ level: MergedLevel, rows: Range<Int>, width: Int) -> [(text: String, inherited: Bool)?] {
        var cells = [(text: String, inherited: Bool)?](repeating: nil, count: rows.count)
        guard width > 0, rows.lowerBound >= 0, rows.upperBound <= visibleRows.count else { return cells }
        var start = rows.lowerBound
        while start < rows.upperBound {
            var end = start + 1  // the cell's rows on screen: start..<end
            while end < rows.upperBound && sameParent(end - 1, end, level) { end += 1 }
            let full = parentText(level, visible: start)
            if start == top && start > 0 && sameParent(start - 1, start, level) {
                cells[start - rows.lowerBound] = (full, true)  // began above the screen: the top row repeats it, dimmed
            } else {
                let lines = glyphs.clean(full).wrapped(toWidth: width)
                for i in start..<min(end, start + lines.count) {
                    let k = i - start
                    let lastOfSpan = i + 1 >= visibleRows.count || !sameParent(i + 1, i, level)
                    // The last row of the span takes the rest of the text, truncated with … when drawn.
                    cells[i - rows.lowerBound] = (lastOfSpan && k < lines.count - 1 ? lines[k...].joined(separator: " ") : lines[k], false)
                }
            }
            start = end
        }
        return cells
    }
}
