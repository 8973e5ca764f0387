import XCTest
import PlanModel
@testable import GanttUI

/// Inputs that do not come from the keyboard reach the state through `update` too.
final class OutsideInputsTests: XCTestCase {
    func testANewDayMovesTodaysMarkAndAnAsOfThatFollowedIt() throws {
        let plan = try Fixture.plan()
        let march = AppState(plan: plan, width: 200, height: 50, today: .mar, asOf: .mar)
        let april = update(march, .newDay(today: .apr, defaultAsOf: .apr)).0
        XCTAssertEqual(april.today, .apr)
        XCTAssertEqual(april.asOf, .apr, "progress counted to the current month follows it")
        XCTAssertNotEqual(render(march).line(2), render(april).line(2), "the header's mark moves")
        // An as-of month chosen with [ ] stays where it was put.
        let chosen = march.pressing(.char("r"), .char("["))
        XCTAssertEqual(chosen.asOf, .feb)
        let next = update(chosen, .newDay(today: .apr, defaultAsOf: .apr)).0
        XCTAssertEqual(next.today, .apr)
        XCTAssertEqual(next.asOf, .feb)
    }

    func testTheWholePlanArrivesThroughUpdateAndKeepsTheView() throws {
        let plan = try Fixture.plan()
        let bytes = Array(try Data(contentsOf: Fixture.packageRoot.appendingPathComponent("plan.json")))
        let first = try XCTUnwrap(PlanDecoder.decodePrefix(bytes, rows: 20))
        let preview = AppState(plan: first, width: 80, height: 24, today: .nov, loading: true).pressing(.down, .down, .right)
        XCTAssertEqual(handle(preview, .char(" ")).0.notice, .stillLoading)
        let (loaded, effects) = update(preview, .planLoaded(WholePlan(plan: plan, year: YearState(signed: plan), folds: ["8"], asOf: .des)))
        XCTAssertEqual(effects, [])
        XCTAssertEqual(loaded.foldPaths, ["8"], "the folds kept from last time")
        XCTAssertFalse(loaded.isLoading)
        XCTAssertEqual(loaded.plan.rows.count, 124)
        XCTAssertEqual(loaded.selectedRow.map { loaded.plan.rows[$0].id }, preview.selectedRow.map { preview.plan.rows[$0].id })
        XCTAssertEqual(loaded.month, .feb)
        XCTAssertEqual(handle(loaded, .char(" ")).1.count, 1, "editing works once loaded")
    }
}
