/// Which text of the plan a change is about: a cell of the table or a detail of the decree.
public enum PlanField: String, CaseIterable, Sendable {
    case area, kegiatan, sub, indikator, ket
    case institution, number, title, unit, year, place, date, signer, signerTitle, code
}

/// The level of the table a change is about: the decree, a group (area, kegiatan, sub kegiatan) or a row.
public enum DiffLevel: String, CaseIterable, Sendable {
    case document, area, kegiatan, sub, indikator
}

/// One difference between the plan as signed and a revised plan, in the table's terms.
public struct PlanChange: Equatable, Sendable {
    /// What happened.
    public enum Kind: String, Sendable {
        case added, removed, moved, changed, monthsAdded, monthsRemoved
    }

    public var kind: Kind
    public var level: DiffLevel
    /// The row, or the first row of the group (in the plan it is in); nil for the decree's details.
    public var row: RowID?
    /// Where it is in the revised plan (where it was, for a removal) as positions: `1.2.1.3` for a row,
    /// `1.2` for a kegiatan; empty for the decree.
    public var place: String
    /// The text that changed; nil unless `kind` is `.changed`.
    public var field: PlanField?
    /// Before and after: texts for `.changed`, places for `.moved`; the title or text of what was added or removed.
    public var old: String
    public var new: String
    /// The months added or removed (`.monthsAdded`, `.monthsRemoved`), or the schedule of an added row.
    public var months: MonthSet

    public init(kind: Kind, level: DiffLevel, row: RowID? = nil, place: String = "", field: PlanField? = nil,
                old: String = "", new: String = "", months: MonthSet = MonthSet()) {
        self.kind = kind
        self.level = level
        self.row = row
        self.place = place
        self.field = field
        self.old = old
        self.new = new
        self.months = months
    }
}

/// Every difference between two plans: the plan as signed and a revision of it.
///
/// Rows are matched by their id, never by their position, so a row that moved is a move and not a
/// removal plus an addition. Groups (area, kegiatan, sub kegiatan) have no ids: a group of the revision is
/// the signed group that holds most of its rows (each signed group matched once); a group with no row of
/// the signed plan is new. Order changes are the fewest moves that explain the new order (everything outside
/// the longest run of items still in their old order moved).
public struct PlanDiff: Sendable {
    public let changes: [PlanChange]
    public var isEmpty: Bool { changes.isEmpty }

    /// - Parameters:
    ///   - signed: the plan as signed.
    ///   - current: the revised plan.
    ///   - marks: the revised plan's months, indexed like `current.rows`; nil means its own `baseline`.
    public init(signed: Plan, current: Plan, marks: [MonthSet]? = nil) {
        var differ = Differ(signed: signed, current: current, marks: marks)
        changes = differ.run()
    }
}

/// The work of `PlanDiff`: matching groups, then walking the revision in document order.
///
/// Everything is indexed by position: each current row's signed row is looked up by id once, and groups are
/// numbered flat (`GroupIndex`), so a 100,000-row plan costs arrays, not dictionaries keyed by paths.
private struct Differ {
    let signed: Plan
    let current: Plan
    let marks: [MonthSet]?
    let old: GroupIndex
    let new: GroupIndex
    /// For each current row, the index of the signed row with its id; -1 for a new row.
    let was: [Int]
    /// For each group level (`DiffLevel.groupSlot`), each current group's signed group; -1 for a new group.
    var matched: [[Int]] = []
    var out: [PlanChange] = []

    init(signed: Plan, current: Plan, marks: [MonthSet]?) {
        self.signed = signed
        self.current = current
        self.marks = marks
        old = GroupIndex(signed)
        new = GroupIndex(current)
        was = current.rows.indices.map { signed.rowIndex(of: current.rows[$0].id) ?? -1 }
    }

    static func place(of row: PlanRow) -> String {
        "\(row.areaNumber).\(row.position.kegiatan + 1).\(row.position.sub + 1).\(row.position.indicator + 1)"
    }

    /// For every group of `current` at `level`, the signed group it is (-1: a new group).
    func match(_ level: DiffLevel) -> [Int] {
        let signedCount = old.count(level)
        // Votes: how many rows of each current group come from each signed group, and the first of them.
        var votes = [Int](repeating: 0, count: signedCount)
        var firstVote = [Int](repeating: 0, count: signedCount)
        var stamp = [Int](repeating: -1, count: signedCount)
        var touched: [Int] = []
        var candidates: [(current: Int, signed: Int, votes: Int, first: Int)] = []
        for group in 0..<new.count(level) {
            touched.removeAll(keepingCapacity: true)
            for (n, index) in new.rows(group, level).enumerated() where was[index] >= 0 {
                let key = old.flat(signed.rows[was[index]].position, level)
                if stamp[key] != group {
                    stamp[key] = group
                    votes[key] = 0
                    firstVote[key] = n
                    touched.append(key)
                }
                votes[key] += 1
            }
            for key in touched { candidates.append((group, key, votes[key], firstVote[key])) }
        }
        // Most votes first; ties to the group met first and its earliest row.
        candidates.sort {
            $0.votes != $1.votes ? $0.votes > $1.votes : $0.current != $1.current ? $0.current < $1.current : $0.first < $1.first
        }
        var result = [Int](repeating: -1, count: new.count(level))
        var taken = [Bool](repeating: false, count: signedCount)
        for c in candidates where result[c.current] < 0 && !taken[c.signed] {
            result[c.current] = c.signed
            taken[c.signed] = true
        }
        return result
    }

