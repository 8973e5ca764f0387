import PlanModel
import Foundation
import RencanaText
#if canImport(Glibc)
import Glibc
#endif

/// Why the state file could not be read or written, as one line naming the file.
public struct StoreError: Error, Equatable, Sendable, CustomStringConvertible {
    public let file: String
    /// 1-based line of the state file, when the problem is in one line.
    public let line: Int?
    public let message: String
    /// For a change the disk refused: why, in a few words ("no space left on the device").
    public let unsavedReason: String?

    public init(file: String, line: Int? = nil, message: String, unsavedReason: String? = nil) {
        self.file = file
        self.line = line
        self.message = message
        self.unsavedReason = unsavedReason
    }

    /// A change that could not be written: "not saved: <why>".
    init(notSaved why: String, file: String) {
        self.init(file: file, message: Text.State.notSaved(why), unsavedReason: why)
    }

    public var description: String {
        Text.State.located(file: file, line: line, message)
    }
}

/// The user's changes to a plan, kept in an append-only journal beside (never inside) plan.json.
///
/// The current marks are the plan as signed plus every entry in order. Each change is written
/// at once and durably: under an exclusive `flock`, the process first reads what others appended
/// (so concurrent writers merge, never overwrite), then appends one complete line with a single
/// write and `fsync`s. A crash mid-write leaves at most an incomplete last line, which readers
/// detect, report once and ignore; the next save cuts it off before appending.
public final class StateStore {
    /// The plan as it now is (the plan as signed plus every edit in the journal).
    public var plan: Plan { state.plan }
    /// The plan as signed (plan.json).
    public var signedPlan: Plan { state.signed }
    /// The one value replayed from the journal: plan, marks, realisation, stacks, history.
    public internal(set) var state: YearState
    /// The state file.
    public let url: URL
    /// Who new entries are recorded as.
    public let user: String
    /// Current marks, indexed like `plan.rows`.
    public var marks: [MonthSet] { state.marks }
    /// The mark entries (`set`, and undo/redo of a `set`) in the version-1 shape, oldest first.
    public var history: [ChangeEntry] { state.markHistory }
    /// Every entry of every kind, oldest first.
    public var entries: [JournalEntry] { state.entries }
    /// The monitoring record.
    public var realisation: Realisation { state.realisation }
    /// Problems that did not stop loading (an interrupted last entry), each reported once.
    public internal(set) var warnings: [String] = []
    /// The warnings about an interrupted last entry, dropped once a save writes over that entry.
    var incompleteEntryWarnings: Set<String> = []

    /// When true (the dashboard), a change that cannot be written stays in memory as unsaved and is
    /// written with the next change or `retrySaving()`; the error is still thrown so it can be shown.
    /// When false (the command line), a change that cannot be written is taken back.
    public var keepsUnsavedChanges = false
    /// How long this store waits for another process's lock (`.never`: the dashboard, which retries instead).
    public var lockWait = LockWait.command
    /// How many entries at the end of `entries` are not yet in the file.
    public internal(set) var unsavedCount = 0
    /// The plan's team folder, when it has one (`StateStore+TeamFolder.swift`): pulled on open, published after each save.
    public internal(set) var teamFolder: TeamFolder?

    /// Bytes of the file consumed so far: always the end of the last complete line.
    var consumedBytes = 0
    var consumedLines = 0
    /// True when the last entry consumed had no final newline (kept as complete): the next save writes one first.
    var lastLineUnterminated = false
    /// The file's header version and where its digit is (for the in-place upgrade to 2).
    var fileVersion = 0
    /// True when this store's device is this installation's (`DeviceIdentity`): the aliases it makes are kept there.
    let remembersAliases: Bool
    /// The state file this store read (a merge that reorders the journal renames a new file into place).
    var fileIdentity: FileIdentity?
    var versionDigitOffset: Int?
    private var now: () -> Date
    /// Where new entry ids and new row/evidence ids come from: random; tests that replay a seed make them predictable.
    var newEntryID: () -> String = JournalEntry.newID
    var newIDs = NewIDs.random

    /// How the snapshot cache served this open (`StateStore+Snapshot.swift`): for tests and `RENCANA_DEBUG_SNAPSHOT`.
    public internal(set) var snapshotUse = SnapshotUse.notUsed
    /// Entries replayed from the journal's text when it was opened (all of them without a snapshot, the tail with one).
    public internal(set) var replayedAtOpen = 0
    /// The rows changed after the snapshot's prefix (or since the open), for the progress sidecar.
    var changedRows = ChangedRows()

