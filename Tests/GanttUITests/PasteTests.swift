import Foundation
import XCTest
@testable import GanttUI
import PlanModel

/// Bracketed paste: a paste reaches the open editor as text (never as keys), and outside an editor it does nothing.
final class PasteTests: XCTestCase {
    private func codes(_ text: String) -> [UInt32] { text.unicodeScalars.map(\.value) }

    /// The body after `ESC [ 200 ~`, read from `codes` (nil at their end: the terminal sent nothing more).
    private func read(_ text: String) -> Key {
        var rest = codes(text)[...]
        return BracketedPaste.read { rest.popFirst() }
    }

    func testThePasteEndsAtItsEndMarkerAndKeepsEverythingBefore() {
        XCTAssertEqual(read("Rapat ditunda\nmenunggu\u{1B}[201~q"), .paste("Rapat ditunda\nmenunggu"))
        XCTAssertEqual(read("foo\tbar\u{1B}x\u{1B}[20\u{1B}[201~"), .paste("foo\tbar\u{1B}x\u{1B}[20"),
                       "an Esc or a partial marker inside is text (dropped later as a control)")
        XCTAssertEqual(read("\u{1B}\u{1B}[201~"), .paste("\u{1B}"))
        XCTAssertEqual(read("cut short"), .paste("cut short"), "no end marker: what arrived")
        XCTAssertEqual(read("\u{1B}[201~"), .paste(""))
        guard case .paste(let long) = read(String(repeating: "a", count: BracketedPaste.maxLength + 10) + "\u{1B}[201~") else {
            return XCTFail("not a paste")
        }
        XCTAssertEqual(long.count, BracketedPaste.maxLength)
    }

    private func start() throws -> (AppState, MemoryStore, FakeClock) {
        let plan = try Fixture.plan()
        let store = MemoryStore(plan: plan)
        let state = AppState(plan: plan, year: store.state, width: 80, height: 24, today: .nov, asOf: .nov)
        return (state, store, FakeClock(date: utcDate(11, 10, "09:00:00")))
    }

    /// The reviewer's repro: `e` on 1.1.2.1 Ags, two pasted lines. The note is the whole paste on one line; its
    /// `m` never recorded a status, its line break never saved half of it.
    func testTwoPastedLinesAreOneNoteNotKeys() throws {
        let (state, store, clock) = try start()
        let (runtime, inputs, _) = Runtime.scripted(state, store: store, clock: clock) { _ in
            [.key(.char("r")), .key(.down)] + Array(repeating: .key(.right), count: 7).map { $0 } + [
                .key(.char("e")), .key(.paste("Rapat ditunda\nmenunggu arahan pimpinan")), .look("pasted"),
                .key(.enter), .key(.char("q"))]
        }
        XCTAssertEqual(runtime.run(), .quit)
        XCTAssertEqual(store.state.entries.map(\.change), [
            .note(row: "1.1.2.1", month: .ags, old: "", new: "Rapat ditunda menunggu arahan pimpinan"),
        ])
        try GoldenScreen.check(XCTUnwrap(inputs.looks["pasted"]), "paste-note-80x24")
    }

    /// `E` and a paste with a tab, a line break and an Esc: all of it text in the INDIKATOR (the line break kept,
    /// the tab a space, the Esc dropped); the editor stays open on the same row.
    func testAPasteInTheTextEditorIsTextWithItsLineBreak() throws {
        let (state, store, clock) = try start()
        let (runtime, inputs, _) = Runtime.scripted(state, store: store, clock: clock) { _ in
            [.key(.char("E")), .key(.ctrl("a")), .key(.paste("foo\tbar\nbaz\u{1B}jq ")), .look("pasted"),
             .key(.enter), .key(.char("q"))]
        }
        XCTAssertEqual(runtime.run(), .quit)
        let original = try Fixture.plan().rows[0].indikator
        XCTAssertEqual(store.state.entries.map(\.change), [
            .edit(row: "1.1.1.1", field: .indikator, old: original, new: "foo bar\nbazjq " + original),
        ])
        try GoldenScreen.check(XCTUnwrap(inputs.looks["pasted"]), "paste-texts-80x24")
    }

    /// A one-line field (the document's details, the search) takes a pasted line break as a space.
    func testOneLineFieldsTakeLineBreaksAsSpaces() throws {
        let (state, _, _) = try start()
        let form = state.pressing(.char("D"), .ctrl("a"), .paste("Satu\r\nDua\nTiga"))
        guard case .document(let document)? = form.editor else { return XCTFail("the form closed") }
        XCTAssertEqual(document.editors[0].text, "Satu Dua Tiga" + state.plan.document.number)
        let search = state.pressing(.char("/"), .paste("Tim\nq"))
        XCTAssertEqual(search.search?.draft, "Tim q")
    }

    /// Outside an editor a paste is nothing: no mark, no status, no quit, the same screen.
    func testAPasteOutsideAnEditorDoesNothing() throws {
        let (state, store, clock) = try start()
        let (runtime, inputs, _) = Runtime.scripted(state, store: store, clock: clock) { _ in
            [.look("before"), .key(.paste(" y\nmq")), .key(.char("r")), .key(.paste("ymx\tq")), .key(.char("r")), .look("after")]
        }
        XCTAssertEqual(runtime.run(), .inputClosed, "the pasted q did not quit")
        XCTAssertEqual(store.state.entries.count, 0)
        XCTAssertEqual(try XCTUnwrap(inputs.looks["before"]).lines, try XCTUnwrap(inputs.looks["after"]).lines)
    }

    /// A paste past the journal's limit is cut there, and the editor says so.
    func testAPastePastTheLimitIsCutAndSaid() throws {
        let (state, _, _) = try start()
        let opened = state.pressing(.char("E"), .ctrl("a"))
        let room = EditView.maxLength - opened.plan.rows[0].indikator.count
        let full = opened.pressing(.paste(String(repeating: "x", count: room + 50)))
        guard case .texts(let edit)? = full.editor else { return XCTFail("the editor closed") }
        XCTAssertEqual(edit.current.text.count, EditView.maxLength)
        XCTAssertNotNil(edit.message)
    }
}
