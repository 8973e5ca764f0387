import Foundation
import XCTest
@testable import GanttUI
import PlanModel

/// The key bar's prompts in the Realisasi layer: the catatan and penanggung-jawab editors (one line, cursor
/// movement, Unicode, paste, Esc cancels, Enter saves), and the detail pane showing what they recorded.
final class PromptTests: XCTestCase {
    /// The recorded state (RealisasiTests) with the cursor on 1.2.1.1, January (recorded missed).
    func onMissedCell(_ width: Int = 80, _ height: Int = 24) throws -> AppState {
        try RealisasiTests.recorded(width, height).selecting("1.2.1.1").pressing(.char("h"), .char("h"))
    }

    func testTheNoteEditorEditsOneLineAndSavesOnEnter() throws {
        let start = try onMissedCell()
        XCTAssertEqual(start.month, .jan)
        let open = start.pressing(.char("e")).typing("Narasumber berhalangan")
        guard case .note(let row, let month, let editor)? = open.prompt else { return XCTFail("no note editor") }
        XCTAssertEqual(row, "1.2.1.1")
        XCTAssertEqual(month, .jan)
        XCTAssertEqual(editor.text, "Narasumber berhalangan")
        XCTAssertEqual(open.year.entries.count, start.year.entries.count, "nothing is saved while typing")
        // Keys are the editor's while it is open: q, y and digits are text, not commands.
        let typed = open.pressing(Array(repeating: Key.left, count: 11))
            .typing("rapat ditunda; ").pressing(.ctrl("o"), .end).typing(" 東京 é")
        guard case .note(_, _, let edited)? = typed.prompt else { return XCTFail("the editor closed") }
        XCTAssertEqual(edited.text, "Narasumber rapat ditunda; berhalangan 東京 é")
        XCTAssertEqual(typed.layer, .realisasi)
        // Esc cancels: nothing recorded.
        let cancelled = typed.pressing(.escape)
        XCTAssertNil(cancelled.prompt)
        XCTAssertEqual(cancelled.year.realisation.record("1.2.1.1", .jan).note, "")
        // Enter saves it at once, and u takes it back.
        let saved = typed.pressing(.enter)
        XCTAssertNil(saved.prompt)
        XCTAssertEqual(saved.year.realisation.record("1.2.1.1", .jan).note, "Narasumber rapat ditunda; berhalangan 東京 é")
        XCTAssertEqual(saved.year.realisation.record("1.2.1.1", .jan).status, .missed, "the status stays")
        XCTAssertEqual(saved.pressing(.char("u")).year.realisation.record("1.2.1.1", .jan).note, "")
        // Opened again, the editor starts with the note.
        guard case .note(_, _, let again)? = saved.pressing(.char("e")).prompt else { return XCTFail("no note editor") }
        XCTAssertEqual(again.text, "Narasumber rapat ditunda; berhalangan 東京 é")
        XCTAssertEqual(again.cursor, again.text.count)
    }

    func testThePJEditorSetsTheRowsPenanggungJawabAndAPasteArrivesWhole() throws {
        let start = try onMissedCell()
        let pasted = "Sub Bagian Teknis & Hupmas\nKPU Sorong Selatan"
        var state = start.pressing(.char("P"))
        for character in pasted { state = state.pressing(character == "\n" ? .enter : .char(character)) }
        // A line break in a paste ends the line: Enter saves what came before it, the rest goes to the grid.
        XCTAssertEqual(state.year.realisation.pj["1.2.1.1"], "Sub Bagian Teknis & Hupmas")
        let typed = start.pressing(.char("P")).typing("Sekretaris").pressing(.home).typing("Plt. ").pressing(.enter)
        XCTAssertEqual(typed.year.realisation.pj["1.2.1.1"], "Plt. Sekretaris")
        XCTAssertEqual(typed.pressing(.char("P")).pressing(.ctrl("a"), .ctrl("k")).prompt.map { _ in true }, true)
    }

