import PlanModel
import Foundation
import RencanaText
#if canImport(Glibc)
import Glibc
#endif

/// Evidence files out of a bundle, only ever inside the plan's folder: a path is relative, has no `..`, `.`,
/// empty, hidden or control-character part; no symbolic link on the way is followed; an existing file is never
/// replaced (the same content is left as it is, a different one is kept and the bundle's written beside it).
public enum BundleEvidence {
    /// Longest evidence path accepted.
    public static let maxPathBytes = 1_024

    /// Why `path` may not be unpacked (a phrase), or nil.
    public static func pathProblem(_ path: String) -> String? {
        if path.utf8.count > maxPathBytes { return Text.Bundle.pathTooLong }
        if path.unicodeScalars.contains(where: { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || TerminalText.isUnsafe($0) }) {
            return Text.Bundle.pathControl
        }
        if path.hasPrefix("/") { return Text.Bundle.pathAbsolute }
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        if parts.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." }) { return Text.Bundle.pathOutside }
        if parts.contains(where: { $0.hasPrefix(".") || $0.hasSuffix(".team") }) { return Text.Bundle.pathHidden }
        return nil
    }

    /// What unpacking did.
    public struct Outcome: Equatable, Sendable {
        /// Files written (paths relative to the plan's folder).
        public var written: [String] = []
        /// Paths that already held the same content.
        public var alreadyHere = 0
        /// A path that held other content, and where the bundle's file went instead.
        public var keptBoth: [Kept] = []

        public struct Kept: Equatable, Sendable {
            public let path: String
            public let savedAs: String
        }
    }

    /// Checks, writing nothing, that every path of the bundle can be unpacked in `folder`: every part of the way
    /// that exists is a folder, not a symbolic link. A refusal is one line naming `name`.
    public static func checkWay(_ contents: BundleContents, folder: String, name: String) throws(StoreError) {
        for item in contents.evidence {
            for path in item.section.paths {
                if let problem = wayProblem(path, folder: folder) {
                    throw StoreError(file: name, message: Text.Bundle.badEvidencePath(TerminalText.safe(path, limit: 300), problem))
                }
            }
        }
    }

    private static func wayProblem(_ path: String, folder: String) -> String? {
        var at = folder
        for part in path.split(separator: "/").dropLast() {
            at += "/" + part
            var info = stat()
            if lstat(at, &info) != 0 { return nil }  // missing from here on: made when unpacking
            switch info.st_mode & S_IFMT {
            case S_IFDIR: continue
            case S_IFLNK: return Text.Bundle.wayIsLink
            default: return Text.Bundle.wayNotFolder
            }
        }
        return nil
    }

    /// Writes the bundle's evidence into `folder` (after `checkWay`): missing folders made, each file through a
    /// temporary file linked into place (never over an existing one) and flushed.
    public static func unpack(_ contents: BundleContents, folder: String, name: String) throws(StoreError) -> Outcome {
        var outcome = Outcome()
        for item in contents.evidence {
            for path in item.section.paths {
                let shown = TerminalText.safe(path, limit: 300)
                if let problem = wayProblem(path, folder: folder) {
                    throw StoreError(file: name, message: Text.Bundle.badEvidencePath(shown, problem))
                }
                try makeFolders(path, folder: folder, name: name)
                let target = folder + "/" + path
                var info = stat()
                if lstat(target, &info) == 0 {
                    if info.st_mode & S_IFMT == S_IFREG, let held = try? FileReading.read(target), held.count == item.bytes.count,
                       SHA256.hex(held) == item.section.sha256 {
                        outcome.alreadyHere += 1
                        continue
                    }
                    let other = try writeBeside(path, folder: folder, bytes: item.bytes, name: name)
                    outcome.keptBoth.append(Outcome.Kept(path: path, savedAs: other))
                    outcome.written.append(other)
                } else {
                    guard try write(item.bytes, to: target, name: name, shown: shown) else {
                        // Made by someone else since the lstat: keep theirs, ours beside it.
                        let other = try writeBeside(path, folder: folder, bytes: item.bytes, name: name)
                        outcome.keptBoth.append(Outcome.Kept(path: path, savedAs: other))
                        outcome.written.append(other)
                        continue
                    }
                    outcome.written.append(path)
                }
            }
        }
        return outcome
    }

