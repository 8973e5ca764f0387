import Foundation
import XCTest
@testable import PlanDocuments
import PlanModel

/// The html's tables paged by measure (issue 21: Chromium left a merged KEGIATAN blank on the page it ran on to).
final class HTMLPagingTests: XCTestCase {
    /// Ten rows of one line (12 pt each) under one area (column 1) and two kegiatan (column 2) of 5 rows; 50 pt a page.
    func paging(kegiatan: String = "K1", tail: Double = 0, keepLast: Bool = false) -> HTMLPaging {
        var keep = Array(repeating: false, count: 10)
        if keepLast { keep[8] = true }
        return HTMLPaging(heights: Array(repeating: 12, count: 10), keep: keep,
                          groups: [.init(column: 1, rows: 0..<10, text: "Area satu"), .init(column: 2, rows: 0..<5, text: kegiatan),
                                   .init(column: 2, rows: 5..<10, text: "K2")],
                          first: 40, other: 50, tail: tail, lineHeight: 10, padding: 2) { text, _ in
            // One line a word.
            text.split(separator: " ").count
        }
    }

    func testEveryPageFitsAndAContinuedCellIsOpenedAgainWithLanjutan() {
        let pages = paging().pages()
        XCTAssertEqual(pages.map(\.rows), [0..<3, 3..<7, 7..<10])
        for (index, page) in pages.enumerated() {
            // Every merged cell over the page's first row has a piece starting there.
            let top = page.pieces.filter { $0.rows.lowerBound == page.rows.lowerBound }.map(\.column).sorted()
            XCTAssertEqual(top, [1, 2], "page \(index + 1)")
        }
        let second = pages[1].pieces.sorted { ($0.column, $0.rows.lowerBound) < ($1.column, $1.rows.lowerBound) }
        XCTAssertEqual(second.map(\.text), ["Area satu (lanjutan)", "K1 (lanjutan)", "K2"])
        XCTAssertEqual(second.map(\.rows), [3..<7, 3..<5, 5..<7])
    }

    func testATallTextGrowsItsRowsOrIsCutInWholeLines() {
        // Three words (three lines, 32 pt) over five rows: never cut, whole on its first page.
        let short = paging(kegiatan: "satu dua tiga").pages()
        XCTAssertEqual(short[0].pieces.first { $0.column == 2 }?.text, "satu dua tiga")
        // Six words: the first page's three rows hold three lines (36 pt less the padding), the rest opening with
        // (lanjutan) (four lines, 42 pt) grows the kegiatan's two rows on the next page, which holds them and nothing more.
        let words = (1...6).map { "k\($0)" }
        let long = paging(kegiatan: words.joined(separator: " ")).pages()
        XCTAssertEqual(long.map(\.rows), [0..<3, 3..<5, 5..<9, 9..<10])
        let pieces = long.flatMap(\.pieces).filter { $0.column == 2 && $0.rows.lowerBound < 5 }
        XCTAssertEqual(pieces.map(\.text), ["k1 k2 k3", "(lanjutan) k4 k5 k6"], "no word lost or printed twice; the rest says it goes on")
    }

    func testTheLastRowsStayWithTheTail() {
        let pages = paging(tail: 20, keepLast: true).pages()
        let last = try! XCTUnwrap(pages.last)
        XCTAssertGreaterThanOrEqual(last.rows.count, 2, "the closing block never alone with one row")
        XCTAssertLessThanOrEqual(paging().heights[last.rows].reduce(0, +) + 20, 50)
    }

    /// A tall row that does not fit is cut in two at the page's foot in whole lines (as the workbook's), a short one moves.
    func testATallRowIsCutInTwoAtThePagesFoot() throws {
        let words = (1...10).map { "w\($0)" }.joined(separator: " ")
        func paging(_ lines: Int) -> HTMLPaging {
            var paging = HTMLPaging(heights: [12, 12, Double(lines) * 10 + 2], keep: [false, false, false], groups: [], first: 80, other: 80,
                                    lineHeight: 10, padding: 2) { text, _ in text.split(separator: " ").count }
            paging.cells = [[], [], [(column: 4, text: (1...lines).map { "w\($0)" }.joined(separator: " ")), (column: 5, text: "x")]]
            return paging
        }
        let pages = paging(10).pages()
        XCTAssertEqual(pages.map(\.rows), [0..<3, 2..<3])
        // 80 pt less the two rows (24) holds five lines (52 pt); the other five go on.
        XCTAssertEqual(pages[0].tail, [4: "w1 w2 w3 w4 w5", 5: "x"])
        XCTAssertEqual(pages[1].head, [4: "(lanjutan) w6 w7 w8 w9 w10", 5: ""])
        XCTAssertEqual(words.split(separator: " ").count, 10)
        // Seven lines: fewer than `splitLines`, the row moves whole.
        let short = paging(7).pages()
        XCTAssertEqual(short.map(\.rows), [0..<2, 2..<3])
        XCTAssertNil(short[0].tail)
    }

