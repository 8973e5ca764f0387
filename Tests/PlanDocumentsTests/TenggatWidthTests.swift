import XCTest
import PlanDocuments

/// Issue 20's walkthrough: the Laporan's TENGGAT is a date cell in the workbook, which never wraps, so LibreOffice
/// printed `###` for "15 April 2022" where the html showed the date. The column is now at least as wide as the
/// longest date the report holds (`MonevReport.widestTenggat`), on both papers, and the html takes the same widths.
final class TenggatWidthTests: XCTestCase {
    func testTheTenggatColumnHoldsTheLongestDateOnBothPapers() {
        let columns = ["NO.", "KEGIATAN", "SUB KEGIATAN", "INDIKATOR KEBERHASILAN", "JADWAL", "REALISASI", "% CAPAIAN",
                       "% KUMULATIF", "STATUS", "BUKTI DUKUNG", "KENDALA", "TINDAK LANJUT", "PENANGGUNG JAWAB", "TENGGAT", "KET."]
        let widths = MonevLayout.columnWidths(yearly: false)
        XCTAssertEqual(widths.count, columns.count)
        for paper in [Paper.f4, .a4] {
            let points = MonevLayout.columnPoints(widths, labels: columns, paper: paper, widestDate: "30 September 2022")
            // The date and a cell's inner margins (A4 scales every column a little to fit the page).
            XCTAssertGreaterThanOrEqual(points[13], TextMeasure.width("30 September 2022", size: MonevLayout.fontSize) + 4,
                                        "\(paper)")
            XCTAssertLessThanOrEqual(points.reduce(0, +), MonevLayout.printable(paper) + 0.001, "still within the page")
        }
    }

    func testTheReportKnowsItsWidestTenggatAndTheYearReportHasNone() throws {
        XCTAssertEqual(try MonevReportTests.makeReport().widestTenggat, "8 April 2022")
        XCTAssertEqual(try MonevReportTests.makeReport(period: .year).widestTenggat, "")
        XCTAssertEqual(try MonevReportTests.makeReport(period: .semester(2)).widestTenggat, "", "no review in the period")
    }
}
