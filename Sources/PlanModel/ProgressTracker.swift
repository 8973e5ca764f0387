/// A group of rows that progress is aggregated over (Σ counts / Σ counts).
public enum ProgressGroup: Hashable, Sendable {
    /// One sub kegiatan, by zero-based positions (area, kegiatan in area, sub in kegiatan).
    case sub(area: Int, kegiatan: Int, sub: Int)
    /// One kegiatan, by zero-based positions.
    case kegiatan(area: Int, kegiatan: Int)
    /// One area, by its zero-based position in `Plan.areas`.
    case area(Int)
    /// The whole plan.
    case plan
}

/// How one cell reads in the realisation layer, as of a month.
public enum CellProgress: Hashable, Sendable {
    /// Nothing planned, moved here or recorded that counts.
    case none
    /// Planned (or moved here) for a month after the as-of month, nothing recorded: belum jatuh tempo.
    case notYetDue
    case done, partly, missed
    /// Planned, due and not recorded.
    case overdue
    /// Planned here and moved to another month (the target is in the realisation's record).
    case moved
    /// Not planned and recorded done or partly: done outside the schedule.
    case outside
}

/// The plan's progress, kept up to date change by change.
///
/// It holds each row's twelve `MonthProgress` values and, per area and for the whole plan, their
/// sums per month and count; recording one cell recomputes that row and adjusts two sums, so the
/// work is proportional to the change, not to the plan. A period's figure of an area or of the
/// plan adds at most twelve months of sums. Kegiatan and sub kegiatan are summed from their rows
/// when asked (their rows are contiguous), which costs what showing them costs.
///
/// It is a cache derived from the plan, the current marks and the realisation: the caller owns
/// those and tells the tracker what changed (`refresh`, `evidenceAdded`, `evidenceRemoved`).
public struct ProgressTracker: Sendable {
    public let plan: Plan
    /// Twelve packed `MonthProgress` values per row, row-major.
    private var cells: [UInt16]
    /// Per area (index) and one more for the whole plan: 12 months × `counters` sums.
    private var sums: [Int32]
    /// Evidence pieces per row index: slots 0–11 tied to a month, slot 12 to the whole row.
    private var evidenceCounts: [Int: [Int32]]
    /// The rows of each kegiatan and sub kegiatan, as ranges of row indices.
    private let kegiatanRows: [[Range<Int>]]
    private let subRows: [[[Range<Int>]]]

    private static let counters = 8
    private static let stride = 12 * counters

    /// Builds every row's figures: one pass over the rows and one over the evidence.
    /// `marks` are the current planned months, indexed like `plan.rows`.
    public init(plan: Plan, marks: [MonthSet], realisation: Realisation) {
        self.plan = plan
        cells = [UInt16](repeating: 0, count: plan.rows.count * 12)
        sums = [Int32](repeating: 0, count: (plan.areas.count + 1) * Self.stride)
        evidenceCounts = [:]
        for item in realisation.evidence {
            guard let index = plan.rowIndex(of: item.row) else { continue }
            evidenceCounts[index, default: [Int32](repeating: 0, count: 13)][item.month?.index ?? 12] += 1
        }
        var kegiatanRows: [[Range<Int>]] = plan.areas.map { Array(repeating: 0..<0, count: $0.kegiatan.count) }
        var subRows: [[[Range<Int>]]] = plan.areas.map { area in
            area.kegiatan.map { Array(repeating: 0..<0, count: $0.subKegiatan.count) }
        }
        for row in plan.rows {
            let p = row.position
            let k = kegiatanRows[p.area][p.kegiatan]
            kegiatanRows[p.area][p.kegiatan] = k.isEmpty ? row.index..<row.index + 1 : k.lowerBound..<row.index + 1
            let s = subRows[p.area][p.kegiatan][p.sub]
            subRows[p.area][p.kegiatan][p.sub] = s.isEmpty ? row.index..<row.index + 1 : s.lowerBound..<row.index + 1
        }
        self.kegiatanRows = kegiatanRows
        self.subRows = subRows
        for index in plan.rows.indices {
            let months = computeMonths(index, marks: index < marks.count ? marks[index] : MonthSet(),
                                       realisation: realisation)
            store(index, months)
        }
    }

    /// Recomputes one row after a change of its marks or of a cell's record (status, date or note).
    public mutating func refresh(row index: Int, marks: MonthSet, realisation: Realisation) {
        guard plan.rows.indices.contains(index) else { return }
        store(index, computeMonths(index, marks: marks, realisation: realisation))
    }

    /// Takes a piece of evidence into account (after it was added, or put back by undo).
    public mutating func evidenceAdded(_ item: Evidence, marks: MonthSet, realisation: Realisation) {
        guard let index = plan.rowIndex(of: item.row) else { return }
        evidenceCounts[index, default: [Int32](repeating: 0, count: 13)][item.month?.index ?? 12] += 1
        refresh(row: index, marks: marks, realisation: realisation)
    }

