import PlanModel
import Foundation
import RencanaText

/// The one entry point for changes: a command's intents become entries whose old values the year works
/// out (`YearState.change(for:)`), each checked to read back as written, then saved in one append: all
/// of a command's entries or none.
extension StateStore {
    /// Records one intent; nil when nothing would change.
    @discardableResult
    public func record(_ intent: Intent) throws(StoreError) -> JournalEntry? {
        try record([intent])[0]
    }

    /// Records a command's intents, in order (each sees the ones before it), after merging what others
    /// saved. Everything is checked before the first byte is written; then the entries go in one write and
    /// one `fsync`. A refused intent or a failed write records none of them (the dashboard keeps the
    /// entries already made as unsaved, as before). Returns the entry of each intent, nil where nothing changed.
    @discardableResult
    public func record(_ intents: [Intent]) throws(StoreError) -> [JournalEntry?] {
        do {
            try refresh()
        } catch {
            if !keepsUnsavedChanges { throw error }
        }
        var made: [Int?] = []  // each intent's place among the new entries
        var added = 0
        var first: String?  // the command's first entry: every later one names it (`with`), so one undo takes all back
        do throws(StoreError) {
            for intent in intents {
                let change: Change?
                do throws(IntentRefusal) {
                    change = try state.change(for: intent, ids: newIDs)
                } catch {
                    throw StoreError(file: error.aboutJournal ? url.path : planPath, message: error.message)
                }
                guard let change else { made.append(nil); continue }
                made.append(added)
                // The intent's entry, then what follows it in the same command (`YearState.followUps`).
                var pending = [change]
                while !pending.isEmpty {
                    var entry = makeEntry(pending.removeFirst())
                    entry.with = first
                    try checkReadsBack(entry)
                    state.apply(entry)
                    noteChange(entry, endingAt: nil)
                    unsavedCount += 1
                    added += 1
                    first = first ?? entry.id
                    pending += state.followUps(after: entry)
                }
            }
        } catch {
            dropUnsaved(last: added)
            throw error
        }
        guard added > 0 else { return made.map { _ in nil } }
        do {
            try retrySaving()
        } catch {
            if !keepsUnsavedChanges { dropUnsaved(last: unsavedCount) }
            throw error
        }
        // Others' entries merged while saving come before these: read them from the end of the journal.
        let mine = Array(state.entries.suffix(added + unsavedCount).prefix(added))
        return made.map { $0.map { mine[$0] } }
    }

    /// Refuses an entry the reader would refuse or read differently (an id, a text too long, …): the
    /// writer's rule is the reader's.
    func checkReadsBack(_ entry: JournalEntry) throws(StoreError) {
        let line = Array(StateFormat.line(for: entry).utf8)
        let read: JournalEntry
        do throws(FormatProblem) {
            read = try StateFormat.entry(line[...])
        } catch {
            throw StoreError(file: planPath, message: error.message)
        }
        guard read.change == entry.change, read.id == entry.id, read.seq == entry.seq else {
            throw StoreError(file: planPath, message: Text.State.wouldNotReadBack(kind: entry.change.kind))
        }
    }
}

extension StateStore {
    /// The longest text a change may carry (longer is refused), for a command to check before it writes.
    public static var maxTextLength: Int { JournalEntry.maxTextLength }
}
