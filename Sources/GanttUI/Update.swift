import PlanModel
import RencanaText

/// The dashboard's one state transition: a new state and the effects the event loop must run.
///
/// Pure and total: any action in any state gives a valid state (cursor on a visible row
/// and a month, scroll clamped); nothing here traps or touches the outside world.
public func update(_ state: AppState, _ action: Action) -> (AppState, [Effect]) {
    var next = state
    let effects = update(&next, action)
    return (next, effects)
}

/// `update` in place: what the event loop uses, so the state's arrays (the progress cache) are changed
/// where they are instead of copied from the value before.
public func update(_ next: inout AppState, _ action: Action) -> [Effect] {
    // The effect runner's message before the store changes the year: nothing else of the state moves.
    if case .handYearToStore = action {
        next.handYearToStore()
        return []
    }
    let selectedBefore = next.selectedRow
    next.notice = nil
    next.foldPrefixPending = false
    if next.isLoading && !action.worksWhileLoading {
        next.notice = .stillLoading
        return []
    }
    let effects = next.apply(action)
    next.clampView()
    if next.selectedRow != selectedBefore { next.selectionMoved() }
    // The year's progress, when Realisasi shows it and the year has none yet: handed to the store before any
    // other effect changes the store's year.
    return next.keepYearProgress() + effects
}

/// Maps `key` through the keymap and applies it: what the event loop does for each key.
public func handle(_ state: AppState, _ key: Key) -> (AppState, [Effect]) {
    update(state, Keymap.action(for: key, in: state))
}

extension AppState {
    mutating func apply(_ action: Action) -> [Effect] {
        switch action {
        case .none: return []
        case .moveRows(let delta): cursor = clampedAdd(cursor, delta)
        case .moveMonths(let delta): movePeriods(delta)
        case .cyclePeriod: cyclePeriods()
        case .pageDown: scrollBy(pageRows)
        case .pageUp: scrollBy(-pageRows)
        case .halfPageDown: scrollBy(max(1, gridHeight / 2))
        case .halfPageUp: scrollBy(-max(1, gridHeight / 2))
        case .firstRow: cursor = 0
        case .lastRow: cursor = max(0, visibleRows.count - 1)
        case .wheel(let delta):
            top = clampedAdd(top, delta)
            cursor = clampedAdd(cursor, delta)
        case .toggle: return refusedOutsideBulan() ? [] : toggleSelected()
        case .fold: foldAtCursor()
        case .unfold: unfoldAtCursor()
        case .foldAll: foldAllToggle()
        case .foldToLevel(let level): foldToLevel(level)
        case .foldPrefix: foldPrefixPending = true
        case .cancelFoldPrefix(let name): notice = .foldPrefixCancelled(name)
        case .undo:
            guard canUndo else { notice = .nothingToUndo; return [] }
            return [.undo]
        case .redo:
            guard canRedo else { notice = .nothingToRedo; return [] }
            return [.redo]
        case .showArea(let number):
            guard let area = plan.areas.firstIndex(where: { $0.number == number }) else { notice = .noSuchArea(number); return [] }
            // Showing one area that is folded opens it (its kegiatan and sub kegiatan folds stay).
            folds.remove(FoldKey(level: 1, area: area))
            setAreaFilter([number])
            if case .picker = overlay { overlay = .none }
        case .showAllAreas:
            setAreaFilter([])
            if case .picker = overlay { overlay = .none }
        case .nextMatch, .previousMatch:
            if activeQuery.isEmpty { notice = .noSearch }
            jumpToMatch(forward: { if case .nextMatch = action { true } else { false } }(), includingCurrent: false)
        case .view(let command): return apply(command)
        case .closeOverlay:
            if overlay != .none { overlay = .none } else if !searchQuery.isEmpty { return clearSearch(restoreCursor: false) }
        case .redraw: return [.redraw]
        case .quit: return [.quit]
        case .resize(let w, let h):
            setSize(width: w, height: h)
            clampRevision()
            return [.redraw]
        case .click(let x, let y): click(x: x, y: y)
        case .saved(let entry, let year):
            refusedDraft = nil
            recordSaved(entry, year)
        case .changeRefused(let reason, let year):
            takeYear(year)
            notice = .refused(Text.DashboardFixes.refused(reason))
            if let draft = refusedDraft { prompt = draft }
            refusedDraft = nil
        case .saveFailed(let reason, let year):
            refusedDraft = nil
            takeYear(year)
            saveStatus = .notSaved(reason)
            return [.wake(after: Self.saveRetryMilliseconds, .retrySave)]
        case .externalChange(let year):
            refusedDraft = nil
            takeYear(year)
            refreshRevision()
        case .toggleLayer: toggleLayer()
        case .recordStatus(let key): return refusedOutsideBulan() ? [] : recordStatus(key)
        case .clearStatus: return refusedOutsideBulan() ? [] : clearStatus()
        case .startMove: if !refusedOutsideBulan() { startMove() }
        case .moveAsOf(let delta): moveAsOf(delta)
        case .editNote: if !refusedOutsideBulan() { startNoteEditor() }
        case .editPJ: startPJEditor()
        case .editReview: startReviewForm()
        case .addEvidence: if !refusedOutsideBulan() { startEvidenceEditor() }
        case .removeEvidence: return refusedOutsideBulan() ? [] : removeEvidence()
        case .promptKey(let key): return promptKey(key)
        case .editTexts: startTextEditor()
        case .editDocument: startDocumentForm()
        case .editorKey(let key): return editorKey(key)
        case .startConflictChoice: startConflictChoice()
        case .needsRealisasi: notice = .needsRealisasi
        case .addRow(let above): startAddRow(above: above)
        case .addGroup: startAddGroup()
        case .deleteRows: startDelete()
        case .moveRow(let up): return moveSelected(up: up)
        case .startMoveTo: startMoveTo()
        case .structureKey(let key): return structureKey(key)
        case .openRevision: openRevision()
        case .revision(let command): return revisionCommand(command)
        case .planLoaded(let whole): takeOver(whole)
        case .newDay(let day, let defaultAsOf): newDay(today: day, defaultAsOf: defaultAsOf)
        case .searchFinished(let query, let rows): searchFinished(query, rows: rows)
        case .retrySave: return [.retrySave]
        case .clock(let reading): return clock(reading)
        case .handYearToStore: handYearToStore()
        }
        return []
    }

