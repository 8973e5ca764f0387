import Foundation
import PlanModel
import RencanaText

extension RollupState {
    /// Orders the offices as the sort says (by name; by capaian lowest first with "–" last; by kurang bukti most
    /// first; ties by name), in the chosen period and over the areas shown, then makes the lines again.
    mutating func recomputeOrder() {
        let byName = model.nameOrder
        switch sort {
        case .office:
            order = byName
        case .capaian, .kurangBukti:
            var rank = [Int](repeating: 0, count: byName.count)
            for (position, index) in byName.enumerated() { rank[index] = position }
            let (period, asOf) = chosenPeriod
            let figures = model.offices.indices.map { self.figures(office: $0, area: nil, period: period, asOf: asOf) }
            if sort == .capaian {
                order = byName.sorted { a, b in
                    switch (figures[a].capaianTenths, figures[b].capaianTenths) {
                    case let (x?, y?) where x != y: return x < y
                    case (nil, _?): return false
                    case (_?, nil): return true
                    default: return rank[a] < rank[b]
                    }
                }
            } else {
                order = byName.sorted { a, b in
                    figures[a].kurangBukti != figures[b].kurangBukti ? figures[a].kurangBukti > figures[b].kurangBukti : rank[a] < rank[b]
                }
            }
        }
        recomputeLines()
    }

    /// Makes the lines from the order, the folds and the area filter, keeping the cursor on its line (or its office).
    mutating func recomputeLines() {
        let selected = selectedLine.map { (key: model.offices.indices.contains($0.office) ? model.offices[$0.office].key : "", line: $0) }
        var made: [Line] = []
        made.reserveCapacity(order.count)
        for i in order {
            made.append(.office(i))
            guard openOffices.contains(model.offices[i].key) else { continue }
            for a in model.offices[i].plan.areas.indices where shows(office: i, area: a) { made.append(.area(i, a)) }
        }
        lines = made
        if let selected { place(cursorOn: selected.key, line: selected.line) }
        clampView()
    }

    /// Puts the cursor on the line of office `key` (its area when `line` was one and is still shown, else the office).
    mutating func place(cursorOn key: String, line: Line) {
        guard let office = model.offices.firstIndex(where: { $0.key == key }) else { return }
        var target: Line = .office(office)
        if case .area(_, let a) = line, model.offices[office].plan.areas.indices.contains(a) { target = .area(office, a) }
        if let position = lines.firstIndex(of: target) ?? lines.firstIndex(of: .office(office)) { cursor = position }
    }

    /// Keeps the cursor on a line and the scroll around it.
    mutating func clampView() {
        cursor = min(max(0, cursor), max(0, lines.count - 1))
        let page = max(1, layout.bodyHeight)
        top = min(max(0, top), max(0, lines.count - page))
        if cursor < top { top = cursor }
        if cursor >= top + page { top = cursor - page + 1 }
    }

    // MARK: - Folding (the plan dashboard's keys: offices are the top level, their areas below)

    /// `-` / `zc`: folds the cursor's office (from one of its areas too).
    mutating func foldAtCursor() {
        guard let line = selectedLine else { return }
        let key = model.offices[line.office].key
        guard openOffices.contains(key) else { return }
        openOffices.remove(key)
        recomputeLines()
        if let position = lines.firstIndex(of: .office(line.office)) { cursor = position }
        clampView()
    }

    /// `+` / `zo`: opens the cursor's office to its areas.
    mutating func unfoldAtCursor() {
        guard case .office(let i)? = selectedLine else { return }
        openOffices.insert(model.offices[i].key)
        recomputeLines()
    }

    /// `*` / `za`: folds every office, or opens all when all are folded.
    mutating func foldAllToggle() {
        foldToLevel(openOffices.isEmpty ? 2 : 1)
    }

    /// `zM` / `z1`: offices only; `zR` / `z2` / `z3`: offices and their areas.
    mutating func foldToLevel(_ level: Int) {
        openOffices = level <= 1 ? [] : Set(model.offices.map(\.key))
        recomputeLines()
    }

    // MARK: - Search (office names, case and diacritics ignored)

    /// The offices whose name holds `query`.
    func officesMatching(_ query: String) -> Set<Int> {
        guard !query.isEmpty else { return [] }
        let folded = RollupModel.folded(query)
        var found = Set<Int>()
        for (i, name) in model.searchNames.enumerated() where name.contains(folded) { found.insert(i) }
        return found
    }

    /// Moves to the next (or previous) office matching the search, in the order shown, wrapping around.
    mutating func jumpToMatch(forward: Bool, includingCurrent: Bool) {
        let query = activeQuery
        guard !query.isEmpty else { return }
        guard !matches.isEmpty, !lines.isEmpty else { notice = Text.RollupDashboard.noMatches(query); return }
        let count = lines.count
        let start = includingCurrent ? cursor : cursor + (forward ? 1 : -1)
        for step in 0..<count {
            let position = ((start + (forward ? step : -step)) % count + count) % count
            if case .office(let i) = lines[position], matches.contains(i) {
                cursor = position
                clampView()
                return
            }
        }
        notice = Text.RollupDashboard.noMatches(query)
    }

    /// Which match (1-based, in the order shown) the cursor's office is, nil when it is none.
    public var currentMatch: Int? {
        guard let line = selectedLine, matches.contains(line.office) else { return nil }
        var n = 0
        for i in order where matches.contains(i) {
            n += 1
            if i == line.office { return n }
        }
        return nil
    }
}
