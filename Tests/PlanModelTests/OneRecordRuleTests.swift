import Foundation
import XCTest
@testable import PlanModel
import RencanaText

/// One record counts once (issue 20), on every path besides recording a move: ticking a month another month was
/// moved into, undo and redo that would put such a state back, and an unsaved change rebased after others' entries.
final class OneRecordRuleTests: XCTestCase {
    /// One row planned in January only.
    let signed = Plan(
        document: DocumentInfo(title: "Rencana Aksi", unit: "Unit Uji", year: 2022),
        areas: [ChangeArea(number: 1, name: "Manajemen Perubahan", kegiatan: [
            Kegiatan(title: "1) Perencanaan", subKegiatan: [
                SubKegiatan(title: "1) Tim", indicators: [Indicator(text: "SK Tim", months: MonthSet([.jan]))]),
            ]),
        ])])
    let row: RowID = "1.1.1.1"

    private func entry(_ seq: Int, _ change: Change) -> JournalEntry {
        JournalEntry(seq: seq, id: String(format: "%032x", seq), at: Date(timeIntervalSince1970: 0), by: "t", change: change)
    }

    /// Applies an intent as the store does: its change, as the next entry.
    private func record(_ intent: Intent, in year: inout YearState) throws {
        guard let change = try year.change(for: intent) else { return }
        year.apply(entry(year.entries.count + 1, change))
    }

    private func figures(_ year: YearState) -> ProgressFigures {
        let months = RowProgress.months(planned: year.marks[0], status: { year.realisation.record(self.row, $0).status },
                                        evidence: EvidenceCover(wholeRow: true, months: MonthSet()))
        return RowProgress.figures(months, period: .year, asOf: .des)
    }

    private func refusal(_ what: String, _ month: String) -> IntentRefusal {
        IntentRefusal(Text.Status.countsTwice(row: "1.1.1.1", what: what, month: month))
    }

    func testTickingAMonthAnotherMonthWasMovedIntoIsRefused() throws {
        var year = YearState(signed: signed)
        try record(.status(row: row, month: .jan, to: .moved(.mar)), in: &year)  // March has nothing planned: allowed
        try record(.status(row: row, month: .mar, to: .done), in: &year)
        XCTAssertEqual(figures(year).due, 1)
        XCTAssertEqual(figures(year).done, 1)
        for intent in [Intent.toggle(row: row, month: .mar), .mark(row: row, month: .mar, on: true)] {
            XCTAssertThrowsError(try year.change(for: intent)) { XCTAssertEqual($0 as? IntentRefusal, refusal("planning Maret", "Maret")) }
        }
        // Another month is free to plan, and the moved month itself may be unplanned.
        try record(.toggle(row: row, month: .apr), in: &year)
        try record(.toggle(row: row, month: .jan), in: &year)
        XCTAssertEqual(year.marks[0], MonthSet([.apr]))
    }

    func testUndoThatWouldPutADoubleCountBackIsRefused() throws {
        // A journal from before the rule: January moved into March, then March ticked (one record counting for two);
        // then January recorded done, which ends it. Undoing that would bring the double count back.
        let year0 = YearState(signed: signed, entries: [
            entry(1, .status(row: row, month: .jan, old: nil, new: .moved(.mar))),
            entry(2, .set(MarkChange(row: row, month: .mar, old: false, new: true))),
            entry(3, .status(row: row, month: .jan, old: .moved(.mar), new: .done)),
        ])
        var year = year0
        XCTAssertThrowsError(try year.change(for: .undo)) { XCTAssertEqual($0 as? IntentRefusal, refusal("this undo", "Maret")) }
        // A redo that would: the same journal with the ending entry undone by an old version, then redone.
        year = YearState(signed: signed, entries: year0.entries + [entry(4, .undo(Step(undoes: 3, target: String(format: "%032x", 3))))])
        XCTAssertEqual(year.realisation.record(row, .jan).status, .moved(.mar), "the journal replays as written")
        year = YearState(signed: signed, entries: [
            entry(1, .status(row: row, month: .jan, old: nil, new: .moved(.mar))),
            entry(2, .undo(Step(undoes: 1, target: String(format: "%032x", 1)))),
        ])
        // March is ticked by a writer whose entry came in without clearing this redo (as a merge may).
        year.marks[0].insert(.mar)
        XCTAssertThrowsError(try year.change(for: .redo)) { XCTAssertEqual($0 as? IntentRefusal, refusal("this redo", "Maret")) }
        // Without the tick the redo is allowed.
        year.marks[0].remove(.mar)
        XCTAssertNotNil(try year.change(for: .redo))
    }

    func testAnUnsavedChangeRebasedAfterOthersEntriesKeepsTheValueWhenItWouldCountTwice() throws {
        // This process moved January into March (March had nothing planned); meanwhile another writer ticked March.
        var year = YearState(signed: signed)
        let move = try XCTUnwrap(try year.change(for: .status(row: row, month: .jan, to: .moved(.mar))))
        try record(.toggle(row: row, month: .mar), in: &year)
        XCTAssertEqual(year.rebased(move), .status(row: row, month: .jan, old: nil, new: nil))
        // The other way round: this process ticked March; another writer moved January there.
        var other = YearState(signed: signed)
        let tick = try XCTUnwrap(try other.change(for: .toggle(row: row, month: .mar)))
        try record(.status(row: row, month: .jan, to: .moved(.mar)), in: &other)
        XCTAssertEqual(other.rebased(tick), .set(MarkChange(row: row, month: .mar, old: false, new: false)))
        other.apply(entry(other.entries.count + 1, other.rebased(tick)))
        XCTAssertEqual(figures(other).due, 1, "one planned month, due once")
        // A rebased change that counts once is kept as it was.
        var fresh = YearState(signed: signed)
        let april = try XCTUnwrap(try fresh.change(for: .toggle(row: row, month: .apr)))
        XCTAssertEqual(other.rebased(april), april)
    }
}
