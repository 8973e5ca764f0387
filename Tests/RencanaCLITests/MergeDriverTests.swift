import Foundation
import PlanModel
import PlanStore
import XCTest

/// `rencana merge-driver %O %A %B` run as git runs it, on files made here: the union in the year's order, the
/// refusals (ours untouched, exit 1, one line), and a kill -9 at any instant leaving ours as before or as after.
final class MergeDriverTests: XCTestCase {
    private var cli: CommandRunner!
    private var folder: URL { cli.stateHome }

    override func setUpWithError() throws { cli = try CommandRunner() }
    override func tearDown() { cli.cleanUp() }

    private let start = Date(timeIntervalSince1970: 1_767_225_600)  // 2026-01-01

    /// `count` notes of one laptop, clocks from `clock` (a team's entries), or without clocks when `clock` is nil.
    private func notes(_ count: Int, device: String?, from clock: Int? = 1, seq: Int = 1, text: String) -> [JournalEntry] {
        (0..<count).map { i in
            JournalEntry(seq: seq + i, id: JournalEntry.newID(), at: start.addingTimeInterval(Double(i * 60)), by: device ?? "solo",
                         device: device, clock: clock.map { $0 + i },
                         change: .note(row: RowID("1.1.1.1"), month: Month.allCases[i % 12], old: "", new: "\(text) \(i)"))
        }
    }

    private func write(_ name: String, _ entries: [JournalEntry], plan: String = "plan.json", version: Int = 3) throws -> URL {
        let url = folder.appendingPathComponent(name)
        try Data(StateFormat.text(planName: plan, entries: entries, version: version).utf8).write(to: url)
        return url
    }

    private func inodeOf(_ url: URL) throws -> UInt64 {
        var info = stat()
        guard stat(url.path, &info) == 0 else { throw CocoaError(.fileReadNoSuchFile) }
        return UInt64(info.st_ino)
    }

    private func driver(_ o: URL, _ a: URL, _ b: URL, path: String = "journal.jsonl") throws -> CommandRunner.Result {
        try cli.run(["merge-driver", o.path, a.path, b.path, path])
    }

