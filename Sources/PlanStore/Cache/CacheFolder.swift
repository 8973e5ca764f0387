import PlanModel
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The user's own folder for everything rencana derives from a plan and its journal (the snapshot, the progress
/// sidecar): `$XDG_CACHE_HOME/rencana/` or `~/.cache/rencana/`, mode 0700, never beside a state file that others
/// may share. A cache file is read only when nobody but the user could have written it, and written to a new file
/// renamed into place, never through an existing file or link. When the folder cannot be used (read-only home,
/// full disk, owned by someone else, a link) there is simply no cache (docs/STATE-V2.md, "Snapshot cache").
enum CacheFolder {
    /// The folder's path as the environment names it (whether it is usable is `usable(environment:)`'s question).
    static func path(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") { return xdg + "/rencana" }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return home + "/.cache/rencana"
    }

    /// The folder, created (0700) when missing; nil when it is not a real folder of this user that only they can
    /// write (a symbolic link, someone else's, group- or world-writable and not theirs to fix) or cannot be made.
    static func usable(create: Bool, environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        let folder = path(environment: environment)
        var info = stat()
        if lstat(folder, &info) != 0 {
            guard create, errno == ENOENT else { return nil }
            let parent = (folder as NSString).deletingLastPathComponent
            if lstat(parent, &info) != 0 { _ = mkdir(parent, 0o700) }  // `~/.cache` itself, as XDG asks: 0700
            guard mkdir(folder, 0o700) == 0 || errno == EEXIST, lstat(folder, &info) == 0 else { return nil }
        }
        guard info.st_mode & S_IFMT == S_IFDIR, info.st_uid == getuid() else { return nil }
        if info.st_mode & 0o077 != 0 {
            // The user's own folder opened to others (by hand, a umask): closed again, or not used.
            guard chmod(folder, 0o700) == 0, lstat(folder, &info) == 0, info.st_mode & S_IFMT == S_IFDIR,
                  info.st_uid == getuid(), info.st_mode & 0o077 == 0 else { return nil }
        }
        return folder
    }

    /// The name of the cache files of the state file at `stateURL`: a digest of its absolute path, device and
    /// inode, so two state files (two plans, or one moved aside and started again) never share one; nil when the
    /// state file does not exist.
    static func stem(forState stateURL: URL) -> String? {
        var info = stat()
        // realpath(3), not Foundation's resolving: this runs at every save (the sidecar), where it is most of the cost.
        guard stat(stateURL.path, &info) == 0, let resolved = realpath(stateURL.path, nil) else { return nil }
        defer { free(resolved) }
        let key = "\(String(cString: resolved))\u{0}\(UInt64(info.st_dev))\u{0}\(UInt64(info.st_ino))"
        let hex = String(Checksum.of(Array(key.utf8)), radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// The cache file `<digest>.<suffix>` of the state file at `stateURL`, in a usable folder; nil without one.
    static func file(forState stateURL: URL, suffix: String, create: Bool) -> URL? {
        guard let stem = stem(forState: stateURL), let folder = usable(create: create) else { return nil }
        return URL(fileURLWithPath: folder).appendingPathComponent("\(stem).\(suffix)")
    }

    /// Opens a cache file for reading only when it provably is the user's own: a regular file (not a symbolic
    /// link), owned by this user, writable by nobody else, with no other name (a hard link count of 1). Returns
    /// the descriptor and its `stat`, or nil.
    static func openOwn(_ url: URL) -> (fd: Int32, info: stat)? {
        let fd = Glibc.open(url.path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { return nil }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG, info.st_uid == getuid(),
              info.st_mode & 0o022 == 0, info.st_nlink == 1 else {
            close(fd)
            return nil
        }
        return (fd, info)
    }

    /// Writes `bytes` as `target`: into a new file of its own (`O_CREAT|O_EXCL|O_NOFOLLOW`, 0600) in the same
    /// folder, then renamed over it, so nothing is ever written through an existing file or link, and a reader
    /// sees the old file or the new one. Not fsynced (a file cut short by a crash fails its checksums). Leftover
    /// temporary files of killed writers are removed first (`sweep`). False, leaving nothing, when anything fails.
    @discardableResult
    static func write(_ bytes: [UInt8], to target: URL, sweep: Bool = true) -> Bool {
        if sweep { removeLeftovers(in: target.deletingLastPathComponent().path) }
        var random = SystemRandomNumberGenerator()
        let temporary = target.path + tmpMarker + "\(getpid())-\(String(random.next() as UInt64, radix: 16))"
        let fd = Glibc.open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return false }
        var done = 0
        var ok = true
        while done < bytes.count {
            let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + done, $0.count - done) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { ok = false; break }
            done += n
        }
        close(fd)
        if ok && rename(temporary, target.path) == 0 { return true }
        unlink(temporary)
        return false
    }

    /// What marks a temporary file: `<target>.tmp-<writer's pid>-<random>`.
    static let tmpMarker = ".tmp-"
    /// A temporary file older than this is a leftover whatever its writer (a snapshot takes seconds to write).
    static let leftoverAge = 10 * 60

    /// A cache file not written for this long is removed: its state file was most likely moved aside or deleted
    /// (its name, a digest, cannot say); if not, its next open only costs the time of a full one.
    static let unusedAge = 30 * 24 * 3_600

    /// Removes the temporary files in `folder` whose writer is gone (no such process) or that are older than
    /// `leftoverAge` seconds (a snapshot write killed half way left tens of MB there), and cache files unused for
    /// `unusedAge` seconds.
    static func removeLeftovers(in folder: String, now: Int = time(nil)) {
        guard let dir = opendir(folder) else { return }
        defer { closedir(dir) }
        let descriptor = dirfd(dir)
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            guard let marker = name.range(of: tmpMarker) else {
                var info = stat()
                if name.hasSuffix(".snapshot") || name.hasSuffix(".progress"), fstatat(descriptor, name, &info, AT_SYMLINK_NOFOLLOW) == 0,
                   now - Int(info.st_mtim.tv_sec) > unusedAge {
                    unlinkat(descriptor, name, 0)
                }
                continue
            }
            let pid = Int32(name[marker.upperBound...].prefix { $0 != "-" }) ?? 0
            var info = stat()
            guard fstatat(descriptor, name, &info, AT_SYMLINK_NOFOLLOW) == 0 else { continue }
            let writerGone = pid <= 0 || (kill(pid, 0) != 0 && errno == ESRCH)
            if writerGone || now - Int(info.st_mtim.tv_sec) > leftoverAge { unlinkat(descriptor, name, 0) }
        }
    }
}
