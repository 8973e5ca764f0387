import XCTest
import PlanModel
@testable import GanttUI

/// The backend seam: which cells reach the terminal from one frame to the next (`FrameDiff`), checked on a
/// `TestBackend` whose screen behaves like a terminal's, so a missed cell shows up as a wrong screen.
final class FrameDiffTests: XCTestCase {
    private func buffer(_ lines: [String], width: Int, style: Style = .normal) -> Buffer {
        var b = Buffer(width: width, height: lines.count)
        for (y, line) in lines.enumerated() { b.write(line, x: 0, y: y, style: style) }
        return b
    }

    private func positions(_ updates: [CellUpdate]) -> [String] { updates.map { "\($0.x),\($0.y)" } }

    func testTheFirstFrameSendsEveryCellAndTheSameFrameNothing() {
        let backend = TestBackend(width: 6, height: 2)
        let frame = buffer(["abc", "d"], width: 6)
        backend.draw(frame, full: false)
        XCTAssertEqual(backend.lastUpdates.count, 12)
        XCTAssertEqual(backend.screen, frame)
        backend.draw(frame, full: false)
        XCTAssertEqual(backend.lastUpdates, [])
        backend.draw(frame, full: true)
        XCTAssertEqual(backend.lastUpdates.count, 12, "Ctrl-L sends everything again")
    }

    func testOnlyChangedCellsAndChangedStylesAreSent() {
        let backend = TestBackend(width: 6, height: 2)
        backend.draw(buffer(["abc", "def"], width: 6), full: false)
        var next = buffer(["abX", "def"], width: 6)
        backend.draw(next, full: false)
        XCTAssertEqual(positions(backend.lastUpdates), ["2,0"])
        next.restyle(x: 0, y: 1, width: 2) { $0 = Style(.cursorRow) }
        backend.draw(next, full: false)
        XCTAssertEqual(positions(backend.lastUpdates), ["0,1", "1,1"])
        XCTAssertEqual(backend.lastUpdates.map(\.style), [Style(.cursorRow), Style(.cursorRow)])
        XCTAssertEqual(backend.screen, next)
    }

    func testWideCharactersAreSentByTheirLeftHalfAndOverwritesEraseTheOtherHalf() {
        let backend = TestBackend(width: 6, height: 1)
        backend.draw(buffer(["ab"], width: 6), full: false)
        // Narrow to wide: one update for "東" (its right half is covered by drawing it).
        let wide = buffer(["東b"], width: 6)
        backend.draw(wide, full: false)
        XCTAssertEqual(positions(backend.lastUpdates), ["0,0", "2,0"])
        XCTAssertEqual(backend.screen, wide)
        // Wide to narrow: both halves' cells are sent.
        let narrow = buffer(["xyb"], width: 6)
        backend.draw(narrow, full: false)
        XCTAssertEqual(positions(backend.lastUpdates), ["0,0", "1,0"])
        XCTAssertEqual(backend.screen, narrow)
        // A wide character moved one column right: the cell it left and the one it takes.
        backend.draw(buffer(["東"], width: 6), full: false)
        let moved = buffer([" 東"], width: 6)
        backend.draw(moved, full: false)
        XCTAssertEqual(positions(backend.lastUpdates), ["0,0", "1,0"])
        XCTAssertEqual(backend.screen, moved)
    }

    func testABlankTakesItsLeftNeighboursLookAndIsNotSentWhenThatLookStays() {
        // Bars and changed bars look alike on a blank (same background): the blank is drawn in the bar's style.
        let alike: (Style, Style) -> Bool = { a, b in Set([a.role, b.role]).isSubset(of: [.bar, .barChanged]) }
        let backend = TestBackend(width: 4, height: 1, looksAlike: alike)
        var first = Buffer(width: 4, height: 1)
        first.write("√", x: 0, y: 0, style: Style(.bar))
        first.write(" ", x: 1, y: 0, style: Style(.bar))
        backend.draw(first, full: false)
        var second = first
        second.write(" ", x: 1, y: 0, style: Style(.barChanged))
        backend.draw(second, full: false)
        XCTAssertEqual(backend.lastUpdates, [], "the blank looks the same: nothing is sent")
        var third = second
        third.write("*", x: 1, y: 0, style: Style(.barChanged))
        backend.draw(third, full: false)
        XCTAssertEqual(backend.lastUpdates, [CellUpdate(x: 1, y: 0, cell: Cell("*", Style(.barChanged)), style: Style(.barChanged))])
    }

    func testAScrolledFrameSendsExactlyTheCellsThatDiffer() {
        let lines = (0..<8).map { "line \($0) " + String(repeating: "x", count: $0) }
        let backend = TestBackend(width: 20, height: 6)
        let before = buffer(Array(lines[0..<6]), width: 20)
        backend.draw(before, full: false)
        let after = buffer(Array(lines[1..<7]), width: 20)
        backend.draw(after, full: false)
        let differing = (0..<6).flatMap { y in (0..<20).filter { before[$0, y] != after[$0, y] }.map { "\($0),\(y)" } }
        XCTAssertEqual(positions(backend.lastUpdates), differing)
        XCTAssertEqual(backend.screen, after)
    }

    func testAResizeRepaintsTheWholeScreen() {
        let backend = TestBackend(width: 10, height: 3)
        backend.draw(buffer(["abc"], width: 10), full: false)
        backend.resize(width: 5, height: 2)
        XCTAssertEqual(backend.readKey(timeoutMilliseconds: 0), .resize(width: 5, height: 2))
        let small = buffer(["abc", "de"], width: 5)
        backend.draw(small, full: false)
        XCTAssertEqual(backend.lastUpdates.count, 10)
        XCTAssertEqual(backend.screen, small)
    }

    /// Random frames of narrow, wide and combining characters in random styles: after every frame the
    /// screen is exactly the frame: its text, and each cell's look.
    func testRandomFramesAlwaysLeaveTheScreenRight() {
        var random = SplitMix64(seed: 7)
        let pieces = ["a", "b", " ", "東", "京", "e\u{301}", "√", "─", "·"]
        let styles = [Style(.normal), Style(.bar), Style(.barChanged), Style(.cursorRow), Style(.header, bold: true)]
        let alike: (Style, Style) -> Bool = { a, b in a.role == b.role }
        let backend = TestBackend(width: 12, height: 4, looksAlike: alike)
        var frame = Buffer(width: 12, height: 4)
        for step in 0..<500 {
            for _ in 0..<Int.random(in: 1...6, using: &random) {
                let text = (0..<Int.random(in: 1...4, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
                frame.write(text, x: Int.random(in: 0..<12, using: &random), y: Int.random(in: 0..<4, using: &random),
                            style: styles.randomElement(using: &random)!)
            }
            backend.draw(frame, full: false)
            XCTAssertEqual(backend.screen.text, frame.text, "step \(step)")
            // And every cell looks as the frame says: its own style, or for a blank one that looks alike.
            for y in 0..<4 {
                for x in 0..<12 where !frame[x, y].isContinuation {
                    let (shown, wanted) = (backend.screen[x, y].style, frame[x, y].style)
                    XCTAssertTrue(shown == wanted || (frame[x, y].grapheme == " " && alike(shown, wanted)),
                                  "step \(step): cell \(x),\(y) drawn \(shown), the frame says \(wanted)")
                }
            }
        }
    }
}
