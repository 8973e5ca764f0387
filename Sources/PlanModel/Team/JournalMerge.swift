import Foundation
import RencanaText

/// Merging entries into a year: the union by id (docs/TEAM.md). The same id with other content is refused as
/// corruption; an entry already held is skipped, so merging is idempotent, and the result (a set replayed in
/// `JournalOrder`) does not depend on the order of merges.
public enum JournalMerge {
    /// Why entries cannot be merged: the first bad one (its index in the incoming list) and why.
    public struct Refusal: Error, Equatable, Sendable {
        public let index: Int
        public let message: String
    }

    /// What merging `incoming` into `year` adds.
    public struct Plan: Sendable {
        /// The entries `year` lacks, in `JournalOrder`, each once.
        public let new: [JournalEntry]
        /// Where each of `new` was in the incoming list (to name its line in a refusal).
        public let newIndices: [Int]
        /// How many incoming entries `year` already held (or that came twice).
        public let known: Int
        /// True when every new entry goes after every entry `year` holds: they can be appended.
        public let appends: Bool
    }

    /// Checks `incoming` against `year` and returns what it adds. `journalName` names the journal in a refusal.
    /// Refused: an entry without a logical clock, an id held with other content (in `year` or twice incoming),
    /// an entry whose clock is beyond one more than every clock before it (forged, or earlier entries missing).
    public static func plan(_ incoming: [JournalEntry], into year: YearState, journalName: String) throws(Refusal) -> Plan {
        var fresh: [String: Int] = [:]  // id -> index in incoming
        fresh.reserveCapacity(incoming.count)
        var picked: [Int] = []  // the new ones' indices in incoming (entries are copied once, at the end)
        picked.reserveCapacity(incoming.count)
        var known = 0
        for index in incoming.indices {
            guard incoming[index].clock != nil else { throw Refusal(index: index, message: Text.Team.notTeamEntry(incoming[index].id)) }
            let id = incoming[index].id
            if let held = year.entry(id: id) {
                guard sameContent(held, incoming[index]) || sameBeforeTeam(held, incoming[index]) else {
                    throw Refusal(index: index, message: Text.Team.sameIDOtherContent(
                        id: id, here: "\(journalName) line \(held.seq + 1)", there: "this entry"))
                }
                known += 1
            } else if let earlier = fresh[id] {
                guard sameContent(incoming[earlier], incoming[index]) else { throw Refusal(index: index, message: Text.Team.duplicateID(id)) }
                known += 1
            } else {
                fresh[id] = index
                picked.append(index)
            }
        }
        guard !picked.isEmpty else { return Plan(new: [], newIndices: [], known: known, appends: true) }
        // In the year's order (what arrives from a bundle or a file mostly is already: then no sort).
        if !picked.indices.dropFirst().allSatisfy({ precedes(incoming[picked[$0 - 1]], incoming[picked[$0]]) }) {
            picked.sort { precedes(incoming[$0], incoming[$1]) }
        }
        // Causal completeness: walking the union in order, no clock is beyond one more than every clock before it.
        var running = 0
        var i = 0
        let held = year.entries
        if let last = held.last, precedes(last, incoming[picked[0]]) {
            running = year.maxClock  // all go after the journal (a colleague's new work): no walk over 100,000 entries
        } else {
            for k in held.indices {
                while i < picked.count && precedes(incoming[picked[i]], held[k]) {
                    try check(incoming[picked[i]], index: picked[i], running: &running)
                    i += 1
                }
                running = max(running, held[k].clock ?? held[k].seq)
            }
        }
        let appends = i == 0
        while i < picked.count {
            try check(incoming[picked[i]], index: picked[i], running: &running)
            i += 1
        }
        return Plan(new: picked.map { incoming[$0] }, newIndices: picked, known: known, appends: appends || held.isEmpty)
    }

    /// `a.order < b.order`, without making either order (an entry is read in place, its id compared only on a tie).
    @inlinable public static func precedes(_ a: JournalEntry, _ b: JournalEntry) -> Bool {
        let ca = a.clock ?? a.seq, cb = b.clock ?? b.seq
        return ca != cb ? ca < cb : a.id < b.id
    }

    private static func check(_ entry: JournalEntry, index: Int, running: inout Int) throws(Refusal) {
        let clock = entry.clock ?? entry.seq
        guard clock <= running || clock - running == 1 else {  // not `running + 1`: no overflow, whatever the clocks
            throw Refusal(index: index, message: Text.Team.clockFromFuture(entry.id, clock: clock, highest: running + 1))
        }
        running = max(running, clock)
    }

    /// The same entry as written: everything but its position (`seq`), its time to the second as a line keeps it,
    /// and a clock that a file without clocks leaves implicit.
    public static func sameContent(_ a: JournalEntry, _ b: JournalEntry) -> Bool {
        a.id == b.id && a.by == b.by && a.device == b.device && a.with == b.with && a.order.clock == b.order.clock && a.seen == b.seen
            && a.at.timeIntervalSince1970.rounded(.down) == b.at.timeIntervalSince1970.rounded(.down)
            && positionless(a.change) == positionless(b.change)
    }

