import Foundation
import PlanModel
@testable import PlanStore
import XCTest

/// Hostile entries of the plan-edit kinds (edit, document, add, remove, move) are refused with one line naming
/// the file and the line, and the file is left untouched; an edit that no longer applies (its anchor is gone)
/// changes nothing and loses no row.
final class JournalEditHostileTests: StoreTestCase {
    private var header: String { hostileHeader }
    private var head: String { hostileHead }

    func testHostileEditEntriesAreRefusedWithOneLine() throws {
        let long = String(repeating: "é", count: 10_001)
        let snapshot = #"{"id":"1.1.1.1","text":"SK Tim","months":["Jan"],"ket":""}"#
        let cases: [(String, String)] = [
            // edit
            (#""kind":"edit","row":"1.1.1.1","field":"nip","old":"","new":"x""#, #""field" has a value this version does not know"#),
            (#""kind":"edit","row":"1.1.1.1","field":"indikator","old":"","new":5"#, #""new" must be a string"#),
            (#""kind":"edit","row":"1.1.1.1","field":["indikator"],"old":"","new":"x""#, #""field" must be a string"#),
            (#""kind":"edit","row":"1.1\u001b[2J","field":"ket","old":"","new":"x""#, #""row" must be a row id: 1–64 characters, no spaces, control characters or bidirectional overrides"#),
            (#""kind":"edit","row":"1.1.1.1\u202e","field":"ket","old":"","new":"x""#, #""row" must be a row id: 1–64 characters, no spaces, control characters or bidirectional overrides"#),
            (#""kind":"edit","row":"\#(String(repeating: "9", count: 65))","field":"ket","old":"","new":"x""#, #""row" must be a row id: 1–64 characters, no spaces, control characters or bidirectional overrides"#),
            (#""kind":"edit","row":"","field":"ket","old":"","new":"x""#, #""row" must not be empty"#),
            (#""kind":"edit","field":"ket","old":"","new":"x""#, #""row" must be a string"#),
            (#""kind":"edit","row":"1.1.1.1","field":"sub","old":"\#(long)","new":"x""#, #""old" is longer than 10000 characters"#),
            // document
            (#""kind":"document","field":"motto","old":"","new":"x""#, #""field" has a value this version does not know"#),
            (#""kind":"document","field":"title","old":"","new":"\#(long)""#, #""new" is longer than 10000 characters"#),
            (#""kind":"document","field":"year","old":"2022","new":null"#, #""new" must be a string"#),
            // add
            (#""kind":"add","row":"r-1","after":"1.1.1.1","level":"bab","text":"","months":[],"ket":"""#, #""level" has a value this version does not know"#),
            (#""kind":"add","row":"r-1\u0000","after":"1.1.1.1","level":"indikator","text":"","months":[],"ket":"""#, #""row" must be a row id: 1–64 characters, no spaces, control characters or bidirectional overrides"#),
            (#""kind":"add","row":"r-1","after":"1.1\u0007","level":"indikator","text":"","months":[],"ket":"""#, #""after" must be a row id: 1–64 characters, no spaces, control characters or bidirectional overrides"#),
            (#""kind":"add","row":"r-1","before":7,"level":"indikator","text":"","months":[],"ket":"""#, #""before" must be a string"#),
            (#""kind":"add","row":"r-1","after":"1.1.1.1","level":"indikator","text":"\#(long)","months":[],"ket":"""#, #""text" is longer than 10000 characters"#),
            (#""kind":"add","row":"r-1","after":"1.1.1.1","level":"indikator","text":"","months":"Jan","ket":"""#, #""months" must be a list"#),
            (#""kind":"add","row":"r-1","after":"1.1.1.1","level":"indikator","text":"","months":[1],"ket":"""#, #""months" must be a string"#),
            (#""kind":"add","row":"r-1","after":"1.1.1.1","level":"sub","text":"","months":[],"ket":"","sub":false"#, #""sub" must be a string"#),
            // remove
            (#""kind":"remove","rows":["1.1.1.1"],"level":"indikator","snapshot":"SK Tim""#, #""indikator" must be an object"#),
            (#""kind":"remove","rows":["1.1.1.1"],"level":"indikator""#, #""snapshot" must be an object"#),
            (#""kind":"remove","rows":["1.1.1.1"],"level":"indikator","snapshot":{"id":"1.1.1.1","months":["Jan"],"ket":""}"#, #""text" must be a string"#),
            (#""kind":"remove","rows":["1.1.1.1"],"level":"indikator","snapshot":{"id":"1.1.1.1","text":"","months":["Jan","Undecimber"],"ket":""}"#, #"unknown month "Undecimber""#),
            (#""kind":"remove","rows":["1.1.1.1"],"level":"sub","snapshot":\#(snapshot)"#, #""indikator" must be a list"#),
            (#""kind":"remove","rows":["1.1.1.1"],"level":"sub","snapshot":{"title":"1) Tim","indikator":[\#(snapshot),\#(snapshot)]}"#, #""snapshot" does not hold exactly the rows of "rows""#),
            (#""kind":"remove","rows":["1.1.1.1",3],"level":"indikator","snapshot":\#(snapshot)"#, #""rows" must be a string"#),
            (#""kind":"remove","rows":"1.1.1.1","level":"indikator","snapshot":\#(snapshot)"#, #""rows" must be a list"#),
            (#""kind":"remove","rows":["1.1.1.1"],"level":"area","snapshot":{"name":"M","kegiatan":[{"title":"k","subKegiatan":{}}]}"#, #""subKegiatan" must be a list"#),
            (#""kind":"remove","rows":["1.1.1.1"],"level":"indikator","snapshot":{"id":"1.1.1.1\u009b","text":"","months":[],"ket":""}"#, #""id" must be a row id: 1–64 characters, no spaces, control characters or bidirectional overrides"#),
            // move
            (#""kind":"move","row":"1.1.1.1","level":"indikator""#, #""direction" has a value this version does not know"#),
            (#""kind":"move","row":"1.1.1.1","level":"sub","to":{"after":"1.1.1.2"},"from":{"before":"1.1.1.2"}"#, #""direction" has a value this version does not know"#),
            (#""kind":"move","row":"1.1.1.1","level":"indikator","to":"1.1.1.2","from":{"before":"1.1.1.2"}"#, #""to" must be an object"#),
            (#""kind":"move","row":"1.1.1.1","level":"indikator","to":{},"from":{"before":"1.1.1.2"}"#, #""to" must be an object"#),
            (#""kind":"move","row":"1.1.1.1","level":"indikator","to":{"after":"2.1\u001b"},"from":{"before":"1.1.1.2"}"#, #""after" must be a row id: 1–64 characters, no spaces, control characters or bidirectional overrides"#),
            (#""kind":"move","row":"1.1.1.1","level":"indikator","direction":true"#, #""direction" must be a string"#),
            (#""kind":"move","row":"1.1.1.1","level":"kapitel","direction":"up""#, #""level" has a value this version does not know"#),
        ]
        for (body, message) in cases {
            let error = try refusal(body)
            XCTAssertEqual(error, "\(stateURL.path): line 2: \(message)", body.prefix(90).description)
            XCTAssertEqual(error?.contains("\n"), false)
            XCTAssertEqual(error?.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }, false,
                           "no control reaches the message")
        }
    }

    /// Well-formed entries that no longer apply (a move to an anchor no row has, an edit or remove of a row the plan
    /// lacks): the journal loads untouched, nothing changes, and every row is still there.
    func testEditsOfRowsOrAnchorsThePlanLacksChangeNothing() throws {
        let lines = [
            #""kind":"move","row":"1.1.1.1","level":"indikator","to":{"after":"9.9.9.9"},"from":{"before":"1.1.1.2"}"#,
            #""kind":"move","row":"1.1.1.1","level":"indikator","to":{"before":"r-000000000000"},"from":{"before":"1.1.1.2"}"#,
            #""kind":"edit","row":"9.9.9.9","field":"indikator","old":"","new":"x""#,
            #""kind":"remove","rows":["9.9.9.9"],"level":"indikator","snapshot":{"id":"9.9.9.9","text":"","months":[],"ket":""}"#,
            #""kind":"add","row":"r-0123456789ab","after":"9.9.9.9","level":"indikator","text":"baru","months":["Jan"],"ket":"""#,
            #""kind":"move","row":"9.9.9.9","level":"kegiatan","direction":"up""#,
        ]
        var text = header + "\n"
        for (n, body) in lines.enumerated() {
            text += #"{"seq":\#(n + 1),"id":"\#(String(format: "%032x", n + 1))","at":"2026-01-05T08:00:00Z","by":"ani",\#(body)}"# + "\n"
        }
        try Data(text.utf8).write(to: stateURL)
        let store = try open()
        XCTAssertEqual(try stateText(), text, "left as it was")
        XCTAssertEqual(store.entries.count, lines.count)
        XCTAssertEqual(store.plan.rows.map(\.id), plan.rows.map(\.id), "no row lost, moved or added")
        XCTAssertEqual(store.plan.rows.map(\.indikator), plan.rows.map(\.indikator))
    }

    /// A move of 1.1.1.1 to an anchor no row has, then a real structural edit in the same kegiatan: 1.1.1.1 must stay.
    /// (Found by this test: the move used to take the row out of the replay's tree before trying the anchor, and
    /// the next structural edit of that kegiatan then dropped it. The anchor is checked first now.)
    func testAMoveToAMissingAnchorLosesNoRowAtTheNextStructuralEdit() throws {
        let text = header + "\n" + head
            + #""kind":"move","row":"1.1.1.1","level":"indikator","to":{"after":"9.9.9.9"},"from":{"before":"1.1.1.2"}}"# + "\n"
        try Data(text.utf8).write(to: stateURL)
        let store = try open()
        XCTAssertEqual(store.plan.rows.map(\.id), ["1.1.1.1", "1.1.1.2", "2.1.1.1"])
        let added = try store.addRow(RowAddition(row: "", anchor: .after("1.1.1.2"), text: "baru", months: MonthSet([.feb])))
        let new = try XCTUnwrap(added.change.row)
        XCTAssertEqual(store.plan.rows.map(\.id), ["1.1.1.1", "1.1.1.2", new, "2.1.1.1"])
        XCTAssertEqual(try open().plan.rows.map(\.id), ["1.1.1.1", "1.1.1.2", new, "2.1.1.1"])
    }

    /// An `add` whose new id is one the plan already has (a hostile or merged line) is not applied at load; undoing
    /// it must then change nothing.
    /// (Found by this test: the unapplied add stayed on the undo stack, and undoing it removed the signed row
    /// 1.1.1.2. A structural entry that does not apply is kept off the undo stack now.)
    func testUndoingAnAddThatNeverAppliedRemovesNoRow() throws {
        let text = header + "\n" + head
            + #""kind":"add","row":"1.1.1.2","after":"2.1.1.1","level":"indikator","text":"dup","months":[],"ket":""}"# + "\n"
        try Data(text.utf8).write(to: stateURL)
        let store = try open()
        XCTAssertEqual(store.plan.rows.map(\.indikator), ["SK Tim", "Rencana Aksi", "Data"], "the add is not applied")
        XCTAssertFalse(store.canUndo, "nothing applied, nothing to undo")
        _ = try? store.undo()
        XCTAssertEqual(store.plan.rows.map(\.indikator), ["SK Tim", "Rencana Aksi", "Data"])
        XCTAssertEqual(try open().plan.rows.map(\.indikator), ["SK Tim", "Rencana Aksi", "Data"])
    }
}
