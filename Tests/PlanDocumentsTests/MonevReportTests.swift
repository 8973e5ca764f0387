import Foundation
import XCTest
import PlanDocuments
import PlanModel

/// The Laporan Monev built from a recorded Triwulan I of area 1 on the real plan, with the progress given
/// by a small reference computation (the monitoring engineers' computation replaces it when it lands).
final class MonevReportTests: XCTestCase {
    /// TW I of area 1 as a Tim RB would record it.
    static func scenario() throws -> (Plan, Realisation) {
        let plan = try RealPlan.load()
        var r = Realisation()
        r.cells["1.1.1.1"] = [.jan: CellRecord(status: .done, date: "2022-01-20")]
        r.cells["1.1.2.1"] = [.jan: CellRecord(status: .done)]
        r.cells["1.2.1.1"] = [.jan: CellRecord(status: .done), .feb: CellRecord(status: .partly),
                              .mar: CellRecord(status: .missed, note: "media belum siap")]
        r.cells["1.3.1.4"] = [.feb: CellRecord(status: .moved(.apr))]
        r.pj["1.1.1.1"] = "Kasubbag Umum"
        r.evidence = [
            Evidence(id: "e1", row: "1.1.1.1", month: .jan, kind: .sk, title: "Tim Reformasi Birokrasi", number: "2/ORT.07/9204/2022",
                     date: "2022-01-20", location: .file("bukti/sk-tim-rb.pdf")),
            Evidence(id: "e2", row: "1.1.2.1", month: .jan, kind: .foto, title: "Kick off RB", location: .url("https://example.org/foto")),
            Evidence(id: "e3", row: "1.1.1.1", month: .jul, kind: .laporan, title: "outside the period", location: .file("x.pdf")),
        ]
        r.reviews["1.2.1.1"] = [1: Review(kendala: "media belum siap", tindakLanjut: "cetak ulang", tenggat: "2022-04-08")]
        return (plan, r)
    }

    /// (done + ½ partly) ÷ due over planned months up to `until`; a moved month is due where it went.
    static func reference(_ plan: Plan, _ r: Realisation, until: Month) -> ProgressSource {
        @Sendable func figures(_ rows: [PlanRow], _ months: [Month]) -> ProgressFigures {
            var f = ProgressFigures()
            for row in rows {
                var due: [Month] = []
                for month in row.baseline where month <= until {
                    if case .moved(let to)? = r.record(row.id, month).status { if to <= until { due.append(to) } } else { due.append(month) }
                }
                for month in due where months.contains(month) {
                    f.due += 1
                    let hasEvidence = !r.evidence(of: row.id).filter { $0.month == nil || $0.month == month }.isEmpty
                    switch r.record(row.id, month).status {
                    case .done?: f.done += 1; if !hasEvidence { f.kurangBukti += 1 }
                    case .partly?: f.partly += 1; if !hasEvidence { f.kurangBukti += 1 }
                    case .missed?: f.missed += 1
                    default: f.overdue += 1
                    }
                }
            }
            f.capaian = f.due == 0 ? nil : (Double(f.done) + 0.5 * Double(f.partly)) / Double(f.due)
            return f
        }
        let rows = plan.rows
        return ProgressSource(row: { id, months in figures(rows.filter { $0.id == id }, months) },
                              area: { number, months in figures(rows.filter { $0.areaNumber == number }, months) },
                              plan: { months in figures(rows, months) })
    }

    func report(period: ReportPeriod = .triwulan(1), nip: String = "") throws -> MonevReport {
        try Self.makeReport(period: period, nip: nip)
    }

    static func makeReport(period: ReportPeriod = .triwulan(1), nip: String = "") throws -> MonevReport {
        let (plan, r) = try scenario()
        var signer = ReportSigner()
        signer.place = "Teminabuan"
        signer.date = "2022-04-08"
        signer.signer = "Yohanes Kambu"
        signer.signerTitle = "Sekretaris Komisi Pemilihan Umum Kabupaten Sorong Selatan"
        signer.nip = nip
        return MonevReport(plan: plan, realisation: r, period: period, progress: Self.reference(plan, r, until: .mar), signer: signer)
    }

    func cells(_ report: MonevReport, _ number: String, area: String) -> [String]? {
        var inArea = false
        for line in report.lines {
            switch line {
            case .area(let name): inArea = name.hasPrefix(area + ".")
            case .row(let n, _, _, let cells) where inArea && n == number: return cells
            default: continue
            }
        }
        return nil
    }

