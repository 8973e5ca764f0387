import Foundation
import XCTest
import PlanDocuments
import PlanExport
import PlanModel

/// The LAMPIRAN page of the real plan, parsed back: the same facts as the workbook.
final class LampiranHTMLTests: XCTestCase {
    func page(_ plan: Plan, paper: Paper = .f4, marks: [MonthSet]? = nil) throws -> String {
        String(decoding: try HTMLExporter().produce(ExportRequest(plan: plan, marks: marks, paper: paper)), as: UTF8.self)
    }

    func testRowspansCoverEveryAreaKegiatanAndSubKegiatan() throws {
        let plan = try RealPlan.load()
        let table = try HTMLTable(try page(plan), section: "tbody")
        XCTAssertEqual(table.rows.count, plan.rows.count)
        let grid = table.grid(columns: 18)
        for (column, runs) in [(0, RealPlan.areaRuns(plan)), (1, RealPlan.areaRuns(plan)),
                               (2, RealPlan.kegiatanRuns(plan)), (3, RealPlan.subRuns(plan))] {
            for run in runs {
                let row = plan.rows[run.first]
                for offset in 0..<run.count {
                    let slot = try XCTUnwrap(grid[run.first + offset][column], "row \(run.first + offset) column \(column)")
                    XCTAssertEqual(slot.origin, run.first, "row \(run.first + offset) column \(column) belongs to its group's cell")
                    XCTAssertEqual(slot.cell.rowSpan, run.count)
                    XCTAssertEqual(slot.cell.text, [String(row.areaNumber), row.areaName, row.kegiatan, row.subKegiatan][column])
                }
            }
        }
        for row in plan.rows {
            XCTAssertEqual(grid[row.index][4]?.cell.text, row.indikator)
            XCTAssertEqual(grid[row.index][17]?.cell.text, row.ket)
            XCTAssertEqual(grid[row.index][4]?.origin, row.index)
        }
    }

    func testKnownRowsHaveTheirMarks() throws {
        let plan = try RealPlan.load()
        let grid = try HTMLTable(try page(plan), section: "tbody").grid(columns: 18)
        for (id, months) in RealPlan.knownMonths {
            let row = try XCTUnwrap(plan.rowIndex(of: id))
            let marked = (0..<12).filter { grid[row][5 + $0]?.cell.text == "√" }.map { Month.labels[$0] }
            XCTAssertEqual(marked.joined(separator: " "), months, "\(id)")
        }
        XCTAssertEqual(grid.reduce(0) { $0 + $1.filter { $0?.cell.text == "√" }.count }, 806)
    }

