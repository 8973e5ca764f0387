import Foundation
import XCTest
@testable import GanttUI
import PlanModel
import PlanStore

/// The editors of the plan's texts (`E`) and of the document's details (`D`), through `update` and the effect
/// runner, on the real plan; the changed texts marked; golden screens of both.
final class EditViewTests: XCTestCase {
    func textsEdit(_ state: AppState) throws -> TextsEdit {
        guard case .texts(let edit)? = state.editor else { throw XCTSkip("no text editor open") }
        return edit
    }

    func testEOpensTheIndikatorTabChoosesTheColumnAndEnterSavesEveryChangedOne() throws {
        let start = try Fixture.state(200, 50).pressing(.down, .down)  // 1.1.3.1
        let open = start.pressing(.char("E"))
        let edit = try textsEdit(open)
        XCTAssertEqual(edit.row, "1.1.3.1")
        XCTAssertEqual(edit.field, .indikator)
        XCTAssertEqual(edit.current.text, start.plan.row("1.1.3.1")?.indikator)
        // Keys go to the editor, not the grid: q types a q, Space a space.
        let typed = open.pressing(.end).typing(" q baru")
        XCTAssertEqual(try textsEdit(typed).current.text, start.plan.row("1.1.3.1")!.indikator + " q baru")
        XCTAssertEqual(typed.cursor, start.cursor)
        // Tab: KET; Shift-Tab twice from there: SUB KEGIATAN (the order wraps).
        let ket = typed.pressing(.tab).typing("catatan KET")
        XCTAssertEqual(try textsEdit(ket).field, .ket)
        XCTAssertEqual(try textsEdit(ket.pressing(.backTab, .backTab)).field, .sub)
        XCTAssertEqual(try textsEdit(ket.pressing(.tab, .tab, .tab, .tab)).field, .indikator)

        var saving = ket
        let effects = update(&saving, Keymap.action(for: .enter, in: saving))
        XCTAssertNil(saving.editor)
        XCTAssertEqual(effects, [.editText(row: "1.1.3.1", field: .indikator, text: start.plan.row("1.1.3.1")!.indikator + " q baru"),
                                 .editText(row: "1.1.3.1", field: .ket, text: "catatan KET")])
        let saved = ket.pressing(.enter)
        XCTAssertEqual(saved.plan.row("1.1.3.1")?.ket, "catatan KET")
        XCTAssertEqual(saved.plan.row("1.1.3.1")?.indikator.hasSuffix(" q baru"), true)
        XCTAssertEqual(saved.saveStatus, .saved)
        XCTAssertTrue(saved.isTextChanged(.ket, row: 2))
        XCTAssertFalse(saved.isTextChanged(.sub, row: 2))

        // u takes the last edit (the KET) back, then the indikator; the screen shows the text as signed again.
        let once = saved.pressing(.char("u"))
        XCTAssertEqual(once.plan.row("1.1.3.1")?.ket, "")
        let twice = once.pressing(.char("u"))
        XCTAssertEqual(twice.plan.row("1.1.3.1")?.indikator, start.plan.row("1.1.3.1")?.indikator)
        XCTAssertFalse(twice.isTextChanged(.indikator, row: 2))
        XCTAssertEqual(Array(render(twice).lines.dropFirst()), Array(render(start).lines.dropFirst()), "all but the title bar's notice")
    }

    func testTheEditorsWorkInTheRealisasiLayerToo() throws {
        let realisasi = try Fixture.state(200, 50).pressing(.char("r"))
        XCTAssertEqual(realisasi.layer, .realisasi)
        let saved = realisasi.pressing(.char("E"), .tab).typing("ket dari Realisasi").pressing(.enter)
        XCTAssertEqual(saved.plan.row("1.1.1.1")?.ket, "ket dari Realisasi")
        XCTAssertEqual(saved.layer, .realisasi)
        guard case .document? = realisasi.pressing(.char("D")).editor else { return XCTFail("no form in Realisasi") }
    }

    func testEscCancelsAndAnEmptyGroupTitleIsRefusedWithAMessage() throws {
        let start = try Fixture.state(200, 50)
        let cancelled = start.pressing(.char("E")).typing("xyz").pressing(.escape)
        XCTAssertNil(cancelled.editor)
        XCTAssertEqual(cancelled.plan.row("1.1.1.1")?.indikator, start.plan.row("1.1.1.1")?.indikator)
        XCTAssertEqual(cancelled.year.entries.count, 0)

        // KEGIATAN emptied: refused, the editor stays on it and says why.
        var keys: [Key] = [.char("E"), .tab, .tab, .tab]  // INDIKATOR → KET → AREA → KEGIATAN
        keys += [.ctrl("a")] + Array(repeating: Key.delete, count: 400)
        let emptied = start.pressing(keys)
        XCTAssertEqual(try textsEdit(emptied).current.text, "")
        let refused = emptied.pressing(.enter)
        let edit = try textsEdit(refused)
        XCTAssertEqual(edit.field, .kegiatan)
        XCTAssertEqual(edit.message, "KEGIATAN must not be empty (Esc cancels)")
        XCTAssertEqual(refused.year.entries.count, 0)
        XCTAssertNotNil(render(refused).firstLine(containing: "KEGIATAN must not be empty (Esc cancels)"))
        // An empty INDIKATOR is allowed (the signed plan has some).
        let indikator = start.pressing([.char("E"), .ctrl("a")] + Array(repeating: Key.delete, count: 400) + [.enter])
        XCTAssertNil(indikator.editor)
        XCTAssertEqual(indikator.plan.row("1.1.1.1")?.indikator, "")
    }

