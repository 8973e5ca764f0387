/// Which text of the plan a change is about: a cell of the table or a detail of the decree.
public enum PlanField: String, CaseIterable, Sendable {
    case area, kegiatan, sub, indikator, ket
    case institution, number, title, unit, year, place, date, signer, signerTitle
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
private struct Differ {
    let signed: Plan
    let current: Plan
    let marks: [MonthSet]?
    var out: [PlanChange] = []

    init(signed: Plan, current: Plan, marks: [MonthSet]?) {
        self.signed = signed
        self.current = current
        self.marks = marks
    }

    /// A group's key: its zero-based path (area; area, kegiatan; area, kegiatan, sub).
    typealias Key = [Int]

    static func key(_ p: PlanRow.Position, _ level: DiffLevel) -> Key {
        switch level {
        case .area: return [p.area]
        case .kegiatan: return [p.area, p.kegiatan]
        default: return [p.area, p.kegiatan, p.sub]
        }
    }

    static func place(_ key: Key, numbers: (Int) -> Int) -> String {
        ([numbers(key[0])] + key.dropFirst().map { $0 + 1 }).map(String.init).joined(separator: ".")
    }

    static func place(of row: PlanRow) -> String {
        "\(row.areaNumber).\(row.position.kegiatan + 1).\(row.position.sub + 1).\(row.position.indicator + 1)"
    }

    static func title(of plan: Plan, _ key: Key, _ level: DiffLevel) -> String {
        let area = plan.areas[key[0]]
        switch level {
        case .area: return area.name
        case .kegiatan: return area.kegiatan[key[1]].title
        default: return area.kegiatan[key[1]].subKegiatan[key[2]].title
        }
    }

    /// For every group of `current` at `level`, the signed group it is (nil: a new group).
    func match(_ level: DiffLevel, current groups: [Key], rowsOf: [Key: [Int]]) -> [Key: Key] {
        // Votes: how many rows of each current group come from each signed group.
        var candidates: [(current: Key, signed: Key, votes: Int, first: Int)] = []
        for (order, group) in groups.enumerated() {
            var votes: [Key: (Int, Int)] = [:]
            for (n, index) in (rowsOf[group] ?? []).enumerated() {
                guard let old = signed.row(current.rows[index].id) else { continue }
                let key = Self.key(old.position, level)
                votes[key, default: (0, n)].0 += 1
            }
            for (key, v) in votes { candidates.append((group, key, v.0, order * 1_000_000 + v.1)) }
        }
        // Most votes first; ties to the group met first and its earliest row.
        candidates.sort { $0.votes != $1.votes ? $0.votes > $1.votes : $0.first < $1.first }
        var result: [Key: Key] = [:]
        var taken = Set<Key>()
        for c in candidates where result[c.current] == nil && !taken.contains(c.signed) {
            result[c.current] = c.signed
            taken.insert(c.signed)
        }
        return result
    }

    mutating func run() -> [PlanChange] {
        documentChanges()
        // The groups of the revision, in order, with their rows.
        var groups: [DiffLevel: [Key]] = [:]
        var rowsOf: [Key: [Int]] = [:]
        for level in [DiffLevel.area, .kegiatan, .sub] {
            var list: [Key] = []
            for (a, area) in current.areas.enumerated() {
                if level == .area { list.append([a]); continue }
                for (k, kegiatan) in area.kegiatan.enumerated() {
                    if level == .kegiatan { list.append([a, k]); continue }
                    for s in kegiatan.subKegiatan.indices { list.append([a, k, s]) }
                }
            }
            groups[level] = list
        }
        for row in current.rows {
            for level in [DiffLevel.area, .kegiatan, .sub] { rowsOf[Self.key(row.position, level), default: []].append(row.index) }
        }
        var matched: [DiffLevel: [Key: Key]] = [:]
        for level in [DiffLevel.area, .kegiatan, .sub] {
            matched[level] = match(level, current: groups[level]!, rowsOf: rowsOf)
        }
        // Groups whose order among their matched siblings changed, or whose parent is another one now.
        var movedGroups = Set<Key>()
        for level in [DiffLevel.area, .kegiatan, .sub] {
            var siblings: [Key: [(Key, Key)]] = [:]  // parent in current → (current, signed) children
            for group in groups[level]! {
                guard let old = matched[level]![group] else { continue }
                let parent = Key(group.dropLast())
                if level != .area {
                    let parentLevel: DiffLevel = level == .sub ? .kegiatan : .area
                    if matched[parentLevel]![parent] != Key(old.dropLast()) { movedGroups.insert(group); continue }
                }
                siblings[parent, default: []].append((group, old))
            }
            for (_, children) in siblings {
                let kept = Self.longestIncreasing(children.map { $0.1.last! })
                for (n, child) in children.enumerated() where !kept.contains(n) { movedGroups.insert(child.0) }
            }
        }
        // Rows that moved inside their sub kegiatan: outside the longest run still in signed order.
        var movedRows = Set<Int>()
        for group in groups[.sub]! {
            let old = matched[.sub]![group]
            var stay: [(Int, Int)] = []  // (current index, signed indicator position)
            for index in rowsOf[group] ?? [] {
                guard let was = signed.row(current.rows[index].id) else { continue }
                if let old, Self.key(was.position, .sub) == old { stay.append((index, was.position.indicator)) } else { movedRows.insert(index) }
            }
            let kept = Self.longestIncreasing(stay.map(\.1))
            for (n, item) in stay.enumerated() where !kept.contains(n) { movedRows.insert(item.0) }
        }

        // Walk the revision in order.
        var seenGroups = Set<[Int]>()
        for row in current.rows {
            for level in [DiffLevel.area, .kegiatan, .sub] {
                let key = Self.key(row.position, level)
                guard seenGroups.insert([level.hashValueKey] + key).inserted else { continue }
                groupChanges(level, key, first: row, old: matched[level]![key], moved: movedGroups.contains(key))
            }
            rowChanges(row, moved: movedRows.contains(row.index))
        }
        // Groups of the revision without rows are never met by the walk above.
        for level in [DiffLevel.area, .kegiatan, .sub] {
            for key in groups[level]! where rowsOf[key] == nil {
                out.append(PlanChange(kind: .added, level: level, place: Self.place(key) { current.areas[$0].number },
                                      new: Self.title(of: current, key, level)))
            }
        }
        removals(matched: matched)
        return out
    }

