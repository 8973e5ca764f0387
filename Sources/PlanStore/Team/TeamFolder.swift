import PlanModel
import Foundation
import RencanaText
#if canImport(Glibc)
import Glibc
#endif

/// A plan's team folder (`<plan stem>.team/` beside the plan, docs/TEAM.md "A shared folder"): one file per device
/// (`<device>.jsonl`, a version-3 state file only its device appends to), so no file is written by two machines and
/// no lock across machines is needed. Pulling merges every `*.jsonl` of the folder into this laptop's journal
/// (sync tools' conflict copies too); publishing appends this laptop's new entries to its own file.
public final class TeamFolder {
    /// The folder.
    public let url: URL

    /// What one file looked like when read: a file with the same stamp is not read again.
    struct Stamp: Equatable {
        var identity: FileIdentity
        var size: Int
        var modified: Int

        init(_ info: stat) {
            identity = FileIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
            size = Int(info.st_size)
            modified = Int(info.st_mtim.tv_sec) * 1_000_000_000 + Int(info.st_mtim.tv_nsec)
        }
    }

    /// What was read of one file, so a file that grew is read from where it was left (sync tools replace a file
    /// on every change, so the check is that its first and last lines read are still there, not its inode).
    struct Mark {
        var stamp: Stamp
        /// Bytes through the last complete line read.
        var consumed = 0
        /// Lines read (the header too), for the line named in a refusal.
        var lines = 0
        /// Entries read.
        var count = 0
        var header: [UInt8] = []
        /// The last line read, with its newline.
        var last: [UInt8] = []
    }

    /// New entries read from one file, with what it looks like once they are merged.
    struct Batch {
        let name: String
        /// The entries to merge (none when the journal held every one read).
        let entries: [JournalEntry]
        /// The ids of every entry read.
        let ids: [String]
        let mark: Mark
        let whole: Bool
    }

    var marks: [String: Mark] = [:]
    /// Files that could not be read (damaged, not regular): not read again until they change.
    private var unreadable: [String: Stamp] = [:]
    /// Files whose entries the merge refused (perhaps one that came before the file it depends on): tried again
    /// when anything else is merged, without reading them again.
    private var held: [String: Batch] = [:]
    private var heldAtEntries = -1
    private var heldWarned: [String: Stamp] = [:]
    /// Warnings already given: each once.
    private var warned: Set<String> = []
    /// Problems met so far (files skipped, this laptop's file not written), one line each naming its file.
    public internal(set) var warnings: [String] = []
    /// The pull made when the store joined the folder (what `team init` reports).
    public internal(set) var lastPull: Pull?
    /// Entries in this device's file, as far as read or written.
    public var ownEntryCount: Int { ownName.flatMap { marks[$0]?.count } ?? 0 }
    /// The ids in this device's file (as far as `marks` says it was read).
    var ownIDs: Set<String> = []
    /// The ids of every entry read from any file of the folder: what the folder already holds.
    var inFolder: Set<String> = []
    var ownName: String?
    /// Entries of the journal before this index are in this device's file or not this laptop's.
    var publishedThrough = 0
    /// The store's `journalReplaced` when `publishedThrough` was counted: after a merge reordered the journal, every
    /// entry is looked at again (one a bundle brought may now stand before that place).
    var publishedReplaced = 0

    /// The team folder of the plan at `planPath`: `plan.team/` beside `plan.json`.
    public static func url(forPlan planPath: String) -> URL {
        let plan = URL(fileURLWithPath: planPath)
        let stem = plan.deletingPathExtension().lastPathComponent
        return plan.deletingLastPathComponent().appendingPathComponent((stem.isEmpty ? "plan" : stem) + ".team")
    }

