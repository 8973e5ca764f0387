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
    /// The plan counted: its rows and groups (a change of its texts alone takes the new plan: `retitled`).
    public private(set) var plan: Plan
    /// Twelve packed `MonthProgress` values per row, row-major.
    private var cells: [UInt16]
    /// Per area (index) and one more for the whole plan: 12 months × `counters` sums.
    private var sums: [Int32]
    /// Evidence pieces per row index: lanes 0–11 tied to a month, lane 12 to the whole row, and lane 13 the pieces
    /// that are files (whose file may have gone: `holdsFileEvidence`); a fixed-size value, so a row with evidence
    /// costs no allocation of its own.
    private var evidenceCounts: [Int: SIMD16<Int32>]
    /// The rows of each kegiatan, as ranges of row indices (a sub kegiatan's are found within its kegiatan's:
    /// `subRange`, so nothing is built per sub kegiatan).
    private let kegiatanRows: [[Range<Int>]]

    private static let counters = 8
    private static let stride = 12 * counters

    /// Builds every row's figures: one pass over the evidence, then one over the rows that writes each row's
    /// twelve values in place and adds them to its area's sums (nothing allocated per row).
    /// `marks` are the current planned months, indexed like `plan.rows`.
    public init(plan: Plan, marks: [MonthSet], realisation: Realisation) {
        var evidenceCounts: [Int: SIMD16<Int32>] = [:]
        for item in realisation.evidence {
            guard let index = plan.rowIndex(of: item.row) else { continue }
            evidenceCounts[index, default: SIMD16()] &+= Self.lanes(of: item)
        }
        let recorded = realisation.cells
        self.init(plan: plan, evidenceCounts: evidenceCounts) { index in
            Self.compute(marks: index < marks.count ? marks[index] : MonthSet(),
                         recorded: recorded.isEmpty ? nil : recorded[plan.rows[index].id],
                         evidence: evidenceCounts.isEmpty ? nil : evidenceCounts[index])
        }
    }

    /// A tracker from the values and sums another one had (`packedCells`, `packedSums`, `evidenceCountsByRow`: the
    /// snapshot cache); nil when they do not fit the plan. Only the kegiatan's row ranges are found again.
    package init?(plan: Plan, packedCells: [UInt16], sums: [Int32], evidenceCounts: [Int: SIMD16<Int32>]) {
        guard packedCells.count == plan.rows.count * 12, sums.count == (plan.areas.count + 1) * Self.stride,
              evidenceCounts.keys.allSatisfy(plan.rows.indices.contains) else { return nil }
        self.plan = plan
        cells = packedCells
        self.sums = sums
        self.evidenceCounts = evidenceCounts
        kegiatanRows = Self.kegiatanRows(of: plan)
    }

    /// The rows of each kegiatan (contiguous), as ranges of row indices.
    private static func kegiatanRows(of plan: Plan) -> [[Range<Int>]] {
        var ranges: [[Range<Int>]] = plan.areas.map { Array(repeating: 0..<0, count: $0.kegiatan.count) }
        var start = 0
        let count = plan.rows.count
        for index in 0..<count {
            let p = plan.rows[index].position
            if index + 1 == count || !plan.rows[index + 1].position.sameKegiatan(as: p) {
                let range = ranges[p.area][p.kegiatan]
                ranges[p.area][p.kegiatan] = range.isEmpty ? start..<(index + 1) : range.lowerBound..<(index + 1)
                start = index + 1
            }
        }
        return ranges
    }

    /// Every row's twelve values from `values`, written in place and added to its area's sums in one pass over
    /// the rows (nothing allocated per row).
    private init(plan: Plan, evidenceCounts: [Int: SIMD16<Int32>], values rowValues: (Int) -> SIMD16<UInt16>) {
        self.plan = plan
        var cells = [UInt16](repeating: 0, count: plan.rows.count * 12)
        var sums = [Int32](repeating: 0, count: (plan.areas.count + 1) * Self.stride)
        var kegiatanRows: [[Range<Int>]] = plan.areas.map { Array(repeating: 0..<0, count: $0.kegiatan.count) }
        let planSlot = plan.areas.count
        let rowCount = plan.rows.count
        // A kegiatan's rows are contiguous: each run is written once, when it ends.
        var kegiatanStart = 0
        func close(_ first: inout Int, _ end: Int, _ range: inout Range<Int>) {
            range = range.isEmpty ? first..<end : range.lowerBound..<end
            first = end
        }
        cells.withUnsafeMutableBufferPointer { cells in
            sums.withUnsafeMutableBufferPointer { sums in
                for index in 0..<rowCount {
                    let p = plan.rows[index].position  // fields read in place: no copy of the row
                    if index + 1 == rowCount || !plan.rows[index + 1].position.sameKegiatan(as: p) {
                        close(&kegiatanStart, index + 1, &kegiatanRows[p.area][p.kegiatan])
                    }
                    let values = rowValues(index)
                    for month in 0..<12 where values[month] != 0 {
                        cells[index * 12 + month] = values[month]
                        Self.add(MonthProgress(bits: values[month]).figures, to: sums,
                                 at: p.area * Self.stride + month * Self.counters)
                    }
                }
                // The whole plan's sums are its areas' sums.
                for area in 0..<planSlot {
                    for i in 0..<Self.stride { sums[planSlot * Self.stride + i] += sums[area * Self.stride + i] }
                }
            }
        }
        self.cells = cells
        self.sums = sums
        self.evidenceCounts = evidenceCounts
        self.kegiatanRows = kegiatanRows
    }

    /// After a change of the plan's texts alone (no row added, removed or moved): the same figures over `plan`.
    package mutating func retitled(_ plan: Plan) {
        guard plan.rows.count == self.plan.rows.count, plan.areas.count == self.plan.areas.count else { return }
        self.plan = plan
    }

    /// Every row's twelve packed values, row-major (for the snapshot cache).
    package var packedCells: [UInt16] { cells }
    /// The sums per area and for the whole plan (12 months × 8 counters each), for the snapshot cache.
    package var packedSums: [Int32] { sums }
    /// Evidence pieces per row index and month (lane 12: the whole row), for the snapshot cache.
    package var evidenceCountsByRow: [Int: SIMD16<Int32>] { evidenceCounts }

    /// One row's values as the year has them: its twelve packed month values and its evidence counts (lanes
    /// 0–11 by month, 12 the whole row). What the progress sidecar keeps for the rows changed after a snapshot.
    package struct RowValues: Equatable, Sendable {
        package var row: Int
        package var cells: SIMD16<UInt16>
        package var evidence: SIMD16<Int32>

        package init(row: Int, cells: SIMD16<UInt16>, evidence: SIMD16<Int32>) {
            self.row = row
            self.cells = cells
            self.evidence = evidence
        }
    }

    /// The values of the rows at `indices` (of `plan.rows`) from the marks and the realisation: one pass over the
    /// evidence, then one computation per row. Indices outside the plan are left out.
    package static func values(ofRows indices: Set<Int>, plan: Plan, marks: [MonthSet],
                               realisation: Realisation) -> [RowValues] {
        let wanted = indices.filter(plan.rows.indices.contains)
        guard !wanted.isEmpty else { return [] }
        var counts: [Int: SIMD16<Int32>] = [:]
        for item in realisation.evidence {
            guard let index = plan.rowIndex(of: item.row), wanted.contains(index) else { continue }
            counts[index, default: SIMD16()] &+= lanes(of: item)
        }
        return wanted.sorted().map { index in
            RowValues(row: index,
                      cells: compute(marks: index < marks.count ? marks[index] : MonthSet(),
                                     recorded: realisation.cells[plan.rows[index].id], evidence: counts[index]),
                      evidence: counts[index] ?? SIMD16())
        }
    }

    /// One row's values as this tracker holds them.
    package func values(ofRow index: Int) -> RowValues {
        var cells = SIMD16<UInt16>()
        for month in 0..<12 { cells[month] = self.cells[index * 12 + month] }
        return RowValues(row: index, cells: cells, evidence: evidenceCounts[index] ?? SIMD16())
    }

    /// Counts one row's evidence again from the realisation and recomputes the row (after changes were taken
    /// back that this tracker had counted, such as a store's unsaved entries it lets go of).
    package mutating func recount(row index: Int, marks: MonthSet, realisation: Realisation) {
        guard plan.rows.indices.contains(index) else { return }
        let id = plan.rows[index].id
        var counts = SIMD16<Int32>()
        for item in realisation.evidence where item.row == id { counts &+= Self.lanes(of: item) }
        evidenceCounts[index] = counts == SIMD16() ? nil : counts
        refresh(row: index, marks: marks, realisation: realisation)
    }

    /// Puts one row's values in place (moving its contribution in the sums), as `values(ofRows:…)` gave them.
    package mutating func replace(_ values: RowValues) {
        guard plan.rows.indices.contains(values.row) else { return }
        evidenceCounts[values.row] = values.evidence == SIMD16() ? nil : values.evidence
        store(values.row, values.cells)
    }

    /// Recomputes one row after a change of its marks or of a cell's record (status, date or note).
    public mutating func refresh(row index: Int, marks: MonthSet, realisation: Realisation) {
        guard plan.rows.indices.contains(index) else { return }
        store(index, Self.compute(marks: marks, recorded: realisation.cells[plan.rows[index].id],
                                  evidence: evidenceCounts[index]))
    }

    /// Takes a piece of evidence into account (after it was added, or put back by undo).
    public mutating func evidenceAdded(_ item: Evidence, marks: MonthSet, realisation: Realisation) {
        guard let index = plan.rowIndex(of: item.row) else { return }
        evidenceCounts[index, default: SIMD16()] &+= Self.lanes(of: item)
        refresh(row: index, marks: marks, realisation: realisation)
    }

    /// Forgets a piece of evidence (after it was removed, or its adding undone).
    public mutating func evidenceRemoved(_ item: Evidence, marks: MonthSet, realisation: Realisation) {
        guard let index = plan.rowIndex(of: item.row), var counts = evidenceCounts[index] else { return }
        let lanes = Self.lanes(of: item)
        counts = (counts &- lanes).replacing(with: 0, where: counts .< lanes)
        evidenceCounts[index] = counts == SIMD16() ? nil : counts
        refresh(row: index, marks: marks, realisation: realisation)
    }

    /// The lanes one piece of evidence adds to its row's counts: its month's (or 12, the whole row's), and 13 for a file.
    private static func lanes(of item: Evidence) -> SIMD16<Int32> {
        var lanes = SIMD16<Int32>()
        lanes[item.month?.index ?? 12] = 1
        if case .file = item.location { lanes[13] = 1 }
        return lanes
    }

    /// Whether any row holds evidence that is a file (which may have gone since): without any, nothing needs checking.
    public var holdsFileEvidence: Bool { evidenceCounts.values.contains { $0[13] > 0 } }

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
        var figures = ProgressFigures()
        let range = period.months
        guard range.lowerBound <= asOf else { return figures }
        for month in range.lowerBound.index...min(range.upperBound, asOf).index {
            figures += MonthProgress(bits: cells[index * 12 + month]).figures
        }
        return figures
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
            guard kegiatanRows.indices.contains(a), kegiatanRows[a].indices.contains(k) else { return ProgressFigures() }
            return figures(rows: subRange(kegiatanRows[a][k], sub: s), period: period, asOf: asOf)
        }
    }

    /// The rows of a kegiatan or sub kegiatan (empty for an area or the plan: use `Plan` for those).
    public func rows(of group: ProgressGroup) -> Range<Int> {
        switch group {
        case .kegiatan(let a, let k): kegiatanRows[a][k]
        case .sub(let a, let k, let s): subRange(kegiatanRows[a][k], sub: s)
        case .area, .plan: 0..<0
        }
    }

    /// The rows of sub kegiatan `sub` within its kegiatan's rows (sorted by position): two binary searches.
    private func subRange(_ rows: Range<Int>, sub: Int) -> Range<Int> {
        func first(_ isAfter: (Int) -> Bool) -> Int {
            var low = rows.lowerBound, high = rows.upperBound
            while low < high {
                let middle = (low + high) / 2
                if isAfter(plan.rows[middle].position.sub) { high = middle } else { low = middle + 1 }
            }
            return low
        }
        return first { $0 >= sub }..<first { $0 > sub }
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

    /// One row's twelve values from its marks, its recorded cells and its evidence counts (no allocation).
    private static func compute(marks: MonthSet, recorded: [Month: CellRecord]?,
                                evidence counts: SIMD16<Int32>?) -> SIMD16<UInt16> {
        var cover = EvidenceCover()
        if let counts {
            cover.wholeRow = counts[12] > 0
            for month in Month.allCases where counts[month.index] > 0 { cover.months.insert(month) }
        }
        var codes = StatusCodes()
        if let recorded {
            for (month, record) in recorded { codes.set(month.index, record.status) }
        }
        return RowProgress.packed(planned: marks, codes: codes, evidence: cover)
    }

    /// Replaces one row's values, moving its contribution in the sums of its area and the plan.
    private mutating func store(_ index: Int, _ values: SIMD16<UInt16>) {
        let area = plan.rows[index].position.area
        let planSlot = plan.areas.count
        for month in 0..<12 {
            let old = cells[index * 12 + month]
            let new = values[month]
            guard old != new else { continue }
            cells[index * 12 + month] = new
            let added = MonthProgress(bits: new).figures, removed = MonthProgress(bits: old).figures
            for slot in 0..<2 {
                let base = (slot == 0 ? area : planSlot) * Self.stride + month * Self.counters
                Self.add(added, to: &sums, at: base)
                Self.add(removed, to: &sums, at: base, sign: -1)
            }
        }
    }

    /// Adds (or with `sign` -1 takes away) one month's counts to the eight sums from `base`.
    private static func add(_ f: ProgressFigures, to sums: inout [Int32], at base: Int, sign: Int32 = 1) {
        sums.withUnsafeMutableBufferPointer { add(f, to: $0, at: base, sign: sign) }
    }

    private static func add(_ f: ProgressFigures, to sums: UnsafeMutableBufferPointer<Int32>, at base: Int, sign: Int32 = 1) {
        sums[base] += sign * Int32(f.due)
        sums[base + 1] += sign * Int32(f.done)
        sums[base + 2] += sign * Int32(f.partly)
        sums[base + 3] += sign * Int32(f.missed)
        sums[base + 4] += sign * Int32(f.overdue)
        sums[base + 5] += sign * Int32(f.moved)
        sums[base + 6] += sign * Int32(f.outside)
        sums[base + 7] += sign * Int32(f.kurangBukti)
    }
}

extension ProgressTracker: Equatable {
    /// The same figures: every row's values, the sums and the evidence counts, over plans of the same shape.
    public static func == (a: ProgressTracker, b: ProgressTracker) -> Bool {
        a.cells == b.cells && a.sums == b.sums && a.evidenceCounts == b.evidenceCounts && a.kegiatanRows == b.kegiatanRows
            && a.plan.rows.count == b.plan.rows.count
    }
}

extension PlanRow.Position {
    /// In the same kegiatan as `other` (same area and kegiatan positions).
    fileprivate func sameKegiatan(as other: PlanRow.Position) -> Bool { area == other.area && kegiatan == other.kegiatan }
}
