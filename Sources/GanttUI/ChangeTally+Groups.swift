import PlanModel

/// The levels of the groups (area, kegiatan, sub kegiatan) whose change a row carries as their first row.
struct GroupLevels: OptionSet, Hashable, Sendable {
    let rawValue: UInt8
    static let area = GroupLevels(rawValue: 1), kegiatan = GroupLevels(rawValue: 2), sub = GroupLevels(rawValue: 4)

    /// The levels above and at `level` (1 area, 2 kegiatan, 3 sub kegiatan): a group's own and its parents'.
    static func upTo(_ level: Int) -> GroupLevels { [.area, .kegiatan, .sub].prefix(level).reduce([]) { $0.union($1) } }

    init(rawValue: UInt8) { self.rawValue = rawValue }

    /// The group level of a difference; nil for a row's or the decree's.
    init?(_ level: DiffLevel) {
        switch level {
        case .area: self = .area
        case .kegiatan: self = .kegiatan
        case .sub: self = .sub
        case .indikator, .document: return nil
        }
    }
}

/// A keyed count after a change of groups: a group removed (or put back), moved up or down within its parent, added or
/// retitled changes the standing of the rows of its parent only (a kegiatan for a sub kegiatan, an area for a
/// kegiatan), as long as no row ever moved to another place (then every group's rows come from one group as signed,
/// and all of them still there are together). So the parent alone is compared with the group as signed it comes
/// from: a diff of its rows, not of the plan's. Its own marks and its parents' (its move, its title, its area's)
/// stay, and go to its first row.
extension ChangeTally {
    /// The tally after `change` (one entry's, an undo's or a redo's target) to a sub kegiatan or kegiatan; nil when
    /// only the whole diff can say (another level, a row moved elsewhere once, a parent that cannot be found).
    func afterGroupChange(_ change: Change, _ year: YearState) -> ChangeTally? {
        guard !rowsCrossedGroups else { return nil }
        switch change {
        case .remove(let removal):
            guard let parent = Self.parentLevel(of: removal.level), let anchor = removal.anchor else { return nil }
            var tally = self
            // Put back (an undo) when its rows are here: counted with their parent's. Else gone: nothing differs of them.
            let present = year.plan.rowIndex(of: removal.rows[0]) != nil
            if present, !removal.rows.allSatisfy({ inParent(parent, of: anchor.row, $0, year) }) { return nil }
            for row in removal.rows where year.signed.rowIndex(of: row) != nil { tally.removed += present ? -1 : 1 }
            guard tally.recount(parent: parent, holding: anchor.row, alsoFrom: present ? [] : removal.rows, in: year) else {
                return nil
            }
            if !present {
                for row in removal.rows {
                    tally.set(row, [])
                    tally.groupMoved[row] = nil
                    tally.groupText[row] = nil
                }
            }
            return tally
        case .move(let move):
            guard let parent = Self.parentLevel(of: move.level) else { return nil }
            switch move.direction {
            case .up, .down: return recounted(parent: parent, holding: move.row, in: year)
            case .to: return nil
            }
        case .edit(let edit):
            switch edit.field {
            case .sub: return recounted(parent: 2, holding: edit.row, in: year)
            case .kegiatan: return recounted(parent: 1, holding: edit.row, in: year)
            case .indikator, .ket, .area: return nil
            }
        default:
            return nil
        }
    }

    /// The level (1 area, 2 kegiatan) of the parent of a group of `level`; nil for a row or an area.
    private static func parentLevel(of level: PlanLevel) -> Int? {
        switch level {
        case .sub: 2
        case .kegiatan: 1
        case .indikator, .area: nil
        }
    }

    private func recounted(parent: Int, holding row: RowID, in year: YearState) -> ChangeTally? {
        var tally = self
        return tally.recount(parent: parent, holding: row, in: year) ? tally : nil
    }

    /// Whether plan rows `a` and `b` are in the same group of `level` (1 area, 2 kegiatan).
    private func inParent(_ level: Int, of a: RowID, _ b: RowID, _ year: YearState) -> Bool {
        guard let i = year.plan.rowIndex(of: a), let j = year.plan.rowIndex(of: b) else { return false }
        let p = year.plan.rows[i].position, q = year.plan.rows[j].position
        return p.area == q.area && (level < 2 || p.kegiatan == q.kegiatan)
    }

