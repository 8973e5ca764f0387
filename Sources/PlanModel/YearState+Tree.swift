import Foundation

/// The year's plan kept up to date after a structural change (`add`, `remove`, `move`): on the keyed tree
/// (`PlanTree`), then in `plan` by replacing only the areas or kegiatan the change touched, or while a whole journal
/// is replayed, once at the end by a rebuild.
extension YearState {
    /// Runs a structural change on the tree, then brings the plan up to date: at once by replacing only the
    /// areas it touched, or while replaying a journal, once at the end by a rebuild.
    @discardableResult
    mutating func restructure(_ change: (inout PlanTree) -> Bool) -> Bool {
        if tree == nil { tree = PlanTree(plan) }
        let before = tree!.areaOrder
        tree!.dirtyAreas.removeAll(keepingCapacity: true)
        tree!.dirtyKegiatan.removeAll(keepingCapacity: true)
        guard change(&tree!) else { return false }
        if batching {
            planIsStale = true
        } else if planIsStale {
            rebuild()
        } else {
            splice(areasBefore: before)
        }
        return true
    }

    /// Replaces in `plan` the areas the last change touched (by the tree's dirty areas and the change of its
    /// area order), with their marks and the count of changed cells: proportional to those areas' rows.
    mutating func splice(areasBefore before: [Int]) {
        guard let tree else { return }
        let after = tree.areaOrder
        var prefix = 0
        while prefix < before.count && prefix < after.count && before[prefix] == after[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < before.count - prefix && suffix < after.count - prefix
                && before[before.count - 1 - suffix] == after[after.count - 1 - suffix] { suffix += 1 }
        // Replacements in the old area numbering, done from the last so earlier indices stay valid.
        var edits: [(Range<Int>, [Int])] = []
        let shift = after.count - before.count
        for i in (after.count - suffix)..<after.count where tree.dirtyAreas.contains(after[i]) {
            edits.append(((i - shift)..<(i - shift + 1), [after[i]]))
        }
        if prefix < before.count - suffix || prefix < after.count - suffix {
            edits.append((prefix..<(before.count - suffix), Array(after[prefix..<(after.count - suffix)])))
        }
        for i in (0..<prefix).reversed() where tree.dirtyAreas.contains(after[i]) { edits.append((i..<(i + 1), [after[i]])) }
        var replaced: Set<Int> = []
        for (range, keys) in edits {
            replaced.formUnion(keys)
            let old = plan.rowRange(ofAreas: range)
            changedCells -= changed(in: old)
            plan.replaceAreas(range, with: keys.map { tree.subtree(area: $0) })
            remark(old, plan.rowRange(ofAreas: range.lowerBound..<(range.lowerBound + keys.count)))
        }
        // Kegiatan changed inside an area not replaced whole: only their rows.
        for key in tree.dirtyKegiatan {
            guard let node = tree.kegiatan[key], !replaced.contains(node.parent), let a = after.firstIndex(of: node.parent),
                  let k = tree.areas[node.parent]!.children.firstIndex(of: key) else { continue }
            let old = plan.rowRange(area: a, kegiatan: k)
            changedCells -= changed(in: old)
            plan.replaceKegiatan(area: a, k, with: tree.subtree(kegiatan: key))
            remark(old, plan.rowRange(area: a, kegiatan: k))
        }
    }

    /// After the rows at `old` were replaced by those at `new`: their marks, and the count of changed cells.
    mutating func remark(_ old: Range<Int>, _ new: Range<Int>) {
        marks.replaceSubrange(old, with: plan.rows[new].map { marksByRow[$0.id] ?? $0.baseline })
        changedCells += changed(in: new)
    }

    /// Cells of `rows` whose mark differs from the row's months as planned.
    func changed(in rows: Range<Int>) -> Int {
        rows.reduce(0) { $0 + MonthSet(bits: marks[$1].bits ^ plan.rows[$1].baseline.bits).count }
    }

    /// The plan, marks and count from the tree.
    mutating func rebuild() {
        guard let tree else { return }
        plan = tree.plan(document: plan.document)
        marks = plan.rows.map { marksByRow[$0.id] ?? $0.baseline }
        changedCells = zip(marks, plan.rows).reduce(0) { $0 + MonthSet(bits: $1.0.bits ^ $1.1.baseline.bits).count }
        planIsStale = false
    }
}

extension Plan {
    /// Replaces one text column in a contiguous run of rows (and in the tree of areas), without a rebuild.
    mutating func patch(rows range: ClosedRange<Int>, field: PlanTextField, text: String) {
        let p = rows[range.lowerBound].position
        for i in range {
            switch field {
            case .indikator: rows[i].indikator = text
            case .ket: rows[i].ket = text
            case .sub: rows[i].subKegiatan = text
            case .kegiatan: rows[i].kegiatan = text
            case .area: rows[i].areaName = text
            }
        }
        switch field {
        case .indikator: areas[p.area].kegiatan[p.kegiatan].subKegiatan[p.sub].indicators[p.indicator].text = text
        case .ket: areas[p.area].kegiatan[p.kegiatan].subKegiatan[p.sub].indicators[p.indicator].ket = text
        case .sub: areas[p.area].kegiatan[p.kegiatan].subKegiatan[p.sub].title = text
        case .kegiatan: areas[p.area].kegiatan[p.kegiatan].title = text
        case .area: areas[p.area].name = text
        }
    }
}
