import PlanModel
import XCTest

/// The progress arithmetic on small, hand-checked rows.
final class ProgressTests: XCTestCase {
    /// One row's figures from its planned months and statuses.
    private func figures(_ planned: [Month], _ statuses: [Month: RealisationStatus], evidence: EvidenceCover = .init(),
                         _ period: ProgressPeriod, asOf: Month = .des) -> ProgressFigures {
        let months = RowProgress.months(planned: MonthSet(planned), status: { statuses[$0] }, evidence: evidence)
        return RowProgress.figures(months, period: period, asOf: asOf)
    }

    func testPeriodsAndTheirCumulativeSpan() {
        XCTAssertEqual(ProgressPeriod.triwulan(1).months, .jan ... .mar)
        XCTAssertEqual(ProgressPeriod.triwulan(2).months, .apr ... .jun)
        XCTAssertEqual(ProgressPeriod.triwulan(4).months, .okt ... .des)
        XCTAssertEqual(ProgressPeriod.semester(2).months, .jul ... .des)
        XCTAssertEqual(ProgressPeriod.year.months, .jan ... .des)
        XCTAssertEqual(ProgressPeriod.until(.mei).months, .jan ... .mei)
        XCTAssertEqual(ProgressPeriod.triwulan(3).cumulative.months, .jan ... .sep)
        XCTAssertEqual(ProgressPeriod.triwulan(3).cumulative, .until(.sep))
        XCTAssertEqual(ProgressPeriod.triwulan(of: .apr), 2)
        XCTAssertEqual(ProgressPeriod.triwulan(of: .des), 4)
    }

    func testNothingDueIsADashNeverZeroOrHundred() {
        // Planned in December only: nothing of it falls in TW I.
        let tw1 = figures([.des], [:], .triwulan(1))
        XCTAssertEqual(tw1, ProgressFigures())
        XCTAssertNil(tw1.capaian)
        XCTAssertEqual(tw1.capaianText, "–")
        // A row with no months at all, even with a record outside the schedule.
        let empty = figures([], [.feb: .done], .year)
        XCTAssertEqual(empty.due, 0)
        XCTAssertEqual(empty.outside, 1)
        XCTAssertEqual(empty.capaianText, "–")
        // Planned in TW II but the as-of month is March: not due yet.
        let early = figures([.apr, .mei], [.apr: .done], .triwulan(2), asOf: .mar)
        XCTAssertEqual(early.capaianText, "–")
        XCTAssertEqual(early.done, 0, "done early is counted once the month is due")
    }

    func testPartlyCountsHalf() {
        // Jan done, Feb partly, Mar missed, Apr not recorded.
        let statuses: [Month: RealisationStatus] = [.jan: .done, .feb: .partly, .mar: .missed]
        let tw1 = figures([.jan, .feb, .mar, .apr], statuses, .triwulan(1))
        XCTAssertEqual(tw1, ProgressFigures(due: 3, done: 1, partly: 1, missed: 1, overdue: 0, kurangBukti: 2))
        XCTAssertEqual(tw1.capaianText, "50%", "(1 + ½) ÷ 3")
        // As of February only Jan and Feb are due: (1 + ½) ÷ 2.
        XCTAssertEqual(figures([.jan, .feb, .mar, .apr], statuses, .triwulan(1), asOf: .feb).capaianText, "75%")
        // The whole year: Apr is overdue; (1 + ½) ÷ 4.
        let year = figures([.jan, .feb, .mar, .apr], statuses, .year)
        XCTAssertEqual(year.overdue, 1)
        XCTAssertEqual(year.capaianText, "37,5%")
    }

