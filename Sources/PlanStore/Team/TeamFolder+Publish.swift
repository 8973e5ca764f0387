import PlanModel
import Foundation
import RencanaText
#if canImport(Glibc)
import Glibc
#endif

extension TeamFolder {
    /// Appends to this device's file every saved entry the folder lacks, in one write and one `fsync`; the file is
    /// made (a version-3 header) when missing. That is this laptop's own entries (its device's, and those written
    /// before the team began), and a colleague's entries that came another way (a bundle) and no file of the folder
    /// holds: relayed, so every laptop of the folder gets them. Only this laptop writes its file, so no file has two
    /// writers; an entry two laptops relayed at once is in two files, which the union reads once. Returns how many
    /// entries were written.
    @discardableResult
    public func publish(from store: StateStore) throws(StoreError) -> Int {
        guard let device = store.state.localDevice else { return 0 }
        let name = device + ".jsonl"
        if ownName != name {
            ownName = name
            ownIDs = []
            marks[name] = nil
            publishedThrough = 0
        }
        let saved = store.state.entries.count - store.unsavedCount
        if publishedThrough > saved || publishedReplaced != store.journalReplaced {  // read or written again from its start
            publishedThrough = 0
            publishedReplaced = store.journalReplaced
        }
        var mine = unpublished(in: store.state, device: device, below: saved)
        let path = file(of: device).path
        // A laptop's file is made when it joins, even empty: the folder then says who is in the team, and git (which
        // keeps no empty folder) carries the folder to a clone.
        let exists = FileManager.default.fileExists(atPath: path)
        guard !mine.isEmpty || !exists else {
            publishedThrough = saved
            return 0
        }
        let fd = try StateFileGuard.open(path, O_RDWR | O_CREAT, file: path)
        guard fd >= 0 else { throw StoreError(file: path, message: FileReading.describe(errno: errno)) }
        defer { close(fd) }
        try StateFileGuard.lock(fd, LOCK_EX, file: path)
        // What this laptop's other processes wrote there meanwhile (or all of it, the first time), and where its
        // complete lines end (a write a crash cut short is written over).
        let read = try Self.read(fd, path: path, name: name, after: marks[name], known: { _ in true })
        commit(read)
        let readMark = read.mark
        mine.removeAll { ownIDs.contains($0.id) }
        guard !mine.isEmpty || readMark.consumed == 0 else {
            publishedThrough = saved
            return 0
        }
        var mark = readMark
        let planName = URL(fileURLWithPath: store.planPath).lastPathComponent
        let header = mark.consumed == 0 ? StateFormat.headerLine(planName: planName, version: 3) + "\n" : ""
        var text = header
        var last = ""
        for (offset, var entry) in mine.enumerated() {
            entry.seq = mark.count + offset + 1
            last = StateFormat.line(for: entry) + "\n"
            text += last
        }
        let data = Array(text.utf8)
        guard ftruncate(fd, off_t(mark.consumed)) == 0, Self.writeAll(fd, data, at: mark.consumed), fsync(fd) == 0 else {
            let why = FileReading.describe(errno: errno)
            _ = ftruncate(fd, off_t(mark.consumed))
            throw StoreError(file: path, message: why)
        }
        if mark.consumed == 0 { Self.syncDirectory(url) }
        var info = stat()
        if fstat(fd, &info) == 0 { mark.stamp = Stamp(info) }
        if !header.isEmpty {
            mark.header = Array(header.utf8)
            mark.lines = 1
        }
        mark.consumed += data.count
        mark.count += mine.count
        mark.lines += mine.count
        mark.last = Array(last.utf8)
        marks[name] = mark
        for entry in mine { ownIDs.insert(entry.id) }
        publishedThrough = saved
        return mine.count
    }

    /// This laptop's saved entries from `publishedThrough` on that its file lacks (as far as known), as a team's
    /// file holds them: each with its clock, an undo naming its target by id, in the year's order.
    private func unpublished(in year: YearState, device: String, below saved: Int) -> [JournalEntry] {
        var out: [JournalEntry] = []
        for index in publishedThrough..<saved {
            let entry = year.entries[index]
            // This laptop's own, and what came by a bundle that no file of the folder holds yet (relayed here, so the
            // folder's laptops get it too; still written by this laptop alone).
            guard entry.device == device || (entry.device == nil && entry.clock == nil) || !inFolder.contains(entry.id),
                  !ownIDs.contains(entry.id) else { continue }
            var copy = entry
            copy.clock = entry.order.clock
            switch entry.change {
            case .undo(var step) where step.target == nil:
                step.target = year.entry(seq: step.undoes)?.id
                copy.change = .undo(step)
            case .redo(var step) where step.target == nil:
                step.target = year.entry(seq: step.undoes)?.id
                copy.change = .redo(step)
            default: break
            }
            out.append(copy)
        }
        out.sort { $0.order < $1.order }
        return out
    }

    static func writeAll(_ fd: Int32, _ data: [UInt8], at offset: Int) -> Bool {
        var done = 0
        while done < data.count {
            let n = data.withUnsafeBytes { pwrite(fd, $0.baseAddress! + done, data.count - done, off_t(offset + done)) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { if n == 0 { errno = ENOSPC }; return false }
            done += n
        }
        return true
    }

    static func syncDirectory(_ directory: URL) {
        let fd = open(directory.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        _ = fsync(fd)
        close(fd)
    }
}
