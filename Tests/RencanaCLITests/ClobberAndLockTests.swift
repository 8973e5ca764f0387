import Foundation
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// No command changes a file that is not Rencana's own state or a regular `--out` target, no lock makes a
/// command hang without a message, and memory that is not there ends in one line.
final class ClobberAndLockTests: XCTestCase {
    private var cli: CommandRunner!
    private var folder: URL!
    private var plan: String!

    override func setUpWithError() throws {
        cli = try CommandRunner()
        folder = cli.stateHome.appendingPathComponent("work")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        cli.currentDirectory = folder
        plan = path("p.json")
        XCTAssertEqual(try cli.run(["generate", "--rows", "5", "--out", plan]).status, 0)
    }

    override func tearDown() { cli.cleanUp() }

    private func path(_ name: String) -> String { folder.appendingPathComponent(name).path }
    private func bytes(_ path: String) -> Data? { FileManager.default.contents(atPath: path) }

    /// Runs, and checks a refusal: status 1, one stderr line containing `fragment`, and `untouched` unchanged.
    private func assertRefused(_ arguments: [String], _ fragment: String, untouched: [String],
                               file: StaticString = #filePath, line: UInt = #line) throws {
        let before = untouched.map(bytes)
        let result = try cli.run(arguments)
        XCTAssertEqual(result.status, 1, "\(arguments): \(result.stderr)", file: file, line: line)
        XCTAssertEqual(result.stderr.split(separator: "\n").count, 1, result.stderr, file: file, line: line)
        XCTAssertTrue(result.stderr.contains(fragment), "\(arguments): \(result.stderr)", file: file, line: line)
        XCTAssertFalse(result.stderr.contains("reset-state") && fragment != "reset-state", result.stderr, file: file, line: line)
        XCTAssertEqual(untouched.map(bytes), before, "\(arguments) changed a file", file: file, line: line)
    }

