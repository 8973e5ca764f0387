import ArgumentParser
import Foundation
import PlanModel
import PlanStore
import RencanaText

/// Where the state lives and what to do when it is damaged; shared by every command.
struct StateOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(Text.Command.stateHelp, valueName: "path"))
    var state: String?

    @Flag(name: .long, help: ArgumentHelp(Text.Command.resetStateHelp))
    var resetState = false

    /// The state file for the plan at `planPath`.
    func url(forPlan planPath: String) -> URL {
        state.map { URL(fileURLWithPath: $0) } ?? StateLocation.defaultURL(forPlan: planPath)
    }
}

/// Loading the plan and its state, with every failure turned into one line and exit code 1.
enum Session {
    /// The plan at `path`, or an exit after printing why not.
    static func loadPlan(_ path: String) throws -> Plan {
        do {
            return try PlanFile.load(path)
        } catch {
            throw Console.fail(error.description)
        }
    }

    /// The plan and its state store, reporting (once) an interrupted last entry.
    /// The stores opened by this process, kept until it exits: freeing a long journal's entries one by one
    /// (a tenth of `rencana progress` on 350,000 entries) is work a command that ends anyway does not need.
    nonisolated(unsafe) private static var kept: [StateStore] = []
    /// Likewise the progress read from a snapshot (`openProgress`).
    nonisolated(unsafe) private static var keptTrackers: [ProgressTracker] = []

    static func open(_ path: String, _ options: StateOptions) throws -> StateStore {
        let result: Result<StateStore, Failure>
        if let url = snapshotURL(path, options), let restored = openFromSnapshot(path, stateURL: url) {
            result = restored
        } else {
            let stamp = PlanStamp(path: path)
            let plan = try loadPlan(path)
            let url = try stateURL(path, options)
            result = openStore(plan: plan, url: url, planPath: path)
            if case .success(let store) = result { wroteSnapshot(store, store.writeSnapshotIfWorthIt(planPath: path, stamp: stamp)) }
        }
        return try take(result)
    }

    /// The opened store (its warnings printed, kept open for the command), or the refusal as the one-line error.
    private static func take(_ result: Result<StateStore, Failure>) throws -> StateStore {
        switch result {
        case .success(let store):
            printWarnings(of: store)
            kept.append(store)
            return store
        case .failure(let failure):
            throw Console.fail(failure.message)
        }
    }

    /// The store restored from a fresh snapshot, when the state file is long (at least `PlanFile.previewThreshold`
    /// bytes, some 20,000 entries), where that is faster than replaying the journal on a large plan's preview; nil
    /// otherwise (the caller opens as before). Warnings and refusals as `open`.
    static func openLongStateFromSnapshot(_ path: String, _ options: StateOptions) throws -> StateStore? {
        guard let url = snapshotURL(path, options) else { return nil }
        var info = stat()
        guard stat(url.path, &info) == 0, Int(info.st_size) >= PlanFile.previewThreshold,
              let result = openFromSnapshot(path, stateURL: url) else { return nil }
        return try take(result)
    }

    /// The current plan's progress for `rencana progress`: from a fresh snapshot holding the whole journal when
    /// there is one (no entry and no realisation decoded; with `texts` false the plan is an outline without its
    /// indicator texts, enough for lines by area or kegiatan), else computed after a full open.
    static func openProgress(_ path: String, _ options: StateOptions, texts: Bool) throws -> ProgressTracker {
        if let url = snapshotURL(path, options), let tracker = StateSnapshot.progress(planPath: path, stateURL: url, texts: texts) {
            debugReport(Text.State.snapshotViewUsed)
            keptTrackers.append(tracker)
            return tracker
        }
        // A snapshot with entries after it is written again at once (not after 20,000 more): the next `progress`
        // is then the fast one, as a dashboard's saves leave a few entries after the snapshot each time.
        let store: StateStore
        if let url = snapshotURL(path, options), StateSnapshot.threshold() != nil,
           let restored = openFromSnapshot(path, stateURL: url, threshold: 1) {
            switch restored {
            case .success(let opened):
                printWarnings(of: opened)
                kept.append(opened)
                store = opened
            case .failure(let failure):
                throw Console.fail(failure.message)
            }
        } else {
            store = try open(path, options)
        }
        // The snapshot just written holds the tracker it computed; a store that wrote none computes it here.
        return store.progressFromSnapshot() ?? ProgressTracker(plan: store.plan, marks: store.marks, realisation: store.realisation)
    }

    /// The state file whose snapshot may be used: nil with `--reset-state` or when the state path is refused
    /// (the full open then does what it always did, and says why).
    private static func snapshotURL(_ path: String, _ options: StateOptions) -> URL? {
        guard !options.resetState else { return nil }
        let url = options.url(forPlan: path)
        do { try StateFileGuard.checkNotPlan(state: url.path, plan: path) } catch { return nil }
        return url
    }