    func testTitleRowsAndOneLinePerIndicatorUnderItsArea() throws {
        let report = try report()
        XCTAssertEqual(report.title, ["LAPORAN MONITORING DAN EVALUASI RENCANA AKSI REFORMASI BIROKRASI",
                                      "SEKRETARIAT KOMISI PEMILIHAN UMUM KABUPATEN SORONG SELATAN",
                                      "TRIWULAN I TAHUN 2022 (JANUARI – MARET 2022)"])
        XCTAssertEqual(ReportPeriod.semester(2).heading(year: 2022), "SEMESTER II TAHUN 2022 (JULI – DESEMBER 2022)")
        XCTAssertEqual(report.lines.filter { if case .area = $0 { true } else { false } }.count, 8)
        XCTAssertEqual(report.lines.count, 8 + 124)
        XCTAssertEqual(report.lines.first, .area("1. Manajemen Perubahan"))
        XCTAssertEqual(report.columns, ["NO.", "KEGIATAN", "SUB KEGIATAN", "INDIKATOR KEBERHASILAN", "JADWAL", "REALISASI",
                                        "% CAPAIAN", "% KUMULATIF", "STATUS", "BUKTI DUKUNG", "KENDALA", "TINDAK LANJUT",
                                        "PENANGGUNG JAWAB", "TENGGAT", "KET."])
        XCTAssertEqual(try self.report(period: .year).columns[6...10], ["TW I", "TW II", "TW III", "TW IV", "% TAHUN"])
    }

    func testRowsShowScheduleRealisationFiguresStatusAndEvidence() throws {
        let report = try report()
        // cells: INDIKATOR, JADWAL, REALISASI, % CAPAIAN, % KUMULATIF, STATUS, BUKTI, KENDALA, TINDAK LANJUT, PJ, TENGGAT, KET.
        XCTAssertEqual(try XCTUnwrap(cells(report, "1", area: "1"))[1...9],
                       ["Jan", "Jan: Terlaksana", "100%", "100%", "Terlaksana",
                        "SK 2/ORT.07/9204/2022, 20 Januari 2022: Tim Reformasi Birokrasi", "", "", "Kasubbag Umum"])
        XCTAssertEqual(try XCTUnwrap(cells(report, "4", area: "1"))[1...10],
                       ["Jan, Feb, Mar", "Jan: Terlaksana; Feb: Terlaksana Sebagian; Mar: Tidak Terlaksana", "50%", "50%",
                        "Terlaksana Sebagian", "", "media belum siap", "cetak ulang", "", "8 April 2022"])
        XCTAssertEqual(try XCTUnwrap(cells(report, "11", area: "1"))[1...5],
                       ["Feb", "Feb: Digeser ke April", "–", "–", "Digeser ke April"], "1.3.1.4: nothing due in TW I")
        XCTAssertEqual(try XCTUnwrap(cells(report, "3", area: "1"))[1...5], ["–", "", "–", "–", "–"], "1.1.3.1: nothing planned")
        XCTAssertEqual(try XCTUnwrap(cells(report, "5", area: "1"))[5], "Belum Terlaksana")
        XCTAssertEqual(report.evidence.map(\.text), [
            "SK 2/ORT.07/9204/2022, 20 Januari 2022: Tim Reformasi Birokrasi (bukti/sk-tim-rb.pdf)",
            "Foto: Kick off RB (https://example.org/foto)",
        ], "each piece of the period once; July's is not in TW I")
    }

