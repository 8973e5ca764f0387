import Foundation
import PlanDocuments
import PlanModel
import PlanXlsx
import XCTest

/// The province's signed recap: its lines worked out by hand, and the same cells in the workbook and the page.
final class RollupRecapTests: XCTestCase {
    /// Two offices over areas 1 and 2 (the second office has nothing due in area 2), the province Σ/Σ.
    func recap(provinsi: String = "Papua Barat Daya", signerTitle: String = "") -> RollupRecap {
        let a = RollupRecap.Figures(name: "Komisi Pemilihan Umum Kabupaten Sorong", areas: [1: .init(due: 4, done: 3, partly: 1, kurangBukti: 1),
                                                                          2: .init(due: 2, done: 2)],
                                    total: .init(due: 6, done: 5, partly: 1, kurangBukti: 1), conflicts: 2)
        let b = RollupRecap.Figures(name: "=HYPERLINK(\"x\")", areas: [1: .init(due: 4, done: 1, missed: 3), 2: .init()],
                                    total: .init(due: 4, done: 1, missed: 3, kurangBukti: 2))
        let province = RollupRecap.Figures(name: "", areas: [1: a.areas[1]! + b.areas[1]!, 2: a.areas[2]! + b.areas[2]!],
                                           total: a.total + b.total, conflicts: 2)
        var signer = ReportSigner()
        signer.place = "Sorong"
        signer.date = "2022-04-08"
        signer.signer = "Nama Penandatangan"
        signer.signerTitle = signerTitle
        return RollupRecap(provinsi: provinsi, period: .triwulan(1), year: 2022,
                           areas: [(1, "Manajemen Perubahan"), (2, "Penataan Peraturan Perundang-undangan")],
                           offices: [a, b], province: province, signer: signer)
    }

    func testLinesAreTheOfficesFiguresAndTheProvinceIsSumOverSum() {
        let r = recap()
        XCTAssertEqual(r.title, ["REKAPITULASI MONITORING DAN EVALUASI RENCANA AKSI REFORMASI BIROKRASI",
                                 "KPU KABUPATEN/KOTA SE-PAPUA BARAT DAYA", "TRIWULAN I TAHUN 2022 (JANUARI – MARET 2022)"])
        XCTAssertEqual(r.columns, ["NO.", "SATUAN KERJA", "AREA 1 MANAJEMEN PERUBAHAN", "AREA 2 PENATAAN PERATURAN PERUNDANG-UNDANGAN",
                                   "% CAPAIAN TOTAL", "KURANG BUKTI", "KONFLIK"])
        XCTAssertEqual(r.lines.map(\.cells), [["1", "KPU Kabupaten Sorong", "87,5%", "100%", "91,7%", "1", "2"],
                                              ["2", "=HYPERLINK(\"x\")", "25%", "–", "25%", "2", "0"]])
        // Area 1: (3 + 1 + 0.5) / 8 = 56,25 → 56,3 %; the total (6 + 0.5) / 10 = 65 %, not the mean of 91,7 and 25.
        XCTAssertEqual(r.total.cells, ["", "JUMLAH (Σ/Σ)", "56,3%", "100%", "65%", "3", "2"])
        XCTAssertEqual(r.signature.placeAndDate, "Sorong, 8 April 2022")
        XCTAssertEqual(r.signature.title, ["SEKRETARIS KPU", "PROVINSI PAPUA BARAT DAYA"])
        XCTAssertEqual(r.signature.name, "NAMA PENANDATANGAN")
        XCTAssertEqual(recap(provinsi: "").title[1], "KPU KABUPATEN/KOTA")
        XCTAssertEqual(recap(provinsi: "", signerTitle: "Ketua KPU Provinsi Jawa Timur").signature.title, ["KETUA KPU", "PROVINSI JAWA TIMUR"])
        // Every column fits the page, and an area's heading is wide enough for its longest word.
        XCTAssertLessThanOrEqual(r.columnPoints.reduce(0, +), MonevLayout.printable(.f4) + 0.01)
    }

    func testTheWorkbookHoldsTheLinesAsNumbersAndQuotesAFormula() throws {
        let book = try Workbook(data: RollupWorkbook.data(recap()))
        XCTAssertEqual(book.cells["A1"], "REKAPITULASI MONITORING DAN EVALUASI RENCANA AKSI REFORMASI BIROKRASI")
        XCTAssertEqual(book.cells["A2"], "KPU KABUPATEN/KOTA SE-PAPUA BARAT DAYA")
        XCTAssertEqual(book.cells["C5"], "AREA 1 MANAJEMEN PERUBAHAN")
        XCTAssertEqual(book.numbers["C7"], 0.875)
        XCTAssertEqual(book.numberFormat(of: "C7"), "[$-421]0.0%")
        XCTAssertEqual(book.numbers["E7"].map { ($0 * 1000).rounded() }, 917)
        XCTAssertEqual(book.cells["B8"], "=HYPERLINK(\"x\")")
        XCTAssertTrue(book.format(of: "B8")?.contains("quotePrefix=\"1\"") ?? false, book.format(of: "B8") ?? "no format")
        XCTAssertEqual(book.cells["D8"], "–")
        XCTAssertEqual(book.cells["B9"], "JUMLAH (Σ/Σ)")
        XCTAssertEqual(book.numbers["E9"], 0.65)
        XCTAssertEqual(book.numbers["F9"], 3)
        XCTAssertEqual(book.numbers["G7"], 2)
        XCTAssertEqual(book.numbers["G9"], 2)
        XCTAssertTrue(book.cells.values.contains("NAMA PENANDATANGAN"))
        XCTAssertTrue(book.sheet.contains("<pageSetup") && book.sheet.contains("orientation=\"landscape\""), "landscape")
    }

    func testTheHTMLEscapesTheOfficesTextsAndRepeatsItsHeader() {
        let html = RollupRecapHTML.html(recap())
        XCTAssertTrue(html.contains("<td>=HYPERLINK(&quot;x&quot;)</td>"))
        XCTAssertTrue(html.contains("<tr class=\"total\"><td class=\"c\"></td><td>JUMLAH (Σ/<wbr>Σ)</td><td class=\"c\">56,3%</td>"))
        XCTAssertTrue(html.contains("thead { display: table-header-group; }"))
        XCTAssertTrue(html.contains("<p class=\"name\">NAMA PENANDATANGAN</p>"))
    }
}
