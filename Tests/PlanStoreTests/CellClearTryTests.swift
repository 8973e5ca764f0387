import Foundation
import PlanModel
@testable import PlanStore
import XCTest

final class CellClearTryTests: StoreTestCase {
    func testClearUndoRedoAndReopen() throws {
        let store = try open()
        try store.record([.status(row: "1.1.1.1", month: .jan, to: .done), .note(row: "1.1.1.1", month: .jan, to: "n")])
        XCTAssertNotNil(try store.record(.clearCell(row: "1.1.1.1", month: .jan)))
        XCTAssertTrue(store.realisation.record("1.1.1.1", .jan).isEmpty)
        XCTAssertNil(try store.record(.clearCell(row: "1.1.1.1", month: .jan)))
        try store.undo()
        XCTAssertEqual(store.realisation.record("1.1.1.1", .jan), CellRecord(status: .done, note: "n"))
        try store.redo()
        XCTAssertTrue(store.realisation.record("1.1.1.1", .jan).isEmpty)
        let again = try open()
        XCTAssertEqual(again.entries.map(\.change), store.entries.map(\.change))
        XCTAssertTrue(again.realisation.record("1.1.1.1", .jan).isEmpty)
        print(try stateText())
        XCTAssertEqual(again.state.reach(of: again.entries[2]), .row("1.1.1.1"))
    }
}