    private func clampedAdd(_ value: Int, _ delta: Int) -> Int {
        let (sum, overflow) = value.addingReportingOverflow(delta)
        return overflow ? (delta > 0 ? Int.max : Int.min) : sum
    }

    private mutating func scrollBy(_ rows: Int) {
        cursor = clampedAdd(cursor, rows)
        top = clampedAdd(top, rows)
    }

    private mutating func toggleSelected() -> [Effect] {
        guard let index = selectedRow else { return [] }
        guard foldLines[index] == nil else { notice = .foldedLine; return [] }
        let on = !marks(of: index).contains(month)
        return [.toggle(row: plan.rows[index].id, month: month, on: on)]
    }

    private mutating func recordSaved(_ entry: JournalEntry, _ year: YearState) {
        takeYear(year)
        saveStatus = .saved
        landOnChangedRow(entry)
        refreshRevision()
        let isUndo: Bool
        switch entry.change {
        case .undo: isUndo = true
        case .redo: isUndo = false
        default: return
        }
        guard let (row, entryMonth) = place(of: entry) else { return }
        notice = isUndo ? .undid(row, entryMonth) : .redid(row, entryMonth)
        // Show where the undo or redo happened, when that row is visible (opening a fold that holds it).
        guard let index = plan.rowIndex(of: row) else { return }
        reveal(index)
        let position = Self.lowerBound(visibleRows, index)
        if position < visibleRows.count && visibleRows[position] == index {
            cursor = position
            if let entryMonth { month = entryMonth }
        }
    }

    /// Moves to the next (or previous) visible matching row, wrapping around; costs matches, not rows.
    mutating func jumpToMatch(forward: Bool, includingCurrent: Bool) {
        let query = activeQuery
        guard !query.isEmpty, let current = selectedRow else { return }
        let count = matchRows.count
        var k = forward
            ? Self.lowerBound(matchRows, includingCurrent ? current : current + 1)
            : Self.lowerBound(matchRows, includingCurrent ? current + 1 : current) - 1
        for _ in 0..<count {
            k = ((k % count) + count) % count
            let row = matchRows[k]
            if areaFilter.isEmpty || areaFilter.contains(plan.rows[row].areaNumber) {
                // A match inside a folded group opens it; while the query is typed the cursor waits on the fold
                // line (the prompt's later keys may match elsewhere) and Enter opens it.
                if search != nil { search?.typedMatch = row } else { reveal(row) }
                cursor = position(ofPlanRow: row)
                return
            }
            k += forward ? 1 : -1
        }
        notice = .noMatches(query)
    }

    private mutating func click(x: Int, y: Int) {
        guard x >= 0, y >= 0, x < width, y < height else { return }
        let layout = self.layout
        if y == layout.headerY, let p = layout.period(atColumn: x) { selectPeriod(p); return }
        let line = y - layout.bodyY
        let lines = bodyLines
        guard line >= 0, line < lines.count, case .row(let i) = lines[line] else { return }
        cursor = i
        // A click on a fold line's marker opens it.
        if let marker = foldMarkerColumn(visible: i), x == marker { unfoldAtCursor(); return }
        if let p = layout.period(atColumn: x) { selectPeriod(p) }
    }
}
