import Foundation
import PlanModel
import PlanStore
import XCTest

/// The git transport of issue 22 with real git: a bare repository, clones with their own home and device,
/// `rencana team git-setup`, entries recorded on each, push and pull. Git never asks anything: its identity comes
/// from the environment, no user or system config is read.
final class GitTransportTests: XCTestCase {
    private var root: URL!
    private var runners: [CommandRunner] = []

    override func setUpWithError() throws {
        guard Self.gitPath != nil else { throw XCTSkip("git is not installed") }
        root = FileManager.default.temporaryDirectory.appendingPathComponent("rencana-git-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    override func tearDown() {
        for runner in runners { runner.cleanUp() }
        if let root { try? FileManager.default.removeItem(at: root) }
    }

    static let gitPath: String? = ["/usr/bin/git", "/usr/local/bin/git", "/bin/git"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    /// One laptop: a clone with its own HOME, config folder, state folder and device id.
    struct Laptop {
        let name: String
        let dir: URL
        let home: URL
        var runner: CommandRunner
        var journal: URL { dir.appendingPathComponent("journal.jsonl") }
    }

    private func gitEnvironment(home: URL) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["HOME"] = home.path
        environment["XDG_CONFIG_HOME"] = home.appendingPathComponent(".config").path
        environment["GIT_CONFIG_NOSYSTEM"] = "1"
        environment["GIT_TERMINAL_PROMPT"] = "0"
        environment["GIT_AUTHOR_NAME"] = "Tester"
        environment["GIT_AUTHOR_EMAIL"] = "tester@example.org"
        environment["GIT_COMMITTER_NAME"] = "Tester"
        environment["GIT_COMMITTER_EMAIL"] = "tester@example.org"
        environment["LANG"] = "C.UTF-8"
        environment["LC_ALL"] = "C.UTF-8"
        return environment
    }

    /// Runs git in `dir` (configured not to prompt, branch main, merges not rebases) and waits for it.
    @discardableResult
    private func git(_ arguments: [String], in dir: URL, home: URL, expect: Int32? = 0,
                     file: StaticString = #filePath, line: UInt = #line) throws -> CommandRunner.Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.gitPath!)
        process.arguments = ["-c", "init.defaultBranch=main", "-c", "pull.rebase=false", "-c", "advice.detachedHead=false"]
            + arguments
        process.currentDirectoryURL = dir
        process.environment = gitEnvironment(home: home)
        process.standardInput = FileHandle.nullDevice
        let helper = try CommandRunner()
        runners.append(helper)
        let output = try helper.capture(process) { process in
            try process.run()
            process.waitUntilExit()
        }
        let result = CommandRunner.Result(stdout: output.stdout, stderr: output.stderr, status: process.terminationStatus)
        if let expect {
            XCTAssertEqual(result.status, expect, "git \(arguments.joined(separator: " ")):\n\(result.stdout)\n\(result.stderr)",
                           file: file, line: line)
        }
        return result
    }

    private func makeBare() throws -> URL {
        let bare = root.appendingPathComponent("remote.git")
        try git(["init", "--bare", bare.path], in: root, home: root)
        return bare
    }

    private func laptop(_ name: String, device: String, cloning bare: URL) throws -> Laptop {
        let home = root.appendingPathComponent("home-\(name)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        let dir = root.appendingPathComponent(name)
        try git(["clone", "-q", bare.path, dir.path], in: root, home: home)
        var runner = try CommandRunner()
        runners.append(runner)
        runner.currentDirectory = dir
        runner.environment = gitEnvironment(home: home)
        runner.environment["RENCANA_DEVICE"] = device
        runner.environment["USER"] = name
        return Laptop(name: name, dir: dir, home: home, runner: runner)
    }

    @discardableResult
    private func rencana(_ laptop: Laptop, _ arguments: [String], expect: Int32 = 0,
                         file: StaticString = #filePath, line: UInt = #line) throws -> CommandRunner.Result {
        let result = try laptop.runner.run(arguments)
        XCTAssertEqual(result.status, expect, "rencana \(arguments.joined(separator: " ")) on \(laptop.name):\n\(result.stdout)\n\(result.stderr)",
                       file: file, line: line)
        return result
    }

    private func record(_ laptop: Laptop, _ arguments: [String]) throws {
        try rencana(laptop, arguments + ["--state", "journal.jsonl"])
    }

    private func commit(_ laptop: Laptop, _ message: String) throws {
        try git(["add", "-A"], in: laptop.dir, home: laptop.home)
        try git(["commit", "-q", "-m", message], in: laptop.dir, home: laptop.home)
    }

    private func bytes(_ url: URL) throws -> Data { try Data(contentsOf: url) }

    /// The first laptop puts the real plan and a journal in the repository, set up for rencana's merge driver;
    /// the second clones it and runs git-setup too (git config is not shared by a clone).
    private func twoLaptops() throws -> (Laptop, Laptop) {
        let bare = try makeBare()
        let ani = try laptop("ani", device: "d-aaaaaaaaaaaa", cloning: bare)
        try FileManager.default.copyItem(at: CommandRunner.packageRoot.appendingPathComponent("plan.json"),
                                         to: ani.dir.appendingPathComponent("plan.json"))
        let setup = try rencana(ani, ["team", "git-setup", "plan.json", "--state", "journal.jsonl"])
        XCTAssertTrue(setup.stdout.contains("journal.jsonl is now a team's journal"), setup.stdout)
        try commit(ani, "plan and journal")
        try git(["push", "-q", "origin", "main"], in: ani.dir, home: ani.home)
        let budi = try laptop("budi", device: "d-bbbbbbbbbbbb", cloning: bare)
        let second = try rencana(budi, ["team", "git-setup", "plan.json", "--state", "journal.jsonl"])
        XCTAssertTrue(second.stdout.contains(".gitattributes already has: /journal.jsonl merge=rencana"), second.stdout)
        XCTAssertTrue(second.stdout.contains("journal.jsonl is already a team's journal"), second.stdout)
        XCTAssertEqual(try git(["status", "--porcelain"], in: budi.dir, home: budi.home).stdout, "")
        return (ani, budi)
    }

    func testPullNeverConflictsAndBothClonesEndWithTheSameYear() throws {
        let (ani, budi) = try twoLaptops()
        // Both record, then meet through the bare repository; twice, so each side runs the driver once.
        for round in 1...2 {
            try record(ani, ["toggle", "plan.json", "1.1.1.1", round == 1 ? "Feb" : "Mar"])
            try record(ani, ["note", "plan.json", "1.1.2.1", "Jan", "ani \(round)"])
            try record(budi, ["note", "plan.json", "1.2.1.1", "Jun", "budi \(round)"])
            try record(budi, ["note", "plan.json", "1.1.2.1", "Jan", "budi \(round)"])  // the same note: a conflict
            try record(budi, ["toggle", "plan.json", "1.2.1.2", round == 1 ? "Apr" : "May"])
            try commit(ani, "ani round \(round)")
            try commit(budi, "budi round \(round)")
            let (first, second) = round == 1 ? (ani, budi) : (budi, ani)
            try git(["push", "-q", "origin", "main"], in: first.dir, home: first.home)
            let pull = try git(["pull", "--no-edit", "origin", "main"], in: second.dir, home: second.home)
            XCTAssertFalse((pull.stdout + pull.stderr).contains("CONFLICT"), pull.stdout + pull.stderr)
            XCTAssertTrue((pull.stdout + pull.stderr).contains("Auto-merging journal.jsonl"), pull.stdout + pull.stderr)
            try git(["push", "-q", "origin", "main"], in: second.dir, home: second.home)
            try git(["pull", "-q", "--no-edit", "origin", "main"], in: first.dir, home: first.home)
            XCTAssertEqual(try git(["status", "--porcelain"], in: first.dir, home: first.home).stdout, "")
            XCTAssertEqual(try git(["status", "--porcelain"], in: second.dir, home: second.home).stdout, "")
        }
        XCTAssertEqual(try bytes(ani.journal), try bytes(budi.journal))
        let entries = try JournalFile.read(ani.journal)
        XCTAssertEqual(entries.count, 10)
        XCTAssertEqual(Set(entries.compactMap(\.device)), ["d-aaaaaaaaaaaa", "d-bbbbbbbbbbbb"])
        XCTAssertEqual(entries.map(\.order), entries.map(\.order).sorted())
        for command in [["list", "plan.json"], ["log", "plan.json"], ["check", "plan.json"]] {
            let a = try rencana(ani, command + ["--state", "journal.jsonl"])
            let b = try rencana(budi, command + ["--state", "journal.jsonl"])
            XCTAssertEqual(a.stdout, b.stdout, command.joined(separator: " "))
        }
        let log = try rencana(ani, ["log", "plan.json", "--state", "journal.jsonl"]).stdout
        for text in ["ani 2", "budi 2", "budi 1"] { XCTAssertTrue(log.contains(text), log) }
        // Undo is yours: budi's undo takes back budi's latest change, not ani's.
        let undo = try rencana(budi, ["undo", "plan.json", "--state", "journal.jsonl"])
        XCTAssertTrue(undo.stdout.contains("1.2.1.2") && undo.stdout.contains("Mei"), undo.stdout)
        XCTAssertEqual(try JournalFile.read(budi.journal).last?.device, "d-bbbbbbbbbbbb")
    }

    func testSetupTwiceChangesNothingAndGitSeesTheAttribute() throws {
        let (ani, _) = try twoLaptops()
        let before = try bytes(ani.dir.appendingPathComponent(".gitattributes"))
        let config = try bytes(ani.dir.appendingPathComponent(".git/config"))
        let journal = try bytes(ani.journal)
        let again = try rencana(ani, ["team", "git-setup", "plan.json", "--state", "journal.jsonl"])
        XCTAssertFalse(again.stdout.contains("set "), again.stdout)
        XCTAssertEqual(try bytes(ani.dir.appendingPathComponent(".gitattributes")), before)
        XCTAssertEqual(try bytes(ani.dir.appendingPathComponent(".git/config")), config)
        XCTAssertEqual(try bytes(ani.journal), journal)
        XCTAssertEqual(String(decoding: before, as: UTF8.self), "/plan.team/*.jsonl merge=rencana\n/journal.jsonl merge=rencana\n")
        for path in ["journal.jsonl", "plan.team/d-aaaaaaaaaaaa.jsonl", "plan.team/laptop (1).jsonl"] {
            let answer = try git(["check-attr", "merge", "--", path], in: ani.dir, home: ani.home)
            XCTAssertEqual(answer.stdout, "\(path): merge: rencana\n")
        }
        XCTAssertEqual(try git(["check-attr", "merge", "--", "plan.json"], in: ani.dir, home: ani.home).stdout,
                       "plan.json: merge: unspecified\n")
        let driver = try git(["config", "--get", "merge.rencana.driver"], in: ani.dir, home: ani.home).stdout
        let binary = try CommandRunner.binary.resolvingSymlinksInPath().path
        XCTAssertEqual(driver, "\(binary) merge-driver %O %A %B %P\n")
    }

    func testSetupRefusesAPlanOutsideAWorkTreeAndAJournalOutsideIt() throws {
        let plain = root.appendingPathComponent("plain")
        try FileManager.default.createDirectory(at: plain, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: CommandRunner.packageRoot.appendingPathComponent("plan.json"),
                                         to: plain.appendingPathComponent("plan.json"))
        var runner = try CommandRunner()
        runners.append(runner)
        runner.currentDirectory = plain
        runner.environment = gitEnvironment(home: root)
        let outside = try runner.run(["team", "git-setup", "plan.json"])
        XCTAssertEqual(outside.status, 1)
        XCTAssertEqual(outside.stderr, "rencana: plan.json is not in a git work tree: `git init` or clone one first, then run `rencana team git-setup` there\n")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: plain.path), ["plan.json"])

        try git(["init", "-q", "repo"], in: root, home: root)
        let repo = root.appendingPathComponent("repo")
        try FileManager.default.copyItem(at: plain.appendingPathComponent("plan.json"), to: repo.appendingPathComponent("plan.json"))
        runner.currentDirectory = repo
        let away = try runner.run(["team", "git-setup", "plan.json", "--state", plain.appendingPathComponent("j.jsonl").path])
        XCTAssertEqual(away.status, 1)
        XCTAssertTrue(away.stderr.hasPrefix("rencana: the journal \(plain.path)/j.jsonl is outside the git work tree"), away.stderr)
        XCTAssertEqual(Set(try FileManager.default.contentsOfDirectory(atPath: repo.path)), [".git", "plan.json"])
        XCTAssertEqual(try git(["config", "--get", "merge.rencana.driver"], in: repo, home: root, expect: 1).stdout, "")
    }