    /// A row taller than a page (a 3,000-character INDIKATOR) is cut at every page's foot until the rest fits: each page
    /// holds whole lines of it, none lost or printed twice.
    func testARowTallerThanAPageIsCutOverSeveralPages() {
        let words = (1...30).map { "w\($0)" }
        var paging = HTMLPaging(heights: [12, 302], keep: [false, false], groups: [], first: 80, other: 80, lineHeight: 10, padding: 2) {
            text, _ in text.split(separator: " ").count
        }
        paging.cells = [[], [(column: 4, text: words.joined(separator: " "))]]
        let pages = paging.pages()
        XCTAssertEqual(pages.map(\.rows), [0..<2, 1..<2, 1..<2, 1..<2, 1..<2])
        // Each page's part of the row: the first page's cut (its tail), then each next page's (its tail, or its head when last).
        let parts = pages.map { page in (page.tail ?? page.head ?? [:])[4] ?? "" }
        // Each part after the first opens with (lanjutan), measured with it.
        XCTAssertEqual(parts.map { $0.split(separator: " ").count }, [6, 7, 7, 7, 7])
        XCTAssertEqual(parts.dropFirst().map { $0.hasPrefix("(lanjutan) ") }, [true, true, true, true])
        XCTAssertEqual(parts.map { $0.replacingOccurrences(of: "(lanjutan) ", with: "") }.joined(separator: " "), words.joined(separator: " "))
    }

    /// The LAMPIRAN html of a plan with long texts: one table a page, each continued cell opened again.
    func testTheLampiranHTMLOpensEveryContinuedCellAgain() throws {
        let plan = try RealPlan.load()
        let lampiran = Lampiran(plan: plan)
        let pages = LampiranHTMLPages.paging(lampiran).pages()
        XCTAssertGreaterThan(pages.count, 5)
        let html = LampiranHTML.html(lampiran)
        XCTAssertEqual(html.components(separatedBy: "<thead>").count - 1, pages.count)
        for page in pages.dropFirst() {
            let top = Set(page.pieces.filter { $0.rows.lowerBound == page.rows.lowerBound }.map(\.column))
            XCTAssertEqual(top, [0, 1, 2, 3], "rows \(page.rows)")
        }
        XCTAssertTrue(html.contains("Manajemen Perubahan (lanjutan)"))
    }

    /// A cut row's second part: every text going on mid-text opens with (lanjutan) (measured with it), and no part of a
    /// cut text is shorter than `partLines` on either side: a text leaving one word over is cut earlier (review of
    /// issue 21: "Tanda tangan komitmen…" went on without the mark).
    func testACutRowsSecondPartSaysItGoesOnAndNoPartIsASliver() {
        func words(_ n: Int, _ p: String) -> String { (1...n).map { "\(p)\($0)" }.joined(separator: " ") }
        var paging = HTMLPaging(heights: [12, 12, 102], keep: [false, false, false], groups: [], first: 80, other: 80,
                                lineHeight: 10, padding: 2) { text, _ in text.split(separator: " ").count }
        paging.cells = [[], [], [(column: 4, text: words(10, "w")), (column: 5, text: words(6, "x")), (column: 6, text: words(4, "y"))]]
        let pages = paging.pages()
        XCTAssertEqual(pages.map(\.rows), [0..<3, 2..<3])
        // Five lines fit; six words cut after five would leave "(lanjutan) x6" (two lines): cut after four.
        XCTAssertEqual(pages[0].tail, [4: words(5, "w"), 5: words(4, "x"), 6: words(4, "y")])
        XCTAssertEqual(pages[1].head, [4: "(lanjutan) w6 w7 w8 w9 w10", 5: "(lanjutan) x5 x6", 6: ""])
    }

    /// A merged cell's text cut at a page's foot never leaves a sliver ("(lanjutan) pintu." alone on LAMPIRAN A4 p.16):
    /// it is cut earlier so its rest has `partLines` lines.
    func testAMergedCellsRestIsNeverASliver() {
        let text = (1...10).map { "k\($0)" }.joined(separator: " ")
        let paging = HTMLPaging(heights: Array(repeating: 12, count: 10), keep: Array(repeating: false, count: 10),
                                groups: [.init(column: 2, rows: 0..<10, text: text)], first: 100, other: 100,
                                lineHeight: 10, padding: 2) { text, _ in text.split(separator: " ").count }
        let pages = paging.pages()
        XCTAssertEqual(pages.map(\.rows), [0..<8, 8..<10])
        XCTAssertEqual(pages.map { $0.pieces.map(\.text) }, [["k1 k2 k3 k4 k5 k6 k7 k8"], ["(lanjutan) k9 k10"]])
    }

