import Foundation

/// The one value replayed from the plan as signed plus the journal's entries in order: the current
/// plan, the marks, the realisation, the undo/redo stacks, per-row history, orphans and counts.
/// The store and the dashboard read this same value (docs/STATE-V2.md).
///
/// `apply` costs the size of the change: a value kind touches one dictionary slot; an `edit`
/// patches the rows it names; `add`/`remove`/`move` replace the rows of the areas they touch (and,
/// while replaying a whole journal, the row list is rebuilt only once at the end).
public struct YearState: Sendable {
    /// The plan as signed.
    public let signed: Plan
    /// The plan as it now is: texts, rows and order after every edit; every row's id as frozen at load.
    public internal(set) var plan: Plan
    /// Current marks, indexed like `plan.rows`.
    public internal(set) var marks: [MonthSet]
    public internal(set) var realisation = Realisation()
    /// Every entry, oldest first (`entries[i].seq == i + 1`).
    public internal(set) var entries: [JournalEntry] = []
    /// The `seq` of this laptop's entries that can be undone / redone, most recent last (`localDevice`).
    public internal(set) var undoStack: [Int] = []
    public internal(set) var redoStack: [Int] = []
    /// This laptop's device id: entries of other devices go on their own stacks, so undo takes back only ours.
    /// Entries without a device (written before a team began) count as this laptop's.
    public let localDevice: String?
    /// Other devices whose entries are this laptop's too: the `early-…` device of the entries its journal held when it
    /// joined a team (`DeviceIdentity.aliases`). Set before a replay: the undo stacks are sorted by it as entries apply.
    public var localAliases: Set<String> = []
    /// The undo and redo stacks of every other device, by device id.
    var otherStacks: [String: DeviceStacks] = [:]
    /// The highest logical clock of any entry (an entry without one: its position); a new entry gets one more.
    public internal(set) var maxClock = 0
    /// True once an entry with a logical clock was applied (a team's journal, version 3).
    public internal(set) var isTeam = false
    /// How many entries have neither device nor clock (written before their journal joined a team).
    public internal(set) var earlyEntries = 0
    /// The heads of every value a team's entries changed, built when the first team entry is applied (YearState+Team).
    var conflictIndex: ConflictIndex?
    /// The version-1 view of the mark entries (`set`, and undo/redo of a `set`), oldest first.
    public internal(set) var markHistory: [ChangeEntry] = []
    /// Rows × months whose mark differs from the row's months as planned (signed, or as added).
    public internal(set) var changedCells = 0
    /// The year's progress once asked for (`keepProgress`), kept by `apply` whoever applies (YearState+Progress).
    public internal(set) var progress: ProgressTracker?

    /// Marks set by entries, by row (also for rows removed or not in the plan, so undo brings them back).
    var marksByRow: [RowID: MonthSet] = [:]
    /// A row's texts (indikator, ket) written while the row was gone (a colleague's edit of a row another removed,
    /// at once): put on the row when an undo of its removal brings it back, so the edit is not lost.
    var textsOfAbsentRows: [RowID: [PlanTextField: String]] = [:]
    /// What each removal took out of the tree as this replay had it, by the removal's first row: an undo puts that back,
    /// not the entry's snapshot, which a laptop that had not yet seen a colleague's edit or added row took without it.
    var removedSubtrees: [RowID: PlanSubtree] = [:]
    var seqByID = EntryIndex()
    /// Ids of `realisation.evidence`, so an add checks for a duplicate without a scan.
    var evidenceIDs: Set<String> = []
    /// Per-row history as linked lists in one flat array (no array per row): `rowLinks[i]` is an entry's seq and
    /// the index of the same row's previous link (-1 at the first); `lastLinkByRow` the row's newest link.
    var rowLinks: [(seq: Int32, previous: Int32)] = []
    var lastLinkByRow: [RowID: Int32] = [:]
    /// Built at the first edit of the tree.
    var tree: PlanTree?
    /// While replaying: the tree changed and `plan` is stale until `rebuild()`.
    var planIsStale = false
    var batching = false

    public init(signed: Plan, device: String? = nil, aliases: Set<String> = []) {
        self.signed = signed
        plan = signed
        marks = signed.baselineMarks
        localDevice = device
        localAliases = aliases
    }

    /// The plan as signed plus `entries`, replayed with one rebuild of the row list at the end.
    public init<S: Sequence>(signed: Plan, device: String? = nil, aliases: Set<String> = [], entries: S) where S.Element == JournalEntry {
        self.init(signed: signed, device: device, aliases: aliases)
        replay(entries)
    }

