import Foundation
import PlanModel
@testable import PlanStore
import XCTest

/// A snapshot is used only when it provably matches: a forged one (checksums and all) is read only when the user
/// wrote it themselves, and a same-length edit of the plan in the second the snapshot was built (a file system
/// with 1-second timestamps keeps every stat field) is seen by the checksum of the plan's bytes.
final class SnapshotTrustTests: SnapshotStoreTestCase {
    /// Writes, as the snapshot of the state file, `signed` and the state of `store` stamped `stamp`.
    private func plant(_ store: StateStore, signed: Plan? = nil, stamp: PlanStamp) throws {
        let fd = Glibc.open(stateURL.path, O_RDONLY)
        defer { close(fd) }
        var state = store.state
        if let signed { state = YearState(signed: signed) }
        let bytes = try XCTUnwrap(StateSnapshot.encode(
            signed: signed ?? store.signedPlan, state: state,
            journal: .init(bytes: store.consumedBytes, lines: store.consumedLines, fileVersion: store.fileVersion,
                           versionDigitOffset: store.versionDigitOffset),
            plan: stamp, stateFD: fd, progress: ProgressTracker(plan: state.plan, marks: state.marks, realisation: state.realisation)))
        XCTAssertTrue(StateSnapshot.write(bytes, forState: stateURL))
    }

    /// The plan of `store` as JSON ("" without a store).
    private func text(of store: StateStore?) -> String { store.map { PlanEncoder.json($0.plan) } ?? "" }

    private func openWithEntry() throws -> StateStore {
        let store = try fullOpen()
        try store.toggle("1.1.1.1", .feb)
        return try fullOpen()
    }

    func testAForgedSnapshotIsReadOnlyWhenTheUserWroteIt() throws {
        let store = try openWithEntry()
        let json = PlanEncoder.json(store.signedPlan).replacingOccurrences(of: "SK Tim", with: "TEKS PALSU")
        let forged = try PlanDecoder.decode(Array(json.utf8), file: "forged")
        let snapshot = { StateSnapshot.url(forState: self.stateURL)!.path }
        try plant(store, signed: forged, stamp: try XCTUnwrap(PlanStamp.vouched(path: planURL.path)))
        // The frame is right: the user's own file would be believed (it is theirs to write).
        XCTAssertTrue(try text(of: restoredStore()).contains("TEKS PALSU"))
        XCTAssertEqual(chown(snapshot(), 65534, 65534), 0)
        XCTAssertNil(try restoredStore(), "another member's")
        XCTAssertNil(StateSnapshot.progress(planPath: planURL.path, stateURL: stateURL))
        XCTAssertEqual(chown(snapshot(), getuid(), getgid()), 0)
        XCTAssertEqual(chmod(snapshot(), 0o620), 0)
        XCTAssertNil(try restoredStore(), "group-writable")
        XCTAssertNil(StateSnapshot.progress(planPath: planURL.path, stateURL: stateURL))
    }

    func testASameLengthEditInTheSecondOfTheSnapshotIsSeen() throws {
        let store = try openWithEntry()
        let before = try XCTUnwrap(PlanStamp.vouched(path: planURL.path))
        XCTAssertTrue(before.isRacy, "the plan was just written")
        XCTAssertNotNil(before.checksum)
        XCTAssertTrue(store.writeSnapshotIfWorthIt(planPath: planURL.path, stamp: before, threshold: 0))
        XCTAssertNotNil(try restoredStore())
        // A same-length edit. On a file system with 1-second timestamps its stat fields would be the ones the
        // snapshot recorded: planted here as such (this file system's own timestamps are finer).
        let original = try String(contentsOf: planURL, encoding: .utf8)
        try Data(original.replacingOccurrences(of: "SK Tim", with: "SK Tam").utf8).write(to: planURL)
        let after = try XCTUnwrap(PlanStamp(path: planURL.path))
        XCTAssertEqual(after.identity.size, before.identity.size)
        try plant(store, stamp: PlanStamp(identity: after.identity, taken: before.taken, checksum: before.checksum))
        XCTAssertNil(try restoredStore(), "the plan's bytes are not the ones the snapshot was built from")
        XCTAssertNil(StateSnapshot.progress(planPath: planURL.path, stateURL: stateURL))
        XCTAssertTrue(try text(of: fullOpen()).contains("SK Tam"))
        // Without its checksum a racy snapshot is never written, nor read.
        XCTAssertFalse(store.writeSnapshotIfWorthIt(planPath: planURL.path, stamp: PlanStamp(path: planURL.path), threshold: 0))
        try plant(store, stamp: PlanStamp(identity: after.identity, taken: before.taken, checksum: nil))
        XCTAssertNil(try restoredStore())
        // Not racy (the plan last changed well before the stamp): the stat fields suffice, no checksum is needed.
        try plant(try fullOpen(), stamp: PlanStamp(identity: after.identity, taken: after.identity.changed + 3_000_000_000, checksum: nil))
        XCTAssertTrue(try text(of: restoredStore()).contains("SK Tam"))
    }
}
