import Foundation
import XCTest
@testable import GanttUI
import PlanModel
import PlanStore

/// The dashboard shows the current plan: text and row edits saved by this process (`.saved`) or another
/// (`.externalChange`) show up, with the cursor kept on its row and folds on their groups.
final class PlanFollowTests: XCTestCase {
    var stateFile: URL!

    override func setUp() {
        stateFile = FileManager.default.temporaryDirectory.appendingPathComponent("rencana-follow-\(UUID().uuidString).json")
    }

    override func tearDown() {
        try? FileManager.default.removeItem(at: stateFile)
        try? FileManager.default.removeItem(at: URL(fileURLWithPath: stateFile.path + ".lock"))
    }

    func open() throws -> (StateStore, AppState) {
        let plan = try Fixture.plan()
        let store = try StateStore.open(plan: plan, url: stateFile, user: "tester")
        let state = AppState(plan: store.plan, year: store.state, width: 200, height: 50, today: .nov)
        return (store, state)
    }

    /// The state with the cursor on row `id`, without filtering.
    func cursor(_ state: AppState, on id: RowID) throws -> AppState {
        var state = state
        let index = try XCTUnwrap(state.plan.rowIndex(of: id))
        _ = update(&state, .firstRow)
        while state.selectedRow != index && state.cursor < state.visibleRows.count - 1 { _ = update(&state, .moveRows(1)) }
        XCTAssertEqual(state.selectedRow, index)
        return state
    }

    /// Runs `change` on `store` as the effect runner does (the year handed to the store while it records), then `.saved`.
    func save(_ state: inout AppState, _ store: StateStore, _ change: () throws -> JournalEntry?) throws {
        _ = update(&state, .handYearToStore)
        let entry = try XCTUnwrap(try change())
        _ = update(&state, .saved(entry, store.state))
    }

    func selectedID(_ state: AppState) -> RowID? { state.selectedRow.map { state.plan.rows[$0].id } }

    func testATextEditSavedHereShowsAndKeepsTheCursorAndTheSearch() throws {
        var (store, state) = try open()
        state = try cursor(state, on: "1.1.2.1")
        _ = update(&state, .view(.search(.open)))
        for c in "zebra" { _ = update(&state, .view(.search(.type(c)))) }
        _ = update(&state, .view(.search(.keep)))
        XCTAssertTrue(state.matchRows.isEmpty)
        let cursorBefore = state.cursor
        try save(&state, store) { try store.editText("1.1.2.1", .indikator, to: "Tersedianya zebra cross") }
        XCTAssertEqual(state.plan.row("1.1.2.1")?.indikator, "Tersedianya zebra cross")
        XCTAssertEqual(selectedID(state), "1.1.2.1")
        XCTAssertEqual(state.cursor, cursorBefore)
        XCTAssertEqual(state.matchRows, [try XCTUnwrap(state.plan.rowIndex(of: "1.1.2.1"))], "the new text matches the kept search")
        XCTAssertNotNil(render(state).firstLine(containing: "Tersedianya zebra cross"))

        // A group's title: every row of the group shows it, and the search finds them by it.
        try save(&state, store) { try store.editText("1.1.2.1", .sub, to: "Zebra sub kegiatan") }
        let rows = try XCTUnwrap(state.plan.rowsHolding(.sub, of: "1.1.2.1"))
        XCTAssertTrue(rows.allSatisfy { state.plan.rows[$0].subKegiatan == "Zebra sub kegiatan" })
        XCTAssertEqual(state.matchRows, Array(rows))
        XCTAssertEqual(state.matches(for: "zebra sub", among: nil), Array(rows))
        XCTAssertEqual(state.matches(for: "Tersedianya zebra", among: nil), [try XCTUnwrap(state.plan.rowIndex(of: "1.1.2.1"))])

        // Undo takes it back, on screen too.
        try save(&state, store) { try store.undo() }
        XCTAssertEqual(state.plan.row("1.1.2.1")?.subKegiatan, try Fixture.plan().row("1.1.2.1")?.subKegiatan)
        XCTAssertEqual(state.matchRows, [try XCTUnwrap(state.plan.rowIndex(of: "1.1.2.1"))])
    }

    func testATextEditAndADocumentEditByAnotherProcessShow() throws {
        var (store, state) = try open()
        state = try cursor(state, on: "2.1.1.1")
        let other = try StateStore.open(plan: try Fixture.plan(), url: stateFile, user: "other")
        try other.editText("2.1.1.1", .ket, to: "dari proses lain")
        try other.editText("2.1.1.1", .kegiatan, to: "Kegiatan dari proses lain")
        try other.editDocument(.unit, to: "Unit Baru")
        XCTAssertTrue(try store.refresh())
        _ = update(&state, .externalChange(store.state))
        XCTAssertEqual(state.plan.row("2.1.1.1")?.ket, "dari proses lain")
        XCTAssertEqual(state.plan.document.unit, "Unit Baru")
        XCTAssertEqual(selectedID(state), "2.1.1.1")
        XCTAssertNotNil(render(state).firstLine(containing: "Kegiatan dari proses lain"))
        XCTAssertNotNil(render(update(state, .view(.detail(.toggle))).0).firstLine(containing: "dari proses lain"), "KET, in the detail pane")
    }

