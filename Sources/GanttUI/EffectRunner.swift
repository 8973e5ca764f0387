import PlanModel

/// What the dashboard needs from the state store: its one value of the year, and the changes it can
/// record. `PlanStore.StateStore` conforms in the executable, so this module stays free of file access
/// and tests can use the real store.
public protocol YearStore: AnyObject {
    /// The year as the store holds it (the value the dashboard shows).
    var state: YearState { get }
    /// Records what the person asked (the old values worked out by `YearState.change(for:)`): each intent's
    /// entry, nil where nothing changed; all of them recorded or none.
    func record(_ intents: [Intent]) throws -> [JournalEntry?]
    /// Changes kept in memory because the disk refused them (written with the next save).
    var unsavedCount: Int { get }
    /// Writes the changes kept in memory; the last entry once they are written (nil: there were none).
    func writeUnsaved() throws -> JournalEntry?
    /// Carries `tracker` as the year's progress from now on (built on the value `state` gave, before any other
    /// change): the store's `apply` keeps it, so the store and the dashboard share one value.
    func keepProgress(_ tracker: ProgressTracker)
}

extension YearStore {
    public var unsavedCount: Int { 0 }
    public func writeUnsaved() throws -> JournalEntry? { nil }
}

/// What the event loop must do after the effects ran.
public struct EffectOutcome: Equatable, Sendable {
    public var quit = false
    public var fullRepaint = false
    /// The timers asked for (`Effect.wake`), in order.
    public var wakes: [Timer] = []

    /// A timer: deliver `wake`'s message after `after` milliseconds.
    public struct Timer: Equatable, Sendable {
        public var after: Int
        public var wake: Wake
    }
}

/// A search for the effect runner to start (`Effect.search`): the rows of the plan matching `query` among
/// `among` (nil: every row).
public struct SearchJob: Sendable {
    public let query: String
    public let among: [Int]?
    let index: SearchIndex
    let rowCount: Int

    /// Finds the rows, ascending: the scan, safe to run on another thread.
    public func run() -> [Int] { index.rows(matching: query, among: among ?? Array(0..<rowCount)) }
}

/// What the effect runner performs effects with: the state store, and where searches run.
public struct EffectPerformer {
    public var store: YearStore
    /// Starts a search elsewhere (another thread); its answer must come back as `.searchFinished` through
    /// `update`, where only the answer for the query still wanted is taken (a newer query wins). nil: the
    /// search runs here and now, its answer going through `update` at once.
    public var startSearch: ((SearchJob) -> Void)?

    public init(store: YearStore, startSearch: ((SearchJob) -> Void)? = nil) {
        self.store = store
        self.startSearch = startSearch
    }
}

/// The one effect runner: performs every effect `update` returned and feeds each result back into `state`
/// through `update` as an action: `saved` with the store's new year, `saveFailed` with the reason,
/// `externalChange` when there was nothing to record; a search is started through the performer (its
/// `.searchFinished` comes back later) or, without one, run at once. `state` is changed in place, only through
/// `update`: before the store records, `.handYearToStore` lets go of the shared year, so the store changes its
/// value without copying it.
public func runEffects(_ effects: [Effect], on state: inout AppState, performer: EffectPerformer) -> EffectOutcome {
    let store = performer.store
    var outcome = EffectOutcome()
    var pending = effects[...]
    // The effects `update` gives for a save's result (a failed save's retry timer) run after those before them.
    func save(_ state: inout AppState, _ store: YearStore, retry: Bool = false, _ operation: () throws -> JournalEntry?) {
        let next = recordResult(&state, store, retry: retry, operation)
        // Progress built on the year just taken is the store's at once, before a later effect changes that year.
        for case .keepProgress(let tracker) in next { store.keepProgress(tracker) }
        pending += next.filter { if case .keepProgress = $0 { false } else { true } }
    }
    while let effect = pending.popFirst() {
        switch effect {
        case .quit: outcome.quit = true
        case .redraw: outcome.fullRepaint = true
        case .record(let intent): save(&state, store) { try store.record([intent])[0] }
        case .search(let query, let among):
            let job = state.searchJob(query: query, among: among)
            if let start = performer.startSearch {
                start(job)
            } else {
                let more = update(&state, .searchFinished(query: query, rows: job.run()))
                for case .keepProgress(let tracker) in more { store.keepProgress(tracker) }
            }
        case .wake(let after, let wake): outcome.wakes.append(EffectOutcome.Timer(after: after, wake: wake))
        case .retrySave:
            if store.unsavedCount > 0 { save(&state, store, retry: true) { try store.writeUnsaved() } }
        case .keepProgress(let tracker): store.keepProgress(tracker)
        }
    }
    return outcome
}

/// `runEffects` with `store`, searches run at once.
public func runEffects(_ effects: [Effect], on state: inout AppState, store: YearStore) -> EffectOutcome {
    runEffects(effects, on: &state, performer: EffectPerformer(store: store))
}

/// `runEffects` on a copy of `state`: the new state and what the loop must do.
public func runEffects(_ effects: [Effect], on state: AppState, store: YearStore) -> (AppState, EffectOutcome) {
    var state = state
    let outcome = runEffects(effects, on: &state, store: store)
    return (state, outcome)
}

/// Records through `operation` and sends the result to `update`; the effects `update` asks for then.
/// A new change that fails with nothing kept to retry was refused by the plan's rules (`.changeRefused`); a retry that
/// fails is a save that failed again.
private func recordResult(_ state: inout AppState, _ store: YearStore, retry: Bool, _ operation: () throws -> JournalEntry?) -> [Effect] {
    let kept = store.unsavedCount
    _ = update(&state, .handYearToStore)
    do {
        guard let entry = try operation() else {
            return update(&state, .externalChange(store.state))
        }
        return update(&state, .saved(entry, store.state))
    } catch {
        // The store may keep the change in memory: show it, and say why it is not saved.
        let reason = (error as? SaveFailureReason)?.saveFailureReason ?? String(describing: error)
        // Nothing kept to retry: the plan's rules refused the change (a refusal, not a disk that failed).
        if !retry && store.unsavedCount <= kept { return update(&state, .changeRefused(reason, store.state)) }
        return update(&state, .saveFailed(reason, store.state))
    }
}

/// An error that can say in a few words why a change was not saved ("no space left on the device").
public protocol SaveFailureReason: Error {
    var saveFailureReason: String { get }
}
