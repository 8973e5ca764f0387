import XCTest
import PlanModel
@testable import PlanFormats

final class MarkdownExportTests: XCTestCase {
    func tableLines(_ markdown: String) -> [String] {
        markdown.components(separatedBy: "\n").filter { $0.hasPrefix("|") }
    }

    func testTitleBlockHasTheDocumentFacts() {
        let md = MarkdownExport.markdown(plan: Support.smallPlan())
        XCTAssertTrue(md.hasPrefix("# Rencana Aksi \\| Uji\n\n"), String(md.prefix(80)))
        for fact in ["- **NOMOR:** 1/ORT.07/0000/2023", "- **TENTANG:** Rencana Aksi \\| Uji", "- **Unit:** Sekretariat",
                     "- **Tahun:** 2023", "- **Ditetapkan di:** Teminabuan", "- **Pada tanggal:** 2 Januari 2023",
                     "- **Penandatangan:** Ketua, Nama Penanda", "- **Instansi:** KPU Kabupaten Contoh"] {
            XCTAssertTrue(md.contains(fact + "\n"), "missing \(fact)")
        }
    }

    func testHeaderRowAndAlignment() {
        let lines = tableLines(MarkdownExport.markdown(plan: Support.smallPlan()))
        XCTAssertEqual(lines[0], "| NO | AREA PERUBAHAN | KEGIATAN | SUB KEGIATAN | INDIKATOR KEBERHASILAN | Jan | Feb | Mar | Apr | Mei | Jun | Jul | Ags | Sep | Okt | Nov | Des | KET |")
        XCTAssertEqual(lines[1], "|---|---|---|---|---|:-:|:-:|:-:|:-:|:-:|:-:|:-:|:-:|:-:|:-:|:-:|:-:|---|")
        let withIDs = tableLines(MarkdownExport.markdown(plan: Support.smallPlan(), includeIDs: true))
        XCTAssertTrue(withIDs[0].hasPrefix("| ID | NO | AREA PERUBAHAN |"))
        XCTAssertTrue(withIDs[2].hasPrefix("| 1.1.1.1 | 1 | Manajemen Perubahan |"), withIDs[2])
    }

    func testOneTableRowPerPlanRowWithMergedLook() {
        let plan = Support.smallPlan()
        let lines = tableLines(MarkdownExport.markdown(plan: plan))
        XCTAssertEqual(lines.count, 2 + plan.rows.count)
        XCTAssertEqual(lines[2], "| 1 | Manajemen Perubahan | 1) Perencanaan, tahap \"awal\" | 1) Tim RB | SK Tim | √ |  |  |  |  |  |  |  |  |  |  |  |  |")
        XCTAssertEqual(lines[3], "|  |  |  |  | Baris satu<br>Baris dua |  |  | √ |  |  | √ |  |  | √ |  |  | √ |  spasi depan |")
        XCTAssertEqual(lines[4], "|  |  |  | 2) Komitmen | a \\| b |  |  |  |  |  |  |  |  |  |  |  |  | Belum ada |")
        XCTAssertTrue(lines[5].hasPrefix("|  |  | 2) Pelaksanaan | 1) Sosialisasi | Media; daring | √ |"), lines[5])
        XCTAssertTrue(lines[6].hasPrefix("| 2 | Penataan | 1) Evaluasi | Pemetaan |  | √ |"), lines[6])
        for line in lines {
            XCTAssertEqual(line.filter { $0 == "|" }.count - line.components(separatedBy: "\\|").count + 1, 19, line)
        }
    }

    func testEscaping() {
        XCTAssertEqual(MarkdownExport.escape("a|b"), "a\\|b")
        XCTAssertEqual(MarkdownExport.escape("a\r\nb\nc\rd"), "a<br>b<br>c<br>d")
        XCTAssertEqual(MarkdownExport.escape("*x* _y_ `z` <br> [l] \\"), "\\*x\\* \\_y\\_ \\`z\\` \\<br> \\[l\\] \\\\")
        XCTAssertEqual(MarkdownExport.escape("Reward & Punishment, 100% √"), "Reward & Punishment, 100% √")
    }

    func testMarksReplaceTheBaseline() {
        let plan = Support.smallPlan()
        var marks = plan.baselineMarks
        marks[0] = MonthSet([.feb])
        let lines = tableLines(MarkdownExport.markdown(plan: plan, marks: marks))
        XCTAssertTrue(lines[2].hasSuffix("| SK Tim |  | √ |  |  |  |  |  |  |  |  |  |  |  |"), lines[2])
    }

    func testRealPlanRowCount() throws {
        let plan = try Support.realPlan()
        XCTAssertEqual(tableLines(MarkdownExport.markdown(plan: plan, includeIDs: true)).count, plan.rows.count + 2)
    }
}
