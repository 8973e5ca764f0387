import PlanModel
import XCTest

/// The incremental tracker against a fresh build after every change.
final class ProgressTrackerTests: XCTestCase {
    private struct Random {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    private func assertSame(_ a: ProgressTracker, _ b: ProgressTracker, _ plan: Plan, _ step: Int,
                            file: StaticString = #filePath, line: UInt = #line) {
        let periods: [ProgressPeriod] = [.triwulan(1), .triwulan(2), .triwulan(3), .triwulan(4), .semester(1), .year]
        for period in periods {
            for asOf in [Month.feb, .jun, .des] {
                XCTAssertEqual(a.figures(of: .plan, period: period, asOf: asOf),
                               b.figures(of: .plan, period: period, asOf: asOf), "step \(step)", file: file, line: line)
                for area in plan.areas.indices {
                    XCTAssertEqual(a.figures(of: .area(area), period: period, asOf: asOf),
                                   b.figures(of: .area(area), period: period, asOf: asOf),
                                   "step \(step) area \(area)", file: file, line: line)
                }
            }
        }
        for row in plan.rows.indices {
            XCTAssertEqual(a.months(ofRow: row), b.months(ofRow: row), "step \(step) row \(row)", file: file, line: line)
        }
    }

    func testEveryChangeKeepsTheSameFiguresAsAFreshBuild() {
        let plan = SyntheticPlan.generate(rows: 60, seed: 7)
        var marks = plan.baselineMarks
        var realisation = Realisation()
        var tracker = ProgressTracker(plan: plan, marks: marks, realisation: realisation)
        var random = Random(state: 42)
        var evidenceNumber = 0
        for step in 0..<400 {
            let index = random.next(plan.rows.count)
            let id = plan.rows[index].id
            let month = Month(index: random.next(12))!
            switch random.next(6) {
            case 0:
                marks[index].toggle(month)
                tracker.refresh(row: index, marks: marks[index], realisation: realisation)
            case 1, 2:
                let statuses: [RealisationStatus?] = [nil, .done, .partly, .missed, .moved(Month(index: random.next(12))!)]
                let status = statuses[random.next(statuses.count)]
                var record = realisation.record(id, month)
                record.status = status
                realisation.cells[id, default: [:]][month] = record.isEmpty ? nil : record
                tracker.refresh(row: index, marks: marks[index], realisation: realisation)
            case 3:
                evidenceNumber += 1
                let item = Evidence(id: "e\(evidenceNumber)", row: id, month: random.next(3) == 0 ? nil : month,
                                    kind: .laporan, location: .url("https://example.org/\(evidenceNumber)"))
                realisation.evidence.append(item)
                tracker.evidenceAdded(item, marks: marks[index], realisation: realisation)
            case 4:
                guard !realisation.evidence.isEmpty else { continue }
                let item = realisation.evidence.remove(at: random.next(realisation.evidence.count))
                let row = plan.rowIndex(of: item.row)!
                tracker.evidenceRemoved(item, marks: marks[row], realisation: realisation)
            default:
                realisation.cells[id, default: [:]][month] = CellRecord(status: .done, note: "catatan")
                tracker.refresh(row: index, marks: marks[index], realisation: realisation)
            }
            if step % 20 == 19 || step < 10 {
                assertSame(tracker, ProgressTracker(plan: plan, marks: marks, realisation: realisation), plan, step)
            }
        }
        XCTAssertGreaterThan(tracker.figures(of: .plan, period: .year, asOf: .des).done, 0, "the run recorded something")
    }

    func testAChangeOfOneRowMovesOnlyItsAreaAndThePlan() throws {
        let plan = try RealPlan.plan()
        var realisation = Realisation()
        var tracker = ProgressTracker(plan: plan, marks: plan.baselineMarks, realisation: realisation)
        let before = plan.areas.indices.map { tracker.figures(of: .area($0), period: .year, asOf: .des) }
        let index = plan.rowIndex(of: "2.5.1.1")!
        realisation.cells["2.5.1.1"] = [.jan: CellRecord(status: .done)]
        tracker.refresh(row: index, marks: plan.rows[index].baseline, realisation: realisation)
        let after = plan.areas.indices.map { tracker.figures(of: .area($0), period: .year, asOf: .des) }
        for area in plan.areas.indices where area != 1 { XCTAssertEqual(after[area], before[area]) }
        XCTAssertEqual(after[1].done, before[1].done + 1)
        XCTAssertEqual(after[1].overdue, before[1].overdue - 1)
    }

    /// Every kegiatan's and sub kegiatan's rows (found within the kegiatan by binary search) are exactly the rows
    /// with that position, and their figures are Σ of those rows' figures; a sub kegiatan past the last has none.
    func testGroupsHoldExactlyTheirRows() throws {
        let plan = try RealPlan.plan()
        var realisation = Realisation()
        for (n, row) in plan.rows.enumerated() where n % 3 == 0 {
            realisation.cells[row.id] = [.feb: CellRecord(status: n % 2 == 0 ? .done : .partly), .mar: CellRecord(status: .missed)]
        }
        let tracker = ProgressTracker(plan: plan, marks: plan.baselineMarks, realisation: realisation)
        var subs = 0
        for (a, area) in plan.areas.enumerated() {
            for (k, kegiatan) in area.kegiatan.enumerated() {
                let inKegiatan = plan.rows.indices.filter { plan.rows[$0].position.area == a && plan.rows[$0].position.kegiatan == k }
                XCTAssertEqual(Array(tracker.rows(of: .kegiatan(area: a, kegiatan: k))), inKegiatan, "kegiatan \(a).\(k)")
                for s in 0...kegiatan.subKegiatan.count {
                    let rows = inKegiatan.filter { plan.rows[$0].position.sub == s }
                    XCTAssertEqual(Array(tracker.rows(of: .sub(area: a, kegiatan: k, sub: s))), rows, "sub \(a).\(k).\(s)")
                    let sum = rows.reduce(ProgressFigures()) { $0 + tracker.figures(row: $1, period: .triwulan(1), asOf: .des) }
                    XCTAssertEqual(tracker.figures(of: .sub(area: a, kegiatan: k, sub: s), period: .triwulan(1), asOf: .des), sum)
                    if !rows.isEmpty { subs += 1 }
                }
            }
        }
        XCTAssertGreaterThan(subs, 10, "the real plan has sub kegiatan in several kegiatan")
    }
}
