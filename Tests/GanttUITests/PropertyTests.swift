import XCTest
@testable import GanttUI
import PlanModel

/// Thousands of random key sequences, resizes included: nothing traps, and the cursor is
/// always on a visible row (on screen whenever the grid is) and on a month.
final class PropertyTests: XCTestCase {
    /// A deterministic generator, so a failure can be replayed from its seed.
    typealias SplitMix = SplitMix64

    static let keys: [Key] = [
        .up, .down, .left, .right, .pageUp, .pageDown, .home, .end, .enter, .escape, .tab, .backTab, .backspace,
        .delete, .char("j"), .char("k"), .char("h"), .char("l"), .char("g"), .char("G"), .char(" "), .char("u"),
        .char("/"), .char("n"), .char("N"), .char("d"), .char("?"), .char("a"), .char("x"), .char("q"), .char("é"),
        .char("0"), .char("1"), .char("2"), .char("7"), .char("8"), .char("9"), .ctrl("u"), .ctrl("d"), .ctrl("r"),
        .ctrl("l"), .function(1), .unknown, .char("東"), .char("😀"), .char("E"), .char("D"),
    ]

    func randomKey(_ rng: inout SplitMix) -> Key {
        switch Int.random(in: 0..<20, using: &rng) {
        case 0: return .resize(width: Int.random(in: 0...260, using: &rng), height: Int.random(in: 0...70, using: &rng))
        case 1: return .mouse(x: Int.random(in: -5...250, using: &rng), y: Int.random(in: -5...70, using: &rng),
                              [.press, .wheelUp, .wheelDown][Int.random(in: 0..<3, using: &rng)])
        default: return Self.keys[Int.random(in: 0..<Self.keys.count, using: &rng)]
        }
    }

    func testRandomKeySequencesNeverBreakTheInvariants() throws {
        let plan = try Fixture.plan()
        let starts = [(200, 50), (80, 24), (61, 9), (40, 12), (1, 1)].map {
            AppState(plan: plan, width: $0.0, height: $0.1, today: .nov)
        }
        for seed in 0..<2_000 {
            var rng = SplitMix(seed: UInt64(seed))
            var state = starts[seed % starts.count]
            for step in 0..<25 {
                let key = randomKey(&rng)
                // The store's answer fed back, as the event loop does.
                state.press(key)
                try checkInvariants(state, seed: seed, step: step, key: key)
            }
            let screen = render(state)
            XCTAssertEqual(screen.width, state.width)
            XCTAssertEqual(screen.height, state.height)
        }
    }

    func testExtremeAndNonsenseActionsAreClamped() throws {
        let plan = try Fixture.plan()
        // An entry about a row the plan lacks, and another plan's year altogether.
        var odd = YearState(signed: plan)
        let oddEntry = JournalEntry(seq: 1, id: "x-1", at: Date(), by: "x",
                                    change: .set(MarkChange(row: "99.99.99.99", month: .jan, old: false, new: true)))
        odd.apply(oddEntry)
        let actions: [Action] = [
            .moveRows(.max), .moveRows(.min), .moveMonths(.max), .moveMonths(.min), .wheel(.max), .wheel(.min),
            .view(.help(.open)), .view(.help(.scroll(.max))), .view(.help(.scroll(.min))), .view(.detail(.toggle)),
            .view(.detail(.page(.max))), .view(.detail(.page(.min))), .view(.picker(.open)), .view(.picker(.move(.max))),
            .view(.picker(.move(.min))), .view(.search(.open)), .view(.search(.type("a"))), .showArea(.max),
            .showArea(.min), .showArea(0), .resize(width: .max, height: .max), .resize(width: .min, height: -1),
            .click(x: .max, y: .min), .click(x: -1, y: 5), .saved(oddEntry, odd),
            .externalChange(YearState(signed: Fixture.smallPlan)), .saveFailed("x", odd), .view(.search(.erase)),
            .view(.search(.keep)), .view(.search(.clear)), .nextMatch, .previousMatch, .view(.picker(.toggle)),
            .view(.picker(.apply)), .closeOverlay, .toggle,
        ]
        var rng = SplitMix(seed: 42)
        for size in [(200, 50), (80, 24), (0, 0)] {
            var state = AppState(plan: plan, width: size.0, height: size.1, today: nil)
            for _ in 0..<3 {
                for action in actions.shuffled(using: &rng) {
                    state = update(state, action).0
                    if state.width * state.height <= 200 * 50 { _ = render(state) }
                    XCTAssertNotNil(state.selectedRow, "\(action)")
                }
            }
            let screen = render(state)  // the largest size once: 2000 x 1000 at most
            XCTAssertLessThanOrEqual(screen.width * screen.height, AppState.maxSize.width * AppState.maxSize.height)
        }
    }

    func checkInvariants(_ state: AppState, seed: Int, step: Int, key: Key) throws {
        let context = "seed \(seed) step \(step) after \(key)"
        guard !state.visibleRows.isEmpty else { return XCTFail("no visible rows: \(context)") }
        XCTAssertNotNil(state.selectedRow, context)
        XCTAssertTrue(Month.allCases.contains(state.month), context)
        XCTAssertTrue(state.visibleRows.indices.contains(state.top), context)
        if state.layout.mode != .tooSmall && state.gridHeight > 0 {
            XCTAssertTrue(state.bodyLines.contains(.row(state.cursor)), "cursor off screen: \(context)")
        }
        if state.isSearching || state.overlay != .none { return }
        var recount = 0
        for (i, row) in state.plan.rows.enumerated() { recount += (state.marks(of: i).bits ^ row.baseline.bits).nonzeroBitCount }
        XCTAssertEqual(state.changedCells, recount, context)
    }
}
