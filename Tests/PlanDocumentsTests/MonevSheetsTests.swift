import Foundation
import XCTest
import PlanDocuments
import PlanModel
import PlanXlsx

/// The Laporan Monev workbook past its table (issue 21's third review): a long DAFTAR BUKTI DUKUNG starts a page of its
/// own with its column header repeated on each of its pages; tenggat is a date and NO. a number.
final class MonevSheetsTests: XCTestCase {
    /// The sheets' names in order, from the workbook's XML.
    func sheetNames(_ book: Workbook) -> [String] {
        Workbook.matches(#"<sheet name="([^"]*)""#, in: book.workbook).map { XML.decode($0[1]) }
    }

    /// Sixty pieces of evidence do not fit under the recap: the list goes on a sheet of its own whose print titles are
    /// its header row, so every page of it opens with `NO. | NO. BARIS | BULAN …` (before, its overflow page had none).
    func testALongEvidenceListHasItsOwnSheetWithItsHeaderOnEveryPage() throws {
        for paper in [Paper.f4, .a4] {
            var report = try PrintedWordsTests.report(paper: paper)
            let first = try XCTUnwrap(report.evidence.first)
            report.evidence = (1...60).map { var e = first; e.number = $0; return e }
            let data = try MonevWorkbook.data(report)
            let names = sheetNames(try Workbook(data: data))
            let index = try XCTUnwrap(names.firstIndex(of: "BUKTI DUKUNG"), "\(paper): \(names)")
            let book = try Workbook(data: data, sheetNumber: index + 1)
            XCTAssertEqual(book.cells["B1"], "DAFTAR BUKTI DUKUNG")
            XCTAssertEqual(book.cells["A2"], "NO.")
            XCTAssertEqual(book.cells["B2"], "NO. BARIS")
            XCTAssertEqual(book.numbers["A3"], 1)
            let titles = Workbook.matches(#"<definedName name="_xlnm.Print_Titles" localSheetId="\#(index)">([^<]*)<"#, in: book.workbook)
            XCTAssertEqual(titles.first?[1], "'BUKTI DUKUNG'!$2:$2", "\(paper): the header row repeats on each page")
            // Page breaks of its own, the list over several pages.
            XCTAssertGreaterThan(Workbook.matches(#"<brk id="([0-9]+)""#, in: book.sheet).count, 0, "\(paper)")
            // The recap has its sheet before it, the table's header not repeated there.
            XCTAssertTrue(names.contains("REKAPITULASI") || names.count == 2, "\(paper): \(names)")
        }
    }

    /// The evidence list's own sheet has its own columns (issue 21, second round: it took the table's, URAIAN about
    /// 45 wide, and a URL's row was cut at its top), its links on the URAIAN cell where the address is printed (not on
    /// JENIS), and the signer's block at the page's right edge (it stood from column F, mid-page).
    func testTheEvidenceSheetHasItsOwnColumnsLinksOnUraianAndTheSignerAtTheRight() throws {
        for paper in [Paper.f4, .a4] {
            var report = try PrintedWordsTests.report(paper: paper)
            let first = try XCTUnwrap(report.evidence.first { $0.url != nil })
            // The reviewer's link: on the table's columns its text took two lines of URAIAN.
            let url = "https://kab-sorongselatan.kpu.go.id/berita/kick-off-rb-2022"
            report.evidence = (1...60).map { var e = first; e.number = $0; e.url = url; e.text = "Berita kick off (\(url))"; return e }
            let data = try MonevWorkbook.data(report)
            let names = sheetNames(try Workbook(data: data))
            let index = try XCTUnwrap(names.firstIndex(of: "BUKTI DUKUNG"), "\(paper): \(names)")
            let book = try Workbook(data: data, sheetNumber: index + 1)
            let widths = Workbook.matches(#"<col min="([0-9]+)" max="([0-9]+)" width="([0-9.]+)""#, in: book.sheet)
                .reduce(into: [Int: Double]()) { out, m in for c in Int(m[1])!...Int(m[2])! { out[c] = Double(m[3]) } }
            let count = report.columns.count
            let uraian = (9...count).compactMap { widths[$0] }.reduce(0, +)
            XCTAssertLessThan(try XCTUnwrap(widths[2]), 9, "\(paper): NO. BARIS narrow")
            XCTAssertLessThan(try XCTUnwrap(widths[3]), 9, "\(paper): BULAN narrow")
            XCTAssertGreaterThan(uraian, 60, "\(paper): URAIAN DAN LOKASI wide")
            // Every link on URAIAN (column I), none on JENIS (D).
            let links = Workbook.matches(#"<hyperlink ref="([A-Z]+)[0-9]+""#, in: book.sheet).map { $0[1] }
            XCTAssertEqual(links.count, 60, "\(paper)")
            XCTAssertEqual(Set(links), ["I"], "\(paper)")
            // The signer's name ends in the last column, starting right of the middle.
            let name = try XCTUnwrap(book.merges.first { ref in
                book.cells[String(ref.split(separator: ":")[0])] == report.signature.name
            }, "\(paper): the name merged across the last columns")
            let ends = name.split(separator: ":").map { $0.first!.asciiValue! - 65 }
            XCTAssertEqual(Int(ends[1]), count - 1, "\(paper): \(name)")
            XCTAssertGreaterThan(Int(ends[0]), count / 2, "\(paper): \(name)")
        }
    }

    /// A note's tenggat is a date cell of its own, shown `Tenggat: 20 April 2022` (the Indonesian month, a literal label),
    /// and left out of the note's text; NO. is a number, so the rows sort (issue 21: both were text).
    func testTheTenggatIsADateCellAndNoIsANumber() throws {
        for paper in [Paper.f4, .a4] {
            for period in [ReportPeriod.triwulan(1), .year] {
                let report = try PrintedWordsTests.report(paper: paper, period: period)
                let book = try Workbook(data: try MonevWorkbook.data(report))
                let dated = book.numbers.filter { book.numberFormat(of: $0.key)?.contains("d mmmm yyyy") == true }
                // 20 April 2022 is day 44671 of Excel's calendar.
                let tenggat = dated.filter { $0.value == 44671 }
                XCTAssertEqual(tenggat.count, 1, "\(paper) \(period): \(dated)")
                if let ref = tenggat.first?.key {
                    XCTAssertEqual(book.numberFormat(of: ref), "[$-421]\"Tenggat: \"d mmmm yyyy")
                    XCTAssertNil(book.cells[ref])
                }
                XCTAssertFalse(book.cells.values.contains { $0.contains("tenggat 20 April 2022") }, "\(paper) \(period): no tenggat left as text")
                // The table's header: the first `NO.` (the evidence list's header, on this sheet when it fits, has one too).
                let header = book.cells.filter { $0.value == "NO." && $0.key.hasPrefix("A") }.compactMap { Int($0.key.dropFirst()) }.min()
                let body = try XCTUnwrap(header) + 2
                XCTAssertEqual(book.numbers["A\(body + 1)"], 1, "\(paper) \(period): the first row's NO. (under its area's line)")
                let numbered = book.numbers.filter { $0.key.hasPrefix("A") && Int($0.key.dropFirst()).map { $0 >= body } == true }
                XCTAssertEqual(Set(numbered.values).count, 124, "\(paper) \(period): every row's NO. a number")
                let textNumbers = book.cells.filter { $0.key.hasPrefix("A") && Int($0.key.dropFirst()).map { $0 >= body } == true && Int($0.value) != nil }
                XCTAssertEqual(textNumbers.count, 0, "\(paper) \(period): \(textNumbers.prefix(3))")
            }
        }
    }
}
