import PlanModel
import Foundation

extension StateStore {
    /// True when the journal holds entries written before this laptop joined a team (neither device nor clock).
    var hasEarlyEntries: Bool { state.entries.contains { $0.device == nil && $0.clock == nil } }

    /// Makes the entries this laptop wrote before it joined a team (neither device nor clock) this laptop's team
    /// entries, once, as the journal becomes a team's: each gets this device, its position as its clock and, as
    /// `seen`, the earlier writes of its value (written here one after another, each had seen the one before). So a
    /// colleague's change of the same value made before the team began is a conflict like any concurrent change,
    /// and undo knows them as this laptop's. The journal is written again (a new file renamed into place); call it
    /// under the journal's lock, after `catchUp`, with no unsaved entries.
    func adoptEarlyEntries() throws(StoreError) {
        guard hasEarlyEntries, let device = state.localDevice else { return }
        var year = YearState(signed: state.signed, device: device)
        var adopted: [JournalEntry] = []
        adopted.reserveCapacity(state.entries.count)
        year.beginReplay(expectedEntries: state.entries.count)
        for var entry in state.entries {
            if entry.device == nil && entry.clock == nil {
                entry.clock = entry.order.clock
                entry.device = device
                entry.seen = year.seen(for: entry.change)
            }
            year.apply(entry)
            adopted.append(entry)
        }
        year.endReplay()
        let entries = JournalMerge.ordered(adopted)
        let planName = URL(fileURLWithPath: planPath).lastPathComponent
        try rewrite(entries, text: StateFormat.text(planName: planName, entries: entries, version: 3))
    }
}
