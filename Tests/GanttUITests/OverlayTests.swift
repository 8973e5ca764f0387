import XCTest
@testable import GanttUI
import PlanModel

/// Search, the detail pane, the help overlay and the area picker, on the real plan.
final class OverlayTests: XCTestCase {
    func testIncrementalSearchJumpsHighlightsAndCounts() throws {
        let start = try Fixture.state(200, 50)
        let typing = start.pressing(.char("7"), .char("/")).typing("gratifikasi")
        XCTAssertTrue(typing.isSearching)
        let plan = typing.plan
        let selected = try XCTUnwrap(typing.selectedRow)
        XCTAssertTrue(plan.rows[selected].texts.joined().lowercased().contains("gratifikasi"))
        XCTAssertEqual(plan.rows[selected].id, "7.2.1.1", "the first row mentioning gratifikasi")
        let screen = render(typing)
        XCTAssertTrue(screen.line(49).hasPrefix("/gratifikasi_"), screen.line(49))
        XCTAssertTrue(screen.line(0).contains("/gratifikasi: 1/4"), screen.line(0))
        // KEGIATAN is a merged cell wrapped over its rows: "2) Pelaksanaan pengendalian" / "Gratifikasi KPU";
        // the match is highlighted where it is printed, on the second row.
        let y = try XCTUnwrap(typing.lineOf("7.2.2.1"))
        let kegiatan = typing.layout.texts[1]
        XCTAssertEqual(screen.text(x: kegiatan.x, y: y - 1, width: 27), "2) Pelaksanaan pengendalian")
        XCTAssertEqual(screen.text(x: kegiatan.x, y: y, width: 15), "Gratifikasi KPU")
        let highlighted = (kegiatan.x..<kegiatan.end).filter { screen[$0, y].style.role == .match }
        XCTAssertEqual(highlighted, Array(kegiatan.x..<(kegiatan.x + 11)))

        let kept = typing.pressing(.enter)
        XCTAssertFalse(kept.isSearching)
        XCTAssertEqual(kept.searchQuery, "gratifikasi")
        let next = kept.pressing(.char("n"))
        XCTAssertEqual(next.plan.rows[try XCTUnwrap(next.selectedRow)].id, "7.2.2.1")
        let back = next.pressing(.char("N"))
        XCTAssertEqual(back.selectedRow, kept.selectedRow)
        let wrapped = kept.pressing(.char("N"))
        XCTAssertEqual(wrapped.plan.rows[try XCTUnwrap(wrapped.selectedRow)].id, "7.2.4.1", "N wraps to the last match")

        let cleared = kept.pressing(.escape)
        XCTAssertEqual(cleared.searchQuery, "")
        XCTAssertFalse(render(cleared).line(0).contains("matches"))
    }

    func testAMatchCutOffByTruncationHighlightsItsVisiblePartAndTheEllipsis() throws {
        let state = try Fixture.state(200, 50).pressing(.char("/")).typing("pakta integritas baik")
        let screen = render(state)
        let y = try XCTUnwrap(state.lineOf("1.3.1.1"))
        let indikator = state.layout.texts[3]
        XCTAssertEqual(screen.text(x: indikator.x, y: y, width: indikator.width), "1) Persentase (%) penandatanganan Pakta…")
        let highlighted = (indikator.x..<indikator.end).filter { screen[$0, y].style.role == .match }
        XCTAssertEqual(highlighted, Array((indikator.end - 6)..<indikator.end), "\"Pakta\" and the ellipsis")
    }

    func testSearchIgnoresCaseAndDiacriticsAndSaysWhenNothingMatches() throws {
        let start = try Fixture.state(200, 50)
        XCTAssertEqual(start.pressing(.char("/")).typing("JDÍH").matchRows.count, 1)
        let none = start.pressing(.char("/")).typing("zzzq").pressing(.enter).pressing(.char("n"))
        XCTAssertTrue(render(none).line(0).contains("no row contains \"zzzq\""), render(none).line(0))
        let escaped = start.pressing(.down, .down, .char("/")).typing("gratifikasi").pressing(.escape)
        XCTAssertEqual(escaped.cursor, 2, "Esc while typing returns to where the search started")
    }

