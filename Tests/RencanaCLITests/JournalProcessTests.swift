import Foundation
import PlanModel
import PlanStore
import XCTest

/// Journal v2 across processes: statuses and evidence from two writers at once, and kills mid-save.
final class JournalProcessTests: XCTestCase {
    private var cli: CommandRunner!
    private let planPath = CommandRunner.packageRoot.appendingPathComponent("plan.json").path

    override func setUpWithError() throws { cli = try CommandRunner() }
    override func tearDown() { cli.cleanUp() }

    func testTwoProcessesRecordingStatusesAndEvidenceAtOnceLoseNothing() throws {
        let plan = try PlanFile.load(planPath)
        let state = cli.stateHome.appendingPathComponent("shared.jsonl")
        let cells = Array(plan.rows.flatMap { row in Month.allCases.map { (row, $0) } }.prefix(60))
        // Writer 0 records a status in every even cell, writer 1 a piece of evidence in every odd cell.
        let writers = try [0, 1].map { parity in
            let commands = cells.enumerated().filter { $0.offset % 2 == parity }.map { n, cell in
                let (row, month) = cell
                let args = parity == 0 ? "status \(row.id) \(month.label) done" : "evidence \(row.id) \(month.label) bukti-\(n)"
                return "\"$RENCANA\" debug-record '\(planPath)' \(args) --state '\(state.path)' >/dev/null || exit 1"
            }
            return try cli.shell(commands.joined(separator: "\n"))
        }
        for writer in writers { try writer.run() }
        for writer in writers { writer.waitUntilExit() }
        XCTAssertEqual(writers.map(\.terminationStatus), [0, 0])

        let store = try StateStore.open(plan: plan, url: state)
        XCTAssertEqual(store.entries.map(\.seq), Array(1...60), "numbered without gaps or repeats")
        XCTAssertEqual(Set(store.entries.map(\.id)).count, 60, "every id distinct")
        for (n, (row, month)) in cells.enumerated() where n % 2 == 0 {
            XCTAssertEqual(store.realisation.record(row.id, month).status, .done, "\(row.id) \(month)")
        }
        XCTAssertEqual(Set(store.realisation.evidence.map(\.title)),
                       Set(cells.indices.filter { $0 % 2 == 1 }.map { "bukti-\($0)" }))
        XCTAssertEqual(Set(store.realisation.evidence.map(\.id)).count, 30)
        XCTAssertTrue(try String(contentsOf: state, encoding: .utf8).hasPrefix(#"{"format":"rencana-state","version":2,"#))
    }

    func testKillingAStatusSaveLeavesTheStateBeforeOrAfter() throws {
        let plan = try PlanFile.load(planPath)
        let state = cli.stateHome.appendingPathComponent("killed.jsonl")
        var generator = SystemRandomNumberGenerator()
        let start = DispatchTime.now()
        _ = try cli.run(["debug-record", planPath, "status", "1.1.1.1", "Jan", "partly", "--state", state.path])
        let lifetime = UInt32((DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1_000)
        var previous = try StateStore.open(plan: plan, url: state)
        var outcomes = (before: 0, after: 0)
        for round in 0..<120 {
            // Alternate two values so every save is a real change.
            let code = round % 2 == 0 ? "done" : "partly"
            try cli.runKilled(["debug-record", planPath, "status", "1.1.1.1", "Jan", code, "--state", state.path], lifetime: lifetime, using: &generator)
            let now: StateStore
            do {
                now = try StateStore.open(plan: plan, url: state)
            } catch {
                return XCTFail("round \(round): the state no longer loads: \(error)")
            }
            let before = previous.entries.count
            XCTAssertTrue(now.entries.count == before || now.entries.count == before + 1, "round \(round)")
            XCTAssertEqual(Array(now.entries.prefix(before)), previous.entries, "round \(round): history rewritten")
            let expected: RealisationStatus? = now.entries.count == before
                ? previous.realisation.record("1.1.1.1", .jan).status : RealisationStatus(code: code)
            XCTAssertEqual(now.realisation.record("1.1.1.1", .jan).status, expected, "round \(round)")
            if now.entries.count == before { outcomes.before += 1 } else { outcomes.after += 1 }
            previous = now
        }
        XCTAssertGreaterThan(outcomes.before, 0)
        XCTAssertGreaterThan(outcomes.after, 0)
        print("journal kill test: \(outcomes.before) kills left the state before, \(outcomes.after) after")
    }
}