    func testAMovedMonthIsDueWhereItWasMovedTo() {
        // Planned Mar and Jun; Mar moved to April, April done, June not recorded.
        let statuses: [Month: RealisationStatus] = [.mar: .moved(.apr), .apr: .done]
        let tw1 = figures([.mar, .jun], statuses, .triwulan(1))
        XCTAssertEqual(tw1, ProgressFigures(moved: 1), "no longer due in March; counted as moved there")
        XCTAssertEqual(tw1.capaianText, "–")
        let tw2 = figures([.mar, .jun], statuses, .triwulan(2))
        XCTAssertEqual(tw2, ProgressFigures(due: 2, done: 1, overdue: 1, kurangBukti: 1))
        XCTAssertEqual(tw2.capaianText, "50%")
        XCTAssertEqual(figures([.mar, .jun], statuses, .triwulan(2).cumulative),
                       ProgressFigures(due: 2, done: 1, overdue: 1, moved: 1, kurangBukti: 1))
        // Moved to April but April not recorded yet: overdue in April, not in March.
        XCTAssertEqual(figures([.mar], [.mar: .moved(.apr)], .year),
                       ProgressFigures(due: 1, overdue: 1, moved: 1))
        // As of March the moved item is not due anywhere yet.
        XCTAssertEqual(figures([.mar], [.mar: .moved(.apr)], .year, asOf: .mar), ProgressFigures(moved: 1))
    }

    func testMovesIntoAPlannedMonthAndOnwardAndInACircle() {
        // Jan moved into March, which is planned too: two items due in March share its record.
        XCTAssertEqual(figures([.jan, .mar], [.jan: .moved(.mar), .mar: .done], .triwulan(1)),
                       ProgressFigures(due: 2, done: 2, moved: 1, kurangBukti: 2))
        // Jan → Feb, and Feb (not planned) → Apr, recorded partly there.
        XCTAssertEqual(figures([.jan], [.jan: .moved(.feb), .feb: .moved(.apr), .apr: .partly], .triwulan(1)),
                       ProgressFigures(moved: 1))
        XCTAssertEqual(figures([.jan], [.jan: .moved(.feb), .feb: .moved(.apr), .apr: .partly], .triwulan(2)),
                       ProgressFigures(due: 1, partly: 1, kurangBukti: 1))
        // Jan → Feb → Jan: a circle is not done; due in January, missed.
        XCTAssertEqual(figures([.jan], [.jan: .moved(.feb), .feb: .moved(.jan)], .year),
                       ProgressFigures(due: 1, missed: 1))
        // Moved backwards, from May to February.
        XCTAssertEqual(figures([.mei], [.mei: .moved(.feb), .feb: .done], .triwulan(1)),
                       ProgressFigures(due: 1, done: 1, kurangBukti: 1))
    }

    func testDoneOutsideTheScheduleIsCountedApart() {
        // Planned Jan only; done in Jan and also in Feb.
        let tw1 = figures([.jan], [.jan: .done, .feb: .done], .triwulan(1))
        XCTAssertEqual(tw1, ProgressFigures(due: 1, done: 1, outside: 1, kurangBukti: 2))
        XCTAssertEqual(tw1.capaianText, "100%", "never above 100 %: the extra month is not due")
        // Missed in a month that was not planned is not anything.
        XCTAssertEqual(figures([.jan], [.feb: .missed], .triwulan(1)), ProgressFigures(due: 1, overdue: 1))
    }

    func testKurangBuktiIsDoneWithoutEvidenceForThatMonth() {
        let statuses: [Month: RealisationStatus] = [.jan: .done, .feb: .partly, .mar: .missed]
        let planned: [Month] = [.jan, .feb, .mar]
        XCTAssertEqual(figures(planned, statuses, .triwulan(1)).kurangBukti, 2, "missed needs no evidence")
        XCTAssertEqual(figures(planned, statuses, evidence: EvidenceCover(months: MonthSet([.jan])), .triwulan(1)).kurangBukti, 1)
        XCTAssertEqual(figures(planned, statuses, evidence: EvidenceCover(months: MonthSet([.mar])), .triwulan(1)).kurangBukti, 2)
        XCTAssertEqual(figures(planned, statuses, evidence: EvidenceCover(wholeRow: true), .triwulan(1)).kurangBukti, 0,
                       "evidence tied to no month covers the row")
    }

