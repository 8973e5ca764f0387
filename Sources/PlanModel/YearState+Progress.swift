/// The year carries its progress: once created it is updated by `apply` at the cost of the change (one row's
/// values, or one evidence count), so the store, `rencana progress` and the dashboard share one value instead of
/// trackers kept in step beside the year (issue 19, "Progress is one value").
extension YearState {
    /// The year's progress, built now (one pass over the rows) when the year does not carry it yet.
    public mutating func keepProgress() -> ProgressTracker {
        if let progress { return progress }
        let built = ProgressTracker(plan: plan, marks: marks, realisation: realisation)
        progress = built
        return built
    }

    /// Carries `tracker` as this year's progress: the caller vouches it is this year's (a fresh snapshot's,
    /// brought up to date), or nil to drop it.
    public mutating func keepProgress(_ tracker: ProgressTracker?) {
        progress = tracker
    }

    /// After `entry` was applied: its rows counted again. A change of the plan's texts takes the new plan (the
    /// same rows and figures); a change of its rows drops the progress (its rows moved): the next
    /// `keepProgress()` builds it again.
    mutating func noteProgress(of entry: JournalEntry) {
        let reach = reach(of: entry)
        if case .nothing = reach { return }
        guard var tracker = progress else { return }
        progress = nil  // the tracker's storage held once, so it is changed in place
        switch reach {
        case .nothing, .rows: return
        case .texts: tracker.retitled(plan)
        case .row(let row):
            guard let index = plan.rowIndex(of: row) else { break }
            tracker.refresh(row: index, marks: marks[index], realisation: realisation)
        case .evidence(let item, let added):
            guard let index = plan.rowIndex(of: item.row) else { break }
            if added {
                tracker.evidenceAdded(item, marks: marks[index], realisation: realisation)
            } else {
                tracker.evidenceRemoved(item, marks: marks[index], realisation: realisation)
            }
        }
        progress = tracker
    }

    /// After entries with these reaches were taken off (a replay without them): their rows counted again in
    /// `tracker`, carried by this year; dropped when one of them changed the plan's rows or texts.
    public mutating func keepProgress(_ tracker: ProgressTracker?, recounting reaches: [EntryReach]) {
        guard var tracker else { return }
        for reach in reaches {
            let row: RowID
            switch reach {
            case .nothing: continue
            case .texts, .rows: return
            case .row(let id): row = id
            case .evidence(let item, _): row = item.row
            }
            guard let index = plan.rowIndex(of: row) else { continue }
            tracker.recount(row: index, marks: marks[index], realisation: realisation)
        }
        progress = tracker
    }
}