    /// The plan's team folder when it exists (a folder, or a link to one: a network drive may be mounted so).
    public static func existing(forPlan planPath: String) -> TeamFolder? {
        let folder = url(forPlan: planPath)
        var info = stat()
        guard stat(folder.path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else { return nil }
        return TeamFolder(url: folder)
    }

    public init(url: URL) {
        self.url = url
    }

    /// How many files of entries the folder holds besides `device`'s own.
    public func colleagueFiles(besides device: String) -> Int {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        return names.filter { $0.hasSuffix(".jsonl") && $0 != device + ".jsonl" }.count
    }

    /// This device's file in the folder.
    public func file(of device: String) -> URL { url.appendingPathComponent(device + ".jsonl") }

    /// What a pull did.
    public struct Pull: Sendable {
        /// The merge of every new entry (`added` 0 when nothing was new).
        public var outcome = MergeOutcome()
        /// Files whose new entries were merged.
        public var files = 0
        /// Files skipped this time, one line each (file and line, why).
        public var warnings: [String] = []
        /// Why nothing could be merged into this laptop's journal (locked, unwritable): tried again next time.
        public var problem: StoreError?
    }

    // MARK: Pulling

    /// Merges the new entries of every regular `*.jsonl` file of the folder into `store`, in one merge. A file
    /// that cannot be read, or whose entries the merge refuses, is skipped with one warning naming it and the line
    /// (the others are merged; nothing recorded changes). A file unchanged since it was last read is not read.
    @discardableResult
    public func pull(into store: StateStore) -> Pull {
        var result = Pull()
        var batches: [Batch] = []
        ownName = store.state.localDevice.map { $0 + ".jsonl" }
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []).filter { $0.hasSuffix(".jsonl") }.sorted()
        var present: Set<String> = []
        for name in names {
            let path = url.appendingPathComponent(name).path
            var info = stat()
            guard lstat(path, &info) == 0 else { continue }
            present.insert(name)
            guard info.st_mode & S_IFMT == S_IFREG else {
                warn(Text.TeamFolder.skipped(Text.State.located(file: path, line: nil, Text.TeamFolder.notRegular)), &result)
                continue
            }
            let stamp = Stamp(info)
            if unreadable[name] == stamp { continue }
            if let batch = held[name] {
                if batch.mark.stamp == stamp { continue }
                held[name] = nil
            }
            if marks[name]?.stamp == stamp { continue }
            do throws(StoreError) {
                let batch = try read(name: name, known: { store.state.entry(id: $0) != nil })
                unreadable[name] = nil
                if batch.entries.isEmpty {
                    commit(batch)
                } else {
                    batches.append(batch)
                }
            } catch {
                unreadable[name] = stamp
                warn(Text.TeamFolder.skipped(error.description), &result)
            }
        }
        for name in held.keys where !present.contains(name) { held[name] = nil }
        // Files held back are tried again only when something else is new (a file they depend on may have come).
        if !held.isEmpty && (!batches.isEmpty || heldAtEntries != store.entries.count) {
            batches += held.values.sorted { $0.name < $1.name }
            held = [:]
        }
        merge(batches, into: store, &result)
        return result
    }

    /// Merges the batches at once (a device file's entries may depend on another's); a batch refused is held back
    /// with a warning and the rest merged again.
    private func merge(_ batches: [Batch], into store: StateStore, _ result: inout Pull) {
        var batches = batches
        let source = "\u{0}team-folder"
        while !batches.isEmpty {
            var incoming: [JournalEntry] = []
            var owner: [Int] = []
            for (index, batch) in batches.enumerated() {
                incoming += batch.entries
                owner += repeatElement(index, count: batch.entries.count)
            }
            do throws(StoreError) {
                result.outcome = try store.merge(incoming, source: source)
                result.files = batches.count
                for batch in batches { commit(batch) }
                return
            } catch {
                guard error.file == source, let line = error.line, owner.indices.contains(line - 1) else {
                    result.problem = error  // this laptop's journal: nothing marked as read, tried again next time
                    return
                }
                let (blamed, entry) = Self.blame(line - 1, incoming, owner, batches)
                let batch = batches.remove(at: blamed)
                if heldWarned[batch.name] != batch.mark.stamp {  // once while the file stays as it is
                    heldWarned[batch.name] = batch.mark.stamp
                    let path = url.appendingPathComponent(batch.name).path
                    warn(Text.TeamFolder.skipped(Text.State.located(file: path, line: entry.seq + 1, error.message)), &result)
                }
                held[batch.name] = batch
                heldAtEntries = store.entries.count
            }
        }
    }

