import XCTest
import RencanaText
@testable import GanttUI

/// An office opened from the roll-up speaks the process's language, and its detail pane names no key that records
/// (the office is read-only: "b adds one" pointed to a key the roll-up refuses).
final class RollupOfficeWordsTests: XCTestCase {
    func testAnOfficesDetailInIndonesianNamesNoKeyThatRecords() throws {
        try Text.$language.withValue(.id) {
            let (state, years) = try RollupDashboardTests.state(120, 40)
            // The third office: Enter, then the detail of its first row.
            var detail = RollupDashboardTests.pressing(state, [.char("j"), .char("j"), .enter, .char("d")], years: years)
            detail.office?.state.timeZone = TimeZone(identifier: "UTC")!  // history times as the golden has them
            let screen = renderRollup(detail)
            try GoldenScreen.check(screen, "rollup-office-detail-id-120x40")
            XCTAssertTrue(screen.text.contains("semua area"), screen.text)
            XCTAssertFalse(screen.text.contains("untuk menambah"), "a read-only view names no key that adds")
        }
        // The plan's own dashboard keeps its hint.
        let own = try Fixture.state(120, 40).pressing(.char("d"))
        XCTAssertTrue(render(own).text.contains(own.text.detailNoEvidence))
    }
}
