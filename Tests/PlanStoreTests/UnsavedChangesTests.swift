import Foundation
import PlanModel
@testable import PlanStore
import XCTest

/// The dashboard's mode: a change that cannot be written is kept in memory and written later.
final class UnsavedChangesTests: StoreTestCase {
    private var blocker: URL { folder.appendingPathComponent("blocked") }
    private var blockedStateURL: URL { blocker.appendingPathComponent("state.jsonl") }

    func testAFailedSaveKeepsTheChangeAndTheNextSaveWritesIt() throws {
        try Data("x".utf8).write(to: blocker)  // a file where the state's folder should be
        let store = try StateStore.open(plan: plan, url: blockedStateURL, user: "ani")
        store.keepsUnsavedChanges = true
        XCTAssertThrowsError(try store.toggle("1.1.1.1", .feb))
        XCTAssertEqual(months(store, "1.1.1.1"), [.jan, .feb], "kept in memory")
        XCTAssertEqual(store.unsavedCount, 1)
        XCTAssertThrowsError(try store.toggle("1.1.1.1", .mar), "retried with the next change, still failing")
        XCTAssertEqual(store.unsavedCount, 2)
        XCTAssertTrue(store.canUndo)

        try FileManager.default.removeItem(at: blocker)
        try store.retrySaving()
        XCTAssertEqual(store.unsavedCount, 0)
        let reopened = try StateStore.open(plan: plan, url: blockedStateURL, user: "ani")
        XCTAssertEqual(reopened.history.map(\.seq), [1, 2])
        XCTAssertEqual(months(reopened, "1.1.1.1"), [.jan, .feb, .mar])
    }

    func testUnsavedChangesGoAfterWhatOthersSavedMeanwhile() throws {
        let dashboard = try open(user: "ani")
        dashboard.keepsUnsavedChanges = true
        try dashboard.toggle("1.1.1.1", .feb)  // #1, saved
        dashboard.injectedWriteError = ENOSPC
        XCTAssertThrowsError(try dashboard.toggle("1.1.1.2", .jan)) { error in
            XCTAssertEqual((error as? StoreError)?.message, "not saved: no space left on the device")
        }
        XCTAssertThrowsError(try dashboard.undo(), "the undo of an unsaved change is kept too")
        XCTAssertEqual(dashboard.history.map(\.kind), [.set, .set, .undo])
        XCTAssertEqual(dashboard.history.last?.undoes, 2)

        let other = try open(user: "budi")
        try other.toggle("2.1.1.1", .apr)  // saved as #2 while ani's two entries wait

        dashboard.injectedWriteError = nil
        try dashboard.retrySaving()
        let saved = try open().history
        XCTAssertEqual(saved.map(\.by), ["ani", "budi", "ani", "ani"])
        XCTAssertEqual(saved.map(\.seq), [1, 2, 3, 4])
        XCTAssertEqual(saved.last?.kind, .undo)
        XCTAssertEqual(saved.last?.undoes, 3, "the undo follows its change's new number")
        XCTAssertEqual(dashboard.marks, try open().marks)
        XCTAssertEqual(months(dashboard, "2.1.1.1"), [.mar, .apr])
    }

    func testAFullDiskLeavesTheFileAsItWas() throws {
        let store = try open()
        try store.toggle("1.1.1.1", .feb)
        let before = try stateText()
        store.injectedWriteError = ENOSPC
        XCTAssertThrowsError(try store.toggle("1.1.1.1", .mar))
        XCTAssertEqual(try stateText(), before)
        XCTAssertEqual(months(store, "1.1.1.1"), [.jan, .feb])
    }

    func testTheCommandLineModeTakesBackAChangeItCouldNotSave() throws {
        try Data("x".utf8).write(to: blocker)
        let store = try StateStore.open(plan: plan, url: blockedStateURL, user: "ani")
        XCTAssertThrowsError(try store.toggle("1.1.1.1", .feb))
        XCTAssertEqual(store.marks, plan.baselineMarks)
        XCTAssertEqual(store.unsavedCount, 0)
        XCTAssertTrue(store.history.isEmpty)
        XCTAssertFalse(store.canUndo)
    }
}
