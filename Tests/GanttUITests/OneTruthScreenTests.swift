import Foundation
import XCTest
@testable import GanttUI
import PlanModel
import RencanaText

/// Issue 20 in the dashboard: counts and keys tell the truth (the title's change count in the revision view's
/// words, a folded plan's rows, `r` and the Realisasi keys in the key bar, choosers counting their options, a `z`
/// that waits or is cancelled visibly, help naming the folded marker, search saying which match), one reference
/// per row (the stored id in the delete chooser, the move prompt and the revision view), and the Triwulan review.
final class OneTruthScreenTests: XCTestCase {
    let t = Text.Dashboard.english

    func small(_ width: Int = 120, _ height: Int = 30) -> AppState {
        AppState(plan: Fixture.smallPlan, width: width, height: height, today: .nov)
    }

    func title(_ state: AppState) -> String { render(state).lines[0] }
    func keyBar(_ state: AppState) -> String { render(state).lines[state.layout.keyBarY] }

    // MARK: Counts

    /// Months of one row, a text, an added row and a move: the title says what the revision view says, in rows.
    func testTheTitleCountsTextsRowsAndMonthsInTheRevisionViewsWords() {
        // Three months of 1.1.1.1 (the title said "3 cells changed"; the revision view "1 months").
        var state = small(200, 30).pressing(.char(" "), .char("l"), .char(" "), .char("l"), .char(" "))
        XCTAssertEqual(state.changeTally.months, 1)
        XCTAssertEqual(state.changedCells, 3)
        XCTAssertTrue(title(state).contains("1 row with new months"), title(state))
        // A text edited, a row added below 1.1.1.2, 2.1.1.1 has no place to move: 1.1.1.2 moves up.
        state = state.pressing(.char("j"), .char("E")).typing(" baru").pressing(.enter)
        state = state.pressing(.char("o")).typing("Laporan").pressing(.enter)
        state = state.pressing(.char("k"), .char("K"))
        let tally = state.changeTally
        XCTAssertEqual([tally.added, tally.removed, tally.moved, tally.text, tally.months], [1, 0, 1, 1, 1])
        let words = t.changeCounts(tally.added, tally.removed, tally.moved, tally.text, tally.months)
        XCTAssertEqual(words, "1 row added · 1 row moved · 1 row with new text · 1 row with new months")
        XCTAssertTrue(title(state).contains(words), title(state))
        let revision = state.pressing(.char("v"))
        XCTAssertTrue(title(revision).contains(words), "the revision view says the same: \(title(revision))")
        XCTAssertEqual(revision.revision?.counts, tally)
        // Net of undo: everything taken back reads as signed again.
        let undone = (0..<7).reduce(state) { s, _ in s.pressing(.char("u")) }
        XCTAssertEqual(undone.changeTally, ChangeTally())
        XCTAssertTrue(title(undone).contains("as signed"), title(undone))
        XCTAssertEqual(ChangeTally(initial: state.year), tally, "a dashboard opening on the year counts the same")
    }

    /// The tally kept change by change is the diff's after every key of a session of edits, adds, moves, deletions,
    /// undos and redos (the cheap paths refresh rows; the rest counts again).
    func testTheKeptTallyIsTheDiffsAfterEveryKey() throws {
        var state = try Fixture.state(200, 50)
        let nine = [Key](repeating: .char("j"), count: 9)
        let script: [[Key]] = [
            [.char("g")] + nine + [.char("J")], [.char("K")], [.char("J"), .char("J")], [.char("k"), .char("k"), .char("K")],
            [.char("u")], [.char("u")], [.char("u")], [.ctrl("r")], [.char("u")], [.char("u")], [.char("u")],
            [.char("g")] + nine + [.char("x"), .enter, .char("y")], [.char("u")], [.ctrl("r")], [.char("u")],
            [.char("g")] + nine + [.char("J"), .char("E"), .char("v"), .enter, .char("x"), .enter, .char("y")], [.char("u")],
            [.char(" ")], [.char("j"), .char("E"), .char("x"), .enter],                        // months; a row's text
            [.char("g"), .char("j"), .char("j"), .char("j"), .char("J")],                       // 1.2.1.1 moves down
            [.char("E"), .char("y"), .enter], [.char(" ")],                                     // the moved rows' texts, months
            [.char("k"), .char("E"), .char("w"), .enter], [.char(" ")], [.char("j")],
            [.char("o"), .char("a"), .enter], [.char("O"), .char("b"), .enter],                 // added after, before
            [.char("E"), .tab, .tab, .tab, .tab, .char("z"), .enter],                           // a sub kegiatan's title
            [.char("G"), .char("k"), .char("x"), .enter, .char("y")],                           // a signed row deleted
            [.char("u")], [.char("u")], [.char("u")], [.ctrl("r")], [.ctrl("r")],
            [.char("g"), .char("j"), .char("j"), .char("j"), .char("M"), .char("j"), .char("j"), .char("j"), .enter],  // to another sub
            [.char("u")], [.char("u")], [.char("u")], [.char("u")], [.ctrl("r")], [.char("u")], [.char("u")], [.char("u")],
        ]
        for (n, keys) in script.enumerated() {
            state = state.pressing(keys)
            XCTAssertEqual(state.changeTally, ChangeTally(state.year), "after step \(n): \(keys)")
        }
        let c = state.changeTally
        XCTAssertEqual([c.added, c.removed, c.moved, c.text, c.months], [0, 0, 2, 3, 2])
        XCTAssertEqual(state.pressing(Array(repeating: .char("u"), count: 20)).changeTally, ChangeTally())
    }

