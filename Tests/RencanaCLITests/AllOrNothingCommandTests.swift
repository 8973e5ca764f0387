import Foundation
import XCTest

/// Issue 19: a command validates everything it will write before the first entry; all of its entries are saved
/// or none (`realize … --status done --note <10,001 characters>` used to save the status, then refuse the note).
final class AllOrNothingCommandTests: XCTestCase {
    func testARefusedNoteSavesNotTheStatusEither() throws {
        let runner = try CommandRunner()
        let empty = try runner.run(["log", "plan.json"])
        let long = String(repeating: "n", count: 10_001)
        let refused = try runner.run(["realize", "plan.json", "1.1.1.1", "Jan", "done", "--date", "2022-01-20", "--note", long])
        XCTAssertEqual(refused.status, 1)
        XCTAssertEqual(refused.stderr.filter { $0 == "\n" }.count, 1, refused.stderr)
        XCTAssertTrue(refused.stderr.contains("\"note\" is longer than 10000 characters"), refused.stderr)
        XCTAssertEqual(refused.stdout, "")
        XCTAssertEqual(try runner.run(["log", "plan.json"]).stdout, empty.stdout, "nothing of the command was saved")
        // The same command with a note that fits saves all three, in one go.
        let saved = try runner.run(["realize", "plan.json", "1.1.1.1", "Jan", "done", "--date", "2022-01-20", "--note", "rapat"])
        XCTAssertEqual(saved.status, 0, saved.stderr)
        XCTAssertEqual(saved.stdout.split(separator: "\n").count, 3, saved.stdout)
    }
}
