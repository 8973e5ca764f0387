import Foundation
import XCTest

/// `rencana export --realisation` and `rencana generate --realisation` through the real binary.
final class RealisationExportCommandTests: XCTestCase {
    func testCSVExportCarriesTheRecordedStatusesAndOtherFormatsRefuseInOneLine() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let plain = try runner.run(["export", "plan.json", "--format", "csv"])
        for step in [["realize", "plan.json", "1.1.1.1", "Jan", "done", "--date", "2022-01-20"],
                     ["realize", "plan.json", "1.3.1.4", "Feb", "missed", "--note", "=Narasumber, berhalangan"],
                     ["assign", "plan.json", "1.1.1.1", "Sekretaris"],
                     ["evidence", "add", "plan.json", "1.1.1.1", "--month", "Jan", "--url", "https://example.org/sk"]] {
            let result = try runner.run(step)
            XCTAssertEqual(result.status, 0, "\(step): \(result.stderr)")
        }
        // Without --realisation the export is what it was before anything was recorded.
        XCTAssertEqual(try runner.run(["export", "plan.json", "--format", "csv"]).stdout, plain.stdout)

        let csv = try runner.run(["export", "plan.json", "--format", "csv", "--realisation", "--ids"])
        XCTAssertEqual(csv.status, 0, csv.stderr)
        let lines = csv.stdout.components(separatedBy: "\r\n")
        XCTAssertTrue(lines[0].hasSuffix(",KET,Realisasi Jan,Realisasi Feb,Realisasi Mar,Realisasi Apr,Realisasi Mei,"
            + "Realisasi Jun,Realisasi Jul,Realisasi Ags,Realisasi Sep,Realisasi Okt,Realisasi Nov,Realisasi Des,"
            + "PJ,Tanggal Realisasi,Catatan,Jumlah Bukti"), lines[0])
        let first = try XCTUnwrap(lines.first { $0.hasPrefix("1.1.1.1,") })
        XCTAssertTrue(first.hasSuffix(",Terlaksana,,,,,,,,,,,,Sekretaris,Jan: 20 Januari 2022,,1"), first)
        // The note starts like a formula only after "Feb: ", and is quoted for its comma.
        let missed = try XCTUnwrap(lines.first { $0.hasPrefix("1.3.1.4,") })
        XCTAssertTrue(missed.hasSuffix(",,Tidak Terlaksana,,,,,,,,,,,,,\"Feb: =Narasumber, berhalangan\",0"), missed)
        XCTAssertEqual(lines.count, 124 + 2)  // header, 124 rows, the empty string after the last CRLF

        let json = try runner.run(["export", "plan.json", "--format", "json", "--realisation"])
        XCTAssertEqual(json.status, 0, json.stderr)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let section = try XCTUnwrap(object["realisation"] as? [String: Any])
        XCTAssertEqual(section["version"] as? Int, 1)
        XCTAssertEqual((section["rows"] as? [Any])?.count, 2)
        XCTAssertEqual((section["evidence"] as? [Any])?.count, 1)

        for format in ["markdown", "html"] {
            let refused = try runner.run(["export", "plan.json", "--format", format, "--realisation"])
            XCTAssertEqual(refused.status, 64, format)
            XCTAssertEqual(refused.stderr, "rencana: --realisation works with --format csv or json, not \(format); "
                + "the printed monitoring report is `rencana report`\n")
            XCTAssertEqual(refused.stdout, "")
        }
        let baseline = try runner.run(["export", "plan.json", "--format", "csv", "--realisation", "--baseline"])
        XCTAssertEqual(baseline.status, 64)
        XCTAssertEqual(baseline.stderr.filter { $0 == "\n" }.count, 1, baseline.stderr)
    }

    func testGenerateWritesTheSameRealisationForTheSameSeedAndProgressReadsIt() throws {
        var runner = try CommandRunner()
        defer { runner.cleanUp() }
        let folder = runner.stateHome.appendingPathComponent("gen")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        runner.currentDirectory = folder
        let made = try runner.run(["generate", "--rows", "40", "--seed", "7", "--out", "p.json", "--realisation",
                                   "--evidence", "5", "--state", "a.jsonl"])
        XCTAssertEqual(made.status, 0, made.stderr)
        XCTAssertTrue(made.stderr.hasSuffix("a.jsonl (\(try lineCount(folder, "a.jsonl") - 1) entries)\n"), made.stderr)
        XCTAssertEqual(try runner.run(["generate", "--rows", "40", "--seed", "7", "--out", "q.json", "--realisation",
                                       "--evidence", "5", "--state", "b.jsonl"]).status, 0)
        let a = try String(contentsOf: folder.appendingPathComponent("a.jsonl"), encoding: .utf8)
        let b = try String(contentsOf: folder.appendingPathComponent("b.jsonl"), encoding: .utf8)
        XCTAssertEqual(a.replacingOccurrences(of: "\"plan\":\"p.json\"", with: "\"plan\":\"q.json\""), b)
        XCTAssertTrue(a.hasPrefix("{\"format\":\"rencana-state\",\"version\":2,\"plan\":\"p.json\"}\n"))
        XCTAssertEqual(a.components(separatedBy: "\"kind\":\"evidence-add\"").count - 1, 5)
        // The state is a real one: check reads every entry, progress counts them.
        let check = try runner.run(["check", "p.json", "--state", "a.jsonl"])
        XCTAssertEqual(check.status, 0, check.stderr)
        let progress = try runner.run(["progress", "p.json", "--state", "a.jsonl", "--until", "Des", "--format", "csv"])
        XCTAssertEqual(progress.status, 0, progress.stderr)
        let statuses = a.components(separatedBy: "\"kind\":\"status\"").count - 1
        let done = a.components(separatedBy: "\"new\":\"done\"").count - 1
        let moved = a.components(separatedBy: "\"new\":\"moved:").count - 1
        let whole = try XCTUnwrap(progress.stdout.components(separatedBy: "\r\n").dropLast().last)
        // Every done cell counts; a month moved onto a done month counts there as done too.
        let counted = try XCTUnwrap(Int(whole.split(separator: ",", omittingEmptySubsequences: false)[3]), whole)
        XCTAssertTrue((done...(done + moved)).contains(counted), "\(whole): \(done) done, \(moved) moved")
        XCTAssertGreaterThan(statuses, done)
        XCTAssertGreaterThan(done, 0)

        // Usage mistakes: one line, exit 64, nothing written.
        for arguments in [["generate", "--rows", "5", "--realisation"], ["generate", "--rows", "5", "--out", "r.json", "--evidence", "3"],
                          ["generate", "--rows", "5", "--out", "r.json", "--realisation", "--evidence", "-1"]] {
            let result = try runner.run(arguments)
            XCTAssertEqual(result.status, 64, "\(arguments)")
            XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent("r.json").path))
        }
    }

    private func lineCount(_ folder: URL, _ name: String) throws -> Int {
        try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8).filter { $0 == "\n" }.count
    }
}