    /// True when `entry` is this laptop's: its device, one of its aliases, or none (written before a team began).
    public func isLocal(_ entry: JournalEntry) -> Bool {
        entry.device == nil || entry.device == localDevice || localAliases.contains(entry.device!)
    }

    /// Applies many entries, rebuilding the plan's row list once at the end.
    public mutating func replay<S: Sequence>(_ entries: S) where S.Element == JournalEntry { replay(Array(entries)) }

    /// Applies many entries (an array: not through a generic sequence, whose per-entry cost showed at 100,000).
    public mutating func replay(_ entries: [JournalEntry]) {
        beginReplay(expectedEntries: entries.count)
        for entry in entries { apply(entry) }
        endReplay()
    }

    /// Starts applying a long run of entries one by one (`apply`), as `replay` does: structural edits rebuild
    /// the row list once, at `endReplay()`. With `expectedEntries` of 1,024 or more, room for them is made at
    /// once (not for a few, where reserving the exact count would reallocate at every refresh), with half as
    /// much again: the count is an estimate (bytes ÷ a line's usual length), and growing the entries and
    /// their index past it copies and rehashes them all once (what pages are not used are never touched).
    public mutating func beginReplay(expectedEntries: Int) {
        batching = true
        guard expectedEntries >= 1_024 else { return }
        let room = expectedEntries + expectedEntries / 2
        entries.reserveCapacity(entries.count + room)
        seqByID.reserveCapacity(seqByID.count + room)
        rowLinks.reserveCapacity(rowLinks.count + room)
        // At most one slot per row of the plan (and a few the plan lacks).
        lastLinkByRow.reserveCapacity(min(lastLinkByRow.count + room, plan.rows.count + 1_024))
    }

    /// Ends what `beginReplay` started: the row list rebuilt if the tree changed.
    public mutating func endReplay() {
        batching = false
        if planIsStale { rebuild() }
    }

    public var canUndo: Bool { !undoStack.isEmpty }
    public var canRedo: Bool { !redoStack.isEmpty }

    /// The entry with this seq.
    public func entry(seq: Int) -> JournalEntry? { entries.indices.contains(seq - 1) ? entries[seq - 1] : nil }
    /// The entry with this id.
    public func entry(id: String) -> JournalEntry? { seqByID[id].flatMap { entry(seq: $0) } }

    /// The entries about one row, newest first (undo/redo entries count for their target's row).
    public func history(of row: RowID) -> [JournalEntry] {
        var out: [JournalEntry] = []
        var link = lastLinkByRow[row] ?? -1
        while link >= 0 {
            out.append(entries[Int(rowLinks[Int(link)].seq) - 1])
            link = rowLinks[Int(link)].previous
        }
        return out
    }

    /// Entries about a row the current plan lacks and this journal never deleted nor added (a state file of another
    /// plan, or a plan changed under it): kept and reported, never dropped. A row an `add` made and an undo took
    /// back is the journal's own history, not another plan's.
    public var orphans: [JournalEntry] {
        var own = removedRows
        for entry in entries { if case .add(let addition) = entry.change { own.insert(addition.row) } }
        return entries.filter { entry in rows(of: entry).contains { plan.rowIndex(of: $0) == nil && !own.contains($0) } }
    }

    /// Entries about rows this journal itself deleted (a `remove` entry) and that are still gone: their
    /// realisation, evidence and notes stay on record, and `undo` of the removal brings them back.
    public var recordsOfDeletedRows: [JournalEntry] {
        let removed = removedRows
        return entries.filter { entry in
            let absent = rows(of: entry).filter { plan.rowIndex(of: $0) == nil }
            return !absent.isEmpty && absent.allSatisfy(removed.contains)
        }
    }

    /// The mark of one cell now (false for a row the plan lacks).
    public func mark(_ row: RowID, _ month: Month) -> Bool {
        plan.rowIndex(of: row).map { marks[$0].contains(month) } ?? false
    }

    /// The entry an undo would take back now.
    public var nextUndo: JournalEntry? { undoStack.last.flatMap { entry(seq: $0) } }
    /// The entry a redo would put again now.
    public var nextRedo: JournalEntry? { redoStack.last.flatMap { entry(seq: $0) } }

    // MARK: Asking about structure (to make an entry)

