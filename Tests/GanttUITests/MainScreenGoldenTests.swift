import XCTest
@testable import GanttUI

/// The main screens as whole golden files (text and styles): the real plan at the four sizes people use,
/// each overlay, and too small. The README's captures are these files' text (`ReadmeCaptureTests`).
final class MainScreenGoldenTests: XCTestCase {
    /// The cursor on Feb of 1.2.1.1 (four rows down, one month right), as the README describes it.
    private func moved(_ width: Int, _ height: Int) throws -> AppState {
        try Fixture.state(width, height).pressing(.down, .down, .down, .right)
    }

    func testTheRealPlanAtFourSizes() throws {
        try GoldenScreen.check(render(try moved(200, 50)), "main-200x50")
        try GoldenScreen.check(render(try moved(120, 40)), "main-120x40")
        try GoldenScreen.check(render(try moved(80, 24)), "main-80x24")
        try GoldenScreen.check(render(try moved(60, 8)), "main-60x8")
    }

    func testEachOverlay() throws {
        try GoldenScreen.check(render(try moved(80, 24).pressing(.char("?"))), "help-80x24")
        try GoldenScreen.check(render(try moved(120, 40).pressing(.char("?"))), "help-120x40")
        try GoldenScreen.check(render(try moved(80, 24).pressing(.char("a"), .down, .char(" "))), "picker-80x24")
        try GoldenScreen.check(render(try moved(200, 50).pressing(.char("d"))), "detail-200x50")
        try GoldenScreen.check(render(try moved(80, 24).pressing(.char("d"))), "detail-80x24")
        try GoldenScreen.check(render(try moved(80, 24).pressing(.char("/")).typing("survei")), "search-typing-80x24")
        try GoldenScreen.check(render(try moved(80, 24).pressing(.char("/")).typing("survei").pressing(.enter)),
                               "search-kept-80x24")
        try GoldenScreen.check(render(try moved(200, 50).pressing(.char("7"))), "area7-200x50")
    }

    func testTooSmall() throws {
        try GoldenScreen.check(render(try Fixture.state(40, 6)), "too-small-40x6")
    }
}
