import ArgumentParser
import Foundation
import PlanModel
import PlanStore
import RencanaText

/// `rencana remove PLAN ROW-ID [--level indikator|sub|kegiatan|area] [--yes]`: asks first on a terminal.
struct RemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "remove", abstract: Text.Authoring.removeAbstract,
                                                    discussion: Text.Authoring.removeDiscussion)

    @Argument(help: ArgumentHelp(Text.Command.planHelp, valueName: "plan")) var plan = "plan.json"
    @Argument(help: ArgumentHelp(Text.Progress.rowIDHelp, valueName: "row-id")) var row: String
    @Option(name: .long, help: ArgumentHelp(Text.Authoring.removeLevelHelp, valueName: "indikator|sub|kegiatan|area"))
    var level: PlanLevel = .indikator
    @Flag(name: .long, help: ArgumentHelp(Text.Authoring.yesHelp)) var yes = false
    @OptionGroup var stateOptions: StateOptions

    func run() throws {
        let store = try Session.open(plan, stateOptions)
        let id = try Authoring.requireRow(row, in: store)
        if !yes {
            var state = store.state
            guard let removal = state.removal(of: id, level: level) else {
                throw Console.fail(Text.State.noSuchRow(TerminalText.safe(row, limit: 200)))
            }
            let summary = Self.summary(removal, store.realisation, row: TerminalText.safe(row, limit: 200))
            guard isatty(STDIN_FILENO) == 1 else { throw Console.fail(Text.Authoring.needsYes(summary), code: 64) }
            print(summary)
            print(Text.Authoring.confirm, terminator: "")
            fflush(nil)
            let answer = (readLine() ?? "").trimmingCharacters(in: .whitespaces).lowercased()
            guard ["y", "yes", "ya"].contains(answer) else { return print(Text.Authoring.notRemoved) }
        }
        let entry = try Authoring.saving { () throws(StoreError) in try store.record(.removeRows(row: id, level: level))! }
        Authoring.printSaved(entry, in: store)
    }

    /// What goes with a removal: its level (as widened), rows, months of recorded realisation and evidence.
    static func summary(_ removal: RowRemoval, _ realisation: Realisation, row: String) -> String {
        let rows = Set(removal.rows)
        let cells = removal.rows.reduce(0) { $0 + (realisation.cells[$1]?.count ?? 0) }
        let evidence = realisation.evidence.filter { rows.contains($0.row) }.count
        return Text.Authoring.removalSummary(row: row, level: Text.Journal.levelName(removal.level.rawValue),
                                             rows: removal.rows.count, cells: cells, evidence: evidence)
    }
}
