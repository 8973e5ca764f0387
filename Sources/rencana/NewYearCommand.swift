import ArgumentParser
import Foundation
import PlanModel
import PlanStore
import RencanaText

/// `rencana new-year PLAN --year Y --out NEW.json [--force] [--baseline]`: next year's plan from this one.
struct NewYearCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "new-year", abstract: Text.Authoring.newYearAbstract,
                                                    discussion: Text.Authoring.newYearDiscussion)

    @Argument(help: ArgumentHelp(Text.Command.planHelp, valueName: "plan")) var plan = "plan.json"
    @Option(name: .long, help: ArgumentHelp(Text.Authoring.newYearHelp, valueName: "yyyy")) var year: String
    @Option(name: .long, help: ArgumentHelp(Text.Authoring.adoptOutHelp, valueName: "new.json")) var out: String
    @Flag(name: .long, help: ArgumentHelp(Text.Command.forceHelp)) var force = false
    @Flag(name: .long, help: ArgumentHelp(Text.Authoring.newYearBaselineHelp)) var baseline = false
    @OptionGroup var stateOptions: StateOptions

    func run() throws {
        guard let year = Int(year), (1900...2999).contains(year) else {
            throw Console.fail(Text.Command.usage(Text.Authoring.badYear(self.year)), code: 64)
        }
        let source: Plan, marks: [MonthSet]?
        var protecting = [plan]
        if baseline {
            source = try Session.loadPlan(plan)
            marks = nil
            protecting.append(stateOptions.url(forPlan: plan).path)
        } else {
            let store = try Session.open(plan, stateOptions)
            source = store.plan
            marks = store.marks
            protecting.append(store.url.path)
        }
        // A new year's plan is for a year after this one's (a plan with no year is not checked).
        if source.document.year > 0 && year <= source.document.year {
            throw Console.fail(Text.Command.usage(Text.CommandFixes.yearNotAfter(year, planYear: source.document.year)), code: 64)
        }
        let next = PlanRevision.nextYear(source, year: year, marks: marks)
        try NewPlanFile.write(PlanEncoder.json(next), to: out, force: force, protecting: protecting, rows: next.rows.count,
                              renamed: PlanRevision.renamedRows(source))
    }
}
