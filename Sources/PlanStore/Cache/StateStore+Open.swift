import PlanModel
import Foundation
import RencanaText
#if canImport(Glibc)
import Glibc
#endif

/// The one way to open a plan file with its state: every choice about the snapshot cache (restore or replay,
/// write one, and when) is made here, not by its callers (docs/STATE-V2.md, "Snapshot cache").
extension StateStore {
    /// What the caller wants from an open.
    public enum OpenMode: Sendable {
        /// The plan and its whole state, from a fresh snapshot when there is one, else parsed and replayed (then a
        /// snapshot written when that was worth it).
        case whole
        /// The same, but only from a fresh snapshot, and only for a state file at least this long: nil otherwise
        /// (the dashboard, which would rather open a large plan on a preview of its first rows).
        case restoredOnly(minimumStateBytes: Int)
    }

    /// Opens the plan at `planPath` with its state at `url`. `cache` false (`--reset-state`) neither reads nor
    /// writes the snapshot; `rewriteAfter` is the number of entries replayed after a snapshot that is worth
    /// writing it again. `beforeState` runs after the plan was read and before the state is (moving it aside).
    /// `report` receives one line saying how the cache served (`RENCANA_DEBUG_SNAPSHOT`). `teamFolder` false leaves
    /// the team folder beside the plan unjoined (`openTeamFolder` later: `receive` joins it once its bundle passed).
    /// Throws the plan's `PlanError`, the state's `StoreError`, or what `beforeState` throws.
    public static func open(planPath: String, url: URL, mode: OpenMode = .whole, cache: Bool = true,
                            rewriteAfter: Int? = StateSnapshot.threshold(), teamFolder: Bool = true,
                            beforeState: () throws -> Void = {}, report: (String) -> Void = { _ in }) throws -> StateStore? {
        if cache && StateSnapshot.isOn {
            if case .restoredOnly(let minimum) = mode {
                var info = stat()
                guard stat(url.path, &info) == 0, Int(info.st_size) >= minimum else { return nil }
            }
            // Taken before the snapshot is checked against the plan: a plan changed after that is never written as matching.
            var stamp = PlanStamp(path: planPath)
            if let store = try openFromSnapshot(planPath: planPath, url: url, stamp: &stamp) {
                if case .restored(let entries) = store.snapshotUse {
                    report(Text.State.snapshotUsed(entries: entries, tail: store.replayedAtOpen))
                }
                store.writeSnapshot(planPath: planPath, stamp: stamp, threshold: rewriteAfter, report: report)
                if teamFolder { store.openTeamFolder() }
                return store
            }
        }
        guard case .whole = mode else { return nil }
        let (plan, stamp) = try PlanFile.loadStamped(planPath)
        try beforeState()
        let store = try StateStore.open(plan: plan, url: url)
        store.planPath = planPath
        if teamFolder { store.openTeamFolder() }  // a team's journal writes no snapshot
        if cache { store.writeSnapshot(planPath: planPath, stamp: stamp, threshold: StateSnapshot.threshold(), report: report) }
        return store
    }

    /// The current plan's progress for `rencana progress`: from a fresh snapshot without decoding any entry when
    /// it (with its progress sidecar) covers the whole state file; else from a store opened as `open` does, whose
    /// snapshot is then written again at once (not after 20,000 more entries), so the next run is the fast one.
    /// With `texts` false the plan may be an outline without its indicator texts (enough by area or kegiatan).
    /// The store opened, if any, is returned too (its warnings are the caller's to print); without one, `files` is
    /// the file evidence the tracker counts (from the cache), for the gone-file check (`EvidenceCheck.goneFiles`).
    public static func progress(planPath: String, url: URL, texts: Bool, cache: Bool = true, beforeState: () throws -> Void = {},
                                report: (String) -> Void = { _ in })
        throws -> (tracker: ProgressTracker, store: StateStore?, files: [FileEvidence]?) {
        if cache, TeamFolder.existing(forPlan: planPath) == nil,  // colleagues' files may hold more
           let (tracker, files) = StateSnapshot.cachedProgress(planPath: planPath, stateURL: url, texts: texts, files: true) {
            report(Text.State.snapshotViewUsed)
            return (tracker, nil, files)
        }
        guard let store = try open(planPath: planPath, url: url, cache: cache, rewriteAfter: 1, beforeState: beforeState,
                                   report: report) else { preconditionFailure("a whole open returns a store") }
        // The snapshot just written holds the tracker it computed; a store that wrote none computes it here.
        let tracker = store.progressFromSnapshot() ?? ProgressTracker(plan: store.plan, marks: store.marks, realisation: store.realisation)
        return (tracker, store, nil)
    }

    /// `writeSnapshotIfWorthIt`, reporting where it wrote.
    private func writeSnapshot(planPath: String, stamp: PlanStamp?, threshold: Int?, report: (String) -> Void) {
        guard writeSnapshotIfWorthIt(planPath: planPath, stamp: stamp, threshold: threshold),
              let written = StateSnapshot.url(forState: url) else { return }
        report(Text.State.snapshotWritten(TerminalText.safe(written.path)))
    }
}
