import Foundation
import PlanModel
@testable import PlanStore
import XCTest

/// Issue 20: the store takes a realisation date or a tenggat only as a real day in the stored form, whoever
/// records it (the command line checks first; the store is the last word), and an --out never replaces a journal.
final class StoreDateTests: StoreTestCase {
    func testImpossibleDaysAreRefusedAndRealOnesSaved() throws {
        let store = try StateStore.open(plan: plan, url: stateURL)
        for bad in ["2022-02-30", "2022-04-31", "2023-02-29", "8 April 2022", "2022-4-8"] {
            XCTAssertThrowsError(try store.setDate("1.1.1.1", .jan, to: bad), bad)
            XCTAssertThrowsError(try store.setReview("1.1.1.1", tw: 1, .tenggat, to: bad), bad)
        }
        XCTAssertEqual(store.entries.count, 0, "nothing refused was journalled")
        XCTAssertNotNil(try store.setDate("1.1.1.1", .jan, to: "2024-02-29"))
        XCTAssertNotNil(try store.setReview("1.1.1.1", tw: 1, .tenggat, to: "2022-04-30"))
        XCTAssertNotNil(try store.setDate("1.1.1.1", .jan, to: ""), "empty clears")
    }

    func testNoOutReplacesAFileStartingWithAStateHeader() throws {
        let journal = folder.appendingPathComponent("lain.jsonl")
        let text = hostileHeader + "\n"
        try Data(text.utf8).write(to: journal)
        XCTAssertThrowsError(try OutputFile.write(Array("x".utf8), to: journal.path, force: true))
        XCTAssertEqual(try String(contentsOf: journal, encoding: .utf8), text)
        // Spaces inside the header change nothing; a cut header with no line end is one too.
        try Data("{ \"format\" : \"rencana-state\" }".utf8).write(to: journal)
        XCTAssertThrowsError(try OutputFile.write(Array("x".utf8), to: journal.path, force: true))
        // Any other JSON is replaced with --force, as before; a state writer may replace its own.
        try Data("{\"format\":\"rencana-progress\"}\n".utf8).write(to: journal)
        XCTAssertNoThrow(try OutputFile.write(Array("x".utf8), to: journal.path, force: true))
        try Data(text.utf8).write(to: journal)
        XCTAssertNoThrow(try OutputFile.write(Array("y".utf8), to: journal.path, force: true, replacingJournal: true))
        XCTAssertEqual(try String(contentsOf: journal, encoding: .utf8), "y")
    }
}
