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

    /// The discount from the tracker's own values (what `rencana progress` does on the snapshot cache's figures) gives
    /// exactly what counting the rows again from the marks and the realisation gives, on random plans, records,
    /// evidence (files and links, by month and for the whole row, several on a cell) and random gone files.
    func testTheDiscountFromTheTrackersOwnValuesIsTheRecountsExactly() {
        var random = SystemRandomNumberGenerator()
        let statuses: [RealisationStatus?] = [nil, .done, .partly, .missed, .moved(.mar), .moved(.des)]
        for round in 0..<200 {
            let plan = SyntheticPlan.generate(rows: 30, seed: UInt64(round + 1))
            var marks = plan.baselineMarks
            for index in marks.indices where Bool.random(using: &random) {
                marks[index] = MonthSet(Month.allCases.filter { _ in Int.random(in: 0..<4, using: &random) == 0 })
            }
            var realisation = Realisation()
            for row in plan.rows where Int.random(in: 0..<3, using: &random) > 0 {
                for month in Month.allCases {
                    guard let status = statuses.randomElement(using: &random)!, Bool.random(using: &random) else { continue }
                    realisation.cells[row.id, default: [:]][month] = CellRecord(status: status)
                }
            }
            for n in 0..<Int.random(in: 0..<60, using: &random) {
                let row = plan.rows.randomElement(using: &random)!.id
                let month = Int.random(in: 0..<4, using: &random) == 0 ? nil : Month.allCases.randomElement(using: &random)
                let isFile = Int.random(in: 0..<4, using: &random) > 0
                realisation.evidence.append(Evidence(id: "e-\(n)", row: row, month: month, kind: .sk,
                                                     location: isFile ? .file("bukti/\(n).pdf") : .url("https://example.org/\(n)")))
            }
            let files = FileEvidence.of(plan: plan, realisation: realisation)
            let gone = files.filter { _ in Bool.random(using: &random) }
            let whole = ProgressTracker(plan: plan, marks: marks, realisation: realisation)
            let recounted = whole.discounting(gone: Set(gone.map(\.id)), marks: marks, realisation: realisation)
            XCTAssertEqual(whole.discounting(gone: gone), recounted, "round \(round)")
            XCTAssertEqual(whole.discounting(gone: gone),
                           ProgressTracker(plan: plan, marks: marks, realisation: realisation, gone: Set(gone.map(\.id))), "round \(round)")
            XCTAssertEqual(whole.discounting(gone: [] as [FileEvidence]), whole)
        }
    }
}
