import Foundation
import XCTest
@testable import GanttUI
import PlanModel

/// The revision view (`v`): the plan against the plan as signed, with added, removed, moved and changed rows
/// marked, removed rows shown where they were, and the cursor's differences in a pane.
final class RevisionViewTests: XCTestCase {
    /// The real plan revised: a row added after 1.2.1.1 (March), 1.2.2.1 removed, 1.3.1.1 moved down,
    /// 1.2.1.2's INDIKATOR reworded, February scheduled on 1.1.1.1.
    static func revised(_ width: Int, _ height: Int) throws -> AppState {
        let plan = try Fixture.plan()
        let store = MemoryStore(plan: plan)
        _ = try store.addRow(RowAddition(row: "", anchor: .after("1.2.1.1"), text: "Tersedianya video sosialisasi RB",
                                         months: MonthSet([.mar])))
        _ = try store.removeRows("1.2.2.1", level: .indikator)
        _ = try store.moveRow("1.3.1.1", level: .indikator, up: false)
        _ = try store.setMark("1.1.1.1", .feb, to: true)
        var year = store.state
        let old = year.plan.row("1.2.1.2")!.indikator
        year.apply(JournalEntry(seq: year.entries.count + 1, id: JournalEntry.newID(), at: Date(timeIntervalSince1970: 0),
                                by: "tester", change: .edit(row: "1.2.1.2", field: .indikator, old: old,
                                                            new: "2) Pembangunan kolom RB di laman dan media sosial")))
        return AppState(plan: plan, year: year, width: width, height: height, today: .nov)
    }

    func testTheViewMarksEachKindAndShowsRemovedRowsWhereTheyWere() throws {
        let view = RevisionView(try Self.revised(200, 50).year)
        XCTAssertEqual(view.counts.added, 1)
        XCTAssertEqual(view.counts.removed, 1)
        XCTAssertEqual(view.counts.moved, 1)
        XCTAssertEqual(view.counts.text, 1)
        XCTAssertEqual(view.counts.months, 1)
        func line(_ id: String) -> Int? { view.lines.indices.first { view.row($0).id.rawValue == id } }
        let places = (0..<8).map { view.row($0).id.rawValue }
        // The removed row stays at its place, between the rows that were around it.
        XCTAssertEqual(places, ["1.1.1.1", "1.1.2.1", "1.1.3.1", "1.2.1.1", "r-000000000001", "1.2.1.2", "1.2.2.1", "1.2.2.2"])
        XCTAssertEqual(view.flags[try XCTUnwrap(line("r-000000000001"))], .added)
        XCTAssertEqual(view.flags[try XCTUnwrap(line("1.2.2.1"))], .removed)
        XCTAssertTrue(view.lines[try XCTUnwrap(line("1.2.2.1"))] < 0, "a row of the plan as signed")
        XCTAssertEqual(view.flags[try XCTUnwrap(line("1.2.1.2"))], .text)
        XCTAssertEqual(view.flags[try XCTUnwrap(line("1.1.1.1"))], .months)
        // 1.3.1.1 went down past 1.3.1.2: the fewest moves that explain it is 1.3.1.2 moving up.
        XCTAssertEqual(view.flags[try XCTUnwrap(line("1.3.1.2"))], .moved)
        XCTAssertEqual(view.flags[try XCTUnwrap(line("1.3.1.1"))], [])
        XCTAssertEqual(view.lines.count, try Fixture.plan().rows.count + 1)
    }

    func testTheDifferencesOfARowAreItsOwnAndItsGroupsOldToNew() throws {
        let view = RevisionView(try Self.revised(200, 50).year)
        func differences(_ id: String) -> [String] {
            let n = view.lines.indices.first { view.row($0).id.rawValue == id }!
            return view.differences(of: n).map(Painter.differenceLine)
        }
        let old = try Fixture.plan().row("1.2.1.2")!.indikator
        // Rows by their ids (the edited row was named by its new position 1.2.1.3, the added one by 1.2.1.2: issue 20).
        XCTAssertEqual(differences("1.2.1.2"), ["1.2.1.2 INDIKATOR: \"\(old)\" → \"2) Pembangunan kolom RB di laman dan media sosial\""])
        XCTAssertEqual(differences("1.1.1.1"), ["1.1.1.1 months added: Feb"])
        XCTAssertEqual(differences("r-000000000001"), ["r-000000000001 row added: \"Tersedianya video sosialisasi RB\" [Mar]"])
        XCTAssertEqual(differences("1.2.2.1").count, 1)
        XCTAssertTrue(differences("1.2.2.1")[0].hasPrefix("1.2.2.1 row removed: "), differences("1.2.2.1")[0])
        XCTAssertEqual(differences("1.3.1.2"), ["1.3.1.2 row moved from SUB KEGIATAN 1.3.1 place 2 to place 1"])
        XCTAssertEqual(differences("1.3.1.1"), [])
    }