    mutating func documentChanges() {
        let a = signed.document, b = current.document
        let pairs: [(PlanField, String, String)] = [
            (.institution, a.institution, b.institution), (.number, a.number, b.number), (.title, a.title, b.title),
            (.unit, a.unit, b.unit), (.year, String(a.year), String(b.year)), (.place, a.place, b.place),
            (.date, a.date, b.date), (.signer, a.signer, b.signer), (.signerTitle, a.signerTitle, b.signerTitle),
        ]
        for (field, old, new) in pairs where old != new {
            out.append(PlanChange(kind: .changed, level: .document, field: field, old: old, new: new))
        }
    }

    mutating func groupChanges(_ level: DiffLevel, _ key: Key, first: PlanRow, old: Key?, moved: Bool) {
        let place = Self.place(key) { current.areas[$0].number }
        let title = Self.title(of: current, key, level)
        guard let old else {
            out.append(PlanChange(kind: .added, level: level, row: first.id, place: place, new: title))
            return
        }
        let oldPlace = Self.place(old) { signed.areas[$0].number }
        if moved {
            out.append(PlanChange(kind: .moved, level: level, row: first.id, place: place, old: oldPlace, new: place))
        }
        let oldTitle = Self.title(of: signed, old, level)
        if oldTitle != title {
            let field: PlanField = level == .area ? .area : level == .kegiatan ? .kegiatan : .sub
            out.append(PlanChange(kind: .changed, level: level, row: first.id, place: place, field: field,
                                  old: oldTitle, new: title))
        }
    }

    mutating func rowChanges(_ row: PlanRow, moved: Bool) {
        let place = Self.place(of: row)
        let months = marks?[row.index] ?? row.baseline
        guard let was = signed.row(row.id) else {
            out.append(PlanChange(kind: .added, level: .indikator, row: row.id, place: place, new: row.indikator, months: months))
            return
        }
        if moved {
            out.append(PlanChange(kind: .moved, level: .indikator, row: row.id, place: place, old: Self.place(of: was), new: place))
        }
        if was.indikator != row.indikator {
            out.append(PlanChange(kind: .changed, level: .indikator, row: row.id, place: place, field: .indikator,
                                  old: was.indikator, new: row.indikator))
        }
        if was.ket != row.ket {
            out.append(PlanChange(kind: .changed, level: .indikator, row: row.id, place: place, field: .ket, old: was.ket, new: row.ket))
        }
        let added = MonthSet(bits: months.bits & ~was.baseline.bits)
        let removed = MonthSet(bits: was.baseline.bits & ~months.bits)
        if !added.isEmpty { out.append(PlanChange(kind: .monthsAdded, level: .indikator, row: row.id, place: place, months: added)) }
        if !removed.isEmpty { out.append(PlanChange(kind: .monthsRemoved, level: .indikator, row: row.id, place: place, months: removed)) }
    }

    /// Signed groups no group of the revision is, and signed rows the revision lacks, in signed order.
    mutating func removals(matched: [DiffLevel: [Key: Key]]) {
        var kept: [DiffLevel: Set<Key>] = [:]
        for (level, map) in matched { kept[level] = Set(map.values) }
        var seen = Set<[Int]>()
        func removedGroup(_ level: DiffLevel, _ key: Key, first: RowID?) -> PlanChange? {
            guard !kept[level]!.contains(key), seen.insert([level.hashValueKey] + key).inserted else { return nil }
            return PlanChange(kind: .removed, level: level, row: first, place: Self.place(key) { signed.areas[$0].number },
                              old: Self.title(of: signed, key, level))
        }
        for row in signed.rows {
            for level in [DiffLevel.area, .kegiatan, .sub] {
                if let change = removedGroup(level, Self.key(row.position, level), first: row.id) { out.append(change) }
            }
            if current.row(row.id) == nil {
                out.append(PlanChange(kind: .removed, level: .indikator, row: row.id, place: Self.place(of: row),
                                      old: row.indikator, months: row.baseline))
            }
        }
        // Signed groups that had no rows.
        for (a, area) in signed.areas.enumerated() {
            if let c = removedGroup(.area, [a], first: nil) { out.append(c) }
            for (k, kegiatan) in area.kegiatan.enumerated() {
                if let c = removedGroup(.kegiatan, [a, k], first: nil) { out.append(c) }
                for s in kegiatan.subKegiatan.indices {
                    if let c = removedGroup(.sub, [a, k, s], first: nil) { out.append(c) }
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

extension DiffLevel {
    /// A number that keeps keys of different levels apart in one set.
    fileprivate var hashValueKey: Int {
        switch self {
        case .document: return -1
        case .area: return -2
        case .kegiatan: return -3
        case .sub: return -4
        case .indikator: return -5
        }
    }
}
