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
                if operation == LOCK_EX { repairInterruptedAppend(fd) }
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
            try writeNewFile(fd, entries: [], bytes: Array(StateFormat.text(planName: URL(fileURLWithPath: planPath).lastPathComponent,
                                                                            entries: [], version: 3).utf8))
        } else if fileVersion < 3 {
            try upgradeHeader(fd, to: 3)
        }
    }

    /// Merges entries of other laptops (a bundle, a device file, a branch) into this journal: the union by id,
    /// durable and atomic. New entries that all go after the journal's are appended in one write; otherwise the
    /// journal is written again in the year's order to a new file renamed into place (a kill at any instant
    /// leaves it as before or as after). `source` names where they came from in a refusal. Refuses, changing
    /// nothing, an entry without a clock, an id already held with other content, a clock from the future.
    /// `lines`, where the entries were read from (a bundle's), spares reading back the lines made the same.
    @discardableResult
    public func merge(_ incoming: [JournalEntry], source: String, lines: EntryLines? = nil) throws(StoreError) -> MergeOutcome {
        try joinTeam()
        let fd = try openLocked(O_RDWR | O_CREAT)
        defer { close(fd) }
        _ = try catchUp(fd)
        // This process's unsaved changes go after what is merged, having seen it.
        let unsaved = detachUnsaved()
        defer { reattach(unsaved) }
        if hasEarlyEntries { try adoptEarlyEntries() }
        // A big merge that goes before the journal's end has its year replayed from now on, while the plan is made.
        earlyReplayTaken = nil
        var early = startEarlyReplay(incoming, source: source, lines: lines)
        defer { early?.discard() }  // a refusal or a lost bet
        let plan: JournalMerge.Plan
        do throws(JournalMerge.Refusal) {
            plan = try JournalMerge.plan(incoming, into: state, journalName: url.lastPathComponent)
        } catch {
            throw StoreError(file: source, line: error.index + 1, message: error.message)
        }
        if let lost = early, !lost.holds(for: plan) {  // some were here already: stopped at once
            lost.discard()
            early = nil
        }
        var outcome = MergeOutcome(added: plan.new.count, known: plan.known)
        // Counted by run (a bundle's entries come mostly by author): one lookup per run, not per entry.
        var k = 0
        while k < plan.new.count {
            var end = k + 1
            while end < plan.new.count && plan.new[end].by == plan.new[k].by { end += 1 }
            outcome.authors[plan.new[k].by, default: 0] += end - k
            k = end
        }
        if !plan.new.isEmpty {
            for k in plan.new.indices {
                switch plan.new[k].change {
                case .undo(let step) where step.target == nil, .redo(let step) where step.target == nil:  // a team's names its target
                    throw StoreError(file: source, line: plan.newIndices[k] + 1,
                                     message: Text.Team.refusedEntry(Text.State.mustBeString(key: "target")))
                default: break
                }
            }
            if consumedBytes == 0 {
                let entries = JournalMerge.ordered(plan.new)
                try writeNewFile(fd, entries: entries, bytes: try wholeFile(entries, isNew: nil, held: nil, plan: plan, source: source))
            } else if plan.appends {
                try append(fd, plan, source: source, lines: lines)
            } else {
                let taken = early
                if taken != nil { earlyReplayTaken = true }
                early = nil  // the rewrite's now, and waited for there
                try rewriteMerged(fd, plan, source: source, lines: lines, early: taken)
                outcome.rewrote = true
            }
        } else if fileVersion < 3 && consumedBytes > 0 {
            try upgradeHeader(fd, to: 3)
        }
        outcome.conflicts = state.conflicts.count
        return outcome
    }
}

extension StateStore {
    /// The merge that writes the journal again in the year's order (new entries go before some held ones).
    /// `early`, the year of the union replaying and the new lines being made already (`EarlyReplay`: its bet held, so
    /// `plan.new` is what arrived, and it merges with the journal as it goes).
    private func rewriteMerged(_ fd: Int32, _ plan: JournalMerge.Plan, source: String, lines: EntryLines?,
                               early: EarlyReplay? = nil) throws(StoreError) {
        // The new lines are made and read back on another core meanwhile, once: they go into the file as made.
        let made = early?.made ?? Background { [plan] in Self.madeLines(plan, source: source, lines: lines) }
        // The year is replayed on a third thread, from now on, while this one makes and writes the file.
        let asItGoes = early != nil || Self.mergesAsItGoes(state.entries, plan.new)
        let replay = early?.replay ?? backgroundMergedReplay(held: state.entries, new: plan.new, mergesAsItGoes: asItGoes)
        let count = state.entries.count + plan.new.count
        do {
            // Each line taken as it is (the held ones from the file), merged as it goes: no list of the union made.
            if asItGoes, let held = heldLines(fd) {
                let made = try made.value.get()  // a refusal before a byte is written
                if let bytes = mergedFile(held: state.entries, new: plan.new, heldLines: held, made: made) {
                    return try rewrite([], count: count, bytes: bytes, replay: replay)
                }
            }
            // The journal and the new entries are each in order: one pass (else the general sort).
            let entries: [JournalEntry], isNew: [Bool], held: HeldLines?
            if let merged = JournalMerge.interleaved(state.entries, plan.new) {
                (entries, isNew) = merged
                held = heldLines(fd)
            } else {
                entries = JournalMerge.ordered(state.entries + plan.new)
                let ids = Set(plan.new.map(\.id))
                isNew = entries.map { ids.contains($0.id) }
                held = nil
            }
            let bytes = try wholeFile(entries, isNew: isNew, held: held, made: try made.value.get(), plan: plan, source: source)
            try rewrite(entries, bytes: bytes, replay: replay)
        } catch {
            _ = replay.value  // no thread outlives the merge
            throw error
        }
    }

    /// Every entry as a team's file holds it (in the year's order, each with its clock): what a bundle or a
    /// device file carries to other laptops.
    public var teamEntries: [JournalEntry] { JournalMerge.ordered(state.entries.dropLast(unsavedCount)) }

    /// Values in conflict now.
    public var conflicts: [Conflict] { state.conflicts }
}