    func testVOpensOnTheCursorsRowTabShowsTheDifferencesAndEscGoesBackToThatRow() throws {
        let start = try Self.revised(200, 50).selecting("1.3.1.2")
        let open = start.pressing(.char("v"))
        let view = try XCTUnwrap(open.revision)
        XCTAssertEqual(view.row(view.cursor).id, "1.3.1.2")
        XCTAssertTrue(render(open).line(0).contains("Revision against the plan as signed"), render(open).line(0))
        // Keys are the view's: j moves its cursor, x deletes nothing.
        let moved = open.pressing(.char("j"), .char("x"))
        XCTAssertEqual(moved.revision?.cursor, view.cursor + 1)
        XCTAssertNil(moved.structure)
        XCTAssertEqual(moved.year.entries.count, open.year.entries.count)
        let pane = open.pressing(.tab)
        XCTAssertEqual(pane.revision?.showsDifferences, true)
        XCTAssertNotNil(render(pane).firstLine(containing: "1.3.1.2 row moved from SUB KEGIATAN 1.3.1 place 2 to place 1"))
        XCTAssertEqual(pane.pressing(.tab).revision?.showsDifferences, false)
        let down = try XCTUnwrap(open.pressing(.down).revision)
        let back = open.pressing(.down, .escape)
        XCTAssertNil(back.revision)
        XCTAssertEqual(back.selectedRow.map { back.plan.rows[$0].id }, down.row(down.cursor).id)
        XCTAssertNil(open.pressing(.char("v")).revision, "v closes it too")
        // A smaller terminal keeps the cursor's line on screen.
        let small = try XCTUnwrap(open.pressing(.resize(width: 80, height: 10)).revision)
        XCTAssertEqual(small.cursor, view.cursor)
        XCTAssertTrue((small.top..<(small.top + 6)).contains(small.cursor), "top \(small.top), cursor \(small.cursor)")
    }

    func testGoldenRevisionScreens() throws {
        // Added, removed (dim, −), moved (↕), changed text (~) and months (*) on one screen.
        let wide = try Self.revised(200, 50).pressing(.char("v"))
        try GoldenScreen.check(render(wide), "revision-200x50")
        let narrow = try Self.revised(80, 24).pressing(.char("v"))
        try GoldenScreen.check(render(narrow), "revision-80x24")
        // The differences of a reworded row, old → new.
        let reworded = try Self.revised(80, 24).selecting("1.2.1.2").pressing(.char("v"), .tab)
        try GoldenScreen.check(render(reworded), "revision-differences-80x24")
        let moved = try Self.revised(200, 50).selecting("1.3.1.2").pressing(.char("v"), .tab)
        try GoldenScreen.check(render(moved), "revision-differences-200x50")
    }

    func testGoldenStructureScreens() throws {
        let plan = try Fixture.plan()
        let recorded = try RealisasiTests.recorded(80, 24)
        // The confirmation of a deletion, with the realisation that goes with it.
        let confirm = recorded.pressing(.char("r"), .char("x"), .enter)
        guard case .confirm? = confirm.structure else { return XCTFail("no confirmation") }
        try GoldenScreen.check(render(confirm), "delete-confirm-80x24")
        let chooser = try Fixture.state(200, 50).selecting("1.2.1.2").pressing(.char("x"))
        try GoldenScreen.check(render(chooser), "delete-levels-200x50")
        let form = AppState(plan: plan, width: 80, height: 24, today: .nov).pressing(.char("A"), .char("2"))
            .typing("4) Penguatan").pressing(.enter).typing("1) Rapat koordinasi")
        try GoldenScreen.check(render(form), "add-kegiatan-form-80x24")
        let target = try AppState(plan: plan, width: 80, height: 24, today: .nov).selecting("1.2.1.1").pressing(.char("M"), .down, .down)
        XCTAssertEqual(target.structure, .moveTarget(row: "1.2.1.1"))
        try GoldenScreen.check(render(target), "move-target-80x24")
    }
}
