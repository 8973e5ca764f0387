import Foundation
import XCTest
@testable import GanttUI
import PlanModel

/// Whole scripted runs of the dashboard through the runtime: keys and outside events in, frames (as golden screens)
/// and the store's entries out, with a fake clock, so timers fire without anyone sleeping.
final class RuntimeTests: XCTestCase {
    /// The real plan at 80x24 on 10 November 2022 (the plan's year), its store in memory.
    private func start(at date: Date = utcDate(11, 10, "09:00:00"), today: Month = .nov)
        throws -> (AppState, MemoryStore, FakeClock) {
        let plan = try Fixture.plan()
        let store = MemoryStore(plan: plan)
        let state = AppState(plan: plan, year: store.state, width: 80, height: 24, today: today, asOf: today)
        return (state, store, FakeClock(date: date))
    }

    func testAToggleIsSavedAndDrawnAndQIsTheEnd() throws {
        let (state, store, clock) = try start()
        let (runtime, inputs, _) = Runtime.scripted(state, store: store, clock: clock) { _ in
            [.key(.down), .key(.right), .key(.right), .key(.char(" ")), .look("toggled"), .key(.char("q")), .key(.down)]
        }
        XCTAssertEqual(runtime.run(), .quit)
        XCTAssertEqual(inputs.remaining, 1, "nothing is read after q")
        XCTAssertEqual(store.state.entries.map(\.change), [.set(MarkChange(row: "1.1.2.1", month: .mar, old: false, new: true))])
        XCTAssertEqual(store.unsavedCount, 0)
        XCTAssertEqual(runtime.state.saveStatus, .saved)
        try GoldenScreen.check(XCTUnwrap(inputs.looks["toggled"]), "runtime-toggled-80x24")
        XCTAssertEqual(inputs.waited, [], "no time passed: nothing waited")
    }

    func testAnotherProcessSaveMidEditKeepsTheEditorAndShowsTheirChange() throws {
        let (state, store, clock) = try start()
        let (runtime, inputs, _) = Runtime.scripted(state, store: store, clock: clock) { _ in
            [.key(.char("r")), .key(.down), .key(.char("e")), .key(.char("r")), .key(.char("a")), .key(.char("p")),
             .key(.char("a")), .key(.char("t")),
             // Another process marks Januari of the first row done: the store reads its save, the loop is told.
             .input {
                 _ = try? store.setStatus("1.1.1.1", .jan, to: .done)
                 return .message(.externalChange(store.state))
             },
             .look("mid-edit"), .key(.enter), .look("saved"), .key(.char("q"))]
        }
        XCTAssertEqual(runtime.run(), .quit)
        try GoldenScreen.check(XCTUnwrap(inputs.looks["mid-edit"]), "runtime-external-mid-edit-80x24")
        try GoldenScreen.check(XCTUnwrap(inputs.looks["saved"]), "runtime-external-then-saved-80x24")
        XCTAssertEqual(store.state.entries.map(\.change), [
            .status(row: "1.1.1.1", month: .jan, old: nil, new: .done),
            .note(row: "1.1.2.1", month: .jan, old: "", new: "rapat"),
        ], "their change, then ours on top of it")
    }

    func testAFailedSaveIsRetriedByItsTimerUntilTheDiskTakesIt() throws {
        let (state, store, clock) = try start()
        store.failing = "the state file is locked by another process"
        let (runtime, inputs, _) = Runtime.scripted(state, store: store, clock: clock) { _ in
            [.key(.down), .key(.char(" ")), .look("refused"),
             .wait, .look("still refused"),                   // the first retry meets the lock again
             .outside { store.failing = nil }, .wait, .look("retried"), .key(.char("q"))]
        }
        XCTAssertEqual(runtime.run(), .quit)
        XCTAssertEqual(inputs.waited, [500, 500], "each retry half a second after the failure before it")
        try GoldenScreen.check(XCTUnwrap(inputs.looks["refused"]), "runtime-save-refused-80x24")
        XCTAssertEqual(inputs.looks["still refused"], inputs.looks["refused"])
        try GoldenScreen.check(XCTUnwrap(inputs.looks["retried"]), "runtime-save-retried-80x24")
        XCTAssertEqual(store.unsavedCount, 0)
        XCTAssertEqual(store.state.entries.count, 1)
        XCTAssertNil(runtime.deadlines[.retrySave], "no retry once saved")
        XCTAssertNotNil(runtime.deadlines[.clock], "the day's timer stays")
    }