    /// The store restored from the fresh snapshot of `url`; nil when there is none. A snapshot whose journal
    /// tail is damaged gives the same one-line refusal as a full open.
    private static func openFromSnapshot(_ path: String, stateURL url: URL,
                                         threshold: Int? = StateSnapshot.threshold()) -> Result<StateStore, Failure>? {
        do {
            // Taken before the snapshot is checked against the plan: a plan changed after that is never written as matching.
            let stamp = PlanStamp(path: path)
            guard let store = try StateStore.openFromSnapshot(planPath: path, url: url) else { return nil }
            if case .restored(let entries) = store.snapshotUse {
                debugReport(Text.State.snapshotUsed(entries: entries, tail: store.replayedAtOpen))
            }
            wroteSnapshot(store, store.writeSnapshotIfWorthIt(planPath: path, stamp: stamp, threshold: threshold))
            return .success(store)
        } catch {
            return .failure(Failure(message: StateFileGuard.resetMayHelp(error) ? Text.Command.stateHint(error.description)
                                                                               : error.description))
        }
    }

    private static func wroteSnapshot(_ store: StateStore, _ wrote: Bool) {
        if wrote { debugReport(Text.State.snapshotWritten(TerminalText.safe(StateSnapshot.url(forState: store.url).path))) }
    }

    /// With `RENCANA_DEBUG_SNAPSHOT=1`: one line on stderr saying how the snapshot cache served this open (tests).
    private static func debugReport(_ line: String) {
        if ProcessInfo.processInfo.environment["RENCANA_DEBUG_SNAPSHOT"] == "1" { Console.error(line) }
    }

    /// The state file for the plan at `path`, moved aside first when `--reset-state` asks for it.
    static func stateURL(_ path: String, _ options: StateOptions) throws -> URL {
        let url = options.url(forPlan: path)
        do {
            try StateFileGuard.checkNotPlan(state: url.path, plan: path)
        } catch {
            throw Console.fail(error.description)
        }
        var info = stat()
        if options.resetState, lstat(url.path, &info) == 0 {
            do {
                let target = try StateStore.moveAside(url)
                Console.error(Text.Command.movedAside(from: url.path, to: target.path))
            } catch {
                throw Console.fail(error.description)
            }
        }
        return url
    }

    /// Why a plan or its state could not be opened: the one line to print.
    struct Failure: Error {
        let message: String
    }

    /// Opens the state at `url` for `plan`, printing nothing (the dashboard may be on screen).
    static func openStore(plan: Plan, url: URL, planPath: String) -> Result<StateStore, Failure> {
        do {
            let store = try StateStore.open(plan: plan, url: url)
            store.planPath = planPath
            return .success(store)
        } catch {
            return .failure(Failure(message: StateFileGuard.resetMayHelp(error) ? Text.Command.stateHint(error.description)
                                                                               : error.description))
        }
    }

    /// Loads the plan at `path` and opens its state, printing nothing: for a background thread.
    static func openQuietly(_ path: String, stateURL url: URL) -> Result<StateStore, Failure> {
        if let restored = openFromSnapshot(path, stateURL: url) { return restored }
        do {
            let stamp = PlanStamp(path: path)
            let result = openStore(plan: try PlanFile.load(path), url: url, planPath: path)
            if case .success(let store) = result { store.writeSnapshotIfWorthIt(planPath: path, stamp: stamp) }
            return result
        } catch {
            return .failure(Failure(message: error.description))
        }
    }

    /// The store's warnings (an interrupted last entry), one line each on stderr.
    static func printWarnings(of store: StateStore) {
        for warning in store.warnings { Console.error(Text.Command.warning("\(store.url.path): \(warning)")) }
    }
}

/// Parsing the words people type for months and on/off.
enum Words {
    static func month(_ text: String) throws -> Month {
        guard let month = Month(parsing: text) else { throw Console.fail(Text.Command.unknownMonth(text), code: 64) }
        return month
    }

    static func onOff(_ text: String) throws -> Bool {
        switch text.lowercased() {
        case "on", "1", "yes", "ya", "true", "√", "v", "x": return true
        case "off", "0", "no", "tidak", "false", "-": return false
        default: throw Console.fail(Text.Command.badOnOff(text), code: 64)
        }
    }
}

/// The month strip and row summaries shared by list, set, toggle, undo and log.
enum RowText {
    /// Two lines: the month labels, and under each a √ or a dot.
    static func monthTable(_ months: MonthSet) -> String {
        let header = Month.allCases.map(\.label).joined(separator: " ")
        let marks = Month.allCases.map { months.contains($0) ? " √ " : " · " }.joined(separator: " ")
        return header + "\n" + marks
    }
}
