import Foundation
import RencanaText

/// The undo and redo stacks of one device (`seq`s, most recent last).
struct DeviceStacks: Sendable {
    var undo: [Int] = []
    var redo: [Int] = []
}

/// The heads of every value a team's entries changed: the writes of that value no later write has seen. Two
/// heads with different values are a conflict (docs/TEAM.md).
struct ConflictIndex: Sendable {
    /// Heads by value, as `seq`s in the year's order.
    var heads: [ValueKey: [Int]] = [:]
    /// The values whose heads disagree.
    var conflicted: Set<ValueKey> = []
    /// The value each head of a group's title was keyed under when it was written (`seq` → key): an edit names the
    /// group by a row, and a colleague's move can put that row in another group in the year's order, so an entry may
    /// have seen a head that now stands under another key.
    var titleHeadKey: [Int: ValueKey] = [:]
    /// The writes taken back by an undo (`seq`s): they stop being heads, and what they had overwritten is a head again
    /// unless a live write has seen it (docs/TEAM.md, "Undo and conflicts").
    var takenBack: Set<Int> = []
    /// The latest redo of an entry (target `seq` → the redo's `seq`): the write a later undo of it takes back.
    var putAgain: [Int: Int] = [:]
    /// The write each undo took back (the undo's `seq` → its victim's).
    var victimOf: [Int: Int] = [:]
}

extension Change {
    /// True for an undo or a redo.
    var isStep: Bool {
        switch self {
        case .undo, .redo: true
        default: false
        }
    }
}

extension ValueKey {
    /// True for a title of a sub kegiatan, kegiatan or area (keyed by the group's founder).
    var isGroupTitle: Bool { kind == .edit && (part == "sub" || part == "kegiatan" || part == "area") }
}

/// A value two laptops changed without either having seen the other's change, with different results.
public struct Conflict: Equatable, Sendable {
    public let key: ValueKey
    /// The concurrent writes, in the year's order: the last one's value is the one shown.
    public let entries: [JournalEntry]
    /// What each of them wrote (as `Change.write` says it).
    public let values: [String]
}

extension YearState {
    /// The value an entry writes: its own change's, or for an undo/redo the value it puts back or again.
    public func write(of entry: JournalEntry) -> (key: ValueKey, value: String)? {
        switch entry.change {
        case .undo(let step), .redo(let step):
            if let mark = step.mark { return Change.set(mark).write }
            guard let target = step.target.flatMap({ self.entry(id: $0) }) ?? (step.target == nil ? self.entry(seq: step.undoes) : nil)
            else { return nil }
            if case .undo = entry.change { return target.change.inverse.flatMap(write(of:)) }
            return write(of: target.change)
        default:
            return write(of: entry.change)
        }
    }

    /// The value a change writes (`Change.write`), a group's title keyed by the group: one value, whichever of its
    /// rows an edit names (the group's founder: its first row when it came into the plan, the same on every laptop).
    func write(of change: Change) -> (key: ValueKey, value: String)? {
        if case .edit(let e) = change, e.field != .indikator, e.field != .ket {
            return (ValueKey(.edit, row: founder(e.field, holding: e.row).rawValue, part: e.field.rawValue), e.new)
        }
        return change.write
    }


    /// The founder of the sub kegiatan, kegiatan or area whose title `field` is `row`'s: its first row when it came
    /// into the plan (before any change of structure, its first row now); `row` when it is gone.
    func founder(_ field: PlanTextField, holding row: RowID) -> RowID {
        if let tree { return tree.founder(field, holding: row) ?? row }
        return plan.rowsHolding(field, of: row).map { plan.rows[$0.lowerBound].id } ?? row
    }

    /// The ids a new entry making `change` has seen of its value: the value's heads now (empty outside a team).
    public mutating func seen(for change: Change) -> [String] {
        guard isTeam else { return [] }
        let probe = JournalEntry(seq: entries.count + 1, id: "", at: Date(), by: "", change: change)
        guard let key = write(of: probe)?.key else { return [] }
        ensureConflictIndex()
        return (conflictIndex!.heads[key] ?? []).map { entries[$0 - 1].id }
    }

    /// Every value in conflict now, in the year's order of their first write.
    public var conflicts: [Conflict] {
        guard let index = conflictIndex else { return [] }
        return index.conflicted.compactMap { key -> Conflict? in
            guard let heads = index.heads[key], heads.count > 1 else { return nil }
            let all = heads.map { (entry: self.entries[$0 - 1], value: write(of: self.entries[$0 - 1])?.value ?? "") }
            // An undo that put back the value one of the writes has is not listed as a write of its own.
            let writes = all.filter { head in
                !head.entry.change.isStep || !all.contains { !$0.entry.change.isStep && $0.value == head.value }
            }
            return Conflict(key: key, entries: writes.map(\.entry), values: writes.map(\.value))
        }.sorted { $0.entries[0].seq < $1.entries[0].seq }
    }

