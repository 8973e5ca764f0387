import Foundation
import PlanModel
@testable import PlanStore
import XCTest

/// Hostile or damaged entries from another laptop (a device file, a bundle, a branch), read by `JournalFile` and
/// merged by `StateStore.merge`: each refused with one line naming the source and the line, the journal's bytes
/// unchanged, or kept harmlessly.
final class TeamHostileTests: StoreTestCase {
    let r1 = RowID("1.1.1.1"), r2 = RowID("1.1.1.2")
    let stranger = "0123456789abcdef0123456789abcdef"

    func laptop(_ name: String) throws -> StateStore {
        let store = try StateStore.open(plan: plan, url: folder.appendingPathComponent("\(name).jsonl"), user: name, device: "d-\(name)")
        try store.upgradeToTeam()
        return store
    }

    /// Ani's journal with a few entries of her own and one of Budi's, and Budi's store.
    func twoLaptops() throws -> (StateStore, StateStore) {
        let a = try laptop("ani"), b = try laptop("budi")
        try a.setStatus(r1, .jan, to: .done)
        try a.setNote(r1, .jan, to: "SK terbit")
        try b.setPJ(r2, to: "Budi")
        try a.merge(b.teamEntries, source: "budi.jsonl")
        return (a, b)
    }

    func bytes(_ store: StateStore) throws -> Data { try Data(contentsOf: store.url) }

