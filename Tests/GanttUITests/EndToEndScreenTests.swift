import XCTest
@testable import GanttUI
import PlanModel

/// The screens the tmux end-to-end tests (Tests/RencanaCLITests) compare whole with what the real binary draws:
/// made here from the same keys, so the golden files say what the user must see, and the tmux tests that the
/// terminal shows exactly that. Today is November 2022 (`RENCANA_TODAY=2022-11-15`) unless a test says otherwise.
final class EndToEndScreenTests: XCTestCase {
    /// A dashboard as `rencana plan.json` opens it on `year` (nil: nothing recorded).
    private func opened(_ width: Int, _ height: Int, year: YearState? = nil, today: Month = .nov) throws -> AppState {
        let plan = try Fixture.plan()
        // Progress counts to today's month: the plan's year is 2022 (`rencana progress`'s rule).
        return AppState(plan: plan, year: year, width: width, height: height, today: today, asOf: today)
    }

    /// `DashboardEndToEndTests.testToggleQuitReopenTheMarkIsStillThereAndUndoTakesItBack`.
    func testAMarkAfterARestartAndItsUndo() throws {
        let marked = try opened(200, 50).pressing(.down, .right, .char(" "))
        XCTAssertEqual(marked.changedCells, 1)
        let reopened = try opened(200, 50, year: marked.year)
        try GoldenScreen.check(render(reopened), "e2e-reopened-200x50")
        let undone = reopened.pressing(.char("u"))
        XCTAssertEqual(undone.notice, .undid("1.1.2.1", .feb))
        try GoldenScreen.check(render(undone), "e2e-undone-200x50")
    }

    /// `DashboardEndToEndTests.testARecordedStatusAndItsProgressSurviveARestartAndUndoTakesItBack` (April 2022).
    func testAStatusAfterARestartAndItsUndo() throws {
        let recorded = try opened(200, 50, today: .apr).pressing(.char("r"), .char("y"))
        let reopened = try opened(200, 50, year: recorded.year, today: .apr).pressing(.char("r"))
        try GoldenScreen.check(render(reopened), "e2e-status-reopened-200x50")
        let undone = reopened.pressing(.char("u"))
        XCTAssertEqual(undone.notice, .undid("1.1.1.1", .jan))
        try GoldenScreen.check(render(undone), "e2e-status-undone-200x50")
    }

    /// `EditEndToEndTests`: 1.1.3.1's INDIKATOR edited with `E`, after a restart, and after `u`.
    func testAnEditedIndikatorAfterARestartAndItsUndo() throws {
        let edited = try opened(200, 50).pressing(.down, .down, .char("E"), .ctrl("a")).typing("REVISI ").pressing(.enter)
        XCTAssertEqual(edited.plan.row("1.1.3.1")?.indikator.hasPrefix("REVISI 2) Rencana Aksi"), true)
        let reopened = try opened(200, 50, year: edited.year)
        try GoldenScreen.check(render(reopened), "e2e-edited-reopened-200x50")
        let undone = reopened.pressing(.char("u"))
        try GoldenScreen.check(render(undone), "e2e-edited-undone-200x50")
    }

    /// `StructureEndToEndTests`: a row added under 1.2.1.1 and moved below 1.2.1.2, 1.2.2.1 deleted; after a restart,
    /// in the revision view, and after `u`.
    func testRowsAddedMovedAndDeletedAfterARestart() throws {
        let changed = try opened(200, 50).pressing(.down, .down, .down, .char("o")).typing("Tersedianya video sosialisasi RB")
            .pressing(.enter, .char("J"), .down, .char("x"), .enter, .char("y"))
        XCTAssertEqual(changed.plan.rows.count, 124)
        let reopened = try opened(200, 50, year: changed.year)
        try GoldenScreen.check(render(reopened), "e2e-structure-reopened-200x50")
        let revision = reopened.pressing(.char("v"))
        try GoldenScreen.check(render(revision), "e2e-structure-revision-200x50")
        let undone = revision.pressing(.escape, .char("u"))
        XCTAssertEqual(undone.plan.rows.count, 125)
        try GoldenScreen.check(render(undone), "e2e-structure-undone-200x50")
    }

    /// `DashboardEndToEndTests.testSearchOnAnotherThreadFindsWhatASearchAtOnceFinds`: found at once here.
    func testAKeptSearchAndItsNextMatch() throws {
        let searched = try opened(200, 50).pressing(.char("/")).typing("integritas").pressing(.enter, .char("n"))
        XCTAssertEqual(searched.matchRows.count, 16)
        try GoldenScreen.check(render(searched), "e2e-search-next-200x50")
    }

    /// `DashboardEndToEndTests.testResizingThePaneReLaysOutTheScreen`: the moved cursor of the main screens, resized.
    func testResizedScreensAreTheMainScreens() throws {
        let moved = try opened(200, 50).pressing(.down, .down, .down, .right)
        try GoldenScreen.check(render(moved), "main-200x50")
        try GoldenScreen.check(render(moved.pressing(.resize(width: 80, height: 24))), "main-80x24")
        try GoldenScreen.check(render(moved.pressing(.resize(width: 40, height: 6))), "too-small-40x6")
        // Back to 200x50 from there: the scroll the small screens needed stays.
        let back = moved.pressing(.resize(width: 80, height: 24), .resize(width: 40, height: 6), .resize(width: 200, height: 50))
        try GoldenScreen.check(render(back), "e2e-resized-back-200x50")
    }

    /// `MouseEndToEndTests`: a click on the Des cell of the third row of a 250-column screen, Space, then ↓.
    func testAClickOnTheLastMonthOfAWideScreen() throws {
        let start = try opened(250, 50)
        let header = render(start).line(1)
        let des = try XCTUnwrap(header.range(of: "Des"))
        let column = header.distance(from: header.startIndex, to: des.lowerBound) + 1
        let clicked = start.pressing(.mouse(x: column, y: 5, .press), .char(" "), .down)
        XCTAssertEqual(clicked.month, .des)
        XCTAssertEqual(clicked.changedCells, 1)
        try GoldenScreen.check(render(clicked), "e2e-mouse-250x50")
    }

    /// `DashboardEndToEndTests.testSevenShowsOnlyAreaSeven`, then all areas again.
    func testAreaSevenAndBack() throws {
        let seven = try opened(200, 50).pressing(.down, .down, .down, .right, .char("7"))
        try GoldenScreen.check(render(seven), "area7-200x50")
        try GoldenScreen.check(render(seven.pressing(.char("0"))), "e2e-area7-then-all-200x50")
    }
}
