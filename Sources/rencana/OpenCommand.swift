import ArgumentParser
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

    func run() throws {
        let store = try Session.open(plan, stateOptions)
        let code = runDashboard(store: store, mouse: !noMouse, debugTrap: debugTrap)
        if code != 0 { throw ExitCode(code) }
    }
}
