import PlanModel
import Foundation
import RencanaText
#if canImport(Glibc)
import Glibc
#endif

/// A file's identity: a merge that reorders the journal renames a new file into place, and every reader and
/// writer notices.
struct FileIdentity: Equatable {
    let device: UInt64
    let inode: UInt64
}

/// What merging entries into a journal did.
public struct MergeOutcome: Equatable, Sendable {
    /// Entries the journal lacked, now in it.
    public var added = 0
    /// Entries it already held (merging them again changes nothing).
    public var known = 0
    /// Who wrote the new entries (`by`), with how many each.
    public var authors: [String: Int] = [:]
    /// True when the journal was rewritten in the year's order (new entries went before others).
    public var rewrote = false
    /// Values in conflict after the merge.
    public var conflicts = 0
}

extension StateStore {
    /// True when new entries carry a device, a logical clock and what they saw (a team's file, version 3).
    var writesTeamEntries: Bool { fileVersion >= 3 || state.isTeam }

    /// Makes sure this laptop has a device id and the year knows it (its entries are ours for undo).
    func joinTeam() throws(StoreError) {
        guard state.localDevice == nil else { return }
        let device = try DeviceIdentity.current()
        state = YearState(signed: state.signed, device: device, aliases: DeviceIdentity.aliases(), entries: state.entries)
    }

    /// Opens the state file and locks it, making sure the file locked is the one at the path now (a merge may
    /// have renamed a new one into place while this process waited). Throws "not saved" when it cannot be opened.
    func openLocked(_ flags: Int32, _ operation: Int32 = LOCK_EX) throws(StoreError) -> Int32 {
        // A laptop that never saved a change has no state folder yet (a first `receive` or `send`).
        let directory = url.deletingLastPathComponent()
        if flags & O_CREAT != 0, let code = Self.makeFolders(directory.path) {
            let why = FileReading.describe(errno: code)
            throw StoreError(file: url.path, message: Text.State.cannotCreateFolder(directory.path, reason: why),
                             unsavedReason: Text.State.folderProblem(directory.path, reason: why))
        }
        while true {
            let fd = try StateFileGuard.open(url.path, flags, file: url.path)
            guard fd >= 0 else { throw StoreError(notSaved: FileReading.describe(errno: errno), file: url.path) }
            do {
                try lock(fd, operation)
            } catch {
                close(fd)
                throw error
            }
            var held = stat(), atPath = stat()
            if fstat(fd, &held) == 0, stat(url.path, &atPath) == 0, held.st_ino == atPath.st_ino, held.st_dev == atPath.st_dev {
                return fd
            }
            close(fd)
        }
    }

    /// Makes this journal a team's (version 3): a device id for this laptop; the entries it wrote before become its
    /// team entries (`adoptEarlyEntries`: the journal written again), or with none, the header's version rewritten
    /// in place.
    public func upgradeToTeam() throws(StoreError) {
        try joinTeam()
        guard fileVersion < 3 || hasEarlyEntries else { return }
        let fd = try openLocked(O_RDWR | O_CREAT)
        defer { close(fd) }
        _ = try catchUp(fd)
        if consumedBytes > 0 && hasEarlyEntries && unsavedCount == 0 {
            try adoptEarlyEntries()
        } else if consumedBytes == 0 {
            try writeNewFile(fd, entries: [], text: StateFormat.text(planName: URL(fileURLWithPath: planPath).lastPathComponent,
                                                                     entries: [], version: 3))
        } else if fileVersion < 3 {
            try upgradeHeader(fd, to: 3)
        }
    }

