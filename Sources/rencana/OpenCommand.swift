import ArgumentParser
import Foundation
import PlanStore
import RencanaText

/// `rencana [PLAN]`: the dashboard.
struct Open: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: Text.Command.openAbstract)

    @Argument(help: ArgumentHelp(Text.Command.planHelp, valueName: "plan"))
    var plan = "plan.json"

    @OptionGroup var stateOptions: StateOptions

    @Flag(name: .long, help: ArgumentHelp(Text.Command.noMouseHelp))
    var noMouse = false

    /// For tests of the terminal's restoration: `!` makes the dashboard trap.
    @Flag(name: .long, help: .hidden)
    var debugTrap = false

    /// For tests of the preview of large plans: the background load waits this many milliseconds first.
    @Option(name: .long, help: .hidden)
    var debugLoadDelay = 0

    /// For tests of background search: search on another thread whatever the plan's size.
    @Flag(name: .long, help: .hidden)
    var debugBackgroundSearch = false

    func run() throws {
        // A folder of offices opens the roll-up dashboard (RollupDashboard.swift).
        if RollupDashboard.isFolderOfOffices(plan) {
            let code = RollupDashboard.run(paths: [plan], mouse: !noMouse)
            if code != 0 { throw ExitCode(code) }
            return
        }
        let code = runDashboard(try start(), mouse: !noMouse, debugTrap: debugTrap,
                                searchInBackground: debugBackgroundSearch ? true : nil)
        if code != 0 { throw ExitCode(code) }
    }

    /// A large plan opens on its first rows at once and loads the rest in the background;
    /// others are loaded first (a broken one is reported before the screen changes).
    private func start() throws -> DashboardStart {
        if let preview = PlanFile.preview(plan) {
            let url = try Session.stateURL(plan, stateOptions)
            // A long journal: restoring the whole state from its snapshot beats replaying it on the preview.
            if let store = try Session.openLongStateFromSnapshot(plan, stateOptions) { return .ready(store) }
            if case .success(let previewStore) = Session.openStore(plan: preview, url: url, planPath: plan) {
                let path = plan, delay = UInt32(clamping: max(0, min(debugLoadDelay, 60_000)))
                return .preview(previewStore, loading: BackgroundOpen {
                    if delay > 0 { usleep(delay * 1_000) }
                    return Session.openQuietly(path, stateURL: url)
                })
            }
        }
        return .ready(try Session.open(plan, stateOptions))
    }
}
