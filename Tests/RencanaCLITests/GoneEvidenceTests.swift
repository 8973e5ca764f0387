import Foundation
import XCTest

/// Issue 20: evidence whose file has gone is kurang bukti in `progress` as in the report and `evidence list --missing`,
/// also when `progress` reads its figures from the snapshot cache written while the file was there.
final class GoneEvidenceTests: XCTestCase {
    /// A runner working in a folder of its own holding a copy of plan.json (evidence paths are relative to it).
    private func runnerInOwnFolder() throws -> (CommandRunner, URL) {
        var runner = try CommandRunner()
        let folder = runner.stateHome.appendingPathComponent("plan-folder")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: CommandRunner.packageRoot.appendingPathComponent("plan.json"),
                                         to: folder.appendingPathComponent("plan.json"))
        runner.currentDirectory = folder
        // A snapshot even of this small state, so `progress` reads the cached tracker written while the file was there.
        runner.environment["RENCANA_SNAPSHOT_THRESHOLD"] = "0"
        addTeardownBlock { runner.cleanUp() }
        return (runner, folder)
    }

    private func ok(_ runner: CommandRunner, _ arguments: [String]) throws -> String {
        let result = try runner.run(arguments)
        XCTAssertEqual(result.status, 0, "\(arguments): \(result.stderr)")
        return result.stdout
    }

    /// Area 1's figure fields (due … kurang bukti) in `progress --format csv`.
    private func progressFigures(_ runner: CommandRunner) throws -> String {
        let csv = try ok(runner, ["progress", "plan.json", "--tw", "1", "--by", "area", "--format", "csv"])
        let line = try XCTUnwrap(csv.components(separatedBy: "\r\n").first { $0.hasPrefix("1,Manajemen Perubahan,") })
        return String(line.dropFirst("1,Manajemen Perubahan,".count))
    }

    /// Area 1's figure fields in the report's REKAPITULASI PER AREA (csv).
    private func reportFigures(_ runner: CommandRunner) throws -> String {
        let lines = try ok(runner, ["report", "plan.json", "--tw", "1", "--format", "csv"]).components(separatedBy: "\r\n")
        let summary = try XCTUnwrap(lines.firstIndex(of: "REKAPITULASI PER AREA"))
        return String(lines[summary + 2].dropFirst("1. Manajemen Perubahan,".count))
    }

    func testProgressCountsADoneMonthWhoseEvidenceFileIsGoneAsKurangBukti() throws {
        let (runner, folder) = try runnerInOwnFolder()
        let scan = folder.appendingPathComponent("undangan.pdf")
        try Data("%PDF-1.4\n".utf8).write(to: scan)
        for step in [["realize", "plan.json", "1.1.1.1", "Jan", "done"],
                     ["realize", "plan.json", "1.1.2.1", "Jan", "done"],
                     ["evidence", "add", "plan.json", "1.1.1.1", "--month", "Jan", "--file", "undangan.pdf"],
                     ["evidence", "add", "plan.json", "1.1.2.1", "--month", "Jan", "--url", "https://example.org/notulen"]] {
            _ = try ok(runner, step)
        }
        // Both done months have evidence: nothing kurang bukti; this run also leaves a snapshot in the cache.
        let before = try progressFigures(runner)
        XCTAssertEqual(before, "23,2,0,0,21,\"8,7%\",0")
        XCTAssertEqual(try reportFigures(runner), before)

        try FileManager.default.removeItem(at: scan)
        // The file is gone: 1.1.1.1's January has no evidence now, in progress (from the cache) as in the report.
        let after = try progressFigures(runner)
        XCTAssertEqual(after, "23,2,0,0,21,\"8,7%\",1")
        XCTAssertEqual(try reportFigures(runner), after)
        let byRow = try ok(runner, ["progress", "plan.json", "--tw", "1", "--by", "row", "--format", "csv"])
        XCTAssertTrue(byRow.components(separatedBy: "\r\n").contains { $0.hasPrefix("1.1.1.1,") && $0.hasSuffix(",1") }, byRow)
        // evidence list --missing names the month and the file, by the same rule.
        let missing = try ok(runner, ["evidence", "list", "plan.json", "--missing"])
        XCTAssertTrue(missing.contains("1.1.1.1"), missing)
        XCTAssertTrue(missing.contains("undangan.pdf"), missing)

        // Back again: counted again.
        try Data("%PDF-1.4\n".utf8).write(to: scan)
        XCTAssertEqual(try progressFigures(runner), before)
    }

    /// The gone-file check on the snapshot's figures needs no restore: with file evidence in the snapshot and in the
    /// progress sidecar of a later save, every `progress` below is served from the cache (the debug line says so),
    /// counts a deleted file's month as kurang bukti and a file put back as evidence again, and prints exactly what
    /// a run without the cache prints.
    func testProgressChecksGoneFilesOnTheCachedFiguresWithoutARestore() throws {
        var (runner, folder) = try runnerInOwnFolder()
        let undangan = folder.appendingPathComponent("undangan.pdf"), sk = folder.appendingPathComponent("sk.pdf")
        for file in [undangan, sk] { try Data("%PDF-1.4\n".utf8).write(to: file) }
        for step in [["realize", "plan.json", "1.1.1.1", "Jan", "done"],
                     ["realize", "plan.json", "1.1.2.1", "Jan", "partly"],
                     ["evidence", "add", "plan.json", "1.1.1.1", "--month", "Jan", "--file", "undangan.pdf"]] {
            _ = try ok(runner, step)
        }
        runner.environment["RENCANA_DEBUG_SNAPSHOT"] = "1"
        let progress = ["progress", "plan.json", "--tw", "1", "--by", "row", "--format", "csv"]
        // The commands above left a snapshot (threshold 0), holding undangan.pdf; after it, in the sidecar of the
        // next save, a file on another row.
        _ = try ok(runner, ["evidence", "add", "plan.json", "1.1.2.1", "--file", "sk.pdf"])
        let cache = runner.cacheHome.appendingPathComponent("rencana").path
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: cache).filter { !$0.hasPrefix(".") }
                        .map { ($0 as NSString).pathExtension }.sorted(), ["progress", "snapshot"])

        /// Progress from the cache (no restore), checked against a run without it; its kurang bukti of area 1.
        func cachedKurangBukti() throws -> String {
            let cached = try runner.run(progress)
            XCTAssertEqual(cached.status, 0, cached.stderr)
            XCTAssertEqual(cached.stderr, "rencana: snapshot: progress restored, no entry replayed\n", "the fast path")
            var plain = runner
            plain.environment["RENCANA_SNAPSHOT_THRESHOLD"] = "off"
            XCTAssertEqual(cached.stdout, try ok(plain, progress), "the same as without the cache")
            return try progressFigures(runner).components(separatedBy: ",").last ?? ""
        }
        XCTAssertEqual(try cachedKurangBukti(), "0")
        try FileManager.default.removeItem(at: undangan)
        XCTAssertEqual(try cachedKurangBukti(), "1", "the snapshot's file is gone")
        try FileManager.default.removeItem(at: sk)
        XCTAssertEqual(try cachedKurangBukti(), "2", "the sidecar's file is gone too")
        try Data("%PDF-1.4\n".utf8).write(to: undangan)
        XCTAssertEqual(try cachedKurangBukti(), "1", "one back: counted again")
        try Data("%PDF-1.4\n".utf8).write(to: sk)
        XCTAssertEqual(try cachedKurangBukti(), "0")
    }
}
