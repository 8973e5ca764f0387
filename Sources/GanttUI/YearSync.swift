import PlanModel

extension AppState {
    /// The two layers over the grid: the plan's √ (Rencana), or what was done in each month (Realisasi).
    public enum Layer: Equatable, Sendable {
        case rencana
        case realisasi
    }

    /// Takes the store's new value of the year (after a save of this process, or another's). The entries it
    /// adds to the one held are read once each, so the progress cache is kept up to date at the cost of
    /// the change; a value that is not a continuation (the journal was renumbered or replaced) rebuilds it.
    /// The plan shown follows `year.plan` (see `followPlan`).
    mutating func takeYear(_ new: YearState) {
        let continues = new.entries.count >= yearEntryCount
            && (yearEntryCount == 0 || new.entries[yearEntryCount - 1].id == yearLastEntryID)
        let added = continues ? new.entries[yearEntryCount...] : []
        var change = continues ? Self.planChange(of: added, in: new) : .replaced
        if change != .rows && new.plan.rows.count != shownRows { change = .replaced }  // another plan's year altogether
        let anchor = lentAnchor ?? (change == .rows || change == .replaced ? viewAnchor() : nil)
        lentAnchor = nil
        year = new
        conflictMarks = ConflictMarks(new)
        yearEntryCount = new.entries.count
        yearLastEntryID = new.entries.last?.id
        followPlan(change, anchor: anchor, texts: added)
        refreshTally(change, added)
        // Files are looked at again only when the evidence changed (never per key or frame).
        let evidenceChanged = change == .replaced || added.contains { entry in
            if case .evidence = year.reach(of: entry) { return true } else { return false }
        }
        // A tracker that left gone pieces uncounted cannot be told of their removal piece by piece: built again.
        let wasGone = !goneEvidence.isEmpty
        if evidenceChanged { checkEvidenceFiles() }
        // The year carries its progress when the store keeps it (`YearState.progress`): that one value is shown,
        // with the evidence whose file is gone uncounted.
        if let carried = new.progress, carried.plan.rows.count == plan.rows.count {
            progress = carried.discounting(gone: goneEvidence, marks: year.marks, realisation: year.realisation)
            return
        }
        if change == .rows || change == .replaced || (evidenceChanged && (wasGone || !goneEvidence.isEmpty)) {
            if progress != nil { buildProgress() }
            return
        }
        guard progress != nil else { return }
        for entry in added { refreshProgress(for: entry) }
    }

    /// Builds the progress cache from the whole year: one pass over the rows (the first switch to Realisasi).
    mutating func buildProgress() {
        progress = ProgressTracker(plan: plan, marks: year.marks, realisation: year.realisation, gone: goneEvidence)
    }

    /// Refreshes the row one entry changed (an undo or redo: its target's).
    private mutating func refreshProgress(for entry: JournalEntry) {
        switch year.reach(of: entry) {
        case .evidence(let item, let added):
            guard let index = plan.rowIndex(of: item.row) else { return }
            let (months, realisation) = (marks(of: index), year.realisation)
            if added {
                progress?.evidenceAdded(item, marks: months, realisation: realisation)
            } else {
                progress?.evidenceRemoved(item, marks: months, realisation: realisation)
            }
        case .row(let row):
            guard let index = plan.rowIndex(of: row) else { return }
            let (months, realisation) = (marks(of: index), year.realisation)
            progress?.refresh(row: index, marks: months, realisation: realisation)
        case .nothing, .texts, .rows:
            return
        }
    }

    /// Where an entry happened, for the "undid …" notice: its row and, for a cell, its month.
    func place(of entry: JournalEntry) -> (RowID, Month?)? {
        let change = year.resolved(entry.change) ?? entry.change
        switch change {
        case .set(let mark): return (mark.row, mark.month)
        case .status(let row, let month, _, _), .date(let row, let month, _, _), .note(let row, let month, _, _):
            return (row, month)
        case .evidenceAdd(let item), .evidenceRemove(let item): return (item.row, item.month)
        default: return change.row.map { ($0, nil) }
        }
    }

    /// Lets go of the shared year while the store changes its own (so the store changes it in place,
    /// not a copy); the store's new value comes back through `saved`, `saveFailed` or `externalChange`.
    public mutating func lendYear() {
        lentAnchor = viewAnchor()
        year = Self.placeholderYear
        plan = Self.placeholderYear.plan
    }

    private static let placeholderYear = YearState(signed: Plan(document: DocumentInfo(title: "", year: 2000), areas: []))
}
