import Foundation
import PlanModel
@testable import PlanStore
import XCTest

final class StateWatcherTests: StoreTestCase {
    private func readable(_ fd: Int32, within milliseconds: Int32) -> Bool {
        var descriptor = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        return poll(&descriptor, 1, milliseconds) == 1
    }

    func testAnotherProcesssSaveWakesTheWatcher() throws {
        let watcher = StateWatcher(url: stateURL)
        XCTAssertGreaterThanOrEqual(watcher.fileDescriptor, 0)
        XCTAssertFalse(readable(watcher.fileDescriptor, within: 50), "quiet before any change")

        let dashboard = try open(user: "ani")
        let other = try open(user: "budi")
        try other.toggle("2.1.1.1", .apr)  // creates the file
        XCTAssertTrue(readable(watcher.fileDescriptor, within: 1000))
        XCTAssertTrue(watcher.drain())
        XCTAssertTrue(try dashboard.refresh())
        XCTAssertEqual(months(dashboard, "2.1.1.1"), [.mar, .apr])

        XCTAssertFalse(readable(watcher.fileDescriptor, within: 50), "drained")
        try other.toggle("2.1.1.1", .mei)
        XCTAssertTrue(readable(watcher.fileDescriptor, within: 1000))
        XCTAssertTrue(watcher.drain())
    }

    func testOtherFilesInTheFolderDoNotConcernIt() throws {
        let watcher = StateWatcher(url: stateURL)
        try Data("x".utf8).write(to: folder.appendingPathComponent("other.jsonl"))
        XCTAssertTrue(readable(watcher.fileDescriptor, within: 1000))
        XCTAssertFalse(watcher.drain())
    }
}
