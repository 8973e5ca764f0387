import Foundation
import PlanModel
@testable import PlanStore
import XCTest

/// One command, one undo: a command of several intents (`rencana realize --date --note`: a status, its date and its
/// note) is recorded as one group (`JournalEntry.with`), so one undo takes all of it back and one redo puts it again.
final class CommandUndoTests: StoreTestCase {
    let r1 = RowID("1.1.1.1"), r2 = RowID("1.1.1.2")

    func testOneUndoTakesBackEveryEntryOfOneCommand() throws {
        let store = try StateStore.open(plan: plan, url: stateURL, user: "ani", device: nil)
        try store.setNote(r2, .jun, to: "sebelumnya")
        let entries = try store.record([.status(row: r1, month: .jan, to: .done), .date(row: r1, month: .jan, to: "2022-01-20"),
                                        .note(row: r1, month: .jan, to: "SK terbit")])
        XCTAssertEqual(entries.compactMap { $0?.with }, [entries[0]!.id, entries[0]!.id], "the later entries name the first")
        XCTAssertNil(entries[0]!.with)
        try store.undo()
        let record = store.realisation.record(r1, .jan)
        XCTAssertNil(record.status)
        XCTAssertEqual(record.date, "")
        XCTAssertEqual(record.note, "")
        XCTAssertEqual(store.realisation.record(r2, .jun).note, "sebelumnya", "the command before stays")
        try store.redo()
        XCTAssertEqual(store.realisation.record(r1, .jan).status, .done)
        XCTAssertEqual(store.realisation.record(r1, .jan).date, "2022-01-20")
        XCTAssertEqual(store.realisation.record(r1, .jan).note, "SK terbit")
        // Read again from the file: the same year.
        let again = try StateStore.open(plan: plan, url: stateURL, user: "ani", device: nil)
        XCTAssertEqual(again.realisation, store.realisation)
    }
}
