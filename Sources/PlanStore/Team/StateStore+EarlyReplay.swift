import PlanModel
import Foundation

/// A big merge's year replayed, and its new lines made, from before the merge's plan is made (`JournalMerge.plan`,
/// some 100 ms for 100,000 entries), on the bet that every entry arriving is new: the usual bundle or device file. Lost (some were here
/// already), it is stopped and thrown away, and the merge replays as before; the year adopted is the same either way.
struct EarlyReplay {
    /// The union of the journal and every entry arriving, replayed in the year's order.
    let replay: Background<YearState>
    /// The lines of every entry arriving, made and read back (`madeLines`), on a thread of their own too.
    let made: Background<Result<StateStore.MadeLines, StoreError>>
    let cancel: Cancellation
    /// How many entries arrived: the bet holds when the plan finds all of them new.
    let count: Int

    /// True when the merge's plan is the bet's: every entry new, so `plan.new` is what arrived, in its order.
    func holds(for plan: JournalMerge.Plan) -> Bool {
        plan.known == 0 && plan.new.count == count
    }

    /// Stops it and waits for its threads (a bet lost, a refusal): no thread outlives the merge.
    func discard() {
        cancel.cancel()
        _ = replay.value
        _ = made.value
    }
}

extension StateStore {
    /// True when the journal holds one of `earlyReplaySamples` entries taken evenly from `incoming` (the first among
    /// them): a bet lost before it is made (a bundle of everything its sender had, sent without `--since`).
    func holdsSome(of incoming: [JournalEntry]) -> Bool {
        let step = max(1, incoming.count / max(1, earlyReplaySamples))
        return stride(from: 0, to: incoming.count, by: step).contains { state.entry(id: incoming[$0].id) != nil }
    }

    /// Starts replaying the year of the journal with `incoming` merged in, when that is what a rewrite will replay
    /// if every entry is new: many entries, in the year's order, merging as they go, the first going before the
    /// journal's last (an append replays only what it adds). Nil otherwise. The new lines are made meanwhile too
    /// (`source` and `lines` as `merge` has them).
    func startEarlyReplay(_ incoming: [JournalEntry], source: String, lines: EntryLines?) -> EarlyReplay? {
        guard incoming.count >= earlyReplayMinimum, consumedBytes > 0, unsavedCount == 0,
              let last = state.entries.last, let first = incoming.first, JournalMerge.precedes(first, last),
              !holdsSome(of: incoming), incoming.withUnsafeBufferPointer(Self.inOrder),
              Self.mergesAsItGoes(state.entries, incoming) else { return nil }
        let cancel = Cancellation()
        earlyReplayTaken = false  // until the rewrite takes it
        let made = Background { Self.madeLines(new: incoming, newIndices: nil, source: source, lines: lines, cancel: cancel) }
        return EarlyReplay(replay: backgroundMergedReplay(held: state.entries, new: incoming, mergesAsItGoes: true, cancel: cancel),
                           made: made, cancel: cancel, count: incoming.count)
    }
}
