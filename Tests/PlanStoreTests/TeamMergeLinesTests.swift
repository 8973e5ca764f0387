import Foundation
import PlanModel
@testable import PlanStore
import XCTest

/// A merge given the lines its entries were read from (a bundle's, `EntryLines`): a new line made the same after its
/// number is not read back again, any other is; the journal written is the same either way, in the writer's own form.
final class TeamMergeLinesTests: StoreTestCase {
    let r1 = RowID("1.1.1.1"), r2 = RowID("1.1.1.2")

    func laptop(_ name: String) throws -> StateStore {
        let store = try StateStore.open(plan: plan, url: folder.appendingPathComponent("\(name).jsonl"), user: name, device: "d-\(name)")
        try store.upgradeToTeam()
        return store
    }

    func testLinesTheSameButForTheirNumbersAreKnownTheSame() {
        func same(_ a: String, _ b: String) -> Bool { StateStore.sameAfterSeq(Array(a.utf8)[...], Array(b.utf8)[...]) }
        XCTAssertTrue(same(#"{"seq":1,"id":"x","kind":"set"}"#, #"{"seq":204,"id":"x","kind":"set"}"#))
        XCTAssertFalse(same(#"{"seq":1,"id":"x","kind":"set"}"#, #"{"seq":1,"id":"y","kind":"set"}"#))
        XCTAssertFalse(same(#"{"seq":1,"id":"x"}"#, #"{"seq":1, "id":"x"}"#))
        XCTAssertFalse(same(#"{"seq":,"id":"x"}"#, #"{"seq":,"id":"x"}"#), "no number: not a line as written")
        XCTAssertFalse(same(#"{"id":"x","seq":1}"#, #"{"id":"x","seq":1}"#), "the number first, or no answer")
        XCTAssertFalse(same(#"{"seq":1,"id":"x"}"#, #"{"seq":1,"id":"x"} "#))
    }

    /// Budi's entries written in another form than Rencana's (spaces after the colons): read with
    /// their lines and merged into Ani's journal, by an append and by a rewrite, they make the same journal as merged
    /// without their lines (every line then read back): in Rencana's own form.
    func testEntriesReadFromLinesInAnotherFormMergeAsWithoutTheirLines() throws {
        for rewrite in [false, true] {
            let a = try laptop("ani-\(rewrite)"), b = try laptop("budi-\(rewrite)")
            _ = try b.setPJ(r2, to: "Budi")
            _ = try b.setNote(r2, .feb, to: "rapat")
            _ = try b.undo()
            _ = try b.setNote(r1, .mar, to: "SK")
            if rewrite {  // Ani's clocks run to 6: Budi's (1 to 4) go among hers
                for month in [Month.jan, .feb, .mar, .apr, .mei, .jun] { _ = try a.setStatus(r1, month, to: .done) }
            }
            let canonical = StateFormat.text(planName: "plan.json", entries: b.teamEntries, version: 3)
            var lines = canonical.split(separator: "\n").map(String.init)
            for i in lines.indices.dropFirst() {  // one line as Rencana writes it, the others in another form
                if i != 2 { lines[i] = lines[i].replacingOccurrences(of: "\":", with: "\": ") }
            }
            let bytes = Array((lines.joined(separator: "\n") + "\n").utf8)
            let (entries, entryLines) = try JournalFile.entriesWithLines(bytes[...], name: "budi.rencana")
            XCTAssertEqual(entries.map(\.id), b.teamEntries.map(\.id))
            let copy = folder.appendingPathComponent("ani-copy-\(rewrite).jsonl")
            try FileManager.default.copyItem(at: a.url, to: copy)
            let other = try StateStore.open(plan: plan, url: copy, user: "ani", device: "d-ani-\(rewrite)")
            let outcome = try a.merge(entries, source: "budi.rencana", lines: entryLines)
            XCTAssertEqual(outcome.rewrote, rewrite)
            XCTAssertEqual(outcome.added, 4)
            try other.merge(entries, source: "budi.rencana")
            XCTAssertEqual(try Data(contentsOf: a.url), try Data(contentsOf: copy))
            let text = try String(contentsOf: a.url, encoding: .utf8)
            XCTAssertFalse(text.contains("\": "), "every line as Rencana writes it")
            XCTAssertEqual(try StateStore.open(plan: plan, url: a.url, user: "ani", device: "d-ani-\(rewrite)").entries.map(\.id),
                           a.entries.map(\.id))
            XCTAssertEqual(a.realisation.record(r1, .mar).note, "SK")
        }
    }
}
