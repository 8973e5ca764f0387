import PlanDocuments
import XCTest

/// PagePieces on its own: a merged cell's rows cut at the page breaks inside them, and its text shared out in whole
/// lines, the rest on the next piece, or the text again marked `(lanjutan)` when it has all been printed.
final class PagePiecesTests: XCTestCase {
    func testRowsAreCutAtTheBreaksInsideThemOnly() {
        XCTAssertEqual(PagePieces.ranges(first: 10, last: 20, breaks: [5, 10, 14, 18, 21]), [10...13, 14...17, 18...20])
        XCTAssertEqual(PagePieces.ranges(first: 10, last: 10, breaks: [10, 11]), [10...10])
        XCTAssertEqual(PagePieces.ranges(first: 10, last: 12, breaks: [12]), [10...11, 12...12])
    }

    func testATextIsSharedOutInWholeLinesAndMarkedWhenRepeated() {
        let text = "1) Penguatan Sistem Akuntabilitas Kinerja Instansi Pemerintah di lingkungan unit kerja"
        let width = TextMeasure.width("Akuntabilitas Kinerja", size: 10) + 2
        func lines(_ s: String) -> Int { TextMeasure.lineCount(s, points: width * 0.93, size: 10) }
        let all = lines(text)
        XCTAssertGreaterThan(all, 4)
        // Two lines on the first page, the rest on the second, nothing left for the third: the text again, marked.
        let texts = PagePieces.texts(text, capacities: [2, 20, 20], points: width, size: 10)
        XCTAssertEqual(texts.count, 3)
        XCTAssertEqual(lines(texts[0]), 2)
        XCTAssertTrue(texts[1].hasPrefix("(lanjutan) "), "a piece going on mid-text says so: \(texts[1])")
        XCTAssertEqual(texts[0] + " " + texts[1].dropFirst("(lanjutan) ".count), text, "whole words, in order, nothing lost")
        XCTAssertEqual(texts[2], text + " (lanjutan)")
        // A piece too small for the text and its mark: its first words and `… (lanjutan)`, or the mark alone.
        let short = PagePieces.texts(text, capacities: [20, 3, 1], points: width, size: 10)
        XCTAssertEqual(short[0], text)
        XCTAssertTrue(short[1].hasSuffix(" … (lanjutan)") && text.hasPrefix(String(short[1].dropLast(" … (lanjutan)".count))), short[1])
        XCTAssertLessThanOrEqual(lines(short[1]), 3)
        XCTAssertTrue(short[2].hasSuffix("… (lanjutan)") && lines(short[2]) == 1, short[2])
        let narrow = TextMeasure.width("(lanjutan)", size: 10) / 0.93 + 1
        XCTAssertEqual(PagePieces.texts(text, capacities: [50, 1], points: narrow, size: 10), [text, "(lanjutan)"])
        // The last piece takes whatever is left, even past its lines (the rows were sized for the whole text).
        let two = PagePieces.texts(text, capacities: [1, 1], points: width, size: 10)
        XCTAssertEqual(two[0] + " " + two[1].dropFirst("(lanjutan) ".count), text)
    }

    func testACapacityCountsWholeLinesInsideThePadding() {
        XCTAssertEqual(PagePieces.capacity([14.2, 14.2], lineHeight: 10.2, padding: 4), 2)
        XCTAssertEqual(PagePieces.capacity([10], lineHeight: 10.2, padding: 4), 1, "at least one")
    }
}
