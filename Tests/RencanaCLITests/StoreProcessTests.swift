import Foundation
import XCTest

/// The store's guarantees across processes: concurrent writers and kills mid-save.
final class StoreProcessTests: XCTestCase {
    private var cli: CommandRunner!
    private let plan = CommandRunner.packageRoot.appendingPathComponent("plan.json").path

    override func setUpWithError() throws { cli = try CommandRunner() }
    override func tearDown() { cli.cleanUp() }

    private func stateLines(_ state: URL) throws -> [Substring] {
        try String(contentsOf: state, encoding: .utf8).split(separator: "\n")
    }

    func testTwoProcessesSavingAtOnceKeepEveryChange() throws {
        let state = cli.stateHome.appendingPathComponent("shared.jsonl")
        let months = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Ags", "Sep", "Okt", "Nov", "Des"]
        let rows = ["1.2.1.1", "2.1.1.1"]
        // Each writer is a shell loop running one `rencana toggle` process per month; both loops run at once.
        let writers = try rows.map { row in
            try cli.shell("for m in \(months.joined(separator: " ")); do \"$RENCANA\" toggle '\(plan)' \(row) $m --state '\(state.path)' >/dev/null || exit 1; done")
        }
        for writer in writers { try writer.run() }
        for writer in writers { writer.waitUntilExit() }
        XCTAssertEqual(writers.map(\.terminationStatus), [0, 0])
        let lines = try stateLines(state)
        XCTAssertEqual(lines.count, 1 + rows.count * months.count)
        for (index, line) in lines.dropFirst().enumerated() {
            XCTAssertTrue(line.hasPrefix("{\"seq\":\(index + 1),"), String(line))
        }
        let log = try cli.run(["log", plan, "--state", state.path]).stdout
        XCTAssertEqual(log.split(separator: "\n").count, rows.count * months.count)
    }

    func testKillingASaveAtRandomMomentsNeverBreaksTheState() throws {
        let state = cli.stateHome.appendingPathComponent("killed.jsonl")
        var generator = SystemRandomNumberGenerator()
        var lastCount = 0
        for round in 0..<30 {
            let process = try cli.start(["toggle", plan, "1.1.1.1", "Feb", "--state", state.path])
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(UInt32.random(in: 0...40_000, using: &generator))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let check = try cli.run(["check", plan, "--state", state.path])
            XCTAssertEqual(check.status, 0, "round \(round): \(check.stderr)")
            let count = try cli.run(["log", plan, "--state", state.path]).stdout.split(separator: "\n")
                .filter { $0.hasPrefix("#") }.count
            XCTAssertTrue(count == lastCount || count == lastCount + 1, "round \(round): \(lastCount) → \(count)")
            lastCount = count
        }
    }
}
