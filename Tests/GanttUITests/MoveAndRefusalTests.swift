import Foundation
import XCTest
@testable import GanttUI
import PlanModel
import RencanaText

/// Refusals read as refusals, not as a disk that failed: a bukti path the dashboard refuses keeps its prompt open
/// with the typed text; a save that really failed still says "not saved" and is retried.
final class MoveAndRefusalTests: XCTestCase {
    private func start() throws -> (AppState, MemoryStore, FakeClock) {
        let plan = try Fixture.plan()
        let store = MemoryStore(plan: plan)
        let state = AppState(plan: plan, year: store.state, width: 80, height: 24, today: .nov, asOf: .nov)
        return (state, store, FakeClock(date: utcDate(11, 10, "09:00:00")))
    }

    func testABadBuktiPathKeepsThePromptWithItsText() throws {
        let (state, store, clock) = try start()
        let (runtime, inputs, _) = Runtime.scripted(state, store: store, clock: clock) { _ in
            [.key(.char("r")), .key(.char("b"))] + "laporan.pdf".map { .key(.char($0)) } + [.key(.enter), .look("refused"),
             .key(.escape), .key(.char("q"))]
        }
        runtime.prepare = { effect in
            if case .record(.addEvidence(let item)) = effect, case .file(let path) = item.location {
                return .refuse(Text.CLI.fileMissingInDashboard(path))
            }
            return .run(effect)
        }
        XCTAssertEqual(runtime.run(), .quit)
        XCTAssertEqual(store.state.entries.count, 0)
        let screen = try XCTUnwrap(inputs.looks["refused"])
        try GoldenScreen.check(screen, "bukti-refused-80x24")
        XCTAssertFalse(screen.text.contains("not saved"), "a refusal is no failed save")
        XCTAssertEqual(inputs.waited, [], "no retry timer for a refusal")
    }

    /// A store that refuses the change by its rules (nothing kept) is a refusal; one that keeps it unsaved is a failed save.
    func testARuleRefusalIsNotAFailedSave() throws {
        let (state, store, _) = try start()
        // Mar of 1.2.1.1 (planned every month) moved onto April: the store's own rule refuses it.
        let (refused, _) = runEffects([.setStatus(row: "1.2.1.1", month: .mar, status: .moved(.apr))], on: state, store: store)
        XCTAssertEqual(refused.saveStatus, .clean)
        guard case .refused(let reason)? = refused.notice else { return XCTFail("no refusal: \(String(describing: refused.notice))") }
        XCTAssertTrue(reason.hasPrefix(Text.DashboardFixes.refused("")), reason)
        store.failing = "no space left on the device"
        let (failed, outcome) = runEffects([.setStatus(row: "1.2.1.1", month: .mar, status: .done)], on: state, store: store)
        XCTAssertEqual(failed.saveStatus, .notSaved("no space left on the device"))
        XCTAssertFalse(outcome.wakes.isEmpty, "a failed save is retried")
    }
}
