import XCTest
@testable import GanttUI
import PlanModel

/// A large plan opens on its first rows while the rest loads: the view moves, everything that needs the
/// whole plan waits (and says so), and the loaded plan takes over the same view.
final class LoadingPreviewTests: XCTestCase {
    /// The real plan's first 40 rows, as `PlanDecoder.decodePrefix` gives them.
    private func preview() throws -> (preview: AppState, whole: Plan) {
        let bytes = Array(try Data(contentsOf: Fixture.packageRoot.appendingPathComponent("plan.json")))
        let first = try XCTUnwrap(PlanDecoder.decodePrefix(bytes, rows: 40))
        let state = AppState(plan: first, width: 200, height: 50, today: .nov, loading: true)
        return (state, try Fixture.plan())
    }

    func testTheTitleSaysItIsLoadingInsteadOfCountingRows() throws {
        let (state, _) = try preview()
        let title = render(state).line(0)
        XCTAssertTrue(title.contains("loading… first 40 rows"), title)
        XCTAssertFalse(title.contains("/40 rows"), title)
    }

    func testMovingWorksWhileLoading() throws {
        let (state, _) = try preview()
        let moved = state.pressing(.down, .down, .right, .pageDown)
        XCTAssertGreaterThan(moved.cursor, 2)
        XCTAssertEqual(moved.month, .feb)
        XCTAssertNil(moved.notice)
        XCTAssertEqual(state.pressing(.char("?")).overlay, .help(HelpView()))
    }

    func testChangesFiltersAndSearchWaitForTheWholePlan() throws {
        let (state, _) = try preview()
        for key in [Key.char(" "), .enter, .char("u"), .ctrl("r"), .char("3"), .char("0"), .char("a"), .char("/"), .char("n")] {
            let (next, effects) = handle(state, key)
            XCTAssertEqual(effects, [], "\(key) must not reach the store")
            XCTAssertEqual(next.notice, .stillLoading, "\(key)")
            XCTAssertEqual(next.marks(of: 0), state.marks(of: 0))
            XCTAssertEqual(next.areaFilter, [])
            XCTAssertFalse(next.isSearching)
            XCTAssertTrue(render(next).line(0).contains("still loading the plan"), render(next).line(0))
        }
        XCTAssertEqual(handle(state, .char("q")).1, [.quit], "quitting does not wait")
    }

    func testTheLoadedPlanKeepsTheRowTheMonthAndThePane() throws {
        let (state, whole) = try preview()
        let looking = state.pressing(.pageDown, .down, .down, .right, .right, .right, .tab)
        let row = try XCTUnwrap(looking.selectedRow)
        // The whole plan arrives as an input through update, like a key.
        let loaded = update(looking, .planLoaded(WholePlan(plan: whole, year: YearState(signed: whole), folds: [], asOf: .des))).0
        XCTAssertEqual(loaded.selectedRow, row)
        XCTAssertEqual(whole.rows[row].id, looking.plan.rows[row].id)
        XCTAssertEqual(loaded.month, .apr)
        XCTAssertEqual(loaded.top, looking.top)
        XCTAssertEqual(loaded.overlay, .detail(DetailView()))
        XCTAssertFalse(loaded.isLoading)
        XCTAssertTrue(render(loaded).line(0).contains("124/124 rows"))
        XCTAssertEqual(handle(loaded, .char(" ")).1.count, 1, "editing works once loaded")
    }
}
