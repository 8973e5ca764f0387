import Foundation
import XCTest
@testable import GanttUI
import PlanModel

/// Adding, deleting and moving rows from the dashboard (issue 13): each key through `update`, its one effect
/// through the effect runner into a store, the cursor on the new or moved row, `u` taking it back; the
/// confirmation before a deletion with what goes with it; the notices on a folded line and while loading.
final class StructureTests: XCTestCase {
    /// The small plan (two areas; area 1 has one sub kegiatan of two rows) with the cursor on 1.1.1.1.
    func small(_ width: Int = 120, _ height: Int = 30) -> AppState {
        AppState(plan: Fixture.smallPlan, width: width, height: height, today: .nov)
    }

    func ids(_ state: AppState) -> [String] { state.year.plan.rows.map(\.id.rawValue) }
    func selected(_ state: AppState) -> String? { state.selectedRow.map { state.plan.rows[$0].id.rawValue } }

    func testOAddsARowBelowTheCursorsInItsSubKegiatanAndUTakesItBack() {
        let open = small().pressing(.char("o"))
        guard case .form(let form)? = open.structure else { return XCTFail("no form") }
        XCTAssertEqual(form.fields, [.indikator])
        XCTAssertEqual(form.addition.anchor, .after("1.1.1.1"))
        // The form takes every key: q, x and digits are text.
        let typed = open.typing("Tersedianya 1 x q")
        XCTAssertEqual(typed.year.entries.count, 0, "nothing is saved while typing")
        let added = typed.pressing(.enter)
        XCTAssertNil(added.structure)
        XCTAssertEqual(ids(added), ["1.1.1.1", "r-000000000001", "1.1.1.2", "2.1.1.1"])
        let row = added.year.plan.rows[1]
        XCTAssertEqual(row.indikator, "Tersedianya 1 x q")
        XCTAssertEqual(row.subKegiatan, "1) Pembentukan Tim")
        XCTAssertEqual(row.baseline, MonthSet())
        XCTAssertEqual(added.saveStatus, .saved)
        // The grid shows it, the cursor on it.
        XCTAssertEqual(selected(added), "r-000000000001")
        XCTAssertNotNil(render(added).firstLine(containing: "Tersedianya 1 x q"))
        XCTAssertEqual(ids(added.pressing(.char("u"))), ["1.1.1.1", "1.1.1.2", "2.1.1.1"])
    }

    func testCapitalOAddsAboveAndAnEmptyTextIsRefusedWithAMessage() {
        let open = small().pressing(.down, .char("O"))
        let refused = open.pressing(.char(" "), .enter)
        guard case .form(let form)? = refused.structure else { return XCTFail("the form closed on an empty text") }
        XCTAssertNotNil(form.editor.message)
        XCTAssertEqual(refused.year.entries.count, 0)
        let added = refused.typing("Laporan").pressing(.enter)
        XCTAssertEqual(ids(added), ["1.1.1.1", "r-000000000001", "1.1.1.2", "2.1.1.1"])
        XCTAssertEqual(added.year.plan.rows[1].indikator, " Laporan")
        // Esc cancels: nothing recorded.
        XCTAssertEqual(small().pressing(.char("o")).typing("abc").pressing(.escape).year.entries.count, 0)
        XCTAssertNil(small().pressing(.char("o")).pressing(.escape).structure)
    }

    func testCapitalAChoosesTheLevelThenAsksEachNewGroupsTitle() {
        let chooser = small().pressing(.char("A"))
        guard case .levels(.add, "1.1.1.1", let choices, 0, [])? = chooser.structure else { return XCTFail("no chooser") }
        XCTAssertEqual(choices, [.sub, .kegiatan, .area])
        // 2 chooses a kegiatan: its title, its sub kegiatan's, then the row's INDIKATOR.
        let form = chooser.pressing(.char("2"))
        guard case .form(let f)? = form.structure else { return XCTFail("no form") }
        XCTAssertEqual(f.fields, [.kegiatan, .sub, .indikator])
        let added = form.typing("2) Pelaksanaan").pressing(.enter).typing("1) Sosialisasi").pressing(.enter)
            .typing("Terlaksananya sosialisasi").pressing(.enter)
        XCTAssertNil(added.structure)
        let row = added.year.plan.rows[2]
        XCTAssertEqual(ids(added), ["1.1.1.1", "1.1.1.2", "r-000000000001", "2.1.1.1"])
        XCTAssertEqual([row.areaName, row.kegiatan, row.subKegiatan, row.indikator],
                       ["Manajemen Perubahan", "2) Pelaksanaan", "1) Sosialisasi", "Terlaksananya sosialisasi"])
        XCTAssertEqual(row.position.kegiatan, 1)
        // ↓ and Enter choose too; Esc closes the chooser.
        guard case .form(let area)? = small().pressing(.char("A"), .down, .down, .enter).structure else { return XCTFail("no form") }
        XCTAssertEqual(area.fields, [.area, .kegiatan, .sub, .indikator])
        XCTAssertNil(small().pressing(.char("A"), .escape).structure)
    }

