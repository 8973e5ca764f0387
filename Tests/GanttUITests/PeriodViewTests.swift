import Foundation
import XCTest
@testable import GanttUI
import PlanModel

/// The period views (`t`): Bulan → Triwulan → Semester, their cells in both layers, the cursor by period,
/// the keys that need the month view, the room given to the text columns, and their golden screens.
final class PeriodViewTests: XCTestCase {
    func testTCyclesTheViewsAndNamesThemInTheTitleAndHeaders() throws {
        let start = try Fixture.state(200, 50)
        XCTAssertEqual(start.periods, .bulan)
        XCTAssertFalse(render(start).line(0).contains("Triwulan"))
        let triwulan = start.pressing(.char("t"))
        XCTAssertEqual(triwulan.periods, .triwulan)
        XCTAssertEqual(triwulan.layout.months.count, 4)
        XCTAssertTrue(render(triwulan).line(0).contains("Rencana │ Triwulan │ all areas"), render(triwulan).line(0))
        XCTAssertTrue(render(triwulan).line(1).contains("│ TW I    TW II  TW III   TW IV │KET"), render(triwulan).line(1))
        let semester = triwulan.pressing(.char("t"))
        XCTAssertEqual(semester.periods, .semester)
        XCTAssertTrue(render(semester).line(0).contains("Rencana │ Semester │ all areas"), render(semester).line(0))
        XCTAssertTrue(render(semester).line(1).contains("│ Sem I  Sem II │KET"), render(semester).line(1))
        let bulan = semester.pressing(.char("t"))
        XCTAssertEqual(bulan.periods, .bulan)
        XCTAssertEqual(render(bulan).lines, render(start).lines, "back to Bulan draws the screen as before")
        // The key table, the help and the key bar name t.
        guard case .cyclePeriod = Keymap.grid[.char("t")] else { return XCTFail("t is not bound to the period views") }
        XCTAssertEqual(KeyTable.entry("period")?.keysLabel, "t")
        XCTAssertNotNil(start.text.keyHelp["period"])
        XCTAssertTrue(start.text.keysGrid.contains { $0.key == "t" })
    }

    func testTheCursorMovesByPeriodAndBulanFindsItsMonthAgain() throws {
        let start = try Fixture.state(200, 50).pressing(.right, .right, .right, .right)  // May
        XCTAssertEqual(start.month, .mei)
        // Through the views and back without moving: the same month.
        XCTAssertEqual(start.pressing(.char("t")).cursorPeriod, 1, "May is in TW II")
        XCTAssertEqual(start.pressing(.char("t"), .char("t")).cursorPeriod, 0, "May is in Sem I")
        XCTAssertEqual(start.pressing(.char("t"), .char("t"), .char("t")).month, .mei)
        // By period: each move lands on the period's first month, and stops at the ends.
        let tw = start.pressing(.char("t"))
        XCTAssertEqual(tw.pressing(.right).month, .jul)
        XCTAssertEqual(tw.pressing(.char("l"), .char("l"), .char("l"), .char("l")).month, .okt)
        XCTAssertEqual(tw.pressing(.left).month, .jan)
        XCTAssertEqual(tw.pressing(.char("h"), .char("h")).month, .jan)
        // Back to Bulan from TW III: its first month.
        XCTAssertEqual(tw.pressing(.right, .char("t"), .char("t")).month, .jul)
        XCTAssertEqual(tw.pressing(.char("t"), .right).month, .jul, "Sem II starts in July")
        // ↓ keeps the period.
        let down = tw.pressing(.right, .down, .down)
        XCTAssertEqual(down.cursor, 2)
        XCTAssertEqual(down.cursorPeriod, 2)
    }

