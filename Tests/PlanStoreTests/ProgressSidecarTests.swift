import Foundation
import PlanModel
@testable import PlanStore
import XCTest

/// The progress sidecar: after monitoring changes saved on top of a snapshot, progress read from the snapshot and
/// the sidecar is exactly the tracker a full open computes; after a change of the plan, or when stale, damaged or
/// forged, it is not used (the caller then opens the state whole).
final class ProgressSidecarTests: SnapshotStoreTestCase {
    var sidecarURL: URL { ProgressSidecar.url(forState: stateURL)! }

    private func restored() throws -> StateStore { try XCTUnwrap(try restoredStore()) }

    /// A journal with monitoring and a plan edit, then its snapshot (threshold 0: a small plan is worth it here).
    private func journalWithSnapshot() throws {
        let store = try fullOpen()
        try store.setStatus("1.1.1.1", .jan, to: .done)
        try store.editText("1.1.1.2", .indikator, to: "Rencana Aksi RB")
        try store.addEvidence(Evidence(id: "e-000000000001", row: "1.1.1.2", month: .jun, kind: .notulen, title: "Rapat",
                                       location: .file("bukti/rapat.pdf")))
        XCTAssertTrue(try fullOpen().writeSnapshotIfWorthIt(planPath: planURL.path, stamp: PlanStamp.vouched(path: planURL.path), threshold: 0))
    }

    /// What a full open computes: the plan parsed, every line replayed, every row's progress from scratch.
    private func expected() throws -> ProgressTracker {
        let store = try fullOpen()
        return ProgressTracker(plan: store.plan, marks: store.marks, realisation: store.realisation)
    }

    private func fromSnapshot() -> ProgressTracker? {
        StateSnapshot.progress(planPath: planURL.path, stateURL: stateURL)
    }

    /// The file evidence a full open's realisation holds, and the one read from the snapshot and its sidecar (in
    /// another order: the rows the sidecar changed come last).
    private func files() throws -> (expected: Set<FileEvidence>, cached: Set<FileEvidence>?) {
        let store = try fullOpen()
        let cached = StateSnapshot.cachedProgress(planPath: planURL.path, stateURL: stateURL, files: true)
        return (Set(FileEvidence.of(plan: store.plan, realisation: store.realisation)), cached.map { Set($0.files) })
    }

    func testMonitoringChangesOfEveryKindAreCarriedByTheSidecar() throws {
        try journalWithSnapshot()
        let store = try restored()
        let steps: [(String, () throws -> Void)] = [
            ("evidence on a row not changed yet", {
                try store.addEvidence(Evidence(id: "e-000000000003", row: "1.1.1.1", month: .jan, kind: .sk, title: "SK",
                                               location: .file("bukti/sk.pdf")))
            }),
            ("status", { try store.setStatus("1.1.1.2", .jun, to: .partly) }),
            ("moved", { try store.setStatus("1.1.1.2", .des, to: .moved(.jan)) }),
            ("mark", { try store.toggle("2.1.1.1", .apr) }),
            ("evidence", { try store.addEvidence(Evidence(id: "e-000000000002", row: "2.1.1.1", kind: .foto, title: "Foto",
                                                          location: .url("https://x.example/f"))) }),
            ("remove", { try store.removeEvidence(id: "e-000000000001") }),
            ("undo", { _ = try store.undo() }),  // the evidence comes back
            ("undo", { _ = try store.undo() }),  // the photo goes
            ("redo", { _ = try store.redo() }),
            ("note", { try store.setNote("1.1.1.1", .jan, to: "selesai") }),
            ("pj", { try store.setPJ("1.1.1.1", to: "Sekretariat") }),
            ("signer", { try store.setSigner(.place, to: "Teminabuan") }),
        ]
        for (what, step) in steps {
            try step()
            XCTAssertEqual(fromSnapshot(), try expected(), "after \(what)")
            XCTAssertEqual(store.progressFromSnapshot(), try expected(), "after \(what)")
            let (expectedFiles, cachedFiles) = try files()
            XCTAssertEqual(cachedFiles, expectedFiles, "after \(what)")
        }
        XCTAssertEqual(try files().cached?.map(\.path).sorted(), ["bukti/rapat.pdf", "bukti/sk.pdf"])
        XCTAssertNotEqual(try expected(), try XCTUnwrap(StateSnapshot.tracker(planPath: planURL.path, stateURL: stateURL,
                                                                                plan: store.plan)).tracker,
                          "the changes moved the figures away from the snapshot's own")
    }

