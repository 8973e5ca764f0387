import Foundation
import XCTest
@testable import GanttUI
import PlanModel
import PlanStore

/// Conflicts in the dashboard (issue 22): marked on the row and the cell, counted in the title bar, shown in the
/// detail pane with who wrote each value, chosen with `C` (an entry that has seen every value, so a second laptop
/// that merges it shows none).
final class ConflictScreenTests: XCTestCase {
    /// Two laptops' concurrent writes, as a merged team journal holds them (fixed ids and times, so the value
    /// shown and the screens are the same on every run): 1.1.1.1 Jan catatan, 1.1.2.1 Mar status and 1.1.2.1 PJ.
    static func mergedYear(plan: Plan) -> YearState {
        func at(_ minute: Int) -> Date { Date(timeIntervalSince1970: 1_796_551_200 + Double(minute) * 60) }  // 2026-12-06 10:00 UTC
        let changes: [(String, String, Int, Change)] = [
            ("aaaa0000000000000000000000000001", "ani", 1, .note(row: "1.1.1.1", month: .jan, old: "", new: "SK terbit")),
            ("bbbb0000000000000000000000000001", "budi", 1, .note(row: "1.1.1.1", month: .jan, old: "", new: "SK belum terbit")),
            ("aaaa0000000000000000000000000002", "ani", 2, .status(row: "1.1.2.1", month: .mar, old: nil, new: .done)),
            ("bbbb0000000000000000000000000002", "budi", 2, .status(row: "1.1.2.1", month: .mar, old: nil, new: .moved(.apr))),
            ("aaaa0000000000000000000000000003", "ani", 3, .pj(row: "1.1.2.1", old: "", new: "Kasubbag Umum")),
            ("bbbb0000000000000000000000000003", "budi", 3, .pj(row: "1.1.2.1", old: "", new: "Kabag Organisasi")),
        ]
        let entries = changes.enumerated().map { n, c in
            JournalEntry(seq: n + 1, id: c.0, at: at(n), by: c.1, device: "d-" + c.1, clock: c.2, change: c.3)
        }
        return YearState(signed: plan, device: "d-citra", entries: entries)
    }

    static func state(_ width: Int, _ height: Int, glyphs: Glyphs = .unicode) throws -> AppState {
        let plan = try Fixture.plan()
        var state = AppState(plan: plan, year: mergedYear(plan: plan), width: width, height: height, today: .nov, asOf: .apr,
                             glyphs: glyphs)
        state.timeZone = TimeZone(identifier: "UTC")!
        return state
    }

    func testTheModelSeesThreeConflictsAndTheMarksFollowThem() throws {
        let state = try Self.state(200, 50)
        XCTAssertEqual(state.year.conflicts.map(\.key.description), ["note 1.1.1.1 Jan", "status 1.1.2.1 Mar", "pj 1.1.2.1"])
        XCTAssertEqual(state.conflictMarks.count, 3)
        XCTAssertTrue(state.conflictMarks.cell("1.1.1.1", .jan))
        XCTAssertFalse(state.conflictMarks.cell("1.1.1.1", .feb))
        XCTAssertTrue(state.conflictMarks.row("1.1.2.1"))
        XCTAssertFalse(state.conflictMarks.row("1.1.3.1"))
        // Outside a team nothing is marked.
        XCTAssertEqual(try Fixture.state(200, 50).conflictMarks.count, 0)
    }

    func testConflictScreensMatchTheirGoldens() throws {
        // The cursor on 1.1.2.1 (its Jan: the Mar cell keeps its mark), the detail pane open.
        let detail = try Self.state(200, 50).pressing(.down, .char("d"))
        try GoldenScreen.check(render(detail), "conflicts-detail-200x50")
        let small = try Self.state(80, 24).pressing(.down, .char("r"), .char("d"), .pageDown)
        try GoldenScreen.check(render(small), "conflicts-realisasi-detail-80x24")
        try GoldenScreen.check(render(try Self.state(80, 24, glyphs: .ascii).pressing(.down)), "conflicts-ascii-80x24")
        // C on 1.1.2.1 Jan (no conflict in that cell): the row's first, its Mar status; → → stays on the last value.
        let chooser = try Self.state(80, 24).pressing(.down, .char("C"), .left)
        try GoldenScreen.check(render(chooser), "conflicts-chooser-80x24")
        try GoldenScreen.check(render(try Self.state(200, 50).pressing(.down, .char("C"), .down)), "conflicts-chooser-200x50")
    }

