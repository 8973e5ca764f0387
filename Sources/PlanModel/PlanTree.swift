/// The current plan's tree in a form that structural edits change cheaply: groups are nodes with
/// keys, each row knows its sub kegiatan, so finding, inserting or moving costs the size of one
/// parent's list, never the plan's size. `plan(document:)` turns it back into a `Plan` (ids explicit).
struct PlanTree: Sendable {
    // Each group's `founder` is its first row when it came into the plan (as signed, or by the entry that added or put
    // it back): the group's name for a team's values, the same on every laptop whatever rows are added before it later.
    struct AreaNode: Sendable { var name: String; var children: [Int]; var founder: RowID? }
    struct KegiatanNode: Sendable { var title: String; var parent: Int; var children: [Int]; var founder: RowID? }
    struct SubNode: Sendable { var title: String; var parent: Int; var rows: [Indicator]; var founder: RowID? }

    var areaOrder: [Int] = []
    var areas: [Int: AreaNode] = [:]
    var kegiatan: [Int: KegiatanNode] = [:]
    var subs: [Int: SubNode] = [:]
    var subOfRow: [RowID: Int] = [:]
    /// Keys of the areas whose list of kegiatan changed, and of the kegiatan whose contents changed, since the
    /// caller last emptied them (texts do not count).
    var dirtyAreas: Set<Int> = []
    var dirtyKegiatan: Set<Int> = []
    private var nextKey = 0

    init(_ plan: Plan) {
        subOfRow.reserveCapacity(plan.rows.count)
        var next = 0
        for var area in plan.areas {
            // Ids frozen as the signed plan gives them: positional ones made explicit.
            for k in area.kegiatan.indices {
                for s in area.kegiatan[k].subKegiatan.indices {
                    for i in area.kegiatan[k].subKegiatan[s].indicators.indices {
                        area.kegiatan[k].subKegiatan[s].indicators[i].id = plan.rows[next].id
                        next += 1
                    }
                }
            }
            _ = insertArea(area, at: areaOrder.count)
        }
    }

    private mutating func newKey() -> Int { nextKey += 1; return nextKey }

    private mutating func insertArea(_ area: ChangeArea, at index: Int) -> Int {
        let key = newKey()
        areas[key] = AreaNode(name: area.name, children: [], founder: area.kegiatan.first?.subKegiatan.first?.indicators.first?.id)
        areaOrder.insert(key, at: index)
        for kegiatan in area.kegiatan { insertKegiatan(kegiatan, in: key, at: areas[key]!.children.count) }
        return key
    }

    private mutating func insertKegiatan(_ node: Kegiatan, in area: Int, at index: Int) {
        let key = newKey()
        kegiatan[key] = KegiatanNode(title: node.title, parent: area, children: [], founder: node.subKegiatan.first?.indicators.first?.id)
        areas[area]!.children.insert(key, at: index)
        for sub in node.subKegiatan { insertSub(sub, in: key, at: kegiatan[key]!.children.count) }
    }

    private mutating func insertSub(_ node: SubKegiatan, in parent: Int, at index: Int) {
        let key = newKey()
        let rows = node.indicators
        subs[key] = SubNode(title: node.title, parent: parent, rows: rows, founder: rows.first?.id)
        kegiatan[parent]!.children.insert(key, at: index)
        for row in rows { subOfRow[row.id!] = key }
    }

    // MARK: Finding

    /// The row as the tree holds it (its text, KET and months as planned).
    func indicator(_ row: RowID) -> Indicator? {
        subOfRow[row].flatMap { s in subs[s]!.rows.first { $0.id == row } }
    }

    /// The founder of the group whose `field` is `row`'s (its first row when it came into the plan); the row itself
    /// for its own texts.
    func founder(_ field: PlanTextField, holding row: RowID) -> RowID? {
        switch field {
        case .indikator, .ket: return contains(row) ? row : nil
        case .sub: return sub(of: row).flatMap { subs[$0]!.founder }
        case .kegiatan: return kegiatan(of: row).flatMap { kegiatan[$0]!.founder }
        case .area: return area(of: row).flatMap { areas[$0]!.founder }
        }
    }

    func sub(of row: RowID) -> Int? { subOfRow[row] }
    func kegiatan(of row: RowID) -> Int? { subOfRow[row].map { subs[$0]!.parent } }
    func area(of row: RowID) -> Int? { kegiatan(of: row).map { kegiatan[$0]!.parent } }