    /// A merged cell starting low on a page whose text cannot leave three lines on each side goes to the next page with
    /// its rows: left behind, they printed under an empty KEGIATAN and read as rows of the one above (review of issue
    /// 21, LAMPIRAN F4 html p.12: "1) Indeks Kepuasan …" under "1) Penguatan pelayanan prima").
    func testACellThatCannotBeCutTakesItsRowsToTheNextPage() {
        let pages = paging(kegiatan: "K1").with(group: 2, text: "w1 w2 w3 w4 w5").pages()
        XCTAssertEqual(pages.map(\.rows), [0..<3, 3..<5, 5..<9, 9..<10])
        for page in pages {
            XCTAssertFalse(page.pieces.contains { $0.text.isEmpty }, "no empty merged cell on rows \(page.rows)")
        }
        XCTAssertEqual(pages[2...].compactMap { $0.pieces.first { $0.column == 2 }?.text }, ["w1 w2 w3", "(lanjutan) w4 w5"])
    }
}

private extension HTMLPaging {
    /// The paging with group `index`'s text changed.
    func with(group index: Int, text: String) -> HTMLPaging {
        var groups = groups
        groups[index].text = text
        return HTMLPaging(heights: heights, keep: keep, groups: groups, first: first, other: other, tail: tail,
                          lineHeight: lineHeight, padding: padding, lines: lines)
    }
}

/// The real plan's html pagings (LAMPIRAN F4 and A4, Laporan TW I and year on F4 and A4): no piece of a cut text is
/// shorter than `partLines` on either side (review of issue 21: LAMPIRAN A4 p.16 opened with "(lanjutan) pintu." alone),
/// and every cut row's second part says where its texts go on.
final class HTMLPagingRealPlanTests: XCTestCase {
    func pagings() throws -> [(String, HTMLPaging)] {
        let plan = try RealPlan.load()
        var out: [(String, HTMLPaging)] = []
        for paper in [Paper.f4, .a4] {
            out.append(("LAMPIRAN \(paper)", LampiranHTMLPages.paging(Lampiran(plan: plan, paper: paper))))
            for period in [ReportPeriod.triwulan(1), .year] {
                out.append(("Laporan \(period) \(paper)", MonevReportHTMLPages.paging(try MonevReportTests.makeReport(period: period, paper: paper))))
            }
        }
        return out
    }

    func testNoPieceOfACutTextIsASliver() throws {
        var merged = 0, rows = 0
        let mark = PagePieces.continuedLead.trimmingCharacters(in: .whitespaces)
        for (name, paging) in try pagings() {
            let pages = paging.pages()
            var printed: [Int: [String]] = [:]
            for page in pages {
                // A name repeated (`… (lanjutan)`) or the LAMPIRAN's NO. is not a part of a cut text.
                for piece in page.pieces where piece.column > 0 && !piece.text.hasSuffix(mark) && !piece.text.isEmpty {
                    printed[paging.groups.firstIndex { $0.column == piece.column && $0.rows.contains(piece.rows.lowerBound) }!, default: []]
                        .append(piece.text)
                }
            }
            // A merged cell's text printed in parts: each part at least `partLines` lines.
            for (g, parts) in printed where parts.count > 1 {
                merged += 1
                for part in parts {
                    XCTAssertGreaterThanOrEqual(paging.lines(part, paging.groups[g].column), HTMLPaging.partLines, "\(name): \(part)")
                }
            }
            // A row cut at a page's foot: each cell's parts at least `partLines` lines, the second opening with (lanjutan)
            // when the first holds some of it.
            for (page, next) in zip(pages, pages.dropFirst()) {
                guard let tail = page.tail, let head = next.head else { continue }
                rows += 1
                for (column, first) in tail where !first.isEmpty {
                    let second = head[column] ?? ""
                    guard !second.isEmpty else { continue }
                    XCTAssertTrue(second.hasPrefix(PagePieces.continuedLead), "\(name): \(second)")
                    for part in [first, second] {
                        XCTAssertGreaterThanOrEqual(paging.lines(part, column), HTMLPaging.partLines, "\(name): \(part)")
                    }
                }
            }
        }
        XCTAssertGreaterThan(merged, 5)
        XCTAssertGreaterThan(rows, 0)
    }
}
