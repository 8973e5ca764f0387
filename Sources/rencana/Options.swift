import ArgumentParser
import Foundation
import PlanModel
import PlanStore
import RencanaText

/// Where the state lives and what to do when it is damaged; shared by every command.
struct StateOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(Text.Command.stateHelp, valueName: "path"))
    var state: String?

    @Flag(name: .long, help: ArgumentHelp(Text.CommandFixes.repairStateHelp))
    var repairState = false

    @Flag(name: .long, help: ArgumentHelp(Text.Command.resetStateHelp))
    var resetState = false

    /// Whether the snapshot cache may serve this open (not when the state is being moved aside or repaired).
    var cache: Bool { !resetState && !repairState }

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

    /// Keeps `value` alive until the process exits (one reference given up on purpose, no global list changed at
    /// run time): freeing a long journal's entries one by one (a tenth of `rencana progress` on 350,000 entries) is
    /// work a command that ends anyway does not need. The stores opened, and the progress read from a snapshot.
    private static func keepUntilExit<T>(_ value: T) {
        _ = Unmanaged.passRetained(KeptUntilExit(value))
    }

    /// A box for `keepUntilExit`, so a value (a tracker's arrays) is kept as a store is.
    private final class KeptUntilExit<T> {
        let value: T
        init(_ value: T) { self.value = value }
    }

    /// The plan and its state store, reporting (once) an interrupted last entry. `teamFolder` false leaves a team
    /// folder unjoined (`receive` joins it once its bundle passed); `beforeFailing` runs before a refusal is printed
    /// (`receive` prints the bundle's refusal first, when both are refused).
    static func open(_ path: String, _ options: StateOptions, teamFolder: Bool = true,
                     beforeFailing: () throws -> Void = {}) throws -> StateStore {
        guard let store = try opening(path, options, beforeFailing: beforeFailing, { url, moveAside in
            try StateStore.open(planPath: path, url: url, cache: options.cache, teamFolder: teamFolder,
                                beforeState: moveAside, report: debugReport)
        }) else { preconditionFailure("a whole open returns a store") }
        return take(store)
    }

    /// Joins the team folder beside the store's plan, when it has one and `open` left it unjoined, printing its warnings.
    static func joinTeamFolder(_ store: StateStore) {
        guard store.teamFolder == nil, store.openTeamFolder() != nil else { return }
        for warning in store.teamFolder?.warnings ?? [] { Console.error(Text.Command.warning(warning)) }
    }

    /// The opened store, its warnings printed, kept open for the command.
    private static func take(_ store: StateStore) -> StateStore {
        printWarnings(of: store)
        keepUntilExit(store)
        return store
    }

    /// Runs one open of the store (`StateStore.open`/`progress`) for the state file of the plan at `path`, with
    /// `--reset-state`'s move aside as the step between reading the plan and the state, and every failure turned
    /// into its one line.
    private static func opening<T>(_ path: String, _ options: StateOptions, beforeFailing: () throws -> Void = {},
                                   _ body: (URL, () throws -> Void) throws -> T) throws -> T {
        let url = options.url(forPlan: path)
        do {
            try StateFileGuard.checkNotPlan(state: url.path, plan: path)
        } catch {
            try beforeFailing()
            throw Console.fail(error.description)
        }
        do {
            return try body(url) { _ = try stateURL(path, options) }
        } catch let error as PlanError {
            try beforeFailing()
            throw Console.fail(error.description)
        } catch let error as StoreError {
            try beforeFailing()
            throw Console.fail(Failure(error).message)
        }
    }

    /// The store restored from a fresh snapshot, when the state file is long (at least `PlanFile.previewThreshold`
    /// bytes, some 20,000 entries), where that is faster than replaying the journal on a large plan's preview; nil
    /// otherwise (the caller opens as before). Warnings and refusals as `open`.
    static func openLongStateFromSnapshot(_ path: String, _ options: StateOptions) throws -> StateStore? {
        guard options.cache, let store = try opening(path, options, { url, _ in
            try StateStore.open(planPath: path, url: url, mode: .restoredOnly(minimumStateBytes: PlanFile.previewThreshold),
                                report: debugReport)
        }) else { return nil }
        return take(store)
    }

    /// The current plan's progress for `rencana progress` (`StateStore.progress`: from the snapshot cache when it
    /// covers the state, else after an open), with the store when one was opened, else the file evidence it counts.
    static func openProgress(_ path: String, _ options: StateOptions, texts: Bool)
        throws -> (tracker: ProgressTracker, store: StateStore?, files: [FileEvidence]?) {
        let (tracker, store, files) = try opening(path, options) { url, moveAside in
            try StateStore.progress(planPath: path, url: url, texts: texts, cache: options.cache, beforeState: moveAside,
                                    report: debugReport)
        }
        if let store { _ = take(store) }
        keepUntilExit(tracker)
        return (tracker, store, files)
    }

    /// With `RENCANA_DEBUG_SNAPSHOT=1`: one line on stderr saying how the snapshot cache served this open (tests).
    private static func debugReport(_ line: String) {
        if ProcessInfo.processInfo.environment["RENCANA_DEBUG_SNAPSHOT"] == "1" { Console.error(line) }
    }

    /// The state file for the plan at `path`, moved aside first when `--reset-state` asks for it (or repaired,
    /// its good entries kept, when `--repair-state` does).
    static func stateURL(_ path: String, _ options: StateOptions) throws -> URL {
        let url = options.url(forPlan: path)
        do {
            try StateFileGuard.checkNotPlan(state: url.path, plan: path)
        } catch {
            throw Console.fail(error.description)
        }
        if options.repairState && !options.resetState { try StateRepair.repair(planPath: path, url: url) }
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

        init(message: String) { self.message = message }

        /// A state's refusal, with the hint that `--reset-state` may help when it may.
        init(_ error: StoreError) {
            message = !StateFileGuard.resetMayHelp(error) ? error.description
                : (error.line ?? 0) >= 2 ? Text.CommandFixes.repairHint(error.description) : Text.Command.stateHint(error.description)
        }
    }

    /// Opens the state at `url` for `plan`, printing nothing (the dashboard may be on screen).
    static func openStore(plan: Plan, url: URL, planPath: String) -> Result<StateStore, Failure> {
        do {
            let store = try StateStore.open(plan: plan, url: url)
            store.planPath = planPath
            return .success(store)
        } catch {
            return .failure(Failure(error))
        }
    }

    /// Loads the plan at `path` and opens its state, printing nothing: for a background thread.
    static func openQuietly(_ path: String, stateURL url: URL) -> Result<StateStore, Failure> {
        do {
            guard let store = try StateStore.open(planPath: path, url: url) else { preconditionFailure("a whole open returns a store") }
            return .success(store)
        } catch let error as StoreError {
            return .failure(Failure(error))
        } catch let error as PlanError {
            return .failure(Failure(message: error.description))
        } catch {
            return .failure(Failure(message: "\(error)"))
        }
    }

    /// The store's warnings (an interrupted last entry), one line each on stderr.
    static func printWarnings(of store: StateStore) {
        for warning in store.warnings { Console.error(Text.Command.warning("\(store.url.path): \(warning)")) }
        for warning in store.teamFolder?.warnings ?? [] { Console.error(Text.Command.warning(warning)) }
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
