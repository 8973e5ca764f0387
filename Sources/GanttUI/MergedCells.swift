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

    /// What the merged cell at `level` shows on visible row `i`, `width` columns wide:
    /// nil for nothing; `inherited` when the cell started above the screen (the top row repeats it).
    func mergedText(_ level: MergedLevel, visible i: Int, width: Int) -> (text: String, inherited: Bool)? {
        guard visibleRows.indices.contains(i), width > 0 else { return nil }
        let row = plan.rows[visibleRows[i]]
        let full: String
        switch level {
        case .area: full = row.areaName
        case .kegiatan: full = row.kegiatan
        case .sub: full = row.subKegiatan
        }
        // Find where the cell starts on screen; a few steps are enough, as a cell's text has few lines.
        let limit = 24
        var start = i
        while start > top && start > 0 && i - start < limit && sameParent(start - 1, i, level) { start -= 1 }
        if start == top && start > 0 && sameParent(start - 1, start, level) {
            return i == top ? (full, true) : nil  // began above the screen: the top row repeats it, dimmed
        }
        let lines = glyphs.clean(full).wrapped(toWidth: width)
        let k = i - start
        guard k < lines.count else { return nil }
        let lastOfSpan = i + 1 >= visibleRows.count || !sameParent(i + 1, i, level)
        if lastOfSpan && k < lines.count - 1 {
            return (lines[k...].joined(separator: " "), false)  // truncated with … when drawn
        }
        return (lines[k], false)
    }
}
