import Foundation
@testable import GanttUI
import PlanModel

/// A state store without a file: each change becomes an entry applied to its year, as `StateStore` does
/// after a durable save. `failing` makes every change throw, kept in memory as the dashboard's store does.
final class MemoryStore: YearStore {
    private(set) var state: YearState
    var failing: String?

    init(year: YearState) { state = year }
    convenience init(plan: Plan) { self.init(year: YearState(signed: plan)) }

    struct Refused: Error, SaveFailureReason { let saveFailureReason: String }

    /// Each intent through `YearState.change(for:)` (the store's own rule), new ids predictable for screens:
    /// `r-`/`e-` and the entry's number (in 12 hex digits for a row). While `failing`, the entries are applied
    /// and kept unsaved (as the dashboard's store keeps them) and the save throws.
    func record(_ intents: [Intent]) throws -> [JournalEntry?] {
        var made: [JournalEntry?] = []
        for intent in intents {
            let n = state.entries.count + 1
            var tries = 0
            let ids = NewIDs(row: { RowID("r-" + String(repeating: "0", count: 12 - String(n, radix: 16).count) + String(n, radix: 16)) },
                             evidence: { tries += 1; return tries == 1 ? "e-\(n)" : "e-\(n)-\(tries)" })
            let change: Change?
            do throws(IntentRefusal) {
                change = try state.change(for: intent, ids: ids)
            } catch {
                throw Refused(saveFailureReason: error.message)
            }
            guard let change else { made.append(nil); continue }
            // The intent's entry and what follows it in the same command, as the store records them.
            var pending = [change]
            var first: JournalEntry?
            while !pending.isEmpty {
                let entry = JournalEntry(seq: state.entries.count + 1, id: JournalEntry.newID(), at: Date(timeIntervalSince1970: 0),
                                         by: "tester", with: first?.id, change: pending.removeFirst())
                state.apply(entry)
                unsavedCount += 1
                first = first ?? entry
                pending += state.followUps(after: entry)
            }
            made.append(first)
        }
        _ = try writeUnsaved()
        return made
    }

    /// The dashboard's progress, built on this store's year: carried by it from now on, as `StateStore` does.
    func keepProgress(_ tracker: ProgressTracker) {
        if state.progress == nil { state.keepProgress(tracker) }
    }

    /// Changes applied while `failing`, not yet "written" (the dashboard's store keeps them in memory).
    private(set) var unsavedCount = 0

    /// "Writes" the changes kept in memory: refused while `failing`, as the disk refuses them.
    func writeUnsaved() throws -> JournalEntry? {
        guard unsavedCount > 0 else { return nil }
        if let failing { throw Refused(saveFailureReason: failing) }
        unsavedCount = 0
        return state.entries.last
    }
}

extension AppState {
    /// Presses `key` in place, its changes saved in an in-memory store holding the state's year: the year is
    /// handed to the store while it records (as the event loop does), so nothing is copied.
    mutating func press(_ key: Key) {
        let effects = update(&self, Keymap.action(for: key, in: self))
        _ = runEffects(effects, on: &self, store: MemoryStore(year: year))
    }

    /// The state after `action` and its effects, run through an in-memory store holding the state's year.
    func after(_ action: Action) -> AppState {
        var next = self
        let effects = update(&next, action)
        _ = runEffects(effects, on: &next, store: MemoryStore(year: next.year))
        return next
    }
}
