import XCTest

/// The walk-through through the real binary: TW I of area 1 recorded as a Tim RB would,
/// then read back with `rencana progress --tw 1 --by area`.
final class MonitoringCommandTests: XCTestCase {
    func testWalkThroughOfTriwulanIInProgress() throws {
        let runner = try CommandRunner()
        let steps: [[String]] = [
            ["realize", "plan.json", "1.1.1.1", "Jan", "done", "--date", "2022-01-20"],
            ["realize", "plan.json", "1.1.2.1", "Jan", "done"],
            ["realize", "plan.json", "1.3.1.1", "Jan", "partly"],
            ["realize", "plan.json", "1.3.1.4", "Feb", "missed", "--note", "Narasumber berhalangan"],
            ["realize", "plan.json", "1.4.3.1", "Mar", "moved:Apr"],
            ["evidence", "add", "plan.json", "1.1.1.1", "--month", "Jan", "--url", "https://example.org/sk", "--kind", "SK"],
            ["evidence", "add", "plan.json", "1.1.2.1", "--month", "Jan", "--url", "https://example.org/notulen"],
        ]
        for step in steps {
            let result = try runner.run(step)
            XCTAssertEqual(result.status, 0, "\(step): \(result.stderr)")
        }
        // By hand: area 1 has 23 planned months in TW I; 1.4.3.1's March moved out: 22 due; done 2,
        // partly 1, missed 1, overdue 18; (2 + ½) ÷ 22 = 11,4 %; 1.3.1.1 has no evidence. Plan: 216 − 1 = 215.
        let csv = try runner.run(["progress", "plan.json", "--tw", "1", "--by", "area", "--format", "csv"])
        XCTAssertEqual(csv.status, 0, csv.stderr)
        let lines = csv.stdout.components(separatedBy: "\r\n")
        XCTAssertEqual(lines[1], "1,Manajemen Perubahan,22,2,1,1,18,\"11,4%\",1")
        XCTAssertEqual(lines[3], "3,Penataan Organisasi/Kelembagaan,0,0,0,0,0,–,0")
        XCTAssertEqual(lines[9], ",Seluruh rencana aksi,215,2,1,1,211,\"1,2%\",1")
        let missing = try runner.run(["evidence", "list", "plan.json", "--missing"])
        XCTAssertEqual(missing.stdout, "1.3.1.1 Jan: Terlaksana Sebagian without evidence\n")
        // Undo takes back the last evidence: 1.1.2.1 then lacks it too.
        XCTAssertEqual(try runner.run(["undo", "plan.json"]).status, 0)
        let after = try runner.run(["progress", "plan.json", "--tw", "1", "--format", "csv"])
        XCTAssertEqual(after.stdout.components(separatedBy: "\r\n")[1], "1,Manajemen Perubahan,22,2,1,1,18,\"11,4%\",2")
    }

    func testBadInputIsOneLineWithUsageOrDataExitCodes() throws {
        let runner = try CommandRunner()
        let cases: [([String], Int32)] = [
            (["realize", "plan.json", "1.1.1.1", "Jan", "bogus"], 64),
            (["realize", "plan.json", "1.1.1.1", "Smarch", "done"], 64),
            (["realize", "plan.json", "1.1.1.1", "Jan", "done", "--date", "2022-13-01"], 64),
            (["realize", "plan.json", "9.9.9.9", "Jan", "done"], 1),
            (["progress", "plan.json", "--tw", "5"], 64),
            (["progress", "plan.json", "--tw", "1", "--semester", "1"], 64),
            (["progress", "plan.json", "--by", "sub"], 64),
            (["evidence", "add", "plan.json", "1.1.1.1"], 64),
            (["evidence", "remove", "plan.json", "e-000000000000"], 1),
        ]
        for (arguments, code) in cases {
            let result = try runner.run(arguments)
            XCTAssertEqual(result.status, code, "\(arguments)")
            XCTAssertEqual(result.stderr.filter { $0 == "\n" }.count, 1, "\(arguments): \(result.stderr)")
            XCTAssertTrue(result.stdout.isEmpty, "\(arguments)")
        }
    }
}