    func testAFoldedLineIsMarkedWhenARowInsideHasAConflict() throws {
        let folded = try Self.state(80, 24).pressing(.char("*"))  // every area folded
        let lines = render(folded).lines
        let y = folded.layout.bodyY, x = try XCTUnwrap(folded.layout.months.first).x - 1
        XCTAssertEqual(String(Array(lines[y])[x]), "≠", lines[y])
        XCTAssertEqual(String(Array(lines[y + 1])[x]), "│", "area 2 has none: \(lines[y + 1])")
    }

    func testCOnARowWithoutConflictsSaysSoAndRecordsNothing() throws {
        let state = try Self.state(200, 50).pressing(.down, .down, .char("C"))
        XCTAssertNil(state.prompt)
        XCTAssertEqual(state.notice, .noConflict)
        XCTAssertEqual(state.year.entries.count, 6)
    }

    func testCOnARowWithoutOneOffersTheDecreesAndReportsConflicts() throws {
        let plan = try Fixture.plan()
        let entries = [("aaaa", "ani", "Teminabuan"), ("bbbb", "budi", "Sorong")].map { id, by, place in
            JournalEntry(seq: id == "aaaa" ? 1 : 2, id: id + String(repeating: "0", count: 28), at: Date(timeIntervalSince1970: 0),
                         by: by, device: "d-" + by, clock: 1, change: .signer(field: .place, old: "", new: place))
        }
        let state = AppState(plan: plan, year: YearState(signed: plan, device: "d-citra", entries: entries), width: 80, height: 24)
        XCTAssertEqual(state.conflictMarks.count, 1)
        let asked = state.pressing(.char("C"))
        guard case .conflict(let choice)? = asked.prompt else { return XCTFail("no chooser") }
        XCTAssertEqual(choice.conflicts.map(\.key.description), ["signer place"])
        // At 80 columns the prompt drops its first word to keep Enter and Esc (issue 22's findings).
        XCTAssertTrue(render(asked).lines[23].hasPrefix("Laporan: Tempat, keep: 1 \"Teminabuan\" ani 2 \"Sorong\" budi  Enter Keep"),
                      render(asked).lines[23])
    }

    func testTheChooserPicksValuesAndEscCancels() throws {
        var state = try Self.state(200, 50).pressing(.char("C"))
        guard case .conflict(let choice)? = state.prompt else { return XCTFail("no chooser") }
        XCTAssertEqual(choice.conflicts.map(\.key.description), ["note 1.1.1.1 Jan"])
        XCTAssertEqual(choice.value, 1, "starts at the value shown")
        state = state.pressing(.char("1"))
        guard case .conflict(let picked)? = state.prompt else { return XCTFail("no chooser") }
        XCTAssertEqual(picked.value, 0)
        state = state.pressing(.char("7"), .escape)
        XCTAssertNil(state.prompt)
        XCTAssertEqual(state.year.entries.count, 6)
    }

    // MARK: Through real stores: two laptops

    var folder: URL!

