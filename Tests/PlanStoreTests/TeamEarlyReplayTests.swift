import Foundation
import PlanModel
@testable import PlanStore
import XCTest

/// A merge whose year is replayed from before its plan is made (`EarlyReplay`, issue 22): taken when every entry
/// arriving is new, thrown away when some were here or the merge is refused; the journal and the year are the same
/// as a merge without it makes, and as the file reopened gives.
final class TeamEarlyReplayTests: StoreTestCase {
    let r1 = RowID("1.1.1.1"), r2 = RowID("1.1.1.2"), r3 = RowID("2.1.1.1")
    let months = Month.allCases

    func laptop(_ name: String) throws -> StateStore {
        let store = try StateStore.open(plan: plan, url: folder.appendingPathComponent("\(name).jsonl"), user: name,
                                        device: "dev-\(name)")
        try store.upgradeToTeam()
        return store
    }

    /// Ani's journal and Budi's entries, written at the same time (their clocks both from 1: a merge rewrites), with
    /// one cell both changed (a conflict).
    func twoLaptops() throws -> (ani: StateStore, budi: StateStore) {
        let a = try laptop("ani"), b = try laptop("budi")
        for (k, month) in months.enumerated() {
            _ = try a.setStatus(r1, month, to: k % 2 == 0 ? .done : .partly)
            _ = try a.setNote(r3, month, to: "ani \(k)")
            _ = try b.setNote(r2, month, to: "budi \(k)")
        }
        _ = try a.setStatus(r2, .mar, to: .done)
        _ = try b.setStatus(r2, .mar, to: .missed)
        _ = try b.setPJ(r1, to: "Kasubbag")
        return (a, b)
    }

    /// Merges `incoming` into Ani's journal and into a copy of it made before, the copy with no early replay:
    /// both outcomes (or both refusals), and the copy's store.
    func mergeBothWays(_ a: StateStore, _ incoming: [JournalEntry]) throws
        -> (early: Result<MergeOutcome, StoreError>, plain: Result<MergeOutcome, StoreError>, copy: StateStore) {
        let copyURL = folder.appendingPathComponent("ani-copy.jsonl")
        try FileManager.default.copyItem(at: a.url, to: copyURL)
        let copy = try StateStore.open(plan: plan, url: copyURL, user: "ani", device: "dev-ani")
        a.earlyReplayMinimum = 2
        copy.earlyReplayMinimum = .max
        let early = Result { () throws(StoreError) in try a.merge(incoming, source: "budi.rencana") }
        let plain = Result { () throws(StoreError) in try copy.merge(incoming, source: "budi.rencana") }
        XCTAssertNil(copy.earlyReplayTaken)
        return (early, plain, copy)
    }

    /// The same year: entries (as a line keeps them: times to the second), marks, record, conflicts, rows, undo.
    func assertSameYear(_ a: StateStore, _ b: StateStore, file: StaticString = #filePath, line: UInt = #line) {
        func same(_ x: [JournalEntry], _ y: [JournalEntry]) -> Bool {
            x.count == y.count && zip(x, y).allSatisfy { $0.seq == $1.seq && JournalMerge.sameContent($0, $1) }
        }
        XCTAssertTrue(same(a.entries, b.entries), "entries differ", file: file, line: line)
        XCTAssertEqual(a.marks, b.marks, file: file, line: line)
        XCTAssertEqual(a.realisation, b.realisation, file: file, line: line)
        XCTAssertEqual(a.conflicts.map(\.key), b.conflicts.map(\.key), file: file, line: line)
        XCTAssertEqual(a.conflicts.map(\.values), b.conflicts.map(\.values), file: file, line: line)
        XCTAssertTrue(zip(a.conflicts, b.conflicts).allSatisfy { same($0.entries, $1.entries) }, "conflicts differ", file: file, line: line)
        XCTAssertEqual(a.plan.rows.map(\.id), b.plan.rows.map(\.id), file: file, line: line)
        XCTAssertEqual(a.canUndo, b.canUndo, file: file, line: line)
    }

    func reopened(_ store: StateStore) throws -> StateStore {
        try StateStore.open(plan: plan, url: store.url, user: "ani", device: "dev-ani")
    }

    func testEveryEntryNewTakesTheEarlyYearTheSameAsWithout() throws {
        let (a, b) = try twoLaptops()
        let (early, plain, copy) = try mergeBothWays(a, b.teamEntries)
        XCTAssertEqual(a.earlyReplayTaken, true)
        let outcome = try early.get()
        XCTAssertEqual(outcome, try plain.get())
        XCTAssertTrue(outcome.rewrote)
        XCTAssertEqual(outcome.added, b.entries.count)
        XCTAssertEqual(outcome.conflicts, 1)
        XCTAssertEqual(try Data(contentsOf: a.url), try Data(contentsOf: copy.url))
        assertSameYear(a, copy)
        assertSameYear(a, try reopened(a))
        XCTAssertEqual(a.realisation.record(r2, .jan).note, "budi 0")
        // The store goes on from the year it took: Ani's next change, and her undo, as in the copy (their ids differ).
        for store in [a, copy] {
            _ = try store.setNote(r3, .des, to: "sesudah")
            _ = try store.setPJ(r1, to: "Kabag")
            _ = try store.undo()
        }
        XCTAssertEqual(a.realisation, copy.realisation)
        XCTAssertEqual(a.realisation.record(r3, .des).note, "sesudah")
        XCTAssertEqual(a.conflicts.map(\.key), copy.conflicts.map(\.key))
        assertSameYear(a, try reopened(a))
    }

