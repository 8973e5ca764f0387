import Foundation
import PlanDocuments
import PlanExport
@testable import PlanModel
import PlanXlsx
import XCTest

/// Issue 21 (second round): the workbooks cut a text over a page break only into pieces a reviewer reads as parts of
/// it: a short text (`PagePieces.shortLines`) is never cut, and no piece holds fewer than `PagePieces.partLines`
/// lines (LAMPIRAN F4 p.15 began "(lanjutan) dalam pelayanan publik;", TW I A4 p.17 "(lanjutan) kepentingan;").
final class SliverTests: XCTestCase {
    /// Each piece that goes on from the middle of a text (`(lanjutan) …`) and the piece before it in its column, with
    /// their lines in a column `width` units wide: every one at least `partLines`, their text together longer than short.
    static func slivers(_ book: Workbook, widths: [Double], columns: Set<Character>, lines: (String, Double) -> Int) -> [String] {
        var out: [String] = []
        for (ref, text) in book.cells where text.hasPrefix(PagePieces.continuedLead) {
            guard let column = ref.first, columns.contains(column), let row = Int(ref.dropFirst()) else { continue }
            let width = widths[Int(column.asciiValue! - 65)]
            // The piece before: the nearest text above in the column.
            guard let above = (1..<row).reversed().lazy.compactMap({ book.cells["\(column)\($0)"] }).first else { continue }
            let rest = lines(text, width), head = lines(above, width)
            let whole = lines(above + " " + text.dropFirst(PagePieces.continuedLead.count), width)
            if rest < PagePieces.partLines || head < PagePieces.partLines || whole <= PagePieces.shortLines {
                out.append("\(ref): \(head) + \(rest) lines: \(text.prefix(40))")
            }
        }
        return out.sorted()
    }

    /// The lines a text takes in a Laporan cell `width` units wide, measured as the workbook cuts: a little narrower
    /// than the cell (`PagePieces.widthShare`).
    static func laporanLines(_ text: String, width: Double) -> Int {
        TextMeasure.lineCount(text, points: (LampiranLayout.points(width: width) * LampiranLayout.libreOfficeWidth * 0.95
                                             - MonevLayout.textMargins) * PagePieces.widthShare, size: MonevLayout.fontSize)
    }

    func testNoPieceOfACutTextIsASliverInTheLaporan() throws {
        var cuts = 0
        for (name, report, book) in try CutRowBreakTests.laporanWorkbooks([("area 1", try MonevReportTests.scenario()),
                                                                          ("reviewer", try CutRowBreakTests.reviewerRecording())]) {
            XCTAssertEqual(Self.slivers(book, widths: MonevLayout.units(report.columnPoints),
                                        columns: ["B", "C", "D", "I", "J", "K", "L", "M", "N", "O", "P"], lines: Self.laporanLines), [], name)
            cuts += book.cells.values.filter { $0.hasPrefix(PagePieces.continuedLead) }.count
        }
        XCTAssertGreaterThan(cuts, 4, "texts are cut at all")
    }

    /// A KEGIATAN or SUB KEGIATAN printed whole on an earlier page gives its name again on the next with `(lanjutan)`,
    /// in up to `continuedLines` lines: its rows grow for them, as the html's do (review21c, TW I F4 p.16 read
    /// "1) … (lanjutan)" on a one-line row).
    func testARepeatedNameIsShortenedOnlyAfterThreeLinesInTheLaporan() throws {
        var repeated = 0
        for (name, report, book) in try CutRowBreakTests.laporanWorkbooks([("reviewer", try CutRowBreakTests.reviewerRecording())]) {
            let widths = MonevLayout.units(report.columnPoints)
            for (ref, text) in book.cells where (ref.first == "B" || ref.first == "C") && text.hasSuffix(" (lanjutan)")
                && !text.hasPrefix(PagePieces.continuedLead) {
                repeated += 1
                guard text.contains("…") else { continue }
                XCTAssertGreaterThanOrEqual(Self.laporanLines(text, width: widths[Int(ref.first!.asciiValue! - 65)]),
                                            HTMLPaging.continuedLines, "\(name) \(ref): \(text)")
            }
        }
        XCTAssertGreaterThan(repeated, 4, "names are repeated at all")
    }

    /// The pages cut a long text wherever they end: with the first row's INDIKATOR a line or more longer each time, the
    /// breaks fall elsewhere in the texts after it, and no cut leaves fewer than `partLines` lines on either side (the
    /// xlsx had kept only the short-text rule, and left the rest of a text cut after four lines or more a sliver).
    func testNoPieceOfACutTextIsASliverInTheLampiranWhereverThePagesEnd() throws {
        let base = try RealPlan.load()
        var cuts = 0
        for extra in 0..<10 {
            var plan = base
            plan.rows[0].indikator += String(repeating: " tambahan kata untuk menggeser halaman", count: extra * 2)
            for paper in [Paper.f4, .a4] {
                let book = try Workbook(data: try XlsxExporter().produce(ExportRequest(plan: plan, marks: nil, paper: paper)))
                XCTAssertEqual(Self.slivers(book, widths: LampiranLayout.columnWidths, columns: ["B", "C", "D"]) {
                    LampiranLayout.lines($0, width: $1)
                }, [], "\(paper), first INDIKATOR \(extra * 2) phrases longer")
                cuts += book.cells.values.filter { $0.hasPrefix(PagePieces.continuedLead) }.count
            }
        }
        XCTAssertGreaterThan(cuts, 20, "texts are cut at all")
    }

    func testNoPieceOfACutTextIsASliverInTheLampiran() throws {
        let plan = try RealPlan.load()
        for paper in [Paper.f4, .a4] {
            let book = try Workbook(data: try XlsxExporter().produce(ExportRequest(plan: plan, marks: nil, paper: paper)))
            XCTAssertEqual(Self.slivers(book, widths: LampiranLayout.columnWidths, columns: ["B", "C", "D"]) {
                LampiranLayout.lines($0, width: $1)
            }, [], "\(paper)")
        }
    }
}