    func testSpaceAndTheStatusKeysNeedTheMonthViewAndSaySo() throws {
        let tw = try Fixture.state(200, 50).pressing(.char("t"))
        let toggled = tw.pressing(.char(" "))
        XCTAssertEqual(toggled.notice, .needsBulan)
        XCTAssertEqual(toggled.year.entries.count, 0, "nothing recorded")
        XCTAssertTrue(render(toggled).line(0).contains("switch to Bulan with t to change a month"), render(toggled).line(0))
        XCTAssertNil(toggled.pressing(.down).notice, "the notice goes with the next key")
        let realisasi = tw.pressing(.char("r"))
        for key: Key in [.char("y"), .char("p"), .char("m"), .char("c"), .char(">"), .char("e"), .char("b"), .char("X")] {
            let after = realisasi.pressing(key)
            XCTAssertEqual(after.notice, .needsBulan, "\(key)")
            XCTAssertNil(after.prompt, "\(key) opens no prompt")
            XCTAssertEqual(after.year.entries.count, 0, "\(key)")
        }
        // The row's penanggung jawab is not a month's: its editor opens in any view.
        XCTAssertNotNil(realisasi.pressing(.char("P")).prompt)
        // Back in Bulan the same key toggles.
        XCTAssertEqual(tw.pressing(.char("t"), .char("t"), .char(" ")).year.entries.count, 1)
    }

    func testCellsCountThePlannedMonthsAndMarkTheChangedPeriods() throws {
        // Rencana Aksi: Mar, Jun, Sep, Des. After toggling Feb on and Jun off, TW I has 2 (changed), TW II none (changed).
        let start = AppState(plan: Fixture.smallPlan, width: 120, height: 12, today: .nov)
        let changed = start.pressing(.down, .right, .char(" "), .right, .right, .right, .right, .char(" "), .up)
        let tw = changed.pressing(.char("t"))
        let screen = render(tw)
        let y = try XCTUnwrap(tw.lineOf("1.1.1.2"))
        let first = tw.layout.months[0].x
        XCTAssertEqual(screen.text(x: first, y: y, width: tw.layout.periods.span), "  √2*     ·*      √1      √1   ")
        XCTAssertEqual(screen[first + 2, y].style.role, .barChanged)
        XCTAssertEqual(screen[first + 8, y].style.role, .removed)
        XCTAssertEqual(screen[first + 18, y].style.role, .bar)
        // The cursor's row and period (SK Tim, the cursor last on Jun: TW II, nothing planned): bracketed.
        let cursorY = try XCTUnwrap(tw.lineOf("1.1.1.1"))
        XCTAssertEqual(tw.cursorPeriod, 1)
        XCTAssertEqual(screen.text(x: first, y: cursorY, width: 15), "  √1      [·]  ")
        XCTAssertEqual(screen[first + 2, cursorY].style.role, .bar)
        XCTAssertEqual(screen[first + 10, cursorY].style.role, .cursorCell)
        let sem = tw.pressing(.char("t"))
        let semester = render(sem)
        XCTAssertEqual(semester.text(x: sem.layout.months[0].x, y: y, width: 15), "  √2*     √2   ")
    }

    func testTheWholePlanKeepsThePeriodViewOfItsFirstRows() throws {
        let bytes = Array(try Data(contentsOf: Fixture.packageRoot.appendingPathComponent("plan.json")))
        let first = try XCTUnwrap(PlanDecoder.decodePrefix(bytes, rows: 40))
        let looking = AppState(plan: first, width: 80, height: 24, today: .nov, loading: true).pressing(.char("t"), .right, .down)
        XCTAssertEqual(looking.periods, .triwulan, "t works while the plan loads")
        var loaded = AppState(plan: try Fixture.plan(), width: 80, height: 24, today: .nov)
        loaded.adoptView(of: looking)
        XCTAssertEqual(loaded.periods, .triwulan)
        XCTAssertEqual(loaded.layout, Layout(width: 80, height: 24, periods: .triwulan))
        XCTAssertEqual(loaded.cursorPeriod, 1)
    }