    /// Groups whose order among their matched siblings changed, or whose parent is another one now.
    func movedGroups(_ level: DiffLevel) -> [Bool] {
        var moved = [Bool](repeating: false, count: new.count(level))
        let parents = level == .area ? 1 : new.count(level == .sub ? .kegiatan : .area)
        for parent in 0..<parents {
            var children: [(group: Int, signedPlace: Int)] = []
            for group in new.children(of: parent, level) {
                let was = matched[level.groupSlot][group]
                guard was >= 0 else { continue }
                if level != .area, matched[level.groupSlot - 1][parent] != old.parent(was, level) {
                    moved[group] = true
                    continue
                }
                children.append((group, old.local(was, level)))
            }
            let kept = Self.longestIncreasing(children.map(\.signedPlace))
            for (n, child) in children.enumerated() where !kept.contains(n) { moved[child.group] = true }
        }
        return moved
    }

    /// Rows that moved inside their sub kegiatan (outside the longest run still in signed order) or came
    /// from another one.
    func movedRows() -> [Bool] {
        var moved = [Bool](repeating: false, count: current.rows.count)
        for group in 0..<new.count(.sub) {
            let oldGroup = matched[DiffLevel.sub.groupSlot][group]
            var stay: [(index: Int, indicator: Int)] = []  // (current index, signed indicator position)
            for index in new.rows(group, .sub) where was[index] >= 0 {
                let position = signed.rows[was[index]].position
                if oldGroup >= 0, old.flat(position, .sub) == oldGroup { stay.append((index, position.indicator)) } else { moved[index] = true }
            }
            let kept = Self.longestIncreasing(stay.map(\.indicator))
            for (n, item) in stay.enumerated() where !kept.contains(n) { moved[item.index] = true }
        }
        return moved
    }

    mutating func run() -> [PlanChange] {
        documentChanges()
        matched = DiffLevel.groups.map { match($0) }
        let moved = DiffLevel.groups.map { movedGroups($0) }
        let rowMoved = movedRows()

        // Walk the revision in order: a group's changes before its first row's.
        var seen = DiffLevel.groups.map { [Bool](repeating: false, count: new.count($0)) }
        for index in current.rows.indices {
            let position = current.rows[index].position
            for level in DiffLevel.groups {
                let group = new.flat(position, level), slot = level.groupSlot
                guard !seen[slot][group] else { continue }
                seen[slot][group] = true
                groupChanges(level, group, first: current.rows[index].id, old: matched[slot][group], moved: moved[slot][group])
            }
            rowChanges(index, moved: rowMoved[index])
        }
        // Groups of the revision without rows are never met by the walk above.
        for level in DiffLevel.groups {
            for group in 0..<new.count(level) where new.rows(group, level).isEmpty {
                out.append(PlanChange(kind: .added, level: level, place: new.place(group, level, in: current),
                                      new: new.title(group, level, in: current)))
            }
        }
        removals()
        return out
    }

    mutating func documentChanges() {
        let a = signed.document, b = current.document
        let pairs: [(PlanField, String, String)] = [
            (.institution, a.institution, b.institution), (.number, a.number, b.number), (.title, a.title, b.title),
            (.unit, a.unit, b.unit), (.year, String(a.year), String(b.year)), (.place, a.place, b.place),
            (.date, a.date, b.date), (.signer, a.signer, b.signer), (.signerTitle, a.signerTitle, b.signerTitle),
            (.code, a.code, b.code),
        ]
        for (field, old, new) in pairs where old != new {
            out.append(PlanChange(kind: .changed, level: .document, field: field, old: old, new: new))
        }
    }

