import XCTest
import PlanModel
@testable import PlanFormats

final class RoundTripTests: XCTestCase {
    func testCSVRoundTripWithoutIDs() throws {
        let plan = try Support.realPlan()
        let first = CSVExport.csv(plan: plan)
        let imported = try CSVImport.plan(fromCSV: first, file: "plan.csv", document: plan.document)
        let second = CSVExport.csv(plan: imported)
        XCTAssertEqual(first, second)
        XCTAssertEqual(imported.rows.count, plan.rows.count)
        // Without IDs the structure (and so every positional id) must come back too.
        XCTAssertEqual(imported.rows.map(\.position), plan.rows.map(\.position))
    }

    func testCSVRoundTripWithIDs() throws {
        let plan = try Support.realPlan()
        let first = CSVExport.csv(plan: plan, includeIDs: true)
        let imported = try CSVImport.plan(fromCSV: first, file: "plan.csv", document: plan.document)
        XCTAssertEqual(CSVExport.csv(plan: imported, includeIDs: true), first)
        XCTAssertEqual(Support.snapshot(imported), Support.snapshot(plan))
        XCTAssertEqual(imported.rows.map(\.id), plan.rows.map(\.id))
    }

    func testCSVRoundTripOfTheSmallPlanWithAwkwardText() throws {
        let plan = Support.smallPlan()
        for includeIDs in [false, true] {
            let first = CSVExport.csv(plan: plan, includeIDs: includeIDs)
            let imported = try CSVImport.plan(fromCSV: first, file: "s.csv", document: plan.document)
            XCTAssertEqual(CSVExport.csv(plan: imported, includeIDs: includeIDs), first)
        }
        let withIDs = try CSVImport.plan(fromCSV: CSVExport.csv(plan: plan, includeIDs: true), file: "s.csv")
        XCTAssertEqual(withIDs.row("X-1")?.indikator, "Media; daring", "explicit ids survive")
    }

    func testCSVRoundTripWithMarks() throws {
        let plan = try Support.realPlan()
        var marks = plan.baselineMarks
        marks[0].toggle(.okt)
        let csv = CSVExport.csv(plan: plan, marks: marks, includeIDs: true)
        let imported = try CSVImport.plan(fromCSV: csv, file: "m.csv", document: plan.document)
        XCTAssertEqual(imported.baselineMarks, marks)
    }

    func testMergedCellSpreadsheetImportsLikeTheRepeatedOne() throws {
        // Blank the parents under their first row, as a spreadsheet with merged cells saves them.
        let plan = try Support.realPlan()
        var lines = ["NO,AREA PERUBAHAN,KEGIATAN,SUB KEGIATAN,INDIKATOR KEBERHASILAN,Jan,Feb,Mar,Apr,Mei,Jun,Jul,Ags,Sep,Okt,Nov,Des,KET"]
        for row in plan.rows {
            var cells = PlanColumns.cells(of: row, months: nil, includeID: false)
            if !row.isFirstInArea { cells[0] = ""; cells[1] = "" }
            if !row.isFirstInKegiatan { cells[2] = "" }
            if !row.isFirstInSubKegiatan { cells[3] = "" }
            lines.append(cells.map(CSVExport.field).joined(separator: ";"))
        }
        let text = lines.joined(separator: "\n").replacingOccurrences(of: "KEBERHASILAN,", with: "KEBERHASILAN;")
            .replacingOccurrences(of: "NO,AREA PERUBAHAN,KEGIATAN,SUB KEGIATAN,", with: "NO;AREA PERUBAHAN;KEGIATAN;SUB KEGIATAN;")
            .replacingOccurrences(of: "Jan,Feb,Mar,Apr,Mei,Jun,Jul,Ags,Sep,Okt,Nov,Des,KET", with: "Jan;Feb;Mar;Apr;Mei;Jun;Jul;Ags;Sep;Okt;Nov;Des;KET")
        let imported = try CSVImport.plan(fromCSV: text, file: "merged.csv", document: plan.document)
        XCTAssertEqual(CSVExport.csv(plan: imported), CSVExport.csv(plan: plan))
    }

    func testJSONRoundTrip() throws {
        let plan = try Support.realPlan()
        let json = PlanEncoder.json(plan)
        let decoded = try PlanDecoder.decode(Array(json.utf8), file: "encoded.json")
        XCTAssertEqual(decoded.document, plan.document)
        XCTAssertEqual(decoded.areas, plan.areas)
        XCTAssertEqual(Support.snapshot(decoded), Support.snapshot(plan))
        XCTAssertEqual(decoded.rows, plan.rows)
        XCTAssertEqual(PlanEncoder.json(decoded), json, "encoding is stable")
    }
}