    // MARK: Changing

    /// Sets a text; false when the row is not in the tree.
    mutating func setText(_ field: PlanTextField, of row: RowID, to text: String) -> Bool {
        guard let s = subOfRow[row] else { return false }
        switch field {
        case .indikator, .ket:
            guard let i = subs[s]!.rows.firstIndex(where: { $0.id == row }) else { return false }
            if field == .indikator { subs[s]!.rows[i].text = text } else { subs[s]!.rows[i].ket = text }
        case .sub: subs[s]!.title = text
        case .kegiatan: kegiatan[subs[s]!.parent]!.title = text
        case .area: areas[kegiatan[subs[s]!.parent]!.parent]!.name = text
        }
        return true
    }

    /// Inserts a subtree after or before the group of its level holding the anchor row; false when it cannot.
    mutating func insert(_ subtree: PlanSubtree, at anchor: Anchor?) -> Bool {
        for row in subtree.indicators where row.id == nil || subOfRow[row.id!] != nil { return false }
        guard let anchor else {
            guard areaOrder.isEmpty || subOfRow.isEmpty else { return false }
            _ = insertArea(Self.wrapped(subtree), at: areaOrder.count)
            return true
        }
        guard let s = subOfRow[anchor.row] else { return false }
        let after: Bool
        switch anchor { case .after: after = true; case .before: after = false }
        let k = subs[s]!.parent, a = kegiatan[k]!.parent
        switch subtree {
        case .indikator, .sub: dirtyKegiatan.insert(k)
        case .kegiatan, .area: dirtyAreas.insert(a)
        }
        switch subtree {
        case .indikator(let indicator):
            guard let i = subs[s]!.rows.firstIndex(where: { $0.id == anchor.row }) else { return false }
            subs[s]!.rows.insert(indicator, at: after ? i + 1 : i)
            subOfRow[indicator.id!] = s
        case .sub(let node):
            let i = kegiatan[k]!.children.firstIndex(of: s)!
            insertSub(node, in: k, at: after ? i + 1 : i)
        case .kegiatan(let node):
            let i = areas[a]!.children.firstIndex(of: k)!
            insertKegiatan(node, in: a, at: after ? i + 1 : i)
        case .area(let node):
            let i = areaOrder.firstIndex(of: a)!
            _ = insertArea(node, at: after ? i + 1 : i)
        }
        return true
    }

    /// What removing the group of `level` holding `row` would take away, and where it was; nothing changes.
    func removal(_ level: PlanLevel, holding row: RowID) -> (PlanSubtree, Anchor?)? {
        guard let s = subOfRow[row] else { return nil }
        let k = subs[s]!.parent, a = kegiatan[k]!.parent
        func anchor(in list: [Int], at i: Int, firstRow: (Int) -> RowID?, lastRow: (Int) -> RowID?) -> Anchor? {
            if i > 0, let r = lastRow(list[i - 1]) { return .after(r) }
            if i + 1 < list.count, let r = firstRow(list[i + 1]) { return .before(r) }
            return nil
        }
        // Read only, never a copy of the tree: what `remove` takes away and where it was.
        switch level {
        case .indikator:
            let rows = subs[s]!.rows
            guard let i = rows.firstIndex(where: { $0.id == row }) else { return nil }
            return (.indikator(rows[i]), i > 0 ? .after(rows[i - 1].id!) : (i + 1 < rows.count ? .before(rows[i + 1].id!) : nil))
        case .sub:
            let list = kegiatan[k]!.children, i = list.firstIndex(of: s)!
            return (.sub(subtree(sub: s)), anchor(in: list, at: i, firstRow: firstRow(sub:), lastRow: lastRow(sub:)))
        case .kegiatan:
            let list = areas[a]!.children, i = list.firstIndex(of: k)!
            return (.kegiatan(subtree(kegiatan: k)), anchor(in: list, at: i, firstRow: firstRow(kegiatan:), lastRow: lastRow(kegiatan:)))
        case .area:
            let i = areaOrder.firstIndex(of: a)!
            return (.area(subtree(area: a)), anchor(in: areaOrder, at: i, firstRow: firstRow(area:), lastRow: lastRow(area:)))
        }
    }

