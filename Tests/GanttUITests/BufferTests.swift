import XCTest
@testable import GanttUI

/// The buffer every view draws into: widths, clipping, truncation.
final class BufferTests: XCTestCase {
    func testDisplayWidths() {
        XCTAssertEqual("Jan".displayWidth, 3)
        XCTAssertEqual("√".displayWidth, 1)
        XCTAssertEqual("東京".displayWidth, 4)
        XCTAssertEqual("😀".displayWidth, 2)
        XCTAssertEqual("e\u{301}".displayWidth, 1, "a combining accent takes no column")
        XCTAssertEqual("\u{200B}".displayWidth, 0)
        XCTAssertEqual("❤️".displayWidth, 2, "emoji presentation")
    }

    func testTruncationEndsWithAnEllipsisAndNeverSplitsAWideCharacter() {
        XCTAssertEqual("Manajemen Perubahan".truncated(toWidth: 10), "Manajemen…")
        XCTAssertEqual("Manajemen".truncated(toWidth: 9), "Manajemen")
        XCTAssertEqual("東京都".truncated(toWidth: 4), "東…")
        XCTAssertEqual("abc".truncated(toWidth: 0), "")
        XCTAssertEqual("abcdef".truncated(toWidth: 3, ellipsis: "~"), "ab~")
    }

    func testWrappingBreaksAtSpacesAndCutsLongWords() {
        XCTAssertEqual("SK Tim Reformasi Birokrasi".wrapped(toWidth: 12), ["SK Tim", "Reformasi", "Birokrasi"])
        XCTAssertEqual("Sekretariat".wrapped(toWidth: 4), ["Sekr", "etar", "iat"])
        XCTAssertEqual("".wrapped(toWidth: 5), [""])
    }

    func testWritesAreClippedAtEveryEdge() {
        var buffer = Buffer(width: 5, height: 2)
        buffer.write("abcdefgh", x: 2, y: 0)
        buffer.write("xyz", x: -1, y: 1)
        buffer.write("nope", x: 0, y: 2)
        buffer.write("nope", x: 0, y: -1)
        XCTAssertEqual(buffer.text, "  abc\nyz")
        XCTAssertEqual(buffer[99, 99], .blank)
        var empty = Buffer(width: 0, height: 0)
        empty.write("x", x: 0, y: 0)
        empty.fill(x: -3, y: -3, width: 10, height: 10, style: .normal)
        XCTAssertEqual(empty.text, "")
    }

    func testWideCharactersTakeTwoCellsAndAreReplacedWhenTheyDoNotFit() {
        var buffer = Buffer(width: 5, height: 1)
        buffer.write("a東京", x: 0, y: 0)
        XCTAssertEqual(buffer.line(0), "a東京")
        XCTAssertTrue(buffer[2, 0].isContinuation)
        var edge = Buffer(width: 4, height: 1)
        edge.write("abc東", x: 0, y: 0)
        XCTAssertEqual(edge.line(0), "abc", "half a wide character is a space")
        // Overwriting half of a wide character blanks its other half.
        buffer.write("z", x: 2, y: 0)
        XCTAssertEqual(buffer.line(0), "a z京")
    }

    func testStylesAreKeptPerCell() {
        var buffer = Buffer(width: 4, height: 1)
        buffer.write("ab", x: 1, y: 0, style: Style(.bar, bold: true))
        XCTAssertEqual(buffer[1, 0].style, Style(.bar, bold: true))
        XCTAssertEqual(buffer[0, 0].style, .normal)
        buffer.restyle(x: 0, y: 0, width: 2) { $0.role = .match }
        XCTAssertEqual(buffer[1, 0].style.role, .match)
        XCTAssertEqual(buffer[2, 0].style.role, .bar)
    }

    func testAWidePlanTextIsTruncatedOnTheScreen() {
        let state = AppState(plan: Fixture.smallPlan, width: 200, height: 20, today: nil)
        let screen = render(state)
        XCTAssertNotNil(screen.firstLine(containing: "Pemetaan 東京 naskah"), screen.text)
        let narrow = render(state, width: 118, height: 20)
        XCTAssertNotNil(narrow.firstLine(containing: "│Pemetaan 東京…│"), narrow.text)
    }
}
