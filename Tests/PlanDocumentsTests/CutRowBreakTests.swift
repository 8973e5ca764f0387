import Foundation
import PlanDocuments
import PlanModel
import PlanXlsx
import XCTest

/// Issue 21 (second round): a table row of the Laporan Monev's workbook cut in two sheet rows is cut exactly at a
/// page break. LibreOffice printed TW I's A4 row 108 (NO.) twice on one page, its INDIKATOR's second part
/// "(lanjutan) lingkungan unit/satuan kerja…" mid-page: the pages had been laid out again after the cut was decided.
final class CutRowBreakTests: XCTestCase {
    /// TW I on the real plan as the provincial reviewer recorded it (tools/document-pages.sh flow): done, partly,
    /// missed and moved months, catatan and reviews with kendala, tindak lanjut and tenggat.
    static func reviewerRecording() throws -> (Plan, Realisation) {
        let plan = try RealPlan.load()
        var r = Realisation()
        func set(_ row: RowID, _ months: [(Month, RealisationStatus, String?)]) {
            for (month, status, note) in months { r.cells[row, default: [:]][month] = CellRecord(status: status, note: note ?? "") }
        }
        set("1.1.1.1", [(.jan, .done, nil)])
        set("1.1.2.1", [(.jan, .done, "Kick off dipimpin Ketua, dihadiri 18 pegawai")])
        set("1.2.1.1", [(.jan, .done, nil), (.feb, .done, nil), (.mar, .partly, "Banner belum dicetak")])
        set("1.2.1.2", [(.jan, .done, nil), (.feb, .missed, "Operator website cuti"), (.mar, .partly, nil)])
        set("1.2.2.2", [(.jan, .done, nil), (.feb, .done, nil), (.mar, .done, nil)])
        set("1.3.1.2", [(.jan, .done, nil), (.feb, .partly, nil), (.mar, .done, nil)])
        set("1.3.1.3", [(.jan, .missed, nil), (.feb, .missed, nil), (.mar, .partly, "12 dari 20 ASN sudah lapor LHKASN")])
        set("1.3.1.4", [(.feb, .moved(.apr), "Menunggu format dari KPU RI")])
        set("2.5.1.1", [(.jan, .done, nil), (.feb, .partly, nil), (.mar, .missed, nil)])
        set("4.1.1.1", [(.jan, .done, nil), (.feb, .done, nil), (.mar, .partly, nil)])
        set("7.7.1.1", [(.jan, .done, nil), (.feb, .done, nil), (.mar, .missed, "Server e-LHKPN gangguan")])
        r.reviews["1.2.1.2"] = [1: Review(kendala: "Operator website cuti dan tidak ada pengganti", tindakLanjut: "Tunjuk operator cadangan",
                                          tenggat: "2022-04-15")]
        r.reviews["1.3.1.3"] = [1: Review(kendala: "ASN belum paham aplikasi SIHARKA", tindakLanjut: "Bimbingan teknis pengisian LHKASN",
                                          tenggat: "30 April 2022")]
        r.reviews["2.5.1.1"] = [1: Review(kendala: "Dokumen hukum belum dipindai", tindakLanjut: "Pemindaian arsip SK tahun 2019-2021")]
        r.reviews["7.7.1.1"] = [1: Review(kendala: "Server e-LHKPN gangguan pada akhir Maret", tindakLanjut: "Lapor ulang setelah server pulih",
                                          tenggat: "2022-04-08")]
        r.reviews["4.1.1.1"] = [1: Review(kendala: "", tindakLanjut: "Rapat pleno penetapan peta proses bisnis", tenggat: "2022-04-22")]
        return (plan, r)
    }

    /// The pairs of neighbouring numbered sheet rows holding the same NO. with no manual page break between them.
    static func cutsOffABreak(_ book: Workbook) -> [String] {
        // `<brk id="k">`: a page starts at 0-based row k, 1-based row k + 1.
        let breaks = Set(Workbook.matches(#"<brk id="([0-9]+)""#, in: book.sheet).compactMap { Int($0[1]) })
        let numbered = book.numbers.compactMap { ref, value -> (row: Int, value: Double)? in
            guard ref.first == "A", let row = Int(ref.dropFirst()) else { return nil }
            return (row, value)
        }.sorted { $0.row < $1.row }
        return zip(numbered, numbered.dropFirst()).compactMap { a, b in
            a.value == b.value && !breaks.contains(where: { $0 >= a.row && $0 < b.row }) ? "NO. \(Int(a.value)) rows \(a.row), \(b.row)" : nil
        }
    }

    /// The Laporan's workbook of each recording for TW I and the year, on F4 and A4 (as of March), with its report.
    static func laporanWorkbooks(_ recordings: [(String, (Plan, Realisation))]) throws
        -> [(name: String, report: MonevReport, book: Workbook)] {
        var out: [(name: String, report: MonevReport, book: Workbook)] = []
        for (name, (plan, r)) in recordings {
            for paper in [Paper.f4, .a4] {
                for period in [ReportPeriod.triwulan(1), .year] {
                    let tracker = ProgressTracker(plan: plan, marks: plan.rows.map(\.baseline), realisation: r)
                    let report = MonevReport(plan: plan, realisation: r, period: period, progress: tracker, asOf: .mar,
                                             signer: ReportSigner(), paper: paper)
                    out.append(("\(name), \(paper), \(period)", report, try Workbook(data: try MonevWorkbook.data(report))))
                }
            }
        }
        return out
    }

    func testEveryCutRowIsCutAtAPageBreak() throws {
        var cuts = 0
        for (name, _, book) in try Self.laporanWorkbooks([("area 1", try MonevReportTests.scenario()), ("reviewer", try Self.reviewerRecording()),
                                                          ("nothing recorded", (try RealPlan.load(), Realisation()))]) {
            XCTAssertEqual(Self.cutsOffABreak(book), [], name)
            cuts += book.cells.filter { $0.key.first == "D" && $0.value.hasPrefix("(lanjutan) ") }.count
        }
        XCTAssertGreaterThan(cuts, 4, "rows are cut at all")
    }
}