    func testTheDetailPaneShowsTheFullWrappedTextsMonthsIDAndHistory() throws {
        let start = try Fixture.state(200, 50)
        var year = start.year
        year.apply(JournalEntry(seq: 1, id: "h-1", at: Date(timeIntervalSince1970: 1_700_000_000), by: "ester",
                                change: .set(MarkChange(row: "1.1.1.1", month: .feb, old: false, new: true))))
        let withHistory = update(start, .externalChange(year)).0
        let state = withHistory.pressing(.char("d"))
        XCTAssertEqual(state.overlay, .detail(DetailView()))
        let screen = render(state)
        let pane = screen.lines.joined(separator: "\n")
        XCTAssertTrue(pane.contains("Row 1.1.1.1"), pane)
        XCTAssertTrue(pane.contains("AREA PERUBAHAN          1. Manajemen Perubahan"), pane)
        // The sub kegiatan is long; wrapped, all of it is there, up to its last words.
        XCTAssertTrue(pane.contains("4) Tim Assessor"), pane)
        XCTAssertTrue(pane.contains("SK Tim Reformasi Birokrasi di lingkungan Unit/Satuan Kerja"), pane)
        XCTAssertTrue(pane.contains("Months                  Jan Feb  ·   ·   ·"), pane)
        XCTAssertTrue(pane.contains("As signed               Jan  ·   ·   ·"), pane)
        XCTAssertTrue(pane.contains("#1  "), pane)
        XCTAssertTrue(pane.contains("ester  Feb scheduled"), pane)
        // Moving keeps the pane and follows the row; Esc closes it.
        let moved = state.pressing(.down)
        XCTAssertTrue(render(moved).text.contains("Row 1.1.2.1"))
        XCTAssertEqual(moved.pressing(.escape).overlay, .none)
        XCTAssertEqual(state.pressing(.tab).overlay, .none)
    }

    func testOnASmallTerminalTheDetailPaneGrowsAndScrolls() throws {
        let state = try Fixture.state(80, 24).selecting("4.2.1.1").pressing(.char("d"))
        XCTAssertEqual(state.detailHeight, 16, "the pane takes what it needs, leaving the grid four lines")
        XCTAssertTrue(render(state).text.contains("Tata kelola PPID"))
        let content = state.detailContent.lines.map(\.value).joined(separator: " ")
        XCTAssertTrue(content.contains("5) Jumlah sengketa informasi;"), content)
        let end = state.pressing(.pageDown, .pageDown, .pageDown)
        XCTAssertTrue(render(end).text.contains("no changes recorded"), render(end).text)
        XCTAssertEqual(end.overlay, .detail(DetailView(scroll: 3 * (end.detailHeight - 3))), "the pane carries its scroll")
        XCTAssertEqual(end.pressing(.down).overlay, .detail(DetailView()), "another row starts at its top")
        XCTAssertNotNil(end.lineOf("4.2.1.1"), "the selected row stays on screen above the pane")
    }

    func testTheHelpOverlayListsEveryKey() throws {
        let state = try Fixture.state(200, 50).pressing(.char("?"))
        let screen = render(state).text
        for entry in KeyTable.entries where entry.inHelp {
            let (keys, what) = (entry.keysLabel, state.text.keyHelp[entry.id] ?? "?")
            XCTAssertTrue(screen.contains(keys), "help lacks \(keys)")
            XCTAssertTrue(screen.contains(what), "help lacks \(what)")
        }
        XCTAssertTrue(screen.contains("differs from the plan as signed"))
        XCTAssertEqual(state.pressing(.escape).overlay, .none)
        // The legend's last line is one line below the first page since help names C (conflicts, issue 22).
        let end = render(state.pressing(.pageDown)).text
        XCTAssertTrue(end.contains("Realisasi:  √ done  ½ partly  ✗ missed  → moved  ! overdue"), end)
        XCTAssertTrue(end.contains("≠  a conflict (two laptops' values; C chooses, d shows them)"), end)
        // On a small terminal the help scrolls to its last line.
        let small = try Fixture.state(80, 24).pressing(.char("?"))
        let scrolled = small.pressing(Array(repeating: Key.down, count: 80))  // (explanations wrap: more lines than before)
        XCTAssertTrue(render(scrolled).text.contains("(– when nothing is due)"), render(scrolled).text)
        XCTAssertTrue(render(scrolled).text.contains("≠  a conflict"), render(scrolled).text)
    }

