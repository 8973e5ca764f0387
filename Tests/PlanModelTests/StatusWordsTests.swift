import PlanModel
import XCTest

/// The one status vocabulary (issue 20): a month's word and a row's word over a period, from the same
/// values the figures count.
final class StatusWordsTests: XCTestCase {
    /// The sample plan's monthly row 1.2.1.1 (index 2) with these records.
    private func tracker(_ cells: [Month: RealisationStatus], row: RowID = "1.2.1.1") throws -> (ProgressTracker, Realisation) {
        let plan = try SamplePlan.plan()
        var realisation = Realisation()
        realisation.cells[row] = cells.mapValues { CellRecord(status: $0) }
        return (ProgressTracker(plan: plan, marks: plan.baselineMarks, realisation: realisation), realisation)
    }

    func testEveryMonthWordOfTheVocabulary() throws {
        // 1.1.1.2 is planned Jun and Des; 1.2.1.1 every month.
        let (t, r) = try tracker([.jan: .done, .feb: .partly, .mar: .missed, .apr: .moved(.mei)])
        let words = Month.allCases.map { t.statusWord(row: 2, month: $0, asOf: .jun, realisation: r) ?? "" }
        XCTAssertEqual(words, ["Terlaksana", "Terlaksana Sebagian", "Tidak Terlaksana", "Digeser ke Mei",
                               "Terlambat", "Terlambat", "Belum Jatuh Tempo", "Belum Jatuh Tempo", "Belum Jatuh Tempo",
                               "Belum Jatuh Tempo", "Belum Jatuh Tempo", "Belum Jatuh Tempo"])
        // Done in a month that is not planned, on the row planned Jun and Des: outside the schedule.
        let (o, ro) = try tracker([.feb: .done], row: "1.1.1.2")
        XCTAssertEqual(o.statusWord(row: 1, month: .feb, asOf: .des, realisation: ro), "Terlaksana di luar jadwal")
        XCTAssertNil(o.statusWord(row: 1, month: .mar, asOf: .des, realisation: ro), "nothing planned, nothing recorded")
    }

    func testAMonthMovedIntoAnUnplannedMonthIsDueThereNotOutsideTheSchedule() throws {
        // 1.1.1.2 (Jun, Des): Jun moved to Jul, Jul done. Jul is due by the move, so its done is in the schedule.
        let (t, r) = try tracker([.jun: .moved(.jul), .jul: .done], row: "1.1.1.2")
        XCTAssertEqual(t.statusWord(row: 1, month: .jul, asOf: .des, realisation: r), "Terlaksana")
        XCTAssertEqual(t.figures(row: 1, period: .semester(2), asOf: .des).outside, 0)
        XCTAssertEqual(t.rowStatusWord(row: 1, period: .semester(2), asOf: .des, realisation: r), "Belum Tuntas: 1 Terlaksana, 1 Terlambat")
    }

    func testARowWordNeverHidesAMissedOrLateMonthBehindAMove() throws {
        // TW II as of June: Apr missed, Mei moved to Jul, Jun not recorded.
        let (t, r) = try tracker([.apr: .missed, .mei: .moved(.jul)])
        XCTAssertEqual(t.rowStatusWord(row: 2, period: .triwulan(2), asOf: .jun, realisation: r),
                       "Belum Tuntas: 1 Tidak Terlaksana, 1 Terlambat; Mei digeser ke Juli")
    }

    func testARowWordForUniformMixedAndEmptyPeriods() throws {
        let (t, r) = try tracker([.jan: .done, .feb: .done, .mar: .done, .apr: .done, .mei: .partly])
        XCTAssertEqual(t.rowStatusWord(row: 2, period: .triwulan(1), asOf: .des, realisation: r), "Terlaksana")
        XCTAssertEqual(t.rowStatusWord(row: 2, period: .triwulan(2), asOf: .jun, realisation: r),
                       "Belum Tuntas: 1 Terlaksana, 1 Terlaksana Sebagian, 1 Terlambat",
                       "a mixed row's word is not a month's word")
        XCTAssertEqual(t.rowStatusWord(row: 2, period: .triwulan(3), asOf: .mar, realisation: r), "Belum Jatuh Tempo")
        // 1.1.1.1 is planned in January only: nothing in TW II.
        XCTAssertEqual(t.rowStatusWord(row: 0, period: .triwulan(2), asOf: .des, realisation: r), "–")
        // Only a move in the period: the move is the word.
        let (m, rm) = try tracker([.jun: .moved(.jul)], row: "1.1.1.2")
        XCTAssertEqual(m.rowStatusWord(row: 1, period: .triwulan(2), asOf: .jun, realisation: rm), "Digeser ke Juli")
    }

    func testTheRowWordCountsAsTheFiguresCount() throws {
        let (t, r) = try tracker([.jan: .done, .feb: .missed, .mar: .partly])
        let figures = t.figures(row: 2, period: .triwulan(1), asOf: .mar)
        XCTAssertEqual([figures.done, figures.missed, figures.partly, figures.overdue], [1, 1, 1, 0])
        XCTAssertEqual(t.rowStatusWord(row: 2, period: .triwulan(1), asOf: .mar, realisation: r),
                       "Belum Tuntas: 1 Terlaksana, 1 Terlaksana Sebagian, 1 Tidak Terlaksana")
        // As of February, March is not due yet and does not count.
        XCTAssertEqual(t.rowStatusWord(row: 2, period: .triwulan(1), asOf: .feb, realisation: r),
                       "Belum Tuntas: 1 Terlaksana, 1 Tidak Terlaksana")
    }

    func testAMoveOntoADueMonthIsCaught() {
        let planned = MonthSet([.mar, .apr, .jun])
        // Mar → Apr: Apr is planned, one record would count for two.
        XCTAssertTrue(RowProgress.moveLandsOnDueMonth(.mar, to: .apr, planned: planned, status: { _ in nil }))
        // Mar → Mei: nothing planned there.
        XCTAssertFalse(RowProgress.moveLandsOnDueMonth(.mar, to: .mei, planned: planned, status: { _ in nil }))
        // Mar → Mei when Mei is itself the target of nothing and Apr moved to Sep: still free.
        XCTAssertFalse(RowProgress.moveLandsOnDueMonth(.mar, to: .mei, planned: planned,
                                                       status: { $0 == .apr ? .moved(.sep) : nil }))
        // Mar → Apr when Apr itself moved to Jul: moves are followed on, so Mar lands in Jul with Apr.
        XCTAssertTrue(RowProgress.moveLandsOnDueMonth(.mar, to: .apr, planned: planned,
                                                       status: { $0 == .apr ? .moved(.jul) : nil }))
        // Mar → Mei when Apr already moved to Mei: two items would land in Mei.
        XCTAssertTrue(RowProgress.moveLandsOnDueMonth(.mar, to: .mei, planned: planned,
                                                      status: { $0 == .apr ? .moved(.mei) : nil }))
        // Mar → Apr when Apr moved to Jun (planned): Mar follows on to Jun, which Jun and Apr already land in.
        XCTAssertTrue(RowProgress.moveLandsOnDueMonth(.mar, to: .apr, planned: planned,
                                                       status: { $0 == .apr ? .moved(.jun) : nil }))
    }
}