    func testAForgedSameIDEntryIsAConflictNamingIt() throws {
        let (ani, budi) = try twoLaptops()
        try record(ani, ["note", "plan.json", "1.1.1.1", "Jan", "asli"])
        try commit(ani, "ani")
        try git(["push", "-q", "origin", "main"], in: ani.dir, home: ani.home)
        // budi's journal gets ani's entry with other text under the same id.
        let line = try XCTUnwrap(String(decoding: try bytes(ani.journal), as: UTF8.self).split(separator: "\n").last)
        XCTAssertTrue(line.contains("\"asli\""), String(line))
        let forged = line.replacingOccurrences(of: "\"asli\"", with: "\"palsu\"")
        let handle = try FileHandle(forWritingTo: budi.journal)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data((forged + "\n").utf8))
        try handle.close()
        try record(budi, ["note", "plan.json", "1.2.1.1", "Jun", "budi"])
        try commit(budi, "budi")
        let ours = try bytes(budi.journal)
        let pull = try git(["pull", "--no-edit", "origin", "main"], in: budi.dir, home: budi.home, expect: 1)
        let said = pull.stdout + pull.stderr
        XCTAssertTrue(said.contains("CONFLICT (content): Merge conflict in journal.jsonl"), said)
        let id = try XCTUnwrap(JournalFile.read(ani.journal).last?.id)
        XCTAssertTrue(said.contains("rencana: entry \(id) differs from the entry with the same id in journal.jsonl (ours) line 2; journal.jsonl (theirs) line 2 is damaged or forged, nothing was merged"), said)
        XCTAssertEqual(try bytes(budi.journal), ours)
        XCTAssertEqual(try git(["diff", "--name-only", "--diff-filter=U"], in: budi.dir, home: budi.home).stdout, "journal.jsonl\n")
    }

    func testAPathWithSpacesAndWildcardsIsQuotedAndTakenLiterally() throws {
        try git(["init", "-q", "repo"], in: root, home: root)
        let repo = root.appendingPathComponent("repo"), folder = repo.appendingPathComponent("Tim RB")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: CommandRunner.packageRoot.appendingPathComponent("plan.json"),
                                         to: folder.appendingPathComponent("rencana [2026].json"))
        var runner = try CommandRunner()
        runners.append(runner)
        runner.currentDirectory = folder
        runner.environment = gitEnvironment(home: root)
        let run = try runner.run(["team", "git-setup", "rencana [2026].json", "--state", "jurnal *.jsonl"])
        XCTAssertEqual(run.status, 0, run.stderr)
        let attributes = try String(contentsOf: repo.appendingPathComponent(".gitattributes"), encoding: .utf8)
        XCTAssertEqual(attributes, #""/Tim RB/rencana \\[2026\\].team/*.jsonl" merge=rencana"# + "\n"
                       + #""/Tim RB/jurnal \\*.jsonl" merge=rencana"# + "\n")
        for (path, value) in [("Tim RB/rencana [2026].team/d-1.jsonl", "rencana"), ("Tim RB/jurnal *.jsonl", "rencana"),
                              ("Tim RB/rencana 2.team/d-1.jsonl", "unspecified"), ("Tim RB/jurnal x.jsonl", "unspecified")] {
            XCTAssertEqual(try git(["check-attr", "merge", "--", path], in: repo, home: root).stdout, "\(path): merge: \(value)\n")
        }
    }
}
