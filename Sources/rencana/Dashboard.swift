import CursesBackend
import Foundation
import GanttUI
import PlanModel
import PlanStore
import RencanaText

/// Runs the full-screen dashboard on `store` until the user quits; returns the exit code.
///
/// The loop is the one from ARCHITECTURE.md: wait (blocking, no polling) for a key or for another
/// process's save, map the key to an action and `update`, run the effects through the store (their
/// results come back as actions), `render`, and let the backend paint what changed.
func runDashboard(store: StateStore, mouse: Bool, debugTrap: Bool = false) -> Int32 {
    let text = Text.Dashboard.english
    guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
        Console.error(text.notATerminal)
        return 1
    }
    // A change the disk refuses stays in memory, shown as "not saved", and is written with the next one.
    store.keepsUnsavedChanges = true
    let watcher = StateWatcher(url: store.url)
    let terminal = Terminal(mouse: mouse)
    defer { terminal.stop() }
    let (width, height) = terminal.size
    var state = AppState(
        plan: store.plan, marks: store.marks, history: store.history, canUndo: store.canUndo, canRedo: store.canRedo,
        width: width, height: height, today: Month(rawValue: Calendar.current.component(.month, from: Date())),
        glyphs: terminal.glyphs, mouse: mouse, text: text)
    state.prepareSearch()

    func pickUpExternalChanges() {
        if (try? store.refresh()) == true {
            state = update(state, .externalChange(marks: store.marks, history: store.history,
                                                  canUndo: store.canUndo, canRedo: store.canRedo)).0
        }
    }

    var fullRepaint = true
    var needsDraw = true
    while true {
        if needsDraw {
            terminal.draw(render(state), full: fullRepaint)
            fullRepaint = false
            needsDraw = false
        }
        if let key = terminal.readKey(timeoutMilliseconds: 0) {
            if debugTrap, key == .char("!") { trapForTesting() }
            if watcher.fileDescriptor < 0 { pickUpExternalChanges() }  // no inotify: check at each key instead
            let (next, effects) = handle(state, key)
            let outcome: EffectOutcome
            (state, outcome) = runEffects(effects, on: next, store: store)
            if outcome.quit { return 0 }
            fullRepaint = fullRepaint || outcome.fullRepaint
            needsDraw = true
            continue
        }
        // Nothing pending: sleep until a key arrives, a signal (a resize) interrupts, or the state file changes.
        if waitForInput(terminal.inputDescriptor, watcher.fileDescriptor), watcher.drain() {
            pickUpExternalChanges()
            needsDraw = true
        }
    }
}

/// Blocks until `input` is readable or `other` (when not -1) is; returns whether `other` is.
private func waitForInput(_ input: Int32, _ other: Int32) -> Bool {
    var descriptors = [pollfd(fd: input, events: Int16(POLLIN), revents: 0),
                       pollfd(fd: other, events: Int16(POLLIN), revents: 0)]
    let count = poll(&descriptors, other >= 0 ? 2 : 1, -1)
    return count > 0 && other >= 0 && descriptors[1].revents & Int16(POLLIN) != 0
}

/// The hidden `--debug-trap` switch's `!` key: a Swift trap, to test that a crash restores the terminal.
private func trapForTesting() -> Never {
    fatalError("trap requested with --debug-trap")
}

extension StateStore: MarkStore {
    public func setMark(_ row: RowID, _ month: Month, to on: Bool) throws -> ChangeEntry? { try set(row, month, to: on) }
    public func undoLast() throws -> ChangeEntry? { try undo() }
    public func redoLast() throws -> ChangeEntry? { try redo() }
}

extension StoreError: SaveFailureReason {
    public var saveFailureReason: String { unsavedReason ?? message }
}
