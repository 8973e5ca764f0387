import Foundation
import XCTest
@testable import GanttUI
import PlanModel

/// The key bar and the detail pane say what is true now: the area digits of the plan as it is (a 9th area added),
/// the detail of a folded line is its group's, and `n` with no search says so.
final class KeyBarFollowsTests: XCTestCase {
    private func added(_ state: AppState, texts: [String]) -> AppState {
        var state = state.pressing(.char("G"), .char("A"), .char("3"), .enter)
        for text in texts { state = state.typing(text).pressing(.enter) }
        return state
    }

    func testANinthAreaShowsInTheKeyBarDigits() throws {
        let start = try Fixture.state(200, 50)
        XCTAssertEqual(start.plan.areas.count, 8)
        let nine = added(start, texts: ["Area Baru", "Kegiatan Baru", "Sub Baru", "Indikator Baru"])
        XCTAssertEqual(nine.plan.areas.count, 9)
        let bar = render(nine.pressing(.escape)).lines[49]
        XCTAssertTrue(bar.contains("0-9 Area"), bar)
        XCTAssertEqual(render(start).lines[49].contains("0-8 Area"), true)
        XCTAssertEqual(nine.pressing(.char("9")).areaFilter, [9], "9 shows the new area")
    }

    func testTheDetailOfAFoldedAreaIsTheGroupsAndNWithoutASearchSaysSo() throws {
        var state = try Fixture.state(80, 24)
        state.timeZone = TimeZone(identifier: "UTC")!
        let folded = state.pressing(.char("-"), .char("-"), .char("-"), .char("d"))
        XCTAssertNotNil(folded.foldLine(at: try XCTUnwrap(folded.selectedRow)))
        try GoldenScreen.check(render(folded), "detail-folded-area-80x24")
        // Its key bar names no month or record key (each refused on a folded line), in the Realisasi layer too.
        let realisasi = folded.pressing(.char("r"))
        XCTAssertEqual(realisasi.layer, .realisasi)
        try GoldenScreen.check(render(realisasi), "detail-folded-area-realisasi-80x24")
        try GoldenScreen.check(render(state.pressing(.char("n"))), "n-without-search-80x24")
    }
}
