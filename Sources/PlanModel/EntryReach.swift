/// What one journal entry changed, as the caches derived from a year need to know it: the progress tracker
/// (the dashboard's, the snapshot's progress sidecar) and the dashboard's plan view. An undo or redo reaches
/// what its target reaches.
public enum EntryReach: Equatable, Sendable {
    /// Nothing the plan's grid or its progress shows (the report's signer).
    case nothing
    /// One row's marks, cell records, penanggung jawab or review.
    case row(RowID)
    /// A piece of evidence came (`added`) or went: its row's progress changes.
    case evidence(Evidence, added: Bool)
    /// A text of the plan or of its document.
    case texts
    /// The plan's rows: added, removed or moved.
    case rows
}

extension YearState {
    /// The change an entry is about: its undo or redo step's target (nil when that cannot be found), else itself.
    /// A version-1 mark step resolves to its mark.
    public func resolved(_ change: Change) -> Change? {
        switch change {
        case .undo(let step), .redo(let step):
            if let mark = step.mark { return .set(mark) }
            return (step.target.flatMap { entry(id: $0) } ?? entry(seq: step.undoes))?.change
        default: return change
        }
    }

    /// What `entry` (one of this year's) changed. Evidence taken back by an undo is reached as removed.
    public func reach(of entry: JournalEntry) -> EntryReach {
        var forward = true
        if case .undo = entry.change { forward = false }
        guard let change = resolved(entry.change) else { return .nothing }
        switch change {
        case .evidenceAdd(let item): return .evidence(item, added: forward)
        case .evidenceRemove(let item): return .evidence(item, added: !forward)
        case .add, .remove, .move: return .rows
        case .edit, .document: return .texts
        case .signer, .undo, .redo: return .nothing
        case .declared(let declared): return declared.payload.reach(forward: forward)
        case .set, .status, .date, .note, .pj, .review: return change.row.map(EntryReach.row) ?? .nothing
        }
    }
}
