import XCTest
import PlanModel
@testable import PlanFormats

/// Compares rows read by hand from the source decree (Fixtures/source-rows.csv, reasons in source-rows.md)
/// with the same rows of plan.json exported to CSV.
final class SourceFixtureTests: XCTestCase {
    /// The fixture's lines after the header, keyed by ID (the text before the first comma).
    func fixtureLines() throws -> [(id: String, line: String)] {
        let text = try Support.fixture("source-rows", "csv")
        XCTAssertTrue(text.hasSuffix("\r\n"), "fixture lines end in CRLF like the export")
        let lines = text.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        XCTAssertEqual(lines.first, "ID," + PlanColumns.table.joined(separator: ","))
        return lines.dropFirst().map { line in (String(line.prefix { $0 != "," }), line) }
    }

    func testFixtureIsLargeAndWellFormed() throws {
        let rows = try fixtureLines()
        XCTAssertGreaterThanOrEqual(rows.count, 20)
        XCTAssertEqual(Set(rows.map(\.id)).count, rows.count, "fixture IDs are unique")
        // Every line has the export's 19 cells, and month cells hold √ or nothing.
        let text = try Support.fixture("source-rows", "csv")
        let records = try CSVRecords.parse(Substring(text).unicodeScalars, delimiter: ",", file: "source-rows.csv")
        XCTAssertEqual(records.count, rows.count + 1)
        for record in records {
            XCTAssertEqual(record.fields.count, 19, "line \(record.line)")
            guard record.line > 1, record.fields.count == 19 else { continue }
            for cell in record.fields[6..<18] { XCTAssertTrue(cell == "" || cell == "√", "line \(record.line): \(cell)") }
        }
        let notes = try Support.fixture("source-rows", "md")
        for row in rows {
            XCTAssertTrue(notes.contains("`\(row.id)` — source line"), "source-rows.md explains \(row.id)")
        }
    }

    func testEachFixtureRowMatchesTheExportOfPlanJSON() throws {
        let plan = try Support.realPlan()
        let csv = CSVExport.csv(plan: plan, includeIDs: true, byteOrderMark: false)
        var exported: [String: String] = [:]
        for line in csv.components(separatedBy: "\r\n").dropFirst() where !line.isEmpty {
            exported[String(line.prefix { $0 != "," })] = line
        }
        XCTAssertEqual(exported.count, plan.rows.count, "no row of plan.json holds a line break, so lines are rows")
        var mismatches = 0
        for (id, expected) in try fixtureLines() {
            guard let actual = exported[id] else {
                XCTFail("row \(id) is not in plan.json\n  source:    \(expected)")
                mismatches += 1
                continue
            }
            if actual != expected {
                mismatches += 1
                XCTFail("row \(id) differs from the source reading\n  source:    \(expected)\n  plan.json: \(actual)\n  cells:     \(diff(expected, actual))")
            }
        }
        print("source fixture: \(mismatches) of \(try fixtureLines().count) rows differ from plan.json")
    }

    /// The columns whose values differ, as `NAME: source → plan.json`.
    func diff(_ a: String, _ b: String) -> String {
        let names = PlanColumns.header(includeIDs: true)
        guard let x = try? CSVRecords.parse(Substring(a).unicodeScalars, delimiter: ",", file: "").first?.fields,
              let y = try? CSVRecords.parse(Substring(b).unicodeScalars, delimiter: ",", file: "").first?.fields,
              x.count == names.count, y.count == names.count else { return "(column counts differ)" }
        return names.indices.filter { x[$0] != y[$0] }.map { i in
            "\(names[i]): \"\(x[i].prefix(60))\" → \"\(y[i].prefix(60))\""
        }.joined(separator: "; ")
    }
}
