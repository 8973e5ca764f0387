import XCTest
import PlanDocuments
import PlanModel

/// Issue 21's walkthrough: fifteen columns at 8.5 pt left KENDALA, TINDAK LANJUT and KET. about 48 pt wide, and
/// LibreOffice and Chromium cut ordinary words in them (`Penyelenggaraa|n`). The kendala, tindak lanjut, tenggat and
/// KET. now go in a note under the indicator's row, across the table (eleven columns; the year report's fourteen), and
/// the page gives each column room for its widest ordinary word.
final class ReviewColumnTests: XCTestCase {
    /// Kendala and tindak lanjut each with its own label, only the parts given (issue 21, second round: under the one
    /// label `KENDALA, TINDAK LANJUT DAN TENGGAT`, a tindak lanjut without a kendala read as a kendala).
    func testATindakLanjutWithoutAKendalaSaysWhatItIs() throws {
        let (plan, base) = try MonevReportTests.scenario()
        var r = base
        r.reviews["1.2.1.1"] = [1: Review(kendala: "", tindakLanjut: "cetak ulang", tenggat: "")]
        let tracker = ProgressTracker(plan: plan, marks: plan.rows.map(\.baseline), realisation: r)
        let report = MonevReport(plan: plan, realisation: r, period: .triwulan(1), progress: tracker, asOf: .mar, signer: ReportSigner())
        XCTAssertEqual(MonevReportTests.note(report, "4"), .note(review: "Tindak lanjut: cetak ulang", ket: "Mar: media belum siap"))
        XCTAssertEqual(MonevReportTests.note(report, "4")?.noteText, "Tindak lanjut: cetak ulang\nKET.: Mar: media belum siap")
    }

    func testTheReviewAndKetGoInANoteUnderTheRow() throws {
        let report = try MonevReportTests.makeReport()
        XCTAssertEqual(report.columns.count, 11)
        XCTAssertEqual(MonevLayout.columnWidths(yearly: false).count, 11)
        XCTAssertEqual(MonevLayout.columnWidths(yearly: true).count, 14)
        // The Triwulan is named only where the period holds several (the year report: `TW I: …`).
        XCTAssertEqual(MonevReportTests.note(report, "4"),
                       .note(review: "Kendala: media belum siap; Tindak lanjut: cetak ulang (tenggat 8 April 2022)", ket: "Mar: media belum siap"))
        let year = try MonevReportTests.makeReport(period: .year)
        XCTAssertEqual(MonevReportTests.note(year, "4"),
                       .note(review: "TW I: Kendala: media belum siap; Tindak lanjut: cetak ulang (tenggat 8 April 2022)", ket: "Mar: media belum siap"))
        // The html: NO. over the row and its note, the note across INDIKATOR … PENANGGUNG JAWAB.
        let html = MonevReportHTML.html(report)
        XCTAssertTrue(html.contains("<tr><td class=\"c\" rowspan=\"2\">4</td>"), "NO. over the note")
        XCTAssertTrue(html.contains("<tr class=\"note\"><td colspan=\"8\">Kendala: media belum siap; Tindak lanjut: "
                                    + "cetak ulang (tenggat 8 April 2022)<br>KET.: Mar: media belum siap</td></tr>"))
        // The CSV keeps them as its last two columns.
        let csv = MonevReportText.csv(report)
        XCTAssertTrue(csv.contains(",\"Kendala: media belum siap; Tindak lanjut: cetak ulang (tenggat 8 April 2022)\",Mar: media belum siap\r\n"), csv)
    }

    /// Every column at least as wide as its widest ordinary word (up to 90 pt: `Pertanggungjawaban`; a wider one is a URL
    /// or a file name; an `a/b` compound counts as its pieces, since it breaks after its slash) and its heading's, within
    /// the page, on both papers, the Triwulan's and the year's; a figure column and NO. (centred, no indent) as their figures need.
    func testEveryColumnHoldsItsWidestWordOnBothPapers() throws {
        for (paper, period) in [(Paper.f4, ReportPeriod.triwulan(1)), (.a4, .triwulan(1)), (.f4, .year), (.a4, .year)] {
            let report = try MonevReportTests.makeReport(period: period, paper: paper)
            let points = report.columnPoints
            XCTAssertLessThanOrEqual(points.reduce(0, +), MonevLayout.printable(paper) + 0.001, "\(paper): within the page")
            for (column, words) in report.wordWidths.enumerated() {
                let widest = words.filter { $0 <= 90 }.max() ?? 0
                let label = report.columns[column]
                // NO. is centred as a figure is (its widest number: `124`).
                let centred = column == 0 || label.hasPrefix("%") || label.hasPrefix("TW")
                let room = centred ? MonevLayout.figureRoom(widest) : MonevLayout.wordRoom(widest)
                XCTAssertGreaterThanOrEqual(points[column] + 0.01, room, "\(paper) \(period) \(label)")
            }
        }
    }
}
