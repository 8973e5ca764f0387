import PlanModel
import RencanaText

/// The whole screen for `state`: a pure function of the state (its size included), drawing only what is on screen.
public func render(_ state: AppState) -> Buffer {
    var painter = Painter(width: state.width, height: state.height, glyphs: state.glyphs)
    let layout = state.layout
    guard layout.mode != .tooSmall else {
        painter.tooSmall(state)
        return painter.buffer
    }
    if let revision = state.revision {
        painter.revisionView(state, revision, layout)
        return painter.buffer
    }
    painter.titleBar(state, layout)
    painter.header(state, layout)
    painter.body(state, layout)
    painter.bottomLine(state, layout)
    state.overlay.draw(&painter, state, layout)
    return painter.buffer
}

/// `state` rendered at another terminal size.
public func render(_ state: AppState, width: Int, height: Int) -> Buffer {
    render(update(state, .resize(width: width, height: height)).0)
}

extension Painter {
    mutating func tooSmall(_ state: AppState) {
        var message = state.text.tooSmall(state.width, state.height, Layout.minWidth, Layout.minHeight)
        if state.takesText { message += " " + Text.DashboardFixes.editorTooSmall }
        let lines = clean(message).wrapped(toWidth: max(1, state.width))
        let shown = Array(lines.prefix(max(0, state.height)))
        let y0 = max(0, (state.height - shown.count) / 2)
        for (i, line) in shown.enumerated() {
            let w = min(line.displayWidth, state.width)
            text(line, x: max(0, (state.width - w) / 2), y: y0 + i, width: state.width, style: Style(.warning))
        }
    }

    mutating func titleBar(_ state: AppState, _ layout: Layout) {
        let y = layout.titleY
        let t = state.text
        fill(x: 0, y: y, width: layout.width, style: Style(.title))
        // (text, style, priority): on a narrow terminal the highest priority numbers go first.
        var right: [(String, Style, Int)] = []
        if let notice = state.notice {
            // A refusal is read before anything else goes (as a failed save is).
            if case .refused = notice { right.append((noticeText(notice, t), Style(.warning, bold: true), 0)) }
            else { right.append((noticeText(notice, t), Style(.title, bold: true), 1)) }
        }
        let areas = state.areaFilter.sorted()
        right.append((areas.isEmpty ? t.allAreas : t.areaFilter(areas), Style(.title, bold: !areas.isEmpty), 3))
        if state.isLoading {
            right.append((t.loadingRows(state.plan.rows.count), Style(.title, bold: true), 1))
        } else {
            right.append((t.rowsShown(state.rowsInView, state.plan.rows.count), Style(.title), 5))
        }
        if !state.activeQuery.isEmpty {
            right.append((state.searchingFor.map { t.searching($0) }
                          ?? t.searchPosition(state.activeQuery, state.currentMatch, state.matchRows.count), Style(.title), 4))
        }
        let tally = state.changeTally
        let changed = Style(.title, bold: tally.rows > 0)
        right.append((t.changeCounts(tally.added, tally.removed, tally.moved, tally.text, tally.months), changed, 2))
        switch state.layer {
        case .rencana: right.insert((t.layerRencana, Style(.title, bold: true), 1), at: 0)
        case .realisasi:
            let whole = state.groupFigures(.plan).capaianText
            right.insert((t.layerRealisasi(state.asOf.label, whole), Style(.title, bold: true), 0), at: 0)
        }
        if state.periods != .bulan, t.periodViewNames.indices.contains(state.periods.rawValue) {
            right.insert((t.periodViewNames[state.periods.rawValue], Style(.title, bold: true), 1), at: 1)
        }
        if state.conflictMarks.count > 0 {
            right.append((Text.Conflict.titleCount(state.conflictMarks.count), Style(.warning, bold: true), 1))
        }
        switch state.saveStatus {
        case .clean, .saved: right.append((t.saved, Style(.title), 6))
        case .notSaved(let reason): right.append((t.notSaved(reason), Style(.warning, bold: true), 0))
        }
        // The right side wins the space; the document's name takes what is left.
        let separator = " \(glyphs.vertical) "
        func widthOf(_ parts: [(String, Style, Int)]) -> Int {
            parts.reduce(0) { $0 + clean($1.0).displayWidth } + separator.displayWidth * max(0, parts.count - 1) + 1
        }
        // The change count shortens to one figure before anything else goes.
        if widthOf(right) > layout.width - 12, let i = right.firstIndex(where: { $0.2 == 2 }) {
            right[i].0 = t.changedRows(tally.rows)
        }
        while widthOf(right) > layout.width - 12 && right.count > 1,
              let drop = right.indices.max(by: { right[$0].2 < right[$1].2 }) {
            right.remove(at: drop)
        }
        let rightWidth = min(widthOf(right), layout.width)
        var x = max(0, layout.width - rightWidth)
        for (i, part) in right.enumerated() {
            if i > 0 { x += text(separator, x: x, y: y, width: layout.width - x, style: Style(.title)) }
            x += text(part.0, x: x, y: y, width: layout.width - x, style: part.1)
        }
        let doc = state.plan.document
        let name = t.documentTitle(doc.title, doc.year, doc.unit)
        text(name, x: 1, y: y, width: max(0, layout.width - rightWidth - 2), style: Style(.title, bold: true))
    }

