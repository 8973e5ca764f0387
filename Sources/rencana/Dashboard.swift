import CursesBackend
import Foundation
import GanttUI
import PlanModel
import PlanStore
import RencanaText

/// Runs the full-screen dashboard on `store` until the user quits; returns the exit code.
///
/// The loop is the one from ARCHITECTURE.md: read a key (blocking), map it to an action,
/// `update`, run the effects through the store (feeding their results back as actions),
/// `render`, and let the backend paint what changed.
func runDashboard(store: StateStore, planPath: String, mouse: Bool) -> Int32 {
    let text = Text.Dashboard.english
    guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
        Console.error(text.notATerminal)
        return 1
    }
    let terminal = Terminal(mouse: mouse)
    defer { terminal.stop() }
    let (width, height) = terminal.size
    var state = AppState(
        plan: store.plan, marks: store.marks, history: store.history, canUndo: store.canUndo, canRedo: store.canRedo,
        width: width, height: height, today: Month(rawValue: Calendar.current.component(.month, from: Date())),
        glyphs: terminal.glyphs, mouse: mouse, text: text)
    var fullRepaint = true
    while true {
        terminal.draw(render(state), full: fullRepaint)
        fullRepaint = false
        guard let key = terminal.readKey() else { continue }
        // Changes other processes saved arrive with the next key (a later version also wakes on the file).
        if (try? store.refresh()) == true {
            state = update(state, .externalChange(marks: store.marks, history: store.history,
                                                  canUndo: store.canUndo, canRedo: store.canRedo)).0
        }
        let effects: [Effect]
        (state, effects) = handle(state, key)
        for effect in effects {
            switch effect {
            case .quit:
                return 0
            case .redraw:
                fullRepaint = true
            case .toggle(let row, let month, let on):
                state = save(state, store) { try store.set(row, month, to: on) }
            case .undo:
                state = save(state, store) { try store.undo() }
            case .redo:
                state = save(state, store) { try store.redo() }
            }
        }
    }
}

/// Runs one store operation and feeds its outcome back into the state: the entry it recorded,
/// or the reason it failed (the change then stays in memory, marked "not saved").
private func save(_ state: AppState, _ store: StateStore, _ operation: () throws -> ChangeEntry?) -> AppState {
    do {
        guard let entry = try operation() else {
            // Nothing to record (the mark already had that value): resync with the store.
            return update(state, .externalChange(marks: store.marks, history: store.history,
                                                 canUndo: store.canUndo, canRedo: store.canRedo)).0
        }
        return update(state, .saved(entry, canUndo: store.canUndo, canRedo: store.canRedo)).0
    } catch {
        return update(state, .saveFailed((error as? StoreError)?.description ?? "\(error)")).0
    }
}