    override func setUp() {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("rencana-conflicts-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDown() { try? FileManager.default.removeItem(at: folder) }

    func laptop(_ name: String) throws -> StateStore {
        let store = try StateStore.open(plan: try Fixture.plan(), url: folder.appendingPathComponent("\(name).jsonl"), user: name,
                                        device: "d-\(name)")
        try store.upgradeToTeam()
        return store
    }

    func press(_ state: AppState, _ store: StateStore, _ keys: Key...) -> AppState {
        keys.reduce(state) { state, key in
            var state = state
            let effects = update(&state, Keymap.action(for: key, in: state))
            _ = runEffects(effects, on: &state, store: store)
            return state
        }
    }

    func testChoosingInTheDashboardSettlesItAndTheOtherLaptopShowsNoneAfterMerging() throws {
        let a = try laptop("ani"), b = try laptop("budi")
        try a.setNote("1.1.1.1", .jan, to: "SK terbit")
        try b.setNote("1.1.1.1", .jan, to: "SK belum terbit")
        try a.merge(b.teamEntries, source: "budi")
        try b.merge(a.teamEntries, source: "ani")
        XCTAssertEqual(a.conflicts.count, 1)
        var state = AppState(plan: a.plan, year: a.state, width: 200, height: 50, today: .nov)
        XCTAssertEqual(state.conflictMarks.count, 1)
        XCTAssertTrue(render(state).line(0).contains("1 conflict"), render(state).line(0))
        // Ani keeps the value that is not shown now.
        let shown = a.conflicts[0].values.last!
        state = press(state, a, .char("C"), .char("1"), .enter)
        let kept = a.realisation.record("1.1.1.1", .jan).note
        XCTAssertNotEqual(kept, shown)
        XCTAssertEqual(a.conflicts, [])
        XCTAssertEqual(state.conflictMarks.count, 0)
        XCTAssertFalse(render(state).line(0).contains("conflict"), render(state).line(0))
        // Budi merges Ani's choice: no conflict there either, and the same value.
        try b.merge(a.teamEntries, source: "ani")
        XCTAssertEqual(b.conflicts, [])
        XCTAssertEqual(b.realisation.record("1.1.1.1", .jan).note, kept)
        XCTAssertEqual(AppState(plan: b.plan, year: b.state, width: 200, height: 50).conflictMarks.count, 0)
        // A chooser left open while the conflict is settled elsewhere records nothing when Enter comes.
        let c = try laptop("citra")
        try c.merge(b.teamEntries.filter { $0.id != a.entries.last?.id }, source: "budi")
        var stale = press(AppState(plan: c.plan, year: c.state, width: 200, height: 50), c, .char("C"))
        XCTAssertNotNil(stale.prompt)
        try c.merge(a.teamEntries, source: "ani")
        stale = update(stale, .externalChange(c.state)).0
        let before = c.entries.count
        stale = press(stale, c, .enter)
        XCTAssertEqual(c.entries.count, before)
        XCTAssertEqual(stale.notice, .noConflict)
    }

    func testUndoingTheChoiceInTheDashboardMarksTheConflictAgainAndRedoSettlesIt() throws {
        let a = try laptop("ani"), b = try laptop("budi")
        try a.setNote("1.1.1.1", .jan, to: "SK terbit")
        try b.setNote("1.1.1.1", .jan, to: "SK belum terbit")
        try a.merge(b.teamEntries, source: "budi")
        var state = press(AppState(plan: a.plan, year: a.state, width: 200, height: 50, today: .nov), a, .char("C"), .char("1"), .enter)
        XCTAssertEqual(state.conflictMarks.count, 0)
        state = press(state, a, .char("u"))
        XCTAssertEqual(a.conflicts.count, 1)
        XCTAssertEqual(state.conflictMarks.count, 1)
        XCTAssertTrue(render(state).line(0).contains("1 conflict"), render(state).line(0))
        XCTAssertEqual(a.realisation.record("1.1.1.1", .jan).note, a.conflicts.first?.values.last)
        // Budi, merging the choice and its undo, sees the conflict too; Ani's redo settles it on both.
        try b.merge(a.teamEntries, source: "ani")
        XCTAssertEqual(b.conflicts.count, 1)
        state = press(state, a, .ctrl("r"))
        XCTAssertEqual(state.conflictMarks.count, 0)
        try b.merge(a.teamEntries, source: "ani")
        XCTAssertEqual(b.conflicts, [])
    }

    func testTypingANewValueInTheDashboardSettlesTheConflict() throws {
        let a = try laptop("ani"), b = try laptop("budi")
        try a.setPJ("1.1.1.1", to: "Ani")
        try b.setPJ("1.1.1.1", to: "Budi")
        try a.merge(b.teamEntries, source: "budi")
        var state = AppState(plan: a.plan, year: a.state, width: 200, height: 50, today: .nov)
        XCTAssertEqual(state.conflictMarks.count, 1)
        state = press(state, a, .char("r"), .char("P"), .ctrl("e"))
        state = press(state, a, Array(repeating: Key.backspace, count: 8) + "Citra".map { Key.char($0) } + [.enter])
        XCTAssertEqual(a.realisation.pj["1.1.1.1"], "Citra")
        XCTAssertEqual(a.conflicts, [])
        XCTAssertEqual(state.conflictMarks.count, 0)
        try b.merge(a.teamEntries, source: "ani")
        XCTAssertEqual(b.conflicts, [])
    }

    func press(_ state: AppState, _ store: StateStore, _ keys: [Key]) -> AppState {
        keys.reduce(state) { press($0, store, $1) }
    }
}
