import PlanModel
import XCTest

/// A Tim RB's first half year on the real plan.json, with every expected figure counted by hand
/// from the plan's schedule (as printed by `rencana list plan.json --ids`).
final class ProgressRealPlanTests: XCTestCase {
    /// The scenario: TW I and TW II of area 1 recorded in part, two rows of area 2, one of area 3.
    static func scenario() -> Realisation {
        var r = Realisation()
        func set(_ row: RowID, _ month: Month, _ status: RealisationStatus, note: String = "") {
            r.cells[row, default: [:]][month] = CellRecord(status: status, note: note)
        }
        set("1.1.1.1", .jan, .done)         // SK Tim RB, evidence tied to January
        set("1.1.1.1", .feb, .done)         // not planned: done outside the schedule, no evidence
        set("1.1.2.1", .jan, .done)         // kick off, evidence for the whole row
        set("1.3.1.1", .jan, .partly)
        set("1.3.1.4", .feb, .missed, note: "Narasumber berhalangan")
        set("1.4.3.1", .mar, .moved(.apr))  // moved to April, done there, evidence tied to April
        set("1.4.3.1", .apr, .done)
        set("1.2.1.1", .jan, .done)         // every month planned; done Jan–Apr, no evidence
        set("1.2.1.1", .feb, .done)
        set("1.2.1.1", .mar, .done)
        set("1.2.1.1", .apr, .done)
        set("1.2.1.1", .mei, .partly)
        set("1.2.1.1", .jun, .missed)
        set("2.1.1.1", .mar, .moved(.jul))  // planned Mar Jun Sep Des: March moved into TW III
        for month in [Month.jan, .feb, .mar, .apr, .mei, .jun] { set("2.5.1.1", month, .done) }
        set("3.1.1.1", .jun, .partly)       // planned Jun Des, no evidence
        r.evidence = [
            Evidence(id: "e1", row: "1.1.1.1", month: .jan, kind: .sk, title: "SK Tim RB",
                     location: .file("bukti/sk-tim-rb.pdf")),
            Evidence(id: "e2", row: "1.1.2.1", kind: .notulen, location: .file("bukti/notulen-kickoff.pdf")),
            Evidence(id: "e3", row: "1.4.3.1", month: .apr, kind: .laporan, location: .url("https://example.org/lap")),
            Evidence(id: "e4", row: "2.5.1.1", kind: .tautan, location: .url("https://jdih.example.org")),
        ]
        return r
    }

