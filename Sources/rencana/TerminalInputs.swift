import CursesBackend
import Foundation
import GanttUI
import PlanModel
import PlanStore

/// The dashboard's inputs on a real terminal: keys from curses, and, in the same `poll()`, another process's save
/// (the state file's watcher), the whole plan loaded in the background, and the background search's answers.
/// Each becomes one `Input` for the runtime; this class keeps only the sources' own bookkeeping (which store and
/// watcher are current), never the dashboard's state.
final class TerminalInputs: InputSource {
    private let terminal: Terminal
    /// The store effects run on: the preview's, then the whole plan's.
    private(set) var store: StateStore
    private(set) var loading: BackgroundOpen?
    private var watcher: StateWatcher
    /// The team folder's watch, when the plan has one (colleagues' files merged as they change).
    private var team: TeamFolderWatch?
    let searches = BackgroundSearch()
    private let searchInBackground: Bool?
    private let debugTrap: Bool
    /// Inputs found together (a key after another process's save) and handed out one by one.
    private var queued: [Input] = []

    init(terminal: Terminal, store: StateStore, loading: BackgroundOpen?, searchInBackground: Bool?, debugTrap: Bool) {
        self.terminal = terminal
        self.store = store
        self.loading = loading
        self.searchInBackground = searchInBackground
        self.debugTrap = debugTrap
        watcher = StateWatcher(url: store.url)
        team = loading == nil ? store.teamFolder.map { TeamFolderWatch(folder: $0.url) } : nil
    }

    var keyPending: Bool { Self.readable(terminal.inputDescriptor) }

    func next(timeoutMilliseconds: Int?) -> Input? {
        if !queued.isEmpty { return queued.removeFirst() }
        if let loaded = takeLoaded() { return loaded }
        if let team, team.due(ready: false), let change = teamChange() { return change }  // keys held down
        if let key = terminal.readKey(timeoutMilliseconds: 0) { return keyInput(key) }
        // The keys read in one batch (a paste) are searched once, for the last query, when the input is drained.
        searches.startRequested()
        if searches.wakeDescriptor < 0, let done = searches.takeFinished() {  // no pipe: the search ran at once
            return .message(.searchFinished(query: done.query, rows: done.rows))
        }
        // Nothing pending: sleep until a key arrives, a signal (a resize) interrupts, the state file changes,
        // the background load or search is done, or the runtime's next timer is due.
        let look = team.map { min($0.millisecondsToLook, timeoutMilliseconds ?? Int.max) } ?? timeoutMilliseconds
        let ready = wait(look.map { Int32(clamping: $0) } ?? -1)
        if ready.inputClosed { return .closed }
        if ready.watcher, watcher.drain(), let change = externalChange() { queued.append(change) }
        if let team, team.due(ready: ready.team), let change = teamChange() { queued.append(change) }
        if ready.search, let done = searches.takeFinished() {
            queued.append(.message(.searchFinished(query: done.query, rows: done.rows)))
        }
        return queued.isEmpty ? nil : queued.removeFirst()
    }

    private func keyInput(_ key: Key) -> Input {
        if debugTrap, key == .char("!") { trapForTesting() }
        // No inotify: another process's save is looked for at each key, before it.
        if watcher.fileDescriptor < 0 && loading == nil, let change = externalChange() {
            queued.append(.key(key))
            return change
        }
        return .key(key)
    }

    /// Another process's save, when the state file has one.
    private func externalChange() -> Input? {
        (try? store.refresh()) == true ? .message(.externalChange(store.state)) : nil
    }

    /// Colleagues' new entries, when a file of the team folder has some.
    private func teamChange() -> Input? {
        guard let pull = store.pullTeamFolder(), pull.outcome.added > 0 else { return nil }
        return .message(.externalChange(store.state))
    }

    /// The whole plan, once the background load is done (without a pipe to wait on, it is waited for here).
    private func takeLoaded() -> Input? {
        guard let background = loading,
              let result = background.take() ?? (background.wakeDescriptor < 0 ? background.wait() : nil) else { return nil }
        switch result {
        case .failure(let failure):
            return .failed(failure.message)
        case .success(let loaded):
            // The whole plan: the same view, now with every row, the changes of all of them, and editing.
            loading = nil
            store = loaded
            store.keepsUnsavedChanges = true
            store.lockWait = .never
            watcher = StateWatcher(url: store.url)
            team = store.teamFolder.map { TeamFolderWatch(folder: $0.url) }
            let asOf = (try? ProgressCommand.defaultAsOf(year: store.plan.document.year)) ?? .des
            let folds = ViewPreferences(stateURL: store.url).read().folds
            return .loaded(store, WholePlan(plan: store.plan, year: store.state, folds: folds, asOf: asOf,
                                            searchInBackground: searchInBackground,
                                            progress: store.progressFromSnapshot()))
        }
    }

    /// Blocks until the terminal's input or another source is readable, or the timeout passes.
    private func wait(_ timeout: Int32) -> (inputClosed: Bool, watcher: Bool, search: Bool, team: Bool) {
        let others = [loading == nil ? watcher.fileDescriptor : -1, loading?.wakeDescriptor ?? -1, searches.wakeDescriptor,
                      team?.fileDescriptor ?? -1]
        var descriptors = [pollfd(fd: terminal.inputDescriptor, events: Int16(POLLIN), revents: 0)]
            + others.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }  // poll ignores negative descriptors
        let count = poll(&descriptors, nfds_t(descriptors.count), timeout)
        // A hung-up or closed input would be "ready" forever: the terminal is gone.
        let closed = count > 0 && descriptors[0].revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0
        func ready(_ k: Int) -> Bool { count > 0 && others[k] >= 0 && descriptors[k + 1].revents & Int16(POLLIN) != 0 }
        return (closed, ready(0), ready(2), ready(3))
    }

    /// Whether more input is waiting to be read (the rest of a paste).
    private static func readable(_ input: Int32) -> Bool {
        var descriptor = pollfd(fd: input, events: Int16(POLLIN), revents: 0)
        return poll(&descriptor, 1, 0) > 0 && descriptor.revents & Int16(POLLIN) != 0
    }
}

/// The hidden `--debug-trap` switch's `!` key: a Swift trap, to test that a crash restores the terminal.
private func trapForTesting() -> Never {
    fatalError("trap requested with --debug-trap")
}