    func noticeText(_ notice: AppState.Notice, _ t: Text.Dashboard) -> String {
        switch notice {
        case .nothingToUndo: return t.nothingToUndo
        case .nothingToRedo: return t.nothingToRedo
        case .undid(let row, let month): return t.undid(row.rawValue, month?.label)
        case .redid(let row, let month): return t.redid(row.rawValue, month?.label)
        case .noMatches(let query): return t.noMatches(query)
        case .noSuchArea(let number): return t.noSuchArea(number)
        case .stillLoading: return t.stillLoading
        case .foldedLine: return t.foldedLine
        case .needsRealisasi: return t.needsRealisasi
        case .movedToItself: return t.movedToItself
        case .noEvidence: return t.noEvidence
        case .needsBulan: return t.needsBulan
        case .foldedStructure: return t.structure.foldedLine
        case .cannotMove(let up): return t.structure.cannotMove(up)
        case .onlyRowOfSub: return t.structure.onlyRowOfSub
        case .lastArea: return t.structure.lastArea
        case .foldPrefixCancelled(let key): return t.foldPrefixCancelled(key)
        case .reviewDate(let problem): return t.reviewBadDate(problem)
        case .noConflict: return Text.Conflict.noConflictHere
        case .noSearch: return Text.DashboardFixes.noSearch
        case .refused(let reason): return reason
        }
    }

    mutating func header(_ state: AppState, _ layout: Layout) {
        let y = layout.headerY, t = state.text
        let style = Style(.header, bold: true)
        fill(x: 0, y: y, width: layout.width, style: style)
        if let no = layout.no { text(TableHeader.no, x: no.x, y: y, width: no.width, style: style) }
        let titles = [TableHeader.area, TableHeader.kegiatan, TableHeader.subKegiatan, TableHeader.indikator]
        for (column, title) in zip(layout.texts, titles) {
            text(title, x: column.x, y: y, width: column.width, style: style)
        }
        if let label = layout.label {
            let headers = t.outlineHeaders(glyphs.outline)
            let fitting = headers.first { clean($0).displayWidth <= label.width } ?? headers.last ?? ""
            text(fitting, x: label.x, y: y, width: label.width, style: style)
        }
        if let ket = layout.ket {
            let title = state.layer == .realisasi
                ? t.capaianHeaders.first { clean($0).displayWidth <= ket.width } ?? "" : TableHeader.ket
            text(title, x: ket.x, y: y, width: ket.width, style: style)
        }
        for x in layout.separators { text(glyphs.vertical, x: x, y: y, width: 1, style: Style(.rule)) }
        // Rule under the header, with the current month's column marked.
        fill(x: 0, y: layout.headerRuleY, width: layout.width, style: Style(.rule), with: glyphs.horizontal)
        if state.periods != .bulan { return periodHeaders(state, layout) }
        for (i, column) in layout.months.enumerated() {
            guard let month = Month(index: i) else { continue }
            var monthStyle = style
            if month == state.today {
                monthStyle = Style(.currentMonth, bold: true)
                fill(x: column.x, y: layout.headerRuleY, width: column.width, style: Style(.currentMonth, bold: true),
                     with: glyphs.currentMonth)
            }
            if month == state.month { monthStyle = Style(.headerCursor, bold: true, underline: month == state.today) }
            text(month.label, x: column.x, y: y, width: column.width, style: monthStyle)
        }
        // The table has no rule of its own above the top area's first row: the header's rule carries its capaian.
        if state.layer == .realisasi, layout.mode == .table, !state.ruleAboveTop, let row = state.visibleRows.dropFirst(state.top).first,
           state.plan.rows[row].isFirstInArea {
            capaian(state.groupFigures(.area(state.plan.rows[row].position.area)), layout, y: layout.headerRuleY,
                    style: Style(.header, bold: true), padded: true)
        }
    }