    /// Merges entries of other laptops (a bundle, a device file, a branch) into this journal: the union by id,
    /// durable and atomic. New entries that all go after the journal's are appended in one write; otherwise the
    /// journal is written again in the year's order to a new file renamed into place (a kill at any instant
    /// leaves it as before or as after). `source` names where they came from in a refusal. Refuses, changing
    /// nothing, an entry without a clock, an id already held with other content, a clock from the future.
    @discardableResult
    public func merge(_ incoming: [JournalEntry], source: String) throws(StoreError) -> MergeOutcome {
        try joinTeam()
        let fd = try openLocked(O_RDWR | O_CREAT)
        defer { close(fd) }
        _ = try catchUp(fd)
        // This process's unsaved changes go after what is merged, having seen it.
        let unsaved = detachUnsaved()
        defer { reattach(unsaved) }
        if hasEarlyEntries { try adoptEarlyEntries() }
        let plan: JournalMerge.Plan
        do throws(JournalMerge.Refusal) {
            plan = try JournalMerge.plan(incoming, into: state, journalName: url.lastPathComponent)
        } catch {
            throw StoreError(file: source, line: error.index + 1, message: error.message)
        }
        var outcome = MergeOutcome(added: plan.new.count, known: plan.known)
        for entry in plan.new { outcome.authors[entry.by, default: 0] += 1 }
        if !plan.new.isEmpty {
            for (entry, index) in zip(plan.new, plan.newIndices) {
                switch entry.change {
                case .undo(let step) where step.target == nil, .redo(let step) where step.target == nil:  // a team's names its target
                    throw StoreError(file: source, line: index + 1,
                                     message: Text.Team.refusedEntry(Text.State.mustBeString(key: "target")))
                default: break
                }
            }
            if consumedBytes == 0 {
                let entries = JournalMerge.ordered(plan.new)
                try writeNewFile(fd, entries: entries, text: try wholeText(entries, isNew: nil, plan: plan, source: source))
            } else if plan.appends {
                try append(fd, plan, source: source)
            } else {
                // The journal and the new entries are each in order: one pass (else the general sort).
                let entries: [JournalEntry], isNew: [Bool]
                if let merged = JournalMerge.interleaved(state.entries, plan.new) {
                    (entries, isNew) = merged
                } else {
                    entries = JournalMerge.ordered(state.entries + plan.new)
                    let ids = Set(plan.new.map(\.id))
                    isNew = entries.map { ids.contains($0.id) }
                }
                try rewrite(entries, text: try wholeText(entries, isNew: isNew, plan: plan, source: source))
                outcome.rewrote = true
            }
        } else if fileVersion < 3 && consumedBytes > 0 {
            try upgradeHeader(fd, to: 3)
        }
        outcome.conflicts = state.conflicts.count
        return outcome
    }

    /// The lines of `entries` as numbered, each new one (`isNew`, nil: all) read back first:
    /// refused, before a byte is written, when this journal's reader would refuse it or read it otherwise (an id that
    /// is no id, a device or row with control characters, a `seen` longer than 64, a text too long…). The writer's
    /// rule is the reader's, so no merge can leave a journal that no longer opens; each line is made once.
    private func checkedLines(_ entries: [JournalEntry], isNew: [Bool]?, plan: JournalMerge.Plan,
                              source: String) throws(StoreError) -> String {
        var text = ""
        text.reserveCapacity(entries.count * 220)
        for (position, entry) in entries.enumerated() {
            let line = StateFormat.line(for: entry)
            if isNew?[position] ?? true {
                let bytes = Array(line.utf8)
                do throws(FormatProblem) {
                    let read = try StateFormat.entry(bytes[...])
                    guard JournalMerge.sameContent(read, entry) else { throw FormatProblem(Text.Team.wouldNotReadBack) }
                } catch {
                    // Its place in what arrived (looked for only now: the usual merge refuses nothing).
                    let index = plan.new.firstIndex { $0.id == entry.id }.map { plan.newIndices[$0] } ?? 0
                    throw StoreError(file: source, line: index + 1, message: Text.Team.refusedEntry(error.message))
                }
            }
            text += line
            text += "\n"
        }
        return text
    }

    /// A whole version-3 file of `entries`, the new ones checked (`checkedLines`).
    private func wholeText(_ entries: [JournalEntry], isNew: [Bool]?, plan: JournalMerge.Plan,
                           source: String) throws(StoreError) -> String {
        StateFormat.headerLine(planName: URL(fileURLWithPath: planPath).lastPathComponent, version: 3) + "\n"
            + (try checkedLines(entries, isNew: isNew, plan: plan, source: source))
    }

    /// Appends entries that go after every entry held, numbered on, in one write and one `fsync` (cut back on failure).
    /// An undo or redo gets its target's number here (as `JournalMerge.ordered` gives it), so the lines are the ones a
    /// rewrite would write.
    private func append(_ fd: Int32, _ plan: JournalMerge.Plan, source: String) throws(StoreError) {
        let new = plan.new
        var numbered: [JournalEntry] = []
        numbered.reserveCapacity(new.count)
        var seqOf: [String: Int] = [:]
        for (offset, var entry) in new.enumerated() {
            entry.seq = state.entries.count + offset + 1
            seqOf[entry.id] = entry.seq
            numbered.append(entry)
        }
        for i in numbered.indices {
            switch numbered[i].change {
            case .undo(var step), .redo(var step):
                guard let target = step.target, let seq = state.entry(id: target)?.seq ?? seqOf[target]
                else { continue }
                step.undoes = seq
                if case .undo = numbered[i].change { numbered[i].change = .undo(step) } else { numbered[i].change = .redo(step) }
            default: break
            }
        }
        let text = (lastLineUnterminated ? "\n" : "") + (try checkedLines(numbered, isNew: nil, plan: plan, source: source))
        if fileVersion < 3 { try upgradeHeader(fd, to: 3) }
        let data = Array(text.utf8)
        if let code = injectedWriteError { throw StoreError(notSaved: FileReading.describe(errno: code), file: url.path) }
        if ftruncate(fd, off_t(consumedBytes)) != 0 || !writeAll(fd, data, at: consumedBytes) || fsync(fd) != 0 {
            let why = FileReading.describe(errno: errno)
            _ = ftruncate(fd, off_t(consumedBytes))
            throw StoreError(notSaved: why, file: url.path)
        }
        state.beginReplay(expectedEntries: numbered.count)
        for entry in numbered {
            state.apply(entry)
            noteChange(entry, endingAt: nil)
        }
        state.endReplay()
        consumedBytes += data.count
        consumedLines += numbered.count
        lastLineUnterminated = false
    }

