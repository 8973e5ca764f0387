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

/// Runs `effects` against `store` and feeds each result back into `state` through `update` as an action:
/// `saved` with the store's new year, `saveFailed` with the reason, `externalChange` when there was
/// nothing to record. `state` is changed in place: while the store records, the state lets go of the
/// shared year, so the store changes its value without copying it.
public func runEffects(_ effects: [Effect], on state: inout AppState, store: YearStore) -> EffectOutcome {
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
        case .addRow(let addition): save(&state, store) { try store.addRow(addition) }
        case .removeRows(let row, let level): save(&state, store) { try store.removeRows(row, level: level) }
        case .moveRow(let row, let level, let up): save(&state, store) { try store.moveRow(row, level: level, up: up) }
        case .moveRowTo(let row, let anchor): save(&state, store) { try store.moveRow(row, to: anchor) }
        case .editText(let row, let field, let text): save(&state, store) { try store.editText(row, field, to: text) }
        case .editDocument(let field, let text): save(&state, store) { try store.editDocument(field, to: text) }
        case .undo: save(&state, store) { try store.undo() }
        case .redo: save(&state, store) { try store.redo() }
        case .search: break  // started by the event loop on another thread; the answer comes as an action
        }
    }
    return outcome
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
