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
            (["review", "plan.json", "1.1.1.1", "--tw", "1"], 64),
            (["review", "plan.json", "1.1.1.1", "--tw", "1", "--tenggat", "besok"], 64),
            (["note", "plan.json", "9.9.9.9", "Jan", "x"], 1),
            (["evidence", "remove", "plan.json", "e-000000000000"], 1),
        ]
        for (arguments, code) in cases {
            let result = try runner.run(arguments)
            XCTAssertEqual(result.status, code, "\(arguments)")
            XCTAssertEqual(result.stderr.filter { $0 == "\n" }.count, 1, "\(arguments): \(result.stderr)")
            XCTAssertTrue(result.stdout.isEmpty, "\(arguments)")
        }
    }

    func testNoteAssignAndReviewAreSavedAndLoggedInWords() throws {
        let runner = try CommandRunner()
        XCTAssertEqual(try runner.run(["note", "plan.json", "1.1.1.1", "Jan", "Rapat 20 Jan"]).status, 0)
        XCTAssertEqual(try runner.run(["assign", "plan.json", "1.1.1.1", "Subbag Hukum"]).status, 0)
        XCTAssertEqual(try runner.run(["review", "plan.json", "1.3.1.4", "--tw", "1", "--kendala", "Narasumber berhalangan",
                                       "--tenggat", "2022-04-15"]).status, 0)
        let log = try runner.run(["log", "plan.json"]).stdout.split(separator: "\n").map { line in
            // Drop "#N  timestamp  user  " and keep the kind and the words.
            line.split(separator: " ", omittingEmptySubsequences: true).dropFirst(3).joined(separator: " ")
        }
        XCTAssertEqual(log, [
            "review 1.3.1.4 TW I Tenggat: (kosong) → \"15 April 2022\"",
            "review 1.3.1.4 TW I Kendala: (kosong) → \"Narasumber berhalangan\"",
            "pj 1.1.1.1 PJ: (kosong) → \"Subbag Hukum\"",
            "note 1.1.1.1 Jan catatan: (kosong) → \"Rapat 20 Jan\"",
        ])
        // A control character from the user is kept, but never reaches the terminal raw.
        let escape = try runner.run(["assign", "plan.json", "1.1.1.1", "a\u{1B}[2Jb"])
        XCTAssertEqual(escape.stdout, "1.1.1.1: PJ \"a\\u{1B}[2Jb\" (saved as change #5)\n")
        // Clearing the note with empty text.
        XCTAssertEqual(try runner.run(["note", "plan.json", "1.1.1.1", "Jan", ""]).status, 0)
        XCTAssertEqual(try runner.run(["log", "plan.json", "--limit", "1"]).stdout.split(separator: " ",
                       omittingEmptySubsequences: true).dropFirst(3).joined(separator: " "),
                       "note 1.1.1.1 Jan catatan: \"Rapat 20 Jan\" → (kosong)\n")
    }
}
