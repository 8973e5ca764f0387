import Foundation
import XCTest

/// `rencana rollup` through the real binary: its figures agree with `rencana progress` run on each office alone,
/// it writes nothing into the offices' folder, and a skipped file gives exit status 3.
final class RollupCommandTests: XCTestCase {
    private var cli: CommandRunner!
    private var folder: URL!
    private var cache: URL!

    override func setUpWithError() throws {
        cli = try CommandRunner()
        folder = cli.stateHome.appendingPathComponent("offices")
        cache = cli.stateHome.appendingPathComponent("cache")
        try FileManager.default.createDirectory(at: cache, withIntermediateDirectories: true)
        let made = try run(["generate", "--offices", "6", "--seed", "11", "--out", folder.path, "--as-plans"])
        XCTAssertEqual(made.status, 0, made.stderr)
    }

    override func tearDown() { cli.cleanUp() }

    /// Runs the binary with a fixed today and a private cache folder.
    private func run(_ arguments: [String]) throws -> CommandRunner.Result {
        let process = try cli.start(arguments)
        process.environment?["XDG_CACHE_HOME"] = cache.path
        process.environment?["RENCANA_TODAY"] = "2022-05-20"
        let output = try cli.capture(process) { process in
            try process.run()
            process.waitUntilExit()
        }
        return CommandRunner.Result(stdout: output.stdout, stderr: output.stderr, status: process.terminationStatus)
    }

    private func json(_ text: String) throws -> [String: Any] {
        try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    private func contents() throws -> [String: Data] {
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            files[name] = try Data(contentsOf: folder.appendingPathComponent(name))
        }
        return files
    }

    func testTheRecapAgreesWithProgressOnEachOfficeAlone() throws {
        let before = try contents()
        for period in [["--tw", "1"], ["--semester", "1"], ["--until", "Apr"], ["--year"]] {
            let recap = try run(["rollup", folder.path, "--format", "json"] + period)
            XCTAssertEqual(recap.status, 0, recap.stderr)
            let lines = try XCTUnwrap(try json(recap.stdout)["lines"] as? [[String: Any]])
            let offices = lines.filter { $0["level"] as? String == "office" }
            XCTAssertEqual(offices.count, 6)
            var sums = [String: Int]()
            // progress on a copy, so nothing it may cache lands beside the offices' files.
            let copy = cli.stateHome.appendingPathComponent("copy-\(UUID().uuidString)")
            try FileManager.default.copyItem(at: folder, to: copy)
            for office in offices {
                let plan = try XCTUnwrap(office["file"] as? String)
                let name = URL(fileURLWithPath: plan).deletingPathExtension().lastPathComponent
                let alone = try run(["progress", copy.appendingPathComponent(name + ".json").path,
                                     "--state", copy.appendingPathComponent(name + ".jsonl").path, "--format", "json"]
                                    + (period == ["--year"] ? ["--until", "Mei"] : period))
                XCTAssertEqual(alone.status, 0, alone.stderr)
                let whole = try XCTUnwrap((try json(alone.stdout)["lines"] as? [[String: Any]])?.last)
                for key in ["due", "done", "partly", "missed", "overdue", "kurangBukti", "capaianText"] {
                    XCTAssertEqual("\(office[key]!)", "\(whole[key]!)", "\(name) \(key) \(period)")
                }
                for key in ["due", "done", "partly", "kurangBukti"] { sums[key, default: 0] += office[key] as! Int }
            }
            // The province's line is Σ over the offices.
            let province = try XCTUnwrap(lines.last)
            for (key, sum) in sums { XCTAssertEqual(province[key] as? Int, sum, key) }
        }
        XCTAssertEqual(try contents(), before, "the roll-up or the trial wrote into the offices' folder")
    }

