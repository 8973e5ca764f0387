import PlanModel
import XCTest

/// Each malformed plan is refused with one line naming the file and where.
final class DecodingErrorTests: XCTestCase {
    private func message(_ text: String) -> String {
        message(Array(text.utf8))
    }

    private func message(_ bytes: [UInt8]) -> String {
        do {
            _ = try PlanDecoder.decode(bytes, file: "plan.json")
            return "decoded without error"
        } catch {
            return error.description
        }
    }

    /// A valid plan with `indicator` as its only indicator row, for errors deep in the tree.
    private func plan(area: String = #""number": 1, "name": "Area""#, indicator: String = #""text": "t", "months": ["Jan"]"#) -> String {
        """
        {"document": {"title": "T", "year": 2022},
         "areas": [{\(area), "kegiatan": [{"title": "K", "subKegiatan": [{"title": "S", "indikator": [
         {\(indicator)}]}]}]}]}
        """
    }

    func testEmptyFile() {
        XCTAssertEqual(message(""), "plan.json: the file is empty; expected a plan in JSON")
    }

    func testOnlyWhitespace() {
        XCTAssertEqual(message("  \n\t\n"), "plan.json: the file holds only whitespace; expected a plan in JSON")
    }

    func testSyntaxErrorGivesLineAndColumn() {
        XCTAssertEqual(message("{\n  \"document\": {\"title\": \"T\" \"year\": 2022}\n}"),
                       "plan.json: (line 2, column 29): expected ',' or '}' in an object, found '\"'")
    }

    func testTruncatedFile() {
        XCTAssertEqual(message("{\"document\": {\"title\": \"T\""), "plan.json: (line 1, column 27): the file ends inside an object")
    }

    func testTrailingGarbage() {
        XCTAssertEqual(message(plan() + " x"), "plan.json: (line 3, column 43): unexpected text after the end of the JSON value")
    }

    func testNotUTF8() {
        XCTAssertEqual(message([0x7B, 0x0A, 0x22, 0xFF, 0x22]), "plan.json: (line 2, column 2): not UTF-8 text (save the file as UTF-8)")
    }

    func testTopLevelArray() {
        XCTAssertEqual(message("[1, 2]"), "plan.json: (line 1, column 1): expected a plan (a JSON object), found an array")
    }

    func testMissingAreas() {
        XCTAssertEqual(message(#"{"document": {"title": "T", "year": 2022}}"#),
                       "plan.json: (line 1, column 1): a plan lacks the required key \"areas\"")
    }

    func testNoAreas() {
        XCTAssertEqual(message(#"{"document": {"title": "T", "year": 2022}, "areas": []}"#),
                       "plan.json: areas (line 1, column 53): the plan has no areas")
    }

    func testUnknownMonthGivesTheJSONPath() {
        XCTAssertEqual(message(plan(indicator: #""text": "t", "months": ["Jan", "Jux"]"#)),
                       "plan.json: areas[0].kegiatan[0].subKegiatan[0].indikator[0].months[1] (line 3, column 34): unknown month \"Jux\" (use Jan Feb Mar Apr Mei Jun Jul Ags Sep Okt Nov Des)")
    }

    func testMonthAsNumberIsAWrongType() {
        XCTAssertEqual(message(plan(indicator: #""text": "t", "months": [3]"#)),
                       "plan.json: areas[0].kegiatan[0].subKegiatan[0].indikator[0].months[0] (line 3, column 27): expected a month name such as \"Jan\", found a number")
    }

    func testMonthListedTwice() {
        XCTAssertTrue(message(plan(indicator: #""text": "t", "months": ["Mar", "maret"]"#))
            .hasSuffix("months[1] (line 3, column 34): month Mar is listed twice"))
    }

    func testEmptyAreaName() {
        XCTAssertEqual(message(plan(area: #""number": 1, "name": "  ""#)),
                       "plan.json: areas[0].name (line 2, column 34): must not be empty")
    }

    func testAreaNumbersMustRunInOrder() {
        XCTAssertEqual(message(plan(area: #""number": 2, "name": "A""#)),
                       "plan.json: areas[0].number (line 2, column 23): area numbers must run 1, 2, 3… in order; expected 1, found 2")
    }

    func testWrongTypeForText() {
        XCTAssertEqual(message(plan(indicator: #""text": 42, "months": []"#)),
                       "plan.json: areas[0].kegiatan[0].subKegiatan[0].indikator[0].text (line 3, column 11): expected a string, found a number")
    }

    func testDuplicateIDs() {
        let text = """
        {"document": {"title": "T", "year": 2022}, "areas": [{"number": 1, "name": "A", "kegiatan": [
         {"title": "K", "subKegiatan": [{"title": "S", "indikator": [
          {"id": "x1", "text": "a", "months": []}, {"id": "x1", "text": "b", "months": []}]}]}]}]}
        """
        XCTAssertEqual(message(text),
                       "plan.json: areas[0].kegiatan[0].subKegiatan[0].indikator[1].id (line 3, column 51): duplicate row id \"x1\" (already used by areas[0].kegiatan[0].subKegiatan[0].indikator[0])")
    }

    func testUnknownKeyIsATypo() {
        XCTAssertEqual(message(plan(indicator: #""text": "t", "month": ["Jan"]"#)),
                       "plan.json: areas[0].kegiatan[0].subKegiatan[0].indikator[0].month (line 3, column 25): unknown key \"month\" in an indicator row (known keys: text, months, id, ket)")
    }

    func testHugeNumberIsRefusedNotTrapped() {
        let digits = String(repeating: "9", count: 400)
        XCTAssertTrue(message(#"{"document": {"title": "T", "year": \#(digits)}, "areas": []}"#)
            .hasPrefix("plan.json: document.year (line 1, column 37): expected a whole number from 1 to 9999, found 99999999999999999999…"))
    }

    func testDeepNestingIsRefusedNotOverflowed() {
        let deep = String(repeating: "[", count: 100_000)
        XCTAssertEqual(message(#"{"x-deep": "# + deep), "plan.json: (line 1, column 75): nesting deeper than 64 levels")
        XCTAssertEqual(message(deep), "plan.json: (line 1, column 1): expected a plan (a JSON object), found an array")
    }

    func testNewerFormatVersion() {
        XCTAssertEqual(message(#"{"version": 7, "document": {"title": "T", "year": 2022}, "areas": []}"#),
                       "plan.json: version (line 1, column 13): format version 7 is newer than this rencana reads (1); update rencana")
    }

    func testNulByteOutsideAString() {
        XCTAssertEqual(message([0x7B, 0x00, 0x7D]), "plan.json: (line 1, column 2): expected a quoted key in an object, found a NUL byte")
    }

    func testByteOrderMarkIsTolerated() throws {
        let plan = try PlanDecoder.decode([0xEF, 0xBB, 0xBF] + Array(plan().utf8), file: "plan.json")
        XCTAssertEqual(plan.rows.count, 1)
    }
}
