import Foundation
import PlanModel
import XCTest

/// The one date parser (issue 20) and the one evidence check.
final class CalendarDateTests: XCTestCase {
    func testBothFormsParseToTheStoredFormAndPrintInIndonesian() {
        for (text, stored, indonesian) in [("2022-04-08", "2022-04-08", "8 April 2022"), ("8 April 2022", "2022-04-08", "8 April 2022"),
                                           ("08 april 2022", "2022-04-08", "8 April 2022"), (" 31 DESEMBER 2022 ", "2022-12-31", "31 Desember 2022"),
                                           ("29 Februari 2024", "2024-02-29", "29 Februari 2024"), ("2000-02-29", "2000-02-29", "29 Februari 2000")] {
            let date = CalendarDate(parsing: text)
            XCTAssertEqual(date?.stored, stored, text)
            XCTAssertEqual(date?.indonesian, indonesian, text)
        }
    }

    func testImpossibleDaysAndOtherTextsAreRefused() {
        for text in ["2022-02-30", "2022-04-31", "2023-02-29", "1900-02-29", "2022-13-01", "2022-00-10", "2022-01-00", "banana",
                     "kemarin", "08-04-2022", "2022-4-8", "2022/04/08", "8 Apr 2022", "8 April", "31 Juni 2022", "8 April 22",
                     "", "٨ April 2022", "+8 April 2022", "2022-04-08T00:00", "8  April  2022x"] {
            XCTAssertNil(CalendarDate(parsing: text), text)
        }
        XCTAssertNil(CalendarDate(stored: "8 April 2022"), "the stored form is YYYY-MM-DD only")
        XCTAssertEqual(CalendarDate.indonesian("2022-04-31"), "2022-04-31", "an old journal's impossible date is shown as written")
        XCTAssertEqual(CalendarDate.indonesian("2022-04-30"), "30 April 2022")
    }

    func testEvidenceIsAnExistingRegularFileOrAWebLink() throws {
        for url in ["https://kpu.go.id/sk.pdf", "http://10.0.0.1:8080/x", "HTTPS://A.B", "https://user@host/p", "https://[::1]/"] {
            XCTAssertNil(EvidenceCheck.problem(.url(url), resolvingFrom: "/"), url)
        }
        for url in ["notaurl", "ftp://x", "javascript:alert(1)", "file:///etc/passwd", "https://", "http:///x", "https://a b",
                    "https://x\u{1B}[2J", "https://:80/"] {
            XCTAssertEqual(EvidenceCheck.problem(.url(url), resolvingFrom: "/"), .badURL(url), url)
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("evidence-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("map"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("x".utf8).write(to: folder.appendingPathComponent("sk.pdf"))
        XCTAssertNil(EvidenceCheck.problem(.file("sk.pdf"), resolvingFrom: folder.path))
        XCTAssertNil(EvidenceCheck.problem(.file(folder.appendingPathComponent("sk.pdf").path), resolvingFrom: "/nowhere"))
        XCTAssertEqual(EvidenceCheck.problem(.file("map"), resolvingFrom: folder.path), .notRegularFile("map"))
        XCTAssertEqual(EvidenceCheck.problem(.file("/dev/null"), resolvingFrom: folder.path), .notRegularFile("/dev/null"))
        XCTAssertEqual(EvidenceCheck.problem(.file("hilang.pdf"), resolvingFrom: folder.path), .missingFile("hilang.pdf"))
        XCTAssertEqual(EvidenceCheck.problem(.file(""), resolvingFrom: folder.path), .missingFile(""))
    }
}