    func testHeaderHeadingClosingAndPrintSetup() throws {
        let plan = try RealPlan.load()
        let html = try page(plan)
        let head = try HTMLTable(html, section: "thead")
        XCTAssertEqual(head.rows.map { $0.map(\.text) }, [
            ["NO.", "AREA PERUBAHAN", "KEGIATAN", "SUB KEGIATAN", "INDIKATOR KEBERHASILAN", "PELAKSANAAN (BULAN)", "KET."],
            Month.labels, (1...18).map(String.init),
        ])
        XCTAssertEqual(head.rows[0].map(\.rowSpan), [2, 2, 2, 2, 2, 1, 2])
        XCTAssertEqual(head.rows[0][5].colSpan, 12)
        XCTAssertTrue(html.contains("<p>LAMPIRAN KEPUTUSAN KOMISI PEMILIHAN UMUM KABUPATEN SORONG SELATAN</p>\n<p>NOMOR : 3/ORT.07/9204/2022</p>\n<p>TENTANG</p>"))
        XCTAssertTrue(html.contains("<h1>RENCANA AKSI REFORMASI BIROKRASI DI LINGKUNGAN SEKRETARIAT KOMISI PEMILIHAN UMUM KABUPATEN SORONG SELATAN TAHUN 2022</h1>"))
        XCTAssertTrue(html.contains("""
            <tr class="closing"><td colspan="18">
            <div class="closing">
            <table class="fields">
            <tr><td>Ditetapkan di</td><td class="colon">:</td><td>Teminabuan</td></tr>
            <tr><td>Pada tanggal</td><td class="colon">:</td><td>26 Januari 2022</td></tr>
            </table>
            <div class="space"></div>
            <p>KETUA KOMISI PEMILIHAN UMUM</p>
            <p>KABUPATEN SORONG SELATAN</p>
            <div class="sign"></div>
            <p class="name">ESTER HOMER</p>
            </div>
            </td></tr></tbody>
            </table>
            """), "the closing block is the last row of the rows kept together")
        XCTAssertTrue(html.contains("@page { size: 330mm 215mm;"))
        XCTAssertTrue(try page(plan, paper: .a4).contains("@page { size: 297mm 210mm;"))
        XCTAssertTrue(html.contains("thead { display: table-header-group; }"))
        XCTAssertTrue(html.contains(".closing { break-inside: avoid;"))
        XCTAssertTrue(html.contains("table.page { break-after: page;"), "one table a printed page")
        XCTAssertTrue(html.contains("@page :first { @bottom-center { content: \"\"; } }"), "page 1 unnumbered")
        // Every page margin box set (empty), so a browser prints none of its own date, title, address or page count.
        XCTAssertTrue(html.contains("@top-left { content: \"\"; } @top-center { content: \"\"; } @top-right { content: \"\"; }"))
        XCTAssertTrue(html.contains("@bottom-left { content: \"\"; } @bottom-right { content: \"\"; }"))
        XCTAssertFalse(String(decoding: try HTMLExporter().produce(ExportRequest(plan: plan, marks: nil, numberFirstPage: true)), as: UTF8.self)
            .contains("@page :first"))
        let salinan = String(decoding: try HTMLExporter().produce(
            ExportRequest(plan: plan, marks: nil, salinan: Lampiran.Salinan(document: plan.document, signerTitle: "Sekretaris,",
                                                                          signer: "Yohanes Kambu", nip: "197001012000031001"))), as: UTF8.self)
        XCTAssertTrue(salinan.contains("""
            <p class="ttd">Ttd.</p>
            <p class="name">ESTER HOMER</p>
            </div>
            <div class="salinan">
            <p>Salinan sesuai dengan aslinya</p>
            <p>Sekretariat Komisi Pemilihan Umum</p>
            <p>Kabupaten Sorong Selatan,</p>
            <p>Sekretaris,</p>
            <div class="sign"></div>
            <p>YOHANES KAMBU</p>
            <p>NIP 197001012000031001</p>
            </div>
            """), salinan)
        XCTAssertTrue(html.contains("font-family: \"Bookman Old Style\", \"URW Bookman\""))
        XCTAssertTrue(html.contains("serif;"))
        for outside in ["<script", "src=", "href=", "url(", "http:", "https:", "@import", "<link"] {
            XCTAssertFalse(html.lowercased().contains(outside), "self-contained: no \(outside)")
        }
    }

    func testTextIsEscapedAndControlsShown() throws {
        let hostile = Plan(document: DocumentInfo(institution: "A & B", title: "<b>x</b>", year: 2022, signer: "\"Q\" 'R'"), areas: [
            ChangeArea(number: 1, name: "<script>alert(1)</script>", kegiatan: [
                Kegiatan(title: "K\u{202E}gnp.exe", subKegiatan: [SubKegiatan(title: "line 1\nline 2", indicators: [
                    Indicator(text: "</td></tr></tbody><tr><td>", months: MonthSet([.jan])),
                ])]),
            ]),
        ])
        let html = try page(hostile)
        XCTAssertFalse(html.contains("<script>"))
        XCTAssertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        XCTAssertTrue(html.contains("LAMPIRAN KEPUTUSAN A &amp; B"))
        XCTAssertTrue(html.contains("&lt;B&gt;X&lt;/B&gt;"))
        XCTAssertTrue(html.contains("&quot;Q&quot; &#39;R&#39;"))
        XCTAssertTrue(html.contains("K\\u{202E}gnp.exe"))
        XCTAssertTrue(html.contains("line 1<br>line 2"))
        let table = try HTMLTable(html, section: "tbody")
        XCTAssertEqual(table.rows.count, 1)
        XCTAssertEqual(table.rows[0].count, 18)
    }
}