    func testASkippedFileIsNamedAndTheRestStillRollsUp() throws {
        try Data("{\"format\":\"rencana-plan\",\u{1B}]0;x\u{07}".utf8).write(to: folder.appendingPathComponent("kpu-999-rusak.json"))
        let recap = try run(["rollup", folder.path, "--tw", "1"])
        XCTAssertEqual(recap.status, 3, recap.stderr)
        XCTAssertTrue(recap.stdout.contains("Seluruh kantor"), recap.stdout)
        XCTAssertTrue(recap.stdout.contains("6 kantor"), recap.stdout)
        let skipped = recap.stderr.split(separator: "\n").filter { $0.contains("kpu-999-rusak.json") }
        XCTAssertEqual(skipped.count, 1, recap.stderr)
        XCTAssertFalse(recap.stderr.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{07}" }, recap.stderr)
    }

    func testJsonLinesHaveOneLinePerOfficeRowAndMonth() throws {
        let recap = try run(["rollup", folder.path, "--tw", "2", "--format", "jsonl"])
        XCTAssertEqual(recap.status, 0, recap.stderr)
        let lines = recap.stdout.split(separator: "\n")
        let list = try run(["rollup", folder.path, "--tw", "2", "--format", "json"])
        let rows = try XCTUnwrap(try json(list.stdout)["lines"] as? [[String: Any]]).last?["rows"] as? Int
        XCTAssertEqual(lines.count, try XCTUnwrap(rows) * 3)
        let keys = ["due", "done", "partly", "missed", "overdue", "kurangBukti"]
        var sums: [String: [String: Int]] = [:]
        for line in lines {
            let object = try json(String(line))
            for key in ["office", "officeCode", "area", "row", "month", "planned", "status", "date", "evidence", "latestChange",
                        "conflicts"] {
                XCTAssertNotNil(object[key], key)
            }
            for key in keys { sums[object["file"] as! String, default: [:]][key, default: 0] += object[key] as! Int }
        }
        // The cells' counts add up to each office's line of the recap.
        let offices = try XCTUnwrap(try json(list.stdout)["lines"] as? [[String: Any]]).filter { $0["level"] as? String == "office" }
        XCTAssertEqual(offices.count, 6)
        for office in offices {
            for key in keys { XCTAssertEqual(sums[office["file"] as! String]?[key] ?? 0, office[key] as? Int, key) }
        }
    }

    func testOutWritesWhatStandardOutputShowsAndNeverAnOfficesFile() throws {
        let target = cli.stateHome.appendingPathComponent("sel.jsonl").path
        let streamed = try run(["rollup", folder.path, "--semester", "1", "--format", "jsonl"])
        let written = try run(["rollup", folder.path, "--semester", "1", "--format", "jsonl", "--out", target])
        XCTAssertEqual(written.status, 0, written.stderr)
        XCTAssertEqual(try String(contentsOfFile: target, encoding: .utf8), streamed.stdout)
        let before = try contents()
        let plan = try XCTUnwrap(before.keys.sorted().first { $0.hasSuffix(".json") })
        for name in [plan, plan + "l"] {
            let refused = try run(["rollup", folder.path, "--out", folder.appendingPathComponent(name).path, "--force"])
            XCTAssertEqual(refused.status, 1, refused.stderr)
        }
        XCTAssertEqual(try contents(), before)
    }

    func testGeneratedOfficesAreTheSameForTheSameSeed() throws {
        let again = cli.stateHome.appendingPathComponent("again")
        XCTAssertEqual(try run(["generate", "--offices", "6", "--seed", "11", "--out", again.path, "--as-plans"]).status, 0)
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: again.path) {
            files[name] = try Data(contentsOf: again.appendingPathComponent(name))
        }
        XCTAssertEqual(files, try contents())
        XCTAssertEqual(files.count, 12)
        // An existing folder with files in it is refused without --force.
        XCTAssertEqual(try run(["generate", "--offices", "6", "--out", again.path]).status, 1)
    }

    func testAnOfficeCodeNamesTheOfficeAndLeavesItsFigures() throws {
        let before = try run(["rollup", folder.path, "--tw", "1", "--format", "csv"])
        let name = try XCTUnwrap(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted().first { $0.hasSuffix(".json") })
        let plan = folder.appendingPathComponent(name).path
        let journal = String(plan.dropLast(5)) + ".jsonl"
        let coded = try run(["document", plan, "--code", "049701", "--state", journal])
        XCTAssertEqual(coded.status, 0, coded.stderr)
        let after = try run(["rollup", folder.path, "--tw", "1", "--format", "csv"])
        let institution = try XCTUnwrap(try PlanDecoderShim.institution(plan))
        // The office's line is named with its code; its figures (rows … kurang bukti) are as they were.
        func line(_ csv: String) throws -> [Substring] {
            let found = csv.split(separator: "\r\n").filter { $0.split(separator: ",").dropFirst().first.map(String.init) == institution }
            XCTAssertEqual(found.count, 1, csv)
            return try XCTUnwrap(found.first).split(separator: ",", omittingEmptySubsequences: false)
        }
        let old = try line(before.stdout), new = try line(after.stdout)
        XCTAssertEqual(old[0], Substring(institution))
        XCTAssertEqual(new[0], Substring("049701 – " + institution))
        XCTAssertEqual(new[5...12], old[5...12])
    }

