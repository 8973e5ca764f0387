import Foundation
import PlanModel
import PlanStore
import XCTest

/// `rencana conflicts` and the conflicts line of `rencana check` (issue 22), through the real binary on a team
/// journal as two laptops' merge leaves it (written out here, ids and times fixed).
final class ConflictsCommandTests: XCTestCase {
    var runner: CommandRunner!
    var state: URL!

    /// Ani and Budi each wrote 1.1.1.1 Jan catatan, 1.1.2.1 Mar status and 1.1.2.1 PJ without seeing the other's.
    static let journal = """
        {"format":"rencana-state","version":3,"plan":"plan.json"}
        {"seq":1,"id":"aaaa0000000000000000000000000001","at":"2026-12-06T10:00:00Z","by":"ani","device":"d-ani","clock":1,"kind":"note","row":"1.1.1.1","month":"Jan","old":"","new":"SK terbit"}
        {"seq":2,"id":"bbbb0000000000000000000000000001","at":"2026-12-06T10:05:00Z","by":"budi","device":"d-budi","clock":1,"kind":"note","row":"1.1.1.1","month":"Jan","old":"","new":"SK belum terbit"}
        {"seq":3,"id":"aaaa0000000000000000000000000002","at":"2026-12-06T10:06:00Z","by":"ani","device":"d-ani","clock":2,"kind":"status","row":"1.1.2.1","month":"Mar","old":"","new":"done"}
        {"seq":4,"id":"bbbb0000000000000000000000000002","at":"2026-12-06T10:07:00Z","by":"budi","device":"d-budi","clock":2,"kind":"status","row":"1.1.2.1","month":"Mar","old":"","new":"moved:Apr"}
        {"seq":5,"id":"aaaa0000000000000000000000000003","at":"2026-12-06T10:08:00Z","by":"ani","device":"d-ani","clock":3,"kind":"pj","row":"1.1.2.1","old":"","new":"Kasubbag Umum"}
        {"seq":6,"id":"bbbb0000000000000000000000000003","at":"2026-12-06T10:09:00Z","by":"budi\\u001b[31m","device":"d-budi","clock":3,"kind":"pj","row":"1.1.2.1","old":"","new":"Kabag Organisasi"}

        """

    override func setUpWithError() throws {
        runner = try CommandRunner()
        runner.environment["RENCANA_DEVICE"] = "d-citra"
        runner.environment["XDG_CONFIG_HOME"] = runner.stateHome.path  // never the real home's device file
        runner.environment["USER"] = "citra"
        state = runner.stateHome.appendingPathComponent("team.jsonl")
        try Self.journal.write(to: state, atomically: true, encoding: .utf8)
    }

    override func tearDown() { runner.cleanUp() }

    func run(_ arguments: String...) throws -> CommandRunner.Result { try runner.run(arguments + ["--state", state.path]) }

    func testTheListSaysEachConflictInWordsWithWhoAndWhenAndExits3() throws {
        let list = try run("conflicts", "plan.json")
        XCTAssertEqual(list.status, 3, list.stderr)
        XCTAssertEqual(list.stderr, "")
        XCTAssertEqual(list.stdout, """
            plan.json: 3 conflicts, values changed on two laptops without either seeing the other's change
            1  1.1.1.1 Jan catatan
               1  "SK terbit"        ani on d-ani, 2026-12-06 10:00 UTC
               2  "SK belum terbit"  budi on d-budi, 2026-12-06 10:05 UTC  (shown)
            2  1.1.2.1 Mar status
               1  Terlaksana        ani on d-ani, 2026-12-06 10:06 UTC
               2  Digeser ke April  budi on d-budi, 2026-12-06 10:07 UTC  (shown)
            3  1.1.2.1 PJ
               1  "Kasubbag Umum"     ani on d-ani, 2026-12-06 10:08 UTC
               2  "Kabag Organisasi"  budi\\u{1B}[31m on d-budi, 2026-12-06 10:09 UTC  (shown)
            settle one: rencana conflicts plan.json --choose N --value K, or type a new value

            """)
        let check = try run("check", "plan.json")
        XCTAssertEqual(check.status, 0, check.stderr)
        XCTAssertEqual(check.stdout.split(separator: "\n").last,
                       "3 conflicts: 1.1.1.1 Jan catatan, 1.1.2.1 Mar status, 1.1.2.1 PJ (see rencana conflicts plan.json)")
    }

    func testJSONHoldsEveryValueWithItsEntryAndWhichIsShown() throws {
        let result = try run("conflicts", "plan.json", "--format", "json")
        XCTAssertEqual(result.status, 3, result.stderr)
        XCTAssertFalse(result.stdout.contains("\u{1B}"), "a control from a colleague's file stays escaped")
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(object["format"] as? String, "rencana-conflicts")
        let conflicts = try XCTUnwrap(object["conflicts"] as? [[String: Any]])
        XCTAssertEqual(conflicts.map { $0["field"] as? String }, ["1.1.1.1 Jan catatan", "1.1.2.1 Mar status", "1.1.2.1 PJ"])
        XCTAssertEqual(conflicts.map { $0["month"] as? String }, ["Jan", "Mar", nil])
        let status = try XCTUnwrap(conflicts[1]["values"] as? [[String: Any]])
        XCTAssertEqual(status.map { $0["value"] as? String }, ["done", "moved:Apr"])
        XCTAssertEqual(status.map { $0["words"] as? String }, ["Terlaksana", "Digeser ke April"])
        XCTAssertEqual(status.map { $0["entry"] as? String }, ["aaaa0000000000000000000000000002", "bbbb0000000000000000000000000002"])
        XCTAssertEqual(status.map { $0["by"] as? String }, ["ani", "budi"])
        XCTAssertEqual(status.map { $0["at"] as? String }, ["2026-12-06T10:06:00Z", "2026-12-06T10:07:00Z"])
        XCTAssertEqual(status.map { $0["shown"] as? Bool }, [false, true])
    }

