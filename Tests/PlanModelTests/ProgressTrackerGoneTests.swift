import PlanModel
import XCTest

/// Issue 20: evidence whose file is gone is left uncounted by the tracker it is given to, built or discounted.
final class ProgressTrackerGoneTests: XCTestCase {
    func testGoneEvidenceIsKurangBukti() throws {
        let plan = SyntheticPlan.generate(rows: 12, seed: 3)
        let marks = plan.baselineMarks
        let index = try XCTUnwrap(marks.firstIndex { !$0.isEmpty })
        let row = plan.rows[index].id
        let month = try XCTUnwrap(Month.allCases.first { marks[index].contains($0) })
        var realisation = Realisation()
        realisation.cells[row, default: [:]][month] = CellRecord(status: .done)
        realisation.evidence = [
            Evidence(id: "file", row: row, month: month, kind: .sk, location: .file("sk.pdf")),
            Evidence(id: "link", row: row, month: nil, kind: .tautan, location: .url("https://example.org/x")),
        ]
        let counted = ProgressTracker(plan: plan, marks: marks, realisation: realisation)
        XCTAssertEqual(counted.figures(row: index, period: .year, asOf: .des).kurangBukti, 0)

        // Only the file gone: the whole-row link still covers the month.
        let oneGone = ProgressTracker(plan: plan, marks: marks, realisation: realisation, gone: ["file"])
        XCTAssertEqual(oneGone.figures(row: index, period: .year, asOf: .des).kurangBukti, 0)

        // Both gone (a link is never gone by the file check, but the tracker counts what it is told).
        var fileOnly = realisation
        fileOnly.evidence.removeLast()
        let built = ProgressTracker(plan: plan, marks: marks, realisation: fileOnly, gone: ["file"])
        XCTAssertEqual(built.figures(row: index, period: .year, asOf: .des).kurangBukti, 1)
        XCTAssertEqual(built.figures(of: .plan, period: .year, asOf: .des).kurangBukti, 1)
        XCTAssertTrue(built.months(ofRow: index)[month.index].withoutEvidence)

        // A tracker built with the evidence (the snapshot's) discounted afterwards gives the same figures.
        let whole = ProgressTracker(plan: plan, marks: marks, realisation: fileOnly)
        XCTAssertEqual(whole.figures(of: .plan, period: .year, asOf: .des).kurangBukti, 0)
        let discounted = whole.discounting(gone: ["file"], marks: marks, realisation: fileOnly)
        XCTAssertEqual(discounted.figures(of: .plan, period: .year, asOf: .des), built.figures(of: .plan, period: .year, asOf: .des))
        XCTAssertEqual(discounted.months(ofRow: index), built.months(ofRow: index))
        XCTAssertEqual(whole.discounting(gone: [], marks: marks, realisation: fileOnly), whole)
    }
}