    /// Forgets a piece of evidence (after it was removed, or its adding undone).
    public mutating func evidenceRemoved(_ item: Evidence, marks: MonthSet, realisation: Realisation) {
        guard let index = plan.rowIndex(of: item.row), var counts = evidenceCounts[index] else { return }
        let slot = item.month?.index ?? 12
        counts[slot] = max(0, counts[slot] - 1)
        evidenceCounts[index] = counts.allSatisfy { $0 == 0 } ? nil : counts
        refresh(row: index, marks: marks, realisation: realisation)
    }

    /// The twelve month values of one row.
    public func months(ofRow index: Int) -> [MonthProgress] {
        (0..<12).map { MonthProgress(bits: cells[index * 12 + $0]) }
    }

    /// How one cell reads as of a month (for the realisation layer's glyphs).
    public func cell(row index: Int, month: Month, asOf: Month) -> CellProgress {
        let value = MonthProgress(bits: cells[index * 12 + month.index])
        if value.items > 0 {
            switch value.outcome {
            case .overdue: return month > asOf ? .notYetDue : .overdue
            case .done: return .done
            case .partly: return .partly
            case .missed: return .missed
            }
        }
        if value.movedAway { return .moved }
        if value.outside { return .outside }
        return .none
    }

    /// One row's figures over a period, as of a month.
    public func figures(row index: Int, period: ProgressPeriod, asOf: Month) -> ProgressFigures {
        RowProgress.figures(months(ofRow: index), period: period, asOf: asOf)
    }

    /// A group's figures over a period, as of a month: Σ of its rows' counts.
    public func figures(of group: ProgressGroup, period: ProgressPeriod, asOf: Month) -> ProgressFigures {
        switch group {
        case .plan: return summed(slot: plan.areas.count, period: period, asOf: asOf)
        case .area(let a):
            guard plan.areas.indices.contains(a) else { return ProgressFigures() }
            return summed(slot: a, period: period, asOf: asOf)
        case .kegiatan(let a, let k):
            guard kegiatanRows.indices.contains(a), kegiatanRows[a].indices.contains(k) else { return ProgressFigures() }
            return figures(rows: kegiatanRows[a][k], period: period, asOf: asOf)
        case .sub(let a, let k, let s):
            guard subRows.indices.contains(a), subRows[a].indices.contains(k), subRows[a][k].indices.contains(s)
            else { return ProgressFigures() }
            return figures(rows: subRows[a][k][s], period: period, asOf: asOf)
        }
    }

    /// The rows of a kegiatan or sub kegiatan (empty for an area or the plan: use `Plan` for those).
    public func rows(of group: ProgressGroup) -> Range<Int> {
        switch group {
        case .kegiatan(let a, let k): kegiatanRows[a][k]
        case .sub(let a, let k, let s): subRows[a][k][s]
        case .area, .plan: 0..<0
        }
    }

    private func figures(rows: Range<Int>, period: ProgressPeriod, asOf: Month) -> ProgressFigures {
        var total = ProgressFigures()
        for index in rows { total += figures(row: index, period: period, asOf: asOf) }
        return total
    }

    private func summed(slot: Int, period: ProgressPeriod, asOf: Month) -> ProgressFigures {
        let range = period.months
        guard range.lowerBound <= asOf else { return ProgressFigures() }
        var figures = ProgressFigures()
        for month in range.lowerBound.index...min(range.upperBound, asOf).index {
            let base = slot * Self.stride + month * Self.counters
            figures += ProgressFigures(
                due: Int(sums[base]), done: Int(sums[base + 1]), partly: Int(sums[base + 2]),
                missed: Int(sums[base + 3]), overdue: Int(sums[base + 4]), moved: Int(sums[base + 5]),
                outside: Int(sums[base + 6]), kurangBukti: Int(sums[base + 7]))
        }
        return figures
    }

    private func computeMonths(_ index: Int, marks: MonthSet, realisation: Realisation) -> [MonthProgress] {
        let recorded = realisation.cells[plan.rows[index].id]
        var cover = EvidenceCover()
        if let counts = evidenceCounts[index] {
            cover.wholeRow = counts[12] > 0
            for month in Month.allCases where counts[month.index] > 0 { cover.months.insert(month) }
        }
        guard let recorded, !recorded.isEmpty else {
            return RowProgress.months(planned: marks, status: { _ in nil }, evidence: cover)
        }
        return RowProgress.months(planned: marks, status: { recorded[$0]?.status }, evidence: cover)
    }

    /// Replaces one row's values, moving its contribution in the sums of its area and the plan.
    private mutating func store(_ index: Int, _ months: [MonthProgress]) {
        let area = plan.rows[index].position.area
        for month in 0..<12 {
            let old = MonthProgress(bits: cells[index * 12 + month])
            let new = months[month]
            guard old != new else { continue }
            cells[index * 12 + month] = new.bits
            let delta = difference(new.figures, old.figures)
            for slot in [area, plan.areas.count] {
                let base = slot * Self.stride + month * Self.counters
                for counter in 0..<Self.counters { sums[base + counter] += delta[counter] }
            }
        }
    }

    private func difference(_ a: ProgressFigures, _ b: ProgressFigures) -> [Int32] {
        [a.due - b.due, a.done - b.done, a.partly - b.partly, a.missed - b.missed, a.overdue - b.overdue,
         a.moved - b.moved, a.outside - b.outside, a.kurangBukti - b.kurangBukti].map { Int32($0) }
    }
}
