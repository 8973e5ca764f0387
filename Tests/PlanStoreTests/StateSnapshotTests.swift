import Foundation
import PlanModel
@testable import PlanStore
import XCTest

/// The snapshot cache in the user's cache folder: used when fresh, only the tail replayed after an append, stale when
/// the plan or the state file changes, and never a different result when damaged (every byte flipped, every cut).
final class StateSnapshotTests: SnapshotStoreTestCase {
    var snapshotURL: URL { StateSnapshot.url(forState: stateURL)! }

    private func restored() throws -> StateStore? { try restoredStore() }

    /// Writes the snapshot of a full open (threshold 0: a small plan is worth it in a test).
    @discardableResult
    private func writeSnapshot() throws -> StateStore {
        let store = try fullOpen()
        XCTAssertTrue(store.writeSnapshotIfWorthIt(planPath: planURL.path, stamp: PlanStamp.vouched(path: planURL.path), threshold: 0))
        return store
    }

    /// Everything a reader of the store can see, as one comparable text.
    private func fingerprint(_ store: StateStore) -> String {
        let s = store.state
        var out: [String] = []
        out.append("\(s.plan.document)")
        out.append("\(s.signed.document)")
        for plan in [s.plan, s.signed] {
            out.append(plan.rows.map { "\($0.index) \($0.id) \($0.position) \($0.areaNumber) \($0.texts) \($0.baseline.bits)" }
                .joined(separator: "|"))
            out.append("\(plan.areas)")
            out.append(plan.rows.map { "\(plan.rowIndex(of: $0.id) ?? -1)" }.joined(separator: ","))
        }
        out.append("\(s.marks.map(\.bits))")
        let r = s.realisation
        out.append(r.cells.keys.sorted().map { row in
            "\(row):" + r.cells[row]!.keys.sorted().map { "\($0)=\(r.cells[row]![$0]!)" }.joined(separator: ",")
        }.joined(separator: ";"))
        out.append(r.pj.keys.sorted().map { "\($0)=\(r.pj[$0]!)" }.joined(separator: ";"))
        out.append("\(r.evidence)")
        out.append(r.reviews.keys.sorted().map { row in "\(row):" + r.reviews[row]!.keys.sorted().map { "\($0)=\(r.reviews[row]![$0]!)" }
            .joined(separator: ",") }.joined(separator: ";"))
        out.append("\(r.signer)")
        out.append("\(s.entries)")
        out.append("\(s.undoStack) \(s.redoStack) \(s.changedCells)")
        out.append("\(s.markHistory)")
        out.append("\(store.orphans.map(\.seq)) \(store.recordsOfDeletedRows.map(\.seq))")
        for row in s.plan.rows.map(\.id) + s.entries.compactMap(\.row) + ["1.1.1.2", "9.9.9.9"] {
            out.append("\(row): \(s.history(of: row).map(\.seq))")
        }
        out.append("\(s.entries.map { s.entry(id: $0.id)?.seq ?? -1 })")
        out.append("\(s.nextUndo?.seq ?? 0) \(s.nextRedo?.seq ?? 0) \(store.warnings)")
        return out.joined(separator: "\n")
    }

    /// Writes `bytes` over the state file in place (same inode).
    private func overwrite(_ bytes: [UInt8]) throws {
        let handle = try FileHandle(forUpdating: stateURL)
        try handle.write(contentsOf: Data(bytes))
        try handle.close()
    }

    /// A journal with every kind: marks, monitoring, texts, structure, undo and redo.
    private func recordEveryKind(_ store: StateStore) throws {
        try store.toggle("1.1.1.1", .feb)
        try store.setStatus("1.1.1.1", .jan, to: .done)
        try store.setStatus("1.1.1.2", .jun, to: .moved(.jul))
        try store.setDate("1.1.1.1", .jan, to: "2022-01-20")
        try store.setNote("1.1.1.2", .jun, to: "ditunda")
        try store.setPJ("2.1.1.1", to: "Sekretariat")
        try store.addEvidence(Evidence(id: "e-0123456789ab", row: "1.1.1.1", month: .jan, kind: .sk, title: "SK",
                                       number: "1/2022", location: .file("bukti/sk.pdf")))
        try store.addEvidence(Evidence(id: "e-00000000000b", row: "2.1.1.1", kind: .tautan, location: .url("https://x.example")))
        try store.removeEvidence(id: "e-00000000000b")
        try store.setReview("1.1.1.1", tw: 1, .kendala, to: "anggaran")
        try store.setSigner(.place, to: "Teminabuan")
        try store.editText("1.1.1.1", .indikator, to: "SK Tim RB")
        try store.editDocument(.number, to: "3/2022")
        let added = try store.addRow(RowAddition(row: "r-0", anchor: .after("1.1.1.2"), text: "Baru", months: MonthSet([.okt])))
        try store.moveRow(try XCTUnwrap(added.row), up: true)
        try store.undo()
        try store.undo()
        try store.redo()
        try store.removeRows("1.1.1.2")
        try store.setStatus("1.1.1.1", .okt, to: .partly)
    }

