import Foundation
@testable import PlanStore
import XCTest

final class StateLocationTests: XCTestCase {
    func testDefaultsToXDGStateHomeWithPlanNameAndPathHash() {
        let url = StateLocation.defaultURL(forPlan: "/srv/kpu/plan.json", environment: ["XDG_STATE_HOME": "/x/state", "HOME": "/home/a"])
        XCTAssertEqual(url.deletingLastPathComponent().path, "/x/state/rencana")
        XCTAssertEqual(url.lastPathComponent, "plan-\(StateLocation.shortHash("/srv/kpu/plan.json")).jsonl")
    }

    func testFallsBackToLocalStateUnderHome() {
        let url = StateLocation.defaultURL(forPlan: "/srv/kpu/plan.json", environment: ["HOME": "/home/a"])
        XCTAssertEqual(url.deletingLastPathComponent().path, "/home/a/.local/state/rencana")
    }

    func testTwoPlansWithTheSameNameGetDifferentFiles() {
        let a = StateLocation.defaultURL(forPlan: "/a/plan.json", environment: ["HOME": "/h"])
        let b = StateLocation.defaultURL(forPlan: "/b/plan.json", environment: ["HOME": "/h"])
        XCTAssertNotEqual(a, b)
    }

    func testTheHashIsStable() {
        XCTAssertEqual(StateLocation.shortHash(""), "cbf29ce4")
        XCTAssertEqual(StateLocation.shortHash("a"), "af63dc4c")
    }
}
