import Foundation
import PlanModel
@testable import PlanStore
import XCTest

/// Journal version 2: every kind written and read back, the in-place header upgrade, undo/redo of every kind.
final class JournalV2Tests: StoreTestCase {
    private let at = Date(timeIntervalSince1970: 1_700_000_000)
    private func entry(_ seq: Int, _ change: Change) -> JournalEntry {
        JournalEntry(seq: seq, id: String(repeating: "a", count: 31) + String(seq % 10), at: at, by: "ani", change: change)
    }

    private var sampleEvidence: Evidence {
        Evidence(id: "e-0123456789ab", row: "1.1.1.1", month: .feb, kind: .notulen, title: "Notulen rapat \"TW I\"",
                 number: "12/2022", date: "2022-02-03", location: .file("bukti/notulen.pdf"))
    }

    /// One change of every kind, each in its own shape.
    private var everyKind: [Change] {
        let indicator = Indicator(id: "1.1.1.2", text: "Rencana Aksi", months: MonthSet([.jun, .des]), ket: "")
        return [
            .set(MarkChange(row: "1.1.1.1", month: .feb, old: false, new: true)),
            .undo(Step(undoes: 1, target: String(repeating: "a", count: 31) + "1",
                       mark: MarkChange(row: "1.1.1.1", month: .feb, old: true, new: false))),
            .redo(Step(undoes: 1, target: String(repeating: "a", count: 31) + "1")),
            .status(row: "1.1.1.1", month: .feb, old: nil, new: .moved(.apr)),
            .date(row: "1.1.1.1", month: .feb, old: "", new: "2022-02-10"),
            .note(row: "1.1.1.1", month: .feb, old: "", new: "rapat\nditunda"),
            .pj(row: "1.1.1.1", old: "", new: "Sekretaris"),
            .evidenceAdd(sampleEvidence),
            .evidenceRemove(Evidence(id: "e-1", row: "2.1.1.1", kind: .tautan, location: .url("https://example.org/x"))),
            .review(row: "1.1.1.1", tw: 1, field: .tindakLanjut, old: "", new: "jadwal ulang"),
            .signer(field: .nip, old: "", new: "19700101 199001 1 001"),
            .edit(row: "1.1.1.1", field: .indikator, old: "SK Tim", new: "SK Tim RB"),
            .document(field: .year, old: "2022", new: "2023"),
            .add(RowAddition(row: "r-0123456789ab", anchor: .before("1.1.1.1"), level: .kegiatan, text: "Baru",
                             months: MonthSet([.jan, .okt]), ket: "k", sub: "S", kegiatan: "K")),
            .remove(RowRemoval(rows: ["1.1.1.2"], snapshot: .indikator(indicator), anchor: .after("1.1.1.1"))),
            .move(RowMove(row: "1.1.1.1", level: .sub, direction: .down)),
            .move(RowMove(row: "1.1.1.1", level: .indikator, direction: .to(.after("2.1.1.1"), from: .before("1.1.1.2")))),
        ]
    }