    init(plan: Plan, url: URL, user: String, device: String? = DeviceIdentity.existing(), now: @escaping () -> Date) {
        // This installation's own device also owns the `early-…` devices it gave its journals as they joined a team.
        remembersAliases = device == DeviceIdentity.existing()  // nil too: its device is made when it first joins a team
        self.state = YearState(signed: plan, device: device, aliases: remembersAliases ? DeviceIdentity.aliases() : [])
        self.url = url
        self.user = user
        self.now = now
    }

    /// Opens the state at `url` for `plan`. A missing file is an empty history; it is created on the first change.
    /// A damaged file is refused with the reason and left untouched.
    /// `device` is this laptop's device id (`DeviceIdentity`), for a team's journal.
    public static func open(plan: Plan, url: URL, user: String = StateStore.currentUser(),
                            device: String? = DeviceIdentity.existing(),
                            now: @escaping () -> Date = Date.init) throws(StoreError) -> StateStore {
        let store = StateStore(plan: plan, url: url, user: user, device: device, now: now)
        _ = try store.refresh()
        store.replayedAtOpen = store.state.entries.count
        return store
    }

    /// `$USER`, or the login name, or "unknown".
    public static func currentUser() -> String {
        if let user = ProcessInfo.processInfo.environment["USER"], !user.isEmpty { return user }
        if let pw = getpwuid(getuid()), let name = pw.pointee.pw_name { return String(cString: name) }
        return "unknown"
    }

    public var canUndo: Bool { state.canUndo }
    public var canRedo: Bool { state.canRedo }

    /// Entries whose row the current plan lacks: kept in the file and reported, never applied or dropped.
    public var orphans: [JournalEntry] { state.orphans }
    public var recordsOfDeletedRows: [JournalEntry] { state.recordsOfDeletedRows }

    /// Mark changes of one row, newest first.
    public func history(of row: RowID) -> [ChangeEntry] { state.markHistory.reversed().filter { $0.row == row } }

    /// Every entry about one row, newest first.
    public func entries(of row: RowID) -> [JournalEntry] { state.history(of: row) }

    /// Rows and months whose current mark differs from the plan as signed.
    public var differences: Int { state.changedCells }

    // MARK: Changing marks

    /// Sets one mark; returns nil (and writes nothing) when it already has that value.
    @discardableResult
    public func set(_ row: RowID, _ month: Month, to on: Bool) throws(StoreError) -> ChangeEntry? {
        try record(.mark(row: row, month: month, on: on)).flatMap { _ in state.markHistory.last }
    }

    /// Flips one mark.
    @discardableResult
    public func toggle(_ row: RowID, _ month: Month) throws(StoreError) -> ChangeEntry {
        _ = try record(.toggle(row: row, month: month))
        return state.markHistory.last!
    }

    /// Takes back the latest change of any kind that has not been undone; nil when there is none.
    @discardableResult
    public func undo() throws(StoreError) -> JournalEntry? { try record(.undo) }

    /// Puts back the latest undone change; nil when there is none.
    @discardableResult
    public func redo() throws(StoreError) -> JournalEntry? { try record(.redo) }

    func rowIndex(_ row: RowID) throws(StoreError) -> Int {
        guard let index = plan.rowIndex(of: row) else {
            throw StoreError(file: planPath, message: Text.State.noSuchRow(row.rawValue))
        }
        return index
    }

    func makeEntry(_ change: Change) -> JournalEntry {
        var entry = JournalEntry(seq: state.entries.count + 1, id: newEntryID(), at: now(), by: user, change: change)
        if writesTeamEntries, let device = state.localDevice {  // a team's file: who, when in the year's order, what it saw
            entry.device = device
            entry.clock = state.maxClock + 1
            entry.seen = state.seen(for: change)
        }
        return entry
    }

    // MARK: Reading and writing the journal

