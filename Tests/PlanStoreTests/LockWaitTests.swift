import Foundation
import PlanModel
@testable import PlanStore
import XCTest

/// How long a store waits for another process's lock is the store's own value: the dashboard's store never waits
/// while a command's store, in the same process, still does.
final class LockWaitTests: StoreTestCase {
    static let locked = "the state file is locked by another process"

    func testEachStoreWaitsAsItsOwnValueSays() throws {
        let dashboard = try StateStore.open(plan: plan, url: stateURL, user: "ani")
        try dashboard.toggle("1.1.1.1", .feb)  // the file exists
        dashboard.keepsUnsavedChanges = true
        dashboard.lockWait = .never
        let told = Told()
        let command = try StateStore.open(plan: plan, url: stateURL, user: "budi")
        command.lockWait = LockWait(seconds: 0.6) { told.add($0) }

        // Another process holds the lock (a lock on a description of its own conflicts in this process too).
        let holder = Glibc.open(stateURL.path, O_RDWR)
        XCTAssertEqual(flock(holder, LOCK_EX), 0)
        defer { close(holder) }

        let start = Date()
        XCTAssertThrowsError(try dashboard.toggle("1.1.1.1", .mar)) { error in
            XCTAssertEqual((error as? StoreError)?.unsavedReason, Self.locked)
        }
        XCTAssertLessThan(Date().timeIntervalSince(start), 0.4, "the dashboard's store does not wait")
        XCTAssertEqual(dashboard.unsavedCount, 1, "kept, for the retry")
        XCTAssertEqual(told.lines, [])

        XCTAssertThrowsError(try command.toggle("1.1.1.2", .jan)) { error in
            XCTAssertEqual((error as? StoreError)?.unsavedReason, Self.locked)
            XCTAssertNotEqual((error as? StoreError)?.message, Self.locked, "it says how long it waited")
        }
        XCTAssertGreaterThanOrEqual(Date().timeIntervalSince(start), 0.6, "the command's store waited its 0.6 s")
        XCTAssertEqual(told.lines.count, 1, "and said so once")
        XCTAssertTrue(told.lines.first?.hasPrefix("waiting for \(stateURL.path)") == true)

        flock(holder, LOCK_UN)
        try dashboard.retrySaving()
        XCTAssertEqual(dashboard.unsavedCount, 0)
    }
}

/// Lines told by `onWait` (from the thread that waits).
private final class Told: @unchecked Sendable {
    private let lock = NSLock()
    private var list: [String] = []
    var lines: [String] { lock.withLock { list } }
    func add(_ line: String) { lock.withLock { list.append(line) } }
}