    func testARowAddedHereAndTheCursorRowRemovedByAnotherProcess() throws {
        var (store, state) = try open()
        state = try cursor(state, on: "1.1.2.1")
        let rows = state.plan.rows.count
        let cursorBefore = state.cursor
        var added: RowID?
        try save(&state, store) {
            let entry = try store.addRow(RowAddition(row: "", anchor: .before("1.1.2.1"), text: "Baris baru di atas"))
            if case .add(let addition) = entry.change { added = addition.row }
            return entry
        }
        XCTAssertEqual(state.plan.rows.count, rows + 1)
        // A row added here: the cursor lands on it (StructureTests), its old row one line lower.
        XCTAssertEqual(selectedID(state), try XCTUnwrap(added))
        XCTAssertEqual(state.cursor, cursorBefore)
        _ = update(&state, .moveRows(1))
        XCTAssertEqual(selectedID(state), "1.1.2.1")
        XCTAssertEqual(state.cursor, cursorBefore + 1)
        XCTAssertEqual(state.visibleRows.count, rows + 1)
        XCTAssertEqual(state.plan.rows[state.visibleRows[state.cursor - 1]].id, try XCTUnwrap(added))
        XCTAssertNotNil(render(state).firstLine(containing: "Baris baru di atas"))
        XCTAssertFalse(state.marks(of: state.cursor - 1).contains(.jan))
        XCTAssertEqual(state.marks(of: try XCTUnwrap(state.selectedRow)), state.plan.row("1.1.2.1")!.baseline)

        // Another process removes the cursor's row: the cursor goes to the row that followed it.
        let next = state.plan.rows[state.visibleRows[state.cursor + 1]].id
        let other = try StateStore.open(plan: try Fixture.plan(), url: stateFile, user: "other")
        try other.removeRows("1.1.2.1")
        XCTAssertTrue(try store.refresh())
        _ = update(&state, .externalChange(store.state))
        XCTAssertNil(state.plan.rowIndex(of: "1.1.2.1"))
        XCTAssertEqual(state.plan.rows.count, rows)
        XCTAssertEqual(selectedID(state), next)

        // Undo of the removal (this process's store, which holds it now) brings the row back.
        try save(&state, store) { try store.undo() }
        XCTAssertNotNil(state.plan.rowIndex(of: "1.1.2.1"))
        XCTAssertEqual(state.plan.rows.count, rows + 1)
    }

    /// The matches and the search text after a change of rows equal those found from scratch.
    func checkSearch(_ state: AppState, _ context: String, file: StaticString = #filePath, line: UInt = #line) {
        let fresh = SearchIndex(plan: state.plan), all = Array(state.plan.rows.indices)
        XCTAssertEqual(state.matchRows, fresh.rows(matching: state.searchQuery, among: all), context, file: file, line: line)
        for query in ["baru", "laporan", "r-", "1.1.2.1", "manajemen perubahan", "sosialisasi"] {
            XCTAssertEqual(state.matches(for: query, among: nil), fresh.rows(matching: query, among: all), "\(context): \(query)",
                           file: file, line: line)
        }
    }

    func testMatchesAndTheSearchTextFollowRowsAddedRemovedAndMoved() throws {
        var (store, state) = try open()
        _ = update(&state, .view(.search(.open)))
        for c in "baru" { _ = update(&state, .view(.search(.type(c)))) }
        _ = update(&state, .view(.search(.keep)))
        let before = state.matchRows
        try save(&state, store) { try store.addRow(RowAddition(row: "", anchor: .after("2.1.1.1"), text: "Baris baru satu")) }
        checkSearch(state, "an indicator added")
        XCTAssertEqual(state.matchRows.count, before.count + 1)
        try save(&state, store) {
            try store.addRow(RowAddition(row: "", anchor: .before("1.1.2.1"), level: .kegiatan, text: "dua", sub: "Sub baru", kegiatan: "Keg"))
        }
        checkSearch(state, "a kegiatan added")
        try save(&state, store) { try store.moveRow("1.2.1.1", level: .sub, up: false) }
        checkSearch(state, "a sub kegiatan moved")
        try save(&state, store) { try store.moveRow("2.1.1.1", to: .after("7.1.1.1")) }
        checkSearch(state, "an indicator moved to another area")
        try save(&state, store) { try store.removeRows("4.1.1.1", level: .area) }
        checkSearch(state, "an area removed")
        try save(&state, store) { try store.undo() }
        checkSearch(state, "the removal undone")
        try save(&state, store) { try store.editText("3.1.1.1", .indikator, to: "teks baru") }
        try save(&state, store) { try store.removeRows("1.1.1.1") }
        checkSearch(state, "a text edit, then a row removed")
    }

