import PlanModel
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The rows changed after a known prefix of the state file: what a store needs to bring the snapshot's progress
/// up to date without replaying anything (`ProgressSidecar`, `StateStore.progressFromSnapshot`).
struct ChangedRows {
    /// Every row changed after this many bytes of the state file is in `rows`; nil during a whole replay (a full
    /// open), which starts keeping them at its end.
    var from: Int?
    var rows: Set<RowID> = []
    /// The rows among them whose file evidence came or went (what the gone-file check reads: `FileEvidence`); the
    /// file evidence of the others is as the snapshot has it.
    var fileRows: Set<RowID> = []
    /// A snapshot they complete must hold at least this prefix: the end of the last entry that changed the plan's
    /// rows or texts (its tracker has the plan as it was), `Int.max` while that entry is not saved yet.
    var planChangedUntil = 0

    /// From now on, the rows changed after `offset` bytes (none yet).
    mutating func start(at offset: Int) {
        from = offset
        rows = []
        fileRows = []
        planChangedUntil = 0
    }

    /// Takes in one entry's reach; `end` is where its line ends in the file, nil while it is unsaved.
    mutating func note(_ reach: EntryReach, endingAt end: Int?) {
        guard from != nil else { return }
        switch reach {
        case .row(let row): rows.insert(row)
        case .evidence(let item, _):
            rows.insert(item.row)
            if case .file = item.location { fileRows.insert(item.row) }
        case .texts, .rows: planChangedUntil = end ?? .max
        case .nothing: break
        }
    }

    /// Whether these rows complete a snapshot of the first `prefix` bytes, for a store that has read `consumed`.
    func complete(prefix: Int, consumed: Int) -> Bool {
        guard let from else { return false }
        return prefix >= from && prefix >= planChangedUntil && prefix <= consumed
    }
}

extension StateStore {
    /// Whether applying entries needs their reach (`noteChange`): while changed rows are kept. (The year's
    /// progress is kept by the year itself: `YearState.progress`.)
    var notesChanges: Bool { changedRows.from != nil }

    /// Takes one entry just applied to the state into the changed rows.
    func noteChange(_ entry: JournalEntry, endingAt end: Int?) {
        changedRows.note(state.reach(of: entry), endingAt: end)
    }

    /// The current plan's progress: the year's when it carries it; else the snapshot's tracker with the rows
    /// changed after it recomputed from this store's state (what `ProgressTracker(plan:marks:realisation:)` gives,
    /// without its pass over every row), then carried by the year and kept by it entry by entry. Nil when there is no fresh snapshot these changes complete (the plan's rows
    /// or texts changed after it).
    public func progressFromSnapshot() -> ProgressTracker? {
        if let progress = state.progress { return progress }
        guard let found = StateSnapshot.tracker(planPath: planPath, stateURL: url, plan: plan),
              changedRows.complete(prefix: found.journalBytes, consumed: consumedBytes) else { return nil }
        var tracker = found.tracker
        let indices = Set(changedRows.rows.compactMap { plan.rowIndex(of: $0) })
        for values in ProgressTracker.values(ofRows: indices, plan: plan, marks: marks, realisation: realisation) {
            tracker.replace(values)
        }
        state.keepProgress(tracker)
        return tracker
    }

    /// Carries `tracker` as the year's progress from now on, when the year has none and it counts this plan's
    /// rows: the dashboard built it on the value of `state` it was given (`Effect.keepProgress`).
    public func keepProgress(_ tracker: ProgressTracker) {
        guard state.progress == nil, tracker.plan.rows.count == plan.rows.count else { return }
        state.keepProgress(tracker)
    }

    /// After a save, under its lock, with the state file open as `fd` and `consumedBytes` long: writes the progress
    /// sidecar that completes the snapshot on disk up to here, when these changes complete it. Silent, like the
    /// snapshot: failing to write only costs the next `rencana progress` its time.
    func writeProgressSidecar(stateFD fd: Int32) {
        if changedRows.planChangedUntil == .max { changedRows.planChangedUntil = consumedBytes }
        guard unsavedCount == 0, changedRows.from != nil, let base = StateSnapshot.base(forState: url), base.journalBytes < consumedBytes,
              changedRows.complete(prefix: base.journalBytes, consumed: consumedBytes),
              changedRows.rows.count <= ProgressSidecar.maxRows else { return }
        var info = stat()
        guard fstat(fd, &info) == 0, UInt64(info.st_dev) == base.device, UInt64(info.st_ino) == base.inode,
              Int(info.st_size) == consumedBytes, let edges = StateSnapshot.edges(fd: fd, length: consumedBytes) else { return }
        // From the live progress when there is one (the dashboard's: the changed rows' values are at hand); else,
        // for a command's one save, from the state (one pass over the evidence, cheaper than decoding a tracker).
        let indices = changedRows.rows.compactMap { plan.rowIndex(of: $0) }
        let rows = state.progress.map { tracker in indices.sorted().map { tracker.values(ofRow: $0) } }
            ?? ProgressTracker.values(ofRows: Set(indices), plan: plan, marks: marks, realisation: realisation)
        // The file evidence of the rows where a file came or went, for `rencana progress`'s gone-file check: one pass
        // over the evidence, only after such a change (rare: a save of statuses or marks costs nothing more).
        let fileRows = changedRows.fileRows.compactMap { plan.rowIndex(of: $0) }.sorted()
        let files = fileRows.isEmpty ? [] : FileEvidence.of(plan: plan, realisation: realisation, rows: Set(fileRows))
        ProgressSidecar.write(ProgressSidecar.encode(base: base.checksum, covered: consumedBytes, edges: edges, rows: rows,
                                                     fileRows: fileRows, files: files),
                              forState: url)
    }
}
