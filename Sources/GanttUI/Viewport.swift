import PlanModel

/// One line of the grid's body.
public enum BodyLine: Equatable, Sendable {
    /// A rule before the rows of an area (plan area index), titled with its name in outline mode.
    case rule(area: Int)
    /// Outline mode: the KEGIATAN title above the visible row at this position.
    case kegiatan(Int)
    /// Outline mode: the SUB KEGIATAN title above the visible row at this position.
    case subKegiatan(Int)
    /// The visible row at this position of `visibleRows`.
    case row(Int)
}

extension AppState {
    /// Lines of the detail pane when it is open, taken from the bottom of the body: as many as its
    /// text needs, leaving the grid at least four lines (the cursor's row and its context).
    public var detailHeight: Int {
        guard case .detail = overlay else { return 0 }
        let body = layout.bodyHeight
        let wanted = max(detailContent.lines.count + 2, body / 4)
        // The grid keeps 4 lines, fewer on a low window (down to the cursor's line), so the pane has 3 at least.
        return max(0, min(body - max(1, min(4, body - 3)), wanted))
    }

    /// Lines of the body that show the grid.
    public var gridHeight: Int { max(0, layout.bodyHeight - detailHeight) }

    /// Which parents start at visible row `i` (compared with the row above it in the list).
    func startsAt(_ i: Int) -> (area: Bool, kegiatan: Bool, sub: Bool) {
        guard i > 0, visibleRows.indices.contains(i) else { return (true, true, true) }
        let here = plan.rows[visibleRows[i]].position, above = plan.rows[visibleRows[i - 1]].position
        let area = here.area != above.area
        let kegiatan = area || here.kegiatan != above.kegiatan
        return (area, kegiatan, kegiatan || here.sub != above.sub)
    }

    /// The lines drawn above visible row `i` when `top` is the first row on screen.
    ///
    /// Table mode: a rule between areas. Outline mode: the area rule, KEGIATAN and SUB KEGIATAN
    /// lines where each starts, and all three above the top row, so the context never scrolls away.
    /// On a grid of fewer than four lines the top row drops its context lines, so it always shows.
    func linesAbove(_ i: Int, top: Int, mode: Layout.Mode, grid: Int) -> (rule: Bool, kegiatan: Bool, sub: Bool) {
        if mode == .outline {
            // A folded line is its level's title itself: no title lines of its own level or below above it.
            let level = visibleRows.indices.contains(i) ? foldLines[visibleRows[i]]?.level ?? 4 : 4
            if i == top { return (grid >= 4 && level > 1, grid >= 3 && level > 2, grid >= 2 && level > 3) }
            let starts = startsAt(i)
            return (starts.area && level > 1, starts.kegiatan && level > 2, starts.sub && level > 3)
        }
        return (i != top && ruleBefore(i), false, false)
    }

    /// Table mode: whether a rule separates visible row `i` from the row before it (`i` starts an area).
    func ruleBefore(_ i: Int) -> Bool { i > 0 && i < visibleRows.count && startsAt(i).area }

    func lineCount(_ i: Int, top: Int, mode: Layout.Mode, grid: Int) -> Int {
        let above = linesAbove(i, top: top, mode: mode, grid: grid)
        return 1 + (above.rule ? 1 : 0) + (above.kegiatan ? 1 : 0) + (above.sub ? 1 : 0)
    }

    /// Screen lines used by rows `top...last`, stopping early once past `limit`.
    func linesUsed(from top: Int, to last: Int, mode: Layout.Mode, limit: Int) -> Int {
        var used = 0
        var i = top
        while i <= last && used <= limit {
            used += lineCount(i, top: top, mode: mode, grid: limit)
            i += 1
        }
        return used
    }

    /// The grid's lines from `top` down, as many as fit: what `render` draws and a click hits.
    public var bodyLines: [BodyLine] {
        let mode = layout.mode
        let height = gridHeight
        var lines: [BodyLine] = []
        if mode == .table && ruleAboveTop && ruleBefore(top) {
            lines.append(.rule(area: plan.rows[visibleRows[top]].position.area))
        }
        var i = top
        while lines.count < height && i < visibleRows.count {
            let above = linesAbove(i, top: top, mode: mode, grid: height)
            if above.rule { lines.append(.rule(area: plan.rows[visibleRows[i]].position.area)) }
            if above.kegiatan { lines.append(.kegiatan(i)) }
            if above.sub { lines.append(.subKegiatan(i)) }
            lines.append(.row(i))
            i += 1
        }
        return Array(lines.prefix(height))
    }