    /// The smallest level at or above `level` whose removal leaves no empty group behind.
    func removalLevel(_ level: PlanLevel, holding row: RowID) -> PlanLevel {
        guard let s = subOfRow[row] else { return level }
        let k = subs[s]!.parent, a = kegiatan[k]!.parent
        var level = level
        if level == .indikator && subs[s]!.rows.count == 1 { level = .sub }
        if level == .sub && kegiatan[k]!.children.count == 1 { level = .kegiatan }
        if level == .kegiatan && areas[a]!.children.count == 1 { level = .area }
        return level
    }

    /// Whether the group of `level` holding `row` can move one place up (or down) within its parent.
    func canMove(_ level: PlanLevel, holding row: RowID, up: Bool) -> Bool {
        guard let s = subOfRow[row] else { return false }
        let k = subs[s]!.parent, a = kegiatan[k]!.parent
        func ok(_ list: [Int], _ key: Int) -> Bool { list.indices.contains(list.firstIndex(of: key)! + (up ? -1 : 1)) }
        switch level {
        case .indikator:
            guard let i = subs[s]!.rows.firstIndex(where: { $0.id == row }) else { return false }
            return subs[s]!.rows.indices.contains(i + (up ? -1 : 1))
        case .sub: return ok(kegiatan[k]!.children, s)
        case .kegiatan: return ok(areas[a]!.children, k)
        case .area: return ok(areaOrder, a)
        }
    }

    /// Whether the plan holds this row.
    func contains(_ row: RowID) -> Bool { subOfRow[row] != nil }

    /// Removes the group of `level` holding `row`; returns what was removed and where it was.
    mutating func remove(_ level: PlanLevel, holding row: RowID) -> (PlanSubtree, Anchor?)? {
        guard let s = subOfRow[row] else { return nil }
        let k = subs[s]!.parent, a = kegiatan[k]!.parent
        func anchor(in list: [Int], at i: Int, firstRow: (Int) -> RowID?, lastRow: (Int) -> RowID?) -> Anchor? {
            if i > 0, let r = lastRow(list[i - 1]) { return .after(r) }
            if i + 1 < list.count, let r = firstRow(list[i + 1]) { return .before(r) }
            return nil
        }
        let result: (PlanSubtree, Anchor?)
        if level == .indikator || level == .sub { dirtyKegiatan.insert(k) } else { dirtyAreas.insert(a) }
        switch level {
        case .indikator:
            let rows = subs[s]!.rows
            guard let i = rows.firstIndex(where: { $0.id == row }) else { return nil }
            let place: Anchor? = i > 0 ? .after(rows[i - 1].id!) : (i + 1 < rows.count ? .before(rows[i + 1].id!) : nil)
            result = (.indikator(subs[s]!.rows.remove(at: i)), place)
        case .sub:
            let list = kegiatan[k]!.children, i = list.firstIndex(of: s)!
            result = (.sub(subtree(sub: s)), anchor(in: list, at: i, firstRow: firstRow(sub:), lastRow: lastRow(sub:)))
            kegiatan[k]!.children.remove(at: i)
            subs[s] = nil
        case .kegiatan:
            let list = areas[a]!.children, i = list.firstIndex(of: k)!
            result = (.kegiatan(subtree(kegiatan: k)), anchor(in: list, at: i, firstRow: firstRow(kegiatan:), lastRow: lastRow(kegiatan:)))
            areas[a]!.children.remove(at: i)
            dropKegiatan(k)
        case .area:
            let i = areaOrder.firstIndex(of: a)!
            result = (.area(subtree(area: a)), anchor(in: areaOrder, at: i, firstRow: firstRow(area:), lastRow: lastRow(area:)))
            areaOrder.remove(at: i)
            for child in areas[a]!.children { dropKegiatan(child) }
            areas[a] = nil
        }
        for indicator in result.0.indicators { subOfRow[indicator.id!] = nil }
        return result
    }

    private mutating func dropKegiatan(_ k: Int) {
        for child in kegiatan[k]!.children { subs[child] = nil }
        kegiatan[k] = nil
    }