    func testAClickOnAPeriodCellMovesTheCursorThere() throws {
        let tw = try Fixture.state(200, 50).pressing(.char("t"))
        let y = try XCTUnwrap(tw.lineOf("1.1.3.1"))
        let clicked = tw.pressing(.mouse(x: tw.layout.months[2].x + 3, y: y, .press))
        XCTAssertEqual(clicked.plan.rows[try XCTUnwrap(clicked.selectedRow)].id, "1.1.3.1")
        XCTAssertEqual(clicked.cursorPeriod, 2)
        XCTAssertEqual(clicked.month, .jul)
        let header = tw.pressing(.mouse(x: tw.layout.months[3].x, y: tw.layout.headerY, .press))
        XCTAssertEqual(header.cursorPeriod, 3)
        // The detail pane still shows the row, its months by name.
        let detail = clicked.pressing(.char("d"))
        XCTAssertEqual(detail.overlay, .detail(DetailView()))
        XCTAssertNotNil(render(detail).firstLine(containing: "Row 1.1.3.1"))
    }

    func testFilterSearchAndFoldsWorkInAPeriodView() throws {
        let tw = try Fixture.state(200, 50).pressing(.char("t"), .right)
        let area2 = tw.pressing(.char("2"))
        XCTAssertTrue(area2.visibleRows.allSatisfy { area2.plan.rows[$0].areaNumber == 2 })
        XCTAssertEqual(area2.periods, .triwulan)
        let searched = tw.pressing(.char("/")).typing("LHKPN").pressing(.enter)
        XCTAssertTrue(searched.isMatch(try XCTUnwrap(searched.selectedRow)))
        XCTAssertEqual(searched.plan.rows[try XCTUnwrap(searched.selectedRow)].id, "1.3.1.1")
        XCTAssertEqual(searched.cursorPeriod, 1, "a search keeps the period")
        // Folded areas show the union of their rows: how many months of the period any row has.
        let folded = tw.pressing(.char("*"))
        XCTAssertEqual(folded.visibleRows.count, folded.plan.areas.count)
        let screen = render(folded)
        let y = try XCTUnwrap(folded.lineOf(folded.plan.rows[0].id))
        let area1 = folded.plan.rows.filter { $0.areaNumber == 1 }.reduce(UInt16(0)) { $0 | $1.baseline.bits }
        let twII = (area1 >> 3 & 0b111).nonzeroBitCount
        XCTAssertEqual(screen.text(x: folded.layout.months[1].x, y: y, width: 7).trimmingCharacters(in: .whitespaces),
                       "[√\(twII)]")
        try GoldenScreen.check(screen, "triwulan-folded-areas-200x50")
    }

    func testRealisasiShowsEachPeriodsCapaian() throws {
        // 1.2.1.1 as of April: Jan missed, Feb not recorded, Mar done, Apr due.
        let state = try RealisasiTests.recorded(200, 50).pressing(.char("t"))
        let screen = render(state)
        let y = try XCTUnwrap(state.lineOf("1.2.1.1"))
        let index = try XCTUnwrap(state.plan.rowIndex(of: "1.2.1.1"))
        func cell(_ p: Int) -> String {
            screen.text(x: state.layout.months[p].x, y: y, width: 7).trimmingCharacters(in: .whitespaces)
        }
        // TW I: Jan, Feb and Mar due, Mar done: 1 of 3. TW II: Apr due, not done.
        // TW III and IV: nothing due by April.
        XCTAssertEqual([cell(0), cell(1), cell(2), cell(3)], ["33,3%", "0%", "–", "–"])
        XCTAssertEqual(state.periodFigures(row: index, period: 0).capaianText, "33,3%")
        XCTAssertEqual(screen[state.layout.months[0].x + 3, y].style.role, .partly)
        XCTAssertEqual(screen[state.layout.months[1].x + 3, y].style.role, .overdue)
        XCTAssertEqual(screen[state.layout.months[2].x + 3, y].style.role, .dim)
        // A period all done reads done: 1.1.1.1 (planned in Jan only), Jan done.
        let y1 = try XCTUnwrap(state.lineOf("1.1.1.1"))
        XCTAssertEqual(screen.text(x: state.layout.months[0].x, y: y1, width: 7), "[100%] ")
        XCTAssertEqual(state.periodFigures(row: try XCTUnwrap(state.plan.rowIndex(of: "1.1.1.1")), period: 0).capaianText, "100%")
        // The title keeps the whole plan's figure as of April, as in Bulan, and names the view.
        XCTAssertTrue(screen.line(0).contains("Realisasi s.d. Apr 0,9% │ Triwulan │"), screen.line(0))
    }

