import CursesBackend
import Foundation
import GanttUI
import PlanModel
import PlanStore
import RencanaText

/// Runs the full-screen dashboard on `store` until the user quits; returns the exit code.
///
/// The loop is the one from ARCHITECTURE.md: read a key (blocking), map it to an action and
/// `update`, run the effects through the store (their results come back as actions),
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
        let (next, effects) = handle(state, key)
        let outcome: EffectOutcome
        (state, outcome) = runEffects(effects, on: next, store: store)
        if outcome.quit { return 0 }
        fullRepaint = outcome.fullRepaint
    }
}

extension StateStore: MarkStore {
    public func setMark(_ row: RowID, _ month: Month, to on: Bool) throws -> ChangeEntry? { try set(row, month, to: on) }
    public func undoLast() throws -> ChangeEntry? { try undo() }
    public func redoLast() throws -> ChangeEntry? { try redo() }
}