    /// A bundle of everything its sender had (sent without `--since`): the entries held are seen before any
    /// replay begins (one in 64 looked up), and none does; the merge is the same.
    func testABundleOfEverythingBeginsNoEarlyYear() throws {
        let (a, b) = try twoLaptops()
        let incoming = JournalMerge.ordered(b.teamEntries + a.teamEntries)
        let (early, plain, copy) = try mergeBothWays(a, incoming)
        XCTAssertNil(a.earlyReplayTaken)
        XCTAssertEqual(try early.get(), try plain.get())
        XCTAssertEqual(try early.get().known, a.entries.count - b.entries.count)
        XCTAssertEqual(try Data(contentsOf: a.url), try Data(contentsOf: copy.url))
        assertSameYear(a, copy)
    }

    func testSomeEntriesHereAlreadyThrowTheEarlyYearAway() throws {
        let (a, b) = try twoLaptops()
        let incoming = JournalMerge.ordered(b.teamEntries + a.teamEntries.suffix(5))
        a.earlyReplaySamples = 1  // only the first looked up: the five held are found by the plan
        let (early, plain, copy) = try mergeBothWays(a, incoming)
        XCTAssertEqual(a.earlyReplayTaken, false)
        let outcome = try early.get()
        XCTAssertEqual(outcome, try plain.get())
        XCTAssertEqual(outcome.known, 5)
        XCTAssertEqual(try Data(contentsOf: a.url), try Data(contentsOf: copy.url))
        assertSameYear(a, copy)
        assertSameYear(a, try reopened(a))
    }

    func testARefusedMergeThrowsTheEarlyYearAwayAndChangesNothing() throws {
        let (a, b) = try twoLaptops()
        let before = try Data(contentsOf: a.url)
        var forged = b.teamEntries.last!
        forged.id = String(repeating: "f", count: 32)
        forged.clock = 1_000  // from the future of every clock here
        let (early, plain, copy) = try mergeBothWays(a, b.teamEntries + [forged])
        XCTAssertEqual(a.earlyReplayTaken, false)
        guard case .failure(let refusal) = early, case .failure(let same) = plain else { return XCTFail("not refused") }
        XCTAssertEqual(refusal, same)
        XCTAssertEqual(refusal.line, b.entries.count + 1)
        XCTAssertEqual(try Data(contentsOf: a.url), before)
        assertSameYear(a, copy)
        assertSameYear(a, try reopened(a))
    }

    /// A line the journal's reader would not read back (a `seen` of 65 ids) is refused by the lines made early as
    /// by the lines made after the plan: the same line named, nothing written.
    func testALineThatWouldNotReadBackIsRefusedTheSameEarly() throws {
        let (a, b) = try twoLaptops()
        let before = try Data(contentsOf: a.url)
        var incoming = b.teamEntries
        incoming[2].seen = (0..<65).map { String(format: "%032x", $0) }
        let (early, plain, copy) = try mergeBothWays(a, incoming)
        XCTAssertEqual(a.earlyReplayTaken, true)
        guard case .failure(let refusal) = early, case .failure(let same) = plain else { return XCTFail("not refused") }
        XCTAssertEqual(refusal, same)
        XCTAssertEqual(refusal.line, 3)
        XCTAssertEqual(try Data(contentsOf: a.url), before)
        assertSameYear(a, copy)
        assertSameYear(a, try reopened(a))
    }

    func testAnAppendReplaysNothingEarly() throws {
        let (a, b) = try twoLaptops()
        try b.merge(a.teamEntries, source: "ani")
        try a.merge(b.teamEntries, source: "budi")
        let held = Set(a.entries.map(\.id))
        _ = try b.setNote(r2, .des, to: "sesudah semua")  // Budi's after everything Ani has: an append
        _ = try b.setPJ(r2, to: "Kabag")
        let (early, plain, copy) = try mergeBothWays(a, b.teamEntries.filter { !held.contains($0.id) })
        XCTAssertNil(a.earlyReplayTaken)
        XCTAssertFalse(try early.get().rewrote)
        XCTAssertEqual(try early.get(), try plain.get())
        XCTAssertEqual(try Data(contentsOf: a.url), try Data(contentsOf: copy.url))
        assertSameYear(a, copy)
    }
}
