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
/// The loop is the one from ARCHITECTURE.md: wait (blocking, no polling) for a key, for another
/// process's save or for the background load, map the key to an action and `update`, run the effects
/// through the store (their results come back as actions), `render`, and let the backend paint what changed.
func runDashboard(_ start: DashboardStart, mouse: Bool, debugTrap: Bool = false, searchInBackground: Bool? = nil) -> Int32 {
    let text = Text.Dashboard.english
    guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
        Console.error(text.notATerminal)
        return 1
    }
    var store: StateStore
    var loading: BackgroundOpen?
    switch start {
    case .ready(let ready): store = ready
    case .preview(let preview, let background):
        store = preview
        loading = background
    }
    // A change the disk refuses stays in memory, shown as "not saved", and is written with the next one.
    store.keepsUnsavedChanges = true
    // From here on the event loop never waits for another process's lock: a save that meets one fails at once
    // ("not saved: the state file is locked by another process") and is retried below until it goes through.
    StateFileGuard.lockWaitSeconds = 0
    var watcher = StateWatcher(url: store.url)
    let terminal = Terminal(mouse: mouse)
    defer { terminal.stop() }
    // Today from the one clock the commands use (RENCANA_TODAY overrides it), passed in: render never reads it.
    var today = try? ProgressCommand.today()
    func dashboardState(width: Int, height: Int) -> AppState {
        // Progress counts as `rencana progress` does by default: to this month in the plan's own year, else December.
        let asOf = (try? ProgressCommand.defaultAsOf(year: store.plan.document.year)) ?? .des
        return AppState(plan: store.plan, year: store.state, width: width, height: height, today: today?.1, asOf: asOf,
                        glyphs: terminal.glyphs, mouse: mouse, text: text, loading: loading != nil,
                        searchInBackground: searchInBackground, progress: snapshotProgress(of: store))
    }
    let (width, height) = terminal.size
    var state = dashboardState(width: width, height: height)
    if loading == nil { state.prepareSearch() }
    // The view kept from last time: period view and layer at once; the folds too, except on the first rows of a
    // large plan, which open unfolded (the whole plan takes them when it is loaded).
    var preferences = ViewPreferences(stateURL: store.url)
    let kept = preferences.read()
    state.restoreView(periods: kept.periods, layer: kept.layer)
    if loading == nil { state.restoreFolds(kept.folds) }

    func pickUpExternalChanges() {
        if (try? store.refresh()) == true {
            // Let go of the shared year first, so the next save of the store changes it in place.
            _ = update(&state, .externalChange(store.state))
        }
    }

    let searches = BackgroundSearch()
    func finishSearch() {
        if let done = searches.takeFinished() {
            _ = update(&state, .searchFinished(query: done.query, rows: done.rows))
        }
    }

    var fullRepaint = true
    var needsDraw = true
    var keyJustRead = false
    while true {
        if let background = loading, let result = background.take() ?? (background.wakeDescriptor < 0 ? background.wait() : nil) {
            switch result {
            case .failure(let failure):
                terminal.stop()
                Console.error(failure.message)
                return 1
            case .success(let loaded):
                // The whole plan: the same view, now with every row, the changes of all of them, and editing.
                loading = nil
                store = loaded
                store.keepsUnsavedChanges = true
                watcher = StateWatcher(url: store.url)
                preferences = ViewPreferences(stateURL: store.url)
                let asOf = (try? ProgressCommand.defaultAsOf(year: store.plan.document.year)) ?? .des
                _ = update(&state, .planLoaded(WholePlan(plan: store.plan, year: store.state, folds: preferences.read().folds,
                                                         asOf: asOf, searchInBackground: searchInBackground,
                                                         progress: snapshotProgress(of: store))))
                state.prepareSearch()
                fullRepaint = true
                needsDraw = true
            }
        }
        // Keys typed ahead or pasted draw one frame when they are all read, not one per key (a paste into the
        // editor is thousands of keys); a lone key draws at once.
        if needsDraw && !(keyJustRead && inputPending(terminal.inputDescriptor)) {
            terminal.draw(render(state), full: fullRepaint)
            fullRepaint = false
            needsDraw = false
        }
        keyJustRead = false
        if let key = terminal.readKey(timeoutMilliseconds: 0) {
            keyJustRead = true
            if debugTrap, key == .char("!") { trapForTesting() }
            if watcher.fileDescriptor < 0 && loading == nil { pickUpExternalChanges() }  // no inotify: check at each key
            // One value of the state at a time (no old copy alive), so the effects change it in place.
            var effects = update(&state, Keymap.action(for: key, in: state))
            // Evidence is checked as `evidence add` checks it, and a file kept relative to the plan's folder when inside it.
            let checked = EvidenceAdd.forDashboard(effects, planPath: store.planPath)
            effects = checked.effects
            if let refusal = checked.refusal { _ = update(&state, .saveFailed(refusal, store.state)) }
            // The one effect runner: saves through the store, searches handed to the background search.
            let outcome = runEffects(effects, on: &state, performer: EffectPerformer(store: store, startSearch: searches.request))
            // Keys read in one batch (a paste) are searched once, for the last query, when the input is drained.
            if !inputPending(terminal.inputDescriptor) { searches.startRequested() }
            if searches.wakeDescriptor < 0 { finishSearch() }  // no pipe: the search ran at once
            if outcome.quit {
                terminal.stop()
                if loading == nil {
                    preferences.save(.init(folds: state.foldPaths, periods: state.periods, layer: state.layer))
                    Session.printWarnings(of: store)
                }
                return 0
            }
            fullRepaint = fullRepaint || outcome.fullRepaint
            needsDraw = true
            continue
        }
        // Nothing pending: sleep until a key arrives, a signal (a resize) interrupts, the state file changes,
        // or the background load is done.
        // …or the clock passes midnight (a new month moves the header's mark and the default as-of month).
        let retry: Int32 = loading == nil && store.unsavedCount > 0 ? 500 : -1
        let midnight = millisecondsToMidnight()
        let ready = waitForInput(terminal.inputDescriptor, [loading == nil ? watcher.fileDescriptor : -1,
                                                             loading?.wakeDescriptor ?? -1, searches.wakeDescriptor],
                                 timeoutMilliseconds: retry < 0 ? midnight : min(retry, midnight))
        if let now = try? ProgressCommand.today(), today.map({ $0 != now }) ?? true {
            today = now
            let asOf = ProgressCommand.defaultAsOf(year: store.plan.document.year, today: now)
            _ = update(&state, .newDay(today: now.1, defaultAsOf: asOf))
            needsDraw = true
        }
        if loading == nil, store.unsavedCount > 0 {
            state.lendYear()
            if (try? store.retrySaving()) != nil, let last = store.state.entries.last {
                // The changes that waited (a lock, a full disk) are written: show them saved.
                _ = update(&state, .saved(last, store.state))
            } else {
                _ = update(&state, .externalChange(store.state))
            }
            needsDraw = true
        }
        if ready.inputClosed {
            // The terminal is gone (its window closed without a SIGHUP reaching us): end as a hang-up would,
            // instead of waking again and again on a descriptor that stays "ready".
            terminal.stop()
            return 128 + SIGHUP
        }
        if ready.others[0], watcher.drain() {
            pickUpExternalChanges()
            needsDraw = true
        }
        if ready.others[2] {
            finishSearch()
            needsDraw = true
        }
    }
}

