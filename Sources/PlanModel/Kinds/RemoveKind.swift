import RencanaText

/// The removed part of the tree, with explicit row ids, to put back on undo.
public enum PlanSubtree: Equatable, Sendable {
    case indikator(Indicator)
    case sub(SubKegiatan)
    case kegiatan(Kegiatan)
    case area(ChangeArea)

    public var level: PlanLevel {
        switch self {
        case .indikator: .indikator
        case .sub: .sub
        case .kegiatan: .kegiatan
        case .area: .area
        }
    }

    /// The rows inside, in document order.
    public var indicators: [Indicator] {
        switch self {
        case .indikator(let indicator): [indicator]
        case .sub(let sub): sub.indicators
        case .kegiatan(let kegiatan): kegiatan.subKegiatan.flatMap(\.indicators)
        case .area(let area): area.kegiatan.flatMap { $0.subKegiatan.flatMap(\.indicators) }
        }
    }
}

/// `remove`: a row or group deleted; undo re-inserts `snapshot` at `anchor`.
public struct RowRemoval: Equatable, Sendable {
    /// The removed rows, in document order.
    public var rows: [RowID]
    public var snapshot: PlanSubtree
    /// Where it was: after (or, when it was first, before) a sibling of its level in the same parent;
    /// nil when it was the plan's only group of that level.
    public var anchor: Anchor?

    public init(rows: [RowID], snapshot: PlanSubtree, anchor: Anchor?) {
        self.rows = rows
        self.snapshot = snapshot
        self.anchor = anchor
    }

    public var level: PlanLevel { snapshot.level }
}

extension RowRemoval: JournalKind {
    package static let name = "remove"
    package static let fields = ["rows", "level", "snapshot", "after", "before"]
    package static let version = 2
    package static var samples: [RowRemoval] {
        [RowRemoval(rows: ["1.1.1.1"], snapshot: .indikator(Indicator(id: "1.1.1.1", text: "SK", months: MonthSet([.jan]))),
                    anchor: .before("1.1.1.2")),
         RowRemoval(rows: ["1.1.1.1", "1.1.1.2"], snapshot: .sub(SubKegiatan(title: "S", indicators: [
             Indicator(id: "1.1.1.1", text: "a", months: MonthSet()), Indicator(id: "1.1.1.2", text: "b", months: MonthSet([.mei]), ket: "k")])),
                    anchor: .after("1.2.1.1")),
         RowRemoval(rows: ["1.1.1.1"], snapshot: .area(ChangeArea(number: 0, name: "A", kegiatan: [
             Kegiatan(title: "K", subKegiatan: [SubKegiatan(title: "S", indicators: [Indicator(id: "1.1.1.1", text: "a", months: MonthSet())])])])),
                    anchor: nil)]
    }
    package var change: Change { .remove(self) }

    package init(fields f: EntryFields) throws(EntryFieldProblem) {
        let level = try f.choice("level", PlanLevel.self)
        let rows = try f.rows("rows")
        guard let node = f["snapshot"] else { throw EntryFieldProblem(Text.State.mustBeObject(key: "snapshot")) }
        let snapshot = try Self.subtree(node, level: level)
        guard snapshot.indicators.map({ $0.id! }) == rows else { throw EntryFieldProblem(Text.State.snapshotMismatch) }
        self.init(rows: rows, snapshot: snapshot, anchor: try f.anchor())
    }

    package func writeFields(to line: inout JSONLine) {
        line.key("rows")
        line.raw("[")
        for (i, row) in rows.enumerated() {
            if i > 0 { line.raw(",") }
            line.quoted(row.rawValue)
        }
        line.raw("]")
        line.string("level", level.rawValue)
        line.key("snapshot")
        line.subtree(snapshot)
        line.anchor(anchor)
    }

    package func encode(to w: inout ByteWriter) {
        w.count(rows.count)
        for row in rows { w.string(row.rawValue) }
        PlanCoding.write(snapshot, to: &w)
        w.anchor(anchor)
    }

    package init(decoding r: inout ByteReader) throws(ByteDecodingError) {
        let count = try r.count()
        var rows: [RowID] = []
        for _ in 0..<count { rows.append(RowID(try r.string())) }
        let snapshot = try PlanCoding.subtree(from: &r)
        self.init(rows: rows, snapshot: snapshot, anchor: try r.anchor())
    }

    package var entryRow: RowID? { rows.first }
    package static var isStructural: Bool { true }
    package static var isAboutOneRow: Bool { false }
    package func rows(in year: YearState, seq: Int) -> [RowID] { rows }

    package func apply(to year: inout YearState) -> Bool {
        var taken: PlanSubtree?
        let done = year.restructure { tree in
            guard let first = rows.first, let (subtree, _) = tree.remove(level, holding: first) else { return false }
            taken = subtree
            return true
        }
        if let taken, let first = rows.first { year.removedSubtrees[first] = taken }
        return done
    }

