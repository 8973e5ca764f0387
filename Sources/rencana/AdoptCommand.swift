import ArgumentParser
import Foundation
import PlanModel
import PlanStore
import RencanaText

/// `rencana adopt PLAN --out NEW.json [--force]`: the plan as it now is, as a new plan file to be signed.
struct AdoptCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "adopt", abstract: Text.Authoring.adoptAbstract,
                                                    discussion: Text.Authoring.adoptDiscussion)

    @Argument(help: ArgumentHelp(Text.Command.planHelp, valueName: "plan")) var plan = "plan.json"
    @Option(name: .long, help: ArgumentHelp(Text.Authoring.adoptOutHelp, valueName: "new.json")) var out: String
    @Flag(name: .long, help: ArgumentHelp(Text.Command.forceHelp)) var force = false
    @OptionGroup var stateOptions: StateOptions

    func run() throws {
        let store = try Session.open(plan, stateOptions)
        let json = PlanRevision.adopt(store.plan, marks: store.marks)
        try NewPlanFile.write(json, to: out, force: force, protecting: [plan, store.url.path], rows: store.plan.rows.count,
                              renamed: PlanRevision.renamedRows(store.plan))
    }
}

/// Writing a new plan file: checked by the decoder every command uses, through `OutputFile`, with the
/// warning of issue 9 when it replaces a plan whose state has changes, and the rows whose reference changed.
enum NewPlanFile {
    static func write(_ json: String, to out: String, force: Bool, protecting: [String], rows: Int,
                      renamed: [(old: RowID, new: RowID)] = []) throws {
        do {
            _ = try PlanDecoder.decode(Array(json.utf8), file: out)
        } catch {
            throw Console.fail(Text.Authoring.wouldNotLoad(error.description))
        }
        // `--out -` is standard output, as for every text output.
        if out == "-" { return Console.writeOutput(Data(json.utf8)) }
        let oldState = existingHistory(of: out)
        do {
            try OutputFile.write(Array(json.utf8), to: out, force: force, protecting: protecting)
        } catch {
            throw Console.fail(error.message)
        }
        if let oldState {
            let shown = TerminalText.safe(out, limit: 300)
            Console.error(renamed.isEmpty ? Text.Authoring.oldHistory(plan: shown, state: oldState)
                                          : Text.Authoring.oldHistoryRenumbered(plan: shown, state: oldState))
        }
        Console.error(Text.Authoring.adopted(path: TerminalText.safe(out, limit: 300), rows: rows))
        // What each renumbered row was called, so notes and last year's reports can be read against the new plan.
        guard !renamed.isEmpty else { return }
        Console.error(Text.Authoring.renumbered(renamed.count))
        let lines = renamed.map { Text.Authoring.renamedRow(old: TerminalText.safe($0.old.rawValue, limit: 80), new: $0.new.rawValue) }
        FileHandle.standardError.write(Data((lines.joined(separator: "\n") + "\n").utf8))
    }

    /// The state file of an existing plan at `path` when it holds changes (is not empty).
    static func existingHistory(of path: String) -> String? {
        var info = stat()
        guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        let state = StateLocation.defaultURL(forPlan: path).path
        guard stat(state, &info) == 0, info.st_size > 0 else { return nil }
        return state
    }
}