/// Blocks until `input` or one of `others` (-1: none) is readable. Tells, for each of `others`, whether it is,
/// and whether `input` was hung up or closed (then it would be "ready" forever).
private func waitForInput(_ input: Int32, _ others: [Int32], timeoutMilliseconds: Int32 = -1) -> (inputClosed: Bool, others: [Bool]) {
    var descriptors = [pollfd(fd: input, events: Int16(POLLIN), revents: 0)]
        + others.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }  // poll ignores negative descriptors
    let count = poll(&descriptors, nfds_t(descriptors.count), timeoutMilliseconds)
    let closed = count > 0 && descriptors[0].revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0
    return (closed, others.indices.map { count > 0 && others[$0] >= 0 && descriptors[$0 + 1].revents & Int16(POLLIN) != 0 })
}

/// Milliseconds to the next local midnight (at least one second, at most a day), for the clock's wake-up.
private func millisecondsToMidnight() -> Int32 {
    let calendar = Calendar.current
    let now = Date()
    guard let next = calendar.nextDate(after: now, matching: DateComponents(hour: 0, minute: 0, second: 1),
                                       matchingPolicy: .nextTime) else { return 3_600_000 }
    return Int32(min(86_400_000, max(1_000, next.timeIntervalSince(now) * 1_000)))
}

/// Whether more input is waiting to be read (the rest of a paste).
private func inputPending(_ input: Int32) -> Bool {
    var descriptor = pollfd(fd: input, events: Int16(POLLIN), revents: 0)
    return poll(&descriptor, 1, 0) > 0 && descriptor.revents & Int16(POLLIN) != 0
}

/// The year's progress the store has at hand: the tracker of the snapshot it wrote at its open, or of the fresh
/// snapshot it was restored from with the rows changed after it recomputed. So the first switch to Realisasi on a
/// large plan does not build it again. Nil without a snapshot (small plans: building it there costs microseconds).
private func snapshotProgress(of store: StateStore) -> ProgressTracker? { store.progressFromSnapshot() }

/// The hidden `--debug-trap` switch's `!` key: a Swift trap, to test that a crash restores the terminal.
private func trapForTesting() -> Never {
    fatalError("trap requested with --debug-trap")
}

extension StateStore: YearStore {}

extension StoreError: SaveFailureReason {
    public var saveFailureReason: String { unsavedReason ?? message }
}
