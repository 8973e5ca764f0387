import PlanModel

/// A group of the tree folded to one line: an area (level 1), a kegiatan (2) or a sub kegiatan (3),
/// named by zero-based positions so it survives a restart on the same plan.
public struct FoldKey: Hashable, Sendable, Comparable {
    public let level: Int
    public let area: Int, kegiatan: Int, sub: Int

    public init(level: Int, area: Int, kegiatan: Int = 0, sub: Int = 0) {
        self.level = level
        self.area = area
        self.kegiatan = level >= 2 ? kegiatan : 0
        self.sub = level >= 3 ? sub : 0
    }

    /// The group at `level` holding a row at `position`.
    public init(level: Int, of position: PlanRow.Position) {
        self.init(level: level, area: position.area, kegiatan: position.kegiatan, sub: position.sub)
    }

    /// "4", "4.2", "4.2.1": the area's NO. and the 1-based kegiatan and sub kegiatan, as kept in the view file.
    public func path(in plan: Plan) -> String? {
        guard plan.areas.indices.contains(area) else { return nil }
        let parts = [plan.areas[area].number, kegiatan + 1, sub + 1]
        return parts.prefix(level).map(String.init).joined(separator: ".")
    }

    /// The key written as `path`, nil when the plan has no such group.
    public init?(path: String, in plan: Plan) {
        let parts = path.split(separator: ".").map { Int($0) }
        guard (1...3).contains(parts.count), !parts.contains(nil),
              let a = plan.areas.firstIndex(where: { $0.number == parts[0]! }) else { return nil }
        let k = parts.count > 1 ? parts[1]! - 1 : 0, s = parts.count > 2 ? parts[2]! - 1 : 0
        let area = plan.areas[a]
        guard area.kegiatan.indices.contains(k) || parts.count == 1 else { return nil }
        if parts.count == 3 { guard area.kegiatan[k].subKegiatan.indices.contains(s) else { return nil } }
        self.init(level: parts.count, area: a, kegiatan: k, sub: s)
    }

    public static func < (l: FoldKey, r: FoldKey) -> Bool {
        (l.area, l.kegiatan, l.sub, l.level) < (r.area, r.kegiatan, r.sub, r.level)
    }
}

/// A folded line on screen: the fold's level and the plan rows it stands for (contiguous, in document order).
public struct FoldLine: Equatable, Sendable {
    public let level: Int
    public let rows: Range<Int>
}

extension AppState {
    /// The fold line at plan row `index` (a folded group's first row), if any.
    public func foldLine(at index: Int) -> FoldLine? { foldLines[index] }

