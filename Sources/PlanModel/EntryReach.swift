/// What one journal entry changed, as the caches derived from a year need to know it: the progress tracker
/// (the dashboard's, the snapshot's progress sidecar) and the dashboard's plan view. An undo or redo reaches
/// what its target reaches. Each kind says its own (`JournalKind.reach`); `YearState.reach(of:)` asks it.
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
