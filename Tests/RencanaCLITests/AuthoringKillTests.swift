import Foundation
import PlanModel
import PlanStore
import XCTest

/// `kill -9` while `edit`, `add`, `remove` or `move` saves: the state always loads, its history is never rewritten,
/// and it holds either the plan as it was before the command or the plan as the command makes it.
final class AuthoringKillTests: XCTestCase {
    private var cli: CommandRunner!
    private let planPath = CommandRunner.packageRoot.appendingPathComponent("plan.json").path

    override func setUpWithError() throws { cli = try CommandRunner() }
    override func tearDown() { cli.cleanUp() }

    private struct Table: Equatable {
        var ids: [RowID], texts: [String]
        init(_ store: StateStore) {
            ids = store.plan.rows.map(\.id)
            texts = store.plan.rows.map(\.indikator)
        }
    }

    func testKillingAnEditAddRemoveOrMoveLeavesThePlanBeforeOrAfter() throws {
        let plan = try PlanFile.load(planPath)
        let state = cli.stateHome.appendingPathComponent("authoring-killed.jsonl")
        let start = DispatchTime.now()
        let first = try cli.run(["add", planPath, "--after", "1.1.1.1", "--text", "baru-awal", "--state", state.path])
        XCTAssertEqual(first.status, 0, first.stderr)
        let lifetime = UInt32((DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1_000)
        var generator = SystemRandomNumberGenerator()
        var previous = try StateStore.open(plan: plan, url: state)
        var outcomes: [String: (before: Int, after: Int)] = [:]
        for round in 0..<100 {
            let before = Table(previous)
            let added = before.ids.enumerated().filter { before.texts[$0.offset].hasPrefix("baru-") }.map(\.element)
            let kind = round % 4 == 2 && added.isEmpty ? "add" : ["edit", "add", "remove", "move"][round % 4]
            let text = "\(kind)-\(round)"
            let args: [String]
            switch kind {
            case "edit": args = ["edit", planPath, "1.1.1.1", "--indikator", text]
            case "add": args = ["add", planPath, "--after", "1.1.1.1", "--text", "baru-\(round)"]
            case "remove": args = ["remove", planPath, added.last!.rawValue, "--yes"]
            default: args = ["move", planPath, "1.1.1.1", round % 8 == 3 ? "--down" : "--up"]
            }
            try cli.runKilled(args + ["--state", state.path], lifetime: lifetime, using: &generator)
            let now: StateStore
            do {
                now = try StateStore.open(plan: plan, url: state)
            } catch {
                return XCTFail("round \(round) (\(kind)): the state no longer loads: \(error)")
            }
            let count = previous.entries.count
            XCTAssertEqual(Array(now.entries.prefix(count)), previous.entries, "round \(round): history rewritten")
            let after = Table(now)
            switch now.entries.count {
            case count:
                XCTAssertEqual(after, before, "round \(round) (\(kind)): no entry, so the plan as it was")
                outcomes[kind, default: (0, 0)].before += 1
            case count + 1:
                outcomes[kind, default: (0, 0)].after += 1
                switch kind {
                case "edit":
                    XCTAssertEqual(after.ids, before.ids, "round \(round)")
                    XCTAssertEqual(after.texts[after.ids.firstIndex(of: "1.1.1.1")!], text, "round \(round)")
                case "add":
                    let at = before.ids.firstIndex(of: "1.1.1.1")! + 1
                    XCTAssertEqual(after.ids.count, before.ids.count + 1, "round \(round)")
                    XCTAssertEqual(after.texts[at], "baru-\(round)", "round \(round): the new row below 1.1.1.1")
                    XCTAssertFalse(before.ids.contains(after.ids[at]), "round \(round): a new id")
                    XCTAssertEqual(after.ids.filter { $0 != after.ids[at] }, before.ids, "round \(round)")
                case "remove":
                    XCTAssertEqual(after.ids, before.ids.filter { $0 != added.last! }, "round \(round)")
                default:
                    // A move that cannot go further is refused without an entry; one that is recorded changes the order.
                    XCTAssertEqual(Set(after.ids), Set(before.ids), "round \(round)")
                    XCTAssertNotEqual(after.ids, before.ids, "round \(round)")
                }
            default:
                XCTFail("round \(round) (\(kind)): \(now.entries.count - count) new entries")
            }
            previous = now
        }
        let totals = outcomes.values.reduce((0, 0)) { ($0.0 + $1.before, $0.1 + $1.after) }
        XCTAssertGreaterThan(totals.0, 0, "some kills landed before the save")
        XCTAssertGreaterThan(totals.1, 0, "some saves completed")
        print("authoring kill test:", outcomes.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value.before) before, \($0.value.after) after" })
    }
}