    func testTheLiveProgressFollowsChangesThatFailToSaveAndOthersSavedMeanwhile() throws {
        try journalWithSnapshot()
        let store = try restored()
        XCTAssertNotNil(store.progressFromSnapshot())  // live from here on
        // The command line's way: a change the disk refuses is dropped, and so are its figures.
        store.injectedWriteError = ENOSPC
        XCTAssertThrowsError(try store.addEvidence(Evidence(id: "e-000000000009", row: "2.1.1.1", kind: .foto, title: "Foto",
                                                            location: .url("https://x.example/f"))))
        XCTAssertThrowsError(try store.setStatus("2.1.1.1", .mar, to: .done))
        XCTAssertThrowsError(try store.addEvidence(Evidence(id: "e-00000000000a", row: "2.1.1.1", kind: .sk, title: "SK",
                                                            location: .file("bukti/dropped.pdf"))))
        XCTAssertEqual(store.progressFromSnapshot(), try expected())
        // The dashboard's way: kept unsaved while another process saves, then written after it.
        store.keepsUnsavedChanges = true
        XCTAssertThrowsError(try store.removeEvidence(id: "e-000000000001"))
        XCTAssertThrowsError(try store.setStatus("1.1.1.2", .jun, to: .partly))
        try restored().setStatus("1.1.1.2", .des, to: .missed)
        store.injectedWriteError = nil
        try store.retrySaving()
        XCTAssertEqual(store.unsavedCount, 0)
        XCTAssertEqual(store.progressFromSnapshot(), try expected())
        XCTAssertEqual(fromSnapshot(), try expected())
        XCTAssertEqual(store.progressFromSnapshot()?.figures(of: .plan, period: .year, asOf: .des).partly, 1)
        let (expectedFiles, cachedFiles) = try files()
        XCTAssertEqual(cachedFiles, expectedFiles, "the dropped file is not in the sidecar, the removed one neither")
        XCTAssertEqual(cachedFiles?.map(\.path), [])
    }

    func testTwoWritersTakeEachOthersChangesIntoTheSidecar() throws {
        try journalWithSnapshot()
        let ani = try restored(), budi = try restored()
        try ani.setStatus("1.1.1.2", .jun, to: .done)
        try budi.setStatus("2.1.1.1", .mar, to: .missed)  // merges ani's first
        XCTAssertEqual(fromSnapshot(), try expected())
        try ani.setStatus("1.1.1.1", .jan, to: .partly)   // merges budi's first
        XCTAssertEqual(fromSnapshot(), try expected())
        XCTAssertEqual(fromSnapshot()?.figures(of: .plan, period: .year, asOf: .des).done, 1)
    }

    func testAStoreOpenedWholeCompletesASnapshotWrittenAfterItsOpen() throws {
        try journalWithSnapshot()
        try FileManager.default.removeItem(at: StateSnapshot.url(forState: stateURL)!)
        let early = try fullOpen()           // no snapshot at its open
        try early.setStatus("1.1.1.2", .jun, to: .done)
        XCTAssertNil(fromSnapshot())
        XCTAssertTrue(try fullOpen().writeSnapshotIfWorthIt(planPath: planURL.path, stamp: PlanStamp.vouched(path: planURL.path), threshold: 0))
        try early.setStatus("2.1.1.1", .mar, to: .done)  // rows changed since its open cover those since the snapshot
        XCTAssertEqual(fromSnapshot(), try expected())
    }

    func testAChangeOfThePlanAfterTheSnapshotStopsTheSidecarUntilTheNextSnapshot() throws {
        try journalWithSnapshot()
        let store = try restored()
        try store.setStatus("1.1.1.2", .jun, to: .done)
        XCTAssertNotNil(fromSnapshot())
        try store.editText("2.1.1.1", .indikator, to: "Data baru")
        XCTAssertNil(fromSnapshot(), "the snapshot's plan has the old text")
        XCTAssertNil(store.progressFromSnapshot())
        try store.setStatus("2.1.1.1", .mar, to: .done)
        XCTAssertNil(fromSnapshot())
        let added = try XCTUnwrap(try store.addRow(RowAddition(row: "r-0", anchor: .after("2.1.1.1"), text: "Baru",
                                                                months: MonthSet([.okt]))).row)
        XCTAssertNil(fromSnapshot())
        let reopened = try restored()
        XCTAssertTrue(reopened.writeSnapshotIfWorthIt(planPath: planURL.path, stamp: PlanStamp.vouched(path: planURL.path), threshold: 0))
        try reopened.setStatus(added, .okt, to: .done)
        XCTAssertEqual(fromSnapshot(), try expected())
        XCTAssertEqual(fromSnapshot()?.plan.rows.count, 4)
    }

