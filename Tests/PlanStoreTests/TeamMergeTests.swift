import Foundation
import PlanModel
@testable import PlanStore
import XCTest

/// Several laptops, one year: merging entries (the union by id), the year's order, conflicts, undo per device.
final class TeamMergeTests: StoreTestCase {
    let r1 = RowID("1.1.1.1"), r2 = RowID("1.1.1.2"), r3 = RowID("2.1.1.1")

    /// Laptop `name`'s journal: its own state file and device id.
    func laptop(_ name: String) throws -> StateStore {
        let store = try StateStore.open(plan: plan, url: folder.appendingPathComponent("\(name).jsonl"), user: name,
                                        device: "dev-\(name)")
        return store
    }

    /// Everything each laptop holds goes to every other, in both directions.
    func exchange(_ laptops: [StateStore]) throws {
        for from in laptops {
            for to in laptops where to !== from { try to.merge(from.teamEntries, source: from.url.lastPathComponent) }
        }
    }

    func testTwoLaptopsEndWithTheSameJournalByteForByte() throws {
        let a = try laptop("ani"), b = try laptop("budi")
        try a.upgradeToTeam()
        try b.upgradeToTeam()
        try a.setStatus(r1, .jan, to: .done)
        try b.setStatus(r2, .jun, to: .partly)
        try b.setNote(r2, .jun, to: "rapat ditunda")
        try a.setPJ(r3, to: "Kasubbag")
        try exchange([a, b])
        XCTAssertEqual(a.entries.count, 4)
        XCTAssertEqual(try String(contentsOf: a.url, encoding: .utf8), try String(contentsOf: b.url, encoding: .utf8))
        XCTAssertEqual(a.realisation, b.realisation)
        XCTAssertEqual(a.realisation.record(r2, .jun).note, "rapat ditunda")
        // The year's order: by clock, then id; every line says who and when in it.
        let text = try String(contentsOf: a.url, encoding: .utf8)
        XCTAssertTrue(text.hasPrefix(#"{"format":"rencana-state","version":3,"#), text)
        let orders = a.entries.map(\.order)
        XCTAssertEqual(orders, orders.sorted())
        XCTAssertEqual(Set(a.entries.compactMap(\.device)), ["dev-ani", "dev-budi"])
    }

    func testMergingTwiceChangesNothingAndOrderDoesNotMatter() throws {
        let a = try laptop("ani"), b = try laptop("budi"), c = try laptop("citra")
        for store in [a, b, c] { try store.upgradeToTeam() }
        try a.setStatus(r1, .jan, to: .done)
        try b.setStatus(r1, .jan, to: .missed)
        try c.setDate(r3, .mar, to: "2022-03-10")
        // c gets b then a; a gets c then b; b gets a's and c's at once.
        try c.merge(b.teamEntries, source: "b")
        try c.merge(a.teamEntries, source: "a")
        try a.merge(c.teamEntries, source: "c")
        try a.merge(b.teamEntries, source: "b")
        try b.merge(a.teamEntries + c.teamEntries, source: "a+c")
        let again = try b.merge(a.teamEntries, source: "a")
        XCTAssertEqual(again.added, 0)
        XCTAssertEqual(again.known, 3)
        let texts = try [a, b, c].map { try String(contentsOf: $0.url, encoding: .utf8) }
        XCTAssertEqual(Set(texts).count, 1, texts.joined(separator: "\n---\n"))
        XCTAssertEqual(a.realisation, c.realisation)
    }

    func testConcurrentChangesToOneValueAreOneConflictUntilSomeoneChooses() throws {
        let a = try laptop("ani"), b = try laptop("budi")
        try a.upgradeToTeam()
        try b.upgradeToTeam()
        try a.setNote(r1, .jan, to: "SK terbit")
        try b.setNote(r1, .jan, to: "SK belum terbit")
        try a.setNote(r2, .jun, to: "sama")   // the same value at once is no conflict
        try b.setNote(r2, .jun, to: "sama")
        try exchange([a, b])
        XCTAssertEqual(a.conflicts, b.conflicts)
        XCTAssertEqual(a.conflicts.map(\.key.description), ["note 1.1.1.1 Jan"])
        XCTAssertEqual(Set(a.conflicts[0].values), ["SK terbit", "SK belum terbit"])
        XCTAssertEqual(Set(a.conflicts[0].entries.map(\.by)), ["ani", "budi"])
        // The same value wins on both laptops: the last in the year's order.
        let winner = a.conflicts[0].values.last!
        XCTAssertEqual(a.realisation.record(r1, .jan).note, winner)
        XCTAssertEqual(b.realisation.record(r1, .jan).note, winner)
        // Budi types a value: an entry that has seen both; once everyone has it, no conflict anywhere.
        let resolved = try b.setNote(r1, .jan, to: "SK terbit 3 Jan")!
        XCTAssertEqual(Set(resolved.seen), Set(a.conflicts[0].entries.map(\.id)))
        XCTAssertEqual(b.conflicts, [])
        XCTAssertEqual(a.conflicts.count, 1)
        try exchange([a, b])
        XCTAssertEqual(a.conflicts, [])
        XCTAssertEqual(a.realisation.record(r1, .jan).note, "SK terbit 3 Jan")
    }

    /// A group's title is one value whichever of its rows an edit names: Ani renames the kegiatan from its first
    /// row, Budi from its last, at the same time; that is one conflict (listed on both laptops, the same title shown),
    /// settled by choosing, and a sequence on one laptop through different rows is none.
    func testConcurrentEditsOfOneGroupTitleThroughDifferentRowsAreOneConflict() throws {
        let a = try laptop("ani"), b = try laptop("budi")
        try a.upgradeToTeam()
        try b.upgradeToTeam()
        guard let group = a.plan.rowsHolding(.kegiatan, of: r1), group.count > 1 else { return XCTFail("a kegiatan of several rows") }
        let first = a.plan.rows[group.lowerBound].id, last = a.plan.rows[group.upperBound].id
        try a.editText(first, .kegiatan, to: "1) Penyusunan Rencana")
        try b.editText(last, .kegiatan, to: "1) Perencanaan RB 2022")
        try exchange([a, b])
        XCTAssertEqual(a.conflicts.map(\.key.description), ["edit \(first.rawValue) kegiatan"])
        XCTAssertEqual(a.conflicts, b.conflicts)
        XCTAssertEqual(Set(a.conflicts[0].values), ["1) Penyusunan Rencana", "1) Perencanaan RB 2022"])
        XCTAssertEqual(a.plan.rows[group.lowerBound].kegiatan, b.plan.rows[group.lowerBound].kegiatan)
        XCTAssertEqual(a.plan.rows[group.upperBound].kegiatan, a.plan.rows[group.lowerBound].kegiatan)
        // Ani chooses Budi's title; once both have it, no conflict, and the title is Budi's everywhere.
        let budis = a.conflicts[0].entries.first { $0.by == "budi" }!
        try a.record(.choose(entry: budis.id))
        try exchange([a, b])
        XCTAssertEqual(a.conflicts, [])
        XCTAssertEqual(b.conflicts, [])
        XCTAssertEqual(b.plan.rows[group.lowerBound].kegiatan, "1) Perencanaan RB 2022")
        // One laptop renaming twice, through two rows, has seen its own first rename: no conflict.
        try a.editText(first, .kegiatan, to: "1) Satu")
        try a.editText(last, .kegiatan, to: "1) Dua")
        try exchange([a, b])
        XCTAssertEqual(b.conflicts, [])
        XCTAssertEqual(b.plan.rows[group.lowerBound].kegiatan, "1) Dua")
    }

    func testASequenceOnOneLaptopIsNoConflict() throws {
        let a = try laptop("ani"), b = try laptop("budi")
        try a.upgradeToTeam()
        try b.upgradeToTeam()
        try a.setStatus(r1, .jan, to: .partly)
        try a.setStatus(r1, .jan, to: .done)
        try b.merge(a.teamEntries, source: "a")
        try b.setStatus(r1, .jan, to: .missed)  // b has seen both of a's
        try a.merge(b.teamEntries, source: "b")
        XCTAssertEqual(a.conflicts, [])
        XCTAssertEqual(a.realisation.record(r1, .jan).status, .missed)
    }

    func testUndoTakesBackOnlyThisLaptopsChanges() throws {
        let a = try laptop("ani"), b = try laptop("budi")
        try a.upgradeToTeam()
        try b.upgradeToTeam()
        try b.setStatus(r2, .jun, to: .done)
        try a.setStatus(r1, .jan, to: .done)
        try b.merge(a.teamEntries, source: "a")   // a's entry is b's newest
        let undone = try b.undo()
        XCTAssertEqual(undone?.device, "dev-budi")
        XCTAssertNil(b.realisation.record(r2, .jun).status, "b's own change taken back")
        XCTAssertEqual(b.realisation.record(r1, .jan).status, .done, "a's change stays")
        XCTAssertNil(try b.undo(), "nothing of b's left to undo")
        // a sees b's undo; a's own undo still takes back a's change only.
        try a.merge(b.teamEntries, source: "b")
        XCTAssertNil(a.realisation.record(r2, .jun).status)
        try a.undo()
        XCTAssertNil(a.realisation.record(r1, .jan).status)
        try b.merge(a.teamEntries, source: "a")
        XCTAssertEqual(a.realisation, b.realisation)
        // A colleague's redo stack is not cleared by this laptop's new change.
        try b.redo()
        XCTAssertEqual(b.realisation.record(r2, .jun).status, .done)
    }

    func testUndoOfAChangeAColleagueOverwroteIsRefusedWithWhoAndWhen() throws {
        let a = try laptop("ani"), b = try laptop("budi")
        try a.upgradeToTeam()
        try b.upgradeToTeam()
        try a.setPJ(r1, to: "Ani")
        try b.merge(a.teamEntries, source: "a")
        try b.setPJ(r1, to: "Budi")
        try a.merge(b.teamEntries, source: "b")
        let before = try String(contentsOf: a.url, encoding: .utf8)
        XCTAssertThrowsError(try a.undo()) { error in
            XCTAssertTrue(String(describing: error).contains("budi changed that value since"), "\(error)")
        }
        XCTAssertEqual(try String(contentsOf: a.url, encoding: .utf8), before)
        XCTAssertEqual(a.realisation.pj[r1], "Budi")
    }

    func testSameIDWithOtherContentIsRefusedAndNothingChanges() throws {
        let a = try laptop("ani"), b = try laptop("budi")
        try a.upgradeToTeam()
        try b.upgradeToTeam()
        try a.setNote(r1, .jan, to: "asli")
        try b.merge(a.teamEntries, source: "a")
        var forged = a.teamEntries
        forged[0].change = .note(row: r1, month: .jan, old: "", new: "palsu")
        let before = try String(contentsOf: b.url, encoding: .utf8)
        XCTAssertThrowsError(try b.merge(forged, source: "bundle.rencana")) { error in
            XCTAssertEqual(String(describing: error), "bundle.rencana: line 1: entry \(forged[0].id) differs from the entry "
                           + "with the same id in budi.jsonl line 2; this entry is damaged or forged, nothing was merged")
        }
        XCTAssertEqual(try String(contentsOf: b.url, encoding: .utf8), before)
        XCTAssertEqual(b.realisation.record(r1, .jan).note, "asli")
    }

    func testAClockFromTheFutureIsRefused() throws {
        let a = try laptop("ani"), b = try laptop("budi")
        try a.upgradeToTeam()
        try b.upgradeToTeam()
        try a.setNote(r1, .jan, to: "x")
        var entries = a.teamEntries
        entries[0].clock = 1_000_000_000
        XCTAssertThrowsError(try b.merge(entries, source: "bundle")) { error in
            XCTAssertTrue(String(describing: error).contains("has clock 1000000000, beyond what its laptop can have seen (1)"), "\(error)")
        }
        XCTAssertEqual(b.entries.count, 0)
    }

    func testAnOldSoloJournalJoinsATeamAndKeepsLoading() throws {
        // A version-2 journal written before the team began.
        let solo = try StateStore.open(plan: plan, url: folder.appendingPathComponent("ani.jsonl"), user: "ani", device: nil)
        try solo.setStatus(r1, .jan, to: .done)
        try solo.setNote(r1, .jan, to: "lama")
        try solo.setNote(r1, .jan, to: "lama sekali")
        XCTAssertTrue(try String(contentsOf: solo.url, encoding: .utf8).hasPrefix(#"{"format":"rencana-state","version":2,"#))
        let a = try laptop("ani")
        try a.upgradeToTeam()
        // Its entries became team entries from before the team: one `early-…` device worked out from the first of
        // them (this laptop's own), position as clock, each having seen the one before.
        let early = JournalEntry.earlyDevice(of: solo.entries[0])
        XCTAssertTrue(early.hasPrefix("early-") && early.count == 18, early)
        XCTAssertEqual(a.entries.map(\.device), [early, early, early])
        XCTAssertEqual(a.state.localAliases, [early])
        XCTAssertEqual(a.entries.map(\.clock), [1, 2, 3])
        XCTAssertEqual(a.entries[2].seen, [a.entries[1].id])
        XCTAssertEqual(a.realisation.record(r1, .jan).note, "lama sekali")
        XCTAssertEqual(a.conflicts, [])
        let b = try laptop("budi")
        try b.upgradeToTeam()
        try b.setPJ(r3, to: "Budi")
        try a.merge(b.teamEntries, source: "b")
        try b.merge(a.teamEntries, source: "a")
        XCTAssertEqual(a.realisation, b.realisation)
        XCTAssertEqual(try String(contentsOf: a.url, encoding: .utf8), try String(contentsOf: b.url, encoding: .utf8))
        // The entries from before the team are ani's to undo, not budi's.
        XCTAssertEqual(try b.undo()?.device, "dev-budi")
        XCTAssertNil(try b.undo())
        XCTAssertEqual(try a.undo()?.device, "dev-ani")
        XCTAssertEqual(a.realisation.record(r1, .jan).note, "lama")
    }

    func testACopiedHistoryIsItsWritersToUndoNotTheCopiers() throws {
        // ani worked alone; budi's laptop got a copy of her journal (a clone of a repository, a copied folder).
        let solo = try StateStore.open(plan: plan, url: folder.appendingPathComponent("ani.jsonl"), user: "ani", device: nil)
        try solo.setStatus(r1, .jan, to: .done)
        try solo.setNote(r1, .jan, to: "catatan ani")
        try FileManager.default.copyItem(at: solo.url, to: folder.appendingPathComponent("budi.jsonl"))
        let a = try laptop("ani"), b = try laptop("budi")
        try a.upgradeToTeam()
        try b.upgradeToTeam()
        // Both made the same team entries of the copied history, so they merge without a refusal or a conflict.
        XCTAssertEqual(a.entries, b.entries)
        let early = JournalEntry.earlyDevice(of: solo.entries[0])
        XCTAssertEqual(a.state.localAliases, [early], "ani wrote them: they are hers")
        XCTAssertEqual(b.state.localAliases, [], "budi only holds a copy")
        try exchange([a, b])
        XCTAssertEqual(a.conflicts, [])
        // budi's undo finds nothing of his own; ani's takes back her note.
        XCTAssertNil(try b.undo())
        XCTAssertEqual(b.realisation.record(r1, .jan).note, "catatan ani")
        XCTAssertEqual(try a.undo()?.device, "dev-ani")
        XCTAssertEqual(a.realisation.record(r1, .jan).note, "")
    }

    func testTwoLaptopsThatWorkedAloneBeforeTheTeamBeganShowTheirDifferentValuesAsAConflict() throws {
        for name in ["ani", "budi"] {
            let solo = try StateStore.open(plan: plan, url: folder.appendingPathComponent("\(name).jsonl"), user: name, device: nil)
            try solo.setStatus(r1, .jan, to: name == "ani" ? .done : .partly)
        }
        let a = try laptop("ani"), b = try laptop("budi")
        try a.upgradeToTeam()
        try b.upgradeToTeam()
        try exchange([a, b])
        XCTAssertEqual(a.conflicts.map(\.key.description), ["status 1.1.1.1 Jan"])
        XCTAssertEqual(a.conflicts, b.conflicts)
    }

    func testAnotherProcessSeesTheJournalRewrittenInOrder() throws {
        let a = try laptop("ani"), b = try laptop("budi")
        try a.upgradeToTeam()
        try b.upgradeToTeam()
        try a.setStatus(r1, .jan, to: .done)
        try a.setStatus(r1, .feb, to: .done)
        try b.setStatus(r2, .jun, to: .done)   // clock 1: goes before a's clock 2, so the merge rewrites
        let dashboard = try StateStore.open(plan: plan, url: a.url, user: "ani", device: "dev-ani")
        let before = try FileManager.default.attributesOfItem(atPath: a.url.path)[.systemFileNumber] as? Int
        let merged = try a.merge(b.teamEntries, source: "b")
        XCTAssertEqual(merged.added, 1)
        XCTAssertTrue(merged.rewrote)
        XCTAssertNotEqual(try FileManager.default.attributesOfItem(atPath: a.url.path)[.systemFileNumber] as? Int, before,
                          "a new file renamed into place")
        try dashboard.refresh()
        XCTAssertEqual(dashboard.realisation, a.realisation)
        XCTAssertEqual(dashboard.entries.map(\.id), a.entries.map(\.id))
        // Its next change goes on the new file, after everything.
        try dashboard.setNote(r1, .jan, to: "dari dashboard")
        try a.refresh()
        XCTAssertEqual(a.realisation.record(r1, .jan).note, "dari dashboard")
        XCTAssertEqual(a.entries.map(\.order), a.entries.map(\.order).sorted())
    }

    func testChoosingTheValueShownSettlesTheConflictOnEveryLaptop() throws {
        let a = try laptop("ani"), b = try laptop("budi")
        try a.upgradeToTeam()
        try b.upgradeToTeam()
        try a.setStatus(r1, .jan, to: .done)
        try b.setStatus(r1, .jan, to: .missed)
        try exchange([a, b])
        let conflict = try XCTUnwrap(a.conflicts.first)
        let shown = a.realisation.record(r1, .jan).status
        // Choosing the value already shown still records a change: one that has seen both.
        let winner = conflict.entries.last!
        let chosen = try XCTUnwrap(try a.record(.choose(entry: winner.id)))
        XCTAssertEqual(Set(chosen.seen), Set(conflict.entries.map(\.id)))
        XCTAssertEqual(a.realisation.record(r1, .jan).status, shown)
        XCTAssertEqual(a.conflicts, [])
        // Choosing the other value on the other laptop, concurrently, is a new conflict of the two choices.
        _ = try b.record(.choose(entry: conflict.entries.first!.id))
        try exchange([a, b])
        XCTAssertEqual(a.conflicts.count, 1)
        XCTAssertEqual(a.conflicts, b.conflicts)
        // An entry that is no conflict's write cannot be chosen.
        XCTAssertThrowsError(try a.record(.choose(entry: "0123456789abcdef0123456789abcdef")))
    }

    func testATeamEntryReadsBackAsWrittenInTheLineAndTheSnapshotsBinaryForm() throws {
        let entry = JournalEntry(seq: 7, id: "0123456789abcdef0123456789abcdef", at: Date(timeIntervalSince1970: 1_650_000_000),
                                 by: "ani", device: "d-4be1c2a09f3e", clock: 42,
                                 seen: ["aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "v1-3"], with: "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb",
                                 change: .note(row: r1, month: .jan, old: "a", new: "b"))
        let line = StateFormat.line(for: entry)
        XCTAssertEqual(line, #"{"seq":7,"id":"0123456789abcdef0123456789abcdef","at":"2022-04-15T05:20:00Z","by":"ani","#
                       + #""device":"d-4be1c2a09f3e","clock":42,"seen":["aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa","v1-3"],"#
                       + #""with":"bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb","kind":"note","row":"1.1.1.1","month":"Jan","old":"a","new":"b"}"#)
        XCTAssertEqual(try StateFormat.entry(Array(line.utf8)[...]), entry)
        var w = ByteWriter()
        EntryCoding.write(entry, to: &w)
        let back = try w.bytes.withUnsafeBytes { buffer throws -> JournalEntry in
            var r = ByteReader(buffer)
            return try EntryCoding.entry(seq: 7, from: &r)
        }
        XCTAssertEqual(back, entry)
        // A `seen` that is not a list of entry ids is refused in one line.
        XCTAssertThrowsError(try StateFormat.entry(Array(line.replacingOccurrences(of: "\"v1-3\"", with: "\"x y\"").utf8)[...]))
    }
}
