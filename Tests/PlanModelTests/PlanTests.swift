import PlanModel
import XCTest

final class PlanTests: XCTestCase {
    func testRowsFlattenTheHierarchyInDocumentOrder() throws {
        let plan = try SamplePlan.plan()
        XCTAssertEqual(plan.rows.map(\.id.rawValue), ["1.1.1.1", "1.1.1.2", "1.2.1.1", "custom-id"])
        let second = plan.rows[1]
        XCTAssertEqual(second.areaNumber, 1)
        XCTAssertEqual(second.areaName, "Manajemen Perubahan")
        XCTAssertEqual(second.kegiatan, "1) Perencanaan Reformasi Birokrasi")
        XCTAssertEqual(second.subKegiatan, "1) Pembentukan Tim")
        XCTAssertEqual(second.indikator, "Rencana Aksi Tahunan")
        XCTAssertEqual(second.ket, "Catatan")
        XCTAssertEqual(Array(second.baseline), [.jun, .des])
        XCTAssertFalse(second.isFirstInArea)
        XCTAssertFalse(second.isFirstInKegiatan)
        XCTAssertTrue(plan.rows[2].isFirstInKegiatan)
        XCTAssertTrue(plan.rows[3].isFirstInArea)
    }

    func testRowsAreFoundByID() throws {
        let plan = try SamplePlan.plan()
        XCTAssertEqual(plan.rowIndex(of: "custom-id"), 3)
        XCTAssertEqual(plan.row("1.2.1.1")?.indikator, "Média sosialisasi RB")
        XCTAssertNil(plan.row("2.1.1.1"), "an explicit id replaces the positional one")
    }

    func testFilterByOneOrSeveralAreas() throws {
        let plan = try SamplePlan.plan()
        XCTAssertEqual(plan.rowIndices(inAreas: [1]), [0, 1, 2])
        XCTAssertEqual(plan.rowIndices(inAreas: [2]), [3])
        XCTAssertEqual(plan.rowIndices(inAreas: [1, 2]), [0, 1, 2, 3])
        XCTAssertEqual(plan.rowIndices(inAreas: [3]), [], "an area without rows")
        XCTAssertEqual(plan.rowIndices(inAreas: []), [0, 1, 2, 3], "no areas means all")
    }

    func testSearchIgnoresCaseAndDiacriticsAcrossAllColumns() throws {
        let plan = try SamplePlan.plan()
        XCTAssertEqual(plan.rowIndices(matching: RowFilter(search: "media")), [2], "é matches e")
        XCTAssertEqual(plan.rowIndices(matching: RowFilter(search: "MÉDIA")), [2])
        XCTAssertEqual(plan.rowIndices(matching: RowFilter(search: "catatan")), [1], "KET is searched")
        XCTAssertEqual(plan.rowIndices(matching: RowFilter(search: "pembentukan tim")), [0, 1], "sub kegiatan")
        XCTAssertEqual(plan.rowIndices(matching: RowFilter(search: "peraturan")), [3], "area name")
        XCTAssertEqual(plan.rowIndices(matching: RowFilter(search: "custom-id")), [3], "the ID")
        XCTAssertEqual(plan.rowIndices(matching: RowFilter(areas: [1], search: "peraturan")), [])
        XCTAssertEqual(plan.rowIndices(matching: RowFilter(search: "tidak ada")), [])
    }

    func testTheIndexFindsWhatAPlainScanOfEveryColumnFinds() throws {
        let plan = try RealPlan.plan()
        let index = SearchIndex(plan: plan)
        for query in ["integritas", "LHKPN", "kpu ri", "e-lapkin", "menunggu", "1.2.1", "zona hijau", "ä", "x", "rb di"] {
            let folded = foldForSearch(query)
            let expected = plan.rows.indices.filter { i in
                ([plan.rows[i].id.rawValue] + plan.rows[i].texts).contains { foldForSearch($0).contains(folded) }
            }
            XCTAssertEqual(index.rows(matching: query, among: Array(plan.rows.indices)), expected, query)
        }
        XCTAssertEqual(index.rows(matching: "integritas", among: [0, 1, 2]), [], "only among the candidates")
        // Few candidates are checked one by one; the answer must be the same as the full scan's.
        let few = Array(stride(from: 0, to: plan.rows.count, by: 7))
        for query in ["integritas", "kpu", "lhk", "1.3", "unit/satuan", "zzz"] {
            let full = index.rows(matching: query, among: Array(plan.rows.indices))
            XCTAssertEqual(index.rows(matching: query, among: few), full.filter(few.contains), query)
        }
    }

    func testFoldingIsCaseAccentAndSpaceInsensitive() {
        XCTAssertEqual(foldForSearch("  Média\tSOSIALISASI  RB "), " media sosialisasi rb ")
        XCTAssertEqual(foldForSearch("ÉÈÊ"), "eee")
    }

    func testCountsPerAreaPerMonthAndInTotal() throws {
        let plan = try SamplePlan.plan()
        let counts = PlanCounts(plan: plan)
        XCTAssertEqual(counts.rows, 4)
        XCTAssertEqual(counts.kegiatan, 3)
        XCTAssertEqual(counts.scheduledMonths, 1 + 2 + 12 + 4)
        XCTAssertEqual(counts.perMonth[Month.jan.index], 2)
        XCTAssertEqual(counts.perMonth[Month.des.index], 3)
        XCTAssertEqual(counts.perMonth[Month.feb.index], 1)
        XCTAssertEqual(counts.areas.map(\.rows), [3, 1, 0])
        XCTAssertEqual(counts.areas.map(\.scheduledMonths), [15, 4, 0])
        var marks = plan.baselineMarks
        marks[0].insert(.feb)
        XCTAssertEqual(PlanCounts(plan: plan, marks: marks).perMonth[Month.feb.index], 2)
    }

    func testEncodingThenDecodingGivesTheSamePlan() throws {
        let plan = try SamplePlan.plan()
        let again = try PlanDecoder.decode(Array(PlanEncoder.json(plan).utf8), file: "again.json")
        XCTAssertEqual(again.rows, plan.rows)
        XCTAssertEqual(again.document, plan.document)
        var marks = plan.baselineMarks
        marks[3] = MonthSet([.feb])
        let changed = try PlanDecoder.decode(Array(PlanEncoder.json(plan, marks: marks).utf8), file: "c.json")
        XCTAssertEqual(Array(changed.rows[3].baseline), [.feb])
    }

    func testQuotingEscapesOnlyWhatJSONRequires() {
        XCTAssertEqual(PlanEncoder.quote("a \"b\" \\ √\n\u{1}"), "\"a \\\"b\\\" \\\\ √\\n\\u0001\"")
    }

    func testTextWidthCountsTerminalColumns() {
        XCTAssertEqual(TextWidth.of("Jan"), 3)
        XCTAssertEqual(TextWidth.of("√"), 1)
        XCTAssertEqual(TextWidth.of("日本"), 4)
        XCTAssertEqual(TextWidth.of("e\u{301}"), 1, "a combining accent takes no column")
        XCTAssertEqual(TextWidth.truncate("Manajemen Perubahan", to: 10), "Manajemen…")
        XCTAssertEqual(TextWidth.fit("ab", to: 4), "ab  ")
        XCTAssertEqual(TextWidth.truncate("日本語", to: 4), "日…")
        XCTAssertEqual(TextWidth.truncate("abc", to: 0), "")
    }
}
