import PlanModel
import RencanaText

/// What `progress` and `report` share about the period asked for, so both commands check it the same
/// way and count as of the same month (their figures must agree).
enum ProgressPeriodChoice {
    /// Refuses a Triwulan outside 1–4 or a Semester outside 1–2 (usage, exit 64).
    static func check(tw: Int?, semester: Int?) throws {
        if let tw, !(1...4).contains(tw) { throw Console.fail(Text.Command.usage(Text.Progress.twRange(tw)), code: 64) }
        if let semester, !(1...2).contains(semester) {
            throw Console.fail(Text.Command.usage(Text.Progress.semesterRange(semester)), code: 64)
        }
    }

    /// The as-of month: an explicit `--until`, else today's month (in the plan's own year; December for
    /// another year) but no later than the period's end, so a period still running counts only what is due.
    static func asOf(_ period: ProgressPeriod, until: Month?, planYear: Int) throws -> Month {
        if let until { return until }
        return min(period.months.upperBound, try ProgressCommand.defaultAsOf(year: planYear))
    }
}