    func testTheDetailPaneShowsTheRowsRealisationNotesAndPJ() throws {
        let state = try onMissedCell(200, 50).pressing(.char("e")).typing("Narasumber berhalangan").pressing(.enter)
            .pressing(.char("P")).typing("Sekretaris").pressing(.enter).pressing(.char("d"))
        let pane = render(state).lines.joined(separator: "\n")
        XCTAssertTrue(pane.contains("Penanggung jawab        Sekretaris"), pane)
        XCTAssertTrue(pane.contains("Realisasi               Jan Tidak Terlaksana · Mar Terlaksana"), pane)
        XCTAssertTrue(pane.contains("Catatan                 Jan: Narasumber berhalangan"), pane)
        XCTAssertTrue(pane.contains("Bukti dukung            none yet (b adds one)"), pane)
        XCTAssertTrue(pane.contains("History                 #7  1970-01-01 00:00  tester  penanggung jawab: Sekretaris"), pane)
        XCTAssertTrue(pane.contains("#4  1970-01-01 00:00  tester  Jan Tidak Terlaksana"), pane)
        try GoldenScreen.check(render(state), "realisasi-detail-200x50")
    }

    func testEvidenceIsAddedAsAFileOrAURLListedInTheDetailPaneAndRemovedWithX() throws {
        let start = try onMissedCell(200, 50)
        XCTAssertEqual(start.pressing(.char("b")).typing("bukti/notulen.pdf").pressing(.escape).year.realisation.evidence.count, 0,
                       "Esc adds nothing")
        XCTAssertEqual(start.pressing(.char("b"), .enter).year.entries.count, start.year.entries.count, "nothing typed: nothing added")
        let added = start.pressing(.char("b")).typing("bukti/notulen.pdf").pressing(.enter)
            .pressing(.right, .char("b")).typing("https://kpu.go.id/foto").pressing(.enter)
        let items = added.year.realisation.evidence(of: "1.2.1.1")
        XCTAssertEqual(items.map(\.location), [.file("bukti/notulen.pdf"), .url("https://kpu.go.id/foto")])
        XCTAssertEqual(items.map(\.kind), [.lainnya, .tautan])
        XCTAssertEqual(items.map(\.month), [.jan, .feb])
        let pane = render(added.pressing(.char("d"))).lines.joined(separator: "\n")
        XCTAssertTrue(pane.contains("Bukti dukung            Jan  Lainnya  bukti/notulen.pdf"), pane)
        XCTAssertTrue(pane.contains("                        Feb  Tautan  https://kpu.go.id/foto"), pane)
        // X removes the cursor month's latest (Feb here); u puts it back.
        let removed = added.pressing(.char("X"))
        XCTAssertEqual(removed.year.realisation.evidence(of: "1.2.1.1").map(\.month), [.jan])
        XCTAssertEqual(removed.pressing(.char("u")).year.realisation.evidence(of: "1.2.1.1").count, 2)
        XCTAssertEqual(removed.pressing(.char("X")).notice, .noEvidence)
    }

    func testTheEditorsMatchTheirGoldenScreens() throws {
        let note = try onMissedCell().pressing(.char("e")).typing("Narasumber berhalangan, dijadwalkan ulang")
            .pressing(.left, .left, .left, .left, .left)
        try GoldenScreen.check(render(note), "realisasi-note-editor-80x24")
        let pj = try onMissedCell(200, 50).pressing(.char("P")).typing("Sub Bagian Teknis & Hupmas")
        try GoldenScreen.check(render(pj), "realisasi-pj-editor-200x50")
        // A text longer than the key bar scrolls so the cursor stays in view.
        let long = try onMissedCell().pressing(.char("e")).typing(String(repeating: "panjang ", count: 20))
        let screen = render(long)
        let bar = screen.line(23)
        XCTAssertTrue(bar.hasPrefix("Catatan Jan of 1.2.1.1: njang panjang"), bar)
        XCTAssertTrue(bar.hasSuffix("panjang panjang"), bar)
        // The cursor after the last character, at the bar's last column but one.
        XCTAssertEqual(screen[78, 23].style.role, .cursorCell)
    }
}
