import Foundation
import PlanModel
import XCTest

/// Undo and conflicts (issue 22): taking back the choice of a conflict lists it again, with the same writes on every
/// laptop; a redo settles it again; taking back one of the two concurrent writes leaves no conflict.
final class TeamUndoConflictTests: XCTestCase, TeamEntries {
    let row = RowID("1.1.1.1")

    func date(_ old: String, _ new: String) -> Change { .date(row: row, month: .jan, old: old, new: new) }

    func undo(_ device: String, _ clock: Int) -> Change { .undo(Step(undoes: 0, target: id(device, clock))) }
    func redo(_ device: String, _ clock: Int) -> Change { .redo(Step(undoes: 0, target: id(device, clock))) }

    /// The year of `entries` on `device`'s laptop: each conflict as its writers' ids and values, and the date shown.
    func year(_ entries: [JournalEntry], on device: String = "d-citra") throws -> (conflicts: [String], shown: String) {
        let year = YearState(signed: try SamplePlan.plan(), device: device, entries: JournalMerge.ordered(entries))
        let conflicts = year.conflicts.map { c in zip(c.entries, c.values).map { "\($0.0.by)=\($0.1)" }.joined(separator: " ") }
        return (conflicts, year.realisation.record(row, .jan).date)
    }

    /// Ani and Budi write Jan's date at once; Ani chooses Budi's.
    var chosen: [JournalEntry] {
        [entry("ani", 1, date("", "2022-01-20")), entry("budi", 1, date("", "2022-01-21")),
         entry("ani", 2, seen: [id("ani", 1), id("budi", 1)], date("2022-01-21", "2022-01-21"))]
    }

    func testUndoingAChoiceListsTheConflictAgainAndRedoSettlesIt() throws {
        XCTAssertEqual(try year(chosen).conflicts, [])
        let undone = chosen + [entry("ani", 3, seen: [id("ani", 2)], undo("ani", 2))]
        XCTAssertEqual(try year(undone).conflicts, ["ani=2022-01-20 budi=2022-01-21"])
        XCTAssertEqual(try year(undone).shown, "2022-01-21")
        // The same on Ani's, Budi's and a third laptop.
        XCTAssertEqual(try year(undone, on: "d-ani").conflicts, try year(undone, on: "d-budi").conflicts)
        let redone = undone + [entry("ani", 4, seen: [id("ani", 1), id("budi", 1), id("ani", 3)], redo("ani", 2))]
        XCTAssertEqual(try year(redone).conflicts, [])
        // Undo again (the redo's write taken back): the conflict is back.
        let again = redone + [entry("ani", 5, seen: [id("ani", 4)], undo("ani", 2))]
        XCTAssertEqual(try year(again).conflicts.count, 1)
        XCTAssertEqual(try year(again).conflicts.first?.hasPrefix("ani=2022-01-20 budi=2022-01-21"), true)
    }

    func testAChoiceOfOtherTextUndoneShowsTheValueBeforeIt() throws {
        // Ani types a third date, then takes it back: the two writes disagree again and Budi's (the later) is shown.
        let typed = Array(chosen.prefix(2)) + [entry("ani", 2, seen: [id("ani", 1), id("budi", 1)], date("2022-01-21", "2022-01-25")),
                                               entry("ani", 3, seen: [id("ani", 2)], undo("ani", 2))]
        XCTAssertEqual(try year(typed).conflicts, ["ani=2022-01-20 budi=2022-01-21"])
        XCTAssertEqual(try year(typed).shown, "2022-01-21")
    }

    func testUndoingOneOfTheConcurrentWritesLeavesNoConflict() throws {
        // Budi takes back his own write after seeing Ani's (his was shown, so he may): no conflict.
        let entries = Array(chosen.prefix(2)) + [entry("budi", 2, seen: [id("ani", 1), id("budi", 1)], undo("budi", 1))]
        XCTAssertEqual(try year(entries).conflicts, [])
        XCTAssertEqual(try year(entries).shown, "")
    }

    func testAWriteOnTopOfTheChoiceStillSeesTheConflictsWritesWhenTheChoiceIsUndoneConcurrently() throws {
        // Budi, having the choice, writes another date while Ani takes the choice back (each before or after the
        // other in the year's order): Budi's write and Ani's undo are the conflict; the first two stay settled.
        for budiClock in [3, 4] {
            let entries = chosen + [entry("ani", 3, seen: [id("ani", 2)], undo("ani", 2)),
                                    entry("budi", budiClock, seen: [id("ani", 2)], date("2022-01-21", "2022-01-30"))]
            let conflicts = try year(entries).conflicts
            XCTAssertEqual(conflicts.count, 1, "Budi at clock \(budiClock)")
            XCTAssertEqual(Set(conflicts.first?.split(separator: " ") ?? []), ["ani=2022-01-21", "budi=2022-01-30"], "Budi at \(budiClock)")
        }
    }

    func testALaterWriteAfterTheUndoSettlesTheConflict() throws {
        // Budi receives the undo (the conflict listed again) and types a date: settled on every laptop.
        let entries = chosen + [entry("ani", 3, seen: [id("ani", 2)], undo("ani", 2)),
                                entry("budi", 4, seen: [id("ani", 1), id("budi", 1), id("ani", 3)], date("2022-01-21", "2022-01-30"))]
        XCTAssertEqual(try year(entries).conflicts, [])
        XCTAssertEqual(try year(entries).shown, "2022-01-30")
    }

    func testARedoOverAColleaguesLaterWriteIsRefusedAsARedo() throws {
        let entries = chosen + [entry("ani", 3, seen: [id("ani", 2)], undo("ani", 2)),
                                entry("budi", 4, seen: [id("ani", 1), id("budi", 1), id("ani", 3)], date("2022-01-21", "2022-01-30"))]
        var year = YearState(signed: try SamplePlan.plan(), device: "d-ani", entries: JournalMerge.ordered(entries))
        XCTAssertThrowsError(try year.change(for: .redo)) { error in
            XCTAssertTrue(String(describing: error).contains("nothing redone: budi changed that value since"), String(describing: error))
        }
    }
}