    /// Which batch a refusal of the entry at `index` is held against, and that batch's entry. An id that two files
    /// hold with other content is the one in a file not named after the entry's device (a forgery), else the later.
    static func blame(_ index: Int, _ incoming: [JournalEntry], _ owner: [Int], _ batches: [Batch]) -> (Int, JournalEntry) {
        let entry = incoming[index]
        guard let other = incoming.indices.first(where: { $0 != index && incoming[$0].id == entry.id }),
              owner[other] != owner[index] else { return (owner[index], entry) }
        func rightful(_ at: Int) -> Bool {
            guard let device = incoming[at].device else { return false }
            return batches[owner[at]].name.hasPrefix(device + ".") || batches[owner[at]].name.hasPrefix(device + " (")
        }
        return rightful(index) && !rightful(other) ? (owner[other], incoming[other]) : (owner[index], entry)
    }

    private func warn(_ line: String, _ result: inout Pull) {
        guard warned.insert(line).inserted else { return }
        result.warnings.append(line)
    }

    /// Marks a batch's entries as read (and merged).
    func commit(_ batch: Batch) {
        marks[batch.name] = batch.mark
        inFolder.formUnion(batch.ids)
        guard batch.name == ownName else { return }
        if batch.whole { ownIDs = [] }
        ownIDs.formUnion(batch.ids)
    }

    /// The new entries of the file `name` since it was last read (none when `known` holds every id read).
    private func read(name: String, known: (String) -> Bool) throws(StoreError) -> Batch {
        let path = url.appendingPathComponent(name).path
        let fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else {
            throw StoreError(file: path, message: errno == ELOOP ? Text.TeamFolder.notRegular : FileReading.describe(errno: errno))
        }
        defer { close(fd) }
        return try Self.read(fd, path: path, name: name, after: marks[name], known: known)
    }

