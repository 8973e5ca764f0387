import Foundation
import PlanModel
import RencanaText
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one safe way to write a file the user named with `--out` (import, generate, export).
///
/// What it guarantees, so no command can clobber a file that is not its target:
/// - the target is a regular file or absent; a directory, device, FIFO, socket or symbolic link
///   (a dangling one too) is refused, with or without `force`;
/// - an existing file is replaced only with `force`;
/// - the target is never one of the `protecting` files (the plan being read, its state file),
///   compared by device and inode and by absolute path;
/// - the bytes go to a temporary file in the target's folder, are flushed with fsync and then renamed
///   over the target, so a failed write never leaves half a file;
/// - an existing file keeps its permission bits; a new file gets 0666 less the umask.
///
/// Usage: `try OutputFile.write(bytes, to: path, force: force, protecting: [planPath])`; on failure,
/// print `error.message` (one line naming the path) and exit 1.
public enum OutputFile {
    /// Why the target was not written: one line, naming the path as the user gave it.
    public struct Failure: Error, Equatable, Sendable, CustomStringConvertible {
        public let message: String
        public var description: String { message }
    }

    /// Writes `bytes` to `path` under the rules above. Throws a `Failure` and leaves every file as it was.
    /// `replacingJournal`: only for a command that writes a state file as such (`generate --realisation`); every
    /// `--out` leaves a file whose first line is a Rencana state header alone.
    public static func write(_ bytes: some Collection<UInt8>, to path: String, force: Bool,
                             protecting: [String] = [], replacingJournal: Bool = false) throws(Failure) {
        try write(to: path, force: force, protecting: protecting, replacingJournal: replacingJournal) { put in put(Array(bytes)) }
    }

    /// The same, for an output made piece by piece (a large one never held whole): `produce` hands each piece to
    /// `put`, which returns false once a write failed (then `produce` may stop; nothing is renamed into place).
    public static func write(to path: String, force: Bool, protecting: [String] = [], replacingJournal: Bool = false,
                             produce: (_ put: ([UInt8]) -> Bool) -> Void) throws(Failure) {
        let shown = TerminalText.safe(path, limit: 300)
        let refuse = { (reason: String) in Failure(message: Text.Output.refused(shown, reason)) }
        guard !path.isEmpty else { throw refuse(Text.Files.noSuchFile) }

        var info = stat()
        let exists: Bool
        if lstat(path, &info) == 0 {
            exists = true
            switch info.st_mode & S_IFMT {
            case S_IFREG: break
            case S_IFLNK: throw refuse(Text.Output.isSymlink)
            case S_IFDIR: throw refuse(Text.Output.isDirectory)
            default: throw refuse(Text.Output.notRegular)
            }
        } else if errno == ENOENT {
            exists = false
        } else {
            throw refuse(FileReading.describe(errno: errno))
        }

        if isProtected(path, info: exists ? info : nil, protecting: protecting) {
            throw refuse(Text.Output.isPlanOrState)
        }
        // A journal is history no --out may take, whoever's plan it belongs to: refused even with `force`.
        if exists && !replacingJournal && startsWithStateHeader(path) { throw refuse(Text.CLI.isStateJournal) }
        if exists && !force { throw Failure(message: Text.Command.outExists(shown)) }

        let mode = exists ? mode_t(info.st_mode & 0o7777) : 0o666 & ~currentUmask()
        let folder = folderOf(path)
        var template = Array((folder + "/." + lastComponent(path) + ".rencana-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else {
            let code = errno
            throw refuse(code == ENOENT ? Text.Output.noFolder : FileReading.describe(errno: code))
        }
        let temporary = String(cString: template)
        var done = false
        defer {
            if !done { unlink(temporary) }
        }
        // mkstemp creates 0600; the final mode is set before any byte is visible under the real name.
        guard fchmod(fd, mode) == 0 else {
            let code = errno
            close(fd)
            throw refuse(FileReading.describe(errno: code))
        }
        if exists && geteuid() == 0 {
            // As root, keep the replaced file's owner so a teammate's file stays his.
            _ = fchown(fd, info.st_uid, info.st_gid)
        }
        var failure: Int32?
        produce { piece in
            guard failure == nil else { return false }
            failure = writeAll(fd, piece)
            return failure == nil
        }
        if let code = failure {
            close(fd)
            throw refuse(FileReading.describe(errno: code))
        }
        if fsync(fd) != 0 {
            let code = errno
            close(fd)
            throw refuse(FileReading.describe(errno: code))
        }
        if close(fd) != 0 { throw refuse(FileReading.describe(errno: errno)) }
        guard rename(temporary, path) == 0 else {
            let code = errno
            throw refuse(code == EISDIR ? Text.Output.isDirectory : FileReading.describe(errno: code))
        }
        done = true
        // The rename is durable only once the folder is flushed too.
        let folderFD = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if folderFD >= 0 {
            _ = fsync(folderFD)
            close(folderFD)
        }
    }

    /// Whether the file's first line is a Rencana state header (`{"format":"rencana-state",…`), spaces allowed.
    static func startsWithStateHeader(_ path: String) -> Bool {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var buffer = [UInt8](repeating: 0, count: 256)
        let n = read(fd, &buffer, buffer.count)
        guard n > 0 else { return false }
        let line = buffer.prefix(n).prefix { $0 != 0x0A }.filter { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }
        let header = Array("{\"format\":\"\(StateFormat.formatName)\"".utf8)
        return line.starts(with: header)
    }

    /// Whether `path` (with `info` when it exists) names one of `protecting`, by inode or by absolute path.
    static func isProtected(_ path: String, info: stat?, protecting: [String]) -> Bool {
        let absolute = StateLocation.absolutePath(path)
        for other in protecting where !other.isEmpty {
            if StateLocation.absolutePath(other) == absolute { return true }
            var otherInfo = stat()
            if let info, stat(other, &otherInfo) == 0,
               otherInfo.st_dev == info.st_dev, otherInfo.st_ino == info.st_ino {
                return true
            }
        }
        return false
    }

    /// Writes every byte, retrying short writes and EINTR; the errno of a failure, or nil.
    private static func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> Int32? {
        var offset = 0
        return bytes.withUnsafeBytes { buffer -> Int32? in
            while offset < buffer.count {
                let n = Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += n
            }
            return nil
        }
    }

    /// The process's umask (read by setting and restoring it: there is no call that only reads it).
    public static func currentUmask() -> mode_t {
        let mask = umask(0o022)
        umask(mask)
        return mask
    }

    /// The folder holding `path` ("." for a bare name).
    static func folderOf(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        let folder = String(path[..<slash])
        return folder.isEmpty ? "/" : folder
    }

    /// The last component of `path`.
    static func lastComponent(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }
}