    mutating func groupChanges(_ level: DiffLevel, _ group: Int, first: RowID, old oldGroup: Int, moved: Bool) {
        let title = new.title(group, level, in: current)
        guard oldGroup >= 0 else {
            out.append(PlanChange(kind: .added, level: level, row: first, place: new.place(group, level, in: current), new: title))
            return
        }
        let oldTitle = old.title(oldGroup, level, in: signed)
        guard moved || oldTitle != title else { return }
        let place = new.place(group, level, in: current)
        if moved {
            out.append(PlanChange(kind: .moved, level: level, row: first, place: place,
                                  old: old.place(oldGroup, level, in: signed), new: place))
        }
        if oldTitle != title {
            let field: PlanField = level == .area ? .area : level == .kegiatan ? .kegiatan : .sub
            out.append(PlanChange(kind: .changed, level: level, row: first, place: place, field: field,
                                  old: oldTitle, new: title))
        }
    }

    mutating func rowChanges(_ index: Int, moved: Bool) {
        let row = current.rows[index]
        let months = marks?[index] ?? row.baseline
        guard was[index] >= 0 else {
            out.append(PlanChange(kind: .added, level: .indikator, row: row.id, place: Self.place(of: row), new: row.indikator,
                                  months: months))
            return
        }
        let before = signed.rows[was[index]]
        let added = MonthSet(bits: months.bits & ~before.baseline.bits)
        let removed = MonthSet(bits: before.baseline.bits & ~months.bits)
        guard moved || before.indikator != row.indikator || before.ket != row.ket || !added.isEmpty || !removed.isEmpty else { return }
        let place = Self.place(of: row)
        if moved {
            out.append(PlanChange(kind: .moved, level: .indikator, row: row.id, place: place, old: Self.place(of: before), new: place))
        }
        if before.indikator != row.indikator {
            out.append(PlanChange(kind: .changed, level: .indikator, row: row.id, place: place, field: .indikator,
                                  old: before.indikator, new: row.indikator))
        }
        if before.ket != row.ket {
            out.append(PlanChange(kind: .changed, level: .indikator, row: row.id, place: place, field: .ket, old: before.ket, new: row.ket))
        }
        if !added.isEmpty { out.append(PlanChange(kind: .monthsAdded, level: .indikator, row: row.id, place: place, months: added)) }
        if !removed.isEmpty { out.append(PlanChange(kind: .monthsRemoved, level: .indikator, row: row.id, place: place, months: removed)) }
    }

    /// Signed groups no group of the revision is, and signed rows the revision lacks, in signed order.
    mutating func removals() {
        var kept = DiffLevel.groups.map { [Bool](repeating: false, count: old.count($0)) }
        for level in DiffLevel.groups {
            for group in matched[level.groupSlot] where group >= 0 { kept[level.groupSlot][group] = true }
        }
        var inCurrent = [Bool](repeating: false, count: signed.rows.count)
        for index in was where index >= 0 { inCurrent[index] = true }
        var seen = kept  // a kept group is never reported, like one already reported
        func removedGroup(_ level: DiffLevel, _ group: Int, first: RowID?) -> PlanChange? {
            guard !seen[level.groupSlot][group] else { return nil }
            seen[level.groupSlot][group] = true
            return PlanChange(kind: .removed, level: level, row: first, place: old.place(group, level, in: signed),
                              old: old.title(group, level, in: signed))
        }
        for index in signed.rows.indices {
            let position = signed.rows[index].position
            for level in DiffLevel.groups {
                if let change = removedGroup(level, old.flat(position, level), first: signed.rows[index].id) { out.append(change) }
            }
            // A signed row no current row was matched to: gone, unless it repeats an id the revision still has.
            if !inCurrent[index], current.rowIndex(of: signed.rows[index].id) == nil {
                let row = signed.rows[index]
                out.append(PlanChange(kind: .removed, level: .indikator, row: row.id, place: Self.place(of: row),
                                      old: row.indikator, months: row.baseline))
            }
        }
        // Signed groups that had no rows, in document order.
        for a in signed.areas.indices {
            if let c = removedGroup(.area, a, first: nil) { out.append(c) }
            for k in old.children(of: a, .kegiatan) {
                if let c = removedGroup(.kegiatan, k, first: nil) { out.append(c) }
                for s in old.children(of: k, .sub) {
                    if let c = removedGroup(.sub, s, first: nil) { out.append(c) }
                }
            }
        }
    }

    /// Indices (into `values`) of one longest strictly increasing subsequence, in O(n log n).
    static func longestIncreasing(_ values: [Int]) -> Set<Int> {
        var tails: [Int] = []  // tails[l]: index of the smallest tail of an increasing run of length l + 1
        var previous = [Int](repeating: -1, count: values.count)
        for (i, v) in values.enumerated() {
            var lo = 0, hi = tails.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if values[tails[mid]] < v { lo = mid + 1 } else { hi = mid }
            }
            if lo > 0 { previous[i] = tails[lo - 1] }
            if lo == tails.count { tails.append(i) } else { tails[lo] = i }
        }
        var result = Set<Int>()
        var i = tails.last ?? -1
        while i >= 0 { result.insert(i); i = previous[i] }
        return result
    }
}