/// The line estimate that sizes the workbook's rows.
final class LampiranLayoutTests: XCTestCase {
    /// Widths of URW Bookman Light at 10 pt: `a` is 5.8 pt, a space 3.2 pt (both × the 3 % slack).
    func testLinesAreCountedAsWordWrapWould() {
        let a = 5.8 * TextMeasure.slack, space = 3.2 * TextMeasure.slack
        XCTAssertEqual(TextMeasure.lineCount("", points: 100, size: 10), 1)
        XCTAssertEqual(TextMeasure.lineCount("aaa aaa", points: 6 * a + space + 0.01, size: 10), 1)
        XCTAssertEqual(TextMeasure.lineCount("aaa aaa", points: 6 * a + space - 0.01, size: 10), 2)
        XCTAssertEqual(TextMeasure.lineCount("aaaaaaaaaaaaaaaa", points: 5 * a + 0.01, size: 10), 4, "a long word is broken")
        XCTAssertEqual(TextMeasure.lineCount("a\nb\n\nc", points: 100, size: 10), 4)
        XCTAssertEqual(TextMeasure.lineCount("aaaaa/aaaaa", points: 6 * a + 1, size: 10), 2, "a break after the slash, none inside")
        XCTAssertEqual(TextMeasure.lineCount("aaaaa-aaaaa", points: 6 * a + 1, size: 10), 2)
        XCTAssertEqual(DocumentText.breakable("Perundangan/Deregulasi 1/2 a/"), "Perundangan/\u{200B}Deregulasi 1/2 a/")
    }

    /// A row taller than Excel's 409 pt is shared out over more sheet rows: the text goes on, never cut.
    func testARowTallerThanASpreadsheetAllowsIsContinued() throws {
        let long = String(repeating: "kata panjang ", count: 400)
        let plan = Plan(document: DocumentInfo(title: "t", year: 2022), areas: [
            ChangeArea(number: 1, name: "A", kegiatan: [Kegiatan(title: "K", subKegiatan: [
                SubKegiatan(title: "S", indicators: [Indicator(text: long, months: MonthSet([.jan]))]),
            ])]),
        ])
        let parts = LampiranLayout.sheetRows(Lampiran(plan: plan).rows)[0]
        let lines = LampiranLayout.rowLines(Lampiran(plan: plan).rows)[0]
        XCTAssertGreaterThan(parts.count, 1)
        XCTAssertTrue(parts.allSatisfy { $0 <= LampiranLayout.maxRowHeight }, "\(parts)")
        XCTAssertGreaterThanOrEqual(parts.reduce(0, +), Double(lines) * LampiranLayout.lineHeight)
    }

    func testAMergedCellTallerThanItsRowsGrowsThem() throws {
        let long = Array(repeating: "kata", count: 60).joined(separator: " ")
        let plan = Plan(document: DocumentInfo(title: "t", year: 2022), areas: [
            ChangeArea(number: 1, name: "A", kegiatan: [Kegiatan(title: "K", subKegiatan: [
                SubKegiatan(title: long, indicators: [Indicator(text: "x", months: MonthSet()), Indicator(text: "y", months: MonthSet())]),
            ])]),
        ])
        let lines = LampiranLayout.rowLines(Lampiran(plan: plan).rows)
        let needed = LampiranLayout.lines(long, width: LampiranLayout.columnWidths[3])
        XCTAssertGreaterThan(needed, 4)
        XCTAssertEqual(lines.reduce(0, +), needed)
        XCTAssertLessThanOrEqual(abs(lines[0] - lines[1]), 1, "spread evenly")
    }
}
