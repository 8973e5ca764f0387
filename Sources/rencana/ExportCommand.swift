import ArgumentParser
import PlanFormats
import PlanModel
import RencanaText

/// `rencana export --format csv|markdown|json`: the current plan (or the plan as signed) to stdout.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: Text.Command.exportAbstract)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case csv, markdown, json
        init?(argument: String) {
            switch argument.lowercased() {
            case "csv": self = .csv
            case "markdown", "md": self = .markdown
            case "json": self = .json
            default: return nil
            }
        }
    }

    @Argument(help: ArgumentHelp(Text.Command.planHelp, valueName: "plan"))
    var plan = "plan.json"

    @Option(name: .long, help: ArgumentHelp(Text.Command.formatHelp, valueName: "csv|markdown|json"))
    var format: Format = .csv

    @Flag(name: .long, help: ArgumentHelp(Text.Command.idsHelp))
    var ids = false

    @Flag(name: .long, help: ArgumentHelp(Text.Command.baselineHelp))
    var baseline = false

    @OptionGroup var stateOptions: StateOptions

    func run() throws {
        let plan: Plan
        var marks: [MonthSet]?
        if baseline {
            plan = try Session.loadPlan(self.plan)
        } else {
            let store = try Session.open(self.plan, stateOptions)
            plan = store.plan
            marks = store.marks
        }
        switch format {
        case .csv: print(CSVExport.csv(plan: plan, marks: marks, includeIDs: ids), terminator: "")
        case .markdown: print(MarkdownExport.markdown(plan: plan, marks: marks, includeIDs: ids), terminator: "")
        case .json: print(PlanEncoder.json(plan, marks: marks), terminator: "")
        }
    }
}
