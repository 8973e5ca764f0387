import XCTest
@testable import GanttUI

/// The dashboard's text editor: keys, wrapping, wide and combined characters, paste, saving and cancelling,
/// and its drawing as a golden screen with styles.
final class TextEditorTests: XCTestCase {
    func type(_ text: String, into editor: inout TextEditor) {
        for c in text { XCTAssertEqual(editor.handle(.char(c)), .editing) }
    }

    func testTypingMovingAndErasingByCharacter() {
        var e = TextEditor(text: "", width: 20)
        type("abc", into: &e)
        _ = e.handle(.left)
        _ = e.handle(.left)
        type("X", into: &e)
        XCTAssertEqual(e.text, "aXbc")
        _ = e.handle(.backspace)
        _ = e.handle(.delete)
        XCTAssertEqual(e.text, "ac")
        XCTAssertEqual(e.cursor, 1)
        for _ in 0..<5 { _ = e.handle(.left) }
        XCTAssertEqual(e.cursor, 0, "Left stops at the start")
        _ = e.handle(.backspace)
        XCTAssertEqual(e.text, "ac")
        for _ in 0..<5 { _ = e.handle(.right) }
        XCTAssertEqual(e.cursor, 2, "Right stops at the end")
    }

    func testWordMovement() {
        var e = TextEditor(text: "Tersedianya media, sosialisasi RB", width: 80)
        _ = e.handle(.ctrl("b"))
        XCTAssertEqual(e.cursor, 31)  // before "RB"
        _ = e.handle(.ctrl("b"))
        XCTAssertEqual(e.cursor, 19)  // before "sosialisasi"
        _ = e.handle(.ctrl("b"))
        XCTAssertEqual(e.cursor, 12)  // before "media": the comma is skipped
        _ = e.handle(.ctrl("f"))
        XCTAssertEqual(e.cursor, 17)  // after "media"
        _ = e.handle(.ctrl("a"))
        XCTAssertEqual(e.cursor, 0)
        _ = e.handle(.ctrl("e"))
        XCTAssertEqual(e.cursor, 33)
    }

    func testWrappingAtSpacesAndInsideLongWords() {
        let e = TextEditor(text: "satu dua tiga empat\nlimaenamtujuhdelapan", width: 10)
        let lines = e.layout().map { String(e.characters[$0.start..<$0.end]) }
        XCTAssertEqual(lines, ["satu dua", "tiga empat", "limaenamtu", "juhdelapan"])
    }

    func testHomeEndAndUpDownWorkOnWrappedLines() {
        var e = TextEditor(text: "satu dua tiga empat", width: 10)  // "satu dua" / "tiga empat"
        XCTAssertEqual(e.cursorLine().line, 1)
        _ = e.handle(.home)
        XCTAssertEqual(e.cursor, 9)
        _ = e.handle(.right)
        _ = e.handle(.right)
        _ = e.handle(.up)
        XCTAssertEqual(e.cursor, 2, "column 2 of the line above")
        _ = e.handle(.end)
        XCTAssertEqual(e.cursor, 8)
        _ = e.handle(.up)
        XCTAssertEqual(e.cursor, 0, "Up on the first line goes to the start")
        _ = e.handle(.down)
        _ = e.handle(.down)
        XCTAssertEqual(e.cursor, 19, "Down on the last line goes to the end")
    }

    func testWideAndCombinedCharactersAreOneStepAndTheirColumns() {
        var e = TextEditor(text: "e\u{301}日本👍🏽", width: 4)
        XCTAssertEqual(e.characters.count, 4, "é (e + combining accent), 日, 本, 👍🏽: four graphemes")
        _ = e.handle(.left)
        _ = e.handle(.backspace)
        XCTAssertEqual(e.text, "e\u{301}日👍🏽", "one Backspace takes one whole character")
        let lines = e.layout().map { String(e.characters[$0.start..<$0.end]) }
        XCTAssertEqual(lines, ["e\u{301}日", "👍🏽"], "é + 日 take 3 of 4 columns; the emoji's two do not fit")
        XCTAssertEqual(e.cursorLine().line, 1)
        XCTAssertEqual(e.cursorLine().column, 0)
    }

