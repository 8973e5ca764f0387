import Foundation
import PlanModel
import PlanStore
import XCTest

/// Laptops simulated as separate homes (HOME, XDG_CONFIG_HOME and XDG_STATE_HOME each their own), each with its
/// own copy of the real plan.json in its own office folder.
class BundleTestCase: XCTestCase {
    /// One laptop: its home, its office folder, its user.
    struct Laptop {
        var cli: CommandRunner
        let office: URL
        let name: String

        var plan: String { office.appendingPathComponent("plan.json").path }

        /// Runs `rencana arguments…` in the office folder, as this laptop's user.
        @discardableResult
        func run(_ arguments: String...) throws -> CommandRunner.Result { try cli.run(arguments) }

        /// The one state file this laptop keeps for its plan.
        var stateFile: URL { StateLocation.defaultURL(forPlan: plan, environment: ["XDG_STATE_HOME": cli.stateHome.path]) }
    }

    private var laptops: [Laptop] = []
    var root: URL!

    override func setUpWithError() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("rencana-bundle-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    override func tearDown() {
        for laptop in laptops { laptop.cli.cleanUp() }
        try? FileManager.default.removeItem(at: root)
    }

    /// A laptop named `name`; with `plan`, its office folder holds a copy of the real plan.json.
    func laptop(_ name: String, plan: Bool = true, user: String? = nil) throws -> Laptop {
        var cli = try CommandRunner()
        let office = root.appendingPathComponent(name + "/office")
        try FileManager.default.createDirectory(at: office, withIntermediateDirectories: true)
        if plan {
            try FileManager.default.copyItem(at: CommandRunner.packageRoot.appendingPathComponent("plan.json"),
                                             to: office.appendingPathComponent("plan.json"))
        }
        cli.currentDirectory = office
        cli.environment = ["HOME": root.appendingPathComponent(name + "/home").path,
                           "XDG_CONFIG_HOME": root.appendingPathComponent(name + "/config").path,
                           "USER": user ?? name, "TZ": "UTC"]
        let laptop = Laptop(cli: cli, office: office, name: name)
        laptops.append(laptop)
        return laptop
    }

    func bundle(_ name: String) -> String { root.appendingPathComponent(name).path }

    func assertOK(_ result: CommandRunner.Result, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(result.status, 0, result.stderr, file: file, line: line)
    }

    /// `list`, `progress` and `log` of every laptop are byte-identical.
    func assertSameYear(_ a: Laptop, _ b: Laptop, file: StaticString = #filePath, line: UInt = #line) throws {
        for command in [["list"], ["progress", "--tw", "1"], ["log"]] {
            let left = try a.cli.run(command), right = try b.cli.run(command)
            XCTAssertEqual(left.status, 0, left.stderr, file: file, line: line)
            XCTAssertEqual(left.stdout, right.stdout, command.joined(separator: " "), file: file, line: line)
        }
    }

    /// The sender's time as `receive` shows it, from the bundle's header.
    func senderTime(_ path: String) throws -> String {
        let contents = try BundleFile.read(path, name: path)
        let at = contents.header.sender.at
        return String(at.prefix(10)) + " " + String(at.dropFirst(11).prefix(5)) + " UTC"
    }
}

