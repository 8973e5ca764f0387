import Foundation
import XCTest

/// `rencana realize … moved:<Mon>` into a month where another planned month of the row is due is refused
/// (one record never counts for two, issue 20): exit 1, one line with the hint, the state file untouched.
final class MoveIntoDueMonthTests: XCTestCase {
    func testAMoveIntoADueMonthIsRefusedAndNothingIsSaved() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        try FileManager.default.copyItem(atPath: CommandRunner.packageRoot.appendingPathComponent("plan.json").path,
                                         toPath: runner.stateHome.appendingPathComponent("plan.json").path)
        let plan = runner.stateHome.appendingPathComponent("plan.json").path
        let state = runner.stateHome.appendingPathComponent("state.jsonl").path
        XCTAssertEqual(try runner.run(["realize", plan, "1.2.1.1", "Jan", "done", "--state", state]).status, 0)
        let before = try Data(contentsOf: URL(fileURLWithPath: state))
        // 1.2.1.1 is planned every month: April is due already.
        let refused = try runner.run(["realize", plan, "1.2.1.1", "Mar", "moved:Apr", "--state", state])
        XCTAssertEqual(refused.status, 1)
        XCTAssertEqual(refused.stdout, "")
        XCTAssertEqual(refused.stderr, "rencana: \(plan): 1.2.1.1: Maret cannot move to April, which is already planned; "
                       + "record Maret as missed (Tidak Terlaksana), or move it to a month with nothing planned\n")
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: state)), before, "nothing saved")
        // 1.4.3.1 is planned in Mar and Jul: Mar may move to Apr; then Jul may not follow it there.
        XCTAssertEqual(try runner.run(["realize", plan, "1.4.3.1", "Mar", "moved:Apr", "--state", state]).status, 0)
        let moved = try Data(contentsOf: URL(fileURLWithPath: state))
        let followed = try runner.run(["realize", plan, "1.4.3.1", "Jul", "moved:Apr", "--state", state])
        XCTAssertEqual(followed.status, 1)
        XCTAssertEqual(followed.stderr.filter { $0 == "\n" }.count, 1, followed.stderr)
        XCTAssertTrue(followed.stderr.contains("1.4.3.1: Juli cannot move to April"), followed.stderr)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: state)), moved, "nothing saved")
    }

    /// The same rule for ticking (issue 20): a month another month was moved into cannot be planned as well.
    func testTickingAMonthAMoveLandsOnIsRefusedAndNothingIsSaved() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        try FileManager.default.copyItem(atPath: CommandRunner.packageRoot.appendingPathComponent("plan.json").path,
                                         toPath: runner.stateHome.appendingPathComponent("plan.json").path)
        let plan = runner.stateHome.appendingPathComponent("plan.json").path
        let state = runner.stateHome.appendingPathComponent("state.jsonl").path
        // 1.1.1.1 is planned in January only: January may move to March, and March is recorded done.
        XCTAssertEqual(try runner.run(["realize", plan, "1.1.1.1", "Jan", "moved:Mar", "--state", state]).status, 0)
        XCTAssertEqual(try runner.run(["realize", plan, "1.1.1.1", "Mar", "done", "--state", state]).status, 0)
        let before = try Data(contentsOf: URL(fileURLWithPath: state))
        for command in [["toggle", plan, "1.1.1.1", "Mar"], ["set", plan, "1.1.1.1", "Mar", "on"]] {
            let refused = try runner.run(command + ["--state", state])
            XCTAssertEqual(refused.status, 1, refused.stderr)
            XCTAssertEqual(refused.stdout, "")
            XCTAssertEqual(refused.stderr, "rencana: \(plan): 1.1.1.1: planning Maret would make Maret's one record count for two "
                           + "planned months; record the moved month as missed (Tidak Terlaksana), or move it to a month with nothing planned\n")
            XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: state)), before, "nothing saved")
        }
        let progress = try runner.run(["progress", plan, "--by", "row", "--format", "csv", "--year", "--state", state])
        XCTAssertTrue(progress.stdout.contains("1.1.1.1,"), progress.stdout)
        let line = progress.stdout.components(separatedBy: "\r\n").first { $0.hasPrefix("1.1.1.1,") } ?? ""
        XCTAssertTrue(line.hasSuffix(",1,1,0,0,0,100%,1"), "due 1, done 1: \(line)")
    }
}