    /// Writes a new state file's header (version 3) and entries into the empty file open as `fd`.
    private func writeNewFile(_ fd: Int32, entries: [JournalEntry], text: String) throws(StoreError) {
        let data = Array(text.utf8)
        if let code = injectedWriteError { throw StoreError(notSaved: FileReading.describe(errno: code), file: url.path) }
        guard ftruncate(fd, 0) == 0, writeAll(fd, data, at: 0), fsync(fd) == 0 else {
            let why = FileReading.describe(errno: errno)
            _ = ftruncate(fd, 0)
            throw StoreError(notSaved: why, file: url.path)
        }
        syncDirectory(url.deletingLastPathComponent())
        adopt(entries, text: text, identityOf: fd)
    }

    /// Writes the whole journal again (`entries` in the year's order) to a new file in the same folder, and renames
    /// it into place: readers and writers see the old file or the new one, never a mix.
    func rewrite(_ entries: [JournalEntry], text: String) throws(StoreError) {
        let data = Array(text.utf8)
        let temporary = url.path + ".merge-\(getpid())"
        removeStaleMergeFiles()
        var info = stat()
        let mode = stat(url.path, &info) == 0 ? info.st_mode & 0o777 : 0o644  // the new file keeps the old one's mode
        let out = Glibc.open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode)
        guard out >= 0 else { throw StoreError(notSaved: Text.Team.cannotRewrite(FileReading.describe(errno: errno)), file: url.path) }
        let written = injectedWriteError == nil && writeAll(out, data, at: 0) && fsync(out) == 0
        let why = FileReading.describe(errno: injectedWriteError ?? errno)
        guard written else {
            close(out)
            unlink(temporary)
            throw StoreError(notSaved: Text.Team.cannotRewrite(why), file: url.path)
        }
        guard rename(temporary, url.path) == 0 else {
            let why = FileReading.describe(errno: errno)
            close(out)
            unlink(temporary)
            throw StoreError(notSaved: Text.Team.cannotRewrite(why), file: url.path)
        }
        syncDirectory(url.deletingLastPathComponent())
        adopt(entries, text: text, identityOf: out)
        close(out)
    }

    /// Removes the new files of merges killed before their rename (`<journal>.merge-<pid>`, each as big as the journal):
    /// one is only ever made under the journal's lock, which this process holds, so any there now is left over.
    private func removeStaleMergeFiles() {
        let folder = url.deletingLastPathComponent()
        let prefix = url.lastPathComponent + ".merge-"
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return }
        for name in names where name.hasPrefix(prefix) && name.utf8.dropFirst(prefix.utf8.count).allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
            unlink(folder.appendingPathComponent(name).path)
        }
    }

    /// After writing a whole file: the year replayed from `entries`, the store's bookkeeping at its end.
    private func adopt(_ entries: [JournalEntry], text: String, identityOf fd: Int32) {
        let kept = state.progress != nil
        state = YearState(signed: state.signed, device: state.localDevice, aliases: state.localAliases, entries: entries)
        if kept { _ = state.keepProgress() }
        consumedBytes = text.utf8.count
        consumedLines = entries.count + 1
        lastLineUnterminated = false
        fileVersion = 3
        versionDigitOffset = text.range(of: "\"version\":").map { text.utf8.distance(from: text.startIndex, to: $0.upperBound) }
        var info = stat()
        if fstat(fd, &info) == 0 { fileIdentity = FileIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino)) }
        changedRows.from = nil
        changedRows.start(at: consumedBytes)
    }
}

extension StateStore {
    /// Every entry as a team's file holds it (in the year's order, each with its clock): what a bundle or a
    /// device file carries to other laptops.
    public var teamEntries: [JournalEntry] { JournalMerge.ordered(state.entries.dropLast(unsavedCount)) }

    /// Values in conflict now.
    public var conflicts: [Conflict] { state.conflicts }
}