    /// `dir/name (received N).ext` for the first N free.
    private static func writeBeside(_ path: String, folder: String, bytes: ArraySlice<UInt8>, name: String) throws(StoreError) -> String {
        let slash = path.lastIndex(of: "/")
        let dir = slash.map { String(path[...$0]) } ?? ""
        let file = slash.map { String(path[path.index(after: $0)...]) } ?? path
        let dot = file.lastIndex(of: ".").flatMap { $0 == file.startIndex ? nil : $0 }
        let stem = dot.map { String(file[..<$0]) } ?? file
        let ext = dot.map { String(file[$0...]) } ?? ""
        for n in 1...1_000 {
            let candidate = "\(dir)\(stem) (received \(n))\(ext)"
            if try write(bytes, to: folder + "/" + candidate, name: name, shown: TerminalText.safe(candidate, limit: 300)) {
                return candidate
            }
        }
        throw StoreError(file: name, message: Text.Bundle.cannotWrite(TerminalText.safe(path, limit: 300), Text.Files.isDirectory))
    }

    /// Makes the missing folders on the way to `path` (checked again: a link made meanwhile is refused).
    private static func makeFolders(_ path: String, folder: String, name: String) throws(StoreError) {
        var at = folder
        for part in path.split(separator: "/").dropLast() {
            at += "/" + part
            if mkdir(at, 0o755) != 0 && errno != EEXIST {
                throw StoreError(file: name, message: Text.Bundle.cannotMakeFolder(TerminalText.safe(at, limit: 300),
                                                                                FileReading.describe(errno: errno)))
            }
            var info = stat()
            guard lstat(at, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else {
                throw StoreError(file: name, message: Text.Bundle.badEvidencePath(TerminalText.safe(path, limit: 300), Text.Bundle.wayIsLink))
            }
        }
    }

    /// Writes `bytes` to a new file at `target`: false when something already is there (nothing replaced).
    private static func write(_ bytes: ArraySlice<UInt8>, to target: String, name: String, shown: String) throws(StoreError) -> Bool {
        var probe = stat()
        if lstat(target, &probe) == 0 { return false }
        let temporary = target + ".receiving-\(getpid())"
        unlink(temporary)
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o666 & ~OutputFile.currentUmask())
        guard fd >= 0 else { throw StoreError(file: name, message: Text.Bundle.cannotWrite(shown, FileReading.describe(errno: errno))) }
        var done = 0
        var failure: Int32?
        bytes.withUnsafeBytes { buffer in
            while done < buffer.count {
                let n = Glibc.write(fd, buffer.baseAddress! + done, buffer.count - done)
                if n < 0 && errno == EINTR { continue }
                guard n > 0 else { failure = n == 0 ? ENOSPC : errno; return }
                done += n
            }
        }
        if failure == nil && fsync(fd) != 0 { failure = errno }
        close(fd)
        if let failure {
            unlink(temporary)
            throw StoreError(file: name, message: Text.Bundle.cannotWrite(shown, FileReading.describe(errno: failure)))
        }
        // link() never replaces: a file made meanwhile stays, and ours goes beside it.
        var linked = link(temporary, target) == 0
        var code = errno
        if !linked && (code == EPERM || code == EOPNOTSUPP || code == ENOSYS) && lstat(target, &probe) != 0 {
            // A file system without hard links (FAT on a flash disk): a rename, just checked to replace nothing.
            linked = rename(temporary, target) == 0
            code = errno
        }
        unlink(temporary)
        if !linked {
            if code == EEXIST { return false }
            throw StoreError(file: name, message: Text.Bundle.cannotWrite(shown, FileReading.describe(errno: code)))
        }
        return true
    }
}
