import Foundation
import PlanModel
import PlanStore
import XCTest

/// A merge killed (SIGKILL) at a random instant, again and again: the journal is always exactly its old bytes or
/// exactly its new bytes (docs/TEAM.md: appended in one write, or written to a new file renamed into place).
final class TeamKillTests: XCTestCase {
    private var cli: CommandRunner!
    private let planPath = CommandRunner.packageRoot.appendingPathComponent("plan.json").path

    override func setUpWithError() throws {
        cli = try CommandRunner()
        cli.environment["RENCANA_DEVICE"] = "d-ani"
        cli.environment["XDG_CONFIG_HOME"] = cli.stateHome.appendingPathComponent("config").path
    }

    override func tearDown() { cli.cleanUp() }

    /// Citra worked at the same time as Ani: her entries interleave with Ani's and the journal is written again.
    func testKillingAMergeThatRewritesTheJournalLeavesItBeforeOrAfter() throws {
        try killRepeatedly(incoming: { plan, count in Self.entries(plan, device: "d-citra", count: count, firstClock: 1) },
                           expectRewrite: true)
    }

    /// Budi's work came after all of Ani's: it is appended.
    func testKillingAMergeThatAppendsLeavesTheJournalBeforeOrAfter() throws {
        try killRepeatedly(incoming: { plan, count in Self.entries(plan, device: "d-budi", count: count, firstClock: count + 1) },
                           expectRewrite: false)
    }

