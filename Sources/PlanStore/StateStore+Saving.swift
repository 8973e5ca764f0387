import PlanModel
import Foundation
import RencanaText
#if canImport(Glibc)
import Glibc
#endif

/// Saving: the unsaved entries appended under the exclusive lock in one write (marked when several), the header's
/// version upgraded in place, and the file-system steps every writer of the journal shares.
extension StateStore {
    /// Writes the unsaved entries, if any: under an exclusive lock, after merging what others saved,
    /// as complete lines in one write, then `fsync`.
    public func retrySaving() throws(StoreError) {
        guard unsavedCount > 0 else { return }
        defer { publishToTeamFolder() }  // once the lock is let go: this laptop's new entries to its file in the team folder
        let directory = url.deletingLastPathComponent()
        if let code = Self.makeFolders(directory.path) {
            let why = FileReading.describe(errno: code)
            throw StoreError(file: url.path, message: Text.State.cannotCreateFolder(directory.path, reason: why),
                             unsavedReason: Text.State.folderProblem(directory.path, reason: why))
        }
        let fd = try openLocked(O_RDWR | O_CREAT)
        defer { close(fd) }
        _ = try catchUp(fd)
        guard unsavedCount > 0 else { return }
        let isNew = consumedBytes == 0
        let unsaved = state.entries.suffix(unsavedCount)
        let needed = unsaved.map { StateFormat.version(for: $0) }.max() ?? 1
        var text = isNew ? StateFormat.headerLine(planName: URL(fileURLWithPath: planPath).lastPathComponent, version: needed) + "\n"
            : lastLineUnterminated ? "\n" : ""
        for entry in unsaved { text += StateFormat.line(for: entry) + "\n" }
        let data = Array(text.utf8)
        // Cut off an interrupted entry left by a crash, then write the lines in one piece.
        if let code = injectedWriteError {
            throw StoreError(notSaved: FileReading.describe(errno: code), file: url.path)
        }
        if !isNew && needed > fileVersion { try upgradeHeader(fd, to: needed) }
        if ftruncate(fd, off_t(consumedBytes)) != 0 || !appendMarked(fd, data, at: consumedBytes, entries: isNew ? 1 : unsavedCount) {
            let why = FileReading.describe(errno: errno)
            _ = ftruncate(fd, off_t(consumedBytes))
            throw StoreError(notSaved: why, file: url.path)
        }
        if isNew { syncDirectory(directory) }
        consumedBytes += data.count
        consumedLines += unsavedCount + (isNew ? 1 : 0)
        lastLineUnterminated = false
        if isNew {
            fileVersion = needed
            versionDigitOffset = text.range(of: "\"version\":").map { text.utf8.distance(from: text.startIndex, to: $0.upperBound) }
        }
        unsavedCount = 0
        writeProgressSidecar(stateFD: fd)
        if !incompleteEntryWarnings.isEmpty {
            warnings.removeAll { incompleteEntryWarnings.contains($0) }
            incompleteEntryWarnings = []
        }
    }

    /// Rewrites the header's version digit in place (same length: one `pwrite`, then `fsync`), under the lock.
    /// The history after it is not touched.
    func upgradeHeader(_ fd: Int32, to version: Int) throws(StoreError) {
        guard let offset = versionDigitOffset, version < 10 else {
            throw StoreError(notSaved: Text.State.cannotUpgrade, file: url.path)
        }
        let digit = [UInt8(ascii: "0") + UInt8(version)]
        guard writeAll(fd, digit, at: offset), fsync(fd) == 0 else {
            throw StoreError(notSaved: FileReading.describe(errno: errno), file: url.path)
        }
        fileVersion = version
    }

    func writeAll(_ fd: Int32, _ data: [UInt8], at offset: Int) -> Bool {
        var done = 0
        let end = min(data.count, injectedWriteLimit ?? data.count)
        while done < data.count {
            if done == end { errno = ENOSPC; return false }
            let n = data.withUnsafeBytes { pwrite(fd, $0.baseAddress! + done, end - done, off_t(offset + done)) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { if n == 0 { errno = ENOSPC }; return false }
            done += n
        }
        return true
    }

    func syncDirectory(_ directory: URL) {
        let fd = Glibc.open(directory.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        _ = fsync(fd)
        close(fd)
    }

    func lock(_ fd: Int32, _ operation: Int32) throws(StoreError) {
        try StateFileGuard.lock(fd, operation, file: url.path, wait: lockWait)
    }

    /// `mkdir -p`: nil on success, else the errno (ENOTDIR when a file is in the way).
    static func makeFolders(_ path: String) -> Int32? {
        var info = stat()
        if stat(path, &info) == 0 { return info.st_mode & S_IFMT == S_IFDIR ? nil : ENOTDIR }
        let parent = (path as NSString).deletingLastPathComponent
        if !parent.isEmpty && parent != path, let code = makeFolders(parent) { return code }
        if mkdir(path, StateFileGuard.folderMode(for: path)) == 0 || errno == EEXIST { return nil }
        return errno
    }

    // MARK: Recovery

    /// Moves a damaged state file aside to `<name>.broken-<UTC time>` and returns where it went.
    public static func moveAside(_ url: URL, now: Date = Date()) throws(StoreError) -> URL {
        let stamp = StateFormat.timestamp(now).replacingOccurrences(of: ":", with: "").replacingOccurrences(of: "-", with: "")
        try StateFileGuard.checkMovable(url.path)
        var target = url.appendingPathExtension("broken-\(stamp)")
        var n = 2
        while FileManager.default.fileExists(atPath: target.path) {
            target = url.appendingPathExtension("broken-\(stamp)-\(n)")
            n += 1
        }
        guard rename(url.path, target.path) == 0 else {
            throw StoreError(file: url.path, message: Text.State.cannotMoveAside(FileReading.describe(errno: errno)))
        }
        return target
    }
}
