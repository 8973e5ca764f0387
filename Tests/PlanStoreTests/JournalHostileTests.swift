import Foundation
import PlanModel
@testable import PlanStore
import XCTest

/// Hostile v2 entries of every new kind are refused with one line naming the file and the line; the file is left alone.
final class JournalHostileTests: StoreTestCase {
    private var header: String { hostileHeader }
    private var head: String { hostileHead }

    func testEachNewKindRefusesItsHostileShapes() throws {
        let long = String(repeating: "x", count: 10_001)
        let cases: [(String, String)] = [
            (#""kind":"status","row":"1.1.1.1","month":"Jan","old":"","new":"finished""#, #"unknown status "finished" (expected "", done, partly, missed or moved:<Mon>)"#),
            (#""kind":"status","row":"1.1.1.1","month":"Jan","old":"","new":true"#, #""new" must be a string"#),
            (#""kind":"date","row":"1.1.1.1","month":"Jan","old":"","new":"31/01/2026""#, #""new" must be a date like 2026-01-31, or empty"#),
            (#""kind":"note","row":"1.1.1.1","month":"Jan","old":"","new":"\#(long)""#, #""new" is longer than 10000 characters"#),
            (#""kind":"note","row":"1.1.1.1","month":"J\u001b[2Jan","old":"","new":"x""#, #"unknown month "J\u{1B}[2Jan""#),
            (#""kind":"pj","row":"1.1\u001b]52;c;eA==\u0007","old":"","new":"x""#, #""row" must be a row id: 1–64 characters, no spaces, control characters or bidirectional overrides"#),
            (#""kind":"evidence-add","evidence":{"id":"e-1","row":"1.1.1.1","type":"Video","title":"","number":"","date":"","path":"a"}"#, #""type" has a value this version does not know"#),
            (#""kind":"evidence-add","evidence":{"id":"e-1","row":"1.1.1.1","type":"SK","title":"","number":"","date":""}"#, #"evidence must have either "path" or "url""#),
            (#""kind":"evidence-remove","evidence":"e-1""#, #""evidence" must be an object"#),
            (#""kind":"review","row":"1.1.1.1","tw":5,"field":"kendala","old":"","new":"x""#, #""tw" must be 1, 2, 3 or 4"#),
            (#""kind":"review","row":"1.1.1.1","tw":1,"field":"catatan","old":"","new":"x""#, #""field" has a value this version does not know"#),
            (#""kind":"signer","field":"nip","old":"","new":7"#, #""new" must be a string"#),
            (#""kind":"edit","row":"1.1.1.1","field":"indikator","old":"","new":"\#(long)""#, #""new" is longer than 10000 characters"#),
            (#""kind":"document","field":"year","old":2022,"new":"2023""#, #""old" must be a string"#),
            (#""kind":"add","row":"","after":"1.1.1.1","level":"indikator","text":"","months":[],"ket":"""#, #""row" must not be empty"#),
            (#""kind":"add","row":"r-1","after":"1.1.1.1","level":"indikator","text":"","months":["Jan","13"],"ket":"""#, #"unknown month "13""#),
            (#""kind":"remove","rows":["1.1.1.2"],"level":"indikator","snapshot":{"id":"1.1.1.1","text":"","months":[],"ket":""}"#, #""snapshot" does not hold exactly the rows of "rows""#),
            (#""kind":"remove","rows":[],"level":"indikator","snapshot":{}"#, #""rows" must be a list"#),
            (#""kind":"move","row":"1.1.1.1","level":"indikator","direction":"sideways""#, #""direction" has a value this version does not know"#),
            (#""kind":"undo","undoes":1,"target":"not-an-id""#, #""id" must be 32 lowercase hex digits (or v1-<seq>)"#),
            (#""kind":"teleport","row":"1.1.1.1""#, #"unknown kind "teleport" (expected one of: set, undo, redo, status, date, note, pj, evidence-add, evidence-remove, review, signer, edit, document, add, remove, move)"#),
        ]
        for (body, message) in cases {
            let error = try refusal(body)
            XCTAssertEqual(error, "\(stateURL.path): line 2: \(message)", body.prefix(80).description)
            XCTAssertEqual(error?.contains("\n"), false)
            XCTAssertEqual(error?.unicodeScalars.contains { $0.value < 0x20 }, false, "no control reaches the message")
        }
    }

    func testABadEntryIDIsRefused() throws {
        let text = header + "\n" + #"{"seq":1,"id":"XYZ","at":"2026-01-05T08:00:00Z","by":"ani","kind":"pj","row":"1.1.1.1","old":"","new":"x"}"# + "\n"
        try Data(text.utf8).write(to: stateURL)
        XCTAssertThrowsError(try open()) { error in
            XCTAssertEqual(String(describing: error), "\(stateURL.path): line 2: \"id\" must be 32 lowercase hex digits (or v1-<seq>)")
        }
    }

    func testATornLastLineIsCutOnlyAfterAValidHeader() throws {
        // A file without a newline that is not a torn header of ours (a minified plan) is refused, never truncated.
        let text = #"{"format":"rencana-plan","version":1,"document":{},"areas":[]}"#
        try Data(text.utf8).write(to: stateURL)
        XCTAssertThrowsError(try open()) { error in
            XCTAssertEqual(String(describing: error),
                           "\(stateURL.path): is not a Rencana state file (its first line is not a state header); it was left untouched")
        }
        XCTAssertEqual(try String(contentsOf: stateURL, encoding: .utf8), text)
    }
}
