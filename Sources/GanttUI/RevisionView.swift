import PlanModel

/// A key of the revision view (its keys are in `KeyTable`, scope `.revision`).
public enum RevisionCommand: Equatable, Sendable {
    /// Moves the cursor by lines (negative: up).
    case rows(Int)
    /// Moves the cursor by pages.
    case pages(Int)
    case first, last
    /// Opens or closes the differences of the cursor's line under the list.
    case differences
    case close
}

/// What happened to one line of the revision view (several at once: a moved row whose text changed).
public struct RevisionFlags: OptionSet, Equatable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    public static let added = RevisionFlags(rawValue: 1)
    public static let removed = RevisionFlags(rawValue: 2)
    public static let moved = RevisionFlags(rawValue: 4)
    /// A text of the row (INDIKATOR, KET) or of a group it opens changed.
    public static let text = RevisionFlags(rawValue: 8)
    public static let months = RevisionFlags(rawValue: 16)
}

/// The revision view (`v`): every row of the current plan in order, with the rows removed since the plan as
/// signed shown where they were, each marked with what happened to it; a pane lists the cursor's differences.
///
/// Built once from `PlanDiff` when the view opens and again when the year changes while it is open; moving
/// the cursor costs the screen, not the plan.
public struct RevisionView: Equatable, Sendable {
    /// The lines in order: a value ≥ 0 is a row of the current plan (its index), a value < 0 a removed row
    /// of the plan as signed (`-1 - index`).
    public let lines: [Int]
    /// What happened to each line.
    public let flags: [RevisionFlags]
    /// Every difference, as `rencana diff` lists them.
    public let changes: [PlanModel.PlanChange]
    /// The differences (indices into `changes`) by the row they name (a group's first row for a group's).
    let changesByRow: [RowID: [Int]]
    /// The line of each row of the current plan.
    let lineOfRow: [Int]
    /// How many rows were added, removed, moved, had a text or their months changed (what the title bar says too).
    public let counts: ChangeTally
    /// The current plan the view was built from (removed rows are looked up in the signed one).
    let current: Plan
    let signed: Plan
    let marks: [MonthSet]
    /// The NO. column's width: the longest row id shown (9 at least, 16 at most), so an id reads whole.
    let idWidth: Int
    public internal(set) var cursor = 0
    public internal(set) var top = 0
    /// Whether the pane of the cursor's differences is open.
    public internal(set) var showsDifferences = false

    /// Views are equal when they show the same lines from the same place (the arrays compare by buffer first).
    public static func == (a: RevisionView, b: RevisionView) -> Bool {
        a.cursor == b.cursor && a.top == b.top && a.showsDifferences == b.showsDifferences
            && a.lines == b.lines && a.flags == b.flags && a.changes.count == b.changes.count
    }

    /// The view of `year`'s plan against its plan as signed.
    public init(_ year: YearState) {
        current = year.plan
        signed = year.signed
        marks = year.marks
        let diff = PlanDiff(signed: year.signed, current: year.plan, marks: year.marks)
        changes = diff.changes
        var byRow: [RowID: [Int]] = [:]
        for (n, change) in changes.enumerated() {
            guard let row = change.row else { continue }
            byRow[row, default: []].append(n)
        }
        let rowFlags = ChangeTally.rowFlags(changes)
        changesByRow = byRow
        // Removed rows go after the row that came before them in the plan as signed (where it is now).
        var removedAfter: [Int: [Int]] = [:]
        var last = -1
        for (s, row) in year.signed.rows.enumerated() {
            if let index = year.plan.rowIndex(of: row.id) { last = index; continue }
            removedAfter[last, default: []].append(s)
        }
        var lines: [Int] = []
        var flags: [RevisionFlags] = []
        var lineOfRow: [Int] = []
        lineOfRow.reserveCapacity(year.plan.rows.count)
        lines.reserveCapacity(year.plan.rows.count + removedAfter.count)
        flags.reserveCapacity(lines.capacity)
        func addRemoved(after index: Int) {
            for s in removedAfter[index] ?? [] {
                lines.append(-1 - s)
                flags.append(.removed)
            }
        }
        addRemoved(after: -1)
        for (index, row) in year.plan.rows.enumerated() {
            let f = rowFlags[row.id] ?? []
            lineOfRow.append(lines.count)
            lines.append(index)
            flags.append(f)
            if !removedAfter.isEmpty { addRemoved(after: index) }
        }
        self.lines = lines
        self.flags = flags
        self.lineOfRow = lineOfRow
        counts = ChangeTally(flags: rowFlags, removed: lines.count - year.plan.rows.count)
        var widest = 9
        for line in lines {
            if widest >= 16 { break }
            let id = line < 0 ? year.signed.rows[-1 - line].id : year.plan.rows[line].id
            widest = max(widest, min(16, id.rawValue.utf8.count))
        }
        idWidth = widest
    }

    /// The row of line `n`: its id, place, INDIKATOR, months now and as signed.
    func row(_ n: Int) -> (id: RowID, place: String, indikator: String, months: MonthSet, signed: MonthSet) {
        let line = lines[n]
        if line < 0 {
            let row = signed.rows[-1 - line]
            return (row.id, Self.place(of: row), row.indikator, row.baseline, row.baseline)
        }
        let row = current.rows[line]
        let before = signed.row(row.id)?.baseline ?? (marks.indices.contains(line) ? marks[line] : row.baseline)
        return (row.id, Self.place(of: row), row.indikator, marks.indices.contains(line) ? marks[line] : row.baseline, before)
    }