    // Planned month-items per area in TW I (Jan–Mar) and TW II (Apr–Jun), counted from the schedule:
    //   area 1 (18 rows): TW I  1.1.1.1 1, 1.1.2.1 1, 1.2.1.1 3, 1.2.1.2 3, 1.2.2.2 3, 1.3.1.1 1, 1.3.1.2 3,
    //          1.3.1.3 3, 1.3.1.4 1, 1.3.2.1 3, 1.4.3.1 1 = 23;
    //          TW II 1.1.3.1 1 (Jun), 1.2.1.1 3, 1.2.1.2 3, 1.2.2.2 3, 1.3.2.1 3, 1.4.1.1 1, 1.4.2.1 1, 1.4.3.2 1 = 16
    //   area 2: four rows Mar Jun Sep Des (1 + 1 each) and 2.5.1.1 every month: TW I 7, TW II 7
    //   area 3: 3.1.1.1 Jun Des, 3.2.1.1 Jul–Des: TW I 0, TW II 1
    //   area 4: 18 rows every month (3 + 3 each), 4.2.1.2 and 4.3.1.1 quarterly (1 + 1 each),
    //          4.1.2.1 and 4.1.4.1 Jun Des (0 + 1 each), 4.4.3.2 Ags–Des: TW I 56, TW II 58
    //   area 5: 5.1.5.1 5.1.6.1 5.1.7.1 5.2.1.1 every month (12 + 12); 5.1.1.1 Jan Jun Des (1 + 1),
    //          5.1.2.1 Jun Des (0 + 1), 5.1.3.1 Jan Des (1 + 0), 5.1.3.2 Jun Des (0 + 1),
    //          5.1.4.1 Jan Jun Des (1 + 1): TW I 15, TW II 16
    //   area 6: 6.1.1.1 and 6.1.2.2 Jan–Mar (3 + 0 each), 6.1.2.1 Jan Des (1 + 0), five rows 6.1.3.1–6.1.7.1 and
    //          6.2.2.1 every month (18 + 18), 6.2.1.1 quarterly (1 + 1), 6.2.3.1 none: TW I 26, TW II 19
    //   area 7: TW I 7.1.1.1 1, 7.1.2.1 3, 7.1.3.1 3, 7.1.3.2 1, 7.2.1.1 1, 7.2.2.1 3, 7.2.3.1 3, 7.2.4.1 1,
    //          7.3.1.1 1, 7.4.1.1 1, 7.4.2.1 1, 7.5.1.1 1, 7.5.2.1 2, 7.5.3.1 2, 7.6.1.1–4 4, 7.7.1.1 3, 7.7.2.1 3,
    //          7.8.1.1–3 9 = 43; TW II 7.1.2.1 3, 7.1.3.1 3, 7.1.3.2 1, 7.1.4.1 1, 7.2.2.1 3, 7.2.3.1 3, 7.2.4.1 1,
    //          7.5.2.1 3, 7.5.3.1 3, 7.6.3.1 1, 7.8.1.1–3 9 = 31
    //   area 8: 8.1.1.1–8 quarterly (8 + 8), 8.2.1.1–2 Jun Des (0 + 2), 8.2.2.1 quarterly (1 + 1), 8.2.3.1 and
    //          8.3.1.1–10 every month (33 + 33), 8.3.1.11 8.4.1.1 8.4.2.1 8.5.1.1 Jan + later (4 + 0): TW I 46, TW II 44
    //   plan: TW I 23+7+0+56+15+26+43+46 = 216; TW II 16+7+1+58+16+19+31+44 = 192
    //
    // With the scenario, as of June:
    //   area 1 TW I: 23 − 1 moved (1.4.3.1 Mar) = 22 due; done 1.1.1.1 Jan, 1.1.2.1 Jan, 1.2.1.1 ×3 = 5;
    //          partly 1.3.1.1; missed 1.3.1.4; overdue 22 − 7 = 15; outside 1.1.1.1 Feb;
    //          kurang bukti 1.2.1.1 ×3, 1.3.1.1, 1.1.1.1 Feb = 5; capaian 5,5 ÷ 22 = 25 %
    //   area 1 TW II: 16 + 1 moved into April = 17 due; done 1.4.3.1 Apr, 1.2.1.1 Apr = 2; partly 1.2.1.1 Mei;
    //          missed 1.2.1.1 Jun; overdue 13; kurang bukti 1.2.1.1 Apr and Mei = 2; 2,5 ÷ 17 = 14,7 %
    //   area 2 TW I: 7 − 1 moved (2.1.1.1 Mar) = 6 due; done 2.5.1.1 ×3; overdue 3; 3 ÷ 6 = 50 %
    //   area 2 TW II: 7 due; done 2.5.1.1 ×3; overdue 4; 3 ÷ 7 = 42,9 %
    //   area 3 TW I: nothing due, "–"; TW II: 1 due, partly, kurang bukti 1; ½ ÷ 1 = 50 %
    //   areas 4–8: nothing recorded: all due months overdue, 0 %
    //   plan TW I: 216 − 2 = 214 due, done 8, partly 1, missed 1, overdue 204, moved 2, outside 1, kurang bukti 5;
    //          8,5 ÷ 214 = 3,97 % → 4 %
    //   plan TW II: 193 due, done 5, partly 2, missed 1, overdue 185, kurang bukti 3; 6 ÷ 193 = 3,1 %
    //   area 1 Jan–Jun: 39 due, done 7, partly 2; 8 ÷ 39 = 20,5 %
    func testTriwulanIAndIIPerAreaOnTheRealPlan() throws {
        let plan = try RealPlan.plan()
        let tracker = ProgressTracker(plan: plan, marks: plan.baselineMarks, realisation: Self.scenario())
        func area(_ number: Int, _ period: ProgressPeriod) -> ProgressFigures {
            tracker.figures(of: .area(plan.areas.firstIndex { $0.number == number }!), period: period, asOf: .jun)
        }
        typealias F = ProgressFigures
        XCTAssertEqual(area(1, .triwulan(1)), F(due: 22, done: 5, partly: 1, missed: 1, overdue: 15, moved: 1,
                                                 outside: 1, kurangBukti: 5))
        XCTAssertEqual(area(1, .triwulan(1)).capaianText, "25%")
        XCTAssertEqual(area(1, .triwulan(2)), F(due: 17, done: 2, partly: 1, missed: 1, overdue: 13, kurangBukti: 2))
        XCTAssertEqual(area(1, .triwulan(2)).capaianText, "14,7%")
        XCTAssertEqual(area(1, .triwulan(2).cumulative).capaianText, "20,5%")
        XCTAssertEqual(area(1, .triwulan(2).cumulative).due, 39)
        XCTAssertEqual(area(2, .triwulan(1)), F(due: 6, done: 3, overdue: 3, moved: 1))
        XCTAssertEqual(area(2, .triwulan(1)).capaianText, "50%")
        XCTAssertEqual(area(2, .triwulan(2)), F(due: 7, done: 3, overdue: 4))
        XCTAssertEqual(area(2, .triwulan(2)).capaianText, "42,9%")
        XCTAssertEqual(area(3, .triwulan(1)), F())
        XCTAssertEqual(area(3, .triwulan(1)).capaianText, "–")
        XCTAssertEqual(area(3, .triwulan(2)), F(due: 1, partly: 1, kurangBukti: 1))
        XCTAssertEqual(area(3, .triwulan(2)).capaianText, "50%")
        let untouched: [(Int, Int, Int)] = [(4, 56, 58), (5, 15, 16), (6, 26, 19), (7, 43, 31), (8, 46, 44)]
        for (number, tw1, tw2) in untouched {
            XCTAssertEqual(area(number, .triwulan(1)), F(due: tw1, overdue: tw1), "area \(number)")
            XCTAssertEqual(area(number, .triwulan(2)), F(due: tw2, overdue: tw2), "area \(number)")
            XCTAssertEqual(area(number, .triwulan(1)).capaianText, "0%")
        }
        let plan1 = tracker.figures(of: .plan, period: .triwulan(1), asOf: .jun)
        XCTAssertEqual(plan1, F(due: 214, done: 8, partly: 1, missed: 1, overdue: 204, moved: 2, outside: 1, kurangBukti: 5))
        XCTAssertEqual(plan1.capaianText, "4%")
        let plan2 = tracker.figures(of: .plan, period: .triwulan(2), asOf: .jun)
        XCTAssertEqual(plan2, F(due: 193, done: 5, partly: 2, missed: 1, overdue: 185, kurangBukti: 3))
        XCTAssertEqual(plan2.capaianText, "3,1%")
        // As of March, TW II has nothing due yet anywhere.
        XCTAssertEqual(tracker.figures(of: .plan, period: .triwulan(2), asOf: .mar).capaianText, "–")
    }
}
