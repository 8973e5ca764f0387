import XCTest
@testable import GanttUI
import PlanModel

/// The render's fast paths (byte-wise wrapping, simple text drawn scalar by scalar, month cells made once)
/// give exactly what the general, grapheme-by-grapheme paths give.
final class RenderFastPathTests: XCTestCase {
    func testByteWiseWrappingEqualsGraphemeWrapping() throws {
        var random = SplitMix64(seed: 7)
        let pieces = ["a", "b", "Reformasi", "SK", "Birokrasi", "Sekretariat", " ", " ", "  ", "\n", "1)", "(RB)", "-", "x"]
        for _ in 0..<4_000 {
            var text = ""
            for _ in 0..<random.below(24) { text += pieces[random.below(pieces.count)] }
            let width = 1 + random.below(20)
            let fast = try XCTUnwrap(text.wrappedPrintableASCII(toWidth: width), "printable ASCII: \(text.debugDescription)")
            XCTAssertEqual(fast, text.wrappedByCharacters(toWidth: width), "\(text.debugDescription) at \(width)")
            XCTAssertEqual(text.wrapped(toWidth: width), fast)
        }
        XCTAssertNil("tab\there".wrappedPrintableASCII(toWidth: 5), "a control character takes the general path")
        XCTAssertNil("CR\r\nLF".wrappedPrintableASCII(toWidth: 5), "CR LF is one grapheme")
        XCTAssertNil("Sekretariat é".wrappedPrintableASCII(toWidth: 5))
        XCTAssertEqual("東京 都".wrapped(toWidth: 3), ["東", "京", "都"])
    }

    func testSimpleTextIsOneColumnPerScalarAndGrapheme() {
        for text in ["", "Jan", "√ · … │ ─ ━ ▸ ┌┐└┘ – — “quoted” é ñ Ä ×•", "[√]", " ·*"] {
            XCTAssertEqual(SimpleText.columns(text), text.displayWidth, text)
            XCTAssertEqual(SimpleText.columns(text), text.count, text)
            XCTAssertEqual(SimpleText.columns(text), text.unicodeScalars.count, text)
        }
        for text in ["e\u{301}", "東京", "😀", "❤️", "a\u{200B}b", "tab\t", "\r\n", "soft\u{AD}hyphen", "⌚", "🇮🇩", "\u{7F}"] {
            XCTAssertNil(SimpleText.columns(text), text.debugDescription)
        }
    }

    /// `Painter.text` against the general path (truncate, then `Buffer.write` grapheme by grapheme), over random
    /// simple texts written over wide characters, at clipped positions, in both glyph sets.
    func testSimpleTextDrawsTheSameCellsAsTheGeneralPath() {
        var random = SplitMix64(seed: 11)
        let scalars = ["a", "Z", " ", "√", "·", "…", "│", "─", "é", "“", "1", ")"]
        let under = ["東", "😀", "x", " ", "e\u{301}"]
        for glyphs in [Glyphs.unicode, .ascii] {
            for _ in 0..<3_000 {
                var fast = Painter(width: 12, height: 2, glyphs: glyphs)
                for _ in 0..<4 {  // wide characters and combining marks under the text
                    fast.buffer.write(under[random.below(under.count)], x: random.below(12), y: 0)
                }
                var general = fast.buffer
                var text = ""
                for _ in 0..<random.below(16) { text += scalars[random.below(scalars.count)] }
                let x = random.below(16) - 3, y = random.below(3), width = random.below(16)
                let style = Style(.dim, bold: random.below(2) == 0)
                let used = fast.text(text, x: x, y: y, width: width, style: style)
                var expected = 0
                if width > 0 {
                    let fitted = glyphs.clean(text).truncated(toWidth: width, ellipsis: glyphs.ellipsis)
                    expected = general.write(fitted, x: x, y: y, style: style, maxWidth: width)
                }
                XCTAssertEqual(fast.buffer, general, "\(text.debugDescription) at x \(x) y \(y) width \(width)")
                XCTAssertEqual(used, expected, "\(text.debugDescription) at x \(x) width \(width)")
            }
        }
    }

    func testMonthCellGraphemesSpellTheMonthCellTexts() {
        for glyphs in [Glyphs.unicode, .ascii] {
            let texts = MonthCellTexts(glyphs)
            for on in [false, true] {
                for changed in [false, true] {
                    for cursor in [false, true] {
                        let text = texts.text(on: on, changed: changed, cursor: cursor)
                        XCTAssertEqual(texts.graphemes(on: on, changed: changed, cursor: cursor)?.joined(), text)
                        XCTAssertEqual(text.displayWidth, Layout.monthWidth)
                    }
                }
            }
        }
    }
}

private extension SplitMix64 {
    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
}
