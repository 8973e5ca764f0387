import Foundation
import XCTest

/// `rencana team init` and the shared folder through the real binary: two laptops as two homes (state and config
/// folders of their own, a device id each) working on one plan folder.
final class TeamFolderCommandTests: XCTestCase {
    private var ani: CommandRunner!
    private var budi: CommandRunner!
    private var shared: URL!
    private var team: URL { shared.appendingPathComponent("plan.team") }

    override func setUpWithError() throws {
        shared = FileManager.default.temporaryDirectory.appendingPathComponent("rencana-shared-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: shared, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: CommandRunner.packageRoot.appendingPathComponent("plan.json"),
                                         to: shared.appendingPathComponent("plan.json"))
        ani = try laptop("ani", device: "d-aaaaaaaaaaaa")
        budi = try laptop("budi", device: "d-bbbbbbbbbbbb")
    }

    override func tearDown() {
        ani?.cleanUp()
        budi?.cleanUp()
        try? FileManager.default.removeItem(at: shared)
    }

    /// A laptop: its own state and config folders, its user name, working in the shared plan folder.
    private func laptop(_ user: String, device: String) throws -> CommandRunner {
        var cli = try CommandRunner()
        cli.currentDirectory = shared
        cli.environment = ["USER": user, "XDG_CONFIG_HOME": cli.stateHome.appendingPathComponent("config").path,
                           "RENCANA_DEVICE": device]
        return cli
    }

    private func run(_ cli: CommandRunner, _ arguments: [String], file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let result = try cli.run(arguments)
        XCTAssertEqual(result.status, 0, result.stderr, file: file, line: line)
        XCTAssertEqual(result.stderr, "", file: file, line: line)
        return result.stdout
    }

    /// The `device` of every entry line of a file of the team folder.
    private func devices(_ name: String) throws -> [String] {
        let text = try String(contentsOf: team.appendingPathComponent(name), encoding: .utf8)
        return text.split(separator: "\n").dropFirst().map { line in
            guard let range = line.range(of: #""device":"[^"]*""#, options: .regularExpression) else { return "-" }
            return String(line[range].dropFirst(10).dropLast())
        }
    }

    func testInitThenTwoLaptopsSeeEachOthersChangesAndEachWritesOnlyItsOwnFile() throws {
        _ = try run(ani, ["toggle", "1.1.1.1", "Feb"])
        XCTAssertEqual(try run(ani, ["team", "init"]), """
            Made the team folder plan.team/: 1 entry of this laptop (d-aaaaaaaaaaaa) written there.
            Next: share the plan's folder (with plan.team/ in it); each colleague opens plan.json with rencana as usual, and their changes meet here.

            """)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: team.path), ["d-aaaaaaaaaaaa.jsonl"])

        // Budi's first command on the plan joins the team: Ani's change is there, his goes to his own file.
        XCTAssertTrue(try run(budi, ["log"]).contains("ani  set              1.1.1.1 Feb: · → √"))
        _ = try run(budi, ["toggle", "1.1.2.1", "Mar"])
        XCTAssertTrue(try run(ani, ["log"]).contains("budi  set              1.1.2.1 Mar: · → √"))
        XCTAssertEqual(try run(budi, ["team", "init"]), """
            The team folder plan.team/ is ready: 1 entry of this laptop (d-bbbbbbbbbbbb) written there; 0 new from colleagues' file.
            Next: share the plan's folder (with plan.team/ in it); each colleague opens plan.json with rencana as usual, and their changes meet here.

            """)

        // Each undoes only its own change (hers from before the team too); both end with the same year.
        _ = try run(ani, ["toggle", "1.1.1.1", "Mar"])
        let undid = try run(ani, ["undo"])
        XCTAssertTrue(undid.hasPrefix("undid change #") && undid.contains(": 1.1.1.1 Mar is "), undid)
        let undidEarly = try run(ani, ["undo"])
        XCTAssertTrue(undidEarly.contains(": 1.1.1.1 Feb is off again"), undidEarly)
        _ = try run(budi, ["note", "1.1.2.1", "Mar", "rapat kick off"])
        let lists = try [ani, budi].map { try run($0, ["list"]) }
        XCTAssertEqual(lists[0], lists[1])
        XCTAssertEqual(try run(ani, ["log"]), try run(budi, ["log"]))
        XCTAssertEqual(try devices("d-aaaaaaaaaaaa.jsonl").map { $0.hasPrefix("early-") ? "early" : $0 },
                       ["early", "d-aaaaaaaaaaaa", "d-aaaaaaaaaaaa", "d-aaaaaaaaaaaa"], "her change before the team is marked so")
        XCTAssertEqual(try devices("d-bbbbbbbbbbbb.jsonl"), ["d-bbbbbbbbbbbb", "d-bbbbbbbbbbbb"])
    }

    func testADamagedFileInTheFolderIsOneWarningAndTheRestIsMerged() throws {
        _ = try run(ani, ["team", "init"])
        _ = try run(ani, ["toggle", "1.1.1.1", "Feb"])
        try "{\"format\":\"rencana-state\",\"version\":3,\"plan\":\"plan.json\"}\nnot json\n"
            .write(to: team.appendingPathComponent("d-rusak (1).jsonl"), atomically: true, encoding: .utf8)
        let result = try budi.run(["log"])
        XCTAssertEqual(result.status, 0)
        XCTAssertTrue(result.stdout.contains("ani  set              1.1.1.1 Feb: · → √"), result.stdout)
        let warnings = result.stderr.split(separator: "\n")
        XCTAssertEqual(warnings.count, 1, result.stderr)
        XCTAssertTrue(warnings.first?.contains(team.appendingPathComponent("d-rusak (1).jsonl").path + ": line 2: ") == true, result.stderr)
    }

    func testInitRefusesAFileInTheWay() throws {
        try "x".write(to: team, atomically: true, encoding: .utf8)
        let result = try ani.run(["team", "init"])
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stdout, "")
        XCTAssertEqual(result.stderr, "rencana: \(team.path) exists and is not a folder; move it away to make the team folder\n")
    }
}
