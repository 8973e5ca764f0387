import Foundation
import XCTest

/// The command line as a user drives it, on the real plan.json.
final class CommandLineTests: XCTestCase {
    private var cli: CommandRunner!
    private let plan = CommandRunner.packageRoot.appendingPathComponent("plan.json").path

    override func setUpWithError() throws { cli = try CommandRunner() }
    override func tearDown() { cli.cleanUp() }

    func testCheckSummarisesThePlanInOneLine() throws {
        let result = try cli.run(["check", plan])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.hasPrefix("\(plan): 8 areas, "), result.stdout)
        XCTAssertTrue(result.stdout.hasSuffix("; state: 0 changes\n"), result.stdout)
        XCTAssertEqual(result.stdout.split(separator: "\n").count, 1)
    }

    func testASetShowsUpInExportLogAndUndoAndLeavesPlanJSONAlone() throws {
        let before = try Data(contentsOf: URL(fileURLWithPath: plan))
        let set = try cli.run(["set", plan, "1.1.1.1", "feb", "on"])
        XCTAssertEqual(set.status, 0, set.stderr)
        XCTAssertEqual(set.stdout, """
            1.1.1.1 Feb: √ on (saved as change #1)
            Jan Feb Mar Apr Mei Jun Jul Ags Sep Okt Nov Des
             √   √   ·   ·   ·   ·   ·   ·   ·   ·   ·   · \n
            """)

        let csv = try cli.run(["export", plan, "--format", "csv", "--ids"]).stdout
        XCTAssertTrue(csv.contains("\r\n1.1.1.1,1,Manajemen Perubahan,"), "ID column first")
        let row = try XCTUnwrap(csv.components(separatedBy: "\r\n").first { $0.hasPrefix("1.1.1.1,") })
        XCTAssertTrue(row.hasSuffix(",√,√,,,,,,,,,,,"), row)
        let baseline = try cli.run(["export", plan, "--format", "csv", "--ids", "--baseline"]).stdout
        let signed = try XCTUnwrap(baseline.components(separatedBy: "\r\n").first { $0.hasPrefix("1.1.1.1,") })
        XCTAssertTrue(signed.hasSuffix(",√,,,,,,,,,,,,"), signed)

        let log = try cli.run(["log", plan])
        XCTAssertTrue(log.stdout.hasPrefix("#1"), log.stdout)
        XCTAssertTrue(log.stdout.contains("tester"))
        XCTAssertTrue(log.stdout.contains("set              1.1.1.1 Feb: · → √"), log.stdout)

        let undo = try cli.run(["undo", plan])
        XCTAssertTrue(undo.stdout.hasPrefix("undid change #1: 1.1.1.1 Feb is off again"), undo.stdout)
        let after = try cli.run(["export", plan, "--format", "csv", "--ids"]).stdout
        XCTAssertEqual(after, baseline, "undo restores the plan as signed")
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: plan)), before, "plan.json is never rewritten")
        XCTAssertTrue(try cli.run(["log", plan]).stdout.hasPrefix("#2"))
    }

    func testMonthsAreAcceptedInTheFormsPeopleType() throws {
        for (word, label) in [("Agustus", "Ags"), ("agu", "Ags"), ("Aug", "Ags"), ("10", "Okt"), ("DES", "Des"), ("Oct", "Okt")] {
            let result = try cli.run(["toggle", plan, "2.1.1.1", word])
            XCTAssertEqual(result.status, 0, result.stderr)
            XCTAssertTrue(result.stdout.hasPrefix("2.1.1.1 \(label):"), result.stdout)
        }
    }

    func testListFitsTheWidthAndFilters() throws {
        let all = try cli.run(["list", plan, "--ids"])
        let lines = all.stdout.split(separator: "\n")
        XCTAssertTrue(lines.allSatisfy { $0.count <= 100 }, "100 columns when not a terminal")
        XCTAssertTrue(lines[0].contains("INDIKATOR"))
        let area7 = try cli.run(["list", plan, "--area", "7", "--ids"]).stdout.split(separator: "\n").dropFirst().dropLast()
        XCTAssertFalse(area7.isEmpty)
        XCTAssertTrue(area7.allSatisfy { $0.hasPrefix("7.") }, "\(area7)")
        let search = try cli.run(["list", plan, "--search", "GRATIFIKASI", "--ids"]).stdout.split(separator: "\n")
        XCTAssertEqual(search.dropFirst().dropLast().map { String($0.prefix(7)) }, ["7.2.1.1", "7.2.2.1", "7.2.3.1", "7.2.4.1"])
        XCTAssertEqual(search.last, "4 of 124 rows")
        let narrow = try cli.run(["list", plan, "--width", "60"]).stdout.split(separator: "\n")
        XCTAssertTrue(narrow.allSatisfy { $0.count <= 60 }, narrow.first { $0.count > 60 }.map(String.init) ?? "")
    }

    func testAreasWithoutRowsAreListedToo() throws {
        let odd = cli.stateHome.appendingPathComponent("odd.json")
        try Data("""
            {"document": {"title": "Odd", "year": 2022}, "areas": [
             {"number": 1, "name": "Kosong", "kegiatan": []},
             {"number": 2, "name": "Isi", "kegiatan": [{"title": "K", "subKegiatan": [{"title": "S", "indikator": [{"text": "a", "months": ["Jan"]}]}]}]}]}
            """.utf8).write(to: odd)
        let lines = try cli.run(["list", odd.path]).stdout.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.count, 4)
        XCTAssertTrue(lines[1].hasPrefix("1    Kosong"), lines[1])
        XCTAssertTrue(lines[1].contains("(no rows)"), lines[1])
        XCTAssertTrue(lines[2].hasPrefix("2    Isi"), lines[2])
        XCTAssertEqual(try cli.run(["list", odd.path, "--search", "a"]).stdout.split(separator: "\n").count, 3,
                       "a search lists matching rows only")
    }

    func testErrorsAreOneLineWithTheRightExitCode() throws {
        let cases: [([String], Int32, String)] = [
            (["check", "no-such.json"], 1, "rencana: no-such.json: no such file"),
            (["set", plan, "1.1.1.1", "Jux", "on"], 64, "rencana: unknown month \"Jux\""),
            (["set", plan, "1.1.1.1", "Jan", "maybe"], 64, "rencana: expected on or off, found \"maybe\""),
            (["set", plan, "9.9.9.9", "Jan", "on"], 1, "rencana: \(plan): the plan has no row \"9.9.9.9\""),
            (["list", plan, "--area", "9"], 64, "rencana: there is no area 9"),
            (["export", plan, "--format", "pdf"], 64, "rencana: The value 'pdf' is invalid for '--format"),
            (["log", plan, "--nonsense"], 64, "rencana: Unknown option '--nonsense'"),
        ]
        for (arguments, status, prefix) in cases {
            let result = try cli.run(arguments)
            XCTAssertEqual(result.status, status, "\(arguments): \(result.stderr)")
            XCTAssertTrue(result.stderr.hasPrefix(prefix), "\(arguments): \(result.stderr)")
            XCTAssertEqual(result.stderr.split(separator: "\n").count, 1, "\(arguments): \(result.stderr)")
            XCTAssertFalse(result.stderr.contains("Fatal error"))
        }
    }

    func testDamagedStateIsReportedAndResetMovesItAside() throws {
        let state = cli.stateHome.appendingPathComponent("s.jsonl")
        try Data("{\"format\":\"rencana-state\",\"version\":1}\n{broken\n".utf8).write(to: state)
        let check = try cli.run(["check", plan, "--state", state.path])
        XCTAssertEqual(check.status, 1)
        XCTAssertTrue(check.stderr.contains("\(state.path): line 2: not valid JSON"), check.stderr)
        XCTAssertEqual(try String(contentsOf: state, encoding: .utf8), "{\"format\":\"rencana-state\",\"version\":1}\n{broken\n")
        let reset = try cli.run(["check", plan, "--state", state.path, "--reset-state"])
        XCTAssertEqual(reset.status, 0, reset.stderr)
        XCTAssertTrue(reset.stderr.contains("aside to \(state.path).broken-"), reset.stderr)
        let moved = try FileManager.default.contentsOfDirectory(atPath: cli.stateHome.path).filter { $0.hasPrefix("s.jsonl.broken-") }
        XCTAssertEqual(moved.count, 1)
    }

    func testOrphanEntriesAreReportedByCheck() throws {
        let state = cli.stateHome.appendingPathComponent("o.jsonl")
        try Data("""
            {"format":"rencana-state","version":1,"plan":"plan.json"}
            {"seq":1,"at":"2026-01-05T08:00:00Z","by":"ani","kind":"set","row":"42.1.1.1","month":"Jan","old":false,"new":true}

            """.utf8).write(to: state)
        let check = try cli.run(["check", plan, "--state", state.path])
        XCTAssertEqual(check.status, 1)
        XCTAssertTrue(check.stderr.contains("1 change is for rows this plan lacks (42.1.1.1)"), check.stderr)
    }

    func testExportImportExportGivesTheSameCSV() throws {
        for extra in [[], ["--ids"]] {
            let csv = try cli.run(["export", plan, "--format", "csv"] + extra).stdout
            let csvFile = cli.stateHome.appendingPathComponent("roundtrip.csv")
            try Data(csv.utf8).write(to: csvFile)
            let imported = cli.stateHome.appendingPathComponent("imported.json")
            try? FileManager.default.removeItem(at: imported)
            let result = try cli.run(["import", csvFile.path, "--out", imported.path])
            XCTAssertEqual(result.status, 0, result.stderr)
            let again = try cli.run(["export", imported.path, "--format", "csv"] + extra).stdout
            XCTAssertEqual(again, csv)
        }
    }

    func testImportRefusesToOverwriteWithoutForce() throws {
        let csv = cli.stateHome.appendingPathComponent("p.csv")
        try Data(try cli.run(["export", plan]).stdout.utf8).write(to: csv)
        let out = cli.stateHome.appendingPathComponent("exists.json")
        try Data("keep".utf8).write(to: out)
        let result = try cli.run(["import", csv.path, "--out", out.path])
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(try String(contentsOf: out, encoding: .utf8), "keep")
        XCTAssertEqual(try cli.run(["import", csv.path, "--out", out.path, "--force"]).status, 0)
    }

    func testHelpIsCompleteForEveryCommand() throws {
        let root = try cli.run(["--help"])
        XCTAssertEqual(root.status, 0)
        for command in ["check", "list", "export", "set", "toggle", "log", "undo", "redo", "import"] {
            XCTAssertTrue(root.stdout.contains("  \(command) "), "\(command) missing from --help")
            let help = try cli.run(["help", command])
            XCTAssertEqual(help.status, 0)
            XCTAssertTrue(help.stdout.contains("USAGE: rencana \(command)"), help.stdout)
        }
    }
}
