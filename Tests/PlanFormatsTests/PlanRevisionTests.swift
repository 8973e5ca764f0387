import XCTest
import PlanModel
@testable import PlanFormats
@testable import PlanModel

/// `adopt` (a revision as a new plan file) and `new-year` (next year's plan), on the real plan.json.
final class PlanRevisionTests: XCTestCase {
    /// The real plan revised: a row removed from the first sub kegiatan, a new row added, the last row
    /// moved to the front, an indicator reworded; ids as the journal keeps them.
    func revised() throws -> (signed: Plan, current: Plan) {
        let signed = try Support.realPlan()
        var areas = signed.areas
        var index = 0
        for a in areas.indices { for k in areas[a].kegiatan.indices { for s in areas[a].kegiatan[k].subKegiatan.indices {
            for i in areas[a].kegiatan[k].subKegiatan[s].indicators.indices {
                areas[a].kegiatan[k].subKegiatan[s].indicators[i].id = signed.rows[index].id
                index += 1
            }
        } } }
        areas[0].kegiatan[0].subKegiatan[0].indicators.remove(at: 0)
        areas[0].kegiatan[0].subKegiatan[0].indicators.append(Indicator(id: "r-00112233aabb", text: "Baris baru", months: MonthSet([.okt])))
        let lastArea = areas.count - 1
        let last = areas[lastArea].kegiatan[0].subKegiatan[0].indicators.removeLast()
        areas[lastArea].kegiatan[0].subKegiatan[0].indicators.insert(last, at: 0)
        areas[1].kegiatan[0].subKegiatan[0].indicators[0].text += " (revisi)"
        return (signed, Plan(document: signed.document, areas: areas))
    }

    /// Issue 20: the adopted plan's references read in order (every id is the row's position, written out), so no
    /// reference of the new decree can name two rows; what each renumbered row was called is listed.
    func testAdoptRenumbersEveryRowIntoItsPositionAndListsTheRenamedOnes() throws {
        let (_, current) = try revised()
        var marks = current.baselineMarks
        marks[3].insert(.des)
        let json = PlanRevision.adopt(current, marks: marks)
        let adopted = try PlanDecoder.decode(Array(json.utf8), file: "plan-2023.json")
        XCTAssertNil(adopted.firstDuplicateID)
        let positions = adopted.rows.map { RowID.positional(area: $0.areaNumber, kegiatan: $0.position.kegiatan + 1,
                                                             sub: $0.position.sub + 1, indicator: $0.position.indicator + 1) }
        XCTAssertEqual(adopted.rows.map(\.id), positions, "references read in order")
        XCTAssertEqual(json.components(separatedBy: "\"id\": ").count - 1, adopted.rows.count, "every id written out")
        XCTAssertEqual(adopted.rows.map(\.texts), current.rows.map(\.texts))
        XCTAssertEqual(adopted.rows.map(\.baseline), marks)
        XCTAssertEqual(adopted.document, current.document)
        // export --baseline of the new file is export of the revision with its marks.
        XCTAssertEqual(CSVExport.csv(plan: adopted), CSVExport.csv(plan: current, marks: marks))
        // The renamed rows: exactly those whose id was not their new position, old and new names in the new order.
        let renamed = PlanRevision.renamedRows(current)
        XCTAssertEqual(renamed.map(\.new), zip(current.rows, positions).filter { $0.id != $1 }.map(\.1))
        XCTAssertEqual(renamed.map(\.old), zip(current.rows, positions).filter { $0.id != $1 }.map(\.0.id))
        XCTAssertTrue(renamed.contains { $0.old == "r-00112233aabb" }, "the added row gets a position")
        XCTAssertGreaterThan(renamed.count, 2)
        XCTAssertLessThan(renamed.count, current.rows.count)
        // The adopted plan is the new signed plan: against the revision renumbered, no difference left.
        XCTAssertTrue(PlanDiff(signed: adopted, current: PlanRevision.renumbered(current), marks: marks).isEmpty)
    }

    func testAdoptOfAnUnrevisedPlanKeepsEveryReference() throws {
        let plan = try Support.realPlan()
        let json = PlanRevision.adopt(plan)
        XCTAssertEqual(try PlanDecoder.decode(Array(json.utf8), file: "x").rows.map(\.id), plan.rows.map(\.id))
        XCTAssertEqual(try PlanDecoder.decode(Array(json.utf8), file: "x").rows.map(\.texts), plan.rows.map(\.texts))
        XCTAssertTrue(PlanRevision.renamedRows(plan).isEmpty)
    }

    func testNewYearOfARevisedPlanRenumbersItsRows() throws {
        let (_, current) = try revised()
        let next = PlanRevision.nextYear(current, year: 2023)
        XCTAssertEqual(next.rows.map(\.id), PlanRevision.renumbered(current).rows.map(\.id))
        XCTAssertEqual(next.rows.map(\.texts), current.rows.map(\.texts))
        XCTAssertFalse(next.rows.contains { $0.id.rawValue.hasPrefix("r-") })
        let back = try PlanDecoder.decode(Array(PlanEncoder.json(next).utf8), file: "plan-2023.json")
        XCTAssertEqual(back.rows, next.rows)
    }

    func testNewYearOnTheRealPlan() throws {
        let plan = try Support.realPlan()
        let next = PlanRevision.nextYear(plan, year: 2023)
        XCTAssertEqual(next.document.year, 2023)
        XCTAssertEqual(next.document.number, "")
        XCTAssertEqual(next.document.date, "")
        XCTAssertEqual(next.document.title, plan.document.title.replacingOccurrences(of: "Tahun 2022", with: "Tahun 2023"))
        XCTAssertTrue(next.document.title.hasSuffix("Tahun 2023"), next.document.title)
        XCTAssertEqual(next.document.institution, plan.document.institution)
        XCTAssertEqual(next.document.signer, plan.document.signer)
        XCTAssertEqual(next.rows.count, plan.rows.count)
        XCTAssertEqual(next.rows.map(\.id), plan.rows.map(\.id))
        XCTAssertEqual(next.rows.map(\.texts), plan.rows.map(\.texts))
        XCTAssertEqual(next.rows.map(\.baseline), plan.baselineMarks)
        // Written and read back: the same plan, every id explicit.
        let json = PlanEncoder.json(next)
        let back = try PlanDecoder.decode(Array(json.utf8), file: "plan-2023.json")
        XCTAssertEqual(back.rows, next.rows)
        XCTAssertEqual(back.document, next.document)
        XCTAssertEqual(json.components(separatedBy: "\"id\": ").count - 1, plan.rows.count)
        // Against this year's plan, only the decree differs.
        XCTAssertEqual(PlanDiff(signed: plan, current: next).changes.map(\.field), [.number, .title, .year, .date])
    }

    func testNewYearCarriesTheCurrentMarksWhenGiven() throws {
        let plan = try Support.realPlan()
        var marks = plan.baselineMarks
        marks[0] = .all
        XCTAssertEqual(PlanRevision.nextYear(plan, year: 2023, marks: marks).rows[0].baseline, .all)
    }

    func testYearIsReplacedOnlyAsAWholeNumber() {
        XCTAssertEqual(PlanRevision.replacingYear(in: "Tahun 2022, No. 120223, 2022", old: 2022, new: 2023), "Tahun 2023, No. 120223, 2023")
        XCTAssertEqual(PlanRevision.replacingYear(in: "tanpa tahun", old: 2022, new: 2023), "tanpa tahun")
    }
}