    func testATeamsUnresolvedConflictsAreCountedPerOfficeAndArea() throws {
        let team = cli.stateHome.appendingPathComponent("team")
        try FileManager.default.createDirectory(at: team, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: CommandRunner.packageRoot.appendingPathComponent("plan.json"),
                                         to: team.appendingPathComponent("plan.json"))
        // Three values two laptops changed without seeing each other's change, all about rows of area 1.
        try ConflictsCommandTests.journal.write(to: team.appendingPathComponent("plan.jsonl"), atomically: true, encoding: .utf8)
        let offices = try run(["rollup", team.path, "--tw", "1", "--format", "json"])
        XCTAssertEqual(offices.status, 0, offices.stderr)
        let lines = try XCTUnwrap(try json(offices.stdout)["lines"] as? [[String: Any]])
        XCTAssertEqual(lines.map { $0["conflicts"] as? Int }, [3, 3])
        let areas = try XCTUnwrap(try json(try run(["rollup", team.path, "--tw", "1", "--by", "area", "--format", "json"]).stdout)["lines"]
            as? [[String: Any]])
        let byArea = areas.filter { $0["level"] as? String == "area" }.map { ($0["area"] as? Int ?? 0, $0["conflicts"] as? Int ?? -1) }
        XCTAssertEqual(byArea.map(\.0), Array(1...8))
        XCTAssertEqual(byArea.map(\.1), [3, 0, 0, 0, 0, 0, 0, 0])
        // Each cell's line says its row's conflicts: over one month's lines they add up to the office's.
        let cells = try run(["rollup", team.path, "--tw", "1", "--format", "jsonl"]).stdout.split(separator: "\n")
        let january = try cells.map { try json(String($0)) }.filter { $0["monthNumber"] as? Int == 1 }
        XCTAssertEqual(january.reduce(0) { $0 + ($1["conflicts"] as? Int ?? 0) }, 3)
        XCTAssertEqual(Set(january.filter { ($0["conflicts"] as? Int ?? 0) > 0 }.map { $0["area"] as? Int }), [1])
        let text = try run(["rollup", team.path, "--tw", "1"])
        XCTAssertTrue(text.stdout.split(separator: "\n")[1].contains("KURANG BUKTI  KONFLIK  ENTRI TERAKHIR"), text.stdout)
        let html = try run(["rollup", team.path, "--tw", "1", "--format", "html"])
        XCTAssertTrue(html.stdout.contains("<th>KONFLIK</th>"))
        XCTAssertTrue(html.stdout.contains("<td class=\"c\">3</td></tr>"), html.stdout)
    }

    func testBadUsageIsOneLineAndExit64() throws {
        for arguments in [["rollup"], ["rollup", folder.path, "--by", "kegiatan"], ["rollup", folder.path, "--sort", "x"],
                          ["rollup", folder.path, "--format", "pdf"], ["rollup", folder.path, "--provinsi", "Jawa Timur"],
                          ["rollup", folder.path, "--format", "html", "--signer", String(repeating: "x", count: 2001)],
                          ["rollup", folder.path, "--format", "html", "--mengetahui-name", "Nama"],
                          ["rollup", folder.path, "--format", "html", "--date", "2022-02-30"], ["rollup", folder.path, "--tw", "1", "--year"],
                          ["rollup", folder.path, "--tw", "5"]] {
            let result = try run(arguments)
            XCTAssertEqual(result.status, 64, "\(arguments): \(result.stderr)")
            XCTAssertEqual(result.stderr.split(separator: "\n").count, 1, result.stderr)
        }
    }
}

/// The institution of a plan file, read as JSON (the test target does not link PlanModel).
enum PlanDecoderShim {
    static func institution(_ path: String) throws -> String? {
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any]
        return (object?["document"] as? [String: Any])?["institution"] as? String
    }
}