    /// Counts again the rows of the group of `level` (1 area, 2 kegiatan) holding plan row `row`: what differs of
    /// each, and the marks of the groups inside it, from a diff of that group alone with the one as signed its rows
    /// come from. The marks of the group itself and of its parents, found on its rows or on `alsoFrom` (rows just
    /// removed from it), go to its first row. False, changing nothing that matters, when the group's rows come from
    /// no group as signed or from more than one, or that one has rows elsewhere.
    mutating func recount(parent level: Int, holding row: RowID, alsoFrom removedRows: [RowID] = [], in year: YearState) -> Bool {
        let plan = year.plan, signed = year.signed
        guard let index = plan.rowIndex(of: row) else { return false }
        let p = plan.rows[index].position
        func same(_ q: PlanRow.Position) -> Bool { q.area == p.area && (level < 2 || q.kegiatan == p.kegiatan) }
        var start = index, end = index + 1
        while start > 0, same(plan.rows[start - 1].position) { start -= 1 }
        while end < plan.rows.count, same(plan.rows[end].position) { end += 1 }
        // The group as signed its signed rows come from: one, all of whose rows still here are here.
        var origin: (position: PlanRow.Position, index: Int)?
        var found = 0
        for i in start..<end {
            guard let si = signed.rowIndex(of: plan.rows[i].id) else { continue }
            let s = signed.rows[si].position
            if let o = origin?.position, o.area != s.area || (level == 2 && o.kegiatan != s.kegiatan) { return false }
            if origin == nil { origin = (s, si) }
            found += 1
        }
        guard let origin, Self.presentRows(ofGroupAt: origin.index, level: level, in: year) == found else { return false }
        // The two groups alone, each as the one kegiatan of a one-area plan (an area's kegiatan as its own), with
        // no title of their own, their rows with their ids: what the diff says then is what the whole diff says of
        // the groups inside (groups without rows mark nothing, here or there).
        func alone(_ source: Plan, _ rows: Range<Int>) -> Plan {
            var kegiatan: [Kegiatan] = []
            var last: PlanRow.Position?
            for i in rows {
                let row = source.rows[i], q = row.position
                if last == nil || (level == 1 && q.kegiatan != last!.kegiatan) {
                    kegiatan.append(Kegiatan(title: level == 1 ? row.kegiatan : "", subKegiatan: []))
                    last = nil
                }
                if last == nil || q.sub != last!.sub {
                    kegiatan[kegiatan.count - 1].subKegiatan.append(SubKegiatan(title: row.subKegiatan, indicators: []))
                }
                let k = kegiatan.count - 1
                kegiatan[k].subKegiatan[kegiatan[k].subKegiatan.count - 1].indicators
                    .append(Indicator(id: row.id, text: row.indikator, months: row.baseline, ket: row.ket))
                last = q
            }
            return Plan(document: source.document, areas: [ChangeArea(number: 1, name: "", kegiatan: kegiatan)])
        }
        let marks = year.marks.count == plan.rows.count ? Array(year.marks[start..<end]) : nil
        let diff = PlanDiff(signed: alone(signed, Self.signedGroup(at: origin.index, level: level, in: year)),
                            current: alone(plan, start..<end), marks: marks)
        let inside = GroupLevels.upTo(3).subtracting(.upTo(level))
        var innerText: [RowID: GroupLevels] = [:], innerMoved: [RowID: GroupLevels] = [:]
        for change in diff.changes where change.level != .indikator {
            guard let changed = change.row, let at = GroupLevels(change.level), inside.contains(at) else { continue }
            if change.kind == .changed { innerText[changed, default: []].insert(at) }
            if change.kind == .moved { innerMoved[changed, default: []].insert(at) }
        }
        // The group's own marks and its parents': wherever they were, on its first row now.
        let outside = GroupLevels.upTo(level)
        var outerText: GroupLevels = [], outerMoved: GroupLevels = []
        for id in plan.rows[start..<end].map(\.id) + removedRows {
            outerText.formUnion(groupText[id]?.intersection(outside) ?? [])
            outerMoved.formUnion(groupMoved[id]?.intersection(outside) ?? [])
        }
        let rowFlags = Self.rowFlags(diff.changes)
        let first = plan.rows[start].id
        for i in start..<end {
            let id = plan.rows[i].id
            var text = innerText[id] ?? [], moved = innerMoved[id] ?? []
            if id == first {
                text.formUnion(outerText)
                moved.formUnion(outerMoved)
            }
            groupText[id] = text.isEmpty ? nil : text
            groupMoved[id] = moved.isEmpty ? nil : moved
            var f = (rowFlags[id] ?? []).subtracting(.removed)
            if !text.isEmpty { f.insert(.text) }
            if !moved.isEmpty { f.insert(.moved) }
            set(id, f)
        }
        return true
    }
}

extension Change {
    /// Whether this changes the plan's rows or texts (the tally's business), not the realisation.
    var isStructural: Bool {
        switch self {
        case .edit, .add, .remove, .move: true
        default: false
        }
    }
}
