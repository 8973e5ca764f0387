import Foundation
import PlanModel
@testable import PlanStore
import XCTest

/// A property: for random sequences of every kind of entry with undo and redo, the year replayed from the journal,
/// the year restored from the snapshot plus the journal's tail, and the year kept live by a store applying its
/// entries one by one are equal, progress included (issue 19); and `rencana progress`'s own path (the snapshot's
/// tracker plus the sidecar) gives the same progress.
final class ProgressAgreementTests: SnapshotStoreTestCase {
    /// A small reproducible generator (the failing seed is printed in the message).
    private struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    /// One random step of any kind (some refused, like a redo with nothing to redo: that is part of the test).
    private func randomStep(_ store: StateStore, _ g: inout Generator, _ n: Int) {
        let rows = store.plan.rows.map(\.id)
        guard !rows.isEmpty else { return }
        let row = rows[g.next(rows.count)]
        let month = Month.allCases[g.next(12)]
        let statuses: [RealisationStatus?] = [.done, .partly, .missed, .moved(Month.allCases[g.next(12)]), nil]
        do {
            switch g.next(15) {
            case 0, 1: _ = try store.toggle(row, month)
            case 2, 3: _ = try store.setStatus(row, month, to: statuses[g.next(statuses.count)])
            case 4: _ = try store.setDate(row, month, to: "2022-0\(1 + g.next(9))-1\(g.next(10))")
            case 5: _ = try store.setNote(row, month, to: "catatan \(n)")
            case 6:
                _ = try store.addEvidence(Evidence(id: String(format: "e-%012x", n), row: row, month: g.next(3) == 0 ? nil : month,
                                                   kind: .sk, title: "SK \(n)", location: .url("https://x.example/\(n)")))
            case 7:
                if let item = store.realisation.evidence.first { _ = try store.removeEvidence(id: item.id) }
            case 8: _ = try store.setReview(row, tw: 1 + g.next(4), .kendala, to: "kendala \(n)")
            case 9: _ = try store.setPJ(row, to: "PJ \(n)")
            case 10, 11: _ = try store.undo()
            case 12: _ = try store.redo()
            case 13:
                switch g.next(4) {
                case 0: _ = try store.editText(row, .indikator, to: "Indikator \(n)")
                case 1: _ = try store.addRow(RowAddition(row: RowID("r-\(n)"), anchor: .after(row), text: "Baru \(n)", months: MonthSet([month])))
                case 2: if rows.count > 2 { _ = try store.removeRows(row) }
                default: _ = try store.moveRow(row, up: g.next(2) == 0)
                }
            default: _ = try store.toggle(row, month)
            }
        } catch {
            // A refused step changes nothing: the property holds for what was recorded.
        }
    }

    /// What a reader of the year sees, as text: plan rows, marks, realisation, entries and stacks.
    private func yearText(_ store: StateStore) -> String {
        let s = store.state
        return ["\(s.plan.rows.map { "\($0.id) \($0.texts) \($0.baseline.bits)" })", "\(s.marks.map(\.bits))",
                "\(s.realisation.cells.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value.sorted { $0.key < $1.key })" })",
                "\(s.realisation.evidence)", "\(s.entries.map(\.id))", "\(s.undoStack) \(s.redoStack)"].joined(separator: "\n")
    }

    func testReplayedRestoredAndLiveYearsAgreeProgressIncluded() throws {
        var compared = (live: 0, restored: 0, sidecar: 0)
        for seed in 1...40 {
            try? FileManager.default.removeItem(at: stateURL)
            try? FileManager.default.removeItem(at: cacheFolder)
            var g = Generator(state: UInt64(seed))
            let first = try fullOpen()
            for n in 0..<(3 + g.next(12)) { randomStep(first, &g, n) }
            guard (try? stateText()) != nil else { continue }  // nothing recorded at all
            XCTAssertTrue(try fullOpen().writeSnapshotIfWorthIt(planPath: planURL.path, stamp: PlanStamp.vouched(path: planURL.path),
                                                                threshold: 0), "seed \(seed)")
            // The live store: restored from the snapshot, its progress taken once, then kept entry by entry.
            let live = try XCTUnwrap(try restoredStore(), "seed \(seed)")
            _ = live.progressFromSnapshot()
            for n in 100..<(100 + 5 + g.next(25)) { randomStep(live, &g, n) }

            let replayed = try fullOpen()
            let expected = progressText(ProgressTracker(plan: replayed.plan, marks: replayed.marks, realisation: replayed.realisation))
            XCTAssertEqual(yearText(live), yearText(replayed), "seed \(seed): live")
            // A step that raised the journal's version rewrote its header: that snapshot is stale, so none is restored.
            guard let restored = try restoredStore() else { continue }
            XCTAssertEqual(yearText(restored), yearText(replayed), "seed \(seed): restored + tail")
            XCTAssertEqual(progressText(ProgressTracker(plan: restored.plan, marks: restored.marks, realisation: restored.realisation)),
                           expected, "seed \(seed)")
            // The progress values kept without a pass over the rows, wherever the design keeps one (none once the
            // plan's rows or texts changed after the snapshot: then it is rebuilt, as the store says by nil).
            if let tracker = live.progressFromSnapshot() {
                XCTAssertEqual(progressText(tracker), expected, "seed \(seed): live progress")
                compared.live += 1
            }
            if let tracker = restored.progressFromSnapshot() {
                XCTAssertEqual(progressText(tracker), expected, "seed \(seed): restored progress")
                compared.restored += 1
            }
            if let tracker = StateSnapshot.progress(planPath: planURL.path, stateURL: stateURL) {
                XCTAssertEqual(progressText(tracker), expected, "seed \(seed): snapshot + sidecar")
                compared.sidecar += 1
            }
        }
        // Enough of the runs went each way for the property to mean something.
        XCTAssertGreaterThan(compared.live, 4, "\(compared)")
        XCTAssertGreaterThan(compared.restored, 4, "\(compared)")
        XCTAssertGreaterThan(compared.sidecar, 4, "\(compared)")
    }
}
