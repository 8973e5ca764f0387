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
    /// Rows whose `.moved` comes from a group they open (the group moved), which a move inside the group keeps.
    private var groupMoved: Set<RowID> = []

    /// No differences: the plan as signed.
    public init() {}

    /// The tally of `year`'s plan against its plan as signed.
    public init(_ year: YearState) {
        let diff = PlanDiff(signed: year.signed, current: year.plan, marks: year.marks)
        self.init(flags: Self.rowFlags(diff.changes), removed: year.signed.rows.count - Self.kept(year))
        for change in diff.changes where change.level != .indikator {
            guard let row = change.row else { continue }
            if change.kind == .changed { groupText.insert(row) }
            if change.kind == .moved { groupMoved.insert(row) }
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

    /// After rows of one sub kegiatan moved up or down in it, or were removed from or put back into it, none of them
    /// its first row: the moves of its rows as `PlanDiff` says, found by a diff of that sub kegiatan alone (the one
    /// of the plan as signed its rows come from). False (nothing changed) when the sub kegiatan's rows come from
    /// more than one, or it shares one with another: then only the whole diff can say.
    mutating func refreshSub(at index: Int, in year: YearState) -> Bool {
        let plan = year.plan
        guard plan.rows.indices.contains(index) else { return false }
        let p = plan.rows[index].position
        func same(_ q: PlanRow.Position) -> Bool { q.area == p.area && q.kegiatan == p.kegiatan && q.sub == p.sub }
        var start = index, end = index + 1
        while start > 0, same(plan.rows[start - 1].position) { start -= 1 }
        while end < plan.rows.count, same(plan.rows[end].position) { end += 1 }
        // The signed sub kegiatan its signed rows come from: one, all of whose rows still here are here.
        var origin: (area: Int, kegiatan: Int, sub: Int)?
        var fromOrigin = 0
        for i in start..<end {
            guard let s = year.signed.row(plan.rows[i].id)?.position else { continue }
            if let o = origin, (o.area, o.kegiatan, o.sub) != (s.area, s.kegiatan, s.sub) { return false }
            origin = (s.area, s.kegiatan, s.sub)
            fromOrigin += 1
        }
        var moves: Set<RowID> = []
        if let o = origin {
            let signedRows = year.signed.rows.filter { $0.position.area == o.area && $0.position.kegiatan == o.kegiatan && $0.position.sub == o.sub }
            guard signedRows.reduce(0, { $0 + (plan.rowIndex(of: $1.id) == nil ? 0 : 1) }) == fromOrigin else { return false }
            func mini(_ rows: [PlanRow]) -> Plan {
                Plan(document: year.signed.document, areas: [ChangeArea(number: 1, name: "", kegiatan: [Kegiatan(title: "", subKegiatan: [
                    SubKegiatan(title: "", indicators: rows.map { Indicator(id: $0.id, text: "", months: MonthSet()) }),
                ])])])
            }
            let diff = PlanDiff(signed: mini(signedRows), current: mini(Array(plan.rows[start..<end])))
            for change in diff.changes where change.kind == .moved && change.level == .indikator {
                if let row = change.row { moves.insert(row) }
            }
        }
        for i in start..<end {
            let row = plan.rows[i].id
            var f = (flags[row] ?? []).subtracting(.moved)
            if moves.contains(row) || groupMoved.contains(row) { f.insert(.moved) }
            set(row, f)
        }
        return true
    }

    /// After `rows` were removed (or put back, by an undo): the rows as signed that are gone, and what differs of each.
    mutating func refreshRemoval(_ rows: [RowID], in year: YearState) {
        for row in rows {
            let inSigned = year.signed.rowIndex(of: row) != nil
            if year.plan.rowIndex(of: row) == nil {
                if inSigned { removed += 1 }
                set(row, [])
            } else {
                if inSigned { removed -= 1 }
                refresh(row, in: year)
            }
        }
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
            // A row moved up or down in its sub kegiatan, or removed from after another (and their undo): that sub
            // kegiatan's moves, when its first row stays and its rows come from one sub kegiatan as signed.
            case .move(let move)? where move.level == .indikator && move.stays(year, entry):
                guard let index = year.plan.rowIndex(of: move.row), changeTally.refreshSub(at: index, in: year) else {
                    changeTally = ChangeTally(year)
                    return
                }
            case .remove(let removal)? where removal.level == .indikator:
                var tally = changeTally
                guard case .after(let neighbour)? = removal.anchor, let index = year.plan.rowIndex(of: neighbour),
                      tally.refreshSub(at: index, in: year) else {
                    changeTally = ChangeTally(year)
                    return
                }
                tally.refreshRemoval(removal.rows, in: year)
                changeTally = tally
            case .edit?, .add?, .remove?, .move?:
                changeTally = ChangeTally(year)
                return
            default: break
            }
        }
    }
}

private extension RowAddition {
    var isAfter: Bool { anchor?.isAfter == true }
}

private extension Anchor {
    var isAfter: Bool { if case .after = self { true } else { false } }
}

private extension RowMove {
    /// Whether this move up or down (`entry` may be its undo or redo) kept its sub kegiatan's first row first.
    func stays(_ year: YearState, _ entry: JournalEntry) -> Bool {
        guard let index = year.plan.rowIndex(of: row) else { return false }
        var up: Bool
        switch direction {
        case .up: up = true
        case .down: up = false
        case .to: return false
        }
        if case .undo = entry.change { up.toggle() }
        let p = year.plan.rows[index].position
        // Where it is now and where it was are both after the first row.
        return up ? p.indicator > 0 : p.indicator > 1
    }
}
