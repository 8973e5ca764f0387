import Foundation
import PlanModel
@testable import PlanStore
import XCTest

/// `JournalMerge.union` (what git's merge driver writes) agrees with `StateStore.merge` byte for byte: a branch
/// merged by git and the same entries merged by a bundle give one journal.
final class JournalUnionTests: StoreTestCase {
    let r1 = RowID("1.1.1.1"), r2 = RowID("1.1.1.2"), r3 = RowID("2.1.1.1")

    func laptop(_ name: String) throws -> StateStore {
        try StateStore.open(plan: plan, url: folder.appendingPathComponent("\(name).jsonl"), user: name, device: "dev-\(name)")
    }

    /// The driver's view of a journal file: its entries as `JournalFile` reads them.
    func side(_ store: StateStore, _ name: String) throws -> JournalMerge.Side {
        JournalMerge.Side(name: name, entries: try JournalFile.read(store.url))
    }

    func testTheUnionOfTwoFilesIsTheJournalAMergeWrites() throws {
        // A history from before the team (version 2, no clocks), copied to a second laptop as git would.
        let a = try laptop("ani")
        try a.setStatus(r1, .jan, to: .done)
        try a.setNote(r2, .jun, to: "awal")
        _ = try a.undo()
        try FileManager.default.copyItem(at: a.url, to: folder.appendingPathComponent("budi.jsonl"))
        let base = try side(a, "base")
        let b = try laptop("budi")
        try a.upgradeToTeam()
        try b.upgradeToTeam()
        try a.setStatus(r1, .jan, to: .missed)
        try a.setPJ(r3, to: "Kasubbag")
        _ = try a.undo()
        try b.setStatus(r1, .jan, to: .partly)
        try b.setNote(r2, .jun, to: "rapat")
        let union = try JournalMerge.union([try side(a, "ours"), try side(b, "theirs")], ancestor: base)
        let swapped = try JournalMerge.union([try side(b, "ours"), try side(a, "theirs")], ancestor: base)
        XCTAssertEqual(union, swapped)
        try a.merge(b.teamEntries, source: "budi")
        try b.merge(a.teamEntries, source: "ani")
        let journal = try String(contentsOf: a.url, encoding: .utf8)
        XCTAssertEqual(try String(contentsOf: b.url, encoding: .utf8), journal)
        XCTAssertEqual(StateFormat.text(planName: "plan.json", entries: union, version: 3), journal)
        XCTAssertEqual(a.conflicts.map(\.key.description), ["status 1.1.1.1 Jan"])
    }

    func testAnEntryBothSidesDroppedStaysDroppedAndOneSideKeepsIt() throws {
        let a = try laptop("ani")
        try a.upgradeToTeam()
        try a.setStatus(r1, .jan, to: .done)
        try a.setStatus(r2, .jun, to: .done)
        let all = try JournalFile.read(a.url)
        let first = Array(all.prefix(1))
        let ancestor = JournalMerge.Side(name: "o", entries: all)
        let dropped = try JournalMerge.union([.init(name: "a", entries: first), .init(name: "b", entries: first)], ancestor: ancestor)
        XCTAssertEqual(dropped.map(\.id), [all[0].id])
        let kept = try JournalMerge.union([.init(name: "a", entries: first), .init(name: "b", entries: all)], ancestor: ancestor)
        XCTAssertEqual(kept.map(\.id), all.map(\.id))
    }

    func testAnIDTwiceInOneSideWithOtherContentIsRefused() throws {
        let a = try laptop("ani")
        try a.upgradeToTeam()
        try a.setNote(r1, .jan, to: "satu")
        var entries = try JournalFile.read(a.url)
        var twin = entries[0]
        twin.seq = 2
        twin.change = .note(row: r1, month: .jan, old: "", new: "dua")
        entries.append(twin)
        XCTAssertThrowsError(try JournalMerge.union([.init(name: "a", entries: entries)])) { error in
            XCTAssertEqual((error as? JournalMerge.Refusal)?.message, "entry \(twin.id) appears twice; nothing was merged")
        }
    }
}
