import ArgumentParser
import Foundation
import PlanExport
import PlanFormats
import PlanModel
import PlanStore
import RencanaText

extension DiffFormat: ExpressibleByArgument {
    public init?(argument: String) { self.init(rawValue: FormatChoices.diff.named(argument) ?? "") }
}

/// `rencana diff PLAN [--format text|markdown|csv]`: the plan as signed against the plan as it now is.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "diff", abstract: Text.Authoring.diffAbstract,
                                                    discussion: Text.Authoring.diffDiscussion)

    @Argument(help: ArgumentHelp(Text.Command.planHelp, valueName: "plan")) var plan = "plan.json"
    @Option(name: .long, help: ArgumentHelp(Text.Authoring.diffFormatHelp, valueName: FormatChoices.diff.valueName))
    var format: DiffFormat = .text
    @OptionGroup var stateOptions: StateOptions

    func run() throws {
        let store = try Session.open(plan, stateOptions)
        let diff = PlanDiff(signed: store.signedPlan, current: store.plan, marks: store.marks)
        if diff.isEmpty && format == .text && Console.isTerminal { return print(Text.Authoring.noDifferences) }
        Console.writeOutput(Data(format.render(diff).utf8))
    }
}