    /// The same with a sub kegiatan's first row: its group's new title follows the row that is first now when it moves
    /// down, is deleted, or comes back.
    func testTheKeptTallyFollowsAGroupsFirstRow() throws {
        var state = try Fixture.state(200, 50)
        let seven = [Key](repeating: .char("j"), count: 7)
        let script: [[Key]] = [
            [.char("g")] + seven + [.char("E"), .tab, .tab, .tab, .tab, .char("z"), .enter], [.char("J")], [.char("K")],
            [.char("J")], [.char("u")], [.char("u")], [.ctrl("r")], [.char("J"), .char("k")], [.char("x"), .enter, .char("y")],
            [.char("u")], [.ctrl("r")], [.char("u")], [.char("u")], [.char("u")], [.char("u")],
        ]
        for (n, keys) in script.enumerated() {
            state = state.pressing(keys)
            XCTAssertEqual(state.changeTally, ChangeTally(state.year), "after step \(n): \(keys)")
        }
        XCTAssertEqual(state.year.entries.map(\.change.kind).filter { $0 != "undo" && $0 != "redo" }, ["edit", "move", "move", "move", "move", "remove"])
    }

    /// The title's count shortens to one figure on a narrow terminal before anything else goes.
    func testANarrowTitleSaysHowManyRowsChanged() {
        let state = small(80, 24).pressing(.char(" "), .char("o")).typing("Laporan").pressing(.enter)
        XCTAssertEqual(state.changeTally.rows, 2)
        XCTAssertTrue(title(state).contains("2 rows changed"), title(state))
    }

    /// With every area folded the title still counts the plan's rows (it said `8/124 rows`).
    func testAFoldedPlanStillSaysHowManyRowsItHolds() throws {
        let state = try Fixture.state(200, 50)
        let folded = state.pressing(.char("*"))
        XCTAssertEqual(folded.visibleRows.count, 8)
        XCTAssertTrue(title(folded).contains("124/124 rows"), title(folded))
        XCTAssertTrue(title(folded.pressing(.char("3"))).contains("\(folded.plan.rowIndices(inAreas: [3]).count)/124 rows"))
    }

    // MARK: Keys

    /// `r` is on the bar at every width where any layer key is, in both layers; the Realisasi bar names b, T, P, d.
    func testRIsOnTheKeyBarWheneverALayerKeyIsAndRealisasiNamesItsKeys() throws {
        let rencana = try Fixture.state(200, 50)
        let realisasi = rencana.pressing(.char("r"))
        for width in Layout.minWidth...200 {
            let bar = keyBar(update(realisasi, .resize(width: width, height: 30)).0)
            if ["Done", "Partly", "Missed", "Note"].contains(where: bar.contains) {
                XCTAssertTrue(bar.contains("r Rencana"), "\(width): \(bar)")
            }
            let grid = keyBar(update(rencana, .resize(width: width, height: 30)).0)
            if ["Toggle", "Search", "Area"].contains(where: grid.contains) {
                XCTAssertTrue(grid.contains("r Realisasi"), "\(width): \(grid)")
            }
        }
        let wide = keyBar(realisasi)
        for item in ["b Bukti", "T Review", "P PJ", "d Detail"] { XCTAssertTrue(wide.contains(item), "\(item): \(wide)") }
    }

    /// A chooser counts its options: `x` on a row whose sub kegiatan and kegiatan it does not fill alone offers 2
    /// (the row, or its area: the sub kegiatan is the kegiatan's only one and the kegiatan the area's).
    func testAChooserCountsItsOptions() {
        let chooser = small().pressing(.char("x"))
        guard case .levels(.delete, _, let choices, _, _)? = chooser.structure else { return XCTFail("no chooser") }
        XCTAssertEqual(choices.count, 2)
        XCTAssertTrue(keyBar(chooser).hasPrefix("↑↓ 1-2 Choose"), keyBar(chooser))
        let add = small().pressing(.char("A"))
        XCTAssertTrue(keyBar(add).hasPrefix("↑↓ 1-3 Choose"), keyBar(add))
    }

