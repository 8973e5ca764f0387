import XCTest
import RencanaText
@testable import GanttUI

/// The search prompt takes at most `AppState.searchLimit` characters and says so once they are typed.
final class SearchLimitTests: XCTestCase {
    func testTheQueryStopsAtTheLimitAndThePromptSaysSo() throws {
        let long = String(repeating: "sosialisasi ", count: 30)  // 360 characters
        let state = try Fixture.state(80, 24).pressing(.char("/")).typing(long)
        XCTAssertEqual(state.search?.draft.count, AppState.searchLimit)
        XCTAssertEqual(state.search?.draft, String(long.prefix(AppState.searchLimit)))
        try GoldenScreen.check(render(state), "search-full-80x24")

        // One character less: no warning (the golden file above has it; this line must not).
        let short = try Fixture.state(80, 24).pressing(.char("/")).typing(String(long.prefix(AppState.searchLimit - 1)))
        XCTAssertFalse(render(short).lines[23].contains("characters at most"))
    }

    func testTheHelpNamesTheLimit() {
        let help = Text.Dashboard.english.keyHelp["search"] ?? ""
        XCTAssertTrue(help.contains("up to \(AppState.searchLimit) characters"), help)
    }
}
