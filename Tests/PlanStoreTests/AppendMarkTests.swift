import Foundation
import PlanModel
@testable import PlanStore
import XCTest

/// The mark of an append in progress (`<journal>.appending`, AppendMark.swift) is believed only when it names this
/// very journal and the journal's size lies within its append; any other mark (planted, left over, a link) cuts
/// nothing and is removed by the next writer. The real kill is in RencanaCLITests' TeamKillTests.
final class AppendMarkTests: StoreTestCase {
    let r1 = RowID("1.1.1.1"), r2 = RowID("1.1.1.2")

    private func journalWithTwoEntries() throws -> (URL, Data) {
        let url = folder.appendingPathComponent("ani.jsonl")
        let store = try StateStore.open(plan: plan, url: url, user: "ani", device: "dev-ani")
        try store.setStatus(r1, .jan, to: .done)
        try store.setNote(r2, .feb, to: "rapat")
        return (url, try Data(contentsOf: url))
    }

    private func identity(_ url: URL) throws -> (UInt64, UInt64) {
        var info = stat()
        XCTAssertEqual(stat(url.path, &info), 0)
        return (UInt64(info.st_dev), UInt64(info.st_ino))
    }

    private func plant(_ text: String, beside url: URL) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: url.path + ".appending"))
    }

    /// A mark of this journal whose append covers its size: a reader believes the journal up to where the append began.
    func testAMarkOfThisJournalMakesReadersStopWhereTheAppendBegan() throws {
        let (url, bytes) = try journalWithTwoEntries()
        let firstLineEnd = bytes.firstIndex(of: 0x0A)! + 1
        let secondEntryStart = bytes[firstLineEnd...].firstIndex(of: 0x0A)! + 1
        let (device, inode) = try identity(url)
        try plant("rencana-append \(device) \(inode) \(secondEntryStart) \(bytes.count + 50)\n", beside: url)
        let reader = try StateStore.open(plan: plan, url: url, user: "ani", device: "dev-ani")
        XCTAssertEqual(reader.entries.count, 1, "the second entry was part of an append whose writer died")
        XCTAssertEqual(try Data(contentsOf: url), bytes, "a reader changes nothing")
        // The next writer cuts the journal back and removes the mark, then writes its own entry.
        try reader.setNote(r1, .jan, to: "baru")
        let text = try String(contentsOf: url, encoding: .utf8)
        XCTAssertEqual(text.split(separator: "\n").count, 3, text)
        XCTAssertFalse(text.contains("rapat"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: url.path + ".appending"))
    }

    /// Marks that do not describe an interrupted append of this journal cut nothing; the next writer removes them.
    func testOtherMarksCutNothingAndAreRemoved() throws {
        let (url, bytes) = try journalWithTwoEntries()
        let (device, inode) = try identity(url)
        let planted = [
            "rencana-append \(device) \(inode &+ 1) 0 \(bytes.count)\n",            // another file's
            "rencana-append \(device) \(inode) 0 \(bytes.count - 1)\n",             // the journal is longer than its append
            "rencana-append \(device) \(inode) 10 5\n",                             // no append at all
            "rencana-append \(device) \(inode) 0\n",                                // not a mark
            "cut everything \(device) \(inode) 0 \(bytes.count)\n",
            String(repeating: "x", count: 500),
        ]
        for text in planted {
            let before = try Data(contentsOf: url)
            let lines = before.filter { $0 == 0x0A }.count
            try plant(text, beside: url)
            let reader = try StateStore.open(plan: plan, url: url, user: "ani", device: "dev-ani")
            XCTAssertEqual(reader.entries.count, lines - 1, "every entry is believed: \(text)")
            try reader.setStatus(r1, .mar, to: .partly)
            try reader.undo()
            XCTAssertFalse(FileManager.default.fileExists(atPath: url.path + ".appending"), text)
            XCTAssertTrue(try Data(contentsOf: url).starts(with: before), "nothing was cut: \(text)")
        }
        XCTAssertTrue(try Data(contentsOf: url).starts(with: bytes))
    }

    /// A link planted as the mark is never followed: not read, not written through, and its target is untouched.
    func testALinkPlantedAsTheMarkIsNotFollowed() throws {
        let (url, bytes) = try journalWithTwoEntries()
        let (device, inode) = try identity(url)
        let target = folder.appendingPathComponent("elsewhere.txt")
        let content = "rencana-append \(device) \(inode) 0 \(bytes.count)\n"
        try Data(content.utf8).write(to: target)
        try FileManager.default.createSymbolicLink(atPath: url.path + ".appending", withDestinationPath: target.path)
        let reader = try StateStore.open(plan: plan, url: url, user: "ani", device: "dev-ani")
        XCTAssertEqual(reader.entries.count, 2)
        try reader.setStatus(r1, .mar, to: .partly)
        XCTAssertEqual(try String(contentsOf: target, encoding: .utf8), content)
        XCTAssertTrue(try Data(contentsOf: url).starts(with: bytes))
    }

    /// A command of several entries is marked while it is written, and the mark is gone once it is saved.
    func testASavedCommandOfSeveralEntriesLeavesNoMark() throws {
        let url = folder.appendingPathComponent("ani.jsonl")
        let store = try StateStore.open(plan: plan, url: url, user: "ani", device: "dev-ani")
        try store.setStatus(r1, .jan, to: .done)
        try store.record([.status(row: r1, month: .apr, to: .done), .note(row: r2, month: .mei, to: "dua"), .pj(row: r2, to: "Ketua")])
        XCTAssertEqual(store.entries.count, 4)
        XCTAssertFalse(FileManager.default.fileExists(atPath: url.path + ".appending"))
        let again = try StateStore.open(plan: plan, url: url, user: "ani", device: "dev-ani")
        XCTAssertEqual(again.entries.count, store.entries.count)
    }
}