    /// Rows that fit on one page of the grid (at least 1).
    var pageRows: Int {
        let rows = bodyLines.reduce(0) { if case .row = $1 { return $0 + 1 } else { return $0 } }
        return max(1, rows - 1)
    }

    /// Clamps cursor and scroll so the cursor is on a visible row, fully on screen, and the grid is filled.
    mutating func clampView() {
        let count = visibleRows.count
        cursor = min(max(0, cursor), max(0, count - 1))
        top = min(max(0, top), max(0, count - 1))
        let height = gridHeight
        let mode = layout.mode
        guard count > 0, height > 0 else { top = cursor; ruleAboveTop = false; return }
        if mode == .table { clampTable(height: height); return }
        ruleAboveTop = false
        if cursor < top { top = cursor }
        // Rows below the top row never carry the top's extra context lines: count them as "not on top" (-1).
        func onTop(_ i: Int) -> Int { lineCount(i, top: i, mode: mode, grid: height) }
        func below(_ i: Int) -> Int { lineCount(i, top: -1, mode: mode, grid: height) }
        // The cursor's row must be on screen: find the smallest top from which it is.
        if linesUsed(from: top, to: cursor, mode: mode, limit: height) > height {
            let start = max(top, cursor - height + 1)
            // under[t - start]: lines of rows t+1...cursor, summed once from the cursor back (not per candidate top).
            var under = [Int](repeating: 0, count: cursor - start + 1)
            var sum = 0
            for t in stride(from: cursor, through: start, by: -1) {
                under[t - start] = sum
                sum += below(t)
            }
            var t = start
            while t < cursor && onTop(t) + under[t - start] > height { t += 1 }
            top = t
        }
        // No blank space under the last row while earlier rows could fill it (walking up from the end).
        var fillTop = count - 1
        var linesUnder = 0  // rows fillTop+1...count-1
        while fillTop > 0 && onTop(fillTop - 1) + below(fillTop) + linesUnder <= height {
            linesUnder += below(fillTop)
            fillTop -= 1
        }
        if top > fillTop { top = fillTop }
    }

    /// Table mode: the grid shows `height` consecutive lines of the list "row, [rule] row, [rule] row, …" (a rule
    /// before each area's first row), starting at row `top`, or at the rule before it when `ruleAboveTop`.
    /// It scrolls by lines, as little as keeps the cursor's row on screen, so a one-row move brings in one row
    /// (and the rule with it only when it crosses an area, see below): few lines for the terminal to redraw.
    mutating func clampTable(height: Int) {
        let count = visibleRows.count
        // A grid of fewer than four lines keeps its lines for rows.
        let rulesAtEdges = height >= 4
        if !rulesAtEdges || !ruleBefore(top) { ruleAboveTop = false }
        if cursor < top {
            top = cursor
            ruleAboveTop = false
        } else if cursor - top > 2 * height {  // far below (a page, the end): start near it, walk only a screen
            top = cursor - height
            ruleAboveTop = false
        }
        // Lines from the first shown through the cursor's row. Moving down, the rule after the cursor's row comes
        // on screen with it: that rule then scrolls in with the last row of an area (short, its parents' texts
        // ended), not with the next area's first row, which shows every parent's text.
        var needed = ruleAboveTop ? 1 : 0
        for i in top...cursor { needed += i > top && ruleBefore(i) ? 2 : 1 }
        if rulesAtEdges && ruleBefore(cursor + 1) { needed += 1 }
        while needed > height {  // scroll down one line
            if ruleAboveTop {
                ruleAboveTop = false
            } else {
                top += 1
                ruleAboveTop = rulesAtEdges && ruleBefore(top)
                if !ruleAboveTop && ruleBefore(top) { needed -= 1 }  // the rule between top - 1 and top went too
            }
            needed -= 1
        }
        // No blank lines under the last row while earlier lines could fill them (scroll up one line at a time).
        var lines = ruleAboveTop ? 1 : 0
        var i = top
        while i < count && lines < height {
            lines += i > top && ruleBefore(i) ? 2 : 1
            i += 1
        }
        while lines < height && (top > 0 || ruleAboveTop) {
            if !ruleAboveTop && rulesAtEdges && ruleBefore(top) {
                ruleAboveTop = true
                lines += 1
            } else {
                lines += ruleBefore(top) && !ruleAboveTop ? 2 : 1
                top -= 1
                ruleAboveTop = false
            }
        }
    }
}