    /// Rebuilds `visibleRows` from the area filter and the folds (a folded group keeps only its first row), keeping
    /// the cursor on the selected row or on the fold line that now holds it.
    mutating func recomputeVisibleRows() {
        let selected = selectedRow
        var lines: [Int: FoldLine] = [:]
        if folds.isEmpty {
            visibleRows = plan.rowIndices(inAreas: areaFilter)
        } else {
            // Walks the tree's flat index, not the rows: each group is a range of rows (document order), and an open
            // sub kegiatan is appended whole. Costs the groups plus the rows shown, with no hashing per group.
            if treeIndex == nil { treeIndex = TreeIndex(plan) }
            let tree = treeIndex!
            var areaFolded = [Bool](repeating: false, count: tree.areaStart.count)
            var kegiatanFolded = [Bool](repeating: false, count: tree.kegiatanStart.count)
            var subFolded = [Bool](repeating: false, count: tree.subStart.count)
            for key in folds where tree.areaStart.indices.contains(key.area) {
                switch key.level {
                case 1: areaFolded[key.area] = true
                case 2: if let id = tree.kegiatanID(key.area, key.kegiatan) { kegiatanFolded[id] = true }
                default: if let id = tree.subID(key.area, key.kegiatan, key.sub) { subFolded[id] = true }
                }
            }
            var rows: [Int] = []
            func foldLine(_ level: Int, _ start: Int, _ count: Int) {
                rows.append(start)
                lines[start] = FoldLine(level: level, rows: start..<(start + count))
            }
            var i = 0
            while i < tree.subStart.count {
                let k = tree.subKegiatan[i], a = tree.kegiatanArea[k]
                if !areaFilter.isEmpty && !areaFilter.contains(plan.areas[a].number) || tree.areaCount[a] == 0 {
                    i = tree.areaSubs[a].upperBound; continue
                }
                if areaFolded[a] { foldLine(1, tree.areaStart[a], tree.areaCount[a]); i = tree.areaSubs[a].upperBound; continue }
                if kegiatanFolded[k] && tree.kegiatanCount[k] > 0 {
                    foldLine(2, tree.kegiatanStart[k], tree.kegiatanCount[k]); i = tree.kegiatanSubs[k].upperBound; continue
                }
                let start = tree.subStart[i], count = tree.subCount[i]
                if subFolded[i] && count > 0 { foldLine(3, start, count) } else { rows.append(contentsOf: start..<(start + count)) }
                i += 1
            }
            visibleRows = rows
        }
        foldLines = lines
        rowsInView = lines.values.reduce(visibleRows.count) { $0 + $1.rows.count - 1 }
        cursor = selected.map { position(ofPlanRow: $0) } ?? 0
        cursor = min(cursor, max(0, visibleRows.count - 1))
    }

    /// The position in `visibleRows` of plan row `index`, or of the fold line holding it; the next line when neither.
    func position(ofPlanRow index: Int) -> Int {
        let p = Self.lowerBound(visibleRows, index)
        if p < visibleRows.count && visibleRows[p] == index { return p }
        if p > 0, let line = foldLines[visibleRows[p - 1]], line.rows.contains(index) { return p - 1 }
        return p
    }

    /// `-`: folds the sub kegiatan around the cursor; on a fold line, the next level up.
    mutating func foldAtCursor() {
        guard let index = selectedRow else { return }
        let level = (foldLines[index]?.level ?? 4) - 1
        guard level >= 1 else { return }
        folds.insert(FoldKey(level: level, of: plan.rows[index].position))
        recomputeVisibleRows()
    }

    /// `+`: opens the fold line under the cursor (folds inside it stay as they were).
    mutating func unfoldAtCursor() {
        guard let index = selectedRow, let line = foldLines[index] else { return }
        folds.remove(FoldKey(level: line.level, of: plan.rows[index].position))
        recomputeVisibleRows()
    }

    /// `*`: folds every area, or when every area is folded already, opens everything.
    mutating func foldAllToggle() {
        let all = Set(plan.areas.indices.map { FoldKey(level: 1, area: $0) })
        if all.isSubset(of: folds) { folds = [] } else { folds.formUnion(all) }
        recomputeVisibleRows()
    }

    /// Folds the whole tree down to `level` (1: areas only, 2: kegiatan, 3: sub kegiatan; 0 opens all) and opens the levels above.
    mutating func foldToLevel(_ level: Int) {
        var keys: Set<FoldKey> = []
        for (a, area) in plan.areas.enumerated() where level >= 1 {
            if level == 1 { keys.insert(FoldKey(level: 1, area: a)); continue }
            for (k, kegiatan) in area.kegiatan.enumerated() {
                if level == 2 { keys.insert(FoldKey(level: 2, area: a, kegiatan: k)); continue }
                for s in kegiatan.subKegiatan.indices { keys.insert(FoldKey(level: 3, area: a, kegiatan: k, sub: s)) }
            }
        }
        folds = keys
        recomputeVisibleRows()
    }

    /// Opens every fold holding plan row `index` (a search match or a filtered row found inside one).
    mutating func reveal(_ index: Int) {
        guard plan.rows.indices.contains(index), !folds.isEmpty else { return }
        let position = plan.rows[index].position
        var opened = false
        for level in 1...3 where folds.remove(FoldKey(level: level, of: position)) != nil { opened = true }
        if opened { recomputeVisibleRows() }
    }