    /// After `z` the bar names the fold commands; a key that is none cancels `z` and says so (`z x` deleted).
    func testAPendingZWaitsForItsSecondKeyOrIsCancelledVisibly() {
        let pending = small().pressing(.char("z"))
        XCTAssertTrue(keyBar(pending).hasPrefix("z then:  c Fold  o Open"), keyBar(pending))
        let x = pending.pressing(.char("x"))
        XCTAssertNil(x.structure, "x after z opens no delete chooser")
        XCTAssertEqual(x.notice, .foldPrefixCancelled("x"))
        XCTAssertTrue(title(x).contains("z x: no such fold command"), title(x))
        XCTAssertFalse(x.foldPrefixPending)
        XCTAssertEqual(pending.pressing(.escape).notice, .foldPrefixCancelled(""))
        XCTAssertEqual(pending.pressing(.char("M")).folds.count, 2, "zM still folds")
    }

    /// Help names the marker folded lines show, as the grid draws it.
    func testHelpDescribesTheFoldedMarkerOnScreen() throws {
        let state = try Fixture.state(200, 50)
        let help = Painter(width: 200, height: 50, glyphs: .unicode).helpLines(state)
        XCTAssertFalse(help.contains { $0.1.contains("▸") && $0.1.contains("click") }, "no ▸ to click")
        XCTAssertTrue(help.contains { $0.1.hasSuffix(t.legendFolded(state.glyphs.folded)) })
        let folded = state.pressing(.char("*"))
        let line = render(folded).lines[folded.layout.bodyY]
        XCTAssertTrue(line.contains(state.glyphs.folded), line)
    }

    /// Search says which match is shown: `3/11`, not only `11 matches`.
    func testSearchSaysWhichMatchIsShown() throws {
        let kept = try Fixture.state(200, 50).pressing(.char("/")).typing("sosialisasi").pressing(.enter)
        let count = kept.matchRows.count
        XCTAssertGreaterThan(count, 2)
        XCTAssertTrue(title(kept).contains("/sosialisasi: 1/\(count)"), title(kept))
        XCTAssertTrue(title(kept.pressing(.char("n"), .char("n"))).contains("/sosialisasi: 3/\(count)"))
        XCTAssertTrue(title(kept.pressing(.char("N"))).contains("/sosialisasi: \(count)/\(count)"))
    }

    // MARK: One reference per row

    /// After a row is added above 1.1.1.1, it is the second row of its sub kegiatan: the delete chooser, the move
    /// prompt and the revision view still call it 1.1.1.1 (its id, what commands take), never `1.1.1.2`.
    func testTheDashboardNamesARowByItsStoredIdNeverItsPosition() {
        let added = small().pressing(.char("O")).typing("Baru").pressing(.enter)
        let row = added.pressing(.char("j"))
        XCTAssertEqual(row.selectedRow.map { row.plan.rows[$0].id }, "1.1.1.1")
        let delete = row.pressing(.char("x"))
        guard case .levels(.delete, _, _, _, let deletions)? = delete.structure else { return XCTFail("no chooser") }
        XCTAssertEqual(deletions.first?.place, "1.1.1.1")
        let screen = render(delete).lines.joined(separator: "\n")
        XCTAssertTrue(screen.contains("row 1.1.1.1"), screen)
        XCTAssertFalse(screen.contains("1.1.1.2"), screen)
        XCTAssertTrue(keyBar(row.pressing(.char("M"))).hasPrefix("Move 1.1.1.1 to:"), keyBar(row.pressing(.char("M"))))
        let revision = render(row.pressing(.char("v"))).lines
        XCTAssertTrue(revision.contains { $0.contains("r-000000000001") }, "the new row by its id")
        XCTAssertEqual(revision.filter { $0.contains(" 1.1.1.1 ") }.count, 1)
        XCTAssertFalse(revision.contains { $0.contains("1.1.1.3") }, "no position is shown as an id")
    }

    // MARK: Triwulan reviews

