import PlanModel

/// How far the plan now is from the plan as signed, counted in rows: the one count the title bar and the revision
/// view both show (in the words of `Text.Dashboard.changeCounts`), so the two never disagree.
///
/// Built from `PlanDiff` (net of undo: the plan as it now is against the plan as signed). The changes a person makes
/// most (months, a row's INDIKATOR or KET, a new row) refresh only the rows they touched, so such a key costs the
/// row, not the plan; a change that can move other rows' standing (a removal, a move, a group's title) counts again
/// the group holding it (`ChangeTally+Groups.swift`), or, when only the whole diff can say, the whole plan.
public struct ChangeTally: Equatable, Sendable {
    /// Rows added, removed, moved, with a changed text (theirs or a group's they open), with changed months.
    public internal(set) var added = 0, removed = 0, moved = 0, text = 0, months = 0
    /// Rows with any difference (a row counted under two headings counts once here), removed rows included.
    public var rows: Int { removed + flags.count }
    /// What differs of each row of the current plan that differs (never empty flags).
    var flags: [RowID: RevisionFlags] = [:]
    /// Rows whose `.text` comes from groups they open (a group's title changed), which a row's own edit keeps: the
    /// levels of those groups (`GroupLevels`), so a count of one group keeps its parents' marks.
    var groupText: [RowID: GroupLevels] = [:]
    /// Rows whose `.moved` comes from groups they open (the group moved), which a move inside the group keeps.
    var groupMoved: [RowID: GroupLevels] = [:]
    /// Whether a row was ever moved to another place (`M`, perhaps undone since): only then can a kegiatan or area
    /// hold rows of more than one group as signed (moves up and down stay in their parent, adds bring new rows).
    var rowsCrossedGroups = false

    /// No differences: the plan as signed.
    public init() {}