    /// Area 1, TW I, counted by hand: 22 planned months due (1.3.1.4's Feb moved to April), 3 done, 1 partly,
    /// 1 missed, 17 not recorded; (3 + ½) ÷ 22 = 15,9 %; 2 done/partly cells without evidence (1.2.1.1).
    func testTheSummaryAndEveryFormatPrintTheSameAreaFigures() throws {
        let report = try report()
        XCTAssertEqual(report.summary.count, 9)
        XCTAssertEqual(report.summary[0].cells, ["1. Manajemen Perubahan", "22", "3", "1", "1", "17", "15,9%", "2"])
        XCTAssertEqual(report.summary[1].cells[6], "0%")
        XCTAssertEqual(report.summary.last?.cells[0], "JUMLAH")
        let markdown = MonevReportText.markdown(report)
        XCTAssertTrue(markdown.contains("| 1. Manajemen Perubahan | 22 | 3 | 1 | 1 | 17 | 15,9% | 2 |"), markdown)
        let csv = MonevReportText.csv(report)
        XCTAssertTrue(csv.contains("\r\n1. Manajemen Perubahan,22,3,1,1,17,\"15,9%\",2\r\n"))
        let html = MonevReportHTML.html(report)
        XCTAssertTrue(html.contains("<tr><td>1. Manajemen Perubahan</td><td>22</td><td>3</td><td>1</td><td>1</td><td>17</td><td>15,9%</td><td>2</td></tr>"))
        for text in [markdown, csv, html] {
            XCTAssertTrue(text.contains("REKAPITULASI PER AREA"))
            XCTAssertTrue(text.contains("DAFTAR BUKTI DUKUNG"))
            XCTAssertTrue(text.contains("Teminabuan, 8 April 2022"))
            XCTAssertTrue(text.contains("YOHANES KAMBU"))
            XCTAssertFalse(text.contains("NIP"), "no NIP line when none is given")
        }
        XCTAssertTrue(MonevReportHTML.html(try self.report(nip: "197001012000031001")).contains("<p>NIP 197001012000031001</p>"))
        XCTAssertFalse(html.lowercased().contains("<script"))
    }

    func testNumbersAndDatesAreWrittenTheIndonesianWay() {
        XCTAssertEqual(IndonesianFormat.percent(0.875), "87,5%")
        XCTAssertEqual(IndonesianFormat.percent(1), "100%")
        XCTAssertEqual(IndonesianFormat.percent(0), "0%")
        XCTAssertEqual(IndonesianFormat.percent(nil), "–")
        XCTAssertEqual(IndonesianFormat.percent(2.0 / 3.0), "66,7%")
        XCTAssertEqual(IndonesianFormat.date("2022-04-08"), "8 April 2022")
        XCTAssertEqual(IndonesianFormat.date("26 Januari 2022"), "26 Januari 2022")
    }
}

import PlanXlsx

/// The Laporan Monev workbook, read back: the same figures as the other formats, merges as in the LAMPIRAN.
final class MonevWorkbookTests: XCTestCase {
    func testTheWorkbookHoldsTheSameAreaFiguresAndTheMerges() throws {
        let report = try MonevReportTests.makeReport()
        let book = try Workbook(data: try MonevWorkbook.data(report))
        // Title rows 1–3, header 5, numbering 6, the first area line at 7.
        XCTAssertEqual(book.cells["A1"], "LAPORAN MONITORING DAN EVALUASI RENCANA AKSI REFORMASI BIROKRASI")
        XCTAssertEqual(book.cells["A3"], "TRIWULAN I TAHUN 2022 (JANUARI – MARET 2022)")
        XCTAssertEqual((0..<15).map { book.cells[Workbook.ref($0, 4)] ?? "" }, report.columns)
        XCTAssertEqual(book.cells["A7"], "1. Manajemen Perubahan")
        XCTAssertTrue(book.merges.contains("A7:O7"), "the area line spans the table")
        // Area 1's kegiatan 1) spans its 3 rows (8–10), kegiatan 2) the next 4.
        XCTAssertTrue(book.merges.isSuperset(of: ["B8:B10", "B11:B14"]), "\(book.merges.sorted().prefix(12))")
        XCTAssertEqual(book.cells["G11"], "50%")
        XCTAssertEqual(book.cells["I11"], "Terlaksana Sebagian")
        let summary = try XCTUnwrap(book.cells.first { $0.value == "REKAPITULASI PER AREA" }?.key)
        let headingRow = try XCTUnwrap(Int(summary.dropFirst()))
        let firstArea = headingRow + 2 - 1  // 0-based row of area 1's line
        XCTAssertEqual((1...8).map { book.cells[Workbook.ref($0, firstArea)] ?? "" },
                       ["1. Manajemen Perubahan", "22", "3", "1", "1", "17", "15,9%", "2"])
        XCTAssertTrue(book.cells.values.contains("YOHANES KAMBU"))
        XCTAssertTrue(book.sheet.contains(#"orientation="landscape""#))
        XCTAssertFalse(book.sheet.contains("<f>"))
    }
}