    func testEveryKindOfEntryIsWrittenAndReadBackTheSame() throws {
        let indicator = Indicator(id: "1.1.1.2", text: "Rencana Aksi", months: MonthSet([.jun, .des]), ket: "k")
        let changes: [Change] = [
            .set(MarkChange(row: "1.1.1.1", month: .feb, old: false, new: true)),
            .undo(Step(undoes: 1, target: String(repeating: "a", count: 32), mark: MarkChange(row: "1.1.1.1", month: .feb, old: true, new: false))),
            .redo(Step(undoes: 7, target: nil)),
            .status(row: "1.1.1.1", month: .des, old: .moved(.jan), new: .moved(.des)),
            .status(row: "1.1.1.1", month: .feb, old: nil, new: .partly),
            .date(row: "1.1.1.1", month: .feb, old: "", new: "2022-02-10"),
            .note(row: "1.1.1.1", month: .feb, old: "ä", new: "rapat\nditunda ✓"),
            .pj(row: "1.1.1.1", old: "", new: "Sekretaris"),
            .evidenceAdd(Evidence(id: "e-0123456789ab", row: "1.1.1.1", month: .feb, kind: .notulen, title: "N", number: "1",
                                  date: "2022-02-03", location: .file("bukti/n.pdf"))),
            .evidenceRemove(Evidence(id: "e-1", row: "2.1.1.1", kind: .lainnya, location: .url("https://example.org/x"))),
            .review(row: "1.1.1.1", tw: 4, field: .tenggat, old: "", new: "2022-12-01"),
            .signer(field: .nip, old: "", new: "19700101 199001 1 001"),
            .edit(row: "1.1.1.1", field: .area, old: "SK Tim", new: "SK Tim RB"),
            .document(field: .year, old: "2022", new: "2023"),
            .add(RowAddition(row: "r-0123456789ab", anchor: .before("1.1.1.1"), level: .area, text: "Baru",
                             months: MonthSet([.jan, .okt]), ket: "k", sub: "S", kegiatan: "K", area: "A")),
            .add(RowAddition(row: "r-0123456789ac", anchor: nil, text: "Pertama")),
            .remove(RowRemoval(rows: ["1.1.1.2"], snapshot: .indikator(indicator), anchor: .after("1.1.1.1"))),
            .remove(RowRemoval(rows: ["1.1.1.1", "1.1.1.2"], snapshot: .area(plan.areas[0]), anchor: nil)),
            .move(RowMove(row: "1.1.1.1", level: .sub, direction: .down)),
            .move(RowMove(row: "1.1.1.1", level: .kegiatan, direction: .up)),
            .move(RowMove(row: "1.1.1.1", level: .indikator, direction: .to(.after("2.1.1.1"), from: .before("1.1.1.2")))),
        ]
        XCTAssertEqual(Set(changes.map(\.kind)), Set(Change.kinds))
        for (n, change) in changes.enumerated() {
            for id in [String(repeating: "0123456789abcdef", count: 2), "v1-\(n + 1)", "ABCDEF0123456789ABCDEF0123456789"] {
                let entry = JournalEntry(seq: n + 1, id: id, at: Date(timeIntervalSince1970: 1_700_000_000.25), by: "ani", change: change)
                var w = ByteWriter()
                EntryCoding.write(entry, to: &w)
                let back = try w.bytes.withUnsafeBytes { buffer throws -> JournalEntry in
                    var r = ByteReader(buffer)
                    let decoded = try EntryCoding.entry(seq: n + 1, from: &r)
                    XCTAssertTrue(r.isAtEnd)
                    return decoded
                }
                XCTAssertEqual(back, entry, "\(change.kind) \(id)")
            }
        }
    }

