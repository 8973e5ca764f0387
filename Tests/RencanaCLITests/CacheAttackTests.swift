import Foundation
import XCTest

/// The snapshot cache tried as an attacker in a shared, group-writable team folder would, through the real binary:
/// nothing derived is read from or written beside the state file, a cache file is read only when nobody but the
/// user could have written it, two users of one state file keep their own caches, a killed writer's leftovers
/// go, and a cache folder that cannot be used is no cache, never an error (issue 19, "Caches cannot hurt").
final class CacheAttackTests: XCTestCase {
    private var cli: CommandRunner!
    private var folder: URL { cli.stateHome }
    private var plan: String { folder.appendingPathComponent("plan.json").path }
    private var state: String { folder.appendingPathComponent("state.jsonl").path }
    private var cacheFolder: String { cli.cacheHome.appendingPathComponent("rencana").path }

    override func setUpWithError() throws {
        cli = try CommandRunner()
        try FileManager.default.copyItem(atPath: CommandRunner.packageRoot.appendingPathComponent("plan.json").path, toPath: plan)
    }

    override func tearDown() { cli.cleanUp() }

    /// Runs rencana with the snapshot threshold at `threshold` (0: a small plan is worth a snapshot), the debug
    /// report on, and `XDG_CACHE_HOME` at `cacheHome` when given (the runner's otherwise).
    private func run(_ arguments: [String], threshold: String? = "0", cacheHome: String? = nil) throws -> CommandRunner.Result {
        let process = try cli.start(arguments)
        process.environment?["RENCANA_SNAPSHOT_THRESHOLD"] = threshold
        process.environment?["RENCANA_DEBUG_SNAPSHOT"] = "1"
        process.environment?["RENCANA_TODAY"] = "2022-06-15"
        if let cacheHome { process.environment?["XDG_CACHE_HOME"] = cacheHome }
        let output = try cli.capture(process) { try $0.run(); $0.waitUntilExit() }
        return CommandRunner.Result(stdout: output.stdout, stderr: output.stderr, status: process.terminationStatus)
    }

    /// Five entries, then a `progress` that writes the snapshot; returns that progress's output.
    @discardableResult
    private func recordAndSnapshot() throws -> String {
        for step in [["realize", plan, "1.1.1.1", "Jan", "done"], ["realize", plan, "1.1.2.1", "Jan", "partly"],
                     ["evidence", "add", plan, "1.1.1.1", "--month", "Jan", "--url", "https://example.org/sk"],
                     ["realize", plan, "1.4.3.1", "Mar", "moved:Apr"], ["toggle", plan, "1.1.1.1", "Feb"]] {
            XCTAssertEqual(try run(step + ["--state", state], threshold: "off").status, 0)
        }
        let first = try run(progress)
        XCTAssertTrue(first.stderr.hasPrefix("rencana: snapshot: written \(cacheFolder)/"), first.stderr)
        XCTAssertEqual(try run(progress).stderr, usedLine)
        return first.stdout
    }

    private var progress: [String] { ["progress", plan, "--state", state, "--by", "row"] }
    private let usedLine = "rencana: snapshot: progress restored, no entry replayed\n"

