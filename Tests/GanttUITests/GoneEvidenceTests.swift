import Foundation
import XCTest
@testable import GanttUI
import PlanModel

/// Issue 20 in the dashboard: evidence whose file has gone is kurang bukti in the Realisasi figures as in
/// `rencana progress`, the file check run at open and when the evidence changes, never on other keys.
final class GoneEvidenceTests: XCTestCase {
    /// Counts the checks the state asks for; says every file evidence named `gone…` is gone.
    final class FileCheck: @unchecked Sendable {
        private let lock = NSLock()
        private var count = 0
        var runs: Int { lock.withLock { count } }

        func gone(_ realisation: Realisation) -> Set<String> {
            lock.withLock { count += 1 }
            return Set(realisation.evidence.compactMap { item in
                guard case .file(let path) = item.location, path.hasPrefix("gone") else { return nil }
                return item.id
            })
        }
    }

    func testEvidenceWhoseFileIsGoneIsKurangBuktiInTheFigures() throws {
        let check = FileCheck()
        // 1.1.1.1 Jan done, 1.1.2.1 Jan partly (RealisasiTests.recorded), then the file check from the opener.
        var state = try RealisasiTests.recorded(200, 50).pressing(.left, .left)
        XCTAssertEqual(state.month, .jan)
        state.checkFiles(with: check.gone)
        XCTAssertEqual(check.runs, 1)
        let first = try XCTUnwrap(state.plan.rowIndex(of: "1.1.1.1")), second = try XCTUnwrap(state.plan.rowIndex(of: "1.1.2.1"))
        XCTAssertEqual(state.rowFigures(first).kurangBukti, 1)
        let before = state.groupFigures(.plan).kurangBukti

        // Evidence on both rows' January: one file there, one gone (added elsewhere, or removed since).
        state = try state.selecting("1.1.1.1").pressing(.char("b")).typing("ada.pdf").pressing(.enter)
        state = try state.selecting("1.1.2.1").pressing(.char("b")).typing("gone.pdf").pressing(.enter)
        XCTAssertEqual(state.year.realisation.evidence.map(\.month), [.jan, .jan])
        XCTAssertEqual(state.goneEvidence.count, 1)
        XCTAssertEqual(state.rowFigures(first).kurangBukti, 0)
        XCTAssertEqual(state.rowFigures(second).kurangBukti, 1, "a gone file covers nothing")
        XCTAssertEqual(state.groupFigures(.plan).kurangBukti, before - 1, "only the file that is there counts")
        // The figures are those of a tracker told what is gone, as `rencana progress` and the report build it.
        let told = ProgressTracker(plan: state.plan, marks: state.year.marks, realisation: state.year.realisation,
                                   gone: check.gone(state.year.realisation))
        XCTAssertEqual(state.progress, told)
        let runs = check.runs

        // Keys that change no evidence look at no file: moving, a status, the as-of month.
        state = state.pressing(.down, .right, .char("y"), .char("["), .char("]"))
        XCTAssertEqual(check.runs, runs)
        // Undoing the gone piece: the row is counted again, still without evidence.
        state = state.pressing(.char("u"), .char("u"))
        XCTAssertEqual(state.year.realisation.evidence.count, 1)
        XCTAssertTrue(state.goneEvidence.isEmpty)
        XCTAssertEqual(state.rowFigures(second).kurangBukti, 1)
        XCTAssertNil(state.goneDiscounted, "nothing gone: the year's own progress is shown")
        XCTAssertEqual(state.progress, state.year.progress)
        XCTAssertEqual(state.progress, ProgressTracker(plan: state.plan, marks: state.year.marks, realisation: state.year.realisation))
    }
}