    func testAFreshSnapshotIsUsedAndGivesTheSameStateAsReplayingTheJournal() throws {
        try recordEveryKind(try fullOpen())
        let reference = try writeSnapshot()
        let store = try XCTUnwrap(try restored())
        XCTAssertEqual(store.snapshotUse, .restored(entries: reference.entries.count))
        XCTAssertEqual(store.replayedAtOpen, 0)
        XCTAssertEqual(reference.snapshotUse, .notUsed)
        XCTAssertEqual(reference.replayedAtOpen, 20)
        XCTAssertEqual(fingerprint(store), fingerprint(reference))
        // The progress alone (what `rencana progress` reads) is that of the current plan, marks and realisation.
        let computed = ProgressTracker(plan: reference.plan, marks: reference.marks, realisation: reference.realisation)
        let tracker = try XCTUnwrap(StateSnapshot.progress(planPath: planURL.path, stateURL: stateURL))
        XCTAssertEqual(progressText(tracker), progressText(computed))
        XCTAssertEqual(tracker.plan.rows, reference.plan.rows)
        let outline = try XCTUnwrap(StateSnapshot.progress(planPath: planURL.path, stateURL: stateURL, texts: false))
        XCTAssertEqual(progressText(outline), progressText(computed))
        XCTAssertEqual(outline.plan.rows.map(\.id), reference.plan.rows.map(\.id))
        XCTAssertEqual(outline.plan.areas.map(\.name), reference.plan.areas.map(\.name))
        XCTAssertEqual(outline.plan.rows.map(\.indikator), reference.plan.rows.map { _ in "" })
        // A change through the restored store is appended after the right byte: a full open reads it back.
        try store.setStatus("2.1.1.1", .mar, to: .missed)
        try store.undo()
        XCTAssertEqual(fingerprint(try fullOpen()), fingerprint(store))
    }

    func testAJournalRestoredFromItsSnapshotJoinsATeamAsAReplayedOneDoes() throws {
        try recordEveryKind(try fullOpen())
        let reference = try writeSnapshot()
        let store = try XCTUnwrap(try restored())
        XCTAssertEqual(store.snapshotUse, .restored(entries: reference.entries.count))
        // What apply keeps for a team is kept by the restore too: its clock, its entries from before a team.
        XCTAssertEqual(store.state.maxClock, reference.state.maxClock)
        XCTAssertEqual(store.state.earlyEntries, reference.entries.count)
        try store.upgradeToTeam()
        XCTAssertTrue(store.entries.allSatisfy { $0.device?.hasPrefix("early-") == true }, "its entries became team entries")
        try store.setStatus("2.1.1.1", .mar, to: .missed)
        XCTAssertEqual(store.entries.last?.clock, reference.entries.count + 1, "a new entry goes after every earlier one")
    }

    func testAfterAnAppendOnlyTheTailIsReplayed() throws {
        try recordEveryKind(try fullOpen())
        try writeSnapshot()
        let other = try fullOpen()
        try other.setStatus("2.1.1.1", .mar, to: .done)
        try other.undo()
        try other.undo()  // the status of 1.1.1.1 in Okt
        let store = try XCTUnwrap(try restored())
        XCTAssertEqual(store.snapshotUse, .restored(entries: 20))
        XCTAssertEqual(store.replayedAtOpen, 3)
        XCTAssertEqual(fingerprint(store), fingerprint(try fullOpen()))
        // Progress alone needs no replay: the sidecar the other store wrote brings the snapshot's up to the tail.
        XCTAssertEqual(StateSnapshot.progress(planPath: planURL.path, stateURL: stateURL),
                       ProgressTracker(plan: store.plan, marks: store.marks, realisation: store.realisation))
        // Written again (the tail is worth it at threshold 0), the snapshot holds the tail too.
        XCTAssertTrue(store.writeSnapshotIfWorthIt(planPath: planURL.path, stamp: PlanStamp.vouched(path: planURL.path), threshold: 0))
        XCTAssertEqual(try XCTUnwrap(try restored()).replayedAtOpen, 0)
    }

    func testAChangedPlanFileOrStateFileMakesTheSnapshotStale() throws {
        try recordEveryKind(try fullOpen())
        try writeSnapshot()
        XCTAssertNotNil(try restored())
        // The plan rewritten with the same bytes: its times change, the snapshot is not used.
        let planBytes = try Data(contentsOf: planURL)
        usleep(10_000)
        try planBytes.write(to: planURL)
        XCTAssertNil(try restored())
        try writeSnapshot()
        XCTAssertNotNil(try restored())
        // The journal's last entry rewritten in place, same length (its id's first digit changed): stale.
        let stateBytes = [UInt8](try Data(contentsOf: stateURL))
        var text = String(decoding: stateBytes, as: UTF8.self)
        let idStart = try XCTUnwrap(text.range(of: "\"id\":\"", options: .backwards)).upperBound
        text.replaceSubrange(idStart...idStart, with: text[idStart] == "0" ? "1" : "0")
        try overwrite(Array(text.utf8))
        XCTAssertNil(try restored())
        // Replaced by another file of the same length (written anew, whatever its inode): stale too.
        try writeSnapshot()
        XCTAssertNotNil(try restored())
        try FileManager.default.removeItem(at: stateURL)
        try Data(stateBytes).write(to: stateURL)
        XCTAssertNil(try restored())
        // Cut short by a byte: stale; the byte put back, the same file again: fresh.
        try writeSnapshot()
        let handle = try FileHandle(forUpdating: stateURL)
        try handle.truncate(atOffset: UInt64(stateBytes.count - 1))
        XCTAssertNil(try restored())
        try handle.write(contentsOf: Data(stateBytes.suffix(1)))
        try handle.close()
        XCTAssertNotNil(try restored())
        // Deleted: nothing but speed changes.
        try writeSnapshot()
        try FileManager.default.removeItem(at: snapshotURL)
        XCTAssertNil(try restored())
    }