    /// The entries of the file open as `fd` after what `mark` says was read; all of them (`whole`) when the lines
    /// read before are not where they were (another file, or one not only appended to). Complete lines only:
    /// a line still being written (or synced) is read once it is whole. Lines whose ids `known` all holds are not
    /// parsed (they can add nothing: the usual case when a laptop opens the plan again).
    static func read(_ fd: Int32, path: String, name: String, after mark: Mark?, known: (String) -> Bool) throws(StoreError) -> Batch {
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw StoreError(file: path, message: FileReading.describe(errno: errno)) }
        guard info.st_mode & S_IFMT == S_IFREG else { throw StoreError(file: path, message: Text.TeamFolder.notRegular) }
        let stamp = Stamp(info)
        guard stamp.size <= FileReading.maxBytes else {
            throw StoreError(file: path, message: Text.TeamFolder.tooLarge(megabytes: (stamp.size + 1_048_575) / 1_048_576))
        }
        if var next = mark, next.consumed > 0, stamp.size >= next.consumed,
           bytes(fd, at: 0, count: next.header.count) == next.header,
           bytes(fd, at: next.consumed - next.last.count, count: next.last.count) == next.last {
            next.stamp = stamp
            let tail = bytes(fd, at: next.consumed, count: stamp.size - next.consumed)
            guard let end = tail.lastIndex(of: 0x0A) else { return Batch(name: name, entries: [], ids: [], mark: next, whole: false) }
            if let ids = quickIDs(tail[...end], from: next.count + 1), ids.allSatisfy(known) {
                next.consumed += end + 1
                next.count += ids.count
                next.lines += tail[...end].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
                next.last = lastLine(tail[...end])
                return Batch(name: name, entries: [], ids: ids, mark: next, whole: false)
            }
            let entries = try parseTail(tail[...end], path: path, mark: &next)
            return Batch(name: name, entries: entries, ids: entries.map(\.id), mark: next, whole: false)
        }
        var next = Mark(stamp: stamp)
        let all = bytes(fd, at: 0, count: stamp.size)
        guard let end = all.lastIndex(of: 0x0A) else { return Batch(name: name, entries: [], ids: [], mark: next, whole: true) }
        let complete = all[...end]
        let headerEnd = complete.firstIndex(of: 0x0A)!
        next.consumed = complete.count
        next.lines = complete.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
        next.header = Array(complete[...headerEnd])
        next.last = lastLine(complete)
        if (try? StateFormat.checkHeader(complete[..<headerEnd])) != nil,
           let ids = quickIDs(complete[(headerEnd + 1)...], from: 1), ids.allSatisfy(known) {
            next.count = ids.count
            return Batch(name: name, entries: [], ids: ids, mark: next, whole: true)
        }
        let entries = try JournalFile.entries(complete, name: path)
        next.count = entries.count
        return Batch(name: name, entries: entries, ids: entries.map(\.id), mark: next, whole: true)
    }

    /// The ids of the lines `bytes` (complete lines), read without parsing them, when every line is an entry as
    /// Rencana writes it (`{"seq":N,"id":"…",` with N from `first` on, blank lines aside); nil otherwise.
    static func quickIDs(_ bytes: ArraySlice<UInt8>, from first: Int) -> [String]? {
        let seqKey = Array(#"{"seq":"#.utf8), idKey = Array(#","id":""#.utf8)
        var ids: [String] = []
        var seq = first
        var start = bytes.startIndex
        while start < bytes.endIndex {
            let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.endIndex
            var line = bytes[start..<end]
            start = end + 1
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            guard line.starts(with: seqKey) else { return nil }
            line = line.dropFirst(seqKey.count)
            let digits = line.prefix { $0 >= 0x30 && $0 <= 0x39 }
            guard !digits.isEmpty, digits.count < 10, Int(String(decoding: digits, as: UTF8.self)) == seq else { return nil }
            line = line.dropFirst(digits.count)
            guard line.starts(with: idKey) else { return nil }
            line = line.dropFirst(idKey.count)
            let id = line.prefix { $0 != 0x22 && $0 != 0x5C && $0 >= 0x20 }
            guard !id.isEmpty, id.count <= 64, line.dropFirst(id.count).first == 0x22 else { return nil }
            ids.append(String(decoding: id, as: UTF8.self))
            seq += 1
        }
        return ids
    }

    /// Parses the complete lines `bytes` (ending in a newline) that follow what `mark` read, numbered on.
    private static func parseTail(_ bytes: ArraySlice<UInt8>, path: String, mark: inout Mark) throws(StoreError) -> [JournalEntry] {
        var out: [JournalEntry] = []
        var start = bytes.startIndex
        while start < bytes.endIndex {
            let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.endIndex - 1
            let line = bytes[start..<end]
            mark.lines += 1
            if !line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) {
                do throws(FormatProblem) {
                    let entry = try StateFormat.entry(line)
                    guard entry.seq == mark.count + 1 else {
                        throw FormatProblem(Text.State.entryOutOfOrder(entry.seq, expected: mark.count + 1))
                    }
                    out.append(entry)
                    mark.count += 1
                } catch {
                    throw StoreError(file: path, line: mark.lines, message: error.message)
                }
            }
            start = end + 1
        }
        mark.consumed += bytes.count
        mark.last = lastLine(bytes)
        return out
    }

    /// The last line of `bytes` (which end in a newline), with its newline.
    private static func lastLine(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        let end = bytes.endIndex - 1
        let start = bytes[..<end].lastIndex(of: 0x0A).map { $0 + 1 } ?? bytes.startIndex
        return Array(bytes[start...end])
    }

    /// `count` bytes of `fd` from `offset` (fewer when the file is shorter).
    static func bytes(_ fd: Int32, at offset: Int, count: Int) -> [UInt8] {
        guard count > 0 else { return [] }
        return [UInt8](unsafeUninitializedCapacity: count) { buffer, done in
            done = 0
            while done < count {
                let n = pread(fd, buffer.baseAddress! + done, count - done, off_t(offset + done))
                if n < 0 && errno == EINTR { continue }
                guard n > 0 else { break }
                done += n
            }
        }
    }
}
