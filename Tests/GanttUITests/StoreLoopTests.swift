import Foundation
import XCTest
@testable import GanttUI
import PlanModel
import PlanStore

extension StateStore: YearStore {}

/// Keys through `update` and effects through the real state store, as the event loop runs them.
final class StoreLoopTests: XCTestCase {
    var stateFile: URL!

    override func setUp() {
        stateFile = FileManager.default.temporaryDirectory.appendingPathComponent("rencana-ui-\(UUID().uuidString).json")
    }

    override func tearDown() {
        try? FileManager.default.removeItem(at: stateFile)
    }

    func open() throws -> (StateStore, AppState) {
        let plan = try Fixture.plan()
        let store = try StateStore.open(plan: plan, url: stateFile, user: "tester")
        let state = AppState(plan: plan, year: store.state, width: 200, height: 50, today: .nov)
        return (store, state)
    }

    func press(_ state: AppState, _ store: StateStore, _ keys: Key...) -> AppState {
        keys.reduce(state) { state, key in
            var state = state
            let effects = update(&state, Keymap.action(for: key, in: state))
            _ = runEffects(effects, on: &state, store: store)
            return state
        }
    }

    func testAToggleIsSavedAndSurvivesARestartAndUndoWorksAfterIt() throws {
        var (store, state) = try open()
        state = press(state, store, .down, .right, .right, .char(" "))  // 1.1.2.1 Mar on
        XCTAssertTrue(store.marks[1].contains(.mar))
        XCTAssertEqual(state.saveStatus, .saved)
        XCTAssertEqual(state.history(of: "1.1.2.1").count, 1)

        // A new process: the mark is there, and u takes it back from the store's history.
        (store, state) = try open()
        XCTAssertTrue(state.marks(of: 1).contains(.mar))
        XCTAssertEqual(state.changedCells, 1)
        state = press(state, store, .char("u"))
        XCTAssertFalse(store.marks[1].contains(.mar))
        XCTAssertFalse(state.marks(of: 1).contains(.mar))
        XCTAssertEqual(state.plan.rows[try XCTUnwrap(state.selectedRow)].id, "1.1.2.1", "the cursor goes to what was undone")
        XCTAssertEqual(state.month, .mar)
        state = press(state, store, .ctrl("r"))
        XCTAssertTrue(store.marks[1].contains(.mar))
        XCTAssertTrue(render(state.pressing(.char("d"))).text.contains("Mar scheduled (redo of #1)"))
    }

    /// Issue 19, "progress is one value": the first switch to Realisasi builds the year's progress once and the
    /// store's year carries it; each save after it is counted by the store's `apply`, and the dashboard shows that
    /// value (no tracker of its own kept in step), text edits included; a change of rows builds it once again.
    func testTheStoreAndTheDashboardShareTheYearsOneProgress() throws {
        var (store, state) = try open()
        XCTAssertNil(store.state.progress)
        state = press(state, store, .char("r"))
        XCTAssertNotNil(store.state.progress, "the switch hands the progress it built to the store")
        XCTAssertEqual(state.progress, store.state.progress)
        state = press(state, store, .char("y"), .down, .char("p"), .char("u"), .ctrl("r"))
        let kept = try XCTUnwrap(store.state.progress)
        XCTAssertEqual(state.progress, kept)
        XCTAssertEqual(kept, ProgressTracker(plan: store.plan, marks: store.marks, realisation: store.realisation))
        XCTAssertEqual(state.rowFigures(1).capaianText, "50%")
        // A text edit keeps the same value, now over the new texts.
        state = press(state, store, .char("E"))
        state = state.typing(" baru")
        state = press(state, store, .enter)
        XCTAssertTrue(store.plan.rows[1].text(.indikator).hasSuffix(" baru"), store.plan.rows[1].text(.indikator))
        let texts = try XCTUnwrap(store.state.progress, "a text edit keeps the year's progress")
        XCTAssertEqual(texts.plan.rows[1].text(.indikator), store.plan.rows[1].text(.indikator))
        XCTAssertEqual(state.progress, texts)
    }

    func testAStatusIsSavedByTheRealStoreSurvivesARestartAndUndoTakesItBack() throws {
        var (store, state) = try open()
        state = press(state, store, .char("r"), .char("y"), .down, .char("p"))  // 1.1.1.1 Jan done, 1.1.2.1 Jan partly
        XCTAssertEqual(store.state.realisation.record("1.1.1.1", .jan).status, .done)
        XCTAssertEqual(state.saveStatus, .saved)
        XCTAssertEqual(state.year.entries.count, store.state.entries.count, "one value: the store's")

        (store, state) = try open()
        XCTAssertEqual(state.year.realisation.record("1.1.2.1", .jan).status, .partly)
        state = press(state, store, .char("r"))
        XCTAssertEqual(state.rowFigures(1).capaianText, "50%")
        state = press(state, store, .char("u"))
        XCTAssertNil(store.state.realisation.record("1.1.2.1", .jan).status)
        XCTAssertEqual(state.rowFigures(1).capaianText, "0%")
        XCTAssertEqual(state.plan.rows[try XCTUnwrap(state.selectedRow)].id, "1.1.2.1")
    }

    func testQuitAndRedrawAreReportedToTheLoop() throws {
        let (store, state) = try open()
        XCTAssertEqual(runEffects(handle(state, .char("q")).1, on: state, store: store).1, EffectOutcome(quit: true))
        XCTAssertEqual(runEffects(handle(state, .ctrl("l")).1, on: state, store: store).1, EffectOutcome(fullRepaint: true))
    }
}