    mutating func bottomLine(_ state: AppState, _ layout: Layout) {
        if let prompt = state.prompt { return promptLine(state, prompt, layout) }
        if let search = state.search { return searchLine(search, state, layout) }
        if state.foldPrefixPending && state.overlay.keepsGrid && state.structure == nil {
            fill(x: 0, y: layout.keyBarY, width: layout.width, style: Style(.keyLabel))
            return keys(state.text.keysAfterZ, from: 0, y: layout.keyBarY, width: layout.width)
        }
        if let structure = state.structure { return structureKeyBar(state, structure, layout) }
        let y = layout.keyBarY
        fill(x: 0, y: y, width: layout.width, style: Style(.keyLabel))
        let t = state.text
        var items: [(key: String, label: String)]
        if let own = state.overlay.keyBar(state) {
            items = own
        } else {
            let grid = state.layer == .realisasi ? t.keysRealisasi : t.keysGrid
            items = state.searchQuery.isEmpty ? grid : t.keysSearchKept + grid
        }
        items = Self.current(items, state)
        // A conflict on the cursor's row: its key first, over the grid and the detail pane.
        if state.cursorHasConflict && state.overlay.keepsGrid { items = [Text.Conflict.keyBar] + items }
        keys(items, from: 0, y: y, width: layout.width)
    }

    /// The key bar as the plan and the view are now: the area digits up to the plan's last area (`0-9` once a 9th
    /// is added), in Triwulan or Semester none of the keys that change one month (refused there), and on a folded
    /// line none of the keys of one row (refused there), `+` Open instead.
    static func current(_ items: [(key: String, label: String)], _ state: AppState) -> [(key: String, label: String)] {
        let last = min(9, state.plan.areas.map(\.number).max() ?? 0)
        var items = items.map { $0.key == "0-8" ? (key: "0-\(last)", label: $0.label) : $0 }
        if state.periods != .bulan {
            let monthKeys: Set<String> = ["Space", "y", "p", "m", ">", "c", "e", "b", "y p m > c", "b X"]
            items.removeAll { monthKeys.contains($0.key) }
        }
        // On a folded line (grid, not an overlay's own bar) the keys of one row or cell are refused: `+` opens it.
        if state.overlay.keyBar(state) == nil, let index = state.selectedRow, state.foldLines[index] != nil {
            let rowKeys: Set<String> = ["Space", "y", "p", "m", ">", "c", "e", "b", "X", "T", "P", "E", "o", "y p m > c", "b X"]
            let at = items.firstIndex { rowKeys.contains($0.key) }
            items.removeAll { rowKeys.contains($0.key) }
            if let at { items.insert(Text.UX22.keyOpenFolded, at: min(at, items.count)) }
        }
        return items
    }

    /// The longest end of `text` that fits in `width` columns.
    static func tail(of text: String, width: Int) -> String {
        var used = 0
        var start = text.endIndex
        while start > text.startIndex {
            let before = text.index(before: start)
            let w = String(text[before]).displayWidth
            if used + w > width { break }
            used += w
            start = before
        }
        return String(text[start...])
    }

    /// htop's function bar: each key highlighted, then its label. Spacing tightens on narrow
    /// terminals; if it still does not fit, items before the last (Quit) are dropped.
    mutating func keys(_ items: [(key: String, label: String)], from x0: Int, y: Int, width: Int) {
        let room = width - x0
        var items = items
        func span(_ inner: Int, _ gap: Int) -> Int {
            items.reduce(0) { $0 + clean($1.key).displayWidth + inner + clean($1.label).displayWidth } + gap * max(0, items.count - 1)
        }
        var spacing = (inner: 1, gap: 2)
        // Narrower, the gaps shrink to one; then items before the last (Quit) are dropped, rather than run the
        // keys into their labels ("?Help SpaceToggle" reads as one word).
        if span(1, 2) > room { spacing = (1, 1) }
        while span(spacing.inner, spacing.gap) > room && items.count > 1 { items.remove(at: items.count - 2) }
        var x = x0
        for item in items {
            x += text(item.key, x: x, y: y, width: max(0, width - x), style: Style(.key, bold: true))
            x += spacing.inner
            x += text(item.label, x: x, y: y, width: max(0, width - x), style: Style(.keyLabel))
            x += spacing.gap
        }
    }
}
