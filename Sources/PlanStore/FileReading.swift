import PlanModel
import Foundation
import RencanaText
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads whole regular files defensively: no hanging on a FIFO, no reading a directory,
/// a size limit, and a one-line reason for every refusal.
public enum FileReading {
    /// Largest file read whole (plans of a million rows are about 400 MB).
    public static let maxBytes = 1 << 30

    /// Why a file could not be read, as a short phrase ("no such file", "is a directory", …).
    public struct Failure: Error, Equatable, Sendable {
        public let reason: String
    }

    /// The bytes of the regular file at `path`.
    public static func read(_ path: String, maxBytes: Int = FileReading.maxBytes) throws(Failure) -> [UInt8] {
        let (fd, size) = try openRegular(path)
        defer { close(fd) }
        guard size <= maxBytes else { throw tooLarge(size, maxBytes) }
        // One byte more than fstat says, so the end of an ordinary file is seen without growing the buffer.
        var capacity = size == 0 ? 65_536 : size + 1
        var bytes: [UInt8] = []
        while true {
            // Read into uninitialized capacity: no zero-filling 400 MB first.
            var failure: Failure?
            var ended = false
            let previous = bytes
            bytes = Array(unsafeUninitializedCapacity: capacity) { buffer, count in
                if !previous.isEmpty { _ = previous.withUnsafeBufferPointer { memcpy(buffer.baseAddress!, $0.baseAddress!, $0.count) } }
                (count, ended, failure) = fill(fd, buffer, from: previous.count)
            }
            if let failure { throw failure }
            guard bytes.count <= maxBytes else { throw tooLarge(bytes.count, maxBytes) }
            if ended { return bytes }
            // Files that report no size (/proc, some FUSE file systems) or grow while read: read on, in a bigger buffer.
            capacity = min(bytes.count + max(65_536, bytes.count / 2), maxBytes + 1)
        }
    }

    /// The first `count` bytes of the regular file at `path` (fewer when it is shorter), and the file's size;
    /// no bytes when the file is smaller than `minimumSize`.
    public static func readPrefix(_ path: String, count: Int, minimumSize: Int = 0) throws(Failure) -> (bytes: [UInt8], fileSize: Int) {
        let (fd, size) = try openRegular(path)
        defer { close(fd) }
        guard size >= minimumSize else { return ([], size) }
        var failure: Failure?
        let bytes = [UInt8](unsafeUninitializedCapacity: max(count, 0)) { buffer, done in
            (done, _, failure) = fill(fd, buffer, from: 0)
        }
        if let failure { throw failure }
        return (bytes, size)
    }

    /// Reads from `fd` into `buffer` from `start` until it is full or the file ends; returns how many bytes the
    /// buffer holds, whether the end was seen, and the failure that stopped it.
    private static func fill(_ fd: Int32, _ buffer: UnsafeMutableBufferPointer<UInt8>,
                             from start: Int) -> (count: Int, ended: Bool, failure: Failure?) {
        var count = start
        while count < buffer.count {
            let n = Glibc.read(fd, buffer.baseAddress! + count, buffer.count - count)
            if n < 0 {
                if errno == EINTR { continue }
                // A "regular" file that waits for data (/proc/kmsg): O_NONBLOCK makes it say so instead of hanging.
                return (count, false, Failure(reason: errno == EAGAIN ? Text.Files.waitsForData : describe(errno: errno)))
            }
            if n == 0 { return (count, true, nil) }
            count += n
        }
        return (count, false, nil)
    }

    /// Opens `path` for reading after checking it is a regular file; returns the descriptor and the size.
    private static func openRegular(_ path: String) throws(Failure) -> (fd: Int32, size: Int) {
        // O_NONBLOCK so opening a FIFO does not wait for a writer; refused below as not regular.
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { throw Failure(reason: describe(errno: errno)) }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            let failure = Failure(reason: describe(errno: errno))
            close(fd)
            throw failure
        }
        let type = info.st_mode & S_IFMT
        guard type == S_IFREG else {
            close(fd)
            throw Failure(reason: type == S_IFDIR ? Text.Files.isDirectory : Text.Files.notRegular)
        }
        return (fd, Int(info.st_size))
    }

    private static func tooLarge(_ size: Int, _ maxBytes: Int) -> Failure {
        // Rounded up, so a file just over the limit does not read "1024 MB; the limit is 1024 MB".
        Failure(reason: Text.Files.tooLarge(megabytes: (size + 1_048_575) / 1_048_576, limit: maxBytes / 1_048_576))
    }

    /// A plain-words phrase for an errno from open/read/write.
    public static func describe(errno code: Int32) -> String {
        switch code {
        case ENOENT: return Text.Files.noSuchFile
        case EACCES, EPERM: return Text.Files.permissionDenied
        case EISDIR: return Text.Files.isDirectory
        case ELOOP: return Text.Files.symlinkLoop
        case ENOTDIR: return Text.Files.notDirectoryInPath
        case ENAMETOOLONG: return Text.Files.pathTooLong
        case ENOSPC: return Text.Files.noSpace
        case EROFS: return Text.Files.readOnly
        case EDQUOT: return Text.Files.quotaExceeded
        case EIO: return Text.Files.ioError
        case ENXIO: return Text.Files.noDevice
        default: return String(cString: strerror(code)).lowercased()
        }
    }
}

/// Loading plan files from disk.
public enum PlanFile {
    /// Reads and validates the plan at `path`; errors name the file as `path` was given. `read` sees the bytes
    /// before they are decoded (`loadStamped`: their checksum for the snapshot cache).
    public static func load(_ path: String, read: ([UInt8]) -> Void = { _ in }) throws(PlanError) -> Plan {
        // A name with a line break or other control character is shown escaped, so the message stays one line.
        let name = JSONParser.oneLine(path)
        // A plan takes about 4 times its file's size while it is decoded: refused up front when that does not
        // fit (`ulimit -v`, a small machine), one line instead of an allocation failure's crash.
        var info = stat()
        if stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG, let available = MemoryBudget.availableBytes(),
           Int(info.st_size) > available / 4 {
            throw PlanError(file: name, message: Text.Files.tooLargeForMemory(neededMB: Int(info.st_size) * 4 / 1_000_000,
                                                                             availableMB: available / 1_000_000))
        }
        let bytes: [UInt8]
        do {
            bytes = try FileReading.read(path)
        } catch {
            let reason = error.reason == Text.Files.noSuchFile ? Text.PlanFile.noSuchFile(error.reason) : error.reason
            throw PlanError(file: name, message: reason)
        }
        read(bytes)
        return try PlanDecoder.decode(bytes, file: name)
    }

    /// Files at least this large open the dashboard on a preview while the whole plan loads (about 8,000 rows).
    public static let previewThreshold = 4 << 20

    /// The first `rows` rows of a large plan file, read from its first megabyte, to show while the whole file
    /// loads; nil for files under `previewThreshold`, or when the beginning holds no such preview.
    public static func preview(_ path: String, rows: Int = 300) -> Plan? {
        guard let (bytes, size) = try? FileReading.readPrefix(path, count: 1 << 20, minimumSize: previewThreshold),
              size >= previewThreshold else { return nil }
        return PlanDecoder.decodePrefix(bytes, rows: rows)
    }
}
