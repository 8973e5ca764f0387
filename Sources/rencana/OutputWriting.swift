import Foundation
import RencanaText

/// Writing an export to `--out`: into a temporary file beside the target, flushed, then renamed over it,
/// so a failed export never leaves half a file; never onto the plan or its state file.
/// (One place, to be replaced by the shared safe writer once it lands.)
enum OutputWriting {
    /// Writes `data` to `path`, refusing the files in `protected` (path → what it is).
    static func write(_ data: Data, to path: String, protecting protected: [(path: String, what: String)]) throws {
        var info = stat()
        if stat(path, &info) == 0 {
            if (info.st_mode & S_IFMT) == S_IFDIR { throw Console.fail(Text.Documents.outIsDirectory(path)) }
            for (other, what) in protected {
                var otherInfo = stat()
                if stat(other, &otherInfo) == 0, otherInfo.st_dev == info.st_dev, otherInfo.st_ino == info.st_ino {
                    throw Console.fail(Text.Documents.wouldOverwrite(path, what: what))
                }
            }
        }
        let target = URL(fileURLWithPath: path)
        let folder = target.deletingLastPathComponent().path
        let temporary = folder + "/." + target.lastPathComponent + ".tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw Console.fail(Text.Documents.cannotWrite(path, String(cString: strerror(errno)))) }
        var failure: Int32 = 0
        data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 { if errno == EINTR { continue }; failure = errno; return }
                offset += written
            }
        }
        if failure == 0, fsync(fd) != 0 { failure = errno }
        if close(fd) != 0, failure == 0 { failure = errno }
        if failure == 0, rename(temporary, path) != 0 { failure = errno }
        if failure != 0 {
            unlink(temporary)
            throw Console.fail(Text.Documents.cannotWrite(path, String(cString: strerror(failure))))
        }
    }
}
