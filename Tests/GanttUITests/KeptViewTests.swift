import XCTest
@testable import GanttUI
import PlanModel

/// The period view, the layer and the folds kept across restarts (view preferences): a dashboard opened on
/// them draws what the keys that chose them drew, and the first rows of a large plan keep them too.
final class KeptViewTests: XCTestCase {
    /// The real plan at 80x24 as the dashboard opens it with RENCANA_TODAY=2022-11-15 (today and as-of November).
    private func opened() throws -> AppState {
        AppState(plan: try Fixture.plan(), width: 80, height: 24, today: .nov, asOf: .nov)
    }

    func testAKeptViewDrawsWhatItsKeysDrew() throws {
        let chosen = try opened().pressing(.char("t"), .char("t"), .char("r"), .char("*"))
        var restored = try opened()
        restored.restoreView(periods: chosen.periods, layer: chosen.layer)
        restored.restoreFolds(chosen.foldPaths)
        XCTAssertEqual(restored.periods, .semester)
        XCTAssertEqual(restored.layer, .realisasi)
        XCTAssertEqual(restored.folds.count, restored.plan.areas.count)
        XCTAssertEqual(render(restored), render(chosen))
        // The screen the tmux restart test sees after reopening (DashboardEndToEndTests).
        try GoldenScreen.check(render(restored), "kept-view-80x24")
    }

    func testRestoringTheDefaultsChangesNothing() throws {
        var state = try opened()
        state.restoreView(periods: .bulan, layer: .rencana)
        XCTAssertEqual(render(state), render(try opened()))
        XCTAssertNil(state.progress, "the Rencana layer builds no progress")
    }

    func testTheFirstRowsOfALargePlanKeepThePeriodViewAndLayerAndTheWholePlanTakesTheFolds() throws {
        let bytes = Array(try Data(contentsOf: Fixture.packageRoot.appendingPathComponent("plan.json")))
        let first = try XCTUnwrap(PlanDecoder.decodePrefix(bytes, rows: 40))
        var preview = AppState(plan: first, width: 200, height: 50, today: .nov, loading: true)
        preview.restoreView(periods: .triwulan, layer: .realisasi)
        XCTAssertTrue(render(preview).line(1).contains("TW I"), render(preview).line(1))
        let whole = try Fixture.plan()
        let loaded = update(preview, .planLoaded(WholePlan(plan: whole, year: YearState(signed: whole), folds: ["1", "4.2"],
                                                           asOf: .des))).0
        XCTAssertEqual(loaded.periods, .triwulan)
        XCTAssertEqual(loaded.layer, .realisasi)
        XCTAssertEqual(Set(loaded.foldPaths), ["1", "4.2"])
        XCTAssertFalse(loaded.isLoading)
    }
}
