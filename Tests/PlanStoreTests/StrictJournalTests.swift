import Foundation
import PlanModel
@testable import PlanStore
import XCTest

/// Issue 19, "the journal is strict and whole": one rule for row ids in the plan, the writer and the reader; a
/// complete last entry without its newline is kept; a command's entries are all saved or none is.
final class StrictJournalTests: StoreTestCase {
    private let header = #"{"format":"rencana-state","version":2,"plan":"plan.json"}"#
    private func status(_ seq: Int, row: String = "1.1.1.1", month: String = "Jan") -> String {
        let id = String(repeating: "0", count: 31) + String(seq)
        return #"{"seq":\#(seq),"id":"\#(id)","at":"2026-01-05T08:00:00Z","by":"ani","kind":"status","row":"\#(row)","month":"\#(month)","old":"","new":"done"}"#
    }

    // MARK: One rule for row ids

    /// Ids the journal refuses (a C1 control, bidi overrides and isolates, a space, too long) are refused by the
    /// plan decoder too, with one line naming the row; the ids rencana makes pass both.
    func testThePlanDecoderRefusesAnIDTheJournalWouldRefuse() throws {
        func decode(_ id: String) -> String? {
            let json = #"{"document":{"title":"T","year":2022},"areas":[{"number":1,"name":"A","kegiatan":[{"title":"K","subKegiatan":[{"title":"S","indikator":[{"text":"x","months":["Jan"],"id":"ok"},{"text":"y","months":["Feb"],"id":"\#(id)"}]}]}]}]}"#
            do {
                _ = try PlanDecoder.decode(Array(json.utf8), file: "plan.json")
                return nil
            } catch {
                return error.description
            }
        }
        for bad in ["a\\u009bb", "a\\u202eb", "a\\u2066b", "a\\u202ab", "a b", "a\\u0085b", String(repeating: "x", count: 65)] {
            let message = try XCTUnwrap(decode(bad), bad)
            XCTAssertTrue(message.hasPrefix("plan.json: areas[0].kegiatan[0].subKegiatan[0].indikator[1].id"), message)
            XCTAssertFalse(message.contains("\n"), message)
        }
        for good in ["r-0123456789ab", "1.1.1.1", "é-ß", String(repeating: "x", count: 64)] { XCTAssertNil(decode(good), good) }
        XCTAssertFalse(RowID.isUsable("a\u{9B}b"))
        XCTAssertFalse(RowID.isUsable("a\u{202E}b"))
        XCTAssertTrue(RowID.isUsable("r-0123456789ab"))
    }

