/// Evidence whose file has gone is no evidence (issue 20): the tracker stays free of file I/O and is told which
/// pieces are gone (`EvidenceCheck.goneFiles`), so `progress`, the dashboard and the report count kurang bukti alike.
extension ProgressTracker {
    /// The figures with the evidence whose ids are in `gone` left uncounted (its files are missing).
    public init(plan: Plan, marks: [MonthSet], realisation: Realisation, gone: Set<String>) {
        guard !gone.isEmpty else {
            self.init(plan: plan, marks: marks, realisation: realisation)
            return
        }
        var counted = realisation
        counted.evidence.removeAll { gone.contains($0.id) }
        self.init(plan: plan, marks: marks, realisation: counted)
    }

    /// This tracker with the evidence in `gone` left uncounted: only the rows holding such evidence are counted
    /// again from `marks` and `realisation` (the ones this tracker was built from), so a tracker read from the
    /// snapshot cache, or the year's own, is discounted without a pass over every row. Unchanged when none is gone.
    public func discounting(gone: Set<String>, marks: [MonthSet], realisation: Realisation) -> ProgressTracker {
        guard !gone.isEmpty else { return self }
        var rows: Set<Int> = []
        for item in realisation.evidence where gone.contains(item.id) {
            if let index = plan.rowIndex(of: item.row) { rows.insert(index) }
        }
        guard !rows.isEmpty else { return self }
        var counted = realisation
        counted.evidence.removeAll { gone.contains($0.id) }
        var discounted = self
        for values in Self.values(ofRows: rows, plan: plan, marks: marks, realisation: counted) { discounted.replace(values) }
        return discounted
    }
}

extension ProgressTracker {
    /// This tracker with the file evidence in `gone` left uncounted, from this tracker's own values alone (no marks,
    /// no realisation: what `rencana progress` has when it reads the snapshot cache). The same figures as
    /// `discounting(gone:marks:realisation:)`: evidence changes only whether a done or partly month lacks it.
    public func discounting(gone: [FileEvidence]) -> ProgressTracker {
        var lost: [Int: SIMD16<Int32>] = [:]
        for file in gone where plan.rows.indices.contains(file.row) {
            lost[file.row, default: SIMD16()][file.month?.index ?? 12] &+= 1
            lost[file.row, default: SIMD16()][13] &+= 1
        }
        guard !lost.isEmpty else { return self }
        var discounted = self
        for (row, lanes) in lost {
            var values = values(ofRow: row)
            values.evidence = (values.evidence &- lanes).replacing(with: 0, where: values.evidence .< lanes)
            values.cells = RowProgress.covered(values.cells, by: values.evidence)
            discounted.replace(values)
        }
        return discounted
    }
}

extension RowProgress {
    /// A row's twelve packed values with their "without evidence" bits worked out again for the evidence counts
    /// `counts` (lanes 0–11 by month, 12 the whole row), as `packed(planned:codes:evidence:)` sets them: a month
    /// lacks evidence when its items are done or partly, or it was done outside the schedule, and nothing covers it.
    static func covered(_ packed: SIMD16<UInt16>, by counts: SIMD16<Int32>) -> SIMD16<UInt16> {
        var result = packed
        let wholeRow = counts[12] > 0
        for month in 0..<12 {
            let value = MonthProgress(bits: packed[month])
            let doneHere = (value.items > 0 && (value.outcome == .done || value.outcome == .partly)) || value.outside
            let bit: UInt16 = 1 << 9
            result[month] = doneHere && !wholeRow && counts[month] == 0 ? packed[month] | bit : packed[month] & ~bit
        }
        return result
    }
}
