import PlanModel

extension AppState {
    /// The two layers over the grid: the plan's √ (Rencana), or what was done in each month (Realisasi).
    public enum Layer: Equatable, Sendable {
        case rencana
        case realisasi
    }

    /// Takes the store's new value of the year (after a save of this process, or another's). The entries it
    /// adds to the one held are read once each for what the view follows (plan, tally, evidence files); a value
    /// that is not a continuation (the journal was renumbered or replaced) is followed whole. The plan shown
    /// follows `year.plan` (see `followPlan`); the progress shown is the year's own (`YearState.progress`).
    mutating func takeYear(_ new: YearState) {
        let continues = new.entries.count >= yearEntryCount
            && (yearEntryCount == 0 || new.entries[yearEntryCount - 1].id == yearLastEntryID)
        let added = continues ? new.entries[yearEntryCount...] : []
        var change = continues ? Self.planChange(of: added, in: new) : .replaced
        if change != .rows && new.plan.rows.count != shownRows { change = .replaced }  // another plan's year altogether
        let anchor = handedAnchor ?? (change == .rows || change == .replaced ? viewAnchor() : nil)
        handedAnchor = nil
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
        if evidenceChanged { checkEvidenceFiles() }
        discountProgress()
    }

    /// The Realisasi layer shows the year's own progress. When the year does not carry it yet (opened without a
    /// snapshot, or a change of the plan's rows dropped it), it is built on this year (one pass over the rows) and
    /// handed to the store (`Effect.keepProgress`), whose `apply` keeps it from then on: one value, not a second
    /// tracker kept in step. `update` asks after every action; nothing is built in the Rencana layer.
    mutating func keepYearProgress() -> [Effect] {
        guard layer == .realisasi, year.progress == nil else { return [] }
        let tracker = year.keepProgress()
        discountProgress()
        return [.keepProgress(tracker)]
    }

    /// `goneDiscounted` made again from the year's progress: the evidence whose file has gone left uncounted
    /// (only the rows holding it are counted again); nil when nothing is gone.
    mutating func discountProgress() {
        goneDiscounted = goneEvidence.isEmpty ? nil
            : year.progress?.discounting(gone: goneEvidence, marks: year.marks, realisation: year.realisation)
    }

    /// Where an entry happened, for the "undid …" notice: its row and, for a cell, its month.
    func place(of entry: JournalEntry) -> (RowID, Month?)? {
        let change = year.resolved(entry.change) ?? entry.change
        switch change {
        case .set(let mark): return (mark.row, mark.month)
        case .status(let s): return (s.row, s.month)
        case .date(let d): return (d.row, d.month)
        case .note(let n): return (n.row, n.month)
        case .evidenceAdd(let item), .evidenceRemove(let item): return (item.row, item.month)
        default: return change.row.map { ($0, nil) }
        }
    }

    /// `Action.handYearToStore`: lets go of the shared year while the store changes its own (so the store changes
    /// it in place, not a copy); the store's new value comes back through `saved`, `saveFailed` or `externalChange`.
    mutating func handYearToStore() {
        handedAnchor = viewAnchor()
        year = Self.placeholderYear
        plan = Self.placeholderYear.plan
        goneDiscounted = nil
    }

    private static let placeholderYear = YearState(signed: Plan(document: DocumentInfo(title: "", year: 2000), areas: []))
}