    private func killRepeatedly(incoming: (Plan, Int) -> [JournalEntry], expectRewrite: Bool) throws {
        let plan = try PlanFile.load(planPath)
        let count = 4_000
        let journal = cli.stateHome.appendingPathComponent("ani.jsonl")
        let theirs = cli.stateHome.appendingPathComponent("theirs.jsonl")
        let old = Data(StateFormat.text(planName: "plan.json", entries: Self.entries(plan, device: "d-ani", count: count, firstClock: 1),
                                        version: 3).utf8)
        try Data(StateFormat.text(planName: "plan.json", entries: incoming(plan, count), version: 3).utf8).write(to: theirs)
        let arguments = ["debug-merge", planPath, theirs.path, "--state", journal.path]

        // Once to the end: the new bytes, and how long a whole run takes.
        try old.write(to: journal)
        let start = DispatchTime.now()
        let result = try cli.run(arguments)
        XCTAssertEqual(result.status, 0, result.stderr)
        let summary = result.stdout
        let lifetime = UInt32((DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1_000)
        XCTAssertTrue(summary.contains(expectRewrite ? "rewritten" : "appended"), summary)
        let new = try Data(contentsOf: journal)
        XCTAssertNotEqual(new, old)

        var generator = SystemRandomNumberGenerator()
        var outcomes = (before: 0, after: 0)
        for round in 0..<25 {
            try old.write(to: journal)
            try cli.runKilled(arguments, lifetime: lifetime, using: &generator)
            let now = try Data(contentsOf: journal)
            if now == old {
                outcomes.before += 1
            } else if now == new {
                outcomes.after += 1
            } else {
                return XCTFail("round \(round): the journal is neither its old nor its new bytes (\(now.count) bytes; old \(old.count), new \(new.count))")
            }
            // It opens, whatever the instant of the kill.
            XCTAssertNoThrow(try StateStore.open(plan: plan, url: journal, user: "ani", device: "d-ani"), "round \(round)")
        }
        // A merge killed before its rename leaves its new file; the next merge that rewrites removes what is left over.
        let leftovers = { try FileManager.default.contentsOfDirectory(atPath: self.cli.stateHome.path).filter { $0.hasPrefix("ani.jsonl.merge-") } }
        let left = try leftovers().count
        try old.write(to: journal)
        XCTAssertEqual(try cli.run(arguments).status, 0)
        XCTAssertEqual(try Data(contentsOf: journal), new)
        if expectRewrite { XCTAssertEqual(try leftovers(), []) }
        print("team kill test (\(expectRewrite ? "rewrite" : "append")): \(outcomes.before) kills left the journal before, "
              + "\(outcomes.after) after, \(left) new files left over (then removed); a whole run \(lifetime / 1000) ms")
        XCTAssertGreaterThan(outcomes.before, 0)
    }

    /// Killed at an exact instant, half-way through writing an append (`debug-merge --kill-after`): the journal holds
    /// part of the new lines and the mark of the append. A reader then sees the year as before, without changing the
    /// file; the next writer cuts the journal back to its old bytes, removes the mark, and merges again in full.
    func testAnAppendKilledHalfWayIsReadAsBeforeAndCutBackByTheNextWriter() throws {
        let plan = try PlanFile.load(planPath)
        let count = 2_000
        let journal = cli.stateHome.appendingPathComponent("ani.jsonl")
        let mark = journal.path + ".appending"
        let theirs = cli.stateHome.appendingPathComponent("theirs.jsonl")
        let old = Data(StateFormat.text(planName: "plan.json", entries: Self.entries(plan, device: "d-ani", count: count, firstClock: 1),
                                        version: 3).utf8)
        try Data(StateFormat.text(planName: "plan.json", entries: Self.entries(plan, device: "d-budi", count: count, firstClock: count + 1),
                                  version: 3).utf8).write(to: theirs)
        let arguments = ["debug-merge", planPath, theirs.path, "--state", journal.path]
        try old.write(to: journal)
        XCTAssertTrue(try cli.run(arguments).stdout.contains("appended"))
        let new = try Data(contentsOf: journal)

        try old.write(to: journal)
        let killed = try cli.run(arguments + ["--kill-after", String((new.count - old.count) / 2)])
        XCTAssertEqual(killed.status, SIGKILL, "the merge was killed: \(killed.stderr)")
        let torn = try Data(contentsOf: journal)
        XCTAssertEqual(torn.count, old.count + (new.count - old.count) / 2, "half the append was written")
        XCTAssertEqual(torn.prefix(old.count), old)
        XCTAssertTrue(FileManager.default.fileExists(atPath: mark), "the mark of the append stays when its writer dies")

        // A reader: the year as before (complete lines of the torn append are not believed), the file untouched.
        let reader = try StateStore.open(plan: plan, url: journal, user: "ani", device: "d-ani")
        XCTAssertEqual(reader.entries.count, count)
        XCTAssertEqual(reader.entries.map(\.by), Array(repeating: "d-ani", count: count))
        XCTAssertEqual(try Data(contentsOf: journal), torn)

        // The next writer cuts it back, then merges in full: exactly the bytes of the merge that was never killed.
        let again = try cli.run(arguments)
        XCTAssertEqual(again.status, 0, again.stderr)
        XCTAssertTrue(again.stdout.contains("appended"), again.stdout)
        XCTAssertEqual(try Data(contentsOf: journal), new)
        XCTAssertFalse(FileManager.default.fileExists(atPath: mark))
    }

    /// One laptop's `count` entries (statuses, notes, marks over the plan's rows), clocks counting from `firstClock`.
    static func entries(_ plan: Plan, device: String, count: Int, firstClock: Int) -> [JournalEntry] {
        var generator = SplitMix64(seed: UInt64(firstClock) &* 31 &+ UInt64(device.utf8.count))
        func hex() -> String { String(format: "%016llx%016llx", generator.next(), generator.next()) }
        let codes: [RealisationStatus?] = [.done, .partly, .missed, nil]
        return (1...count).map { n in
            let row = plan.rows[(n * 7919) % plan.rows.count].id, month = Month(index: n % 12)!
            let change: Change
            switch n % 3 {
            case 0: change = .status(row: row, month: month, old: nil, new: codes[n % 4])
            case 1: change = .note(row: row, month: month, old: "", new: "catatan \(device) \(n)")
            default: change = .set(MarkChange(row: row, month: month, old: false, new: true))
            }
            return JournalEntry(seq: n, id: hex(), at: Date(timeIntervalSince1970: 1_780_000_000 + Double(n)), by: device,
                                device: device, clock: firstClock + n - 1, change: change)
        }
    }
}
