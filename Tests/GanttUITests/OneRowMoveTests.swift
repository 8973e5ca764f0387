import XCTest
@testable import GanttUI
import PlanModel

/// Issue 5: a one-row move (↓ / ↑) at 200x50 writes under 1,000 bytes to the terminal, every time. Each move over
/// a whole plan, down to its last row and back up, is checked for what makes a redraw cheap: the grid scrolls by
/// lines (one row comes on screen at most), and without a scroll only the two cursor rows change, from their
/// INDIKATOR on. On plan.json the bytes are estimated too (`Redraw`).
final class OneRowMoveTests: XCTestCase {
    /// `Redraw.estimatedBytes` over-estimates the bytes written: on the walk of plan.json in a pty
    /// (`Benchmarks/e2e.py --sizes 124 --walk`) they were 55–100 % of the estimate, at most 875, all under 1,000.
    /// Before the cursor's row left merged cells alone and the table scrolled by lines, a move redrew whole rows of
    /// text and the estimates reached 2,000 and more.
    static let estimateLimit = 1_300

    /// Moves the cursor from the first of `rows` rows to the last and back; `check` sees each move's frames.
    func walk(_ plan: Plan, rows: Int, check: (AppState, AppState, Buffer, Buffer, String) -> Void) {
        var state = AppState(plan: plan, width: 200, height: 50, today: .nov)
        XCTAssertEqual(state.layout.mode, .table)
        var frame = render(state)
        let steps = min(rows, plan.rows.count) - 1
        for key in Array(repeating: Key.down, count: steps) + Array(repeating: Key.up, count: steps) {
            let next = handle(state, key).0
            let nextFrame = render(next)
            check(state, next, frame, nextFrame, "\(key) from row \(state.cursor) to \(next.cursor), top \(state.top) → \(next.top)")
            state = next
            frame = nextFrame
        }
        XCTAssertEqual(state.cursor, 0)
    }

    /// The structure of a cheap redraw (see the type's comment); returns the lines the grid scrolled.
    @discardableResult
    func checkStructure(_ state: AppState, _ next: AppState, _ frame: Buffer, _ nextFrame: Buffer, _ context: String,
                        file: StaticString = #filePath, line: UInt = #line) -> Int {
        let before = state.rowsOnScreen, after = next.rowsOnScreen
        let arriving = Set(after.keys).subtracting(before.keys)
        XCTAssertLessThanOrEqual(arriving.count, 1, "rows scrolled in: \(arriving.sorted()); \(context)", file: file, line: line)
        // Lines the grid moved: where a row on screen before and after went.
        let kept = Set(after.keys).intersection(before.keys)
        let scroll = kept.first.map { before[$0]! - after[$0]! } ?? 0
        XCTAssertTrue(kept.allSatisfy { before[$0]! - after[$0]! == scroll }, context, file: file, line: line)
        XCTAssertLessThanOrEqual(abs(scroll), 2, "a move scrolls by its row and at most one rule; \(context)", file: file, line: line)
        if scroll == 0, let from = before[state.cursor], let to = after[next.cursor] {
            let indikator = next.layout.texts[3].x
            for y in 0..<nextFrame.height {
                for x in 0..<nextFrame.width where frame[x, y] != nextFrame[x, y] {
                    XCTAssertTrue((y == from || y == to) && x >= indikator,
                                  "cell \(x),\(y) changed (cursor rows on lines \(from), \(to)); \(context)", file: file, line: line)
                }
            }
        }
        return scroll
    }

    func testEveryOneRowMoveOverTheRealPlanRedrawsLittle() throws {
        let plan = try Fixture.plan()
        var largest = 0
        walk(plan, rows: plan.rows.count) { state, next, frame, nextFrame, context in
            checkStructure(state, next, frame, nextFrame, context)
            let redraw = Redraw(from: frame, to: nextFrame, region: next.layout.bodyY..<next.layout.keyBarY)
            XCTAssertLessThan(redraw.estimatedBytes, Self.estimateLimit, "\(context): \(redraw)")
            largest = max(largest, redraw.estimatedBytes)
        }
        XCTAssertGreaterThan(largest, 0)
    }

    func testEveryOneRowMoveOverASyntheticPlanScrollsByLines() {
        // 240 rows, 30 an area: the walk crosses areas at the top and at the bottom of the screen many times.
        let plan = SyntheticPlan.generate(rows: 240, seed: 1)
        walk(plan, rows: plan.rows.count) { checkStructure($0, $1, $2, $3, $4) }
    }
}

private extension AppState {
    /// The screen line of each visible row on screen, by its position in `visibleRows`.
    var rowsOnScreen: [Int: Int] {
        var lines: [Int: Int] = [:]
        for (n, line) in bodyLines.enumerated() { if case .row(let i) = line { lines[i] = layout.bodyY + n } }
        return lines
    }
}
