import Foundation
@testable import PlanModel
import XCTest

/// The optional office code (kode satker) of a plan's document: read and written when present, a plan without it
/// written byte for byte as before, kept by the snapshot's binary form, and recorded as a `document` entry.
final class OfficeCodeTests: XCTestCase {
    func testAPlanWithoutACodeIsWrittenAsBeforeAndOneWithACodeKeepsIt() throws {
        let real = try Data(contentsOf: RealPlan.url)
        let plan = try RealPlan.plan()
        XCTAssertEqual(plan.document.code, "")
        XCTAssertFalse(PlanEncoder.json(plan).contains("\"code\""))
        var coded = plan
        coded.document.code = "049701"
        let json = PlanEncoder.json(coded)
        XCTAssertTrue(json.contains("    \"unit\": \"Sekretariat Komisi Pemilihan Umum Kabupaten Sorong Selatan\",\n    \"code\": \"049701\",\n"), json)
        let back = try PlanDecoder.decode(Array(json.utf8), file: "coded.json")
        XCTAssertEqual(back.document, coded.document)
        XCTAssertNotEqual(Array(json.utf8), Array(real))
        XCTAssertEqual(PlanEncoder.json(back), json)
    }

    func testTheBinaryFormKeepsTheCode() throws {
        var plan = try RealPlan.plan()
        plan.document.code = "049701"
        var w = ByteWriter(), t = ByteWriter()
        PlanCoding.write(plan, to: &w, texts: &t)
        let back = try w.bytes.withUnsafeBytes { structure throws -> Plan in
            try t.bytes.withUnsafeBytes { texts throws -> Plan in
                var r = ByteReader(structure)
                var textReader: ByteReader? = ByteReader(texts)
                return try PlanCoding.plan(from: &r, texts: &textReader)
            }
        }
        XCTAssertEqual(back.document.code, "049701")
        XCTAssertEqual(back.document, plan.document)
        XCTAssertEqual(back.rows.count, plan.rows.count)
    }

    func testADocumentEntrySetsTheCode() throws {
        var state = YearState(signed: try RealPlan.plan())
        XCTAssertEqual(state.current(DocumentField.code), "")
        state.apply(JournalEntry(seq: 1, id: "code-1", at: Date(timeIntervalSince1970: 0), by: "ani",
                                 change: .document(field: .code, old: "", new: "049701")))
        XCTAssertEqual(state.plan.document.code, "049701")
        XCTAssertEqual(state.current(DocumentField.code), "049701")
    }
}