    func testFoldsFollowTheirGroupsWhenAnAreaBeforeThemIsRemoved() throws {
        var (store, state) = try open()
        let plan = state.plan
        // Fold area 3 and a sub kegiatan of area 4; the cursor on area 5's first row.
        let area3 = plan.rows.first { $0.areaNumber == 3 }!, area4 = plan.rows.first { $0.areaNumber == 4 }!
        state.folds = [FoldKey(level: 1, of: area3.position), FoldKey(level: 3, of: area4.position)]
        state.recomputeVisibleRows()
        let area5 = plan.rows.first { $0.areaNumber == 5 }!
        state = try cursor(state, on: area5.id)
        XCTAssertEqual(state.folds, [FoldKey(level: 1, area: 2), FoldKey(level: 3, of: area4.position)])

        let firstRow = plan.rows[0].id
        try save(&state, store) { try store.removeRows(firstRow, level: .area) }
        XCTAssertEqual(state.plan.areas.count, plan.areas.count - 1)
        XCTAssertEqual(state.folds, [FoldKey(level: 1, area: 1), FoldKey(level: 3, area: 2, kegiatan: area4.position.kegiatan,
                                                                           sub: area4.position.sub)])
        XCTAssertEqual(selectedID(state), area5.id)
        XCTAssertEqual(state.foldLine(at: try XCTUnwrap(state.plan.rowIndex(of: area3.id)))?.level, 1)
        XCTAssertEqual(state.visibleRows, Self.visible(state))
    }

    func testASearchIndexPatchedByTextEditsFindsWhatAFreshIndexFinds() throws {
        let plan = try Fixture.plan()
        var year = YearState(signed: plan)
        var patched = SearchIndex(plan: plan)
        _ = patched.rows(matching: "x", among: [0])  // folded now: the edits patch it
        var shared = patched  // a second reference: its edits copy the text first, the other one keeps its own
        let before = shared.rows(matching: "rencana aksi", among: Array(plan.rows.indices))
        let edits: [(RowID, PlanTextField, String)] = [
            ("1.1.3.1", .indikator, "Rencana zebra"), ("1.1.3.1", .ket, "KET zebra"), ("4.1.1.1", .sub, "Sub ZEBRA baru"),
            ("7.2.1.1", .kegiatan, "Kegiatan zébra"), ("8.3.1.2", .area, "Area zebra"), ("1.1.3.1", .indikator, ""),
        ]
        for (n, (row, field, text)) in edits.enumerated() {
            let old = year.plan.row(row)!
            year.apply(JournalEntry(seq: n + 1, id: "e-\(n)", at: Date(), by: "t", change: .edit(row: row, field: field, old: old.ket, new: text)))
            let rows = try XCTUnwrap(year.plan.rowsHolding(field, of: row))
            patched.textChanged(field, rows: rows, in: year.plan)
        }
        let fresh = SearchIndex(plan: year.plan)
        let all = Array(year.plan.rows.indices)
        for query in ["zebra", "ZÉBRA", "rencana", "kegiatan zebra", "sub zebra baru", "area zebra", "KET zebra", "1.1.3.1", "laporan"] {
            XCTAssertEqual(patched.rows(matching: query, among: all), fresh.rows(matching: query, among: all), query)
            XCTAssertEqual(patched.rows(matching: query, among: [2, 30, 80, 110]), fresh.rows(matching: query, among: [2, 30, 80, 110]), query)
        }
        XCTAssertFalse(patched.rows(matching: "zebra", among: all).isEmpty)
        XCTAssertEqual(shared.rows(matching: "rencana aksi", among: Array(plan.rows.indices)), before, "the copy kept the plan it was made on")
        shared.textChanged(.indikator, rows: 2...2, in: year.plan)
        XCTAssertEqual(shared.rows(matching: "KET zebra", among: [2]), [2])
        XCTAssertEqual(shared.rows(matching: "Rencana zebra", among: [2]), [])
    }

    /// The visible rows computed from scratch on a new state with the same folds and filter.
    static func visible(_ state: AppState) -> [Int] {
        var fresh = AppState(plan: state.plan, year: state.year, width: state.width, height: state.height)
        fresh.folds = state.folds
        fresh.recomputeVisibleRows()
        return fresh.visibleRows
    }
}