    /// The removal of the group of `level` holding `row`, widened to the level that leaves no empty
    /// group; nil when the plan lacks the row.
    public mutating func removal(of row: RowID, level: PlanLevel) -> RowRemoval? {
        if tree == nil { tree = PlanTree(plan) }
        let level = tree!.removalLevel(level, holding: row)
        guard let (snapshot, anchor) = tree!.removal(level, holding: row) else { return nil }
        return RowRemoval(rows: snapshot.indicators.map { $0.id! }, snapshot: snapshot, anchor: anchor)
    }

    /// Whether the group of `level` holding `row` can move one place up or down within its parent.
    public mutating func canMove(_ row: RowID, level: PlanLevel, up: Bool) -> Bool {
        if tree == nil { tree = PlanTree(plan) }
        return tree!.canMove(level, holding: row, up: up)
    }

    /// Where an indicator is within its sub kegiatan (after or before a neighbour); nil when it is alone.
    public mutating func place(of row: RowID) -> Anchor? {
        if tree == nil { tree = PlanTree(plan) }
        return tree!.removal(.indikator, holding: row)?.1
    }

    // MARK: Applying

    /// Applies one entry (appended as the next one; its `seq` is taken as given): by its kind (`JournalKind.enter`).
    public mutating func apply(_ entry: JournalEntry) {
        defer { if progress != nil { noteProgress(of: entry) } }
        let seq = entries.count + 1
        entries.append(entry)
        seqByID[entry.id] = seq
        maxClock = max(maxClock, entry.clock ?? seq)
        if entry.clock == nil && entry.device == nil { earlyEntries += 1 }
        defer { noteTeamEntry(entry, seq: seq) }
        enter(entry.change, seq: seq, entrySeq: entry.seq, owner: isLocal(entry) ? nil : entry.device)
    }

    /// Runs `body` on the undo and redo stacks of `owner` (nil: this laptop's).
    @discardableResult
    mutating func withStacks<T>(of owner: String?, _ body: (inout [Int], inout [Int]) -> T) -> T {
        guard let owner else { return body(&undoStack, &redoStack) }
        // Taken out of the dictionary while changed: a copy left in it would make every append copy the whole stack
        // (quadratic over a colleague's 100,000 entries).
        var stacks = otherStacks.removeValue(forKey: owner) ?? DeviceStacks()
        defer { otherStacks[owner] = stacks }
        return body(&stacks.undo, &stacks.redo)
    }

    /// Adds `seq` to the history of `row`.
    mutating func link(_ row: RowID, _ seq: Int) {
        let index = Int32(rowLinks.count)
        func exchange(_ head: inout Int32) -> Int32 {
            let previous = head
            head = index
            return previous
        }
        // One lookup: the row's old head out, the new one in.
        rowLinks.append((Int32(seq), exchange(&lastLinkByRow[row, default: -1])))
    }

    /// Changes one cell's record in place (dropped when it has nothing left): for the kinds that record cells.
    mutating func updateCell(_ row: RowID, _ month: Month, _ change: (inout CellRecord) -> Void) {
        // The row's months changed in place (one lookup); the row dropped only when it has nothing left.
        func update(_ months: inout [Month: CellRecord]) -> Bool {
            var record = months[month] ?? CellRecord()
            change(&record)
            months[month] = record.isEmpty ? nil : record
            return months.isEmpty
        }
        // A row's first record makes room for three months at once (a row records a few), not 1, 2 then 3.
        if update(&realisation.cells[row, default: Dictionary(minimumCapacity: 3)]) { realisation.cells[row] = nil }
    }

    /// Sets one √ (the `set` kind, and undo/redo of one): the marks and the count of changed cells kept in step.
    mutating func setMark(_ row: RowID, _ month: Month, _ on: Bool) {
        let index = planIsStale ? nil : plan.rowIndex(of: row)
        // While a replay has left `plan` stale, a row first marked starts from its months in the tree (not from none).
        let current = index.map { marks[$0] } ?? currentMarks(of: row) ?? MonthSet()
        func update(_ months: inout MonthSet?) {
            if months == nil { months = current }
            months!.set(month, on)
        }
        update(&marksByRow[row])
        guard let index else { return }
        let before = marks[index].contains(month) != plan.rows[index].baseline.contains(month)
        marks[index].set(month, on)
        changedCells += (on != plan.rows[index].baseline.contains(month) ? 1 : 0) - (before ? 1 : 0)
    }

    /// The row's months now: its marks, or while a replay has left `plan` stale, its months as planned in the tree.
    private func currentMarks(of row: RowID) -> MonthSet? {
        if planIsStale { return tree?.indicator(row)?.months }
        guard let index = plan.rowIndex(of: row) else { return nil }
        return marks[index]
    }
}
