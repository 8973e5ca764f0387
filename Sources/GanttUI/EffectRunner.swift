import PlanModel

/// What the dashboard needs from the state store. `PlanStore.StateStore` conforms in the
/// executable, so this module stays free of file access and tests can use the real store.
public protocol MarkStore: AnyObject {
    var marks: [MonthSet] { get }
    var history: [ChangeEntry] { get }
    var canUndo: Bool { get }
    var canRedo: Bool { get }
    /// Sets one mark and records it; nil when the mark already had that value.
    func setMark(_ row: RowID, _ month: Month, to on: Bool) throws -> ChangeEntry?
    func undoLast() throws -> ChangeEntry?
    func redoLast() throws -> ChangeEntry?
    /// Changes kept in memory because the disk refused them (written with the next save).
    var unsavedCount: Int { get }
}

extension MarkStore {
    public var unsavedCount: Int { 0 }
}

/// What the event loop must do after the effects ran.
public struct EffectOutcome: Equatable, Sendable {
    public var quit = false
    public var fullRepaint = false
}

/// Runs `effects` against `store` and feeds each result back into the state as an action
/// (`saved`, `saveFailed`, or a resync when there was nothing to record).
public func runEffects(_ effects: [Effect], on state: AppState, store: MarkStore) -> (AppState, EffectOutcome) {
    var state = state
    var outcome = EffectOutcome()
    for effect in effects {
        switch effect {
        case .quit: outcome.quit = true
        case .redraw: outcome.fullRepaint = true
        case .toggle(let row, let month, let on): state = save(state, store) { try store.setMark(row, month, to: on) }
        case .undo: state = save(state, store) { try store.undoLast() }
        case .redo: state = save(state, store) { try store.redoLast() }
        case .search: break  // started by the event loop on another thread; the answer comes as an action
        }
    }
    return (state, outcome)
}

private func save(_ state: AppState, _ store: MarkStore, _ operation: () throws -> ChangeEntry?) -> AppState {
    let resync = { (state: AppState) in
        update(state, .externalChange(marks: store.marks, history: store.history,
                                      canUndo: store.canUndo, canRedo: store.canRedo)).0
    }
    let hadUnsaved = store.unsavedCount > 0
    do {
        guard let entry = try operation() else { return resync(state) }
        // Changes that waited in memory were written too: take the store's whole view.
        let state = hadUnsaved ? resync(state) : state
        return update(state, .saved(entry, canUndo: store.canUndo, canRedo: store.canRedo)).0
    } catch {
        // The store may keep the change in memory: show it, and say why it is not saved.
        let reason = (error as? SaveFailureReason)?.saveFailureReason ?? String(describing: error)
        return update(resync(state), .saveFailed(reason)).0
    }
}

/// An error that can say in a few words why a change was not saved ("no space left on the device").
public protocol SaveFailureReason: Error {
    var saveFailureReason: String { get }
}