    /// True when `a` and `b` are one entry written before its journal joined a team, one side as it was (no device)
    /// and the other as joining made it (`JournalEntry.earlyDevice`, with what it had seen): a copy of a history
    /// taken before the team began (a journal in git before `team git-setup`) is the same history.
    public static func sameBeforeTeam(_ a: JournalEntry, _ b: JournalEntry) -> Bool {
        guard (a.device == nil && JournalEntry.isEarlyDevice(b.device)) || (b.device == nil && JournalEntry.isEarlyDevice(a.device))
        else { return false }
        var a = a, b = b
        a.device = nil; b.device = nil
        a.seen = []; b.seen = []
        return sameContent(a, b)
    }

    /// An undo or redo named by its target's id, not by its position (which a merge renumbers).
    private static func positionless(_ change: Change) -> Change {
        switch change {
        case .undo(var step):
            step.target = step.target ?? "v1-\(step.undoes)"
            step.undoes = 0
            return .undo(step)
        case .redo(var step):
            step.target = step.target ?? "v1-\(step.undoes)"
            step.undoes = 0
            return .redo(step)
        default: return change
        }
    }

    /// `held` (a journal in the year's order) and `new` (in `JournalOrder`, none of them held) as one journal, as
    /// `ordered(held + new)` gives it, with which are new: in one pass, no sort. Nil when that is not sure to be the
    /// same (an entry without its clock or naming its undo's target by position, `held` out of order): use `ordered`.
    public static func interleaved(_ held: [JournalEntry], _ new: [JournalEntry]) -> (entries: [JournalEntry], isNew: [Bool])? {
        func plain(_ entry: JournalEntry) -> Bool {
            guard entry.clock != nil else { return false }
            switch entry.change {
            case .undo(let step), .redo(let step): return step.target != nil
            default: return true
            }
        }
        guard held.indices.allSatisfy({ plain(held[$0]) }), new.indices.allSatisfy({ plain(new[$0]) }),
              held.indices.dropFirst().allSatisfy({ precedes(held[$0 - 1], held[$0]) }) else { return nil }
        var out: [JournalEntry] = []
        out.reserveCapacity(held.count + new.count)
        var isNew: [Bool] = []
        isNew.reserveCapacity(held.count + new.count)
        var i = 0, j = 0, steps = false
        while i < held.count || j < new.count {
            let takeNew = j < new.count && (i == held.count || precedes(new[j], held[i]))
            var entry = takeNew ? new[j] : held[i]
            if takeNew { j += 1 } else { i += 1 }
            entry.seq = out.count + 1
            switch entry.change {
            case .undo, .redo: steps = true
            default: break
            }
            out.append(entry)
            isNew.append(takeNew)
        }
        guard steps else { return (out, isNew) }
        // Every undo and redo numbered as its target now is.
        var seqOf: [String: Int] = [:]
        seqOf.reserveCapacity(out.count)
        for entry in out { seqOf[entry.id] = entry.seq }
        for k in out.indices {
            switch out[k].change {
            case .undo(var step): step.undoes = step.target.flatMap { seqOf[$0] } ?? step.undoes; out[k].change = .undo(step)
            case .redo(var step): step.undoes = step.target.flatMap { seqOf[$0] } ?? step.undoes; out[k].change = .redo(step)
            default: break
            }
        }
        return (out, isNew)
    }

    /// `entries` as a team's file holds them: in `JournalOrder`, numbered from 1, each with its clock written.
    /// An undo or redo that names its target only by position (version 1) gets the target's id, and every one its
    /// target's new position.
    public static func ordered(_ entries: [JournalEntry]) -> [JournalEntry] {
        let idAt = Dictionary(entries.map { ($0.seq, $0.id) }, uniquingKeysWith: { a, _ in a })
        var out = entries.map { entry -> JournalEntry in
            var copy = entry
            copy.clock = entry.order.clock
            switch entry.change {
            case .undo(var step) where step.target == nil:
                step.target = idAt[step.undoes]
                copy.change = .undo(step)
            case .redo(var step) where step.target == nil:
                step.target = idAt[step.undoes]
                copy.change = .redo(step)
            default: break
            }
            return copy
        }
        out.sort { $0.order < $1.order }
        var seqOf: [String: Int] = [:]
        for i in out.indices {
            out[i].seq = i + 1
            seqOf[out[i].id] = i + 1
        }
        for i in out.indices {
            switch out[i].change {
            case .undo(var step): step.undoes = step.target.flatMap { seqOf[$0] } ?? step.undoes; out[i].change = .undo(step)
            case .redo(var step): step.undoes = step.target.flatMap { seqOf[$0] } ?? step.undoes; out[i].change = .redo(step)
            default: break
            }
        }
        return out
    }
}