    /// The tally of `year`'s plan against its plan as signed.
    public init(_ year: YearState) {
        let diff = PlanDiff(signed: year.signed, current: year.plan, marks: year.marks)
        self.init(flags: Self.rowFlags(diff.changes), removed: year.signed.rows.count - Self.kept(year))
        rowsCrossedGroups = year.entries.contains { if case .move(let move) = $0.change, case .to = move.direction { true } else { false } }
        for change in diff.changes where change.level != .indikator {
            guard let row = change.row, let level = GroupLevels(change.level) else { continue }
            if change.kind == .changed { groupText[row, default: []].insert(level) }
            if change.kind == .moved { groupMoved[row, default: []].insert(level) }
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
    mutating func set(_ row: RowID, _ new: RevisionFlags) {
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
        if signed.indikator != now.indikator || signed.ket != now.ket || groupText[row] != nil { f.insert(.text) }
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
        var origin: (key: (Int, Int, Int), index: Int)?
        var fromOrigin = 0
        for i in start..<end {
            guard let si = year.signed.rowIndex(of: plan.rows[i].id) else { continue }
            let s = year.signed.rows[si].position
            if let o = origin, o.key != (s.area, s.kegiatan, s.sub) { return false }
            origin = ((s.area, s.kegiatan, s.sub), si)
            fromOrigin += 1
        }
        var moves: Set<RowID> = []
        if let origin {
            guard Self.presentRows(ofGroupAt: origin.index, level: 3, in: year) == fromOrigin else { return false }
            let signedRows = Array(year.signed.rows[Self.signedGroup(at: origin.index, level: 3, in: year)])
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
            if moves.contains(row) || groupMoved[row] != nil { f.insert(.moved) }
            set(row, f)
        }
        return true
    }

    /// The tally after `move` (`entry`: it, its undo or its redo) took a row one place up or down in its sub kegiatan;
    /// nil when only the whole diff can say. A swap with the sub kegiatan's first row hands the groups' marks
    /// (their move, their title) from the old first row to the new one.
    func afterMove(_ move: RowMove, _ entry: JournalEntry, _ year: YearState) -> ChangeTally? {
        guard let up = move.wentUp(entry), let index = year.plan.rowIndex(of: move.row) else { return nil }
        let n = year.plan.rows[index].position.indicator
        var tally = self
        var firsts: (old: RowID, new: RowID)?
        if n == 0 || (!up && n == 1) {
            let other = up ? index + 1 : index - 1
            guard year.plan.rows.indices.contains(other) else { return nil }
            firsts = n == 0 ? (year.plan.rows[other].id, move.row) : (move.row, year.plan.rows[other].id)
        }
        if let firsts { tally.handGroupMarks(from: firsts.old, to: firsts.new) }
        guard tally.refreshSub(at: index, in: year) else { return nil }
        if let firsts {
            tally.refresh(firsts.old, in: year)
            tally.refresh(firsts.new, in: year)
        }
        return tally
    }

    /// The tally after one row was removed (or put back by an undo) next to `removal`'s anchor; nil when only the
    /// whole diff can say (its sub kegiatan, kegiatan or area holds rows of more than one group as signed).
    func afterRemoval(_ removal: RowRemoval, _ year: YearState) -> ChangeTally? {
        guard let row = removal.rows.first, let anchor = removal.anchor else { return nil }
        let neighbour: RowID
        var first = false
        switch anchor {
        case .after(let r): neighbour = r
        case .before(let r): neighbour = r; first = true
        }
        guard let index = year.plan.rowIndex(of: neighbour), !rowsCrossedGroups || Self.oneOrigin(around: index, in: year) else {
            return nil
        }
        var tally = self
        let present = year.plan.rowIndex(of: row) != nil
        // The first row of its sub kegiatan: the groups' marks go to the row that is first now.
        if first { present ? tally.handGroupMarks(from: neighbour, to: row) : tally.handGroupMarks(from: row, to: neighbour) }
        guard tally.refreshSub(at: index, in: year) else { return nil }
        tally.refreshRemoval([row], in: year)
        if first { tally.refresh(neighbour, in: year) }
        return tally
    }

    /// The rows of the plan as signed in the group of `level` (1 area, 2 kegiatan, 3 sub kegiatan) holding its row `index`.
    static func signedGroup(at index: Int, level: Int, in year: YearState) -> Range<Int> {
        let rows = year.signed.rows, p = rows[index].position
        func same(_ q: PlanRow.Position) -> Bool {
            q.area == p.area && (level < 2 || q.kegiatan == p.kegiatan) && (level < 3 || q.sub == p.sub)
        }
        var start = index, end = index + 1
        while start > 0, same(rows[start - 1].position) { start -= 1 }
        while end < rows.count, same(rows[end].position) { end += 1 }
        return start..<end
    }

    /// How many rows of that signed group the current plan still has.
    static func presentRows(ofGroupAt index: Int, level: Int, in year: YearState) -> Int {
        signedGroup(at: index, level: level, in: year).reduce(0) { $0 + (year.plan.rowIndex(of: year.signed.rows[$1].id) == nil ? 0 : 1) }
    }

    /// Moves the marks of the groups `old` was the first row of to `new`, their first row now.
    private mutating func handGroupMarks(from old: RowID, to new: RowID) {
        if let levels = groupText.removeValue(forKey: old) { groupText[new, default: []].formUnion(levels) }
        if let levels = groupMoved.removeValue(forKey: old) {
            groupMoved[new, default: []].formUnion(levels)
            set(old, (flags[old] ?? []).subtracting(.moved))
        }
    }

    /// Whether the kegiatan and the area holding plan row `index` each hold rows of one group as signed, and all of
    /// that group's rows still in the plan (so a row more or less there changes no group's match).
    private static func oneOrigin(around index: Int, in year: YearState) -> Bool {
        let plan = year.plan, p = plan.rows[index].position
        for level in [1, 2] {
            func same(_ q: PlanRow.Position) -> Bool { q.area == p.area && (level == 1 || q.kegiatan == p.kegiatan) }
            var start = index, end = index + 1
            while start > 0, same(plan.rows[start - 1].position) { start -= 1 }
            while end < plan.rows.count, same(plan.rows[end].position) { end += 1 }
            var origin: (key: (Int, Int), index: Int)?
            var found = 0
            for i in start..<end {
                guard let si = year.signed.rowIndex(of: plan.rows[i].id) else { continue }
                let s = year.signed.rows[si].position
                let key = (s.area, level == 1 ? 0 : s.kegiatan)
                if let o = origin, o.key != key { return false }
                origin = (key, si)
                found += 1
            }
            guard let origin else { continue }
            if Self.presentRows(ofGroupAt: origin.index, level: level, in: year) != found { return false }
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
            case .edit(let edit)? where edit.field == .indikator || edit.field == .ket: changeTally.refresh(edit.row, in: year)
            // A row added after another is never its group's first (which carries the group's move or title).
            case .add(let addition)? where addition.level == .indikator && addition.isAfter:
                changeTally.refresh(addition.row, in: year)
            // A row moved up or down in its sub kegiatan, or removed (and their undo): that sub kegiatan's moves, when
            // its rows (and, for a removal, its kegiatan's and area's) come from one group as signed.
            case .move(let move)? where move.level == .indikator:
                guard let tally = changeTally.afterMove(move, entry, year) else { changeTally = ChangeTally(year); return }
                changeTally = tally
            case .remove(let removal)? where removal.level == .indikator && removal.rows.count == 1:
                guard let tally = changeTally.afterRemoval(removal, year) else { changeTally = ChangeTally(year); return }
                changeTally = tally
            // A group removed, put back, moved up or down, or retitled: the group holding it counted again, when
            // that can say (else, or after several entries at once, the whole plan).
            case let change? where change.isStructural:
                guard added.count == 1, let tally = changeTally.afterGroupChange(change, year) else {
                    changeTally = ChangeTally(year)
                    return
                }
                changeTally = tally
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
    /// Whether this move (`entry` may be its undo or redo) took the row up; nil for a move to another place.
    func wentUp(_ entry: JournalEntry) -> Bool? {
        var up: Bool
        switch direction {
        case .up: up = true
        case .down: up = false
        case .to: return nil
        }
        if case .undo = entry.change { up.toggle() }
        return up
    }
}
