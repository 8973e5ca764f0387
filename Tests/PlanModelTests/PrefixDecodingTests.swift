import PlanModel
import XCTest

/// `decodePrefix`: the first rows of a large plan, read from the beginning of its file, to show while the
/// whole file loads. They must be exactly the whole plan's first rows.
final class PrefixDecodingTests: XCTestCase {
    private func assertSameRows(_ prefix: Plan, _ whole: Plan, count: Int, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(prefix.rows.count, count, file: file, line: line)
        XCTAssertEqual(prefix.rows, Array(whole.rows.prefix(count)), file: file, line: line)
        XCTAssertEqual(prefix.document, whole.document, file: file, line: line)
    }

    func testTheFirstRowsOfTheRealPlanAreItsRows() throws {
        let bytes = Array(try Data(contentsOf: RealPlan.url))
        let whole = try PlanDecoder.decode(bytes, file: "plan.json")
        for count in [1, 2, 17, 50, 123] {
            let prefix = try XCTUnwrap(PlanDecoder.decodePrefix(bytes, rows: count), "\(count) rows")
            assertSameRows(prefix, whole, count: count)
        }
        XCTAssertNil(PlanDecoder.decodePrefix(bytes, rows: whole.rows.count + 1), "more rows than the plan has")
        XCTAssertNil(PlanDecoder.decodePrefix(bytes, rows: 0))
    }

    func testTheBeginningOfALargeFileIsEnough() throws {
        let whole = SyntheticPlan.generate(rows: 5_000, seed: 7)
        let bytes = Array(PlanEncoder.json(whole).utf8)
        // Cut anywhere after the 300th row, even inside a string or a multi-byte character: the rows are the same.
        let cut = Array(bytes.prefix(bytes.count / 4))
        let prefix = try XCTUnwrap(PlanDecoder.decodePrefix(cut, rows: 300))
        assertSameRows(prefix, whole, count: 300)
        for end in stride(from: cut.count - 40, to: cut.count, by: 1) {
            XCTAssertNotNil(PlanDecoder.decodePrefix(Array(bytes.prefix(end)), rows: 300), "cut at \(end)")
        }
    }

    func testTooFewBytesOrBrokenBytesGiveNoPreview() throws {
        let bytes = Array(PlanEncoder.json(SyntheticPlan.generate(rows: 2_000, seed: 3)).utf8)
        XCTAssertNil(PlanDecoder.decodePrefix(Array(bytes.prefix(2_000)), rows: 300), "the cut comes before row 300")
        var broken = bytes
        broken[broken.count / 2] = 0xFF
        XCTAssertNil(PlanDecoder.decodePrefix(broken, rows: 10), "bytes that are not UTF-8 anywhere in what was read")
        XCTAssertNotNil(PlanDecoder.decodePrefix(Array(broken.prefix(broken.count / 2)), rows: 10), "…read only up to them")
    }

    func testADocumentAfterTheAreasGivesNoPreview() throws {
        let json = #"{"areas": [{"number": 1, "name": "A", "kegiatan": [{"title": "K", "subKegiatan": [{"title": "S", "indikator": [{"text": "t", "months": ["Jan"]}, {"text": "u", "months": []}]}]}]}], "document": {"title": "T", "year": 2022}}"#
        XCTAssertNil(PlanDecoder.decodePrefix(Array(json.utf8), rows: 1))
        XCTAssertEqual(try PlanDecoder.decode(Array(json.utf8), file: "p.json").rows.count, 2, "the whole file is fine")
    }

    func testAnErrorInTheFirstRowsGivesNoPreview() throws {
        let json = #"{"document": {"title": "T", "year": 2022}, "areas": [{"number": 1, "name": "A", "kegiatan": [{"title": "K", "subKegiatan": [{"title": "S", "indikator": [{"text": "t", "months": ["Dez"]}, {"text": "u", "months": []}]}]}]}]}"#
        XCTAssertNil(PlanDecoder.decodePrefix(Array(json.utf8), rows: 2))
    }
}
