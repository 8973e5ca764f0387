import Foundation
import XCTest

/// Issue 20: one counting rule for evidence whose file has gone. `export --realisation`'s Jumlah Bukti, `progress`'s
/// kurang bukti and the report's row say the same of each row: a gone file is no evidence, a URL or a file still there is.
final class GoneEvidenceExportTests: XCTestCase {
    private func ok(_ runner: CommandRunner, _ arguments: [String]) throws -> String {
        let result = try runner.run(arguments)
        XCTAssertEqual(result.status, 0, "\(arguments): \(result.stderr)")
        return result.stdout
    }

    func testExportProgressAndTheReportAgreeOnAGoneFile() throws {
        var runner = try CommandRunner()
        let folder = runner.stateHome.appendingPathComponent("plan-folder")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: CommandRunner.packageRoot.appendingPathComponent("plan.json"),
                                         to: folder.appendingPathComponent("plan.json"))
        runner.currentDirectory = folder
        addTeardownBlock { runner.cleanUp() }
        let scan = folder.appendingPathComponent("undangan.pdf"), kept = folder.appendingPathComponent("sk.pdf")
        for file in [scan, kept] { try Data("%PDF-1.4\n".utf8).write(to: file) }
        for step in [["realize", "plan.json", "1.1.1.1", "Jan", "done"],
                     ["realize", "plan.json", "1.1.2.1", "Jan", "done"],
                     ["realize", "plan.json", "1.2.1.1", "Jan", "done"],
                     ["evidence", "add", "plan.json", "1.1.1.1", "--month", "Jan", "--file", "undangan.pdf"],
                     ["evidence", "add", "plan.json", "1.1.2.1", "--month", "Jan", "--url", "https://example.org/notulen"],
                     ["evidence", "add", "plan.json", "1.2.1.1", "--month", "Jan", "--file", "sk.pdf"]] {
            _ = try ok(runner, step)
        }

        /// Each row's evidence as the three outputs tell it: Jumlah Bukti, kurang bukti, and whether the report's row says so.
        func told() throws -> [String: [String]] {
            let export = try ok(runner, ["export", "plan.json", "--realisation", "--format", "csv", "--ids"]).components(separatedBy: "\r\n")
            let progress = try ok(runner, ["progress", "plan.json", "--tw", "1", "--by", "row", "--format", "csv"]).components(separatedBy: "\r\n")
            let report = try ok(runner, ["report", "plan.json", "--tw", "1", "--format", "csv"]).components(separatedBy: "\r\n")
            var out: [String: [String]] = [:]
            for id in ["1.1.1.1", "1.1.2.1", "1.2.1.1"] {
                let exported = try XCTUnwrap(export.first { $0.hasPrefix(id + ",") }, id)
                let counted = try XCTUnwrap(progress.first { $0.hasPrefix(id + ",") }, id)
                out[id] = [String(exported.split(separator: ",").last ?? ""), String(counted.split(separator: ",").last ?? "")]
            }
            out["report"] = [String(report.filter { $0.contains("Kurang bukti") }.count)]
            return out
        }
        // Every done month has its evidence: one piece each, nothing kurang bukti, no row of the report says so.
        XCTAssertEqual(try told(), ["1.1.1.1": ["1", "0"], "1.1.2.1": ["1", "0"], "1.2.1.1": ["1", "0"], "report": ["0"]])
        try FileManager.default.removeItem(at: scan)
        // 1.1.1.1's file has gone: no evidence in the export, kurang bukti in progress and in one row of the report.
        XCTAssertEqual(try told(), ["1.1.1.1": ["0", "1"], "1.1.2.1": ["1", "0"], "1.2.1.1": ["1", "0"], "report": ["1"]])
        let report = try ok(runner, ["report", "plan.json", "--tw", "1", "--format", "csv"])
        XCTAssertTrue(report.contains("berkas tidak ditemukan"), report)
    }
}