    func testPasteOfLongTextIsOneStepAndCleansControls() {
        var e = TextEditor(text: "ab", width: 40)
        _ = e.handle(.left)
        e.paste("x\u{1B}[31my\r\nz\tw")
        XCTAssertEqual(e.text, "ax[31my\nz wb")
        XCTAssertEqual(e.cursor, 11)
        // C1 controls and bidirectional overrides are dropped too, pasted or typed: the box draws characters raw.
        var bidi = TextEditor(text: "", width: 40)
        bidi.paste("a\u{202E}b\u{9B}31mc\u{2066}d")
        for c in ["\u{202E}", "\u{9B}", "\u{7F}", "e"] as [Character] { _ = bidi.handle(.char(c)) }
        XCTAssertEqual(bidi.text, "ab31mcde")
        let long = String(repeating: "kata panjang ", count: 20_000)  // 260,000 characters
        var big = TextEditor(text: "", width: 70)
        big.paste(long)
        XCTAssertEqual(big.characters.count, long.count)
        XCTAssertEqual(big.layout().count, 4000)  // as Python's textwrap.wrap(text, 70) breaks it
    }

    func testEscCancelsAndEnterOrCtrlSSaves() {
        var e = TextEditor(text: "lama", width: 20)
        type("!", into: &e)
        XCTAssertEqual(e.handle(.escape), .cancelled)
        var f = TextEditor(text: "lama", width: 20)
        XCTAssertEqual(f.handle(.enter), .saved("lama"))
        _ = f.handle(.ctrl("o"))
        type("baru", into: &f)
        XCTAssertEqual(f.handle(.ctrl("s")), .saved("lama\nbaru"))
    }

    func testEmptyTextIsRefusedWhereRequiredAndAllowedElsewhere() {
        var e = TextEditor(text: "  ", width: 30, required: true)
        XCTAssertEqual(e.handle(.enter), .editing)
        XCTAssertEqual(e.message, "this text must not be empty (Esc cancels)")
        type("x", into: &e)
        XCTAssertNil(e.message, "the next key clears the message")
        XCTAssertEqual(e.handle(.enter), .saved("  x"))
        var ket = TextEditor(text: "", width: 30)
        XCTAssertEqual(ket.handle(.enter), .saved(""), "KET and INDIKATOR may be empty")
    }

    /// The buffer as text, then one line of style letters per line (o overlay, s selection, d dim, w warning).
    func screen(_ buffer: Buffer) -> String {
        let letters: [StyleRole: Character] = [.overlay: "o", .selection: "s", .dim: "d", .warning: "w", .normal: "."]
        var out = buffer.text + "\n--\n"
        for y in 0..<buffer.height {
            out += String((0..<buffer.width).map { letters[buffer[$0, y].style.role] ?? "?" }) + "\n"
        }
        return out
    }

    func testGoldenRender() {
        var e = TextEditor(text: "Tersedianya media sosialisasi 日本 Reformasi Birokrasi", width: 16)
        XCTAssertEqual(e.layout().map { String(e.characters[$0.start..<$0.end]) },
                       ["Tersedianya", "media", "sosialisasi 日本", "Reformasi", "Birokrasi"])
        // Cursor at the end: the text scrolls so its line shows; the cursor is the cell after "Birokrasi".
        var buffer = Buffer(width: 18, height: 5)
        e.render(into: &buffer, x: 1, y: 0, height: 5)
        XCTAssertEqual(screen(buffer), """
             media
             sosialisasi 日本
             Reformasi
             Birokrasi
             Enter/Ctrl-S sav
            --
            .oooooooooooooooo.
            .oooooooooooooooo.
            .oooooooooooooooo.
            .ooooooooosoooooo.
            .dddddddddddddddd.

            """)
        // The cursor on the wide 日: both its cells in the selection style.
        _ = e.handle(.ctrl("a"))
        _ = e.handle(.down)
        _ = e.handle(.down)
        for _ in 0..<12 { _ = e.handle(.right) }
        XCTAssertEqual(e.characters[e.cursor], "日")
        var second = Buffer(width: 18, height: 5)
        e.render(into: &second, x: 1, y: 0, height: 5)
        XCTAssertEqual(screen(second), """
             Tersedianya
             media
             sosialisasi 日本
             Reformasi
             Enter/Ctrl-S sav
            --
            .oooooooooooooooo.
            .oooooooooooooooo.
            .oooooooooooossoo.
            .oooooooooooooooo.
            .dddddddddddddddd.

            """)
        var refused = TextEditor(text: "", width: 16, required: true)
        _ = refused.handle(.enter)
        var third = Buffer(width: 16, height: 2)
        refused.render(into: &third, x: 0, y: 0, height: 2)
        XCTAssertEqual(screen(third), """

            this text must n
            --
            sooooooooooooooo
            wwwwwwwwwwwwwwww

            """)
    }
}