    func testEveryFlippedByteAndEveryCutGivesTheSameResultAsNoSnapshot() throws {
        try recordEveryKind(try fullOpen())
        let written = try writeSnapshot()
        let reference = fingerprint(written)
        let referenceProgress = progressText(ProgressTracker(plan: written.plan, marks: written.marks, realisation: written.realisation))
        let good = [UInt8](try Data(contentsOf: snapshotURL))
        XCTAssertGreaterThan(good.count, 1_000)
        var progressBytes = ByteWriter()
        ProgressTracker(plan: written.plan, marks: written.marks, realisation: written.realisation).write(to: &progressBytes)
        // The last two sections, the progress and its file evidence, are what a restore does not read.
        let referenceFiles = FileEvidence.of(plan: written.plan, realisation: written.realisation)
        XCTAssertFalse(referenceFiles.isEmpty)
        FileEvidence.write(referenceFiles, to: &progressBytes)
        let progressSection = (good.count - progressBytes.bytes.count)..<good.count
        var used = 0
        func check(_ bytes: [UInt8], _ what: String, at index: Int? = nil) throws {
            try Data(bytes).write(to: snapshotURL)
            // What a command does: the snapshot when it is fresh, else the full open (which gives `reference`).
            if let store = try restored() {
                XCTAssertEqual(fingerprint(store), reference, what)
                // A whole restore reads every section but the last two (progress's own): damage anywhere else refuses it.
                XCTAssertTrue(index.map(progressSection.contains) ?? (bytes == good), what)
                used += 1
            }
            // `progress` reads three of the sections: damage elsewhere does not concern it.
            if let tracker = StateSnapshot.progress(planPath: planURL.path, stateURL: stateURL) {
                XCTAssertEqual(progressText(tracker), referenceProgress, what)
            }
            // With its file evidence: the same pieces, or nothing.
            if let (tracker, files) = StateSnapshot.cachedProgress(planPath: planURL.path, stateURL: stateURL, files: true) {
                XCTAssertEqual(progressText(tracker), referenceProgress, what)
                XCTAssertEqual(files, referenceFiles, what)
            }
        }
        for i in good.indices {
            var flipped = good
            flipped[i] ^= 0xFF
            try check(flipped, "byte \(i) flipped", at: i)
        }
        for length in 0..<good.count { try check(Array(good[..<length]), "cut at \(length)") }
        try check(good + [0], "a byte appended")
        XCTAssertEqual(used, progressSection.count, "only flips in the progress section, which a restore does not read")
        try check(good, "whole")
    }

    func testHostileSectionsThatPassTheirChecksumsAreRefusedOrReadWithoutTrapping() throws {
        try recordEveryKind(try fullOpen())
        let state = try fullOpen().state
        var parts = [ByteWriter(), ByteWriter(), ByteWriter(), ByteWriter(), ByteWriter()]
        PlanCoding.write(state.signed, to: &parts[0])
        state.writeCurrentPlan(to: &parts[1])
        state.writeView(to: &parts[2])
        state.writeJournal(to: &parts[3])
        ProgressTracker(plan: state.plan, marks: state.marks, realisation: state.realisation).write(to: &parts[4])
        // A checksum only tells damage from a match; the decoders check every length and index themselves.
        var generator = SystemRandomNumberGenerator()
        var refused = 0
        for round in 0..<1_500 {
            let part = round % 5
            var bytes = parts[part].bytes
            for _ in 0...(round % 4) {
                bytes[Int.random(in: 0..<bytes.count, using: &generator)] = UInt8.random(in: 0...255, using: &generator)
            }
            bytes.withUnsafeBytes { buffer in
                var r = ByteReader(buffer)
                do throws(ByteDecodingError) {
                    switch part {
                    case 0: _ = try PlanCoding.plan(from: &r)
                    case 1: _ = try YearState.currentPlan(signed: state.signed, from: &r)
                    case 2: _ = try YearState.view(plan: state.plan, from: &r)
                    case 4: _ = try ProgressTracker(plan: state.plan, from: &r)
                    default:
                        let view = StateView(plan: state.plan, marks: state.marks, realisation: state.realisation)
                        _ = try YearState(signed: state.signed, view: view, changedCells: 0, journal: &r)
                    }
                } catch {
                    refused += 1
                }
            }
        }
        XCTAssertGreaterThan(refused, 0)
    }