    /// A plan built in code with such an id: the writer refuses the entry before writing it (no file), so
    /// the journal never holds a line its reader refuses.
    func testTheWriterRefusesARowIDTheReaderWouldRefuse() throws {
        let plan = Plan(document: DocumentInfo(title: "T", year: 2022), areas: [ChangeArea(number: 1, name: "A", kegiatan: [
            Kegiatan(title: "K", subKegiatan: [SubKegiatan(title: "S", indicators: [
                Indicator(id: RowID("a\u{202E}b"), text: "x", months: MonthSet([.jan])),
                Indicator(id: RowID("ok"), text: "y", months: MonthSet([.jan])),
            ])]),
        ])])
        let store = try StateStore.open(plan: plan, url: stateURL, user: "ani")
        XCTAssertThrowsError(try store.record(.status(row: RowID("a\u{202E}b"), month: .jan, to: .done))) { error in
            XCTAssertTrue("\(error)".contains("\"row\""), "\(error)")
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: stateURL.path))
        XCTAssertTrue(store.entries.isEmpty)
        // The rest of the year still records and reopens.
        try store.record(.status(row: "ok", month: .jan, to: .done))
        XCTAssertEqual(try StateStore.open(plan: plan, url: stateURL, user: "ani").entries.count, 1)
    }

    /// The reader applies the plan's rule: a row id with a space (which no plan can hold) is refused, by the
    /// fast line decoder and the general parser alike.
    func testTheReaderRefusesARowIDThePlanWouldRefuse() throws {
        let space = try refusal(#""kind":"status","row":"1 1","month":"Jan","old":"","new":"done""#)
        XCTAssertTrue(space?.hasSuffix("line 2: \"row\" must be a row id: 1–64 characters, no spaces, control characters or bidirectional overrides") == true, space ?? "")
        XCTAssertNotNil(try refusal(#""kind":"status","row":"a\u202eb","month":"Jan","old":"","new":"done""#))
        XCTAssertNotNil(try refusal(#""kind":"pj","row":"\#(String(repeating: "x", count: 65))","old":"","new":"a""#))
        XCTAssertNil(try refusal(#""kind":"pj","row":"1.1.1.1","old":"","new":"a""#))
    }

    // MARK: A last line without its newline

    func testACompleteLastEntryWithoutItsNewlineIsKeptAndTheNextSaveAddsTheNewline() throws {
        try Data((header + "\n" + status(1)).utf8).write(to: stateURL)
        let store = try open()
        XCTAssertEqual(store.entries.map(\.seq), [1])
        XCTAssertEqual(store.realisation.record("1.1.1.1", .jan).status, .done)
        XCTAssertEqual(store.warnings, [])
        try store.record(.note(row: "1.1.1.1", month: .jan, to: "rapat"))
        let lines = try stateText().split(separator: "\n", omittingEmptySubsequences: false)
        XCTAssertEqual(lines.count, 4)  // header, #1, #2, and the final newline's empty rest
        XCTAssertEqual(String(lines[1]), status(1))
        XCTAssertEqual(lines[3], "")
        let again = try open()
        XCTAssertEqual(again.entries.map(\.seq), [1, 2])
        XCTAssertEqual(again.warnings, [])
    }

    func testARealFragmentIsStillCutAndAnEntryOutOfSequenceIsAFragment() throws {
        try Data((header + "\n" + status(1) + "\n" + status(2, month: "Feb").dropLast(3)).utf8).write(to: stateURL)
        let store = try open()
        XCTAssertEqual(store.entries.map(\.seq), [1])
        XCTAssertEqual(store.warnings, ["line 3: an incomplete last entry (an interrupted save) was ignored"])
        try store.record(.note(row: "1.1.1.1", month: .jan, to: "rapat"))
        XCTAssertEqual(try stateText(), header + "\n" + status(1) + "\n" + StateFormat.line(for: store.entries[1]) + "\n")
        // A complete entry without its newline whose seq is not the next one is not kept either.
        try Data((header + "\n" + status(1) + "\n" + status(3, month: "Feb")).utf8).write(to: stateURL)
        let skipped = try open()
        XCTAssertEqual(skipped.entries.map(\.seq), [1])
        XCTAssertEqual(skipped.warnings.count, 1)
    }

    // MARK: All of a command's entries, or none

    func testARefusedIntentRecordsNoneOfTheCommandsEntries() throws {
        let store = try open()
        try store.record(.pj(row: "1.1.1.1", to: "Subbag"))
        let before = try stateText()
        let long = String(repeating: "n", count: JournalEntry.maxTextLength + 1)
        XCTAssertThrowsError(try store.record([.status(row: "1.1.1.1", month: .jan, to: .done),
                                               .note(row: "1.1.1.1", month: .jan, to: long)]))
        XCTAssertEqual(try stateText(), before)
        XCTAssertEqual(store.entries.count, 1)
        XCTAssertNil(store.realisation.record("1.1.1.1", .jan).status)
        XCTAssertEqual(store.unsavedCount, 0)
    }

    /// A disk full between the two entries of one command (the writer stops after the first line): the file is
    /// cut back, nothing of the command is saved or kept, and the next command saves normally.
    func testADiskFullBetweenTwoEntriesSavesNeither() throws {
        let store = try open()
        try store.record(.pj(row: "1.1.1.1", to: "Subbag"))
        let before = try Data(contentsOf: stateURL)
        store.injectedWriteLimit = 40  // inside the first new line
        XCTAssertThrowsError(try store.record([.status(row: "1.1.1.1", month: .jan, to: .done),
                                               .note(row: "1.1.1.1", month: .jan, to: "rapat")])) { error in
            XCTAssertEqual((error as? StoreError)?.unsavedReason, "no space left on the device")
        }
        XCTAssertEqual(try Data(contentsOf: stateURL), before)
        XCTAssertEqual(store.entries.count, 1)
        XCTAssertEqual(try open().entries.count, 1)
        // Just past the first line: still neither.
        let first = StateFormat.line(for: JournalEntry(seq: 2, id: String(repeating: "a", count: 32), at: Date(), by: "ani",
                                                        change: .status(row: "1.1.1.1", month: .jan, old: nil, new: .done)))
        store.injectedWriteLimit = first.utf8.count + 1
        XCTAssertThrowsError(try store.record([.status(row: "1.1.1.1", month: .jan, to: .done),
                                               .note(row: "1.1.1.1", month: .jan, to: "rapat")]))
        XCTAssertEqual(try Data(contentsOf: stateURL), before)
        store.injectedWriteLimit = nil
        let saved = try store.record([.status(row: "1.1.1.1", month: .jan, to: .done), .note(row: "1.1.1.1", month: .jan, to: "rapat")])
        XCTAssertEqual(saved.map { $0?.seq }, [2, 3])
        XCTAssertEqual(try open().entries.count, 3)
    }

    /// Each intent sees the ones before it; an intent that changes nothing gives nil and no entry.
    func testIntentsOfOneCommandSeeEachOther() throws {
        let store = try open()
        let made = try store.record([.status(row: "1.1.1.1", month: .jan, to: .done), .status(row: "1.1.1.1", month: .jan, to: .done),
                                     .status(row: "1.1.1.1", month: .jan, to: .partly)])
        XCTAssertEqual(made.map { $0?.seq }, [1, nil, 2])
        XCTAssertEqual(store.entries[1].change, .status(row: "1.1.1.1", month: .jan, old: .done, new: .partly))
    }
}
