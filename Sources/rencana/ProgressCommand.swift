import ArgumentParser
import Foundation
import PlanExport
import PlanFormats
import PlanModel
import PlanStore
import RencanaText

/// `rencana progress [PLAN] [--tw N | --semester N | --year] [--until MONTH] [--by row|kegiatan|area] [--format text|csv|json]`
struct ProgressCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "progress", abstract: Text.Progress.progressAbstract,
                                                    discussion: Text.Progress.progressDiscussion)

    @Argument(help: ArgumentHelp(Text.Command.planHelp, valueName: "plan"))
    var plan = "plan.json"

    @OptionGroup var periodOptions: PeriodOptions

    @Option(name: .long, help: ArgumentHelp(Text.Progress.byHelp, valueName: "row|kegiatan|area"))
    var by = "area"

    @Option(name: .long, help: ArgumentHelp(Text.Progress.formatHelp, valueName: FormatChoices.progress.valueName))
    var format = "text"

    @OptionGroup var stateOptions: StateOptions

    func run() throws {
        try periodOptions.check()
        guard let grouping = ProgressBy(rawValue: by) else {
            throw Console.fail(Text.Command.usage(Text.Progress.unknownBy(by)), code: 64)
        }
        guard FormatChoices.progress.named(format) != nil else {
            throw Console.fail(Text.Command.usage(Text.Progress.unknownFormat(format)), code: 64)
        }
        let tracker = try countedProgress(texts: grouping == .row)
        let (period, asOf) = try periodOptions.resolve(planYear: tracker.plan.document.year)
        let lines = ProgressReport.lines(tracker, by: grouping, period: period, asOf: asOf)
        // Through `Console.writeOutput`: row ids and texts come from files, so a terminal is shown their controls.
        let output: String
        switch format {
        case "csv": output = ProgressReport.csv(lines)
        case "json": output = ProgressReport.json(lines, period: period, asOf: asOf)
        default: output = ProgressReport.text(lines, period: period, asOf: asOf)
        }
        Console.writeOutput(Data(output.utf8))
    }

    /// The plan's progress (from the snapshot cache when it can be) with the evidence whose file is gone left
    /// uncounted, as the report and `evidence list --missing` count it. Only a plan with file evidence has files to check
    /// (links are never gone): from the cache the pieces come with the figures (no restore); else from the store's
    /// realisation. The rows holding gone evidence are then counted again.
    private func countedProgress(texts: Bool) throws -> ProgressTracker {
        let (tracker, opened, files) = try Session.openProgress(plan, stateOptions, texts: texts)
        guard tracker.holdsFileEvidence else { return tracker }
        let folder = EvidenceCheck.folder(ofPlan: plan)
        if let files { return tracker.discounting(gone: EvidenceCheck.goneFiles(files, folder: folder)) }
        let store = try opened ?? Session.open(plan, stateOptions)
        let gone = EvidenceCheck.goneFiles(store.realisation, folder: folder)
        return tracker.discounting(gone: gone, marks: store.marks, realisation: store.realisation)
    }

    /// The current month when the plan's year is this year, December otherwise; "today" from
    /// RENCANA_TODAY (YYYY-MM-DD) when set, so tests do not depend on the clock.
    static func defaultAsOf(year: Int) throws -> Month { defaultAsOf(year: year, today: try today()) }

    /// The rule itself: this month when the plan's year is this year, December otherwise.
    static func defaultAsOf(year: Int, today: (Int, Month)) -> Month { today.0 == year ? today.1 : .des }

    /// Today's year and month (RENCANA_TODAY or the clock), through the one date parser.
    static func today() throws -> (Int, Month) {
        let date = try DateOption.today()
        return (date.year, date.month)
    }
}
