import Foundation
import XCTest
import PlanDocuments
import PlanModel
import PlanXlsx

/// Issue 21's second review: the Laporan Monev workbook clipped the end of long merged SUB KEGIATAN texts
/// ("…10) Pelayanan terpadu satu pintu." lost on TW I F4, "Analisa Beban Kerja (ABK)" on A4, "…NOMOR 17 TAHUN 2017" in
/// the year report): a merge's rows were given only its first row's share of its lines. Here every merged KEGIATAN and
/// SUB KEGIATAN of the real plan's TW I and year, F4 and A4, has rows (each page's piece of them, when a page break cuts
/// it) tall enough for its text as the workbook measures it; PrintedPagesTests prints the documents themselves.
final class MergedTextFitsTests: XCTestCase {
    func testEveryMergedKegiatanAndSubKegiatanHasRowsForItsWholeText() throws {
        var checked = 0
        for paper in [Paper.f4, .a4] {
            for period in [ReportPeriod.triwulan(1), .year] {
                let report = try PrintedWordsTests.report(paper: paper, period: period)
                let book = try Workbook(data: try MonevWorkbook.data(report))
                let heights = Dictionary(Workbook.matches(#"<row r="([0-9]+)"[^>]*? ht="([0-9.]+)""#, in: book.sheet)
                    .compactMap { m in Int(m[1]).flatMap { r in Double(m[2]).map { (r, $0) } } }, uniquingKeysWith: { a, _ in a })
                // The file holds a column's width in pixels with Excel's 5 of padding (`(int(7w + 0.5) + 5) / 7`, in 256ths): the
                // width set is 5 pixels less.
                let widths = Dictionary(Workbook.matches(#"<col min="([0-9]+)" max="([0-9]+)" width="([0-9.]+)""#, in: book.sheet)
                    .compactMap { m in Int(m[1]).flatMap { c in Double(m[3]).map { (c, (($0 * 7).rounded() - 5 + 0.001) / 7) } } },
                    uniquingKeysWith: { a, _ in a })
                // A KEGIATAN's (B) or SUB KEGIATAN's (C) merge down its rows, not the recap's name across B:C.
                for merge in book.merges {
                    let ends = Workbook.matches(#"^([BC])([0-9]+):\1([0-9]+)$"#, in: merge)
                    guard let m = ends.first, let first = Int(m[2]), let last = Int(m[3]),
                          let text = book.cells["\(m[1])\(first)"], let width = widths[m[1] == "B" ? 2 : 3] else { continue }
                    let points = (LampiranLayout.points(width: width) * LampiranLayout.libreOfficeWidth * 0.95 - MonevLayout.textMargins)
                        * PagePieces.widthShare
                    // Its markers joined to their words as the workbook writes them (`DocumentText.markerJoined`).
                    let joined = DocumentText.markerJoined(text, points: LampiranLayout.points(width: width) * LampiranLayout.libreOfficeWidth
                                                           - MonevLayout.textMargins, size: MonevLayout.fontSize)
                    let needed = TextMeasure.lineCount(MonevLayout.cellText(joined, width: width), points: points, size: MonevLayout.fontSize)
                    let have = PagePieces.capacity((first...last).map { heights[$0] ?? 15 }, lineHeight: MonevLayout.lineHeight,
                                                   padding: MonevLayout.cellPadding)
                    XCTAssertGreaterThanOrEqual(have, needed, "\(paper) \(period) \(merge): \(text.suffix(60))")
                    checked += 1
                }
            }
        }
        XCTAssertGreaterThan(checked, 100, "the merges were found")
    }
}
