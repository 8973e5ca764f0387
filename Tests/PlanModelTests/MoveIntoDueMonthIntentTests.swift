import Foundation
import XCTest
@testable import PlanModel
import RencanaText

/// The one intent path refuses a move into a month that is already due (one record never counts for two),
/// while a journal that already holds such a move replays as before: the check is made only at write time.
final class MoveIntoDueMonthIntentTests: XCTestCase {
    /// One row planned Jan–Apr.
    let signed = Plan(
        document: DocumentInfo(title: "Rencana Aksi", unit: "Unit Uji", year: 2022),
        areas: [ChangeArea(number: 1, name: "Manajemen Perubahan", kegiatan: [
            Kegiatan(title: "1) Perencanaan", subKegiatan: [
                SubKegiatan(title: "1) Tim", indicators: [Indicator(text: "SK Tim", months: MonthSet([.jan, .feb, .mar, .apr]))]),
            ]),
        ])])

    func testAMoveIntoADueMonthIsRefusedAndOneIntoAnEmptyMonthIsNot() throws {
        var year = YearState(signed: signed)
        XCTAssertThrowsError(try year.change(for: .status(row: "1.1.1.1", month: .mar, to: .moved(.apr)))) { error in
            XCTAssertEqual(error as? IntentRefusal, IntentRefusal(Text.Status.moveIntoDueMonth(row: "1.1.1.1", from: "Maret", to: "April")))
        }
        XCTAssertEqual(try year.change(for: .status(row: "1.1.1.1", month: .mar, to: .moved(.mei))),
                       .status(row: "1.1.1.1", month: .mar, old: nil, new: .moved(.mei)))
    }

    func testAJournalAlreadyHoldingSuchAMoveStillReplays() {
        let entry = JournalEntry(seq: 1, id: String(format: "%032x", 1), at: Date(timeIntervalSince1970: 0), by: "t",
                                 change: .status(row: "1.1.1.1", month: .mar, old: nil, new: .moved(.apr)))
        let year = YearState(signed: signed, entries: [entry])
        XCTAssertEqual(year.realisation.record("1.1.1.1", .mar).status, .moved(.apr))
    }
}