    /// The one cache file ending in `.suffix` in `folder` (the runner's cache folder by default).
    private func cached(_ suffix: String, in folder: String? = nil) -> String? {
        let folder = folder ?? cacheFolder
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasSuffix("." + suffix) }.first.map { folder + "/" + $0 }
    }

    private func entryCount() throws -> Int {
        try run(["log", plan, "--state", state], threshold: "off").stdout.split(separator: "\n").count
    }

    func testAHardLinkToTheJournalWhereTheSidecarWentLosesNothing() throws {
        try recordAndSnapshot()
        let journal = try Data(contentsOf: URL(fileURLWithPath: state))
        // Where the sidecar used to be written in place, beside the state file.
        XCTAssertEqual(link(state, state + ".snapshot.progress"), 0)
        XCTAssertEqual(try run(["realize", plan, "1.1.1.1", "Mar", "done", "--state", state], threshold: nil).status, 0)
        XCTAssertEqual(try entryCount(), 6)
        XCTAssertTrue(try Data(contentsOf: URL(fileURLWithPath: state)).starts(with: journal), "the journal only grew")
        // The same link planted at the sidecar's name in the cache folder: replaced, never written through.
        let sidecar = try XCTUnwrap(cached("progress"))
        try FileManager.default.removeItem(atPath: sidecar)
        XCTAssertEqual(link(state, sidecar), 0)
        XCTAssertEqual(try run(["realize", plan, "1.1.1.1", "Apr", "done", "--state", state], threshold: "1000000").status, 0)
        XCTAssertEqual(try entryCount(), 7)
        var info = stat()
        XCTAssertEqual(stat(state, &info), 0)
        XCTAssertEqual(info.st_nlink, 2, "only the link beside it is left; the cache's was replaced")
    }

    func testASnapshotNotProvablyTheUsersOwnIsNeverRead() throws {
        let expected = try recordAndSnapshot()
        let snapshot = try XCTUnwrap(cached("snapshot"))
        let good = try Data(contentsOf: URL(fileURLWithPath: snapshot))
        let cases: [(String, (String) -> Void)] = [
            ("owned by another member of the group", { XCTAssertEqual(chown($0, 65534, 65534), 0) }),
            ("group-writable", { XCTAssertEqual(chmod($0, 0o660), 0) }),
            ("world-writable", { XCTAssertEqual(chmod($0, 0o606), 0) }),
            ("with a second name", { XCTAssertEqual(link($0, self.folder.appendingPathComponent("other").path), 0) }),
        ]
        for (name, spoil) in cases {
            try? FileManager.default.removeItem(at: folder.appendingPathComponent("other"))
            try? FileManager.default.removeItem(atPath: snapshot)
            XCTAssertTrue(FileManager.default.createFile(atPath: snapshot, contents: good, attributes: [.posixPermissions: 0o600]))
            XCTAssertEqual(try run(progress).stderr, usedLine, "the good one is used (\(name))")
            spoil(snapshot)
            let result = try run(progress)
            XCTAssertFalse(result.stderr.contains("restored"), "\(name): \(result.stderr)")
            XCTAssertEqual(result.stdout, expected, name)
        }
        // One left beside the state file (where rencana wrote them before): never read again.
        XCTAssertTrue(FileManager.default.createFile(atPath: state + ".snapshot", contents: good))
        try FileManager.default.removeItem(atPath: try XCTUnwrap(cached("snapshot")))
        XCTAssertFalse(try run(progress).stderr.contains("restored"))
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: state + ".snapshot")), good, "left as it was")
    }

    func testTwoUsersOfOneStateFileKeepTheirOwnCaches() throws {
        try recordAndSnapshot()
        let homes = ["ani", "budi"].map { cli.stateHome.path + "-cache-" + $0 }
        defer { for home in homes { try? FileManager.default.removeItem(atPath: home) } }
        for home in homes { XCTAssertTrue(try run(progress, cacheHome: home).stderr.contains("written \(home)/rencana/")) }
        let inodes = try homes.map { home -> UInt64 in
            var info = stat()
            XCTAssertEqual(stat(try XCTUnwrap(cached("snapshot", in: home + "/rencana")), &info), 0)
            XCTAssertEqual(info.st_mode & 0o777, 0o600)
            return UInt64(info.st_ino)
        }
        for _ in 0..<2 {
            for (home, inode) in zip(homes, inodes) {
                XCTAssertEqual(try run(progress, cacheHome: home).stderr, usedLine, "each switch reads its own, rewrites nothing")
                var info = stat()
                XCTAssertEqual(stat(try XCTUnwrap(cached("snapshot", in: home + "/rencana")), &info), 0)
                XCTAssertEqual(UInt64(info.st_ino), inode)
            }
        }
        var info = stat()
        XCTAssertEqual(lstat(homes[0] + "/rencana", &info), 0)
        XCTAssertEqual(info.st_mode & 0o777, 0o700)
        XCTAssertFalse(FileManager.default.fileExists(atPath: state + ".snapshot"), "nothing beside the shared state file")
    }

    func testALeftoverTemporaryFileOfAKilledWriterIsRemovedByTheNextWriter() throws {
        try recordAndSnapshot()
        let snapshot = try XCTUnwrap(cached("snapshot"))
        let gone = snapshot + ".tmp-4194305-dead"          // above the largest pid Linux gives: no such process
        let old = snapshot + ".tmp-1-0ld"                  // a live pid, but an hour old
        let writing = snapshot + ".tmp-\(getpid())-busy"   // a live writer, just started: left alone
        let unused = cacheFolder + "/0123456789abcdef.snapshot"  // a state file's gone long ago
        let recent = cacheFolder + "/fedcba9876543210.snapshot"  // another state file's, in use
        for path in [gone, old, writing, unused, recent] {
            XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: Data(count: 1 << 20)))
        }
        var times = [timespec(tv_sec: time(nil) - 3_600, tv_nsec: 0), timespec(tv_sec: time(nil) - 3_600, tv_nsec: 0)]
        XCTAssertEqual(utimensat(AT_FDCWD, old, &times, 0), 0)
        var longAgo = [timespec(tv_sec: time(nil) - 40 * 86_400, tv_nsec: 0), timespec(tv_sec: time(nil) - 40 * 86_400, tv_nsec: 0)]
        XCTAssertEqual(utimensat(AT_FDCWD, unused, &longAgo, 0), 0)
        XCTAssertEqual(try run(["realize", plan, "1.1.1.1", "Mar", "done", "--state", state], threshold: "off").status, 0)
        XCTAssertTrue(try run(progress).stderr.contains("written"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: gone))
        XCTAssertFalse(FileManager.default.fileExists(atPath: old))
        XCTAssertTrue(FileManager.default.fileExists(atPath: writing))
        XCTAssertFalse(FileManager.default.fileExists(atPath: unused))
        XCTAssertTrue(FileManager.default.fileExists(atPath: recent))
    }

    func testACacheFolderThatIsALinkOrNotTheUsersIsNotUsedAndNeverAnError() throws {
        let expected = try run(progress, threshold: "off").stdout
        let elsewhere = folder.appendingPathComponent("elsewhere").path
        try FileManager.default.createDirectory(atPath: elsewhere, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: cli.cacheHome, withIntermediateDirectories: true)
        // A symbolic link in the cache folder's place (to a folder of the user's own): not followed.
        try FileManager.default.createSymbolicLink(atPath: cacheFolder, withDestinationPath: elsewhere)
        for _ in 0..<2 {
            let result = try run(progress)
            XCTAssertEqual(result.status, 0)
            XCTAssertEqual(result.stderr, "")
            XCTAssertEqual(result.stdout, expected)
        }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: elsewhere), [])
        // A folder of someone else's, open to all: not used.
        try FileManager.default.removeItem(atPath: cacheFolder)
        try FileManager.default.createDirectory(atPath: cacheFolder, withIntermediateDirectories: false)
        XCTAssertEqual(chown(cacheFolder, 65534, 65534), 0)
        XCTAssertEqual(chmod(cacheFolder, 0o777), 0)
        let result = try run(progress)
        XCTAssertEqual(result.stderr, "")
        XCTAssertEqual(result.stdout, expected)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: cacheFolder), [])
        // A cache home that is a file, or cannot be made: no cache, the command as always.
        for home in [plan, "/proc/rencana-no-such-folder"] {
            let result = try run(progress, cacheHome: home)
            XCTAssertEqual(result.status, 0)
            XCTAssertEqual(result.stderr, "")
            XCTAssertEqual(result.stdout, expected)
        }
    }

    func testTheUsersOwnFolderOpenedToOthersIsClosedAgain() throws {
        try FileManager.default.createDirectory(atPath: cacheFolder, withIntermediateDirectories: true)
        XCTAssertEqual(chmod(cacheFolder, 0o777), 0)
        try recordAndSnapshot()
        var info = stat()
        XCTAssertEqual(lstat(cacheFolder, &info), 0)
        XCTAssertEqual(info.st_mode & 0o777, 0o700)
    }
}
