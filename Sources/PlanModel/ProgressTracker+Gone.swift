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