    func testTheUnionInTheYearsOrderWithAMissingOrEmptyAncestor() throws {
        let base = notes(3, device: "d-a", text: "base")
        let mine = base + notes(2, device: "d-a", from: 4, seq: 4, text: "ani")
        let theirs = base + notes(3, device: "d-b", from: 4, seq: 4, text: "budi")
        let expected = StateFormat.text(planName: "plan.json", entries: JournalMerge.ordered(Array(Set(mine.map(\.id))
            .union(theirs.map(\.id))).compactMap { id in (mine + theirs).first { $0.id == id } }), version: 3)
        for ancestor in [try write("o", base), folder.appendingPathComponent("missing"), try write("empty", [])] {
            if ancestor.lastPathComponent == "empty" { try Data().write(to: ancestor) }
            let a = try write("a", mine), b = try write("b", theirs)
            let inode = try inodeOf(a)
            let run = try driver(ancestor, a, b)
            XCTAssertEqual(run.status, 0, run.stderr)
            XCTAssertEqual(run.stdout + run.stderr, "")
            // Written to a new file renamed into place (never rewritten in place), and nothing left beside it.
            XCTAssertNotEqual(try inodeOf(a), inode)
            XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix(".") }, [])
            XCTAssertEqual(try String(contentsOf: a, encoding: .utf8), expected)
            XCTAssertEqual(try JournalFile.read(a).count, 8)
            // Merging in the other direction gives the same bytes.
            let a2 = try write("a2", theirs)
            XCTAssertEqual(try driver(ancestor, a2, try write("b2", mine)).status, 0)
            XCTAssertEqual(try String(contentsOf: a2, encoding: .utf8), expected)
        }
    }

    func testAVersionTwoSideTakesItsPositionsAsClocks() throws {
        let old = notes(3, device: nil, from: nil, text: "solo")   // a version-2 file: no device, no clock
        let a = try write("a", old, version: 2)
        let b = try write("b", JournalMerge.ordered(old) + notes(2, device: "d-b", from: 4, seq: 4, text: "budi"))
        let run = try driver(try write("o", Array(old.prefix(1)), version: 2), a, b)
        XCTAssertEqual(run.status, 0, run.stderr)
        let merged = try JournalFile.read(a)
        XCTAssertEqual(merged.map(\.clock), [1, 2, 3, 4, 5])
        XCTAssertEqual(merged.map(\.id), JournalMerge.ordered(old).map(\.id) + (try JournalFile.read(b)).suffix(2).map(\.id))
        XCTAssertTrue(try String(contentsOf: a, encoding: .utf8).hasPrefix(#"{"format":"rencana-state","version":3,"plan":"plan.json"}"#))
    }

    func testAVersionOneUndoOnOneSideFindsItsTargetByItsPositionThere() throws {
        let head = #"{"format":"rencana-state","version":1,"plan":"plan.json"}"# + "\n"
        func mark(_ seq: Int, _ month: String) -> String {
            #"{"seq":\#(seq),"at":"2026-01-05T08:00:00Z","by":"ani","kind":"set","row":"1.1.1.1","month":"\#(month)","old":false,"new":true}"# + "\n"
        }
        let marks = mark(1, "Feb") + mark(2, "Mar") + mark(3, "Apr")
        let undo = #"{"seq":4,"at":"2026-01-05T08:01:00Z","by":"ani","kind":"undo","undoes":2,"row":"1.1.1.1","month":"Mar","old":true,"new":false}"# + "\n"
        let a = folder.appendingPathComponent("a"), b = folder.appendingPathComponent("b")
        try Data((head + marks).utf8).write(to: a)
        try Data((head + marks + undo).utf8).write(to: b)
        let run = try driver(folder.appendingPathComponent("none"), a, b)
        XCTAssertEqual(run.status, 0, run.stderr)
        let merged = try JournalFile.read(a)
        XCTAssertEqual(merged.map(\.id), ["v1-1", "v1-2", "v1-3", "v1-4"])
        guard case .undo(let step) = merged[3].change else { return XCTFail("\(merged[3])") }
        XCTAssertEqual(step.target, "v1-2")
        XCTAssertEqual(step.undoes, 2)
    }

    /// Each refusal: exit 1, one line naming what is wrong, ours byte for byte as it was.
    private func assertRefused(_ mine: [JournalEntry], _ theirs: [JournalEntry], theirPlan: String = "plan.json",
                               _ expected: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let a = try write("a", mine), b = try write("b", theirs, plan: theirPlan)
        let before = try Data(contentsOf: a)
        let run = try driver(folder.appendingPathComponent("none"), a, b)
        XCTAssertEqual(run.status, 1, file: file, line: line)
        XCTAssertEqual(run.stderr, "rencana: \(expected)\n", file: file, line: line)
        XCTAssertEqual(try Data(contentsOf: a), before, file: file, line: line)
    }

    func testRefusalsLeaveOursUntouched() throws {
        let mine = notes(2, device: "d-a", text: "ani")
        var forged = mine[1]
        forged.change = .note(row: RowID("1.1.1.1"), month: .feb, old: "", new: "palsu")
        try assertRefused(mine, [mine[0], forged], "entry \(forged.id) differs from the entry with the same id in "
                          + "journal.jsonl (ours) line 3; journal.jsonl (theirs) line 3 is damaged or forged, nothing was merged")
        let future = notes(1, device: "d-b", from: 50, text: "budi")
        try assertRefused(mine, future, "entry \(future[0].id) has clock 50, beyond what its laptop can have seen (3); nothing was merged")
        try assertRefused(mine, notes(1, device: "d-b", text: "budi"), theirPlan: "lain.json",
                          "ours is the journal of plan.json and theirs of lain.json: not one plan's journal; nothing was merged")
        let b = folder.appendingPathComponent("b")
        try Data("{\"format\":\"rencana-state\",\"version\":3,\"plan\":\"plan.json\"}\n{\"seq\":1,\"id\":42}\n".utf8).write(to: b)
        let a = try write("a", mine)
        let run = try driver(folder.appendingPathComponent("none"), a, b)
        XCTAssertEqual(run.status, 1)
        XCTAssertEqual(run.stderr, "rencana: journal.jsonl (theirs): line 2: \"kind\" must be a string\n")
        XCTAssertEqual(try Data(contentsOf: a), Data(StateFormat.text(planName: "plan.json", entries: mine, version: 3).utf8))
    }

    func testADeviceFilesClocksMayLeaveGapsForTheOthersEntries() throws {
        // A team folder's device file: one laptop's entries, clocks 1, 5, 9 (the others' entries stood between).
        var own = notes(3, device: "d-a", text: "ani")
        for i in own.indices { own[i].clock = 1 + 4 * i }
        let a = try write("a", Array(own.prefix(2))), b = try write("b", own)
        let run = try driver(try write("o", Array(own.prefix(1))), a, b, path: "plan.team/d-a.jsonl")
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertEqual(try JournalFile.read(a).map(\.clock), [1, 5, 9])
        // The same gap with a second device in the file is refused.
        var other = notes(1, device: "d-b", text: "budi")[0]
        other.seq = 3
        let c = try write("c", Array(own.prefix(2)) + [other])
        let refused = try driver(folder.appendingPathComponent("none"), c, b)
        XCTAssertEqual(refused.status, 1)
        XCTAssertEqual(refused.stderr, "rencana: entry \(own[1].id) has clock 5, beyond what its laptop can have seen (2); nothing was merged\n")
    }

    /// kill -9 at random instants of a driver run on a large journal: ours is always the old bytes or the merged ones.
    func testKillAtAnyInstantLeavesOursAsBeforeOrAsAfter() throws {
        let mine = notes(6_000, device: "d-a", text: "ani"), theirs = notes(6_000, device: "d-b", text: "budi")
        let o = folder.appendingPathComponent("none")
        let b = try write("b", theirs)
        let a = try write("a", mine)
        let old = try Data(contentsOf: a)
        let began = Date()
        XCTAssertEqual(try driver(o, a, b).status, 0)
        let lifetime = UInt32(min(5, Date().timeIntervalSince(began)) * 1_000_000)
        let new = try Data(contentsOf: a)
        XCTAssertNotEqual(old, new)
        var generator = SystemRandomNumberGenerator()
        var outcomes: Set<String> = []
        for _ in 0..<16 {
            try old.write(to: a)
            try cli.runKilled(["merge-driver", o.path, a.path, b.path, "journal.jsonl"], lifetime: lifetime, using: &generator)
            let now = try Data(contentsOf: a)
            XCTAssertTrue(now == old || now == new, "ours is neither before nor after: \(now.count) bytes")
            XCTAssertNoThrow(try JournalFile.read(a))
            outcomes.insert(now == old ? "before" : "after")
        }
        // Whatever the kills hit, nothing but temporary files of the driver is left beside ours.
        let others = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { !["a", "b"].contains($0) }
        XCTAssertTrue(others.allSatisfy { $0.hasPrefix(".a.rencana-") || $0.hasPrefix("out-") || $0.hasPrefix("err-") }, "\(others)")
        XCTAssertFalse(outcomes.isEmpty)
    }
}