    /// Reads what other processes appended since the last read. Returns whether anything changed.
    @discardableResult
    public func refresh() throws(StoreError) -> Bool {
        let fd = try StateFileGuard.open(url.path, O_RDONLY | O_NONBLOCK, file: url.path)
        if fd < 0 {
            if errno == ENOENT || errno == ENOTDIR {  // no state yet; a save will say why it cannot create one
                let hadState = consumedBytes > 0
                if hadState {  // the file was removed: back to the plan as signed, unsaved changes kept
                    let unsaved = detachUnsaved()
                    reset()
                    changedRows.start(at: 0)
                    reattach(unsaved)
                }
                return hadState
            }
            throw StoreError(file: url.path, message: FileReading.describe(errno: errno))
        }
        defer { close(fd) }
        try lock(fd, LOCK_SH)
        return try catchUp(fd)
    }

    /// Brings memory up to date with the file open (and locked) as `fd`.
    func catchUp(_ fd: Int32) throws(StoreError) -> Bool {
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw StoreError(file: url.path, message: FileReading.describe(errno: errno)) }
        guard info.st_mode & S_IFMT == S_IFREG else {
            throw StoreError(file: url.path, message: Text.State.notRegularFile)
        }
        let size = believedSize(fd, info)  // not the part of an append whose writer was killed
        let identity = FileIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
        // Another file at the path (a team's merge writes a new one and renames it): read it from the start.
        let replaced = fileIdentity != nil && fileIdentity != identity && consumedBytes > 0
        fileIdentity = identity
        guard size != consumedBytes || replaced else { return false }
        // Entries saved by others go before this process's unsaved ones, which are then re-applied.
        let unsaved = detachUnsaved()
        defer { reattach(unsaved) }
        // After a whole replay (an open, or a file replaced), the changed rows are kept from its end on.
        defer { if changedRows.from == nil { changedRows.start(at: consumedBytes) } }
        var changed = false
        if size < consumedBytes || replaced {  // replaced or cut short by someone else: start over
            reset()
            fileIdentity = identity
            changed = true
        }
        guard size > consumedBytes else { return changed }
        var bytes = [UInt8](repeating: 0, count: size - consumedBytes)
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeMutableBytes { pread(fd, $0.baseAddress! + done, $0.count - done, off_t(consumedBytes + done)) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { break }
            done += n
        }
        let before = state.entries.count
        try consume(bytes[0..<done])
        return changed || state.entries.count != before
    }

    /// Parses complete lines; an incomplete final line is an interrupted save, ignored with a warning.
    private func consume(_ bytes: ArraySlice<UInt8>) throws(StoreError) {
        // Applied as they are read (no second copy of every entry), in one replay so structural edits rebuild
        // the row list once; a line refused half-way leaves the entries before it applied, as before.
        var replaying = false
        defer { if replaying { state.endReplay() } }
        var start = bytes.startIndex
        while start < bytes.endIndex {
            guard let newline = Self.newline(in: bytes, from: start) else {
                if consumedBytes == 0 && !StateFileGuard.isCutHeader(bytes[start...]) { throw StateFileGuard.notAStateFile(url.path) }
                // A complete, valid entry with the next seq but no final newline (a script that joins lines) is kept;
                // only a real fragment is an interrupted save. The next save writes the missing newline first.
                if consumedBytes > 0, let entry = try? StateFormat.entry(bytes[start...]), entry.seq == state.entries.count + 1 {
                    if !replaying {
                        state.beginReplay(expectedEntries: 1)
                        replaying = true
                    }
                    state.apply(entry)
                    if notesChanges { noteChange(entry, endingAt: consumedBytes + bytes.endIndex - start) }
                    consumedBytes += bytes.endIndex - start
                    consumedLines += 1
                    lastLineUnterminated = true
                    return
                }
                let warning = Text.State.incompleteLastEntry(line: consumedLines + 1)
                if !warnings.contains(warning) { warnings.append(warning) }
                incompleteEntryWarnings.insert(warning)
                return
            }
            let line = bytes[start..<newline]
            let lineNumber = consumedLines + 1
            do throws(FormatProblem) {
                if consumedBytes == 0 {
                    let header = try StateFormat.checkHeader(line)
                    fileVersion = header.version
                    versionDigitOffset = header.digitOffset
                    if header.version >= 3 && state.localDevice == nil {
                        do { try joinTeam() } catch { throw FormatProblem(error.message) }
                    }
                } else if !line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) {
                    let entry = try StateFormat.entry(line)
                    let expected = state.entries.count + 1
                    guard entry.seq == expected else {
                        throw FormatProblem(Text.State.entryOutOfOrder(entry.seq, expected: expected))
                    }
                    if !replaying {
                        state.beginReplay(expectedEntries: bytes.count / 200)  // lines are 150–300 bytes
                        replaying = true
                    }
                    state.apply(entry)
                    if notesChanges { noteChange(entry, endingAt: consumedBytes + newline - start + 1) }
                }
            } catch {
                throw StoreError(file: url.path, line: lineNumber, message: error.message)
            }
            consumedBytes += newline - start + 1
            consumedLines += 1
            lastLineUnterminated = false
            start = newline + 1
        }
    }

    /// The index of the next LF at or after `start` (memchr: the byte-by-byte search showed at 100,000 lines).
    private static func newline(in bytes: ArraySlice<UInt8>, from start: Int) -> Int? {
        let first = bytes.startIndex
        return bytes.withUnsafeBufferPointer { (buffer: UnsafeBufferPointer<UInt8>) -> Int? in
            let offset = start - first
            guard offset < buffer.count, let base = buffer.baseAddress else { return nil }
            guard let hit = memchr(UnsafeRawPointer(base + offset), 0x0A, buffer.count - offset) else { return nil }
            return first + (UnsafeRawPointer(hit) - UnsafeRawPointer(base))
        }
    }

    func reset() {
        journalReplaced += 1
        state = YearState(signed: state.signed, device: state.localDevice, aliases: state.localAliases)
        consumedBytes = 0
        fileIdentity = nil
        consumedLines = 0
        lastLineUnterminated = false
        fileVersion = 0
        versionDigitOffset = nil
        changedRows.from = nil
    }

    /// Takes the unsaved entries off the end of the journal (the state is replayed without them).
    func detachUnsaved() -> [JournalEntry] {
        guard unsavedCount > 0 else { return [] }
        let unsaved = Array(state.entries.suffix(unsavedCount))
        let kept = state.progress
        let reaches = kept == nil ? [] : unsaved.map { state.reach(of: $0) }  // asked while the state has them
        state = YearState(signed: state.signed, device: state.localDevice, aliases: state.localAliases,
                          entries: state.entries.dropLast(unsavedCount))
        unsavedCount = 0
        state.keepProgress(kept, recounting: reaches)
        return unsaved
    }

    /// Puts unsaved entries back after the saved ones, renumbered, with `old` taken from the state as it now is.
    func reattach(_ unsaved: [JournalEntry]) {
        var renumbered: [Int: Int] = [:]
        for var entry in unsaved {
            let seq = state.entries.count + 1
            renumbered[entry.seq] = seq
            entry.seq = seq
            entry.change = state.rebased(entry.change, renumbered: renumbered)
            if entry.clock != nil {  // a team's entry goes after what was merged, having seen it
                entry.clock = state.maxClock + 1
                entry.seen = state.seen(for: entry.change)
            }
            state.apply(entry)
            noteChange(entry, endingAt: nil)
            unsavedCount += 1
        }
    }

    /// How many times the journal was read or written again from its start (a merge that reordered it, another
    /// file at its path): entries may then stand before places they did not stand before.
    var journalReplaced = 0

    /// How many entries arriving in one merge make an early replay of its year worth a thread (`EarlyReplay`);
    /// tests make it small.
    var earlyReplayMinimum = 4_096
    /// How many entries arriving are looked up before an early replay: one held, and there is none.
    var earlyReplaySamples = 64
    /// Whether the last merge's early replay was the year adopted (true) or thrown away (false); nil when none began.
    var earlyReplayTaken: Bool?

    /// Tests set this to make every write fail with that errno (ENOSPC for a full disk, say).
    var injectedWriteError: Int32?

    /// Tests set this to make a write stop with ENOSPC after that many bytes (a disk full between two entries).
    var injectedWriteLimit: Int?

    /// The process tests set this (hidden `debug-merge --kill-after`) to have this process killed (SIGKILL) after
    /// writing that many bytes of an append of several entries.
    public var debugKillAfterAppending: Int?

    /// Forgets the last `count` unsaved entries (a command refused or not saved); earlier unsaved ones stay.
    func dropUnsaved(last count: Int) {
        guard count > 0 else { return }
        let unsaved = detachUnsaved()
        reattach(Array(unsaved.dropLast(count)))
    }

    /// The plan file as the user named it: in messages, and (its last component) in a new state file's header.
    public var planPath = "plan.json"

}