    /// The differences of line `n`: its own, then those of the groups it belongs to (sub kegiatan, kegiatan,
    /// area), each found on the group's first row.
    public func differences(of n: Int) -> [PlanModel.PlanChange] {
        guard lines.indices.contains(n) else { return [] }
        let line = lines[n]
        let plan = line < 0 ? signed : current
        let index = line < 0 ? -1 - line : line
        let row = plan.rows[index]
        var found = (changesByRow[row.id] ?? []).map { changes[$0] }.filter { $0.level == .indikator }
        // The first rows of its sub kegiatan, kegiatan and area (rows of a group are contiguous).
        var firsts: [(RowID, DiffLevel)] = []
        var i = index
        while i > 0, plan.rows[i - 1].position.area == row.position.area && plan.rows[i - 1].position.kegiatan == row.position.kegiatan
                && plan.rows[i - 1].position.sub == row.position.sub { i -= 1 }
        firsts.append((plan.rows[i].id, .sub))
        while i > 0, plan.rows[i - 1].position.area == row.position.area && plan.rows[i - 1].position.kegiatan == row.position.kegiatan { i -= 1 }
        firsts.append((plan.rows[i].id, .kegiatan))
        while i > 0, plan.rows[i - 1].position.area == row.position.area { i -= 1 }
        firsts.append((plan.rows[i].id, .area))
        for (first, level) in firsts {
            found += (changesByRow[first] ?? []).map { changes[$0] }.filter { $0.level == level }
        }
        return found
    }

    /// A row as the view names it: its stored id, the string every command takes (never its position).
    static func place(of row: PlanRow) -> String { row.id.rawValue }

    /// Moves the cursor to line `n` (clamped), scrolling so it stays in the `height` lines shown.
    mutating func moveCursor(to n: Int, height: Int) {
        cursor = max(0, min(lines.count - 1, n))
        let height = max(1, height)
        if cursor < top { top = cursor }
        if cursor >= top + height { top = cursor - height + 1 }
        top = max(0, min(top, max(0, lines.count - height)))
    }

    /// The line of the current plan's row `index`.
    func line(ofRow index: Int) -> Int { lineOfRow.indices.contains(index) ? lineOfRow[index] : 0 }
}

extension AppState {
    /// `v`: opens the revision view on the cursor's row (or closes it).
    mutating func openRevision() {
        var view = RevisionView(year)
        if let index = selectedRow, let now = year.plan.rowIndex(of: plan.rows[index].id) {
            view.moveCursor(to: view.line(ofRow: now), height: revisionListHeight(view))
        }
        revision = view
    }

    /// Builds the revision view again after the year changed (another process saved), keeping the cursor's row.
    mutating func refreshRevision() {
        guard let old = revision else { return }
        let id = old.lines.indices.contains(old.cursor) ? old.row(old.cursor).id : nil
        var view = RevisionView(year)
        view.showsDifferences = old.showsDifferences
        view.top = old.top
        let target = id.flatMap { view.current.rowIndex(of: $0) }.map { view.line(ofRow: $0) } ?? old.cursor
        view.moveCursor(to: target, height: revisionListHeight(view))
        revision = view
    }

    /// One key of the revision view.
    mutating func revisionCommand(_ command: RevisionCommand) -> [Effect] {
        guard var view = revision else { return [] }
        let height = revisionListHeight(view)
        switch command {
        case .rows(let delta): view.moveCursor(to: view.cursor + delta, height: height)
        case .pages(let delta): view.moveCursor(to: view.cursor + delta * max(1, height - 1), height: height)
        case .first: view.moveCursor(to: 0, height: height)
        case .last: view.moveCursor(to: view.lines.count - 1, height: height)
        case .differences:
            view.showsDifferences.toggle()
            view.moveCursor(to: view.cursor, height: revisionListHeight(view))
        case .close:
            // Back in the grid on the row the view's cursor was on (a removed row: the one before it).
            var n = view.cursor
            while n > 0 && view.lines[n] < 0 { n -= 1 }
            if view.lines.indices.contains(n), view.lines[n] >= 0, let index = plan.rowIndex(of: view.row(n).id) {
                reveal(index)
                let position = Self.lowerBound(visibleRows, index)
                if position < visibleRows.count && visibleRows[position] == index { cursor = position }
            }
            revision = nil
            return []
        }
        revision = view
        return []
    }

    /// Keeps the revision view's cursor on screen at a new size.
    mutating func clampRevision() {
        guard var view = revision else { return }
        view.moveCursor(to: view.cursor, height: revisionListHeight(view))
        revision = view
    }

    /// Lines of the revision view's list (the screen less title, header, rule, key bar and the open pane).
    func revisionListHeight(_ view: RevisionView) -> Int {
        max(1, height - 4 - (view.showsDifferences ? revisionPaneHeight : 0))
    }

    /// The height of the pane of the cursor's differences.
    var revisionPaneHeight: Int { max(3, min(12, height / 3)) }
}
