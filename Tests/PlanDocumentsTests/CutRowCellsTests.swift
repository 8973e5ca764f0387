import Foundation
import PlanDocuments
import PlanModel
import PlanXlsx
import XCTest

/// Issue 21 (review of the year's Laporan): a table row of the workbook cut at a page's foot shows on its first piece
/// the start of every cell that holds text. The year's F4 row 26 printed 83,3% and its STATUS at page 5's foot with an
/// empty REALISASI (all of it on page 6), A4 row 16 an empty INDIKATOR; A4 row 23, seven lines as printed, was cut at all.
final class CutRowCellsTests: XCTestCase {
    /// The table's cut rows: the 1-based sheet rows of each row's two pieces (the same NO. on neighbouring rows).
    static func cutRows(_ book: Workbook) -> [(number: Int, first: Int, second: Int)] {
        let numbered = book.numbers.compactMap { ref, value -> (row: Int, value: Double)? in
            guard ref.first == "A", let row = Int(ref.dropFirst()) else { return nil }
            return (row, value)
        }.sorted { $0.row < $1.row }
        return zip(numbered, numbered.dropFirst()).compactMap { a, b in
            a.value == b.value && b.row == a.row + 1 ? (Int(a.value), a.row, b.row) : nil
        }
    }

    /// The room the workbook keeps between a cell's lines and its right border (`MonevBook.rightRoom`): its lines end there.
    static let rightRoom = 4.0

    /// What is wrong with the cut rows of `book`: a cell with text on a row's second piece and none on its first, a
    /// REALISASI cut inside one of its months, or a
    /// cut row whose longest cell is under `MonevBook.splitLines` (8) lines as written (its printed width less the cell's
    /// margins and `rightRoom`, where the workbook ends its lines).
    static func faults(_ report: MonevReport, _ book: Workbook) -> [String] {
        let widths = MonevLayout.units(report.columnPoints)
        var out: [String] = []
        for cut in cutRows(book) {
            var most = 0
            // A KEGIATAN or SUB KEGIATAN of this row alone (its pieces on these two rows, not merged on past them) counts too.
            for c in 1...2 {
                let first = book.cells[Workbook.ref(c, cut.first - 1)] ?? "", second = book.cells[Workbook.ref(c, cut.second - 1)] ?? ""
                guard !first.isEmpty, !second.isEmpty, !book.merges.contains(where: { $0.hasPrefix(Workbook.ref(c, cut.second - 1) + ":") })
                else { continue }
                let whole = first + " " + (second.hasPrefix("(lanjutan) ") ? String(second.dropFirst("(lanjutan) ".count)) : second)
                most = max(most, TextMeasure.lineCount(whole, points: LampiranLayout.points(width: widths[c]) * LampiranLayout.libreOfficeWidth
                                                           - MonevLayout.textMargins - rightRoom, size: MonevLayout.fontSize))
            }
            for c in 3..<report.columns.count {
                let first = book.cells[Workbook.ref(c, cut.first - 1)] ?? "", second = book.cells[Workbook.ref(c, cut.second - 1)] ?? ""
                if first.isEmpty && !second.isEmpty { out.append("NO. \(cut.number) \(report.columns[c]): empty on the first piece") }
                // A list of months cut after one of its items: "…; Mar:" | "(lanjutan) Tidak Terlaksana" read as two texts.
                if report.columns[c] == "REALISASI", !second.isEmpty, first.contains("; "), !first.hasSuffix(";") {
                    out.append("NO. \(cut.number) REALISASI: cut inside an item (\(first))")
                }
                let whole = [first, second.hasPrefix("(lanjutan) ") ? String(second.dropFirst("(lanjutan) ".count)) : second]
                    .filter { !$0.isEmpty }.joined(separator: " ")
                most = max(most, TextMeasure.lineCount(whole, points: LampiranLayout.points(width: widths[c]) * LampiranLayout.libreOfficeWidth
                                                           - MonevLayout.textMargins - rightRoom, size: MonevLayout.fontSize))
            }
            if most < 8 { out.append("NO. \(cut.number): \(most) lines, cut") }
        }
        return out
    }

    func testEveryCellOfACutRowStartsOnItsFirstPiece() throws {
        var cuts = 0
        let recordings = [("reviewer", try CutRowBreakTests.reviewerRecording()), ("reviewer with evidence", try PrintedCellsTests.recording()),
                          ("area 1", try MonevReportTests.scenario())]
        for (name, report, book) in try CutRowBreakTests.laporanWorkbooks(recordings) {
            XCTAssertEqual(Self.faults(report, book), [], name)
            cuts += Self.cutRows(book).count
        }
        XCTAssertGreaterThan(cuts, 4, "rows are cut at all")
    }

    /// The finder sees the reviewer's fault: a hand-made sheet with a cut row whose REALISASI is all on its second piece.
    func testAFirstPieceWithoutACellsTextIsFound() throws {
        let (plan, r) = try CutRowBreakTests.reviewerRecording()
        let tracker = ProgressTracker(plan: plan, marks: plan.rows.map(\.baseline), realisation: r)
        let report = MonevReport(plan: plan, realisation: r, period: .year, progress: tracker, asOf: .mar, signer: ReportSigner(), paper: .f4)
        var book = try Workbook(data: try MonevWorkbook.data(report))
        book.numbers["A90"] = 26
        book.numbers["A91"] = 26
        book.cells["D90"] = String(repeating: "panjang ", count: 40)
        book.cells["D91"] = "(lanjutan) " + String(repeating: "panjang ", count: 40)
        book.cells["F90"] = ""
        book.cells["F91"] = "Jan: Terlaksana"
        XCTAssertEqual(Self.faults(report, book).filter { $0.hasPrefix("NO. 26 ") }, ["NO. 26 \(report.columns[5]): empty on the first piece"])
    }
}