    /// Refuses to undo or redo `target` when another device wrote its value since (or at once, and won): who and when.
    func checkNotOverwritten(_ target: JournalEntry, redo: Bool = false) throws(IntentRefusal) {
        guard isTeam, let index = conflictIndex, let key = write(of: target)?.key,
              let winner = index.heads[key]?.last.map({ entries[$0 - 1] }) else { return }
        guard !isLocal(winner) else { return }
        throw IntentRefusal(redo ? Text.TeamUX.overwrittenSinceRedo(by: winner.by, at: winner.atText)
                                 : Text.Team.overwrittenSince(by: winner.by, at: winner.atText), aboutJournal: true)
    }

    /// Builds the conflict index from every entry so far, once a team entry arrives.
    mutating func ensureConflictIndex() {
        guard conflictIndex == nil else { return }
        conflictIndex = ConflictIndex()
        for seq in entries.indices.map({ $0 + 1 }) { noteWrite(seq: seq) }
    }

    /// After `apply`: marks the year a team's once an entry has a clock, and keeps the heads of its value.
    mutating func noteTeamEntry(_ entry: JournalEntry, seq: Int) {
        if entry.clock != nil && !isTeam {
            isTeam = true
            ensureConflictIndex()
        } else if conflictIndex != nil {
            noteWrite(seq: seq)
        }
    }

    /// The entry at `seq` becomes a head of its value; the heads it has seen stop being heads. An entry without a
    /// device (written before its laptop joined a team) has seen every earlier such entry and no team entry.
    private mutating func noteWrite(seq: Int) {
        let entry = entries[seq - 1]
        guard let key = write(of: entry)?.key else { return }
        // The index out of the year while it changes (uniquely held: its heads changed in place, one lookup).
        var index = conflictIndex!
        conflictIndex = nil
        defer { conflictIndex = index }
        func disagree(_ heads: [Int]) -> Bool {
            guard heads.count > 1 else { return false }
            let first = write(of: entries[heads[0] - 1])?.value ?? ""
            return heads.dropFirst().contains { (write(of: entries[$0 - 1])?.value ?? "") != first }
        }
        // An undo takes back its target's latest write (the target, or its latest redo); a redo is a new write.
        var victim: Int?
        if case .undo(let step) = entry.change, step.mark == nil || step.target != nil, let target = targetSeq(of: step), target < seq {
            victim = index.putAgain[target] ?? target
            index.victimOf[seq] = victim
        } else if case .redo(let step) = entry.change, let target = targetSeq(of: step), target < seq {
            index.putAgain[target] = seq
        }
        // Heads put back by an undo may lie beneath what this entry saw (through a write since taken back): a head it
        // did not name and older than one it did. When it names every head, each goes below anyway: nothing is looked up.
        let mayWalk = !index.takenBack.isEmpty && !entry.seen.isEmpty
        func unnamedHead(_ heads: [Int]) -> Bool { heads.contains { !entry.seen.contains(entries[$0 - 1].id) } }
        func walk(_ heads: inout [Int]) {
            let seen = entry.seen.compactMap { seqByID[$0] }.filter { $0 != victim }
            if let newest = seen.max(), heads.contains(where: { $0 < newest && !seen.contains($0) }) {
                let below = reach(from: seen, downTo: heads.min() ?? seq, index: index)
                heads.removeAll { below.contains($0) }
            }
        }
        // The heads it has seen go, it comes: reads nothing of the index (changed in place in it).
        func settle(_ heads: inout [Int]) {
            if entry.device == nil {
                heads.removeAll { entries[$0 - 1].device == nil }
            } else {
                // What it saw; for a group's title also this laptop's own earlier writes (in its past, even when a
                // colleague's move made them, in the year's order, writes of a title it did not know it was writing).
                let title = key.isGroupTitle, clock = entry.order.clock
                heads.removeAll {
                    entry.seen.contains(entries[$0 - 1].id)
                        || (title && entries[$0 - 1].device == entry.device && entries[$0 - 1].order.clock < clock)
                }
            }
            heads.append(seq)
        }
        // The victim stops being a head; the live writes it had overwritten that no head has seen are heads again.
        func putBack(overwrittenBy victim: Int, into heads: inout [Int]) {
            index.takenBack.insert(victim)
            heads.removeAll { $0 == victim }
            var candidates: [Int] = [], stack = [victim], visited: Set<Int> = []
            while let next = stack.popLast() {
                for id in entries[next - 1].seen {
                    guard let s = seqByID[id], visited.insert(s).inserted, !heads.contains(s) else { continue }
                    if index.takenBack.contains(s) { stack.append(s) } else { candidates.append(s) }
                }
            }
            guard let lowest = candidates.min() else { return }
            let seenByHeads = reach(from: heads, downTo: lowest, index: index, includingFrom: false)
            heads.append(contentsOf: candidates.filter { !seenByHeads.contains($0) && write(of: entries[$0 - 1])?.key == key })
            heads.sort()
        }
        // A group's title: heads it saw that now stand under another group's key stop being heads there.
        if key.isGroupTitle && entry.device != nil {
            for id in entry.seen {
                guard let seen = self.entry(id: id)?.seq, let other = index.titleHeadKey[seen] else { continue }
                index.titleHeadKey[seen] = nil
                guard other != key else { continue }
                index.heads[other]?.removeAll { $0 == seen }
                if !disagree(index.heads[other] ?? []) { index.conflicted.remove(other) }
            }
            index.titleHeadKey[seq] = key
        }
        // The common write: its heads changed in place, one lookup (nil, changing nothing, when it needs the walk).
        func settleInPlace(_ heads: inout [Int]) -> Bool? {
            if mayWalk && unnamedHead(heads) { return nil }
            settle(&heads)
            return disagree(heads)
        }
        let disagreeing: Bool
        if victim == nil, let inPlace = settleInPlace(&index.heads[key, default: []]) {
            disagreeing = inPlace
        } else {
            // The heads out of the index while they change: the walk and an undo's put-back read the index.
            var heads = index.heads.removeValue(forKey: key) ?? []
            if mayWalk && unnamedHead(heads) { walk(&heads) }
            settle(&heads)
            if let victim, entries[victim - 1].device != nil { putBack(overwrittenBy: victim, into: &heads) }
            disagreeing = disagree(heads)
            index.heads[key] = heads
        }
        if disagreeing {
            index.conflicted.insert(key)
        } else if !index.conflicted.isEmpty {
            index.conflicted.remove(key)
        }
    }
}

