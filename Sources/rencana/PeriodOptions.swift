import ArgumentParser
import PlanModel
import RencanaText

/// The period options of `progress`, `report` and `rollup` (`--tw`, `--semester`, `--year`, `--until`), written once
/// and resolved one way, so the three count alike: one of --tw, --semester or --year, with --until as the as-of month;
/// --until alone is January up to that month; none is January up to today's month.
struct PeriodOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(Text.Progress.twHelp, valueName: "1-4"))
    var tw: Int?

    @Option(name: .long, help: ArgumentHelp(Text.Progress.semesterHelp, valueName: "1-2"))
    var semester: Int?

    @Flag(name: .long, help: ArgumentHelp(Text.Report.yearHelp))
    var year = false

    @Option(name: .long, help: ArgumentHelp(Text.Progress.untilHelp, valueName: "month"))
    var until: String?

    /// Refuses two periods at once, a Triwulan outside 1–4, a Semester outside 1–2 or an unknown month (usage,
    /// exit 64), before anything is read.
    func check() throws {
        guard [tw != nil, semester != nil, year].filter({ $0 }).count <= 1 else {
            throw Console.fail(Text.Command.usage(Text.Progress.onePeriodOnly), code: 64)
        }
        try ProgressPeriodChoice.check(tw: tw, semester: semester)
        _ = try untilMonth()
    }

    /// The period and the month it is counted as of, for a plan of `planYear`.
    func resolve(planYear: Int) throws -> (period: ProgressPeriod, asOf: Month) {
        let untilMonth = try untilMonth()
        let period: ProgressPeriod
        if let tw {
            period = .triwulan(tw)
        } else if let semester {
            period = .semester(semester)
        } else if year {
            period = .year
        } else {
            period = .until(try untilMonth ?? ProgressCommand.defaultAsOf(year: planYear))
        }
        return (period, try ProgressPeriodChoice.asOf(period, until: untilMonth, planYear: planYear))
    }

    private func untilMonth() throws -> Month? { try until.map { try Words.month($0) } }
}
