import Foundation
import PlanModel
import PlanStore
import XCTest

/// Monitoring entries across processes: undo and redo of every kind, each command its own process (so every step
/// starts from the file, as after a restart), and kills while the first version-2 entry upgrades a version-1 file.
final class MonitoringProcessTests: XCTestCase {
    private var cli: CommandRunner!
    private let planPath = CommandRunner.packageRoot.appendingPathComponent("plan.json").path

    override func setUpWithError() throws { cli = try CommandRunner() }
    override func tearDown() { cli.cleanUp() }

    /// What the state holds, read by a fresh store (a restart).
    private struct Snapshot: Equatable {
        var status: RealisationStatus?, note: String, pj: String, evidence: [String], kendala: String, mark: Bool
    }

    private func snapshot(_ plan: Plan, _ state: URL) throws -> Snapshot {
        let store = try StateStore.open(plan: plan, url: state)
        let r = store.realisation
        return Snapshot(status: r.record("1.1.1.1", .jan).status, note: r.record("1.1.1.1", .jan).note, pj: r.pj["1.1.1.1"] ?? "",
                        evidence: r.evidence.map(\.title), kendala: r.reviews["1.1.1.1"]?[1]?.kendala ?? "",
                        mark: store.state.mark("1.1.1.1", .feb))
    }

    func testUndoAndRedoWalkBackAndForthThroughEveryKindEachInANewProcess() throws {
        let plan = try PlanFile.load(planPath)
        let state = cli.stateHome.appendingPathComponent("kinds.jsonl")
        let steps: [[String]] = [
            ["realize", planPath, "1.1.1.1", "Jan", "done"],
            ["note", planPath, "1.1.1.1", "Jan", "Rapat pleno"],
            ["assign", planPath, "1.1.1.1", "Sekretaris"],
            ["evidence", "add", planPath, "1.1.1.1", "--month", "Jan", "--url", "https://example.org/sk", "--title", "SK Tim"],
            ["review", planPath, "1.1.1.1", "--tw", "1", "--kendala", "Anggaran"],
            ["toggle", planPath, "1.1.1.1", "Feb"],
        ]
        var snapshots = [try snapshot(plan, state)]
        for step in steps {
            let result = try cli.run(step + ["--state", state.path])
            XCTAssertEqual(result.status, 0, "\(step): \(result.stderr)")
            snapshots.append(try snapshot(plan, state))
        }
        XCTAssertEqual(snapshots.last, Snapshot(status: .done, note: "Rapat pleno", pj: "Sekretaris", evidence: ["SK Tim"],
                                                kendala: "Anggaran", mark: !plan.rows[0].baseline.contains(.feb)))
        XCTAssertEqual(Set(snapshots.map { "\($0)" }).count, steps.count + 1, "every step changed something")
        // Back to the start, one kind at a time, newest first; then forward again.
        for n in stride(from: steps.count - 1, through: 0, by: -1) {
            let result = try cli.run(["undo", planPath, "--state", state.path])
            XCTAssertEqual(result.status, 0, result.stderr)
            XCTAssertEqual(try snapshot(plan, state), snapshots[n], "after undoing step \(n + 1)")
        }
        let nothing = try cli.run(["undo", planPath, "--state", state.path])
        XCTAssertEqual(nothing.status, 0)
        XCTAssertFalse(nothing.stdout.isEmpty, "says there is nothing left to undo")
        XCTAssertEqual(try snapshot(plan, state), snapshots[0])
        for n in 1...steps.count {
            XCTAssertEqual(try cli.run(["redo", planPath, "--state", state.path]).status, 0)
            XCTAssertEqual(try snapshot(plan, state), snapshots[n], "after redoing step \(n)")
        }
        let store = try StateStore.open(plan: plan, url: state)
        XCTAssertEqual(store.entries.count, steps.count * 3, "every step, undo and redo is one entry")
    }

    /// A version-1 file (one `set`), then a status or a piece of evidence killed at a random moment: the file
    /// always loads, its history is never rewritten, and it holds either nothing new or the whole entry
    /// (with its header at version 2).
    func testKillingTheFirstVersion2EntryLeavesTheVersion1FileOrTheUpgradedOne() throws {
        let plan = try PlanFile.load(planPath)
        let state = cli.stateHome.appendingPathComponent("upgrade.jsonl")
        let v1 = #"{"format":"rencana-state","version":1,"plan":"plan.json"}"# + "\n"
            + #"{"seq":1,"at":"2026-01-05T08:00:00Z","by":"ani","kind":"set","row":"1.1.1.1","month":"Feb","old":false,"new":true}"#
            + "\n"
        try Data(v1.utf8).write(to: state)
        let start = DispatchTime.now()
        _ = try cli.run(["debug-record", planPath, "status", "1.1.1.1", "Jan", "done", "--state", state.path])
        let lifetime = UInt32((DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1_000)
        var generator = SystemRandomNumberGenerator()
        var outcomes = (before: 0, after: 0)
        for round in 0..<80 {
            try Data(v1.utf8).write(to: state)
            let evidence = round % 2 == 1
            let args = evidence ? ["evidence", "1.1.1.1", "Jan", "bukti-\(round)"] : ["status", "1.1.1.1", "Jan", "done"]
            try cli.runKilled(["debug-record", planPath] + args + ["--state", state.path], lifetime: lifetime, using: &generator)
            let text = try String(contentsOf: state, encoding: .utf8)
            let store: StateStore
            do {
                store = try StateStore.open(plan: plan, url: state)
            } catch {
                return XCTFail("round \(round): the state no longer loads: \(error)\n\(text)")
            }
            XCTAssertEqual(store.entries.first?.markEntry?.new, true, "round \(round): the first entry kept")
            XCTAssertTrue(text.hasPrefix(#"{"format":"rencana-state","version":"#), "round \(round)")
            switch store.entries.count {
            case 1:
                outcomes.before += 1
                XCTAssertNil(store.realisation.record("1.1.1.1", .jan).status)
                XCTAssertTrue(store.realisation.evidence.isEmpty)
            case 2:
                outcomes.after += 1
                XCTAssertTrue(text.hasPrefix(#"{"format":"rencana-state","version":2,"#), "round \(round): upgraded")
                if evidence {
                    XCTAssertEqual(store.realisation.evidence.map(\.title), ["bukti-\(round)"], "round \(round)")
                } else {
                    XCTAssertEqual(store.realisation.record("1.1.1.1", .jan).status, .done, "round \(round)")
                }
            default:
                XCTFail("round \(round): \(store.entries.count) entries")
            }
        }
        XCTAssertGreaterThan(outcomes.before, 0)
        XCTAssertGreaterThan(outcomes.after, 0)
        print("upgrade kill test: \(outcomes.before) kills left the version-1 file, \(outcomes.after) the upgraded one")
    }
}
