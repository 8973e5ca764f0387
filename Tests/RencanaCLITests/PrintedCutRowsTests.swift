import Foundation
import XCTest

/// A row cut at an html page's foot, as printed by Chromium (review of issue 21: Laporan TW I F4 rows 61, 68 and 75 went
/// on with an empty NO. and their INDIKATOR without `(lanjutan)`).
extension PrintedPagesTests {
    /// Every Laporan html table page after the first opens with a row's number (or an area's `N.`) in NO.: a row cut at
    /// the page before goes on with its NO. again, and a text in it that goes on mid-text opens with `(lanjutan)`.
    func testACutRowGoesOnWithItsNumberAndLanjutan() throws {
        var cut = 0
        for (name, doc) in try documents() where name.hasPrefix("laporan") && name.hasSuffix("html") {
            let recap = try XCTUnwrap(doc.pages.firstIndex { Self.squeezed($0).contains("REKAPITULASIPERAREA") }, name)
            for (index, words) in doc.words.enumerated() where index > 0 && index < recap {
                let no = try XCTUnwrap(words.first { $0.text == "NO." }, "\(name) page \(index + 1)")
                let numbering = try XCTUnwrap(words.first { $0.text == "1" && abs($0.xMin - no.xMin) < 15 && $0.yMin > no.yMax })
                let body = words.filter { $0.yMin > numbering.yMax + 1 }
                guard let top = body.map(\.yMin).min() else { continue }
                let line = body.filter { abs($0.yMin - top) < 2 }.sorted { $0.xMin < $1.xMin }
                let first = try XCTUnwrap(line.first)
                let number = (first.text.hasSuffix(".") ? Int(first.text.dropLast()) : Int(first.text)) != nil
                XCTAssertTrue(number && first.xMax < numbering.xMax + 10,
                              "\(name) page \(index + 1) opens with \(line.prefix(6).map(\.text)), no NO.")
                // A text going on mid-text: `(lanjutan)` and the text's next word a space to its right (not a cell further).
                if zip(line, line.dropFirst()).contains(where: { $0.text == "(lanjutan)" && $1.xMin - $0.xMax < 4 }) { cut += 1 }
            }
        }
        XCTAssertGreaterThan(cut, 0, "the recorded Triwulan has a row cut at a page's foot")
    }
}