extension YearState {
    /// The `seq` of an undo's or redo's target in the year (nil when it does not hold it).
    func targetSeq(of step: Step) -> Int? {
        guard let target = step.target else { return step.undoes }
        return seqByID[target]
    }

    /// Every entry at `from` or beneath it (what they saw, and so on) down to `lowest`: what they have seen, `from`
    /// itself included unless `includingFrom` is false. An undo has not seen the write it took back (nor, through it,
    /// what that write had overwritten); an entry without a device has seen every earlier one without a device.
    func reach(from: [Int], downTo lowest: Int, index: ConflictIndex, includingFrom: Bool = true) -> Set<Int> {
        var reached: Set<Int> = includingFrom ? Set(from) : [], stack = from
        while let next = stack.popLast() {
            let entry = entries[next - 1]
            if entry.device == nil {
                for s in Swift.stride(from: next - 1, through: lowest, by: -1) where entries[s - 1].device == nil {
                    reached.insert(s)
                }
                continue
            }
            let victim = index.victimOf[next]
            for id in entry.seen {
                guard let s = seqByID[id], s >= lowest, s != victim, reached.insert(s).inserted else { continue }
                stack.append(s)
            }
        }
        return reached
    }

    /// The change that writes again the value entry `id` wrote (one of a conflict's writes), its old value the
    /// value shown now. Refused when the entry is not a write of a value in conflict.
    func choice(of id: String) throws(IntentRefusal) -> Change {
        guard let entry = entry(id: id), let write = write(of: entry),
              conflictIndex?.conflicted.contains(write.key) == true, conflictIndex?.heads[write.key]?.contains(entry.seq) == true
        else { throw IntentRefusal(Text.Team.notAConflictWrite(id), aboutJournal: true) }
        let change: Change
        switch entry.change {
        case .undo(let step), .redo(let step):
            let target = step.mark.map { Change.set($0) } ?? step.target.flatMap { self.entry(id: $0)?.change }
            guard let target else { throw IntentRefusal(Text.Team.notAConflictWrite(id), aboutJournal: true) }
            if case .undo = entry.change, step.mark == nil {
                guard let inverse = target.inverse else { throw IntentRefusal(Text.Team.notAConflictWrite(id), aboutJournal: true) }
                change = inverse
            } else {
                change = target
            }
        default:
            change = entry.change
        }
        return rebased(change)
    }
}
