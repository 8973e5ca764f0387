import Foundation
import PlanModel
import PlanStore
import XCTest

/// The store's guarantees across processes: concurrent writers and kills mid-save.
final class StoreProcessTests: XCTestCase {
    private var cli: CommandRunner!
    private let planPath = CommandRunner.packageRoot.appendingPathComponent("plan.json").path

    override func setUpWithError() throws { cli = try CommandRunner() }
    override func tearDown() { cli.cleanUp() }

    func testTwoProcessesSettingAHundredCellsEachAtOnceKeepAllTwoHundred() throws {
        let plan = try PlanFile.load(planPath)
        let state = cli.stateHome.appendingPathComponent("shared.jsonl")
        // 200 distinct cells, each set to the opposite of the plan as signed; even ones to writer A, odd to B.
        let cells = plan.rows.flatMap { row in Month.allCases.map { (row, $0) } }.prefix(200)
        let writers = try [0, 1].map { parity in
            let commands = cells.enumerated().filter { $0.offset % 2 == parity }.map { _, cell in
                let (row, month) = cell
                return "\"$RENCANA\" set '\(planPath)' \(row.id) \(month.label) \(row.baseline.contains(month) ? "off" : "on") --state '\(state.path)' >/dev/null || exit 1"
            }
            return try cli.shell(commands.joined(separator: "\n"))
        }
        for writer in writers { try writer.run() }
        for writer in writers { writer.waitUntilExit() }
        XCTAssertEqual(writers.map(\.terminationStatus), [0, 0])

        let store = try StateStore.open(plan: plan, url: state)
        XCTAssertEqual(store.history.count, 200)
        XCTAssertEqual(store.history.map(\.seq), Array(1...200), "numbered without gaps or repeats")
        for (row, month) in cells {
            XCTAssertNotEqual(store.marks[row.index].contains(month), row.baseline.contains(month), "\(row.id) \(month)")
        }
        XCTAssertEqual(Set(store.history.map(\.by)), ["tester"])
        let log = try cli.run(["log", planPath, "--state", state.path]).stdout.split(separator: "\n")
        XCTAssertEqual(log.count, 200)
        XCTAssertTrue(log.first?.hasPrefix("#200") == true)
    }

    func testKillingASaveAtRandomMomentsLeavesTheStateBeforeOrAfter() throws {
        let plan = try PlanFile.load(planPath)
        let state = cli.stateHome.appendingPathComponent("killed.jsonl")
        var generator = SystemRandomNumberGenerator()
        // How long one toggle takes from start to exit here, so the kills can be spread over all of it.
        let lifetimes = try (0..<3).map { _ -> UInt32 in
            let start = DispatchTime.now()
            _ = try cli.run(["toggle", planPath, "1.1.1.1", "Feb", "--state", state.path])
            return UInt32((DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1_000)
        }
        let lifetime = lifetimes.sorted()[1]
        var previous = try StateStore.open(plan: plan, url: state)
        var outcomes = (before: 0, after: 0)
        for round in 0..<200 {
            // Spread kills over the process's whole life (start-up, loading, the save itself, exit).
            try cli.runKilled(["toggle", planPath, "1.1.1.1", "Feb", "--state", state.path], lifetime: lifetime, using: &generator)

            let now: StateStore
            do {
                now = try StateStore.open(plan: plan, url: state)
            } catch {
                return XCTFail("round \(round): the state no longer loads: \(error)")
            }
            let before = previous.history.count
            XCTAssertTrue(now.history.count == before || now.history.count == before + 1,
                          "round \(round): \(before) entries before, \(now.history.count) after")
            XCTAssertEqual(Array(now.history.prefix(before)), previous.history, "round \(round): history rewritten")
            let expected = previous.marks[0].contains(.feb) != (now.history.count == before + 1)
            XCTAssertEqual(now.marks[0].contains(.feb), expected, "round \(round): the mark matches the history")
            if now.history.count == before { outcomes.before += 1 } else { outcomes.after += 1 }
            previous = now
        }
        // Both outcomes happen, so the kills really land before and after the save.
        XCTAssertGreaterThan(outcomes.before, 0)
        XCTAssertGreaterThan(outcomes.after, 0)
        print("kill test: \(outcomes.before) kills left the state before, \(outcomes.after) after the change")
    }
}
