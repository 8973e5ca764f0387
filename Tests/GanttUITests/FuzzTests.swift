import Foundation
@testable import GanttUI
import PlanModel
import XCTest

/// 100,000 random events through the pure `handle`/`update`/`render`: keys, typed text, clicks,
/// resizes from 1x1 to 300x100, and changes saved by another process. Nothing traps, the cursor
/// stays on a visible row and a month, and every frame is exactly the terminal's size.
final class FuzzTests: XCTestCase {
    private typealias Generator = PropertyTests.SplitMix
    /// How many events; RENCANA_FUZZ_EVENTS overrides it (for profiling or longer runs).
    static let events = ProcessInfo.processInfo.environment["RENCANA_FUZZ_EVENTS"].flatMap(Int.init) ?? 100_000

    private func randomEvent(_ rng: inout Generator, plan: Plan, state: AppState) -> Action? {
        switch Int.random(in: 0..<100, using: &rng) {
        case 0..<4:
            return .resize(width: Int.random(in: 1...300, using: &rng), height: Int.random(in: 1...100, using: &rng))
        case 4..<7:
            // Another process saved: a few marks differ, and the history grew by one entry.
            let other = MemoryStore(year: state.year)
            let row = Int.random(in: 0..<plan.rows.count, using: &rng)
            let month = Month(index: Int.random(in: 0..<12, using: &rng))!
            _ = try? other.setMark(plan.rows[row].id, month, to: !state.marks(of: row).contains(month))
            return .externalChange(other.state)
        case 7..<9:
            return .saveFailed("no space left on the device", state.year)
        default:
            return nil  // a key instead
        }
    }

    private func randomKey(_ rng: inout Generator) -> Key {
        if Int.random(in: 0..<12, using: &rng) == 0 {
            return .mouse(x: Int.random(in: -5...305, using: &rng), y: Int.random(in: -5...105, using: &rng),
                          [.press, .wheelUp, .wheelDown][Int.random(in: 0..<3, using: &rng)])
        }
        return PropertyTests.keys[Int.random(in: 0..<PropertyTests.keys.count, using: &rng)]
    }

    func testAHundredThousandRandomEventsKeepEveryInvariant() throws {
        let plan = try Fixture.plan()
        let typed: [Key] = "integritas zona 7 RB é".map { .char($0) }
        var rng = Generator(seed: 0x46555A5A)
        var state = AppState(plan: plan, width: 200, height: 50, today: .nov)
        var renders = 0
        for step in 0..<Self.events {
            // What happened, described only when a check fails (describing every event costs more than the run).
            var event: Any
            if let action = randomEvent(&rng, plan: plan, state: state) {
                state = update(state, action).0
                event = action
            } else {
                let key = Int.random(in: 0..<4, using: &rng) == 0
                    ? typed[Int.random(in: 0..<typed.count, using: &rng)] : randomKey(&rng)
                state.press(key)
                event = key
            }
            let context = Context(step: step, event: event)
            guard let row = state.selectedRow else { return XCTFail("no selected row: \(context)") }
            XCTAssertTrue(state.visibleRows.contains(row), "\(context)")
            XCTAssertTrue(Month.allCases.contains(state.month), "\(context)")
            if state.layout.mode != .tooSmall && state.gridHeight > 0 && !state.isSearching && state.overlay == .none {
                XCTAssertTrue(state.bodyLines.contains(.row(state.cursor)), "cursor off screen: \(context)")
            }
            // Render a sample of the frames (every frame would take minutes in a debug build).
            if step % 100 == 0 {
                let frame = render(state)
                renders += 1
                XCTAssertEqual(frame.width, state.width, "\(context)")
                XCTAssertEqual(frame.height, state.height, "\(context)")
                XCTAssertEqual(frame.cells.count, frame.width * frame.height, "\(context)")
                for y in 0..<frame.height where TextWidth.of(frame.line(y)) > frame.width {
                    XCTFail("line \(y) is wider than the terminal: \(context)")
                }
            }
        }
        XCTAssertEqual(renders, Self.events / 100)
    }
}

/// Says which event broke an invariant; built into text only when a check fails.
private struct Context: CustomStringConvertible {
    let step: Int
    let event: Any
    var description: String { "step \(step) after \(String(describing: event).prefix(80))" }
}