    /// The folds as kept in the view file ("4", "4.2", "4.2.1"), sorted.
    public var foldPaths: [String] { folds.sorted().compactMap { $0.path(in: plan) } }

    /// Takes folds read from the view file; paths the plan no longer has are dropped.
    public mutating func restoreFolds(_ paths: [String]) {
        folds = Set(paths.compactMap { FoldKey(path: $0, in: plan) })
        recomputeVisibleRows()
        clampView()
    }

    /// The screen column of the fold marker on visible line `i`, nil when it is not a folded line.
    func foldMarkerColumn(visible i: Int) -> Int? {
        guard visibleRows.indices.contains(i), let line = foldLines[visibleRows[i]] else { return nil }
        if layout.mode == .table { return layout.texts.indices.contains(line.level - 1) ? layout.texts[line.level - 1].x : nil }
        return layout.label.map { $0.x + max(0, 2 * line.level - 3) }
    }

    /// The union of the marks (and of the signed months) of the rows a fold line stands for.
    func unionMarks(_ line: FoldLine) -> (marks: MonthSet, signed: MonthSet) {
        var on: UInt16 = 0, signed: UInt16 = 0
        for i in line.rows where i < plan.rows.count {
            on |= marks(of: i).bits
            signed |= plan.rows[i].baseline.bits
        }
        return (MonthSet(bits: on), MonthSet(bits: signed))
    }
}

/// The plan's tree as flat arrays, built once on the first fold: where each area, kegiatan and sub kegiatan starts
/// in `plan.rows`, how many rows it holds, and which sub kegiatan it spans (ids are positions in document order).
struct TreeIndex: Sendable {
    var areaStart: [Int] = [], areaCount: [Int] = [], areaSubs: [Range<Int>] = [], areaKegiatan: [Int] = []
    var kegiatanStart: [Int] = [], kegiatanCount: [Int] = [], kegiatanSubs: [Range<Int>] = [], kegiatanArea: [Int] = []
    var kegiatanFirstSub: [Int] = []
    var subStart: [Int] = [], subCount: [Int] = [], subKegiatan: [Int] = []

    init(_ plan: Plan) {
        var row = 0
        for (a, area) in plan.areas.enumerated() {
            let areaRow = row, areaFirstSub = subStart.count
            areaKegiatan.append(kegiatanStart.count)
            for kegiatan in area.kegiatan {
                let id = kegiatanStart.count, kegiatanRow = row, firstSub = subStart.count
                kegiatanArea.append(a)
                kegiatanFirstSub.append(firstSub)
                for sub in kegiatan.subKegiatan {
                    subStart.append(row)
                    subCount.append(sub.indicators.count)
                    subKegiatan.append(id)
                    row += sub.indicators.count
                }
                kegiatanStart.append(kegiatanRow)
                kegiatanCount.append(row - kegiatanRow)
                kegiatanSubs.append(firstSub..<subStart.count)
            }
            areaStart.append(areaRow)
            areaCount.append(row - areaRow)
            areaSubs.append(areaFirstSub..<subStart.count)
        }
    }

    func kegiatanID(_ area: Int, _ kegiatan: Int) -> Int? {
        guard areaKegiatan.indices.contains(area) else { return nil }
        let id = areaKegiatan[area] + kegiatan
        return kegiatan >= 0 && kegiatanArea.indices.contains(id) && kegiatanArea[id] == area ? id : nil
    }

    func subID(_ area: Int, _ kegiatan: Int, _ sub: Int) -> Int? {
        guard let k = kegiatanID(area, kegiatan), sub >= 0 else { return nil }
        let id = kegiatanFirstSub[k] + sub
        return kegiatanSubs[k].contains(id) ? id : nil
    }
}
