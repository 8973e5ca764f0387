import PlanModel

/// Where the view is, by row ids rather than positions: what a change of the plan's rows keeps.
struct ViewAnchor: Sendable {
    /// The cursor's row, then the rows after and before it on screen (where the cursor goes when its row went away).
    var rows: [RowID] = []
    /// Each fold with the first and last rows of its group (nil when there were too many to name cheaply).
    var folds: [(key: FoldKey, first: RowID, last: RowID)]?
}

/// What the entries a new year adds did to the plan's texts and rows.
enum PlanChange: Equatable {
    case none
    /// Texts changed (cells or the document's details), the rows stayed where they were.
    case texts
    /// Rows were added, removed or moved: what is derived from them is rebuilt (the search text only for the
    /// rows between the first and the last that moved).
    case rows
    /// Another journal altogether (renumbered or replaced, or another plan's): everything derived starts over.
    case replaced
}

extension AppState {
    /// The most folds whose groups are named by row ids before a change of rows (more keep their positions).
    static let anchoredFoldLimit = 4_096

    /// The view by row ids, on the current plan.
    func viewAnchor() -> ViewAnchor {
        var anchor = ViewAnchor()
        if let index = selectedRow, plan.rows.indices.contains(index) {
            anchor.rows.append(plan.rows[index].id)
            for p in [cursor + 1, cursor - 1] where visibleRows.indices.contains(p) && plan.rows.indices.contains(visibleRows[p]) {
                anchor.rows.append(plan.rows[visibleRows[p]].id)
            }
        }
        guard !folds.isEmpty, folds.count <= Self.anchoredFoldLimit, let tree = treeIndex else { return anchor }
        var named: [(key: FoldKey, first: RowID, last: RowID)] = []
        for key in folds {
            guard let rows = tree.rows(of: key), !rows.isEmpty, rows.upperBound <= plan.rows.count else { continue }
            named.append((key, plan.rows[rows.lowerBound].id, plan.rows[rows.upperBound - 1].id))
        }
        anchor.folds = named
        return anchor
    }

    /// How the entries `added` changed the plan.
    static func planChange(of added: ArraySlice<JournalEntry>, in year: YearState) -> PlanChange {
        var change = PlanChange.none
        for entry in added {
            switch year.resolved(entry.change) {
            case .add, .remove, .move: return .rows
            case .edit, .document: change = .texts
            default: break
            }
        }
        return change
    }

    /// Shows `year.plan`, rebuilding what depends on it: for text edits only the search text of the rows whose
    /// text changed (and whether they match); for a change of rows the visible rows, folds (by group identity),
    /// tree index, search index and matches, with the cursor on the same row or, when it went away, a neighbour.
    mutating func followPlan(_ change: PlanChange, anchor: ViewAnchor?, texts added: ArraySlice<JournalEntry>) {
        plan = year.plan
        shownRows = plan.rows.count
        switch change {
        case .none: return
        case .texts:
            for entry in added {
                guard case .edit(let edit)? = year.resolved(entry.change),
                      let rows = plan.rowsHolding(edit.field, of: edit.row) else { continue }
                searchIndex.textChanged(edit.field, rows: rows, in: plan)
                refreshMatches(rows)
            }
        case .rows, .replaced:
            let spliced = change == .rows ? searchIndex.rowsChanged(in: plan) : nil
            if change == .replaced { searchIndex = SearchIndex(plan: plan) }
            treeIndex = nil
            search?.typedMatch = nil
            if let named = anchor?.folds {
                var kept: Set<FoldKey> = []
                for fold in named {
                    guard let index = plan.rowIndex(of: fold.first) ?? plan.rowIndex(of: fold.last) else { continue }
                    kept.insert(FoldKey(level: fold.key.level, of: plan.rows[index].position))
                }
                folds = kept
            } else {
                folds = Set(folds.filter { $0.area < plan.areas.count })
            }
            cursor = 0
            let areas = Set(plan.areas.map(\.number))
            setAreaFilter(areaFilter.filter { areas.contains($0) })  // recomputes the visible rows
            let current = plan
            if let index = anchor?.rows.lazy.compactMap({ current.rowIndex(of: $0) }).first {
                cursor = position(ofPlanRow: index)
            }
            if case .picker(var picker) = overlay {
                picker.cursor = min(picker.cursor, plan.areas.count)
                overlay = .picker(picker)
            }
            if let spliced { spliceMatches(old: spliced.old, new: spliced.new) } else { rematch() }
        }
    }
}

extension TreeIndex {
    /// The rows of the group `key` names, nil when the tree has no such group.
    func rows(of key: FoldKey) -> Range<Int>? {
        switch key.level {
        case 1:
            guard areaStart.indices.contains(key.area) else { return nil }
            return areaStart[key.area]..<(areaStart[key.area] + areaCount[key.area])
        case 2:
            guard let id = kegiatanID(key.area, key.kegiatan) else { return nil }
            return kegiatanStart[id]..<(kegiatanStart[id] + kegiatanCount[id])
        default:
            guard let id = subID(key.area, key.kegiatan, key.sub) else { return nil }
            return subStart[id]..<(subStart[id] + subCount[id])
        }
    }
}