    /// `body` must be refused with one line naming `source` and `line`, and leave the journal's bytes as they were.
    func assertRefused(_ store: StateStore, source: String, line: Int, containing words: String = "",
                       file: StaticString = #filePath, codeLine: UInt = #line, _ body: () throws -> Void) throws {
        let before = try bytes(store)
        let entries = store.entries
        XCTAssertThrowsError(try body(), file: file, line: codeLine) { error in
            let text = String(describing: error)
            XCTAssertTrue(text.hasPrefix("\(source): line \(line): "), text, file: file, line: codeLine)
            XCTAssertTrue(words.isEmpty || text.contains(words), text, file: file, line: codeLine)
            XCTAssertFalse(text.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F }, "one line, no controls: \(text)",
                           file: file, line: codeLine)
        }
        XCTAssertEqual(try bytes(store), before, "the journal's bytes are unchanged", file: file, line: codeLine)
        XCTAssertEqual(store.entries, entries, file: file, line: codeLine)
    }

    /// A team's entry of a laptop no one here knows, with a clock that fits after `store`'s journal.
    func foreign(_ store: StateStore, _ change: Change, id: String? = nil, device: String = "d-eka", by: String = "eka",
                 seen: [String] = []) -> JournalEntry {
        JournalEntry(seq: 1, id: id ?? JournalEntry.newID(), at: Date(timeIntervalSince1970: 1_780_000_000), by: by, device: device,
                     clock: store.state.maxClock + 1, seen: seen, change: change)
    }

    // MARK: Files of entries

    func testATruncatedLineInTheMiddleIsRefusedNamingTheFileAndLine() throws {
        let (a, _) = try twoLaptops()
        var lines = try String(contentsOf: a.url, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines[2] = String(lines[2].prefix(lines[2].count / 2))
        let damaged = folder.appendingPathComponent("damaged.jsonl")
        try Data(lines.joined(separator: "\n").utf8).write(to: damaged)
        XCTAssertThrowsError(try JournalFile.read(damaged)) { error in
            XCTAssertTrue(String(describing: error).hasPrefix("\(damaged.path): line 3: "), "\(error)")
        }
        // Cut in its last line (a copy taken while the other laptop was writing): the whole entries before it are read.
        let text = try String(contentsOf: a.url, encoding: .utf8)
        try Data(text.dropLast(25).utf8).write(to: damaged)
        let read = try JournalFile.read(damaged)
        XCTAssertEqual(read.map(\.id), a.entries.dropLast().map(\.id))
        let c = try laptop("citra")
        XCTAssertEqual(try c.merge(read, source: damaged.path).added, a.entries.count - 1)
    }

    func testFilesThatAreNoJournalAreRefused() throws {
        let (a, _) = try twoLaptops()
        let text = try String(contentsOf: a.url, encoding: .utf8)
        let other = folder.appendingPathComponent("other.jsonl")
        let cases: [(String, Int, String)] = [
            ("{\"format\":\"something-else\",\"version\":3}\n", 1, "not a rencana state file"),
            (text.replacingOccurrences(of: "\"version\":3", with: "\"version\":9"), 1, ""),
            (text.replacingOccurrences(of: "{\"seq\":2,", with: "{\"seq\":7,"), 3, "out of order"),
            (text.replacingOccurrences(of: "\"device\":\"d-ani\"", with: "\"device\":\"d-\\u001b[2J\""),
             text.split(separator: "\n").firstIndex { $0.contains("\"d-ani\"") }! + 1, "device"),
            (text.replacingOccurrences(of: "\"clock\":1,", with: "\"clock\":-1,"), 2, "clock"),
        ]
        for (content, line, words) in cases {
            try Data(content.utf8).write(to: other)
            XCTAssertThrowsError(try JournalFile.read(other), content.prefix(60).description) { error in
                let message = String(describing: error)
                XCTAssertTrue(message.hasPrefix("\(other.path): line \(line): ") && (words.isEmpty || message.contains(words)), message)
                XCTAssertFalse(message.unicodeScalars.contains { $0.value < 0x20 }, message)
            }
        }
        // Bigger than it may be (a 1 GB file, here a small limit): refused before it is read.
        try Data(text.utf8).write(to: other)
        XCTAssertThrowsError(try JournalFile.read(other, maxBytes: 64)) { error in
            XCTAssertTrue(String(describing: error).hasPrefix(other.path + ": "), "\(error)")
        }
    }

    func testASeenListLongerThanAnyTeamIsRefusedInAFile() throws {
        let (a, _) = try twoLaptops()
        let text = try String(contentsOf: a.url, encoding: .utf8)
        let ids = (0..<65).map { String(format: "%032x", $0) }
        let huge = text.replacingOccurrences(of: "\"clock\":2,", with: "\"clock\":2,\"seen\":[" + ids.map { "\"\($0)\"" }.joined(separator: ",") + "],")
        let other = folder.appendingPathComponent("other.jsonl")
        try Data(huge.utf8).write(to: other)
        let line = huge.split(separator: "\n").firstIndex { $0.contains("\"seen\"") }! + 1
        XCTAssertThrowsError(try JournalFile.read(other)) { error in
            XCTAssertEqual(String(describing: error), "\(other.path): line \(line): \"seen\" must be a list of at most 64 entry ids")
        }
    }

    // MARK: Merging entries

    func testTheSameIDWithOtherContentIsRefusedNamingBothPlaces() throws {
        let (a, b) = try twoLaptops()
        // Budi's copy of Ani's note, changed in the file by hand.
        try b.merge(a.teamEntries, source: "ani.jsonl")
        let copy = folder.appendingPathComponent("copy.jsonl")
        let text = try String(contentsOf: a.url, encoding: .utf8).replacingOccurrences(of: "SK terbit", with: "SK palsu")
        try Data(text.utf8).write(to: copy)
        let forged = try JournalFile.read(copy)
        let line = forged.firstIndex { $0.change.kind == "note" }! + 1
        try assertRefused(b, source: copy.path, line: line, containing: "budi.jsonl line") {
            try b.merge(forged, source: copy.path)
        }
        // One id twice in what arrives, with two contents.
        var twice = a.teamEntries
        var other = twice[0]
        other.by = "mallory"
        twice.append(other)
        let c = try laptop("citra")
        try assertRefused(c, source: "bundle", line: twice.count, containing: "appears twice") { try c.merge(twice, source: "bundle") }
    }

    func testAClockFromTheFutureIsRefusedAndNothingChanges() throws {
        let (a, _) = try twoLaptops()
        // One more than every clock before it is the most (here: two beyond the journal's, after one at one beyond).
        var entry = foreign(a, .note(row: r2, month: .jun, old: "", new: "x"))
        entry.clock = a.state.maxClock + 3
        try assertRefused(a, source: "bundle", line: 2, containing: "beyond what its laptop can have seen") {
            try a.merge([foreign(a, .pj(row: r1, old: "", new: "ok")), entry], source: "bundle")
        }
        entry.clock = Int.max
        try assertRefused(a, source: "bundle", line: 1, containing: "beyond") { try a.merge([entry], source: "bundle") }
    }

    func testAClockAtTheEndOfNumbersInOnesOwnJournalIsRefusedNotACrash() throws {
        let (a, _) = try twoLaptops()
        let text = try String(contentsOf: a.url, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "\"clock\":2,", with: "\"clock\":\(Int.max),").utf8).write(to: a.url)
        XCTAssertThrowsError(try StateStore.open(plan: plan, url: a.url, user: "ani", device: "d-ani")) { error in
            XCTAssertTrue(String(describing: error).contains("\"clock\""), "\(error)")
        }
    }

    func testEntriesThatWouldNotReadBackAreRefused() throws {
        let (a, _) = try twoLaptops()
        let note = Change.note(row: r2, month: .jun, old: "", new: "x")
        let seenMany = (0..<5_000).map { String(format: "%032x", $0) }
        let cases: [(String, JournalEntry)] = [
            ("forged id", foreign(a, note, id: "../../etc/passwd")),
            ("id with a newline", foreign(a, note, id: "0123456789abcdef\n0123456789abcde")),
            ("control in device", foreign(a, note, device: "d-\u{1B}[2J")),
            ("empty device", foreign(a, note, device: "")),
            ("huge seen", foreign(a, note, seen: seenMany)),
            ("seen not ids", foreign(a, note, seen: ["not an id"])),
            ("text too long", foreign(a, .note(row: r2, month: .jun, old: "", new: String(repeating: "x", count: 10_001)))),
            ("row with a control", foreign(a, .pj(row: RowID("1.1\u{1B}]52;c;eA==\u{07}"), old: "", new: "x"))),
            ("undo without a target", foreign(a, .undo(Step(undoes: 0, target: nil)))),
        ]
        for (what, entry) in cases {
            try assertRefused(a, source: "bundle (\(what))", line: 2) {
                try a.merge([foreign(a, .pj(row: r1, old: "", new: "ok")), entry], source: "bundle (\(what))")
            }
        }
        // The journal still opens, with nothing of them.
        let again = try StateStore.open(plan: plan, url: a.url, user: "ani", device: "d-ani")
        XCTAssertEqual(again.entries.map(\.id), a.entries.map(\.id))
    }

    /// The same refusals when the merge writes the journal again in order (entries from the start of the year, so they
    /// go before the journal's own): the new lines are read back on another core while the new file is written, and
    /// a refusal leaves the journal's bytes, its inode and its folder as they were (no new file left behind).
    func testEntriesThatWouldNotReadBackAreRefusedWhenTheJournalIsWrittenAgain() throws {
        let (a, _) = try twoLaptops()
        func early(_ change: Change, device: String = "d-eka", id: String? = nil) -> JournalEntry {
            var entry = foreign(a, change, id: id, device: device)
            entry.clock = 1
            return entry
        }
        let note = Change.note(row: r2, month: .jun, old: "", new: "x")
        var inode = stat()
        XCTAssertEqual(stat(a.url.path, &inode), 0)
        for (what, entry) in [("control in device", early(note, device: "d-\u{1B}[2J")), ("forged id", early(note, id: "../x")),
                              ("text too long", early(.note(row: r2, month: .jun, old: "", new: String(repeating: "x", count: 10_001))))] {
            try assertRefused(a, source: "bundle (\(what))", line: 2) {
                try a.merge([early(.pj(row: r1, old: "", new: "ok")), entry], source: "bundle (\(what))")
            }
            var now = stat()
            XCTAssertEqual(stat(a.url.path, &now), 0)
            XCTAssertEqual(now.st_ino, inode.st_ino, "\(what): the journal was not replaced")
            let left = try FileManager.default.contentsOfDirectory(atPath: a.url.deletingLastPathComponent().path)
            XCTAssertEqual(left.filter { $0.contains(".merge-") }, [], what)
        }
        // A good early entry is merged by writing the journal again.
        let outcome = try a.merge([early(.pj(row: r1, old: "", new: "ok"))], source: "bundle")
        XCTAssertTrue(outcome.rewrote)
    }

    func testControlCharactersInWhoWroteItAreKeptEscapedNeverRaw() throws {
        let (a, _) = try twoLaptops()
        let entry = foreign(a, .note(row: r2, month: .jun, old: "", new: "x\u{1B}[31m"), by: "eka\u{1B}]0;pwned\u{07}")
        XCTAssertEqual(try a.merge([entry], source: "bundle").added, 1)
        let raw = try bytes(a)
        XCTAssertFalse(raw.contains { $0 < 0x20 && $0 != 0x0A }, "no raw control byte in the journal")
        let again = try StateStore.open(plan: plan, url: a.url, user: "ani", device: "d-ani")
        XCTAssertEqual(again.entries.last?.by, "eka\u{1B}]0;pwned\u{07}")
    }

    func testEntriesOfRowsThePlanLacksAreKeptAsOrphans() throws {
        let (a, _) = try twoLaptops()
        let realisation = a.realisation
        let ghost = RowID("9.9.9.9")
        let entries = [foreign(a, .status(row: ghost, month: .jan, old: nil, new: .done))]
        XCTAssertEqual(try a.merge(entries, source: "bundle").added, 1)
        XCTAssertEqual(a.orphans.map(\.id), entries.map(\.id))
        XCTAssertEqual(a.realisation.record(r1, .jan), realisation.record(r1, .jan))
        XCTAssertEqual(a.plan.rows.map(\.id), plan.rows.map(\.id))
        let again = try StateStore.open(plan: plan, url: a.url, user: "ani", device: "d-ani")
        XCTAssertEqual(again.realisation, a.realisation)
    }

    func testANewFileLeftByAMergeKilledBeforeItsRenameIsRemovedByTheNextRewrite() throws {
        let (a, _) = try twoLaptops()
        let leftover = URL(fileURLWithPath: a.url.path + ".merge-99999"), other = URL(fileURLWithPath: a.url.path + ".merge-notes")
        try Data("half a journal".utf8).write(to: leftover)
        try Data("not ours".utf8).write(to: other)
        // Entries that go before the journal's last one: it is written again.
        var early = foreign(a, .note(row: r2, month: .jun, old: "", new: "x"))
        early.clock = 1
        XCTAssertTrue(try a.merge([early], source: "bundle").rewrote)
        XCTAssertFalse(FileManager.default.fileExists(atPath: leftover.path))
        XCTAssertTrue(FileManager.default.fileExists(atPath: other.path), "only <journal>.merge-<pid> files are removed")
    }

    func testAnUndoOfAnUnknownTargetChangesNothing() throws {
        let (a, _) = try twoLaptops()
        let realisation = a.realisation, undo = a.state.undoStack, conflicts = a.conflicts
        let entry = foreign(a, .undo(Step(undoes: 1, target: stranger)))
        XCTAssertEqual(try a.merge([entry], source: "bundle").added, 1)
        XCTAssertEqual(a.realisation, realisation)
        XCTAssertEqual(a.state.undoStack, undo)
        XCTAssertEqual(a.conflicts, conflicts)
        // Ani's own undo still takes back her latest change.
        let undone = try XCTUnwrap(try a.undo())
        guard case .undo(let step) = undone.change else { return XCTFail("\(undone.change)") }
        XCTAssertEqual(a.state.entry(id: step.target!)?.device, "d-ani")
        XCTAssertEqual(a.realisation.record(r1, .jan).note, "")
    }
}
