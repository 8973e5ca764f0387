import PlanModel
import RencanaText

/// The roll-up dashboard's one state transition, as `update` is the plan dashboard's: pure and total, effects
/// returned as values (the office's year to read, a redraw, quitting).
public func updateRollup(_ state: RollupState, _ action: RollupAction) -> (RollupState, [RollupEffect]) {
    var next = state
    let effects = updateRollup(&next, action)
    return (next, effects)
}

/// `updateRollup` in place: what the event loop uses.
public func updateRollup(_ state: inout RollupState, _ action: RollupAction) -> [RollupEffect] {
    state.notice = nil
    state.foldPrefixPending = false
    let effects = state.apply(action)
    state.clampView()
    state.refreshTotals()
    return effects
}

/// Maps `key` through the roll-up's keys and applies it.
public func handleRollup(_ state: RollupState, _ key: Key) -> (RollupState, [RollupEffect]) {
    updateRollup(state, RollupKeys.action(for: key, in: state))
}

extension RollupState {
    mutating func apply(_ action: RollupAction) -> [RollupEffect] {
        switch action {
        case .none: break
        case .moveRows(let delta): cursor = Self.added(cursor, delta)
        case .pageDown: scroll(max(1, layout.bodyHeight))
        case .pageUp: scroll(-max(1, layout.bodyHeight))
        case .halfPageDown: scroll(max(1, layout.bodyHeight / 2))
        case .halfPageUp: scroll(-max(1, layout.bodyHeight / 2))
        case .firstRow: cursor = 0
        case .lastRow: cursor = max(0, lines.count - 1)
        case .wheel(let delta): scroll(delta)
        case .moveMonths(let delta): movePeriod(delta)
        case .cyclePeriod:
            periods = periods.next
            setSize(width: width, height: height)
            if sort != .office { recomputeOrder() }
        case .toggleLayer: layer = layer == .rencana ? .realisasi : .rencana
        case .cycleSort:
            sort = Sort(rawValue: (sort.rawValue + 1) % Sort.allCases.count) ?? .office
            recomputeOrder()  // the title bar names the sort
        case .fold: foldAtCursor()
        case .unfold: unfoldAtCursor()
        case .foldAll: foldAllToggle()
        case .foldToLevel(let level): foldToLevel(level)
        case .foldPrefix: foldPrefixPending = true
        case .cancelFoldPrefix(let name): notice = Text.RollupDashboard.foldPrefixCancelled(name)
        case .showArea(let number):
            guard model.offices.contains(where: { $0.plan.areas.contains { $0.number == number } }) else {
                notice = Text.RollupDashboard.noSuchArea(number)
                break
            }
            setAreaFilter([number])
        case .showAllAreas: setAreaFilter([])
        case .openSearch: searchDraft = ""
        case .searchKey(let key): searchKey(key)
        case .nextMatch: jumpToMatch(forward: true, includingCurrent: false)
        case .previousMatch: jumpToMatch(forward: false, includingCurrent: false)
        case .openOffice:
            guard let line = selectedLine else { break }
            pendingArea = { if case .area(_, let a) = line { a } else { nil } }()
            return [.loadOffice(line.office)]
        case .openHelp: overlay = .help(scroll: 0)
        case .scrollHelp(let delta):
            if case .help(let scroll) = overlay { overlay = .help(scroll: min(max(0, Self.added(scroll, delta)), 500)) }
        case .closeOverlay:
            if overlay != .none { overlay = .none } else if !searchQuery.isEmpty { clearSearch() }
        case .refused: notice = Text.RollupDashboard.readOnly
        case .redraw: return [.redraw]
        case .quit: return [.quit]
        case .resize(let w, let h):
            setSize(width: w, height: h)
            if var view = office {
                _ = update(&view.state, .resize(width: w, height: h))
                office = view
            }
            return [.redraw]
        case .click(let x, let y): click(x: x, y: y)
        case .folderChanged(let newModel): takeModel(newModel)
        case .officeLoaded(let index, let year):
            guard model.offices.indices.contains(index) else { break }
            guard let year else { notice = Text.RollupDashboard.unreadable(model.offices[index].name); break }
            openOffice(index, year: year, area: pendingArea)
        case .officeKey(let key): return officeKey(key)
        }
        return []
    }

    static func added(_ value: Int, _ delta: Int) -> Int {
        let (sum, overflow) = value.addingReportingOverflow(delta)
        return overflow ? (delta > 0 ? Int.max : Int.min) : sum
    }

