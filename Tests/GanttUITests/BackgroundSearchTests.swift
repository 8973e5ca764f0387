import XCTest
@testable import GanttUI
import PlanModel

/// Plans too large to scan between two keys search on another thread: typing asks for a search
/// (`Effect.search`) and shows "searching…"; the answer (`.searchFinished`) is taken only for the
/// query still wanted, and then behaves as a search done at once.
final class BackgroundSearchTests: XCTestCase {
    private func state() throws -> AppState {
        let plan = try Fixture.plan()
        return AppState(plan: plan, width: 200, height: 50, today: .nov, searchInBackground: true)
    }

    /// What the event loop does: the one effect runner performs the effects, searches included (here run at once,
    /// with no performer to hand them to), and their answers come back through update.
    private func answering(_ state: AppState, _ effects: [Effect]) -> AppState {
        var state = state
        _ = runEffects(effects, on: &state, store: MemoryStore(year: state.year))
        return state
    }

    func testTheEffectRunnerHandsTheSearchToThePerformerAndItsAnswerComesBackThroughUpdate() throws {
        var state = try state().pressing(.char("/"))
        let effects = update(&state, Keymap.action(for: .char("z"), in: state))
        XCTAssertEqual(effects, [.search(query: "z", among: nil)], "update returns the search as an effect")
        var started: [SearchJob] = []
        let performer = EffectPerformer(store: MemoryStore(year: state.year), startSearch: { started.append($0) })
        XCTAssertEqual(runEffects(effects, on: &state, performer: performer), EffectOutcome())
        XCTAssertEqual(started.map(\.query), ["z"], "started elsewhere, not run here")
        XCTAssertEqual(state.searchingFor, "z", "still waiting for the answer")
        let rows = try XCTUnwrap(started.first).run()
        XCTAssertEqual(rows, state.matches(for: "z", among: nil))
        XCTAssertFalse(rows.isEmpty)
        _ = update(&state, .searchFinished(query: "z", rows: rows))
        XCTAssertNil(state.searchingFor)
        XCTAssertEqual(state.matchRows, rows)
    }

    func testWithoutASearchStarterTheRunnerSearchesAtOnce() throws {
        var state = try state().pressing(.char("/"))
        let effects = update(&state, Keymap.action(for: .char("z"), in: state))
        _ = runEffects(effects, on: &state, store: MemoryStore(year: state.year))
        XCTAssertNil(state.searchingFor)
        XCTAssertEqual(state.matchRows, state.matches(for: "z", among: nil))
    }

    func testOnlyLargePlansSearchInTheBackgroundByDefault() throws {
        let plan = try Fixture.plan()
        XCTAssertFalse(AppState(plan: plan, width: 200, height: 50).searchesInBackground)
        XCTAssertEqual(AppState.backgroundSearchRows, 250_000)
    }

    func testTypingAsksForASearchAndShowsThatItIsRunning() throws {
        let typing = try state().pressing(.char("/")).typing("integrita")
        let (next, effects) = handle(typing, .char("s"))
        XCTAssertEqual(effects.count, 1)
        guard case .search(let query, _) = effects.first else { return XCTFail("no search asked for: \(effects)") }
        XCTAssertEqual(query, "integritas")
        XCTAssertEqual(next.searchingFor, "integritas")
        XCTAssertTrue(render(next).line(0).contains("/integritas: searching…"), render(next).line(0))
    }

    func testTheAnswerGivesTheSameMatchesAndCursorAsASearchDoneAtOnce() throws {
        let plan = try Fixture.plan()
        let atOnce = AppState(plan: plan, width: 200, height: 50, today: .nov, searchInBackground: false)
            .pressing(.char("/")).typing("integritas")
        var background = try state().pressing(.char("/"))
        for character in "integritas" {
            let (next, effects) = handle(background, .char(character))
            background = answering(next, effects)
        }
        XCTAssertNil(background.searchingFor)
        XCTAssertEqual(background.matchRows, atOnce.matchRows)
        XCTAssertEqual(background.matchRows.count, 16)
        XCTAssertEqual(background.cursor, atOnce.cursor, "on the first match, as at once")
        XCTAssertEqual(render(background).line(0), render(atOnce).line(0))
    }

    func testAnAnswerForAnOlderQueryIsIgnored() throws {
        let start = try state().pressing(.char("/"))
        let (afterI, first) = handle(start, .char("i"))
        let (afterIn, _) = handle(afterI, .char("n"))
        guard case .search(let old, let among) = first.first else { return XCTFail("no search") }
        let stale = update(afterIn, .searchFinished(query: old, rows: afterIn.matches(for: old, among: among))).0
        XCTAssertEqual(stale.searchingFor, "in", "still waiting for the query on screen")
        XCTAssertEqual(stale.matchRows, [])
        XCTAssertEqual(stale.cursor, afterIn.cursor)
    }

    func testAGrowingQuerySearchesOnlyTheLastMatches() throws {
        var state = try state().pressing(.char("/"))
        var asked: [[Int]?] = []
        for character in "zona" {
            let (next, effects) = handle(state, .char(character))
            for case .search(_, let among) in effects { asked.append(among) }
            state = answering(next, effects)
        }
        XCTAssertNil(asked[0], "the first letter looks at every row")
        for k in 1..<asked.count {
            let among = try XCTUnwrap(asked[k], "query \(k + 1) narrows the last matches")
            XCTAssertLessThanOrEqual(among.count, state.plan.rows.count)
        }
        XCTAssertEqual(state.matchRows, state.matches(for: "zona", among: nil))
    }

    func testClearingTheSearchDropsALateAnswer() throws {
        let (typed, effects) = handle(try state().pressing(.char("/")), .char("a"))
        let cleared = typed.pressing(.escape)
        let late = answering(cleared, effects)
        XCTAssertNil(late.searchingFor)
        XCTAssertEqual(late.matchRows, [])
        XCTAssertFalse(render(late).line(0).contains("/a"))
    }
}