    func testXAsksWhatToDeleteThenConfirmsWithWhatGoesWithIt() {
        // Area 1 has one kegiatan with one sub kegiatan: a deeper group than the row is the whole area.
        let chooser = small().pressing(.char("x"))
        guard case .levels(.delete, "1.1.1.1", let choices, 0, let counted)? = chooser.structure else { return XCTFail("no chooser") }
        XCTAssertEqual(choices, [.indikator, .area])
        XCTAssertEqual(counted.map(\.rows), [1, 2], "what each choice deletes, counted when the chooser opens")
        let confirm = chooser.pressing(.enter)
        guard case .confirm(let d)? = confirm.structure else { return XCTFail("no confirmation") }
        XCTAssertEqual(d, Deletion(row: "1.1.1.1", level: .indikator, place: "1.1.1.1", title: "SK Tim", rows: 1,
                                   statuses: 0, notes: 0, evidence: 0))
        XCTAssertEqual(confirm.year.entries.count, 0, "asks first")
        XCTAssertEqual(ids(confirm.pressing(.char("n"))), ["1.1.1.1", "1.1.1.2", "2.1.1.1"])
        XCTAssertNil(confirm.pressing(.escape).structure)
        let deleted = confirm.pressing(.char("y"))
        XCTAssertEqual(ids(deleted), ["1.1.1.2", "2.1.1.1"])
        XCTAssertEqual(selected(deleted), "1.1.1.2", "the cursor on the row that followed")
        XCTAssertNil(render(deleted).firstLine(containing: "SK Tim"))
        let undone = deleted.pressing(.char("u"))
        XCTAssertEqual(ids(undone), ["1.1.1.1", "1.1.1.2", "2.1.1.1"])
        XCTAssertEqual(selected(undone), "1.1.1.1", "undo shows the row it brought back")
        // The area: two rows.
        guard case .confirm(let area)? = chooser.pressing(.char("2")).structure else { return XCTFail("no confirmation") }
        XCTAssertEqual(area.rows, 2)
        XCTAssertEqual(area.place, "1")
        XCTAssertEqual(area.level, .area)
        XCTAssertEqual(area.title, "Manajemen Perubahan")
        XCTAssertEqual(ids(chooser.pressing(.char("2"), .enter)), ["2.1.1.1"])
        // The only row of its area: one choice, asked at once (Del as x).
        guard case .confirm(let only)? = small().pressing(.end, .delete).structure else { return XCTFail("no confirmation") }
        XCTAssertEqual(only.level, .area)
        // The plan's only area is kept: deleting the last rows would leave no row to add from.
        let one = AppState(plan: Plan(document: Fixture.smallPlan.document, areas: [Fixture.smallPlan.areas[1]]), width: 120, height: 30)
        let refused = one.pressing(.char("x"))
        XCTAssertEqual(refused.notice, .lastArea)
        XCTAssertNil(refused.structure)
    }

    func testTheConfirmationCountsTheRealisationThatGoesAndUndoBringsItBack() {
        let recorded = small().pressing(.char("r"), .char("y"), .char("e")).typing("rapat").pressing(.enter)
            .pressing(.char("b")).typing("sk.pdf").pressing(.enter, .char("r"))
        XCTAssertEqual(recorded.year.realisation.record("1.1.1.1", .jan).status, .done)
        guard case .confirm(let d)? = recorded.pressing(.char("x"), .enter).structure else { return XCTFail("no confirmation") }
        XCTAssertEqual([d.statuses, d.notes, d.evidence], [1, 1, 1])
        let deleted = recorded.pressing(.char("x"), .enter, .enter)
        XCTAssertEqual(ids(deleted), ["1.1.1.2", "2.1.1.1"])
        let back = deleted.pressing(.char("u"))
        XCTAssertEqual(ids(back), ["1.1.1.1", "1.1.1.2", "2.1.1.1"])
        XCTAssertEqual(back.year.realisation.record("1.1.1.1", .jan).status, .done)
        XCTAssertEqual(back.year.realisation.record("1.1.1.1", .jan).note, "rapat")
        XCTAssertEqual(back.year.realisation.evidence(of: "1.1.1.1").count, 1)
    }

