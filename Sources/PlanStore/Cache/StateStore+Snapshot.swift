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

extension StateStore {
    /// The store restored from the fresh snapshot of `url` (then brought up to date with whatever the journal
    /// holds after it, exactly as an open does), or nil when there is no fresh snapshot: the caller then loads
    /// the plan and uses `open(plan:url:)`. A damaged journal tail is refused as an open refuses it.
    /// `stamp`, taken before, is given the plan's checksum the snapshot was verified against, for the next one.
    public static func openFromSnapshot(planPath: String, url: URL, stamp: inout PlanStamp?,
                                        user: String = StateStore.currentUser(),
                                        now: @escaping () -> Date = Date.init) throws(StoreError) -> StateStore? {
        guard let restored = StateSnapshot.restore(planPath: planPath, stateURL: url) else { return nil }
        // Racy now means racy when it was written (earlier): then its checksum was just compared with the plan's bytes.
        if let checksum = restored.planChecksum { stamp?.checksum = checksum }
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

    /// `openFromSnapshot(planPath:url:stamp:user:now:)` for a caller that writes no snapshot after it (tests, bench).
    public static func openFromSnapshot(planPath: String, url: URL, user: String = StateStore.currentUser(),
                                        now: @escaping () -> Date = Date.init) throws(StoreError) -> StateStore? {
        var stamp: PlanStamp? = nil
        return try openFromSnapshot(planPath: planPath, url: url, stamp: &stamp, user: user, now: now)
    }

    /// Writes a snapshot of this store's state when the open replayed enough to be worth it (`StateSnapshot
    /// .threshold`, counting the plan's rows when the plan was parsed from its file) and the journal is as
    /// this store read it. Silent: a read-only folder, a plan changed since `stamp`, or a journal appended to
    /// meanwhile leaves no snapshot, which only costs the next open its time. Returns whether it wrote one.
    @discardableResult
    public func writeSnapshotIfWorthIt(planPath: String, stamp: PlanStamp?,
                                       threshold: Int? = StateSnapshot.threshold()) -> Bool {
        guard let threshold, unsavedCount == 0, consumedBytes > 0 else { return false }
        // A team's year has every device's undo stacks and the heads of its values, which the snapshot does not keep.
        guard !state.isTeam && fileVersion < 3 else { return false }
        let parsedRows = snapshotUse == .notUsed ? signedPlan.rows.count : 0
        guard replayedAtOpen + parsedRows >= max(1, threshold) else { return false }
        guard let stamp, StateSnapshot.FileIdentity(path: planPath) == stamp.identity,
              !stamp.isRacy || stamp.checksum != nil else { return false }
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
        let progress = state.progress ?? ProgressTracker(plan: plan, marks: marks, realisation: realisation)
        guard fstat(fd, &info) == 0, Int(info.st_size) == consumedBytes,
              let bytes = StateSnapshot.encode(signed: signedPlan, state: state,
                                               journal: .init(bytes: consumedBytes, lines: consumedLines, fileVersion: fileVersion,
                                                              versionDigitOffset: versionDigitOffset),
                                               plan: stamp, stateFD: fd, progress: progress) else { return false }
        guard StateSnapshot.write(bytes, forState: url) else { return false }
        changedRows.start(at: consumedBytes)
        state.keepProgress(progress)  // the state's as written: the next save's sidecar needs no decoding
        return true
    }
}