    func testAStaleDamagedOrForgedSidecarIsNeverUsed() throws {
        try journalWithSnapshot()
        let store = try restored()
        try store.setStatus("1.1.1.2", .jun, to: .done)
        let first = try [UInt8](Data(contentsOf: sidecarURL))
        try store.setStatus("2.1.1.1", .mar, to: .done)
        let good = try [UInt8](Data(contentsOf: sidecarURL))
        XCTAssertEqual(fromSnapshot(), try expected())
        // The sidecar of a shorter journal: stale.
        try Data(first).write(to: sidecarURL)
        XCTAssertNil(fromSnapshot())
        // Every flipped byte and every cut: not used (and never another figure).
        for index in good.indices {
            var bytes = good
            bytes[index] ^= 0x41
            try Data(bytes).write(to: sidecarURL)
            XCTAssertNil(fromSnapshot(), "byte \(index) flipped")
        }
        for length in 0..<good.count {
            try Data(good[..<length]).write(to: sidecarURL)
            XCTAssertNil(fromSnapshot(), "cut at \(length)")
        }
        // Forged with good checksums: a row the plan lacks, a count past the bound.
        let base = try XCTUnwrap(StateSnapshot.base(forState: stateURL))
        let size = try XCTUnwrap(FileManager.default.attributesOfItem(atPath: stateURL.path)[.size] as? Int)
        let edges = try XCTUnwrap(StateSnapshot.stateEdges(stateURL, length: size))
        let beyond = ProgressTracker.RowValues(row: 3, cells: SIMD16(), evidence: SIMD16())
        try Data(ProgressSidecar.encode(base: base.checksum, covered: size, edges: edges, rows: [beyond])).write(to: sidecarURL)
        XCTAssertNil(fromSnapshot(), "row 3 of a 3-row plan")
        let row0 = ProgressTracker.RowValues(row: 0, cells: SIMD16(), evidence: SIMD16())
        let onRow1 = FileEvidence(id: "e-0000000000ff", row: 1, month: nil, path: "bukti/x.pdf")
        try Data(ProgressSidecar.encode(base: base.checksum, covered: size, edges: edges, rows: [row0], fileRows: [0],
                                        files: [onRow1])).write(to: sidecarURL)
        XCTAssertNil(fromSnapshot(), "a file on a row the sidecar does not say it holds the files of")
        try Data(ProgressSidecar.encode(base: base.checksum, covered: size, edges: edges, rows: [row0], fileRows: [0, 1],
                                        files: [onRow1])).write(to: sidecarURL)
        XCTAssertNil(fromSnapshot(), "the files of a row whose values it does not hold")
        var onRow0 = onRow1
        onRow0.row = 0
        try Data(ProgressSidecar.encode(base: base.checksum, covered: size, edges: edges, rows: [row0], fileRows: [0],
                                        files: [onRow0])).write(to: sidecarURL)
        XCTAssertNotNil(fromSnapshot(), "the same on its own row")
        try Data(ProgressSidecar.encode(base: base.checksum &+ 1, covered: size, edges: edges, rows: [])).write(to: sidecarURL)
        XCTAssertNil(fromSnapshot(), "another snapshot's")
        try Data(ProgressSidecar.encode(base: base.checksum, covered: size, edges: edges, rows: [])).write(to: sidecarURL)
        XCTAssertNotNil(fromSnapshot(), "the forgery's frame is right: each refusal above is for its own reason")
        // A link in its place is neither read nor written through.
        try FileManager.default.removeItem(at: sidecarURL)
        let elsewhere = folder.appendingPathComponent("elsewhere")
        try Data(good).write(to: elsewhere)
        try FileManager.default.createSymbolicLink(at: sidecarURL, withDestinationURL: elsewhere)
        XCTAssertNil(fromSnapshot())
        try store.setStatus("2.1.1.1", .mar, to: .partly)
        XCTAssertEqual(try Data(contentsOf: elsewhere), Data(good))
    }

    func testANewSnapshotRemovesTheOldSidecar() throws {
        try journalWithSnapshot()
        let store = try restored()
        try store.setStatus("1.1.1.2", .jun, to: .done)
        XCTAssertTrue(FileManager.default.fileExists(atPath: sidecarURL.path))
        XCTAssertTrue(try fullOpen().writeSnapshotIfWorthIt(planPath: planURL.path, stamp: PlanStamp.vouched(path: planURL.path), threshold: 0))
        XCTAssertFalse(FileManager.default.fileExists(atPath: sidecarURL.path))
        XCTAssertEqual(fromSnapshot(), try expected())
    }
}