    func testTwoWritersAtOnceLeaveOneWholeSnapshotAndNoTemporaryFiles() throws {
        try recordEveryKind(try fullOpen())
        let reference = fingerprint(try fullOpen())
        let planPath = planURL.path, url = stateURL
        DispatchQueue.concurrentPerform(iterations: 2) { _ in
            for _ in 0..<25 {
                guard let store = try? StateStore.open(plan: try! PlanFile.load(planPath), url: url, user: "ani") else { continue }
                store.writeSnapshotIfWorthIt(planPath: planPath, stamp: PlanStamp.vouched(path: planPath), threshold: 0)
                if let restored = try? StateStore.openFromSnapshot(planPath: planPath, url: url) {
                    XCTAssertEqual(restored.entries.count, 20)
                }
            }
        }
        XCTAssertEqual(fingerprint(try XCTUnwrap(try restored())), reference)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted(), ["cache", "plan.json", "state.jsonl"])
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: cacheFolder.path), [snapshotURL.lastPathComponent])
    }

    func testAReadOnlyFolderOrALinkInTheWayIsSkippedSilently() throws {
        try recordEveryKind(try fullOpen())
        let store = try fullOpen()
        if geteuid() != 0 {  // root writes into read-only folders; the CLI test runs this case as nobody
            try FileManager.default.createDirectory(at: cacheFolder, withIntermediateDirectories: true)
            XCTAssertEqual(chmod(cacheFolder.path, 0o500), 0)
            XCTAssertFalse(store.writeSnapshotIfWorthIt(planPath: planURL.path, stamp: PlanStamp.vouched(path: planURL.path), threshold: 0))
            XCTAssertEqual(chmod(cacheFolder.path, 0o700), 0)
        }
        // A symbolic link where the snapshot goes is never read nor written through: it is replaced.
        let elsewhere = folder.appendingPathComponent("elsewhere")
        XCTAssertTrue(store.writeSnapshotIfWorthIt(planPath: planURL.path, stamp: PlanStamp.vouched(path: planURL.path), threshold: 0))
        try Data(contentsOf: snapshotURL).write(to: elsewhere)
        try FileManager.default.removeItem(at: snapshotURL)
        try FileManager.default.createSymbolicLink(atPath: snapshotURL.path, withDestinationPath: elsewhere.path)
        XCTAssertNil(try restored(), "not read through a link")
        let linked = try Data(contentsOf: elsewhere)
        XCTAssertTrue(store.writeSnapshotIfWorthIt(planPath: planURL.path, stamp: PlanStamp.vouched(path: planURL.path), threshold: 0))
        XCTAssertEqual(try Data(contentsOf: elsewhere), linked, "not written through a link")
        XCTAssertEqual(try FileManager.default.attributesOfItem(atPath: snapshotURL.path)[.type] as? FileAttributeType, .typeRegular)
        XCTAssertNotNil(try restored())
        // Below the threshold, or with snapshots off, nothing is written.
        try FileManager.default.removeItem(at: snapshotURL)
        XCTAssertFalse(store.writeSnapshotIfWorthIt(planPath: planURL.path, stamp: PlanStamp.vouched(path: planURL.path), threshold: 24))
        XCTAssertFalse(store.writeSnapshotIfWorthIt(planPath: planURL.path, stamp: PlanStamp.vouched(path: planURL.path), threshold: nil))
        XCTAssertTrue(store.writeSnapshotIfWorthIt(planPath: planURL.path, stamp: PlanStamp.vouched(path: planURL.path), threshold: 23))
        XCTAssertEqual(StateSnapshot.threshold(environment: ["RENCANA_SNAPSHOT_THRESHOLD": "off"]), nil)
        XCTAssertEqual(StateSnapshot.threshold(environment: ["RENCANA_SNAPSHOT_THRESHOLD": "5"]), 5)
        XCTAssertEqual(StateSnapshot.threshold(environment: [:]), StateSnapshot.defaultThreshold)
    }
}
