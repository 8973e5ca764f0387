import Foundation
import PlanDocuments
import PlanXlsx
import XCTest

/// Issue 21: a merged KEGIATAN or SUB KEGIATAN of the Laporan Monev's workbook never runs over a page break (LibreOffice
/// sliced the line crossing it): it is cut at every break the sheet sets, the next page's piece holding the rest of its
/// text or the text again marked `(lanjutan)`. PrintedPagesTests looks at the printed pages.
final class PageBreakMergeTests: XCTestCase {
    func testNoMergedKegiatanOrSubKegiatanRunsOverAPageBreak() throws {
        for period in [ReportPeriod.triwulan(1), .year] {
            let report = try MonevReportTests.makeReport(period: period)
            let book = try Workbook(data: try MonevWorkbook.data(report))
            let breaks = Workbook.matches(#"<brk id="([0-9]+)""#, in: book.sheet).compactMap { Int($0[1]) }
            XCTAssertGreaterThan(breaks.count, 10, "\(period): every page break is set")
            var ranges = 0
            for ref in book.merges {
                let ends = ref.split(separator: ":").map(String.init)
                guard ends.count == 2, ends[0].first == ends[1].first, ["B", "C"].contains(ends[0].first),
                      let first = Int(ends[0].dropFirst()), let last = Int(ends[1].dropFirst()) else { continue }
                ranges += 1
                // Sheet rows first…last (1-based) hold rows first-1…last-1; a break at row b starts a page there.
                let inside = breaks.filter { $0 > first - 1 && $0 <= last - 1 }
                XCTAssertEqual(inside, [Int](), "\(period): \(ref) runs over a page break")
            }
            XCTAssertGreaterThan(ranges, 30, "\(period): the kegiatan and sub kegiatan are merged")
            let continued = book.cells.filter { ["B", "C"].contains($0.key.first) && $0.value.hasSuffix("(lanjutan)") }
            XCTAssertGreaterThan(continued.count, 3, "\(period): a kegiatan continued on the next page says so")
        }
    }
}