    func testTheTextColumnsTakeTheRoomTheMonthsLeaveAndNothingOverlaps() throws {
        let bulan = try Fixture.state(80, 24)
        let tw = bulan.pressing(.char("t"))
        let sem = tw.pressing(.char("t"))
        XCTAssertEqual(bulan.layout.label?.width, 32)
        XCTAssertEqual(tw.layout.label?.width, 48)
        XCTAssertEqual(sem.layout.label?.width, 64)
        let wide = try Fixture.state(200, 50)
        let textRoom = { (s: AppState) in s.layout.texts.reduce(0) { $0 + $1.width } }
        XCTAssertEqual(textRoom(wide.pressing(.char("t"))), textRoom(wide) + 16)
        XCTAssertEqual(textRoom(wide.pressing(.char("t"), .char("t"))), textRoom(wide) + 32)
        for (w, h) in [(200, 50), (120, 40), (80, 24), (60, 8), (100, 30), (59, 8), (20, 4)] {
            for view in PeriodView.allCases {
                let layout = Layout(width: w, height: h, periods: view)
                guard layout.mode != .tooSmall else {
                    XCTAssertTrue(w < Layout.minWidth || h < Layout.minHeight)
                    continue
                }
                let columns = [layout.no, layout.label].compactMap { $0 } + layout.texts + layout.months
                for (a, b) in zip(columns, columns.dropFirst()) where b.x < a.x { XCTFail("\(w)x\(h) \(view): columns out of order") }
                XCTAssertLessThanOrEqual(layout.months.last?.end ?? 0, w)
                if let ket = layout.ket { XCTAssertGreaterThan(ket.x, layout.months.last?.end ?? 0) }
                XCTAssertEqual(layout.months.count, view.count)
            }
        }
    }

    func testPeriodViewsMatchTheirGoldenScreens() throws {
        let start = try Fixture.state(200, 50)
        try GoldenScreen.check(render(start.pressing(.char("t"))), "triwulan-200x50")
        try GoldenScreen.check(render(start.pressing(.char("t"), .char("t"))), "semester-200x50")
        let narrow = try Fixture.state(80, 24)
        try GoldenScreen.check(render(narrow.pressing(.char("t"))), "triwulan-80x24")
        try GoldenScreen.check(render(narrow.pressing(.char("t"), .char("t"))), "semester-80x24")
        try GoldenScreen.check(render(try Fixture.state(120, 40).pressing(.char("t"), .down)), "triwulan-120x40")
        try GoldenScreen.check(render(try Fixture.state(60, 8).pressing(.char("t"), .char("t"))), "semester-60x8")
        try GoldenScreen.check(render(try RealisasiTests.recorded(200, 50).pressing(.char("t"))), "realisasi-triwulan-200x50")
        try GoldenScreen.check(render(try RealisasiTests.recorded(80, 24).pressing(.char("t"))), "realisasi-triwulan-80x24")
        // Folded areas in Realisasi at 80 columns: each area's title and row count end before its capaian.
        let folded = try RealisasiTests.recorded(80, 24).pressing(.char("t"), .char("*"))
        try GoldenScreen.check(render(folded), "realisasi-triwulan-folded-80x24")
        XCTAssertTrue(render(folded).line(4).hasPrefix("+ 2 Penataan Peraturan Perundan… (5 rows)    0% │"), render(folded).line(4))
        // Too small: only the message, in any view.
        let tiny = render(try Fixture.state(30, 6).pressing(.char("t")))
        XCTAssertTrue(tiny.lines.joined(separator: " ").contains("Terminal too small"))
    }
}
