import Foundation
import RencanaText
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The checks that keep the state store from touching a file that is not Rencana's own state file:
/// no symbolic link is followed for its last component, only regular files owned by the user (or by a
/// group the user is in) are read or written, a file without a valid header is never cut, and locks are
/// waited for a few seconds at most. Kept apart from `StateStore`, which calls it at its open/lock points.
public enum StateFileGuard {

    /// `open(2)` of the state file with O_NOFOLLOW; a link, a non-regular file or a stranger's file is refused
    /// (and closed). New files get 0666 less the umask. Returns the descriptor, or -1 with errno set for
    /// ENOENT/ENOTDIR (no state yet), or throws the refusal.
    public static func open(_ path: String, _ flags: Int32, file: String) throws(StoreError) -> Int32 {
        let fd = Glibc.open(path, flags | O_NOFOLLOW | O_CLOEXEC, 0o666)
        if fd < 0 {
            let code = errno
            var info = stat()
            if code == ELOOP || (code == EMLINK), lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFLNK {
                throw StoreError(file: file, message: Text.StateGuard.isSymlink)
            }
            errno = code
            return -1
        }
        do throws(StoreError) {
            try check(fd, file: file)
        } catch {
            close(fd)
            throw error
        }
        return fd
    }

    /// Refuses a descriptor that is not a regular file, or whose owner is neither the user nor one of his groups.
    public static func check(_ fd: Int32, file: String) throws(StoreError) {
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw StoreError(file: file, message: FileReading.describe(errno: errno)) }
        guard info.st_mode & S_IFMT == S_IFREG else { throw StoreError(file: file, message: Text.StateGuard.notRegular) }
        guard isOwnedByUser(uid: info.st_uid, gid: info.st_gid) else {
            throw StoreError(file: file, message: Text.StateGuard.foreignOwner(uid: info.st_uid, gid: info.st_gid))
        }
    }

    /// Whether the user is the file's owner or in its group (effective ids and supplementary groups).
    static func isOwnedByUser(uid: uid_t, gid: gid_t) -> Bool {
        if uid == geteuid() || gid == getegid() { return true }
        let count = getgroups(0, nil)
        guard count > 0 else { return false }
        var groups = [gid_t](repeating: 0, count: Int(count))
        let n = getgroups(count, &groups)
        return n > 0 && groups.prefix(Int(n)).contains(gid)
    }

    /// The refusal for bytes that hold no complete first line: only an incomplete line *after* a valid
    /// header is an interrupted save; a file with no header (a minified plan, any text) is not a state file.
    public static func notAStateFile(_ file: String) -> StoreError {
        StoreError(file: file, message: Text.StateGuard.notAStateFile)
    }

    /// Whether `bytes` (a file's whole content, without a newline) can be the start of a header that a crash
    /// cut short: a prefix of `{"format":"rencana-state","version":N,"plan":…`. Anything else is not a state file.
    public static func isCutHeader(_ bytes: ArraySlice<UInt8>) -> Bool {
        let fixed = Array(StateFormat.headerLine(planName: "").utf8.prefix { $0 != UInt8(ascii: ",") })
        let n = min(bytes.count, fixed.count)
        return bytes.prefix(n).elementsEqual(fixed.prefix(n))
    }

    /// `flock` that waits at most `wait.seconds` (telling `wait.onWait` after half a second), then throws.
    public static func lock(_ fd: Int32, _ operation: Int32, file: String, wait: LockWait = .command) throws(StoreError) {
        let lockWaitSeconds = wait.seconds
        let start = DispatchTime.now().uptimeNanoseconds
        var told = false
        while flock(fd, operation | LOCK_NB) != 0 {
            let code = errno
            if code == EINTR { continue }
            guard code == EWOULDBLOCK || code == EAGAIN else {
                throw StoreError(file: file, message: Text.State.cannotLock(FileReading.describe(errno: code)))
            }
            let waited = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            if waited >= lockWaitSeconds {
                let message = lockWaitSeconds <= 0 ? Text.StateGuard.lockedNow
                    : Text.StateGuard.lockedTooLong(seconds: Int(lockWaitSeconds.rounded(.up)))
                throw StoreError(file: file, message: message, unsavedReason: Text.StateGuard.lockedNow)
            }
            if !told && waited >= 0.5 {
                told = true
                wait.onWait?(Text.StateGuard.waiting(file))
            }
            usleep(50_000)
        }
    }

    /// Whether a failure is about the file's content (so `--reset-state` may help), not about what the path is.
    public static func resetMayHelp(_ error: StoreError) -> Bool {
        let notContent = [Text.StateGuard.isSymlink, Text.StateGuard.notRegular, Text.StateGuard.notAStateFile,
                          Text.StateGuard.isThePlan, Text.State.notRegularFile]
        return !notContent.contains(error.message) && !error.message.hasPrefix(Text.StateGuard.foreignOwnerStart)
            && error.unsavedReason != Text.StateGuard.lockedNow
    }

    /// Refuses a state path that is the plan file (same inode, or the same absolute path).
    public static func checkNotPlan(state: String, plan: String) throws(StoreError) {
        var a = stat(), b = stat()
        if StateLocation.absolutePath(state) == StateLocation.absolutePath(plan)
            || (stat(state, &a) == 0 && stat(plan, &b) == 0 && a.st_dev == b.st_dev && a.st_ino == b.st_ino) {
            throw StoreError(file: state, message: Text.StateGuard.isThePlan)
        }
    }

    /// Before `--reset-state` renames it: the path must be a regular file (not a link) whose first bytes are
    /// a state header, so the rename never moves a plan, a folder or a device away.
    public static func checkMovable(_ path: String) throws(StoreError) {
        var info = stat()
        guard lstat(path, &info) == 0 else { throw StoreError(file: path, message: FileReading.describe(errno: errno)) }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFLNK: throw StoreError(file: path, message: Text.StateGuard.isSymlink)
        default: throw StoreError(file: path, message: Text.StateGuard.notRegular)
        }
        guard let prefix = try? FileReading.readPrefix(path, count: 4096).bytes else {
            throw StoreError(file: path, message: Text.StateGuard.notRegular)
        }
        let firstLine = prefix.prefix { $0 != 0x0A }
        // A damaged state file may be moved aside (that is what the option is for): one with a valid header,
        // or named like one (`.jsonl`, as every default state file is). A plan or another file is not.
        let validHeader = prefix.contains(0x0A) && (try? StateFormat.checkHeader(firstLine[...])) != nil
        guard validHeader || path.hasSuffix(".jsonl") else { throw notAStateFile(path) }
    }

    /// The mode for a new state folder: 0700 for Rencana's own default folder (XDG asks it), else 0777 less umask.
    public static func folderMode(for path: String) -> mode_t {
        let own = StateLocation.directory().path
        return path == own || own.hasPrefix(path + "/") ? 0o700 : 0o777
    }
}

/// How long a store waits for another process's lock, and whom it tells while it waits: a value each store holds
/// (a command waits, the dashboard never does), so nothing global changes while the program runs.
public struct LockWait: Sendable {
    /// Seconds to wait before giving up (0: fail at once).
    public var seconds: Double
    /// Told once, after half a second of waiting, with the line to show (`waiting for …`).
    public var onWait: (@Sendable (String) -> Void)?

    public init(seconds: Double, onWait: (@Sendable (String) -> Void)? = nil) {
        self.seconds = seconds
        self.onWait = onWait
    }

    /// A command: waits up to 5 s, saying so on stderr after half a second.
    public static let command = LockWait(seconds: 5) { line in
        fflush(nil)
        FileHandle.standardError.write(Data("rencana: \(TerminalText.safe(line, limit: 2_000))\n".utf8))
    }

    /// The dashboard: never waits; a save that meets a lock fails at once ("not saved: locked") and is retried.
    public static let never = LockWait(seconds: 0)
}