    /// `T` in Realisasi asks the review of the cursor's row and Triwulan; it is saved as review entries and shown.
    func testTRecordsTheTriwulanReviewOfTheCursorsRowAndShowsItInTheDetailPane() {
        let realisasi = small().pressing(.char("r"), .char("l"), .char("l"), .char("l"))  // April: TW II
        let form = realisasi.pressing(.char("T"))
        guard case .review(let draft)? = form.prompt else { return XCTFail("no review form") }
        XCTAssertEqual(draft.tw, 2)
        XCTAssertTrue(keyBar(form).hasPrefix("TW II of 1.1.1.1, Kendala (1/3):"), keyBar(form))
        let typed = form.typing("Anggaran terlambat").pressing(.enter).typing("Revisi DIPA").pressing(.enter)
        // A tenggat that is no day is refused and the form stays on it.
        let refused = typed.typing("2022-04-31").pressing(.enter)
        XCTAssertEqual(refused.notice, .reviewDate("2022-04-31"))
        guard case .review(let stays)? = refused.prompt else { return XCTFail("the form closed on a bad date") }
        XCTAssertEqual(stays.field, 2)
        XCTAssertEqual(refused.year.entries.count, 0)
        var saved = refused
        for _ in 0..<10 { saved = saved.pressing(.backspace) }
        saved = saved.typing("8 April 2022").pressing(.enter)
        XCTAssertNil(saved.prompt)
        XCTAssertEqual(saved.year.realisation.reviews["1.1.1.1"]?[2],
                       Review(kendala: "Anggaran terlambat", tindakLanjut: "Revisi DIPA", tenggat: "2022-04-08"))
        XCTAssertEqual(saved.year.entries.map(\.change.kind), ["review", "review", "review"])
        // Opened again, it holds what was saved; Esc changes nothing.
        guard case .review(let again)? = saved.pressing(.char("T")).prompt else { return XCTFail("no form") }
        XCTAssertEqual(again.values, ["Anggaran terlambat", "Revisi DIPA", "2022-04-08"])
        XCTAssertEqual(saved.pressing(.char("T"), .escape).year.entries.count, 3)
        // The detail pane shows the reviews, and the history says each entry in words.
        let detail = saved.pressing(.char("d")).detailContent.lines
        XCTAssertTrue(detail.contains { $0.label == t.detailReviews && $0.value == "TW II  Kendala: Anggaran terlambat" })
        XCTAssertTrue(detail.contains { $0.value == "TW II  Tenggat: 8 April 2022" }, "printed as the document prints a date")
        XCTAssertTrue(detail.contains { $0.value.hasSuffix("TW II Tindak lanjut: (kosong) → \"Revisi DIPA\"") },
                      detail.map(\.value).joined(separator: "\n"))
        // In Rencana, T says where it works.
        XCTAssertEqual(small().pressing(.char("T")).notice, .needsRealisasi)
    }

    /// History lines of added, moved and undone rows are in words, as `rencana log` says them.
    func testEveryHistoryLineInTheDetailPaneIsInWords() {
        let state = small().pressing(.char("o")).typing("Laporan").pressing(.enter).pressing(.char("K"), .char("u"), .char("d"))
        let history = state.detailContent.lines.drop { $0.label != t.detailHistory }.map(\.value)
        XCTAssertFalse(history.isEmpty)
        for line in history {
            XCTAssertFalse(line.hasSuffix("  add") || line.hasSuffix("  move") || line.hasSuffix("  review"), line)
        }
        XCTAssertTrue(history.contains { $0.hasSuffix("indikator baru setelah 1.1.1.1: \"Laporan\"") }, history.joined(separator: "\n"))
        XCTAssertTrue(history.contains { $0.contains("undoing #2: ") && $0.hasSuffix("indikator dipindah ke bawah") },
                      history.joined(separator: "\n"))
    }

    /// A tenggat as the journal keeps it: either form in, `YYYY-MM-DD` out; impossible days refused.
    func testTenggatTakesBothFormsAndRefusesImpossibleDays() {
        XCTAssertEqual(ReviewDraft.tenggat("2022-04-08"), "2022-04-08")
        XCTAssertEqual(ReviewDraft.tenggat(" 8 April 2022 "), "2022-04-08")
        XCTAssertEqual(ReviewDraft.tenggat("29 februari 2024"), "2024-02-29")
        XCTAssertEqual(ReviewDraft.tenggat(""), "")
        for bad in ["2022-04-31", "2022-02-29", "29 Februari 2022", "08-04-2022", "banana", "2022-4-8", "kemarin", "32 Mei 2022"] {
            XCTAssertNil(ReviewDraft.tenggat(bad), bad)
        }
    }

    // MARK: Goldens

    func testGoldenScreensOfCountsKeysAndReviews() throws {
        let state = try Fixture.state(120, 30)
        try GoldenScreen.check(render(state.pressing(.char("*"))), "truth-folded-title-120x30")
        try GoldenScreen.check(render(state.pressing(.char("z"))), "truth-z-pending-120x30")
        try GoldenScreen.check(render(state.pressing(.char("r"))), "truth-realisasi-bar-120x30")
        let review = state.pressing(.char("r"), .char("T")).typing("Rapat belum terjadwal")
        try GoldenScreen.check(render(review), "truth-review-form-120x30")
        try GoldenScreen.check(render(review, width: 60, height: 10), "truth-review-form-60x10")
    }
}
