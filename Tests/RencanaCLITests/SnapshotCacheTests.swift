import Foundation
import XCTest

/// The snapshot cache through the real binary: `progress` gives the same bytes with and without it, reports (with
/// `RENCANA_DEBUG_SNAPSHOT=1`) when it was used, two processes writing it at once leave a good one, and a folder
/// the user cannot write is skipped without a word.
final class SnapshotCacheTests: XCTestCase {
    private var cli: CommandRunner!
    private var folder: URL { cli.stateHome }
    private var plan: String { folder.appendingPathComponent("plan.json").path }
    private var state: String { folder.appendingPathComponent("state.jsonl").path }

    override func setUpWithError() throws {
        cli = try CommandRunner()
        try FileManager.default.copyItem(atPath: CommandRunner.packageRoot.appendingPathComponent("plan.json").path, toPath: plan)
    }

    override func tearDown() { cli.cleanUp() }

    /// The user's cache folder of these runs (`XDG_CACHE_HOME`, never the real home's).
    private var cacheFolder: String { cli.cacheHome.appendingPathComponent("rencana").path }

    /// The one cache file ending in `.suffix` (the state file's snapshot or sidecar); nil when there is none.
    private func cached(_ suffix: String) -> String? {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: cacheFolder)) ?? []
        return names.filter { $0.hasSuffix("." + suffix) }.first.map { cacheFolder + "/" + $0 }
    }

    /// The debug line of a snapshot written for the state file.
    private var written: String { "rencana: snapshot: written \(cached("snapshot") ?? "?")\n" }

    /// Runs rencana with the snapshot threshold at 0 (a small plan is worth a snapshot here) and the debug report on.
    private func run(_ arguments: [String], threshold: String? = "0") throws -> CommandRunner.Result {
        let process = try cli.start(arguments)
        process.environment?["RENCANA_SNAPSHOT_THRESHOLD"] = threshold
        process.environment?["RENCANA_DEBUG_SNAPSHOT"] = "1"
        process.environment?["RENCANA_TODAY"] = "2022-06-15"
        let output = try cli.capture(process) { try $0.run(); $0.waitUntilExit() }
        return CommandRunner.Result(stdout: output.stdout, stderr: output.stderr, status: process.terminationStatus)
    }

    /// Starts every process at once, then waits for each; each must exit 0.
    private func runTogether(_ processes: [Process]) throws {
        for process in processes { try process.run() }
        for process in processes {
            process.waitUntilExit()
            XCTAssertEqual(process.terminationStatus, 0)
        }
    }

    private func record() throws {
        for step in [["realize", plan, "1.1.1.1", "Jan", "done"], ["realize", plan, "1.1.2.1", "Jan", "partly"],
                     ["evidence", "add", plan, "1.1.1.1", "--month", "Jan", "--url", "https://example.org/sk"],
                     ["realize", plan, "1.4.3.1", "Mar", "moved:Apr"], ["toggle", plan, "1.1.1.1", "Feb"]] {
            XCTAssertEqual(try run(step + ["--state", state], threshold: "off").status, 0)
        }
    }

    func testProgressIsTheSameWithTheSnapshotAndSaysWhenItUsedIt() throws {
        try record()
        let progress = ["progress", plan, "--state", state, "--by", "kegiatan"]
        let without = try run(progress, threshold: "off")
        XCTAssertEqual(without.stderr, "")
        let first = try run(progress)
        XCTAssertEqual(first.stderr, written)
        let second = try run(progress)
        XCTAssertEqual(second.stderr, "rencana: snapshot: progress restored, no entry replayed\n")
        XCTAssertEqual(first.stdout, without.stdout)
        XCTAssertEqual(second.stdout, without.stdout)
        XCTAssertTrue(without.stdout.contains("Seluruh rencana aksi"), without.stdout)
        // One more entry: the state is restored and only the tail replayed, then the snapshot written again.
        XCTAssertEqual(try run(["realize", plan, "1.1.1.1", "Jan", "missed", "--state", state], threshold: "off").status, 0)
        let third = try run(progress)
        XCTAssertEqual(third.stderr, "rencana: snapshot: restored 5 entries, replayed 1 after them\n"
                       + written)
        XCTAssertEqual(third.stdout, try run(progress, threshold: "off").stdout)
        XCTAssertNotEqual(third.stdout, without.stdout)
        // Every other command reads the restored state: the log is the same.
        let log = ["log", plan, "--state", state]
        let logged = try run(log)
        XCTAssertEqual(logged.stderr, "rencana: snapshot: restored 6 entries, replayed 0 after them\n")
        XCTAssertEqual(logged.stdout, try run(log, threshold: "off").stdout)
        // At the default threshold too, `progress` writes the snapshot again after one more entry, so the next is fast.
        XCTAssertEqual(try run(["realize", plan, "1.1.2.1", "Jan", "done", "--state", state], threshold: "off").status, 0)
        XCTAssertEqual(try run(progress, threshold: nil).stderr, "rencana: snapshot: restored 6 entries, replayed 1 after them\n"
                       + written)
        let fast = try run(progress, threshold: nil)
        XCTAssertEqual(fast.stderr, "rencana: snapshot: progress restored, no entry replayed\n")
        XCTAssertEqual(fast.stdout, try run(progress, threshold: "off").stdout)
        // Other commands at the default threshold leave a short tail as it is.
        XCTAssertEqual(try run(["realize", plan, "1.1.2.1", "Jan", "partly", "--state", state], threshold: "off").status, 0)
        XCTAssertEqual(try run(log, threshold: nil).stderr, "rencana: snapshot: restored 7 entries, replayed 1 after them\n")
    }

    func testProgressAfterMonitoringCommandsReadsTheSidecarAndAfterAnEditRestores() throws {
        try record()
        let progress = ["progress", plan, "--state", state, "--by", "row", "--tw", "1"]
        XCTAssertEqual(try run(progress).stderr, written)
        // Each command saves on top of the snapshot and writes the sidecar: progress replays nothing. (A threshold
        // no open reaches: no command writes the snapshot again, so the sidecar is what is read.)
        let never = "1000000"
        for step in [["realize", plan, "1.1.1.1", "Jan", "missed"], ["evidence", "add", plan, "1.2.1.1", "--month", "Mar", "--url",
                      "https://example.org/notulen"], ["undo", plan], ["toggle", plan, "2.1.1.1", "Mar"],
                     ["realize", plan, "2.1.1.1", "Mar", "done"]] {
            XCTAssertEqual(try run(step + ["--state", state], threshold: never).status, 0, "\(step)")
            let fast = try run(progress, threshold: never)
            XCTAssertEqual(fast.stderr, "rencana: snapshot: progress restored, no entry replayed\n", "after \(step)")
            XCTAssertEqual(fast.stdout, try run(progress, threshold: "off").stdout, "after \(step)")
        }
        XCTAssertNotNil(cached("progress"))
        // A text of the plan changed after the snapshot: its rows' texts are old, so the state is restored.
        XCTAssertEqual(try run(["edit", plan, "1.1.1.1", "--indikator", "SK Tim RB 2022", "--state", state], threshold: never).status, 0)
        let restored = try run(progress, threshold: never)
        XCTAssertEqual(restored.stderr, "rencana: snapshot: restored 5 entries, replayed 6 after them\n"
                       + written)
        XCTAssertEqual(restored.stdout, try run(progress, threshold: "off").stdout)
        XCTAssertTrue(restored.stdout.contains("SK Tim RB 2022"), restored.stdout)
        XCTAssertNil(cached("progress"), "the old snapshot's sidecar is gone")
    }

    func testTwoProcessesWritingTheSnapshotAtOnceLeaveAGoodOne() throws {
        try record()
        let progress = ["progress", plan, "--state", state]
        let expected = try run(progress, threshold: "off").stdout
        for _ in 0..<5 {
            if let snapshot = cached("snapshot") { try FileManager.default.removeItem(atPath: snapshot) }
            let processes = try (0..<2).map { _ in
                let process = try cli.start(progress)
                process.environment?["RENCANA_SNAPSHOT_THRESHOLD"] = "0"
                process.standardOutput = FileHandle.nullDevice
                process.standardError = FileHandle.nullDevice
                return process
            }
            try runTogether(processes)
            let after = try run(progress)
            XCTAssertEqual(after.stderr, "rencana: snapshot: progress restored, no entry replayed\n")
            XCTAssertEqual(after.stdout, expected)
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix("state") }.sorted()
        XCTAssertEqual(names, ["state.jsonl"], "nothing beside the state file")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: cacheFolder).count, 1, "one snapshot, no temporary file")
    }

    func testTwoProcessesRecordingAtOnceLeaveASidecarThatCountsBoth() throws {
        try record()
        let progress = ["progress", plan, "--state", state, "--by", "row"]
        XCTAssertEqual(try run(progress).stderr, written)
        // Two offices' laptops on one shared folder, each recording its own rows, five statuses each, at once.
        let rows = [["1.3.1.2", "1.3.1.3", "1.3.2.1", "1.2.2.2", "1.2.1.2"], ["4.1.1.1", "4.1.3.1", "5.1.1.1", "6.1.1.1", "7.1.1.1"]]
        let processes = try rows.map { mine in
            let script = mine.enumerated().map { index, row in
                "\"$0\" realize \"$1\" \(row) Mar \(index % 2 == 0 ? "done" : "partly") --state \"$2\""
            }
            let process = try cli.start([])  // the runner's environment, with a shell running the five commands
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", script.joined(separator: " && "), try CommandRunner.binary.path, plan, state]  // $0 $1 $2
            process.environment?["RENCANA_SNAPSHOT_THRESHOLD"] = "1000000"
            process.standardOutput = FileHandle.nullDevice
            return process
        }
        try runTogether(processes)
        let fast = try run(progress, threshold: "1000000")
        XCTAssertEqual(fast.stderr, "rencana: snapshot: progress restored, no entry replayed\n")
        let full = try run(progress, threshold: "off")
        XCTAssertEqual(fast.stdout, full.stdout)
        XCTAssertEqual(try run(["log", plan, "--state", state], threshold: "off").stdout.split(separator: "\n").count, 15,
                       "a line an entry: five recorded before, ten now")
    }

    func testACacheFolderTheUserCannotWriteIsSkippedSilently() throws {
        try FileManager.default.createDirectory(at: cli.cacheHome, withIntermediateDirectories: true)
        guard geteuid() == 0 else {
            // An ordinary user: a read-only cache home of their own.
            try record()
            XCTAssertEqual(chmod(cli.cacheHome.path, 0o555), 0)
            defer { chmod(cli.cacheHome.path, 0o755) }
            let result = try run(["progress", plan, "--state", state])
            XCTAssertEqual(result.status, 0)
            XCTAssertEqual(result.stderr, "")
            XCTAssertNil(cached("snapshot"))
            return
        }
        // Root ignores permission bits: run as nobody, who owns the state file but not the cache home (root's, 0755).
        try record()
        XCTAssertEqual(chown(state, 65534, 65534), 0)
        for path in [folder.path, plan] { chmod(path, 0o755) }
        chmod(plan, 0o644)
        let process = try cli.start(["progress", plan, "--state", state])
        process.environment?["RENCANA_SNAPSHOT_THRESHOLD"] = "0"
        process.environment?["RENCANA_DEBUG_SNAPSHOT"] = "1"
        process.arguments = ["--reuid=65534", "--regid=65534", "--clear-groups", process.executableURL!.path] + process.arguments!
        process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
        let output = try cli.capture(process) { try $0.run(); $0.waitUntilExit() }
        XCTAssertEqual(process.terminationStatus, 0, output.stderr)
        XCTAssertEqual(output.stderr, "")
        XCTAssertTrue(output.stdout.contains("Seluruh rencana aksi"), output.stdout)
        XCTAssertNil(cached("snapshot"))
    }
}
