import PlanModel

/// What the dashboard needs from the state store: its one value of the year, and the changes it can
/// record. `PlanStore.StateStore` conforms in the executable, so this module stays free of file access
/// and tests can use the real store.
public protocol YearStore: AnyObject {
    /// The year as the store holds it (the value the dashboard shows).
    var state: YearState { get }
    /// Sets one mark and records it; nil when the mark already had that value.
    func setMark(_ row: RowID, _ month: Month, to on: Bool) throws -> JournalEntry?
    /// Sets a cell's realisation status (nil: belum dicatat); nil when it already was so.
    func setStatus(_ row: RowID, _ month: Month, to status: RealisationStatus?) throws -> JournalEntry?
    /// Sets a cell's catatan (empty clears); nil when it already was so.
    func setNote(_ row: RowID, _ month: Month, to note: String) throws -> JournalEntry?
    /// Sets a row's penanggung jawab (empty clears); nil when it already was so.
    func setPJ(_ row: RowID, to text: String) throws -> JournalEntry?
    /// Adds a piece of evidence (an empty id gets a new one).
    func addEvidence(_ evidence: Evidence) throws -> JournalEntry
    /// Removes a piece of evidence by its id.
    func removeEvidence(id: String) throws -> JournalEntry
    /// Sets one field of a row's Triwulan review (`tw` 1–4; empty clears); nil when it already was so.
    func setReview(_ row: RowID, tw: Int, _ field: ReviewField, to text: String) throws -> JournalEntry?
    /// Adds a row (and its new groups); the store gives it a new id.
    func addRow(_ addition: RowAddition) throws -> JournalEntry
    /// Removes the group of `level` holding `row` (widened when it is its parent's only child).
    func removeRows(_ row: RowID, level: PlanLevel) throws -> JournalEntry
    /// Moves the group of `level` holding `row` one place up or down; nil at the end of its parent.
    func moveRow(_ row: RowID, level: PlanLevel, up: Bool) throws -> JournalEntry?
    /// Moves an indicator after or before another row; nil when it is the row itself.
    func moveRow(_ row: RowID, to anchor: Anchor) throws -> JournalEntry?
    /// Sets a text of the table (`field` of `row`, or of the group holding it); nil when it already was so.
    func editText(_ row: RowID, _ field: PlanTextField, to text: String) throws -> JournalEntry?
    /// Sets one of the document's details; nil when it already was so.
    func editDocument(_ field: DocumentField, to text: String) throws -> JournalEntry?
    /// Takes back the latest change of any kind; nil when there is none.
    func undo() throws -> JournalEntry?
    /// Puts back the latest undone change; nil when there is none.
    func redo() throws -> JournalEntry?
    /// Changes kept in memory because the disk refused them (written with the next save).
    var unsavedCount: Int { get }
}

extension YearStore {
    public var unsavedCount: Int { 0 }
}

/// What the event loop must do after the effects ran.
public struct EffectOutcome: Equatable, Sendable {
    public var quit = false
    public var fullRepaint = false
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
/// `.searchFinished` comes back later) or, without one, run at once. `state` is changed in place: while the
/// store records, the state lets go of the shared year, so the store changes its value without copying it.
public func runEffects(_ effects: [Effect], on state: inout AppState, performer: EffectPerformer) -> EffectOutcome {
    let store = performer.store
    var outcome = EffectOutcome()
    for effect in effects {
        switch effect {
        case .quit: outcome.quit = true
        case .redraw: outcome.fullRepaint = true
        case .toggle(let row, let month, let on): save(&state, store) { try store.setMark(row, month, to: on) }
        case .setStatus(let row, let month, let status): save(&state, store) { try store.setStatus(row, month, to: status) }
        case .setNote(let row, let month, let note): save(&state, store) { try store.setNote(row, month, to: note) }
        case .setPJ(let row, let text): save(&state, store) { try store.setPJ(row, to: text) }
        case .addEvidence(let item): save(&state, store) { try store.addEvidence(item) }
        case .removeEvidence(let id): save(&state, store) { try store.removeEvidence(id: id) }
        case .setReview(let row, let tw, let field, let text): save(&state, store) { try store.setReview(row, tw: tw, field, to: text) }
        case .addRow(let addition): save(&state, store) { try store.addRow(addition) }
        case .removeRows(let row, let level): save(&state, store) { try store.removeRows(row, level: level) }
        case .moveRow(let row, let level, let up): save(&state, store) { try store.moveRow(row, level: level, up: up) }
        case .moveRowTo(let row, let anchor): save(&state, store) { try store.moveRow(row, to: anchor) }
        case .editText(let row, let field, let text): save(&state, store) { try store.editText(row, field, to: text) }
        case .editDocument(let field, let text): save(&state, store) { try store.editDocument(field, to: text) }
        case .undo: save(&state, store) { try store.undo() }
        case .redo: save(&state, store) { try store.redo() }
        case .search(let query, let among):
            let job = state.searchJob(query: query, among: among)
            if let start = performer.startSearch {
                start(job)
            } else {
                _ = update(&state, .searchFinished(query: query, rows: job.run()))
            }
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

private func save(_ state: inout AppState, _ store: YearStore, _ operation: () throws -> JournalEntry?) {
    state.lendYear()
    do {
        guard let entry = try operation() else {
            _ = update(&state, .externalChange(store.state))
            return
        }
        _ = update(&state, .saved(entry, store.state))
    } catch {
        // The store may keep the change in memory: show it, and say why it is not saved.
        let reason = (error as? SaveFailureReason)?.saveFailureReason ?? String(describing: error)
        _ = update(&state, .saveFailed(reason, store.state))
    }
}

/// An error that can say in a few words why a change was not saved ("no space left on the device").
public protocol SaveFailureReason: Error {
    var saveFailureReason: String { get }
}