    func testIndonesianNumbers() {
        XCTAssertEqual(ProgressFigures(due: 8, done: 7).capaianText, "87,5%")
        XCTAssertEqual(ProgressFigures(due: 3, done: 2).capaianText, "66,7%")
        XCTAssertEqual(ProgressFigures(due: 3, done: 1).capaianText, "33,3%")
        XCTAssertEqual(ProgressFigures(due: 16, done: 1).capaianText, "6,3%", "6,25 rounds half up")
        XCTAssertEqual(ProgressFigures(due: 5, done: 0, overdue: 5).capaianText, "0%")
        XCTAssertEqual(ProgressFigures(due: 4, done: 4).capaianText, "100%")
        XCTAssertEqual(ProgressFigures(due: 2000, done: 1).capaianText, "0,1%", "0,05 rounds half up")
        XCTAssertEqual(ProgressFigures(due: 4000, done: 1).capaianText, "0%")
        XCTAssertEqual(IndonesianNumber.integer(1_234_567), "1.234.567")
        XCTAssertEqual(IndonesianNumber.integer(999), "999")
        XCTAssertEqual(IndonesianNumber.integer(1000), "1.000")
        XCTAssertEqual(IndonesianNumber.integer(0), "0")
        XCTAssertEqual(IndonesianNumber.percent(tenths: 12345), "1.234,5%")
    }

    func testAggregationIsSumOverSumNotAMeanOfPercentages() throws {
        // Area 1 of the sample: row 1.1.1.1 (Jan) done → 100 %; row 1.1.1.2 (Jun, Des) nothing;
        // row 1.2.1.1 (every month) three months done of twelve.
        let plan = try SamplePlan.plan()
        var realisation = Realisation()
        realisation.cells["1.1.1.1"] = [.jan: CellRecord(status: .done)]
        realisation.cells["1.2.1.1"] = [.jan: CellRecord(status: .done), .feb: CellRecord(status: .done),
                                        .mar: CellRecord(status: .done)]
        let tracker = ProgressTracker(plan: plan, marks: plan.baselineMarks, realisation: realisation)
        let area = tracker.figures(of: .area(0), period: .year, asOf: .des)
        XCTAssertEqual(area.due, 1 + 2 + 12)
        XCTAssertEqual(area.done, 4)
        XCTAssertEqual(area.capaianText, "26,7%", "4 ÷ 15; the mean of 100 %, 0 % and 25 % would be 41,7 %")
        XCTAssertEqual(tracker.figures(row: 0, period: .year, asOf: .des).capaianText, "100%")
        XCTAssertEqual(tracker.figures(of: .kegiatan(area: 0, kegiatan: 0), period: .year, asOf: .des),
                       ProgressFigures(due: 3, done: 1, overdue: 2, kurangBukti: 1))
        XCTAssertEqual(tracker.figures(of: .sub(area: 0, kegiatan: 1, sub: 0), period: .triwulan(1), asOf: .des),
                       ProgressFigures(due: 3, done: 3, kurangBukti: 3))
        // The plan: area 2's row (Mar Jun Sep Des) adds four due months; area 3 has no rows.
        XCTAssertEqual(tracker.figures(of: .plan, period: .year, asOf: .des).due, 19)
        XCTAssertEqual(tracker.figures(of: .plan, period: .year, asOf: .des).capaianText, "21,1%")
        XCTAssertEqual(tracker.figures(of: .area(2), period: .year, asOf: .des).capaianText, "–")
    }

    func testCellsReadAsOfAMonth() throws {
        let plan = try SamplePlan.plan()
        var realisation = Realisation()
        realisation.cells["1.2.1.1"] = [.jan: CellRecord(status: .done), .feb: CellRecord(status: .moved(.jul)),
                                        .mar: CellRecord(status: .partly), .apr: CellRecord(status: .missed)]
        realisation.cells["1.1.1.1"] = [.feb: CellRecord(status: .done)]
        let tracker = ProgressTracker(plan: plan, marks: plan.baselineMarks, realisation: realisation)
        let row = 2
        XCTAssertEqual(tracker.cell(row: row, month: .jan, asOf: .mei), .done)
        XCTAssertEqual(tracker.cell(row: row, month: .feb, asOf: .mei), .moved)
        XCTAssertEqual(tracker.cell(row: row, month: .mar, asOf: .mei), .partly)
        XCTAssertEqual(tracker.cell(row: row, month: .apr, asOf: .mei), .missed)
        XCTAssertEqual(tracker.cell(row: row, month: .mei, asOf: .mei), .overdue)
        XCTAssertEqual(tracker.cell(row: row, month: .jun, asOf: .mei), .notYetDue)
        XCTAssertEqual(tracker.cell(row: 0, month: .feb, asOf: .mei), .outside)
        XCTAssertEqual(tracker.cell(row: 0, month: .mar, asOf: .mei), .none)
    }
}