    func testEveryKindIsWrittenWithKeysInOrderAndReadBackTheSame() throws {
        XCTAssertEqual(Set(everyKind.map(\.kind)), Set(Change.kinds))
        for (n, change) in everyKind.enumerated() {
            let original = entry(n + 1, change)
            let line = StateFormat.line(for: original)
            XCTAssertTrue(line.hasPrefix("{\"seq\":\(n + 1),\"id\":\"\(original.id)\",\"at\":\"2023-11-14T22:13:20Z\",\"by\":\"ani\",\"kind\":\"\(change.kind)\""), line)
            XCTAssertFalse(line.contains("\n"))
            XCTAssertEqual(try StateFormat.entry(ArraySlice(Array(line.utf8))), original, line)
        }
        // One spelled out in full, so the order of the kind's own keys is pinned too.
        XCTAssertEqual(StateFormat.line(for: entry(4, everyKind[3])),
                       #"{"seq":4,"id":"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa4","at":"2023-11-14T22:13:20Z","by":"ani","kind":"status","row":"1.1.1.1","month":"Feb","old":"","new":"moved:Apr"}"#)
        XCTAssertEqual(StateFormat.line(for: entry(8, everyKind[7])),
                       #"{"seq":8,"id":"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa8","at":"2023-11-14T22:13:20Z","by":"ani","kind":"evidence-add","evidence":{"id":"e-0123456789ab","row":"1.1.1.1","month":"Feb","type":"Notulen","title":"Notulen rapat \"TW I\"","number":"12/2022","date":"2022-02-03","path":"bukti/notulen.pdf"}}"#)
    }

    func testAVersion1EntryGetsItsSeqAsID() throws {
        let line = #"{"seq":7,"at":"2026-01-05T08:00:00Z","by":"ani","kind":"set","row":"1.1.1.1","month":"Feb","old":false,"new":true}"#
        let parsed = try StateFormat.entry(ArraySlice(Array(line.utf8)))
        XCTAssertEqual(parsed.id, "v1-7")
    }

    func testTheFirstNewKindUpgradesTheHeaderInPlaceWithoutRewritingHistory() throws {
        let store = try open()
        try store.toggle("1.1.1.1", .feb)
        try store.undo()
        let before = try Data(contentsOf: stateURL)
        XCTAssertTrue(String(decoding: before, as: UTF8.self).hasPrefix(#"{"format":"rencana-state","version":1,"#))
        try store.setStatus("1.1.1.1", .jan, to: .done)
        let after = try Data(contentsOf: stateURL)
        let digit = Array(before).firstIndex(of: UInt8(ascii: "1"))!
        XCTAssertEqual(Array(after.prefix(before.count)).enumerated().filter { $0.element != before[$0.offset] }.map(\.offset), [digit],
                       "only the version digit changed")
        XCTAssertEqual(after[digit], UInt8(ascii: "2"))
        XCTAssertTrue(String(decoding: after, as: UTF8.self).hasSuffix(#""kind":"status","row":"1.1.1.1","month":"Jan","old":"","new":"done"}"# + "\n"))
        let reopened = try open()
        XCTAssertEqual(reopened.entries.count, 3)
        XCTAssertEqual(reopened.realisation.record("1.1.1.1", .jan).status, .done)
        // Another status needs no second upgrade: the header stays as it is.
        try reopened.setStatus("1.1.1.1", .jan, to: .partly)
        XCTAssertEqual(try Data(contentsOf: stateURL).prefix(before.count).filter { $0 == UInt8(ascii: "2") }.count,
                       after.prefix(before.count).filter { $0 == UInt8(ascii: "2") }.count)
    }

    func testANewFileWithANewKindStartsAtVersion2() throws {
        try open().setPJ("1.1.1.1", to: "Kasubbag")
        XCTAssertTrue(try stateText().hasPrefix(#"{"format":"rencana-state","version":2,"plan":"plan.json"}"# + "\n"))
    }

    func testEveryMonitoringKindThroughTheStoreSurvivesReopening() throws {
        let store = try open()
        try store.setStatus("1.1.1.1", .jan, to: .done)
        try store.setDate("1.1.1.1", .jan, to: "2022-01-20")
        try store.setNote("1.1.1.1", .jan, to: "rapat pertama")
        try store.setPJ("1.1.1.2", to: "Sekretaris")
        let added = try store.addEvidence(Evidence(id: "", row: "1.1.1.1", month: .jan, kind: .sk, title: "SK Tim",
                                                   location: .file("sk.pdf")))
        guard case .evidenceAdd(let evidence) = added.change else { return XCTFail("\(added)") }
        XCTAssertTrue(evidence.id.hasPrefix("e-") && evidence.id.count == 14, evidence.id)
        try store.setReview("2.1.1.1", tw: 1, .kendala, to: "anggaran")
        try store.setSigner(.place, to: "Teminabuan")
        XCTAssertNil(try store.setPJ("1.1.1.2", to: "Sekretaris"), "the same value records nothing")

        let r = try open().realisation
        XCTAssertEqual(r.record("1.1.1.1", .jan), CellRecord(status: .done, date: "2022-01-20", note: "rapat pertama"))
        XCTAssertEqual(r.pj, ["1.1.1.2": "Sekretaris"])
        XCTAssertEqual(r.evidence, [evidence])
        XCTAssertEqual(r.reviews["2.1.1.1"]?[1], Review(kendala: "anggaran"))
        XCTAssertEqual(r.signer.place, "Teminabuan")

        let again = try open()
        try again.removeEvidence(id: evidence.id)
        XCTAssertEqual(try open().realisation.evidence, [])
        XCTAssertThrowsError(try again.removeEvidence(id: "e-nope"))
        XCTAssertThrowsError(try again.setStatus("9.9.9.9", .jan, to: .done))
        XCTAssertThrowsError(try again.setDate("1.1.1.1", .jan, to: "20 Januari"))
    }

    func testUndoAndRedoCoverEveryKindAlsoAfterReopening() throws {
        let store = try open()
        try store.toggle("1.1.1.1", .feb)                            // #1
        try store.setStatus("1.1.1.1", .jan, to: .partly)             // #2
        try store.setNote("1.1.1.1", .jan, to: "separuh")             // #3
        let e = try store.addEvidence(Evidence(id: "", row: "1.1.1.1", kind: .foto, location: .url("https://x.test/f")))  // #4
        try store.editText("1.1.1.2", .indikator, to: "Rencana Aksi RB")  // #5
        try store.editDocument(.number, to: "3/ORT/2022")             // #6

        var reopened = try open()
        XCTAssertEqual(reopened.plan.row("1.1.1.2")?.indikator, "Rencana Aksi RB")
        XCTAssertEqual(reopened.plan.document.number, "3/ORT/2022")
        for _ in 0..<6 { reopened = try open(); XCTAssertNotNil(try reopened.undo()) }
        let bare = try open()
        XCTAssertNil(try bare.undo(), "all six taken back")
        XCTAssertEqual(bare.marks, plan.baselineMarks)
        XCTAssertEqual(bare.realisation.record("1.1.1.1", .jan), CellRecord())
        XCTAssertEqual(bare.realisation.evidence, [])
        XCTAssertEqual(bare.plan.row("1.1.1.2")?.indikator, "Rencana Aksi")
        XCTAssertEqual(bare.plan.document.number, "")
        for _ in 0..<6 { reopened = try open(); XCTAssertNotNil(try reopened.redo()) }
        let back = try open()
        XCTAssertEqual(back.plan.row("1.1.1.2")?.indikator, "Rencana Aksi RB")
        XCTAssertEqual(back.realisation.record("1.1.1.1", .jan), CellRecord(status: .partly, note: "separuh"))
        guard case .evidenceAdd(let item) = e.change else { return XCTFail() }
        XCTAssertEqual(back.realisation.evidence, [item])
        XCTAssertEqual(months(back, "1.1.1.1"), [.jan, .feb])
        XCTAssertFalse(back.canRedo)
        // Each undo names its target by id as well as by seq.
        guard case .undo(let step) = back.entries[6].change else { return XCTFail("\(back.entries[6])") }
        XCTAssertEqual(step.undoes, 6)
        XCTAssertEqual(step.target, back.entries[5].id)
    }

    func testTwoStoresRecordingDifferentKindsMerge() throws {
        let ani = try open(user: "ani")
        let budi = try open(user: "budi")
        try ani.setStatus("1.1.1.1", .jan, to: .done)
        try budi.setStatus("1.1.1.1", .jan, to: .missed)  // budi's old is ani's value, merged first
        guard case .status(let status) = budi.entries.last!.change else { return XCTFail() }
        XCTAssertEqual(status.old, .done)
        XCTAssertTrue(try ani.refresh())
        XCTAssertEqual(ani.realisation.record("1.1.1.1", .jan).status, .missed)
    }
}
