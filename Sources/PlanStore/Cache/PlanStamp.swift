import PlanModel
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The plan file's identity taken before it is read, so a snapshot is never written for a plan that changed
/// while it was being loaded, with the moment it was taken and, when that identity is "racy", the checksum of
/// the bytes read.
///
/// Racy as git defines it: on a file system with coarse timestamps (1 s on vfat, ext4 with small inodes, many
/// SMB/NFS shares) an edit of the same length made in the same tick as the plan's last change keeps every stat
/// field. So when the plan's modification or change time is less than `racyWindow` before the stamp was taken,
/// its identity alone proves nothing: the snapshot records the checksum of the bytes actually parsed, and a
/// reader that finds the plan with that identity reads it and compares before trusting the snapshot.
public struct PlanStamp: Sendable {
    let identity: StateSnapshot.FileIdentity
    /// When the stamp was taken, ns since the epoch (before the plan's bytes were read).
    let taken: Int
    /// The checksum of the plan's bytes, when `identity` is racy at `taken` (set by whoever read them).
    var checksum: UInt64?

    /// Two seconds: one tick of the coarsest timestamps, and one more for the kernel's coarse clock and a file
    /// server's clock running behind this one.
    static let racyWindow = 2_000_000_000

    /// The stamp of the plan file at `path` as it is now; nil when it is not a readable regular file.
    public init?(path: String) {
        guard let identity = StateSnapshot.FileIdentity(path: path) else { return nil }
        self.identity = identity
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        taken = Int(now.tv_sec) &* 1_000_000_000 &+ Int(now.tv_nsec)
    }

    /// The stamp of the plan at `path` with the checksum of its bytes as they are now when it is racy: for a
    /// caller that parsed the plan itself and vouches it has not changed since (tests, the bench).
    public static func vouched(path: String) -> PlanStamp? {
        guard var stamp = PlanStamp(path: path) else { return nil }
        if stamp.isRacy, let bytes = try? FileReading.read(path) { stamp.checksum = Checksum.of(bytes) }
        return stamp
    }

    /// Whether a plan with `identity`, stamped at `taken`, could have been edited since without any stat field
    /// changing.
    static func isRacy(_ identity: StateSnapshot.FileIdentity, taken: Int) -> Bool {
        max(identity.modified, identity.changed) > taken &- racyWindow
    }

    /// A stamp as given (tests: what a file system with coarse timestamps would report).
    init(identity: StateSnapshot.FileIdentity, taken: Int, checksum: UInt64?) {
        self.identity = identity
        self.taken = taken
        self.checksum = checksum
    }

    /// Whether this stamp is racy (then `checksum` must be the parsed bytes' for a snapshot to be written).
    var isRacy: Bool { Self.isRacy(identity, taken: taken) }

    /// Whether the plan at `planPath`, found with `identity` equal to a snapshot's, is the plan the snapshot was
    /// built from: yes when the snapshot's stamp was not racy; when it was, only if the plan's bytes now have the
    /// checksum recorded.
    static func matches(planPath: String, identity: StateSnapshot.FileIdentity, taken: Int, checksum: UInt64?) -> Bool {
        guard isRacy(identity, taken: taken) else { return true }
        guard let checksum, let bytes = try? FileReading.read(planPath) else { return false }
        return Checksum.of(bytes) == checksum
    }
}

extension PlanFile {
    /// Reads and validates the plan at `path` as `load` does, with the stamp taken before its bytes were read
    /// (carrying their checksum when it is racy); a nil stamp when the file could not be stamped.
    public static func loadStamped(_ path: String) throws(PlanError) -> (plan: Plan, stamp: PlanStamp?) {
        var stamp = PlanStamp(path: path)
        let plan = try load(path) { bytes in
            if stamp?.isRacy == true { stamp?.checksum = Checksum.of(bytes) }
        }
        return (plan, stamp)
    }
}
