import PlanModel
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// How an open used the snapshot cache (`StateSnapshot`).
public enum SnapshotUse: Equatable, Sendable {
    /// Opened from the plan file and the whole journal.
    case notUsed
    /// Restored from a fresh snapshot holding `entries` entries; only the journal after them was replayed.
    case restored(entries: Int)
}

/// The plan file's identity taken before it is read, so a snapshot is never written for a plan that changed
/// while it was being loaded.
public struct PlanStamp: Sendable {
    let identity: StateSnapshot.FileIdentity

    /// The stamp of the plan file at `path` as it is now; nil when it is not a readable regular file.
    public init?(path: String) {
        guard let identity = StateSnapshot.FileIdentity(path: path) else { return nil }
        self.identity = identity
    }
}

extension StateStore {
    /// The store restored from the fresh snapshot of `url` (then brought up to date with whatever the journal
    /// holds after it, exactly as an open does), or nil when there is no fresh snapshot: the caller then loads
    /// the plan and uses `open(plan:url:)`. A damaged journal tail is refused as an open refuses it.
    public static func openFromSnapshot(planPath: String, url: URL, user: String = StateStore.currentUser(),
                                        now: @escaping () -> Date = Date.init) throws(StoreError) -> StateStore? {
        guard let restored = StateSnapshot.restore(planPath: planPath, stateURL: url) else { return nil }
        let store = StateStore(plan: restored.signed, url: url, user: user, now: now)
        store.state = restored.state
        store.consumedBytes = restored.journal.bytes
        store.consumedLines = restored.journal.lines
        store.fileVersion = restored.journal.fileVersion
        store.versionDigitOffset = restored.journal.versionDigitOffset
        store.snapshotUse = .restored(entries: restored.state.entries.count)
        store.planPath = planPath
        store.changedRows.start(at: restored.journal.bytes)  // the tail replayed now is what changed after it
        _ = try store.refresh()
        store.replayedAtOpen = store.state.entries.count - restored.state.entries.count
        return store
    }

    /// Writes a snapshot of this store's state when the open replayed enough to be worth it (`StateSnapshot
    /// .threshold`, counting the plan's rows when the plan was parsed from its file) and the journal is as
    /// this store read it. Silent: a read-only folder, a plan changed since `stamp`, or a journal appended to
    /// meanwhile leaves no snapshot, which only costs the next open its time. Returns whether it wrote one.
    @discardableResult
    public func writeSnapshotIfWorthIt(planPath: String, stamp: PlanStamp?,
                                       threshold: Int? = StateSnapshot.threshold()) -> Bool {
        guard let threshold, unsavedCount == 0, consumedBytes > 0 else { return false }
        let parsedRows = snapshotUse == .notUsed ? signedPlan.rows.count : 0
        guard replayedAtOpen + parsedRows >= max(1, threshold) else { return false }
        guard let stamp, StateSnapshot.FileIdentity(path: planPath) == stamp.identity else { return false }
        // Encoding takes about the plan's and the journal's size again: skipped when that might not fit (`ulimit -v`).
        if let available = MemoryBudget.availableBytes(), available < 2 * (stamp.identity.size + consumedBytes) + (64 << 20) {
            return false
        }
        let fd = Glibc.open(url.path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        // Under a shared lock, and only when nothing was appended since: the prefix's edges are then the ones read.
        guard flock(fd, LOCK_SH | LOCK_NB) == 0 else { return false }
        var info = stat()
        let progress = liveProgress ?? ProgressTracker(plan: plan, marks: marks, realisation: realisation)
        guard fstat(fd, &info) == 0, Int(info.st_size) == consumedBytes,
              let bytes = StateSnapshot.encode(signed: signedPlan, state: state,
                                               journal: .init(bytes: consumedBytes, lines: consumedLines, fileVersion: fileVersion,
                                                              versionDigitOffset: versionDigitOffset),
                                               plan: stamp.identity, stateFD: fd, progress: progress) else { return false }
        guard StateSnapshot.write(bytes, forState: url) else { return false }
        changedRows.start(at: consumedBytes)
        liveProgress = progress  // the state's as written: the next save's sidecar needs no decoding
        return true
    }
}