    func testJAndKMoveTheRowWithinItsSubKegiatanAndSayWhenItCannot() {
        let moved = small().pressing(.char("J"))
        XCTAssertEqual(ids(moved), ["1.1.1.2", "1.1.1.1", "2.1.1.1"])
        XCTAssertEqual(moved.year.plan.rows[1].indikator, "SK Tim")
        XCTAssertEqual(selected(moved), "1.1.1.1", "the cursor goes with the row")
        XCTAssertEqual(moved.cursor, 1)
        XCTAssertEqual(selected(moved.pressing(.char("K"))), "1.1.1.1")
        let top = small().pressing(.char("K"))
        XCTAssertEqual(top.notice, .cannotMove(true))
        XCTAssertEqual(top.year.entries.count, 0)
        XCTAssertEqual(small().pressing(.down, .char("J")).notice, .cannotMove(false))
        XCTAssertEqual(ids(moved.pressing(.char("u"))), ["1.1.1.1", "1.1.1.2", "2.1.1.1"])
    }

    func testCapitalMMovesTheRowNextToTheRowTheCursorChooses() {
        let choosing = small().pressing(.char("M"))
        XCTAssertEqual(choosing.structure, .moveTarget(row: "1.1.1.1"))
        // ↓ moves the cursor (not a change); Enter puts the row after the cursor's, in that sub kegiatan.
        let chosen = choosing.pressing(.down, .down)
        XCTAssertEqual(chosen.structure, .moveTarget(row: "1.1.1.1"))
        XCTAssertEqual(chosen.year.entries.count, 0)
        let moved = chosen.pressing(.enter)
        XCTAssertNil(moved.structure)
        XCTAssertEqual(ids(moved), ["1.1.1.2", "2.1.1.1", "1.1.1.1"])
        XCTAssertEqual(moved.year.plan.rows[2].subKegiatan, "Pemetaan 東京 naskah")
        XCTAssertEqual(selected(moved), "1.1.1.1")
        XCTAssertNotNil(render(moved).firstLine(containing: "SK Tim"))
        XCTAssertEqual(ids(choosing.pressing(.down, .down, .char("b"))), ["1.1.1.2", "1.1.1.1", "2.1.1.1"])
        XCTAssertEqual(choosing.pressing(.escape).structure, nil)
        // The only row of its sub kegiatan cannot leave it empty.
        XCTAssertEqual(small().pressing(.end, .char("M")).notice, .onlyRowOfSub)
    }

    func testOnAFoldedLineAddAndMoveToSayToOpenItAndWhileLoadingNothingHappens() {
        let folded = small().pressing(.char("*"))
        XCTAssertNotNil(folded.foldLine(at: 0))
        for key in ["o", "O", "A", "M"] {
            let pressed = folded.pressing(.char(Character(key)))
            XCTAssertEqual(pressed.notice, .foldedStructure, key)
            XCTAssertNil(pressed.structure, key)
        }
        // x on a folded area offers only the area.
        guard case .confirm(let d)? = folded.pressing(.char("x")).structure else { return XCTFail("no confirmation") }
        XCTAssertEqual(d.level, .area)
        XCTAssertEqual(d.rows, 2)
        // J on a folded area moves the area, which stays folded with the cursor on it.
        let movedArea = folded.pressing(.char("J"))
        XCTAssertEqual(ids(movedArea), ["2.1.1.1", "1.1.1.1", "1.1.1.2"])
        XCTAssertEqual(movedArea.cursor, 1)
        XCTAssertEqual(movedArea.foldLine(at: 1)?.rows, 1..<3)
        XCTAssertEqual(selected(movedArea), "1.1.1.1")
        let loading = AppState(plan: Fixture.smallPlan, width: 120, height: 30, loading: true)
        for key in ["o", "x", "J", "M", "A", "v"] {
            let pressed = loading.pressing(.char(Character(key)))
            XCTAssertEqual(pressed.notice, .stillLoading, key)
            XCTAssertNil(pressed.structure, key)
            XCTAssertNil(pressed.revision, key)
        }
    }

    func testStructureKeysWorkInTheTriwulanView() {
        let triwulan = small().pressing(.char("t"))
        XCTAssertEqual(triwulan.periods, .triwulan)
        XCTAssertEqual(ids(triwulan.pressing(.char("J"))), ["1.1.1.2", "1.1.1.1", "2.1.1.1"])
        XCTAssertEqual(ids(triwulan.pressing(.char("o")).typing("Baru").pressing(.enter)).count, 4)
    }
}