    /// Moves the group of `level` holding `row` one place up or down within its parent; false at an end.
    mutating func move(_ level: PlanLevel, holding row: RowID, up: Bool) -> Bool {
        guard let s = subOfRow[row] else { return false }
        let k = subs[s]!.parent, a = kegiatan[k]!.parent
        func swap(_ list: inout [Int], _ key: Int) -> Bool {
            let i = list.firstIndex(of: key)!, j = up ? i - 1 : i + 1
            guard list.indices.contains(j) else { return false }
            list.swapAt(i, j)
            return true
        }
        if level == .indikator || level == .sub { dirtyKegiatan.insert(k) } else { dirtyAreas.insert(a) }
        switch level {
        case .indikator:
            guard let i = subs[s]!.rows.firstIndex(where: { $0.id == row }) else { return false }
            let j = up ? i - 1 : i + 1
            guard subs[s]!.rows.indices.contains(j) else { return false }
            subs[s]!.rows.swapAt(i, j)
            return true
        case .sub: return swap(&kegiatan[k]!.children, s)
        case .kegiatan: return swap(&areas[a]!.children, k)
        case .area: return swap(&areaOrder, a)
        }
    }

    // MARK: Reading back

    private func firstRow(sub: Int) -> RowID? { subs[sub]!.rows.first?.id }
    private func lastRow(sub: Int) -> RowID? { subs[sub]!.rows.last?.id }
    private func firstRow(kegiatan k: Int) -> RowID? { kegiatan[k]!.children.lazy.compactMap { firstRow(sub: $0) }.first }
    private func lastRow(kegiatan k: Int) -> RowID? { kegiatan[k]!.children.reversed().lazy.compactMap { lastRow(sub: $0) }.first }
    private func firstRow(area a: Int) -> RowID? { areas[a]!.children.lazy.compactMap { firstRow(kegiatan: $0) }.first }
    private func lastRow(area a: Int) -> RowID? { areas[a]!.children.reversed().lazy.compactMap { lastRow(kegiatan: $0) }.first }

    func subtree(sub s: Int) -> SubKegiatan { SubKegiatan(title: subs[s]!.title, indicators: subs[s]!.rows) }
    func subtree(kegiatan k: Int) -> Kegiatan {
        Kegiatan(title: kegiatan[k]!.title, subKegiatan: kegiatan[k]!.children.map { subtree(sub: $0) })
    }
    func subtree(area a: Int) -> ChangeArea {
        ChangeArea(number: 0, name: areas[a]!.name, kegiatan: areas[a]!.children.map { subtree(kegiatan: $0) })
    }

    /// The plan as the tree now is: areas numbered 1…n, every id explicit.
    func plan(document: DocumentInfo) -> Plan {
        let list = areaOrder.enumerated().map { n, key in
            var area = subtree(area: key)
            area.number = n + 1
            return area
        }
        return Plan(document: document, areas: list)
    }

    /// A subtree of any level as a whole area (for the first group of an empty plan).
    static func wrapped(_ subtree: PlanSubtree) -> ChangeArea {
        switch subtree {
        case .indikator(let i): ChangeArea(number: 0, name: "", kegiatan: [Kegiatan(title: "", subKegiatan: [SubKegiatan(title: "", indicators: [i])])])
        case .sub(let s): ChangeArea(number: 0, name: "", kegiatan: [Kegiatan(title: "", subKegiatan: [s])])
        case .kegiatan(let k): ChangeArea(number: 0, name: "", kegiatan: [k])
        case .area(let a): a
        }
    }
}

extension Plan {
    /// The rows showing `field` of `row`: the row itself for its indikator and KET, else every row of the group
    /// whose title it is (contiguous). Costs those rows.
    public func rowsHolding(_ field: PlanTextField, of row: RowID) -> ClosedRange<Int>? {
        guard let index = rowIndex(of: row) else { return nil }
        let p = rows[index].position
        func same(_ other: PlanRow) -> Bool {
            let q = other.position
            switch field {
            case .indikator, .ket: return other.index == index
            case .sub: return q.area == p.area && q.kegiatan == p.kegiatan && q.sub == p.sub
            case .kegiatan: return q.area == p.area && q.kegiatan == p.kegiatan
            case .area: return q.area == p.area
            }
        }
        var first = index
        while first > 0 && same(rows[first - 1]) { first -= 1 }
        var last = index
        while last + 1 < rows.count && same(rows[last + 1]) { last += 1 }
        return first...last
    }
}
