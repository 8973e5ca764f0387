import PlanModel
import Foundation

extension StateStore {
    /// True when the journal holds entries written before this laptop joined a team (neither device nor clock).
    var hasEarlyEntries: Bool { state.earlyEntries > 0 }

    /// Makes the entries written before this journal joined a team (neither device nor clock) team entries, once,
    /// as the journal becomes a team's: each gets the device `early-…` worked out from the first of them
    /// (`JournalEntry.earlyDevice`), its position as its clock and, as `seen`, the earlier writes of its value
    /// (written one after another, each had seen the one before). The result depends on the entries alone, so two
    /// laptops holding one copied history make the same entries of it; a colleague's change of the same value from
    /// before the team began is a conflict like any concurrent change. This laptop keeps the `early-…` device as its
    /// own (`DeviceIdentity.aliases`) when its user wrote at least one of those entries (`by`), so its undo takes
    /// them back; a colleague's laptop holding a copy of that history (a clone, a copied file) does not, so its undo
    /// never takes back what the history's writer did. The journal is written
    /// again (a new file renamed into place); call it under the journal's lock, after `catchUp`, with no unsaved
    /// entries.
    func adoptEarlyEntries() throws(StoreError) {
        guard hasEarlyEntries, let device = state.localDevice,
              let first = state.entries.first(where: { $0.device == nil && $0.clock == nil }) else { return }
        let early = JournalEntry.earlyDevice(of: first)
        if state.entries.contains(where: { $0.device == nil && $0.clock == nil && $0.by == user }) {
            if remembersAliases { try DeviceIdentity.addAlias(early) }
            state.localAliases.insert(early)
        }
        var year = YearState(signed: state.signed, device: device, aliases: state.localAliases)
        var adopted: [JournalEntry] = []
        adopted.reserveCapacity(state.entries.count)
        year.beginReplay(expectedEntries: state.entries.count)
        for var entry in state.entries {
            if entry.device == nil && entry.clock == nil {
                entry.clock = entry.order.clock
                entry.device = early
                entry.seen = year.seen(for: entry.change)
            }
            year.apply(entry)
            adopted.append(entry)
        }
        year.endReplay()
        let entries = JournalMerge.ordered(adopted)
        let planName = URL(fileURLWithPath: planPath).lastPathComponent
        try rewrite(entries, bytes: Array(StateFormat.text(planName: planName, entries: entries, version: 3).utf8))
    }
}