    func testMidnightMovesTodayAndArmsTheNextDay() throws {
        let (state, store, clock) = try start(at: utcDate(3, 31, "23:59:50"), today: .mar)
        let (runtime, inputs, _) = Runtime.scripted(state, store: store, clock: clock) { _ in
            [.key(.char("r")), .look("march"), .wait, .look("april"), .key(.char("q"))]
        }
        XCTAssertEqual(runtime.run(), .quit)
        XCTAssertEqual(inputs.waited, [11_000], "woken one second after midnight, not before")
        XCTAssertEqual(runtime.state.today, .apr)
        XCTAssertEqual(runtime.state.asOf, .apr, "progress counted to today follows it")
        try GoldenScreen.check(XCTUnwrap(inputs.looks["march"]), "runtime-day-march-80x24")
        try GoldenScreen.check(XCTUnwrap(inputs.looks["april"]), "runtime-day-april-80x24")
        XCTAssertEqual(runtime.deadlines[.clock], clock.milliseconds + 86_400_000, "the next day's wake-up is armed")
        XCTAssertEqual(store.state.entries.count, 0)
    }

    func testTheWholePlanTakesOverAndItsStoreRecords() throws {
        let plan = try Fixture.plan()
        let bytes = Array(try Data(contentsOf: Fixture.packageRoot.appendingPathComponent("plan.json")))
        let first = try XCTUnwrap(PlanDecoder.decodePrefix(bytes, rows: 20))
        let preview = MemoryStore(plan: first), whole = MemoryStore(plan: plan)
        let state = AppState(plan: first, width: 80, height: 24, today: .nov, loading: true)
        let (runtime, _, _) = Runtime.scripted(state, store: preview, clock: FakeClock(date: utcDate(11, 10, "09:00:00"))) { _ in
            [.key(.char(" ")), .input { .loaded(whole, WholePlan(plan: plan, year: whole.state, folds: [], asOf: .des)) },
             .key(.char(" ")), .key(.char("q"))]
        }
        XCTAssertEqual(runtime.run(), .quit)
        XCTAssertEqual(preview.state.entries.count, 0, "nothing is recorded on the first rows")
        XCTAssertEqual(whole.state.entries.count, 1, "the whole plan's store records")
        XCTAssertFalse(runtime.state.isLoading)
    }

    func testAClosedInputAndAFailedSourceEndTheRun() throws {
        let (state, store, clock) = try start()
        XCTAssertEqual(Runtime.scripted(state, store: store, clock: clock) { _ in [.key(.down)] }.0.run(), .inputClosed)
        XCTAssertEqual(Runtime.scripted(state, store: store, clock: clock) { _ in [.input { .failed("plan.json: gone") }] }.0.run(),
                       .failed("plan.json: gone"))
    }

    func testAResizeRedrawsTheWholeScreenAtTheNewSize() throws {
        let (state, store, clock) = try start()
        let (runtime, inputs, backend) = Runtime.scripted(state, store: store, clock: clock) { backend in
            [.key(.down), .input {
                backend.resize(width: 200, height: 50)
                return .key(.resize(width: 200, height: 50))
            }, .look("resized"), .key(.char("q"))]
        }
        XCTAssertEqual(runtime.run(), .quit)
        XCTAssertEqual(backend.lastUpdates.count, 200 * 50 - backend.screen.cells.filter(\.isContinuation).count,
                       "every cell sent again")
        let expected = render(state.pressing(.down).after(.resize(width: 200, height: 50)))
        XCTAssertEqual(try GoldenScreen.text(XCTUnwrap(inputs.looks["resized"])), GoldenScreen.text(expected))
    }

    func testKeysTypedAheadDrawOneFrameWhenTheyAreAllRead() throws {
        let (state, store, clock) = try start()
        let screen = TestBackend(width: 80, height: 24)
        let backend = CountingBackend(screen)
        let inputs = ScriptedInputs([.key(.down), .key(.down), .key(.down), .look("after three"), .key(.down), .key(.char("q"))],
                                    clock: clock, backend: screen)
        let runtime = Runtime(state: state, backend: backend, source: inputs, performer: EffectPerformer(store: store),
                              clock: clock, days: .utcMonths)
        XCTAssertEqual(runtime.run(), .quit)
        XCTAssertEqual(backend.draws, 2, "the first frame, one after the three keys read together; the fourth went with q")
        let expected = render(state.pressing(.down, .down, .down))
        XCTAssertEqual(try GoldenScreen.text(XCTUnwrap(inputs.looks["after three"])), GoldenScreen.text(expected))
    }
}

/// A backend that counts the frames drawn on the test backend it passes them to.
private final class CountingBackend: Backend {
    private let screen: TestBackend
    private(set) var draws = 0
    init(_ screen: TestBackend) { self.screen = screen }
    var size: (width: Int, height: Int) { screen.size }
    func draw(_ buffer: Buffer, full: Bool) {
        draws += 1
        screen.draw(buffer, full: full)
    }
    func readKey(timeoutMilliseconds: Int32?) -> Key? { nil }
}
