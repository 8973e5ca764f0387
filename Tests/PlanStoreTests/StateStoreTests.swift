import Foundation
import PlanModel
@testable import PlanStore
import XCTest

final class StateStoreTests: StoreTestCase {
    func testAMissingFileIsThePlanAsSignedAndIsNotCreatedByReading() throws {
        let store = try open()
        XCTAssertEqual(store.marks, plan.baselineMarks)
        XCTAssertTrue(store.history.isEmpty)
        XCTAssertFalse(FileManager.default.fileExists(atPath: stateURL.path))
    }

    func testChangesAreSavedAtOnceAndSurviveReopening() throws {
        let store = try open()
        try store.set("1.1.1.1", .feb, to: true)
        try store.toggle("1.1.1.2", .jun)
        let reopened = try open()
        XCTAssertEqual(months(reopened, "1.1.1.1"), [.jan, .feb])
        XCTAssertEqual(months(reopened, "1.1.1.2"), [.des])
        XCTAssertEqual(reopened.history.map(\.seq), [1, 2])
        XCTAssertEqual(reopened.differences, 2)
    }

    func testEachEntryRecordsWhenWhoWhatAndOldToNew() throws {
        let store = try StateStore.open(plan: plan, url: stateURL, user: "budi",
                                        now: { Date(timeIntervalSince1970: 1_700_000_000) })
        let entry = try XCTUnwrap(try store.set("1.1.1.2", .des, to: false))
        XCTAssertEqual(entry, ChangeEntry(seq: 1, at: Date(timeIntervalSince1970: 1_700_000_000), by: "budi",
                                          row: "1.1.1.2", month: .des, old: true, new: false))
        let id = store.entries[0].id
        XCTAssertEqual(id.count, 32)
        XCTAssertTrue(id.allSatisfy { "0123456789abcdef".contains($0) }, id)
        // A file of marks only stays at version 1; the entry id is written for later merges.
        XCTAssertEqual(try stateText(), """
            {"format":"rencana-state","version":1,"plan":"plan.json"}
            {"seq":1,"id":"\(id)","at":"2023-11-14T22:13:20Z","by":"budi","kind":"set","row":"1.1.1.2","month":"Des","old":true,"new":false}

            """)
    }

    func testSettingAMarkToItsCurrentValueWritesNothing() throws {
        let store = try open()
        XCTAssertNil(try store.set("1.1.1.1", .jan, to: true))
        XCTAssertFalse(FileManager.default.fileExists(atPath: stateURL.path))
    }

    func testThePlanAsSignedIsNeverChanged() throws {
        let store = try open()
        try store.set("1.1.1.1", .jan, to: false)
        XCTAssertEqual(Array(store.plan.rows[0].baseline), [.jan])
        XCTAssertEqual(Array(store.marks[0]), [])
    }

    func testUndoAndRedoAreEntriesAndSurviveARestart() throws {
        let store = try open()
        try store.toggle("1.1.1.1", .feb)  // #1 on
        try store.toggle("1.1.1.1", .mar)  // #2 on
        let undone = try XCTUnwrap(try store.undo())  // #3 takes back #2
        XCTAssertEqual(undone.markEntry?.kind, .undo)
        XCTAssertEqual(undone.markEntry?.undoes, 2)
        XCTAssertEqual(months(store, "1.1.1.1"), [.jan, .feb])

        let restarted = try open()
        XCTAssertTrue(restarted.canUndo)
        XCTAssertTrue(restarted.canRedo)
        try XCTUnwrap(try restarted.undo())  // #4 takes back #1
        XCTAssertEqual(months(restarted, "1.1.1.1"), [.jan])
        XCTAssertFalse(restarted.canUndo)
        XCTAssertNil(try restarted.undo())

        let redone = try XCTUnwrap(try restarted.redo())  // #5 puts #1 back
        XCTAssertEqual(redone.markEntry?.undoes, 1)
        XCTAssertEqual(months(restarted, "1.1.1.1"), [.jan, .feb])
        try restarted.toggle("1.1.1.2", .jan)  // a new change clears what could be redone
        XCTAssertFalse(restarted.canRedo)
        XCTAssertEqual(try open().history.map(\.kind), [.set, .set, .undo, .undo, .redo, .set])
    }

    func testHistoryOfOneRowIsNewestFirst() throws {
        let store = try open()
        try store.toggle("1.1.1.1", .feb)
        try store.toggle("2.1.1.1", .apr)
        try store.toggle("1.1.1.1", .feb)
        XCTAssertEqual(store.history(of: "1.1.1.1").map(\.seq), [3, 1])
        XCTAssertEqual(store.history(of: "2.1.1.1").map(\.seq), [2])
    }

    func testAnUnknownRowIsRefusedWithItsID() throws {
        let store = try open()
        XCTAssertThrowsError(try store.toggle("9.9.9.9", .jan)) { error in
            XCTAssertEqual((error as? StoreError)?.message, "the plan has no row \"9.9.9.9\" (see `rencana list --ids`)")
        }
    }

    func testTwoStoresOnOneFileMergeInsteadOfOverwriting() throws {
        let ani = try open(user: "ani")
        let budi = try open(user: "budi")
        try ani.toggle("1.1.1.1", .feb)
        try budi.toggle("2.1.1.1", .apr)  // budi has not seen ani's change yet
        XCTAssertEqual(months(budi, "1.1.1.1"), [.jan, .feb], "the save merged ani's change first")
        XCTAssertEqual(budi.history.map(\.by), ["ani", "budi"])
        XCTAssertTrue(try ani.refresh())
        XCTAssertEqual(months(ani, "2.1.1.1"), [.mar, .apr])
        XCTAssertFalse(try ani.refresh(), "nothing new the second time")
        XCTAssertEqual(try open().history.map(\.seq), [1, 2])
    }

    func testOldValueIsTakenFromTheFileNotFromAStaleMemory() throws {
        let ani = try open(user: "ani")
        let budi = try open(user: "budi")
        try ani.set("1.1.1.1", .feb, to: true)
        XCTAssertNil(try budi.set("1.1.1.1", .feb, to: true), "already on once merged")
        let entry = try budi.toggle("1.1.1.1", .feb)
        XCTAssertEqual(entry.old, true)
        XCTAssertEqual(entry.new, false)
    }
}