    private mutating func scroll(_ delta: Int) {
        cursor = Self.added(cursor, delta)
        top = Self.added(top, delta)
    }

    /// The terminal's new size (clamped to something sane), and the layout for it.
    mutating func setSize(width w: Int, height h: Int) {
        width = min(max(0, w), AppState.maxSize.width)
        height = min(max(0, h), AppState.maxSize.height)
        layout = RollupLayout(width: width, height: height, periods: periods)
    }

    /// ← →: a month in Bulan, a period (its first month) in Triwulan and Semester. Under a capaian or kurang bukti
    /// sort the offices are ordered again for the new period.
    private mutating func movePeriod(_ delta: Int) {
        let before = chosenPeriod.period
        if periods == .bulan {
            month = Month(index: min(11, max(0, month.index + max(-12, min(12, delta))))) ?? month
        } else {
            let p = min(periods.count - 1, max(0, periods.period(of: month) + max(-12, min(12, delta))))
            month = periods.months(of: p).lowerBound
        }
        if sort != .office && chosenPeriod.period != before { recomputeOrder() }
    }

    private mutating func setAreaFilter(_ areas: Set<Int>) {
        areaFilter = areas
        refreshFilteredMonths()
        recomputeOrder()
    }

    /// The search prompt's keys: typed characters, erase, Enter keeps the query, Esc clears it, ↑ ↓ between matches.
    private mutating func searchKey(_ key: Key) {
        guard var draft = searchDraft else { return }
        switch key {
        case .enter:
            searchQuery = draft
            searchDraft = nil
            if matches.isEmpty && !draft.isEmpty { notice = Text.RollupDashboard.noMatches(draft) }
            return
        case .escape, .ctrl("c"), .ctrl("g"): return clearSearch()
        case .up, .ctrl("p"): return jumpToMatch(forward: false, includingCurrent: false)
        case .down, .ctrl("n"): return jumpToMatch(forward: true, includingCurrent: false)
        case .backspace, .delete, .ctrl("h"): if !draft.isEmpty { draft.removeLast() }
        case .char(let c) where draft.count < AppState.searchLimit: draft.append(c)
        case .paste(let text):
            var editor = TextEditor(text: "", width: 1)
            editor.paste(text)  // controls dropped, tabs made spaces
            draft += editor.text.split(whereSeparator: \.isNewline).joined(separator: " ").prefix(AppState.searchLimit - draft.count)
        default: return
        }
        searchDraft = draft
        matches = officesMatching(draft)
        if !matches.isEmpty { jumpToMatch(forward: true, includingCurrent: true) }
    }

    private mutating func clearSearch() {
        searchDraft = nil
        searchQuery = ""
        matches = []
    }

    /// The folder read again: the same offices keep their folds and the cursor stays on its office.
    private mutating func takeModel(_ newModel: RollupModel) {
        let openOffice = office.map { model.offices[$0.index].key }
        let selected = selectedLine.map { (model.offices[$0.office].key, $0) }
        // The first read done: the figures count to that year's default month, where the cursor starts.
        let firstRead = model.reading
        if let asOf = newModel.defaultAsOf, firstRead || asOf != defaultAsOf {
            if firstRead || month == defaultAsOf { month = startMonth ?? asOf }
            defaultAsOf = asOf
        }
        model = newModel
        generation += 1
        refreshFilteredMonths()
        let keys = Set(model.offices.map(\.key))
        openOffices.formIntersection(keys)
        matches = officesMatching(activeQuery)
        if let openOffice, let view = office {
            // The office open stays as it was opened (its index follows it; gone from the folder, it closes).
            if let index = model.offices.firstIndex(where: { $0.key == openOffice }) {
                office = RollupOfficeView(index: index, state: view.state, refused: view.refused)
            } else {
                office = nil
            }
        }
        if firstRead && openAllOnRead { openOffices = Set(model.offices.map(\.key)) }
        recomputeOrder()
        if let (key, line) = selected { place(cursorOn: key, line: line) }
        clampView()
    }

    /// A click on a line selects it; on an office's fold marker it folds or opens it.
    private mutating func click(x: Int, y: Int) {
        let row = y - layout.bodyY
        guard row >= 0, row < layout.bodyHeight, lines.indices.contains(top + row) else { return }
        cursor = top + row
        if x <= 1, case .office(let i) = lines[cursor] {
            if openOffices.contains(model.offices[i].key) { foldAtCursor() } else { unfoldAtCursor() }
        }
    }
}
