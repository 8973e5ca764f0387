import Foundation
import PlanModel
@testable import PlanStore
import XCTest

/// A damaged state file is reported and never overwritten; an interrupted last entry is ignored.
final class StateFileDamageTests: StoreTestCase {
    private let header = #"{"format":"rencana-state","version":1,"plan":"plan.json"}"#
    private func entry(_ seq: Int, _ row: String = "1.1.1.1", _ month: String = "Feb", old: Bool = false, new: Bool = true) -> String {
        #"{"seq":\#(seq),"at":"2026-01-05T08:00:00Z","by":"ani","kind":"set","row":"\#(row)","month":"\#(month)","old":\#(old),"new":\#(new)}"#
    }

    private func write(_ text: String) throws { try Data(text.utf8).write(to: stateURL) }

    private func openError() -> String? {
        do {
            _ = try open()
            return nil
        } catch {
            return String(describing: error)
        }
    }

    func testAnInterruptedLastEntryIsIgnoredReportedAndCutOffByTheNextSave() throws {
        let full = header + "\n" + entry(1) + "\n" + entry(2, "2.1.1.1", "Apr") + "\n"
        try write(String(full.dropLast(20)))
        let store = try open()
        XCTAssertEqual(store.history.map(\.seq), [1])
        XCTAssertEqual(store.warnings, ["line 3: an incomplete last entry (an interrupted save) was ignored"])
        try store.toggle("1.1.1.2", .jan)
        XCTAssertEqual(try stateText().split(separator: "\n").count, 3)
        let again = try open()
        XCTAssertEqual(again.history.map(\.seq), [1, 2])
        XCTAssertEqual(again.warnings, [])
    }

    func testTruncatingAtEveryOffsetLeavesAPrefixOfTheHistory() throws {
        let store = try open()
        for month in [Month.feb, .mar, .apr, .mei] { try store.toggle("1.1.1.1", month) }
        let bytes = Array(try Data(contentsOf: stateURL))
        let lineEnds = bytes.indices.filter { bytes[$0] == 0x0A }
        for cut in 0...bytes.count {
            try Data(bytes[0..<cut]).write(to: stateURL)
            let reopened = try open()
            let complete = lineEnds.filter { $0 < cut }.count
            // An entry cut just before its newline is whole: kept, not reported (issue 19).
            let whole = complete >= 1 && lineEnds.contains(cut)
            XCTAssertEqual(reopened.history.count, max(0, complete - 1) + (whole ? 1 : 0), "cut at \(cut)")
            XCTAssertEqual(reopened.warnings.isEmpty, cut == 0 || lineEnds.contains(cut - 1) || whole, "cut at \(cut)")
        }
    }

    func testABrokenLineInTheMiddleIsAnErrorAndTheFileIsLeftAlone() throws {
        let text = header + "\n" + entry(1) + "\n{not json\n" + entry(3) + "\n"
        try write(text)
        XCTAssertEqual(openError(), "\(stateURL.path): line 3: not valid JSON (expected a quoted key in an object, found 'n')")
        XCTAssertEqual(try stateText(), text)
    }