    // Taking back a remove: what it took out of the tree as this replay had it, put back where it was.
    package func takeBack(in year: inout YearState) {
        let subtree = rows.first.flatMap { year.removedSubtrees.removeValue(forKey: $0) } ?? snapshot
        _ = year.restructure { $0.insert(subtree, at: anchor) }
        // Texts written while these rows were gone are newer than the removal's snapshot.
        for row in rows {
            guard let texts = year.textsOfAbsentRows.removeValue(forKey: row) else { continue }
            for field in PlanTextField.allCases { if let text = texts[field] { year.edit(row, field, text) } }
        }
    }

    package var inverse: Change? { nil }
    package func reach(forward: Bool) -> EntryReach { .rows }

    package func words(in year: YearState) -> String {
        "\(rows.first.map(\.rawValue) ?? "") " + Text.Journal.removed(level: level.rawValue, rows: rows.count)
    }

    /// The group of `level` holding `row` removed, against the year as it is.
    static func change(row: RowID, level: PlanLevel, in year: inout YearState) throws(IntentRefusal) -> Change? {
        try year.needRow(row)
        guard let removal = year.removal(of: row, level: level) else { throw IntentRefusal(Text.State.noSuchRow(row.rawValue)) }
        return .remove(removal)
    }

    /// The snapshot in plan.json's own keys (the general reader's rules and messages).
    static func subtree(_ node: JSONNode, level: PlanLevel) throws(EntryFieldProblem) -> PlanSubtree {
        switch level {
        case .indikator: return .indikator(try indicator(node))
        case .sub: return .sub(try sub(node))
        case .kegiatan: return .kegiatan(try kegiatan(node))
        case .area:
            let o = try object(node, key: "snapshot")
            var groups: [Kegiatan] = []
            for item in try list(o["kegiatan"], key: "kegiatan") { groups.append(try kegiatan(item)) }
            return .area(ChangeArea(number: 0, name: try o.text("name"), kegiatan: groups))
        }
    }

    private static func object(_ node: JSONNode, key: String) throws(EntryFieldProblem) -> EntryFields {
        guard case .object(let members) = node.kind else { throw EntryFieldProblem(Text.State.mustBeObject(key: key)) }
        return EntryFields(object: members)
    }

    private static func list(_ node: JSONNode?, key: String) throws(EntryFieldProblem) -> [JSONNode] {
        guard case .array(let items)? = node?.kind else { throw EntryFieldProblem(Text.State.mustBeList(key: key)) }
        return items
    }

    private static func indicator(_ node: JSONNode) throws(EntryFieldProblem) -> Indicator {
        let o = try object(node, key: "indikator")
        return Indicator(id: try o.row("id"), text: try o.text("text"), months: try o.months("months"), ket: try o.text("ket"))
    }

    private static func sub(_ node: JSONNode) throws(EntryFieldProblem) -> SubKegiatan {
        let o = try object(node, key: "subKegiatan")
        var rows: [Indicator] = []
        for item in try list(o["indikator"], key: "indikator") { rows.append(try indicator(item)) }
        return SubKegiatan(title: try o.text("title"), indicators: rows)
    }

    private static func kegiatan(_ node: JSONNode) throws(EntryFieldProblem) -> Kegiatan {
        let o = try object(node, key: "kegiatan")
        var subs: [SubKegiatan] = []
        for item in try list(o["subKegiatan"], key: "subKegiatan") { subs.append(try sub(item)) }
        return Kegiatan(title: try o.text("title"), subKegiatan: subs)
    }
}

extension JSONLine {
    /// A removal's snapshot in plan.json's own keys, on one line, every row with its id.
    mutating func subtree(_ tree: PlanSubtree) {
        switch tree {
        case .indikator(let i): indicator(i)
        case .sub(let s): sub(s)
        case .kegiatan(let k): kegiatan(k)
        case .area(let a):
            raw("{\"name\":")
            quoted(a.name)
            raw(",\"kegiatan\":[")
            for (n, k) in a.kegiatan.enumerated() { if n > 0 { raw(",") }; kegiatan(k) }
            raw("]}")
        }
    }

    private mutating func indicator(_ i: Indicator) {
        raw("{\"id\":")
        quoted(i.id?.rawValue ?? "")
        string("text", i.text)
        months("months", i.months)
        string("ket", i.ket)
        raw("}")
    }

    private mutating func sub(_ s: SubKegiatan) {
        raw("{\"title\":")
        quoted(s.title)
        raw(",\"indikator\":[")
        for (n, i) in s.indicators.enumerated() { if n > 0 { raw(",") }; indicator(i) }
        raw("]}")
    }

    private mutating func kegiatan(_ k: Kegiatan) {
        raw("{\"title\":")
        quoted(k.title)
        raw(",\"subKegiatan\":[")
        for (n, s) in k.subKegiatan.enumerated() { if n > 0 { raw(",") }; sub(s) }
        raw("]}")
    }
}

extension YearState {
    /// Every row a `remove` entry of the journal names.
    var removedRows: Set<RowID> {
        var rows: Set<RowID> = []
        for entry in entries { if case .remove(let removal) = entry.change { rows.formUnion(removal.rows) } }
        return rows
    }
}
