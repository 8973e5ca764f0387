import CursesBackend
import Foundation
import GanttUI
import PlanModel
import PlanStore
import RencanaText

/// What the dashboard opens on: a loaded plan with its store, or the first rows of a large plan
/// (with a store opened for just those rows, read only) while the whole plan loads in the background.
enum DashboardStart {
    case ready(StateStore)
    case preview(StateStore, loading: BackgroundOpen)
}

/// Runs the full-screen dashboard until the user quits; returns the exit code.
///
/// Only the wiring: the curses terminal as the backend, the store (the preview's, then the whole plan's) behind
/// the effects, the terminal and its neighbours as the inputs, the machine's clock. The loop itself is GanttUI's
/// `Runtime`, the same one the tests drive.
func runDashboard(_ start: DashboardStart, mouse: Bool, debugTrap: Bool = false, searchInBackground: Bool? = nil) -> Int32 {
    let text = Text.Dashboard.current
    guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
        Console.error(text.notATerminal)
        return 1
    }
    let (store, loading): (StateStore, BackgroundOpen?)
    switch start {
    case .ready(let ready): (store, loading) = (ready, nil)
    case .preview(let preview, let background): (store, loading) = (preview, background)
    }
    // A change the disk refuses stays in memory, shown as "not saved", and is written again by a timer.
    store.keepsUnsavedChanges = true
    // The loop never waits for another process's lock: a save that meets one fails at once and its timer retries it.
    store.lockWait = .never
    let terminal = Terminal(mouse: mouse)
    defer { terminal.stop() }
    // Today from the one clock the commands use (RENCANA_TODAY overrides it), passed in: render never reads it.
    let today = try? ProgressCommand.today()
    // Progress counts as `rencana progress` does by default: to this month in the plan's own year, else December.
    let asOf = (try? ProgressCommand.defaultAsOf(year: store.plan.document.year)) ?? .des
    let (width, height) = terminal.size
    // The year carries its progress from the snapshot when there is one (the store keeps it from then on).
    _ = store.progressFromSnapshot()
    var state = AppState(plan: store.plan, year: store.state, width: width, height: height, today: today?.1, asOf: asOf,
                         glyphs: terminal.glyphs, mouse: mouse, text: text, loading: loading != nil,
                         searchInBackground: searchInBackground)
    if loading == nil { state.prepareSearch() }
    // Evidence whose file has gone counts as `rencana progress` counts it: kurang bukti (checked at open and when evidence changes).
    let folder = EvidenceCheck.folder(ofPlan: store.planPath)
    state.checkFiles { EvidenceCheck.goneFiles($0, folder: folder) }
    // The view kept from last time: period view and layer at once; the folds too, except on the first rows of a
    // large plan, which open unfolded (the whole plan takes them when it is loaded).
    let kept = ViewPreferences(stateURL: store.url).read()
    state.restoreView(periods: kept.periods, layer: kept.layer)
    // The progress a kept Realisasi layer built on the year is the store's year's too: one value.
    if let progress = state.year.progress { store.keepProgress(progress) }
    if loading == nil { state.restoreFolds(kept.folds) }

    let inputs = TerminalInputs(terminal: terminal, store: store, loading: loading,
                                searchInBackground: searchInBackground, debugTrap: debugTrap)
    let runtime = Runtime(state: state, backend: terminal, source: inputs,
                          performer: EffectPerformer(store: store, startSearch: inputs.searches.request),
                          clock: SystemClock(), days: commandLineDays)
    // Evidence is checked as `evidence add` checks it, and a file kept relative to the plan's folder when inside it.
    runtime.prepare = { EvidenceAdd.forDashboard($0, planPath: inputs.store.planPath) }
    let end = runtime.run()
    terminal.stop()
    switch end {
    case .quit:
        if inputs.loading == nil {
            let final = runtime.state
            ViewPreferences(stateURL: inputs.store.url).save(.init(folds: final.foldPaths, periods: final.periods, layer: final.layer))
            Session.printWarnings(of: inputs.store)
        }
        return 0
    case .failed(let message):
        Console.error(message)
        return 1
    case .inputClosed:
        // The terminal is gone (its window closed without a SIGHUP reaching us): end as a hang-up would.
        return 128 + SIGHUP
    }
}

/// The command line's day (`rencana progress`'s rule, RENCANA_TODAY included) at each change of the local day.
private let commandLineDays = DayPolicy(calendar: .current) { _, planYear in
    guard let now = try? ProgressCommand.today() else { return nil }
    return (now.1, ProgressCommand.defaultAsOf(year: planYear, today: now))
}

extension StateStore: YearStore {
    public func writeUnsaved() throws -> JournalEntry? {
        try retrySaving()
        return state.entries.last
    }
}

extension StoreError: SaveFailureReason {
    public var saveFailureReason: String { unsavedReason ?? message }
}
