import PlanModel
import XCTest

/// The reader's fast paths (eight-byte string scan, words matched as packed integers, runs of indentation)
/// must read exactly what the plain byte-by-byte rules read.
final class JSONReaderTests: XCTestCase {
    private func strings(_ json: String) throws -> [String] {
        guard case .array(let items) = try JSONParser.parse(Array(json.utf8)).kind else { return [] }
        return items.map { item in
            if case .string(let text) = item.kind { return text }
            return "<not a string>"
        }
    }

    /// A stop byte (quote, backslash, control character) at every position of an eight-byte block,
    /// after ASCII and after multi-byte characters whose bytes look like control characters with the high bit cleared.
    func testStringScanFindsEveryStopByteAtEveryPosition() throws {
        for prefix in ["", "a", "…", "é", "\u{0085}", "x…y"] {
            for length in 0..<20 {
                let body = prefix + String(repeating: "k", count: length)
                XCTAssertEqual(try strings("[\"\(body)\"]"), [body], "closing quote after \(body.utf8.count) bytes")
                XCTAssertEqual(try strings("[\"\(body)\\\"z\"]"), [body + "\"z"], "escaped quote")
                XCTAssertEqual(try strings("[\"\(body)\\\\\"]"), [body + "\\"], "escaped backslash")
                XCTAssertThrowsError(try JSONParser.parse(Array("[\"\(body)\n\"]".utf8)), "raw line break after \(body)") { error in
                    XCTAssertEqual((error as? JSONSyntaxError)?.offset, 2 + body.utf8.count)
                }
                XCTAssertThrowsError(try JSONParser.parse(Array("[\"\(body)\u{1F}x\"]".utf8)), "raw control character") { error in
                    XCTAssertEqual((error as? JSONSyntaxError)?.offset, 2 + body.utf8.count)
                }
            }
        }
    }

    func testNonASCIITextIsReadIntact() throws {
        let text = "Penyusunan SOP — “Zona Integritas” … ✓ 𝔸 \u{0085}\u{00A0}ñ"
        XCTAssertEqual(try strings("[\"\(text)\", \"\(text)\(text)\"]"), [text, text + text])
    }

    func testWordsAreMatchedWholeNotByPrefix() throws {
        let months = JSONReader.Vocabulary(Month.labels)
        func read(_ json: String) throws -> JSONReader.Word {
            try JSONReader.read(Array(json.utf8)) { (reader: inout JSONReader) throws(JSONSyntaxError) -> JSONReader.Word in
                let word = try reader.readWord(in: months)
                try reader.end()
                return word
            }
        }
        // Long padding after the value so the sixteen-byte fast path is taken, and none near the end.
        let pad = String(repeating: " ", count: 20)
        for (index, label) in Month.labels.enumerated() {
            XCTAssertEqual(try read("\"\(label)\"" + pad), .known(index))
            XCTAssertEqual(try read("\"\(label)\""), .known(index), "near the end of the bytes")
        }
        XCTAssertEqual(try read("\"Jann\"" + pad), .other("Jann"))
        XCTAssertEqual(try read("\"Ja\"" + pad), .other("Ja"))
        XCTAssertEqual(try read("\"\"" + pad), .other(""))
        XCTAssertEqual(try read("\"jan\"" + pad), .other("jan"))
        XCTAssertEqual(try read("\"J\\u0061n\"" + pad), .known(0), "an escaped spelling is the same word")
    }

    func testKeysOfSixteenBytesAndLongerAreTold() throws {
        let keys = JSONReader.Vocabulary(["id", "exactlySixteen16", "seventeen-bytes-x", "institution"])
        let json = #"{"exactlySixteen16": 1, "seventeen-bytes-x": 2, "institution": 3, "id": 4, "idx": 5, "institutionX": 6}"#
        let found = try JSONReader.read(Array(json.utf8)) { (reader: inout JSONReader) throws(JSONSyntaxError) -> [JSONReader.Word] in
            var found: [JSONReader.Word] = []
            try reader.beginObject()
            while let key = try reader.nextKey(in: keys) {
                found.append(key)
                try reader.skipValue()
            }
            return found
        }
        // (A word over 16 bytes takes the slow path, and is still found.)
        XCTAssertEqual(found, [.known(1), .known(2), .known(3), .known(0), .other("idx"), .other("institutionX")])
    }

    func testEscapedSpellingOfAKnownKeyStillCounts() throws {
        let json = #"{"document": {"t\u0069tle": "T", "year": 2022}, "areas": [{"number": 1, "name": "A", "kegiatan": [{"title": "K", "subKegiatan": [{"title": "S", "indikator": [{"te\u0078t": "t", "months": ["Jan"]}]}]}]}]}"#
        let plan = try PlanDecoder.decode(Array(json.utf8), file: "p.json")
        XCTAssertEqual(plan.document.title, "T")
        XCTAssertEqual(plan.rows.first?.indikator, "t")
        XCTAssertEqual(plan.rows.first?.baseline, MonthSet([.jan]))
    }

    func testIndentationOfAnyLengthIsSkipped() throws {
        for width in [0, 1, 7, 8, 9, 15, 16, 17, 33] {
            let space = String(repeating: " ", count: width)
            let json = "[\n\(space)\"a\",\(space)\n\t\r\(space)\"b\"\(space)\n]\(space)"
            XCTAssertEqual(try strings(json), ["a", "b"], "indentation of \(width)")
        }
    }
}
