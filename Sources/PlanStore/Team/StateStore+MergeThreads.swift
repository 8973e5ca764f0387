import PlanModel
import Foundation

/// A year handed to another thread whole: taken out of here there, so that it is held once and changed in place
/// (a year held twice is copied at its first change: 100,000 entries and their index).
final class HandedYear: @unchecked Sendable {
    private var year: YearState?  // taken by the one thread the year was handed to

    init(_ year: YearState) { self.year = year }

    func take() -> YearState {
        defer { year = nil }
        return year!
    }
}

/// Tells work on another thread that its result is no longer wanted (a replay begun on a bet that was lost).
final class Cancellation: @unchecked Sendable {
    private let lock = NSLock()
    private var cancelled = false  // under `lock`

    func cancel() {
        lock.lock()
        cancelled = true
        lock.unlock()
    }

    var isCancelled: Bool {
        lock.lock()
        defer { lock.unlock() }
        return cancelled
    }
}

/// Work done on a thread of its own while the caller goes on (a merge's halves on two cores: writing the file, and
/// replaying the year or checking the new lines); `value` waits for it. The work shares nothing mutable: it gets
/// copies (arrays are values) and returns its result.
final class Background<T>: @unchecked Sendable {
    private var result: T?  // written by the thread before it signals
    private var waited = false  // read and written by the owner's thread only
    private let finished = DispatchSemaphore(value: 0)

    /// Starts `work` on a thread of its own; `here` runs it at once on this one instead (work too small to be worth a
    /// thread: a dashboard merging a colleague's one new entry).
    init(here: Bool = false, _ work: @escaping @Sendable () -> T) {
        if here {
            result = work()
            waited = true
            return
        }
        let thread = Thread { [self] in
            result = work()
            finished.signal()
        }
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// The work's result (waits for the thread the first time).
    var value: T {
        if !waited {
            finished.wait()
            waited = true
        }
        return result!
    }
}

extension StateStore {
    /// This journal's year replayed from `entries` (what `adopt` takes after a whole file was written): this laptop's
    /// device and aliases, the progress kept when the store keeps it.
    func replayed(_ entries: [JournalEntry]) -> YearState {
        Self.replayed(signed: state.signed, device: state.localDevice, aliases: state.localAliases, entries: entries,
                      keepProgress: state.progress != nil)
    }

    /// The same, on a thread of its own.
    func backgroundReplay(of entries: [JournalEntry]) -> Background<YearState> {
        let (signed, device, aliases, keep) = (state.signed, state.localDevice, state.localAliases, state.progress != nil)
        return Background { Self.replayed(signed: signed, device: device, aliases: aliases, entries: entries, keepProgress: keep) }
    }

    /// The year of the journal `held` with `new` merged into it (`JournalMerge.interleaved`, else `ordered`), replayed
    /// on a thread of its own. When every entry has its clock and none is an undo or redo (whose numbers change with the
    /// merge), each is applied as the merge reaches it: the replay starts at once, without the list of the union made
    /// first (the caller makes it meanwhile, for the file). The same year as `replayed(entries)` either way.
    /// `mergesAsItGoes`: whether `held` and `new` are known to merge that way.
    /// `cancel`, when set, stops the replay within a few thousand entries (its year, partial, is then thrown away).
    func backgroundMergedReplay(held: [JournalEntry], new: [JournalEntry], mergesAsItGoes: Bool,
                                cancel: Cancellation? = nil) -> Background<YearState> {
        let (signed, device, aliases, keep) = (state.signed, state.localDevice, state.localAliases, state.progress != nil)
        return Background {
            guard mergesAsItGoes else {
                let entries = JournalMerge.interleaved(held, new)?.entries ?? JournalMerge.ordered(held + new)
                return Self.replayed(signed: signed, device: device, aliases: aliases, entries: entries, keepProgress: keep)
            }
            var year = YearState(signed: signed, device: device, aliases: aliases)
            year.beginReplay(expectedEntries: held.count + new.count)
            var i = 0, j = 0, seq = 0
            while i < held.count || j < new.count {
                let takeNew = j < new.count && (i == held.count || JournalMerge.precedes(new[j], held[i]))
                var entry = takeNew ? new[j] : held[i]
                if takeNew { j += 1 } else { i += 1 }
                seq += 1
                entry.seq = seq
                year.apply(entry)
                if seq & 4_095 == 0, let cancel, cancel.isCancelled { break }
            }
            year.endReplay()
            if keep { _ = year.keepProgress() }
            return year
        }
    }

    /// True when the journal `held` and the new entries `new` merge as they go: every entry has its clock, none is
    /// an undo or redo (numbered as their targets end up), and `held` is in the year's order.
    static func mergesAsItGoes(_ held: [JournalEntry], _ new: [JournalEntry]) -> Bool {
        // Read in place (no entry copied, retained and released: 200,000 of them cost some 40 ms).
        func plain(_ entries: UnsafeBufferPointer<JournalEntry>) -> Bool {
            for k in entries.indices {
                guard entries[k].clock != nil else { return false }
                switch entries[k].change {
                case .undo, .redo: return false
                default: continue
                }
            }
            return true
        }
        return held.withUnsafeBufferPointer { held in
            plain(held) && new.withUnsafeBufferPointer(plain) && Self.inOrder(held)
        }
    }

    /// True when each entry goes after the one before it in the year's order.
    static func inOrder(_ entries: UnsafeBufferPointer<JournalEntry>) -> Bool {
        guard entries.count > 1 else { return true }
        for k in 1..<entries.count where !JournalMerge.precedes(entries[k - 1], entries[k]) { return false }
        return true
    }

    private static func replayed(signed: Plan, device: String?, aliases: Set<String>, entries: [JournalEntry],
                                 keepProgress: Bool) -> YearState {
        var year = YearState(signed: signed, device: device, aliases: aliases, entries: entries)
        if keepProgress { _ = year.keepProgress() }
        return year
    }
}