    func testAPasteOfALongTextKeepsUpAndStopsAtTheJournalsLimit() throws {
        XCTAssertEqual(EditView.maxLength, StateStore.maxTextLength)
        var state = try Fixture.state(80, 24)
        state.press(.char("E"))
        state.press(.ctrl("a"))
        for _ in 0..<300 { state.press(.delete) }
        let word = "sosialisasi "
        for _ in 0..<(EditView.maxLength / word.count + 5) { for c in word { state.press(.char(c)) } }
        let edit = try textsEdit(state)
        XCTAssertEqual(edit.current.characters.count, EditView.maxLength)
        XCTAssertEqual(edit.message, "the text is at its limit of 10000 characters")
        state.press(.enter)
        XCTAssertEqual(state.plan.row("1.1.1.1")?.indikator.count, EditView.maxLength)
    }

    func testTheDocumentFormSavesEachChangedDetailAndRefusesABadYear() throws {
        let start = try Fixture.state(200, 50)
        let form = start.pressing(.char("D"))
        guard case .document(let opened)? = form.editor else { return XCTFail("no form") }
        XCTAssertEqual(opened.editors.map(\.text)[3], "2022")
        // Tahun: ↓ three times, a bad year refused, then 2023; Tempat: Tab.
        let bad = form.pressing(.down, .down, .down, .backspace).typing("x").pressing(.enter)
        guard case .document(let refused)? = bad.editor else { return XCTFail("the form closed on a bad year") }
        XCTAssertEqual(refused.message, "Tahun must be a year, 1900–2999 (Esc cancels)")
        let good = bad.pressing(.backspace).typing("3").pressing(.tab).typing(" Kota").pressing(.enter)
        XCTAssertNil(good.editor)
        XCTAssertEqual(good.plan.document.year, 2023)
        XCTAssertEqual(good.plan.document.place, "Teminabuan Kota")
        XCTAssertEqual(good.year.entries.count, 2)
        XCTAssertTrue(render(good).line(0).contains("2023"), render(good).line(0))
    }

    func testChangedTextsAreMarkedInTheTableTheOutlineAndTheDetailPane() throws {
        let start = try Fixture.state(200, 50).pressing(.down, .down)
        let edited = start.pressing(.char("E"), .end).typing(" (direvisi)").pressing(.tab, .tab, .tab).typing(" X").pressing(.enter)
        let screen = render(edited)
        let y = try XCTUnwrap(edited.lineOf("1.1.3.1"))
        let indikator = edited.layout.texts[3]
        XCTAssertEqual(screen[indikator.x, y].style.role, .barChanged)
        XCTAssertEqual(screen[edited.layout.texts[1].x, try XCTUnwrap(edited.lineOf("1.1.1.1"))].style.role, .barChanged,
                       "the KEGIATAN's merged cell")
        XCTAssertEqual(screen[edited.layout.texts[2].x, try XCTUnwrap(edited.lineOf("1.1.1.1"))].style.role, .normal)
        let detail = edited.pressing(.char("d"))
        let line = try XCTUnwrap(detail.detailContent.lines.first { $0.label == "INDIKATOR KEBERHASILAN" }).value
        XCTAssertTrue(line.hasPrefix("2) Rencana Aksi Tahunan RB") && line.contains(" → 2) Rencana Aksi Tahunan RB"), line)
        try GoldenScreen.check(render(edited), "edit-changed-200x50")
        try GoldenScreen.check(render(edited, width: 80, height: 24), "edit-changed-80x24")
    }

    func testAHostileTextReachesTheScreenOnlyAsDrawableCharacters() throws {
        let hostile = "judul\u{1B}]0;pwned\u{07}\u{1B}[2J akhir\u{9B}31m"
        let plan = Plan(document: DocumentInfo(number: hostile, title: "T", year: 2022), areas: [
            ChangeArea(number: 1, name: hostile, kegiatan: [Kegiatan(title: "K", subKegiatan: [
                SubKegiatan(title: "S", indicators: [Indicator(text: hostile, months: MonthSet([.jan]))]),
            ])]),
        ])
        let state = AppState(plan: plan, width: 120, height: 30)
        for screen in [render(state.pressing(.char("E"))), render(state.pressing(.char("E"), .tab, .tab)), render(state.pressing(.char("D")))] {
            for y in 0..<screen.height {
                XCTAssertFalse(screen.line(y).unicodeScalars.contains { $0.value < 0x20 || (0x7F..<0xA0).contains($0.value) },
                               screen.line(y).debugDescription)
            }
            XCTAssertNotNil(screen.firstLine(containing: "akhir"))
        }
    }

    func testGoldenScreensOfTheEditorAndTheForm() throws {
        let table = try Fixture.state(200, 50).pressing(.down, .down, .char("E"), .end).typing(" dan laporannya")
        try GoldenScreen.check(render(table), "edit-text-200x50")
        let outline = try Fixture.state(80, 24).pressing(.down, .down, .char("E"), .tab, .tab, .tab)
        try GoldenScreen.check(render(outline), "edit-text-80x24")
        try GoldenScreen.check(render(try Fixture.state(200, 50).pressing(.char("D"), .down)), "edit-document-200x50")
        try GoldenScreen.check(render(try Fixture.state(80, 24).pressing(.char("D"), .down, .down, .down)), "edit-document-80x24")
    }
}
