import PlanModel

/// How far the plan now is from the plan as signed, counted in rows: the one count the title bar and the revision
/// view both show (in the words of `Text.Dashboard.changeCounts`), so the two never disagree.
///
/// Built from `PlanDiff` (net of undo: the plan as it now is against the plan as signed); a change of months only
/// refreshes the rows it touched, so a toggle costs the row, not the plan.
public struct ChangeTally: Equatable, Sendable {
    /// Rows added, removed, moved, with a changed text (theirs or a group's they open), with changed months.
    public internal(set) var added = 0, removed = 0, moved = 0, text = 0, months = 0
    /// Rows with any difference (a row counted under two headings counts once here), removed rows included.
    public internal(set) var rows = 0
    /// The rows of the current plan counted under `months`, and those counted under something else.
    var monthRows: Set<RowID> = []
    var otherRows: Set<RowID> = []

    /// No differences: the plan as signed.
    public init() {}

    /// The tally of `year`'s plan against its plan as signed.
    public init(_ year: YearState) {
        let diff = PlanDiff(signed: year.signed, current: year.plan, marks: year.marks)
        self.init(flags: Self.rowFlags(diff.changes), removed: year.signed.rows.count - Self.kept(year))
    }

    /// The tally of `year` when a dashboard opens: without entries that change texts or rows (the usual year),
    /// only the rows' months are compared (no diff of the whole plan).
    init(initial year: YearState) {
        self.init()
        guard !year.entries.isEmpty else { return }
        guard AppState.planChange(of: year.entries[...], in: year) == .none else { self = ChangeTally(year); return }
        for (index, row) in year.plan.rows.enumerated() where year.marks.indices.contains(index) && year.marks[index] != row.baseline {
            monthRows.insert(row.id)
        }
        months = monthRows.count
        rows = months
    }

    /// The tally of rows flagged as `flags` says, with `removed` rows gone.
    init(flags: [RowID: RevisionFlags], removed: Int) {
        self.removed = removed
        for (row, f) in flags where !f.contains(.removed) {
            if f.contains(.added) { added += 1 }
            if f.contains(.moved) { moved += 1 }
            if f.contains(.text) { text += 1 }
            if f.contains(.months) { months += 1; monthRows.insert(row) }
            if !f.subtracting(.months).isEmpty { otherRows.insert(row) }
        }
        rows = removed + monthRows.union(otherRows).count
    }

    /// What each difference marks on its row, as the revision view marks its lines.
    static func rowFlags(_ changes: [PlanModel.PlanChange]) -> [RowID: RevisionFlags] {
        var rowFlags: [RowID: RevisionFlags] = [:]
        for change in changes {
            guard let row = change.row else { continue }
            var f: RevisionFlags
            switch change.kind {
            case .added: f = change.level == .indikator ? .added : .text
            case .removed: f = change.level == .indikator ? .removed : []
            case .moved: f = .moved
            case .changed: f = .text
            case .monthsAdded, .monthsRemoved: f = .months
            }
            // A group added with a row is the row's addition; a group's move or new title marks its first row.
            if change.kind == .added && change.level != .indikator { f = [] }
            rowFlags[row, default: []].formUnion(f)
        }
        return rowFlags
    }

    /// How many rows of the plan as signed the current plan still has.
    private static func kept(_ year: YearState) -> Int {
        year.signed.rows.reduce(0) { $0 + (year.plan.rowIndex(of: $1.id) == nil ? 0 : 1) }
    }

    /// After the months of `row` changed (and nothing else of the plan): whether it now counts under `months`.
    mutating func refreshMonths(of row: RowID, in year: YearState) {
        guard let index = year.plan.rowIndex(of: row), let signed = year.signed.row(row) else { return }
        let differs = year.marks.indices.contains(index) && year.marks[index] != signed.baseline
        let was = monthRows.contains(row)
        guard differs != was else { return }
        if differs { monthRows.insert(row) } else { monthRows.remove(row) }
        months += differs ? 1 : -1
        if !otherRows.contains(row) { rows += differs ? 1 : -1 }
    }

    public static func == (a: ChangeTally, b: ChangeTally) -> Bool {
        (a.added, a.removed, a.moved, a.text, a.months, a.rows) == (b.added, b.removed, b.moved, b.text, b.months, b.rows)
    }
}

extension AppState {
    /// Keeps `changeTally` up to date after `added` entries made `change` to the plan: a change of texts or rows
    /// counts again from the diff; a change of months refreshes the rows it touched.
    mutating func refreshTally(_ change: PlanChange, _ added: ArraySlice<JournalEntry>) {
        switch change {
        case .texts, .rows, .replaced: changeTally = ChangeTally(year)
        case .none:
            for entry in added {
                if case .row(let row) = year.reach(of: entry) { changeTally.refreshMonths(of: row, in: year) }
            }
        }
    }
}
