import Foundation
import XCTest
@testable import GanttUI
import PlanModel

/// A line break typed with Ctrl-O shows in the detail pane as a new line (as the editor shows it), never as `\n`.
final class DetailLineBreakTests: XCTestCase {
    func testACtrlOLineBreakIsANewLineInTheDetailPane() throws {
        var state = try Fixture.state(120, 40)
        state.timeZone = TimeZone(identifier: "UTC")!
        let edited = state.pressing([.char("E"), .ctrl("e"), .ctrl("o")] + "第二行".map { Key.char($0) } + [.enter, .char("d")])
        XCTAssertEqual(edited.plan.rows[0].indikator, "SK Tim Reformasi Birokrasi di lingkungan Unit/Satuan Kerja\n第二行")
        let screen = render(edited)
        try GoldenScreen.check(screen, "detail-line-break-120x40")
        XCTAssertFalse(screen.text.contains("\\n"), screen.text)
    }
}