    func testWrongTypesUnknownMonthsAndKindsAreNamed() throws {
        try write(header + "\n" + entry(1).replacingOccurrences(of: #""old":false"#, with: #""old":"no""#) + "\n")
        XCTAssertEqual(openError(), "\(stateURL.path): line 2: \"old\" must be true or false")
        try write(header + "\n" + entry(1, "1.1.1.1", "Jux") + "\n")
        XCTAssertEqual(openError(), "\(stateURL.path): line 2: unknown month \"Jux\"")
        try write(header + "\n" + entry(1).replacingOccurrences(of: #""kind":"set""#, with: #""kind":"notes""#) + "\n")
        XCTAssertEqual(openError(), "\(stateURL.path): line 2: unknown kind \"notes\" (expected one of: set, undo, redo, status, date, note, pj, evidence-add, evidence-remove, review, signer, edit, document, add, remove, move)")
        try write(header + "\n" + entry(2) + "\n")
        XCTAssertEqual(openError(), "\(stateURL.path): line 2: entry number 2 is out of order (expected 1)")
    }

    func testAFileFromANewerVersionIsRefused() throws {
        try write(#"{"format":"rencana-state","version":4,"plan":"plan.json"}"# + "\n")
        XCTAssertEqual(openError(), "\(stateURL.path): line 1: written by a newer rencana (state format version 4; this one reads up to 3); update rencana")
    }

    func testAnotherKindOfFileIsRefused() throws {
        try write("NO,AREA PERUBAHAN\n")
        XCTAssertEqual(openError(), "\(stateURL.path): line 1: not valid JSON (unexpected 'N' where a value should be)")
    }

    func testEntriesForRowsThePlanLacksAreKeptAndReported() throws {
        try write(header + "\n" + entry(1, "9.9.9.9") + "\n")
        let store = try open()
        XCTAssertEqual(store.orphans.map(\.row), ["9.9.9.9"])
        XCTAssertEqual(store.marks, plan.baselineMarks)
        try store.toggle("1.1.1.1", .feb)
        XCTAssertTrue(try stateText().contains("9.9.9.9"), "never dropped")
    }

    func testAStatePathThatIsAFolderIsRefused() throws {
        try FileManager.default.createDirectory(at: stateURL, withIntermediateDirectories: true)
        XCTAssertEqual(openError(), "\(stateURL.path): is not a regular file (a directory, device, pipe or socket); give a state file's path with --state")
    }

    func testAnUnwritablePlaceGivesNotSavedAndKeepsMemoryAsItWas() throws {
        // A state path under a regular file cannot be created, even by root.
        let blocker = folder.appendingPathComponent("blocker")
        try Data("x".utf8).write(to: blocker)
        let store = try StateStore.open(plan: plan, url: blocker.appendingPathComponent("state.jsonl"), user: "ani")
        XCTAssertThrowsError(try store.toggle("1.1.1.1", .feb)) { error in
            XCTAssertTrue((error as? StoreError)?.message.hasPrefix("not saved: cannot create the folder") == true, "\(error)")
        }
        XCTAssertEqual(store.marks, plan.baselineMarks)
        XCTAssertTrue(store.history.isEmpty)
    }

    /// For an ordinary user a read-only state file refuses the save; root ignores permission bits, so then the
    /// test checks that the save goes through and the file stays consistent (ENOSPC is tested by injection).
    func testAReadOnlyStateFileRefusesSavesOrStaysConsistentForRoot() throws {
        let store = try open()
        try store.toggle("1.1.1.1", .feb)
        XCTAssertEqual(chmod(stateURL.path, 0o444), 0)
        defer { _ = chmod(stateURL.path, 0o644) }
        if getuid() == 0 {
            // Root ignores permission bits: the save goes through and the file stays consistent.
            try store.toggle("1.1.1.1", .mar)
            XCTAssertEqual(try open().history.count, 2)
        } else {
            XCTAssertThrowsError(try store.toggle("1.1.1.1", .mar)) { error in
                XCTAssertEqual((error as? StoreError)?.message, "not saved: permission denied")
            }
            XCTAssertEqual(months(store, "1.1.1.1"), [.jan, .feb])
        }
    }

    func testMovingAsideKeepsTheDamagedFile() throws {
        try write("garbage\n")
        let target = try StateStore.moveAside(stateURL, now: Date(timeIntervalSince1970: 1_700_000_000))
        XCTAssertEqual(target.lastPathComponent, "state.jsonl.broken-20231114T221320Z")
        XCTAssertEqual(try String(contentsOf: target, encoding: .utf8), "garbage\n")
        XCTAssertFalse(FileManager.default.fileExists(atPath: stateURL.path))
        XCTAssertTrue(try open().history.isEmpty)
    }
}