    func testChoosingRecordsAnEntryThatHasSeenBothAndASecondLaptopShowsNoneAfterMerging() throws {
        let chose = try run("conflicts", "plan.json", "--choose", "1", "--value", "1")
        XCTAssertEqual(chose.status, 3, chose.stderr)
        XCTAssertEqual(chose.stdout, "conflict 1 settled: 1.1.1.1 Jan catatan is \"SK terbit\" (ani's value)\n2 conflicts remain\n")
        let text = try String(contentsOf: state, encoding: .utf8)
        let last = try XCTUnwrap(text.split(separator: "\n").last)
        XCTAssertTrue(last.contains(#""by":"citra","device":"d-citra","clock":4,"seen":["aaaa0000000000000000000000000001","bbbb0000000000000000000000000001"]"#), String(last))
        XCTAssertEqual(try run("conflicts", "plan.json").stdout.split(separator: "\n").dropFirst().first, "1  1.1.2.1 Mar status")
        // Typing a value settles a conflict too; choosing the value shown settles the last.
        XCTAssertEqual(try run("realize", "plan.json", "1.1.2.1", "Mar", "partly").status, 0)
        let lastOne = try run("conflicts", "plan.json", "--choose", "1", "--value", "2")
        XCTAssertEqual(lastOne.status, 0, lastOne.stderr)
        XCTAssertEqual(lastOne.stdout.split(separator: "\n").last, "no conflicts remain")
        let none = try run("conflicts", "plan.json")
        XCTAssertEqual(none.status, 0)
        XCTAssertEqual(none.stdout, "plan.json: no conflicts\n")
        XCTAssertFalse(try run("check", "plan.json").stdout.contains("conflict"))
        // Budi's laptop, holding only the six concurrent entries, merges Citra's: no conflict there either.
        let plan = try PlanFile.load(CommandRunner.packageRoot.appendingPathComponent("plan.json").path)
        let budiFile = runner.stateHome.appendingPathComponent("budi.jsonl")
        try Self.journal.write(to: budiFile, atomically: true, encoding: .utf8)
        let citra = try StateStore.open(plan: plan, url: state, user: "citra", device: "d-citra")
        let budi = try StateStore.open(plan: plan, url: budiFile, user: "budi", device: "d-budi")
        XCTAssertEqual(budi.conflicts.count, 3)
        try budi.merge(citra.teamEntries, source: "citra")
        XCTAssertEqual(budi.conflicts, [])
        XCTAssertEqual(budi.realisation, citra.realisation)
    }

    func testUndoingAChoiceListsTheConflictAgainAndRedoSettlesIt() throws {
        XCTAssertEqual(try run("conflicts", "plan.json", "--choose", "1", "--value", "1").status, 3)
        XCTAssertEqual(try run("undo", "plan.json").status, 0)
        let again = try run("conflicts", "plan.json")
        XCTAssertEqual(again.status, 3, again.stderr)
        XCTAssertEqual(again.stdout.split(separator: "\n").prefix(4).joined(separator: "\n"), """
            plan.json: 3 conflicts, values changed on two laptops without either seeing the other's change
            1  1.1.1.1 Jan catatan
               1  "SK terbit"        ani on d-ani, 2026-12-06 10:00 UTC
               2  "SK belum terbit"  budi on d-budi, 2026-12-06 10:05 UTC  (shown)
            """)
        XCTAssertEqual(try run("redo", "plan.json").status, 0)
        XCTAssertEqual(try run("conflicts", "plan.json").stdout.split(separator: "\n").first,
                       "plan.json: 2 conflicts, values changed on two laptops without either seeing the other's change")
    }

    func testBadChoicesAreOneLineAndChangeNothing() throws {
        let cases: [([String], Int32, String)] = [
            (["--choose", "9", "--value", "1"], 1, "rencana: there is no conflict 9: the conflicts are numbered 1 to 3\n"),
            (["--choose", "1", "--value", "3"], 1, "rencana: conflict 1 has no value 3: its values are numbered 1 to 2\n"),
            (["--value", "1"], 64, "rencana: --value needs --choose N (the conflict it picks a value of) (see `rencana help`)\n"),
            (["--choose", "1"], 64, "rencana: --choose needs --value K (which of the conflict's values to keep) (see `rencana help`)\n"),
            (["--format", "xml"], 64, "rencana: --format must be text or json, not \"xml\" (see `rencana help`)\n"),
        ]
        for (arguments, status, message) in cases {
            let result = try runner.run(["conflicts", "plan.json"] + arguments + ["--state", state.path])
            XCTAssertEqual(result.status, status, "\(arguments)")
            XCTAssertEqual(result.stderr, message, "\(arguments)")
            XCTAssertEqual(result.stdout, "", "\(arguments)")
        }
        XCTAssertEqual(try String(contentsOf: state, encoding: .utf8), Self.journal, "the journal is as it was")
    }

    func testAJournalOfOneLaptopHasNoConflicts() throws {
        try FileManager.default.removeItem(at: state)
        XCTAssertEqual(try run("note", "plan.json", "1.1.1.1", "Jan", "x").status, 0)
        let result = try run("conflicts", "plan.json")
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, "plan.json: no conflicts\n")
    }
}
