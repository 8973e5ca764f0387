import PlanModel
import XCTest
@testable import PlanFormats

/// Issue 20: no CSV cell carries a raw control or bidi character; each is written `\u{1B}` as the documents and the
/// terminal show it, and import undoes exactly that, so export → import → export is byte-identical.
final class SpreadsheetControlsTests: XCTestCase {
    /// Controls, bidi characters, CR and CRLF, and texts that already look like an escape.
    static let hostile = [
        "Rapat\u{1B}[2J ditunda", "\u{202E}fdp.exe", "a\u{2066}b\u{2069}", "baris\r\nbaru", "cr\ronly", "\r", "\u{85}next",
        "nul\u{0}", "del\u{7F}", "\u{FFFE}", "tab\tdi tengah", "garis\nbaru", "\\u{1B}", "\\u{5C}", "\\u{5C}u{1B}", "\\",
        "\\u{", "\\u{zz}", "\\u{110000}", "C:\\Dokumen\\u{laporan}", "\\\u{1B}", "=\u{1B}1", "\u{1B}=1", "'\u{202E}", "-\\u{2D}",
    ]

    func testControlsAndBidiAreWrittenVisiblyAndReadBackExactly() {
        for text in Self.hostile + FormulaInjectionTests.hostile {
            let cell = SpreadsheetText.neutralised(text)
            XCTAssertFalse(cell.unicodeScalars.contains { SpreadsheetText.isHidden($0) }, cell.debugDescription)
            XCTAssertEqual(SpreadsheetText.restored(cell), text, "\(text.debugDescription) → \(cell.debugDescription)")
        }
        XCTAssertEqual(SpreadsheetText.neutralised("a\u{1B}[2Jb"), "a\\u{1B}[2Jb")
        XCTAssertEqual(SpreadsheetText.neutralised("\u{202E}fdp.exe"), "\\u{202E}fdp.exe")
        XCTAssertEqual(SpreadsheetText.neutralised("baris\r\nbaru"), "baris\\u{D}\nbaru")
        XCTAssertEqual(SpreadsheetText.neutralised("\\u{1B}"), "\\u{5C}u{1B}", "a text's own escape-like backslash")
        XCTAssertEqual(SpreadsheetText.neutralised("C:\\Dokumen"), "C:\\Dokumen", "other backslashes as they are")
        XCTAssertEqual(SpreadsheetText.neutralised("=\u{1B}1"), "'=\\u{1B}1")
        XCTAssertEqual(SpreadsheetText.restored("\\u{zz}"), "\\u{zz}", "not an escape: kept")
        // What people read (report, progress): visible, and an escape already made is not escaped twice.
        XCTAssertEqual(SpreadsheetText.shown("a\u{1B}b \\u{1B}"), "a\\u{1B}b \\u{1B}")
        XCTAssertEqual(SpreadsheetText.shown("-\u{202E}"), "'-\\u{202E}")
    }

    private func plan(_ texts: [String]) -> Plan {
        Plan(document: DocumentInfo(title: "Uji", unit: "Unit", year: 2022), areas: [
            ChangeArea(number: 1, name: "Area\u{1B}]0;judul\u{7}", kegiatan: [
                Kegiatan(title: "Keg\u{202E}iatan", subKegiatan: [
                    SubKegiatan(title: "Sub\r\nkegiatan", indicators: texts.map { Indicator(text: "x" + $0, months: MonthSet([.jan]), ket: $0) }),
                ]),
            ]),
        ])
    }

    /// Every scalar of the CSV but LF and tab inside a quoted cell (and the line ends' CRLF) is printable.
    private func assertNoRawControls(_ csv: String, file: StaticString = #filePath, line: UInt = #line) {
        let raw = csv.replacingOccurrences(of: "\r\n", with: "").unicodeScalars.filter { SpreadsheetText.isHidden($0) }
        XCTAssertEqual(raw.map { String($0.value, radix: 16) }, [], file: file, line: line)
    }

    func testThePlanCSVRoundTripIsByteIdentical() throws {
        let original = plan(Self.hostile)
        for includeIDs in [true, false] {
            let csv = CSVExport.csv(plan: original, includeIDs: includeIDs)
            assertNoRawControls(csv)
            XCTAssertTrue(csv.contains("Area\\u{1B}]0;judul\\u{7}") && csv.contains("Keg\\u{202E}iatan"))
            let imported = try CSVImport.plan(fromCSV: csv, file: "uji.csv", document: original.document)
            XCTAssertEqual(imported.rows.map(\.ket), Self.hostile)
            XCTAssertEqual(imported.rows.first?.areaName, "Area\u{1B}]0;judul\u{7}")
            XCTAssertEqual(imported.rows.first?.subKegiatan, "Sub\r\nkegiatan")
            XCTAssertEqual(CSVExport.csv(plan: imported, includeIDs: includeIDs), csv)
        }
    }

    /// The walkthrough's case: a note with ESC and U+202E in `export --realisation --format csv`.
    func testTheRealisationCSVShowsANotesControlsVisibly() throws {
        let original = plan(["biasa"])
        var record = Realisation()
        record.cells[original.rows[0].id] = [.jan: CellRecord(status: .done, note: "Rapat\u{1B}[2J \u{202E}ditunda\u{2069}")]
        record.pj[original.rows[0].id] = "\u{202E}Kasubbag"
        let csv = RealisationExport.csv(plan: original, marks: nil, realisation: record)
        assertNoRawControls(csv)
        let line = try XCTUnwrap(csv.components(separatedBy: "\r\n").dropFirst().first)
        XCTAssertTrue(line.hasSuffix(",Terlaksana,,,,,,,,,,,,\\u{202E}Kasubbag,,Jan: Rapat\\u{1B}[2J \\u{202E}ditunda\\u{2069},0"), line)
        // Its plan columns are the plan CSV's, read back the same by import.
        let planPart = CSVExport.csv(plan: original)
        XCTAssertTrue(planPart.components(separatedBy: "\r\n")[1].hasPrefix(line.components(separatedBy: ",Terlaksana,")[0]))
    }
}