    func testTheAreaPickerChoosesSeveralAreas() throws {
        let start = try Fixture.state(200, 50)
        let picker = start.pressing(.char("a"))
        XCTAssertEqual(picker.overlay, .picker(AreaPicker(cursor: 0, selection: [])))
        XCTAssertTrue(render(picker).text.contains("[x] all areas"))
        let chosen = picker.pressing(.down, .down, .char(" "), .down, .down, .down, .char(" "))
        let screen = render(chosen).text
        XCTAssertTrue(screen.contains("[x] 2  Penataan Peraturan"), screen)
        XCTAssertTrue(screen.contains("[x] 5  Sistem Manajemen"), screen)
        let applied = chosen.pressing(.enter)
        XCTAssertEqual(applied.areaFilter, [2, 5])
        XCTAssertEqual(applied.visibleRows.count, 5 + 9)
        XCTAssertTrue(render(applied).line(0).contains("areas 2 5 │ 14/124 rows"))
        XCTAssertEqual(picker.pressing(.escape).areaFilter, [], "Esc cancels")
    }

    /// Each view carries its own state, which goes when it closes: nothing of it is left to combine with another.
    func testEachViewCarriesItsOwnStateAndDropsItOnClosing() throws {
        let start = try Fixture.state(80, 24)
        let help = start.pressing(.char("?"), .down, .down)
        XCTAssertEqual(help.overlay, .help(HelpView(scroll: 2)))
        XCTAssertEqual(help.pressing(.escape, .char("?")).overlay, .help(HelpView()), "reopened at its top")
        XCTAssertEqual(help.pressing(.char("d")).overlay, help.overlay, "help takes its keys: d does not open the pane")

        let picked = start.pressing(.char("a"), .down, .down, .char(" "))
        XCTAssertEqual(picked.overlay, .picker(AreaPicker(cursor: 2, selection: [2])))
        XCTAssertEqual(picked.pressing(.escape).areaFilter, [], "Esc drops the choice")
        let applied = picked.pressing(.enter)
        XCTAssertEqual(applied.areaFilter, [2])
        XCTAssertEqual(applied.overlay, .none)
        XCTAssertEqual(applied.pressing(.char("a")).overlay, .picker(AreaPicker(cursor: 0, selection: [2])),
                       "reopened on the filter shown")

        let typing = start.pressing(.char("d"), .char("/")).typing("survei")
        XCTAssertEqual(typing.search?.draft, "survei")
        XCTAssertEqual(typing.overlay, .detail(DetailView()), "the detail pane stays under the search prompt")
        let kept = typing.pressing(.enter)
        XCTAssertNil(kept.search)
        XCTAssertEqual(kept.searchQuery, "survei")
        let cancelled = typing.pressing(.escape)
        XCTAssertNil(cancelled.search)
        XCTAssertEqual(cancelled.cursor, start.cursor, "back where the prompt opened")
    }
}

/// Help at 80x24 wraps its explanations onto continuation lines instead of cutting them ("…"), the roll-up's too.
final class HelpWrapTests: XCTestCase {
    func testNoExplanationIsCutAt80Columns() throws {
        var state = try Fixture.state(80, 24).pressing(.char("?"))
        var seen: [String] = []
        for _ in 0..<30 {
            seen += render(state).lines
            state = state.pressing(.pageDown)
        }
        let body = seen.filter { $0.dropFirst().hasPrefix("│") }
        XCTAssertFalse(body.isEmpty)
        let joined = body.map { $0.dropFirst(2).dropLast(2).trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        // Every explanation is there whole (over continuation lines: wrapped at its spaces), none cut with "…".
        for entry in KeyTable.entries where entry.inHelp {
            let what = state.text.keyHelp[entry.id] ?? "?"
            XCTAssertTrue(joined.contains(what), "help cuts \(what)")
        }
        // The reviewer's example.
        XCTAssertTrue(joined.contains(state.text.keyHelp["done"] ?? "?"), joined)
    }
}

extension HelpWrapTests {
    /// The roll-up's help at 80x24: wrapped the same way, its first page a golden screen.
    func testTheRollupHelpWrapsToo() throws {
        let (state, years) = try RollupDashboardTests.state(80, 24)
        let help = RollupDashboardTests.pressing(state, [.char("?")], years: years)
        try GoldenScreen.check(renderRollup(help), "rollup-help-80x24")
        XCTAssertFalse(renderRollup(help).lines.contains { $0.contains("…") }, "nothing cut")
    }
}
