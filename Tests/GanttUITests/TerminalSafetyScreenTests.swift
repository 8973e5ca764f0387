import XCTest
@testable import GanttUI
import PlanModel

/// The dashboard shows controls from a plan the same visible way as `rencana list` (never as cells that
/// ncurses would drop or a terminal would obey), and cuts clusters ncurses cannot hold the same way each time.
final class TerminalSafetyScreenTests: XCTestCase {
    private static let hostile = "T\u{1B}]0;pwned\u{07}\u{1B}[2J\u{9B}m\u{202E}rev\u{2066}\tx\ny\u{7F}"

    private func hostilePlan() -> Plan {
        Plan(document: DocumentInfo(title: "Judul " + Self.hostile, unit: "Unit", year: 2022), areas: [
            ChangeArea(number: 1, name: "Area " + Self.hostile, kegiatan: [
                Kegiatan(title: "Keg \u{1B}P1$q\u{1B}\\", subKegiatan: [
                    SubKegiatan(title: "Sub \u{90}dcs\u{9C}", indicators: [
                        Indicator(text: "Ind " + Self.hostile, months: MonthSet([.jan]), ket: "K\u{1B}c"),
                    ]),
                ]),
            ]),
        ])
    }

    /// Every cell of the screen: no scalar that ncurses would drop or a terminal would obey.
    private func assertHarmless(_ buffer: Buffer, file: StaticString = #filePath, line: UInt = #line) {
        for cell in buffer.cells {
            for scalar in cell.grapheme.unicodeScalars where TerminalTextCheck.isUnsafe(scalar) {
                XCTFail("U+\(String(scalar.value, radix: 16)) in a cell:\n\(buffer.text)", file: file, line: line)
                return
            }
        }
    }

    func testTableAndDetailPaneShowControlsVisibly() throws {
        for glyphs in [Glyphs.unicode, .ascii] {
            let plan = hostilePlan()
            var state = AppState(plan: plan, width: 200, height: 30, today: .nov, glyphs: glyphs)
            let table = render(state)
            assertHarmless(table)
            XCTAssertTrue(table.text.contains("\\u{1B}]0;pwned\\u{7}"), table.text)
            state = state.pressing(.char("d"))
            let detail = render(state)
            assertHarmless(detail)
            let lines = state.detailContent.lines.map(\.value)
            // (A line break starts a new line of the pane, as in the editor: the rest of the text is on the next.)
            let at = try XCTUnwrap(lines.firstIndex { $0.contains("Ind T\\u{1B}]0;pwned\\u{7}\\u{1B}[2J\\u{9B}m\\u{202E}rev\\u{2066}\\tx") },
                                   "\(lines)")
            XCTAssertEqual(lines[at + 1], "y\\u{7F}", "\(lines)")
            for size in [(80, 24), (20, 6), (3, 2)] {
                assertHarmless(render(state, width: size.0, height: size.1))
            }
        }
    }

    func testClustersNcursesCannotHoldAreCutTheSameWay() {
        XCTAssertEqual(Buffer.drawable("👨‍👩‍👧"), "👨")
        XCTAssertEqual(Buffer.drawable("❤️‍🔥"), "❤️")
        XCTAssertEqual(Buffer.drawable("🇮🇩"), "🇮🇩")
        XCTAssertEqual(Buffer.drawable("e\u{301}"), "e\u{301}")
        let zalgo = Character("a" + String(repeating: "\u{301}", count: 12))
        XCTAssertEqual(Buffer.drawable(zalgo).unicodeScalars.count, 4)
        var buffer = Buffer(width: 10, height: 1)
        let used = buffer.write("👨‍👩‍👧x" + String(zalgo), x: 0, y: 0)
        XCTAssertEqual(used, 4)
        XCTAssertEqual(buffer[0, 0].grapheme, "👨")
        XCTAssertTrue(buffer[1, 0].isContinuation)
        XCTAssertEqual(buffer[2, 0].grapheme, "x")
        XCTAssertEqual(buffer[3, 0].grapheme.unicodeScalars.count, 4)
        XCTAssertTrue(buffer.cells.allSatisfy { $0.grapheme.unicodeScalars.count <= Buffer.maxScalars })
    }
}

/// The unsafe set, restated here so the test does not trust the code it checks.
enum TerminalTextCheck {
    static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return v < 0x20 || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
            || v == 0x2028 || v == 0x2029
    }
}
