import PlanModel

/// How far the plan now is from the plan as signed, counted in rows: the one count the title bar and the revision
/// view both show (in the words of `Text.Dashboard.changeCounts`), so the two never disagree.
///
/// Built from `PlanDiff` (net of undo: the plan as it now is against the plan as signed). The changes a person makes
/// most (months, a row's INDIKATOR or KET, a new row) refresh only the rows they touched, so such a key costs the
/// row, not the plan; a change that can move other rows' standing (a removal, a move, a group's title) counts again.
public struct ChangeTally: Equatable, Sendable {
    /// Rows added, removed, moved, with a changed text (theirs or a group's they open), with changed months.
    public private(set) var added = 0, removed = 0, moved = 0, text = 0, months = 0
    /// Rows with any difference (a row counted under two headings counts once here), removed rows included.
    public var rows: Int { removed + flags.count }
    /// What differs of each row of the current plan that differs (never empty flags).
    private var flags: [RowID: RevisionFlags] = [:]
    /// Rows whose `.text` comes from a group they open (a group's title changed), which a row's own edit keeps.
    private var groupText: Set<RowID> = []

    /// No differences: the plan as signed.
    public init() {}

    /// The tally of `year`'s plan against its plan as signed.
    public init(_ year: YearState) {
        let diff = PlanDiff(signed: year.signed, current: year.plan, marks: year.marks)
        self.init(flags: Self.rowFlags(diff.changes), removed: year.signed.rows.count - Self.kept(year))
        for change in diff.changes where change.kind == .changed && change.level != .indikator {
            if let row = change.row { groupText.insert(row) }
        }
    }

    /// The tally of `year` when a dashboard opens: without entries that change texts or rows (the usual year),
    /// only the rows' months are compared (no diff of the whole plan).
    init(initial year: YearState) {
        self.init()
        guard !year.entries.isEmpty else { return }
        guard AppState.planChange(of: year.entries[...], in: year) == .none else { self = ChangeTally(year); return }
        for (index, row) in year.plan.rows.enumerated() where year.marks.indices.contains(index) && year.marks[index] != row.baseline {
            set(row.id, .months)
        }
    }

    /// The tally of rows flagged as `flags` says, with `removed` rows gone.
    init(flags: [RowID: RevisionFlags], removed: Int) {
        self.removed = removed
        for (row, f) in flags where !f.contains(.removed) { set(row, f) }
    }

    /// Sets what differs of `row`, keeping the counts.
    private mutating func set(_ row: RowID, _ new: RevisionFlags) {
        let old = flags[row] ?? []
        guard old != new else { return }
        func count(_ flag: RevisionFlags, _ n: inout Int) { n += (new.contains(flag) ? 1 : 0) - (old.contains(flag) ? 1 : 0) }
        count(.added, &added)
        count(.moved, &moved)
        count(.text, &text)
        count(.months, &months)
        flags[row] = new.isEmpty ? nil : new
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

    /// After a change of `row`'s months, INDIKATOR or KET, or its addition (or the undo of one): what differs of it
    /// now, as `PlanDiff` would say (its move and a group's title it carries stay as they were).
    mutating func refresh(_ row: RowID, in year: YearState) {
        guard let index = year.plan.rowIndex(of: row) else { return set(row, []) }
        guard let signed = year.signed.row(row) else { return set(row, .added) }
        let now = year.plan.rows[index]
        var f = (flags[row] ?? []).intersection(.moved)
        if signed.indikator != now.indikator || signed.ket != now.ket || groupText.contains(row) { f.insert(.text) }
        if (year.marks.indices.contains(index) ? year.marks[index] : now.baseline) != signed.baseline { f.insert(.months) }
        set(row, f)
    }

    public static func == (a: ChangeTally, b: ChangeTally) -> Bool {
        (a.added, a.removed, a.moved, a.text, a.months, a.rows) == (b.added, b.removed, b.moved, b.text, b.months, b.rows)
    }
}

extension AppState {
    /// Keeps `changeTally` up to date after `added` entries made `change` to the plan: the rows of months, row
    /// texts and new rows refreshed one by one, anything else counted again from the diff.
    mutating func refreshTally(_ change: PlanChange, _ added: ArraySlice<JournalEntry>) {
        guard change != .replaced else { changeTally = ChangeTally(year); return }
        for entry in added {
            switch year.resolved(entry.change) {
            case .set(let mark)?: changeTally.refresh(mark.row, in: year)
            case .edit(let row, let field, _, _)? where field == .indikator || field == .ket: changeTally.refresh(row, in: year)
            // A row added after another is never its group's first (which carries the group's move or title).
            case .add(let addition)? where addition.level == .indikator && addition.isAfter:
                changeTally.refresh(addition.row, in: year)
            case .edit?, .add?, .remove?, .move?:
                changeTally = ChangeTally(year)
                return
            default: break
            }
        }
    }
}

private extension RowAddition {
    var isAfter: Bool { if case .after? = anchor { true } else { false } }
}