/// `rencana send` / `rencana receive` as a team uses them.
final class BundleCommandTests: BundleTestCase {
    func testTwoLaptopsExchangeBothWaysAndEndWithTheSameYear() throws {
        let ani = try laptop("ani"), budi = try laptop("budi", plan: false)
        assertOK(try ani.run("realize", "1.1.1.1", "Jan", "done"))
        assertOK(try ani.run("note", "1.1.1.1", "Jan", "SK terbit"))
        // WhatsApp renames what it carries: the name does not matter.
        let whatsapp = bundle("WhatsApp Document 2026-12-06 at 14.02.11")
        let sent = try ani.run("send", "--out", whatsapp)
        assertOK(sent)
        XCTAssertTrue(sent.stdout.hasPrefix("wrote \(whatsapp): the plan, 2 entries ("), sent.stdout)
        // Budi has no plan yet: the bundle becomes his plan folder.
        let unpacked = try budi.run("receive", whatsapp)
        assertOK(unpacked)
        XCTAssertEqual(unpacked.stdout.split(separator: "\n").map(String.init), [
            "unpacked a new plan folder in \(budi.office.path): plan.json; open it with: rencana plan.json",
            "received \(whatsapp) from ani (\(try senderTime(whatsapp))): 2 new entries (ani 2), 0 already here; no conflicts",
        ])
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: budi.plan)),
                       try Data(contentsOf: URL(fileURLWithPath: ani.plan)), "the plan as signed, byte for byte")
        // Both record; one value (a note) differently on both, without either seeing the other's.
        assertOK(try ani.run("realize", "1.1.2.1", "Jan", "done"))
        assertOK(try ani.run("note", "1.2.1.1", "Feb", "rapat selesai"))
        assertOK(try budi.run("realize", "1.1.3.1", "Jun", "partly"))
        assertOK(try budi.run("note", "1.2.1.1", "Feb", "rapat ditunda"))
        assertOK(try ani.run("send", "--out", bundle("a2")))
        assertOK(try budi.run("send", "--out", bundle("b2")))
        let atAni = try ani.run("receive", bundle("b2"))
        XCTAssertEqual(atAni.stdout, "received \(bundle("b2")) from budi (\(try senderTime(bundle("b2")))): 2 new entries (budi 2), "
                       + "2 already here; 1 conflict now (`rencana conflicts` to see them)\n")
        let atBudi = try budi.run("receive", "plan.json", bundle("a2"))
        XCTAssertEqual(atBudi.stdout, "received \(bundle("a2")) from ani (\(try senderTime(bundle("a2")))): 2 new entries (ani 2), "
                       + "2 already here; 1 conflict now (`rencana conflicts` to see them)\n")
        try assertSameYear(ani, budi)
        XCTAssertEqual(try Data(contentsOf: ani.stateFile), try Data(contentsOf: budi.stateFile), "the same journal, byte for byte")
        // The same bundle again adds nothing and changes nothing.
        let before = try Data(contentsOf: budi.stateFile)
        let again = try budi.run("receive", bundle("a2"))
        XCTAssertEqual(again.stdout, "received \(bundle("a2")) from ani (\(try senderTime(bundle("a2")))): nothing new, "
                       + "4 already here; 1 conflict now (`rencana conflicts` to see them)\n")
        XCTAssertEqual(try Data(contentsOf: budi.stateFile), before)
        // Budi's undo takes back his own latest change, not Ani's newer one he received.
        assertOK(try budi.run("realize", "1.1.3.1", "Jul", "done"))
        assertOK(try ani.run("realize", "1.1.3.1", "Aug", "done"))
        assertOK(try ani.run("send", "--out", bundle("a3")))
        assertOK(try budi.run("receive", bundle("a3")))
        let undone = try budi.run("undo")
        XCTAssertTrue(undone.stdout.hasPrefix("undid change #") && undone.stdout.contains(": 1.1.3.1 Jul"), undone.stdout + undone.stderr)
        // Ani never had Budi's July: with it taken back, both laptops hold the same marks and statuses again.
        XCTAssertEqual(try budi.run("progress", "--tw", "3").stdout, try ani.run("progress", "--tw", "3").stdout)
    }

    func testSinceSendsOnlyTheEntriesSavedOnOrAfterThatDay() throws {
        let ani = try laptop("ani")
        let plan = try PlanFile.load(ani.plan)
        let state = ani.stateFile
        try FileManager.default.createDirectory(at: state.deletingLastPathComponent(), withIntermediateDirectories: true)
        for (day, row) in [("2026-01-05", "1.1.1.1"), ("2026-02-01", "1.1.2.1"), ("2026-03-09", "1.1.3.1")] {
            let at = StateFormat.parseTimestamp(day + "T23:30:00Z")!
            let store = try StateStore.open(plan: plan, url: state, user: "ani", device: "d-aaaaaaaaaaaa", now: { at })
            try store.upgradeToTeam()
            _ = try store.record(.status(row: RowID(row), month: .jan, to: .done))
        }
        let result = try ani.run("send", "--out", bundle("since"), "--since", "2026-02-01")
        assertOK(result)
        XCTAssertTrue(result.stdout.hasPrefix("wrote \(bundle("since")): the plan, 2 entries saved since 2026-02-01 ("), result.stdout)
        let contents = try BundleFile.read(bundle("since"), name: "since")
        XCTAssertEqual(contents.entries.map { $0.row?.rawValue }, ["1.1.2.1", "1.1.3.1"])
        XCTAssertEqual(contents.header.since, "2026-02-01")
        // A laptop that has the first entry takes the rest from it; one that has nothing is told what is missing.
        let budi = try laptop("budi", plan: false)
        assertOK(try ani.run("send", "--out", bundle("all")))
        assertOK(try budi.run("receive", bundle("all")))
        let known = try budi.run("receive", bundle("since"))
        XCTAssertTrue(known.stdout.contains("nothing new, 2 already here"), known.stdout)
        let bad = try ani.run("send", "--out", bundle("x"), "--since", "2026-02-30")
        XCTAssertEqual(bad.status, 64)
    }

    func testEvidenceTravelsOnceByContentAndIsUnpackedIdentically() throws {
        let ani = try laptop("ani"), budi = try laptop("budi", plan: false)
        let folder = ani.office.appendingPathComponent("bukti")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let pdf = Data((0..<70_000).map { UInt8(truncatingIfNeeded: $0 &* 7) })
        try pdf.write(to: folder.appendingPathComponent("sk-tim.pdf"))
        try pdf.write(to: folder.appendingPathComponent("sk-tim salinan.pdf"))
        try Data("notulen".utf8).write(to: folder.appendingPathComponent("notulen.txt"))
        for (row, file) in [("1.1.1.1", "bukti/sk-tim.pdf"), ("1.1.2.1", "bukti/sk-tim salinan.pdf"), ("1.1.3.1", "bukti/notulen.txt")] {
            assertOK(try ani.run("evidence", "add", row, "--month", "Jan", "--file", file))
        }
        assertOK(try ani.run("evidence", "add", "1.1.3.1", "--file", "bukti/hilang.pdf", "--allow-missing"))
        let sent = try ani.run("send", "--out", bundle("ev"), "--with-evidence")
        assertOK(sent)
        XCTAssertEqual(sent.stdout.split(separator: "\n").last,
                       "1 evidence file named by the entries not sent (missing, a link, or outside the plan's folder): bukti/hilang.pdf")
        let contents = try BundleFile.read(bundle("ev"), name: "ev")
        XCTAssertEqual(contents.evidence.map(\.section.paths), [["bukti/sk-tim.pdf", "bukti/sk-tim salinan.pdf"], ["bukti/notulen.txt"]])
        let received = try budi.run("receive", bundle("ev"))
        assertOK(received)
        XCTAssertTrue(received.stdout.hasSuffix("evidence: 3 files unpacked, 0 already here\n"), received.stdout)
        for name in ["sk-tim.pdf", "sk-tim salinan.pdf", "notulen.txt"] {
            XCTAssertEqual(try Data(contentsOf: budi.office.appendingPathComponent("bukti/" + name)),
                           try Data(contentsOf: folder.appendingPathComponent(name)), name)
        }
        // Again: nothing written; a different file of budi's at that path is kept, the bundle's beside it.
        try Data("budi's own".utf8).write(to: budi.office.appendingPathComponent("bukti/notulen.txt"))
        let again = try budi.run("receive", bundle("ev"))
        XCTAssertEqual(again.stdout.split(separator: "\n").dropFirst().map(String.init), [
            "evidence: 0 files unpacked, 2 already here",
            "bukti/notulen.txt differs from the file already here: kept both, the bundle's as bukti/notulen (received 1).txt",
        ])
        XCTAssertEqual(try String(contentsOf: budi.office.appendingPathComponent("bukti/notulen.txt"), encoding: .utf8), "budi's own")
        XCTAssertEqual(try String(contentsOf: budi.office.appendingPathComponent("bukti/notulen (received 1).txt"), encoding: .utf8), "notulen")
        try assertSameYear(ani, budi)
    }

    func testUnpackingIntoAFolder() throws {
        let ani = try laptop("ani"), budi = try laptop("budi", plan: false)
        assertOK(try ani.run("realize", "1.1.1.1", "Jan", "done"))
        assertOK(try ani.run("send", "--out", bundle("b")))
        let target = root.appendingPathComponent("budi/office/rb-2022").path
        let result = try budi.run("receive", bundle("b"), "--into", "rb-2022")
        assertOK(result)
        XCTAssertTrue(result.stdout.hasPrefix("unpacked a new plan folder in \(target): rb-2022/plan.json; open it with: rencana rb-2022/plan.json\n"),
                      result.stdout)
        XCTAssertEqual(try budi.run("list", "rb-2022/plan.json").stdout, try ani.run("list").stdout)
        // The folder now has a plan: the same bundle merges into it.
        XCTAssertTrue(try budi.run("receive", bundle("b"), "--into", "rb-2022").stdout.contains("nothing new, 1 already here"))
    }

    func testStandardOutputAndNeverOverThePlanOrAStateFile() throws {
        let ani = try laptop("ani"), budi = try laptop("budi", plan: false)
        assertOK(try ani.run("realize", "1.1.1.1", "Jan", "done"))
        // `--out -`: the bundle on standard output, the report on standard error.
        let piped = try ani.cli.run(["send", "--out", "-"])
        assertOK(piped)
        XCTAssertTrue(piped.stderr.hasPrefix("wrote standard output: the plan, 1 entries ("), piped.stderr)
        try Data(piped.stdout.utf8).write(to: URL(fileURLWithPath: bundle("piped")))
        XCTAssertTrue(try budi.run("receive", bundle("piped")).stdout.contains("1 new entry (ani 1)"))
        // Never over the plan or a journal, even with --force; another file only with --force.
        let journal = try Data(contentsOf: ani.stateFile)
        for target in [ani.stateFile.path, "plan.json", budi.stateFile.path] {
            let refused = try ani.run("send", "--out", target, "--force")
            XCTAssertEqual(refused.status, 1, target)
            XCTAssertTrue(refused.stderr.hasPrefix("rencana: \(target): not written: "), refused.stderr)
        }
        XCTAssertEqual(try Data(contentsOf: ani.stateFile), journal)
        assertOK(try ani.run("send", "--out", bundle("again")))
        XCTAssertEqual(try ani.run("send", "--out", bundle("again")).stderr,
                       "rencana: \(bundle("again")) already exists; pass --force to overwrite it\n")
        assertOK(try ani.run("send", "--out", bundle("again"), "--force"))
    }
}