    func testAStateFileThatIsNotOneIsNeverCut() throws {
        // A minified plan, a text without a newline, a plan with newlines, an empty-looking binary file.
        let minified = try JSONSerialization.data(withJSONObject: JSONSerialization.jsonObject(with: bytes(plan)!))
        try minified.write(to: URL(fileURLWithPath: path("min.json")))
        try Data("just some notes".utf8).write(to: URL(fileURLWithPath: path("notes.txt")))
        try Data([0, 1, 2, 0xFF]).write(to: URL(fileURLWithPath: path("blob")))
        for target in ["min.json", "notes.txt", "blob"] {
            try assertRefused(["set", plan, "1.1.1.1", "Feb", "on", "--state", path(target)], "is not a Rencana state file",
                              untouched: [path(target), plan])
            try assertRefused(["set", plan, "1.1.1.1", "Feb", "on", "--state", path(target), "--reset-state"],
                              "is not a Rencana state file", untouched: [path(target), plan])
        }
        try assertRefused(["set", plan, "1.1.1.1", "Feb", "on", "--state", plan], "is the plan file itself", untouched: [plan])
        XCTAssertEqual(link(plan, path("hard.json")), 0)
        try assertRefused(["set", plan, "1.1.1.1", "Feb", "on", "--state", path("hard.json"), "--reset-state"],
                          "is the plan file itself", untouched: [plan])
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted(),
                       ["blob", "hard.json", "min.json", "notes.txt", "p.json"])
    }

    func testLinksFoldersDevicesAndFifosAreNotStateFiles() throws {
        let good = path("good.jsonl")
        XCTAssertEqual(try cli.run(["toggle", plan, "1.1.1.1", "Feb", "--state", good]).status, 0)
        XCTAssertEqual(symlink(good, path("link.jsonl")), 0)
        XCTAssertEqual(symlink("nowhere", path("dangling.jsonl")), 0)
        XCTAssertEqual(mkfifo(path("fifo.jsonl"), 0o644), 0)
        try FileManager.default.createDirectory(atPath: path("dir.jsonl"), withIntermediateDirectories: false)
        for (name, fragment) in [("link.jsonl", "symbolic link"), ("dangling.jsonl", "symbolic link"),
                                 ("fifo.jsonl", "not a regular file"), ("dir.jsonl", "not a regular file"),
                                 ("/dev/null", "not a regular file")] {
            let target = name.hasPrefix("/") ? name : path(name)
            for reset in [false, true] {
                try assertRefused(["set", plan, "1.1.1.1", "Mar", "on", "--state", target] + (reset ? ["--reset-state"] : []),
                                  fragment, untouched: [good, plan])
            }
        }
        XCTAssertEqual(try FileManager.default.destinationOfSymbolicLink(atPath: path("dangling.jsonl")), "nowhere")
        XCTAssertFalse(FileManager.default.fileExists(atPath: path("nowhere")))
    }

    func testAForeignOwnersStateFileIsRefused() throws {
        guard geteuid() == 0 else { return }  // needs root to run as another user
        let state = path("other.jsonl")
        XCTAssertEqual(try cli.run(["toggle", plan, "1.1.1.1", "Feb", "--state", state]).status, 0)
        for folder in [cli.stateHome.path, folder.path] { chmod(folder, 0o755) }
        chmod(state, 0o644)
        let before = bytes(state)
        // nobody (65534), in no group of the file's owner (root), reads a root-owned state file: refused.
        let process = try cli.start(["log", plan, "--state", state])
        process.arguments = ["--reuid=65534", "--regid=65534", "--clear-groups", process.executableURL!.path] + process.arguments!
        process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
        let output = try cli.capture(process) { try $0.run(); $0.waitUntilExit() }
        XCTAssertEqual(process.terminationStatus, 1, output.stderr)
        XCTAssertEqual(output.stderr.split(separator: "\n").count, 1, output.stderr)
        XCTAssertTrue(output.stderr.contains("belongs to another user (uid 0, gid 0)"), output.stderr)
        XCTAssertEqual(bytes(state), before)
    }

    func testALockHeldByAnotherProcessEndsInOneLineWithinSeconds() throws {
        let state = path("locked.jsonl")
        XCTAssertEqual(try cli.run(["toggle", plan, "1.1.1.1", "Feb", "--state", state]).status, 0)
        // Another process (flock(1)) holds the lock for 30 s.
        let holder = Process()
        holder.executableURL = URL(fileURLWithPath: "/usr/bin/flock")
        holder.arguments = ["--exclusive", state, "sleep", "30"]
        try holder.run()
        defer { holder.terminate(); holder.waitUntilExit() }
        usleep(300_000)
        let before = bytes(state)
        let start = Date()
        let result = try cli.run(["set", plan, "1.1.1.1", "Mar", "on", "--state", state])
        let seconds = Date().timeIntervalSince(start)
        XCTAssertEqual(result.status, 1, result.stderr)
        XCTAssertLessThan(seconds, 8)
        XCTAssertGreaterThan(seconds, 4)
        let lines = result.stderr.split(separator: "\n")
        XCTAssertEqual(lines.count, 2, result.stderr)
        XCTAssertTrue(lines[0].contains("waiting for \(state)"), result.stderr)
        XCTAssertTrue(lines[1].contains("locked by another process (waited 5 s)"), result.stderr)
        XCTAssertEqual(bytes(state), before)
    }

    func testNewFilesFollowTheUmask() throws {
        let process = try cli.shell("umask 002; \"$0\" toggle \"$1\" 1.1.1.1 Feb --state \"$2\" >/dev/null")
        process.arguments! += [try CommandRunner.binary.path, plan, path("team/sub/state.jsonl")]
        _ = try cli.capture(process) { try $0.run(); $0.waitUntilExit() }
        var info = stat()
        XCTAssertEqual(stat(path("team/sub"), &info), 0)
        XCTAssertEqual(info.st_mode & 0o777, 0o775)
        XCTAssertEqual(stat(path("team/sub/state.jsonl"), &info), 0)
        XCTAssertEqual(info.st_mode & 0o777, 0o664)
        // The default folder under XDG_STATE_HOME is private.
        XCTAssertEqual(try cli.run(["toggle", plan, "1.1.1.1", "Feb"]).status, 0)
        XCTAssertEqual(stat(cli.stateHome.appendingPathComponent("rencana").path, &info), 0)
        XCTAssertEqual(info.st_mode & 0o777, 0o700)
    }

    func testOutOfMemoryEndsInOneLine() throws {
        let big = path("big.json")
        XCTAssertEqual(try cli.run(["generate", "--rows", "50000", "--out", big]).status, 0)
        var refused = 0
        for limit in [130_000, 160_000, 200_000, 260_000] {
            for arguments in [["check", big], ["list", big], ["generate", "--rows", "1000000"], ["export", big, "--format", "csv"]] {
                let process = try cli.shell("ulimit -v \(limit); exec \"$RENCANA\" \"$@\" >/dev/null")
                process.arguments! += ["sh"] + arguments
                let output = try cli.capture(process) { try $0.run(); $0.waitUntilExit() }
                // Either it fits, or one line saying it does not: never a crash with a backtrace.
                XCTAssertTrue([0, 1].contains(process.terminationStatus), "\(limit) \(arguments): \(output.stderr)")
                XCTAssertFalse(output.stderr.contains("Fatal error") || output.stderr.contains("stack trace"), output.stderr)
                if process.terminationStatus == 1 {
                    refused += 1
                    XCTAssertEqual(output.stderr.split(separator: "\n").count, 1, output.stderr)
                    XCTAssertTrue(output.stderr.contains("memory"), output.stderr)
                }
            }
        }
        XCTAssertGreaterThan(refused, 3, "the small limits are refused")
    }

    /// Memory that runs out mid-run, after the up-front check let the plan in (a JSON export builds its
    /// whole text): the runtime's own one-line allocation message, then ours, exit 1, never a crash report.
    func testMemoryRunningOutMidRunEndsWithoutACrashReport() throws {
        let big = path("big.json")
        XCTAssertEqual(try cli.run(["generate", "--rows", "50000", "--out", big]).status, 0)
        var stoppedMidRun = 0
        for limit in stride(from: 172_000, through: 208_000, by: 4_000) {
            // As a user runs it: Swift's settings as they come (with SWIFT_BACKTRACE=enable=no the runtime
            // prints its own stack trace before the trap, where no handler can stop it).
            let process = try cli.shell("unset SWIFT_BACKTRACE; ulimit -v \(limit); exec \"$RENCANA\" \"$@\" >/dev/null")
            process.arguments! += ["sh", "export", big, "--format", "json"]
            let output = try cli.capture(process) { try $0.run(); $0.waitUntilExit() }
            XCTAssertTrue([0, 1].contains(process.terminationStatus), "\(limit): \(output.stderr)")
            XCTAssertFalse(output.stderr.contains("Backtracing") || output.stderr.contains("crashed"), output.stderr)
            let lines = output.stderr.split(separator: "\n")
            XCTAssertLessThanOrEqual(lines.count, 2, output.stderr)
            if process.terminationStatus == 1 {
                XCTAssertTrue(lines.last?.hasPrefix("rencana: ") == true, output.stderr)
            }
            if output.stderr.contains("rencana: stopped: out of memory") { stoppedMidRun += 1 }
        }
        XCTAssertGreaterThan(stoppedMidRun, 0, "some limit lets the plan in and then runs out of memory mid-run")
    }
}
