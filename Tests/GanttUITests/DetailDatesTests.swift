import Foundation
import XCTest
@testable import GanttUI
import PlanModel

/// Issue 20's walkthrough: the detail pane printed a month's date, its history and an evidence date as
/// `2022-01-31` where `log`, the Laporan and `export --realisation` print `31 Januari 2022`. Now one way.
final class DetailDatesTests: XCTestCase {
    func testTheDetailPanePrintsEveryDateInIndonesian() {
        let plan = Fixture.smallPlan
        let row = plan.rows[0].id
        func entry(_ seq: Int, _ change: Change) -> JournalEntry {
            JournalEntry(seq: seq, id: String(format: "%032x", seq), at: Date(timeIntervalSince1970: 0), by: "t", change: change)
        }
        let year = YearState(signed: plan, entries: [
            entry(1, .status(row: row, month: .jan, old: nil, new: .done)),
            entry(2, .date(row: row, month: .jan, old: "", new: "2022-01-31")),
            entry(3, .evidenceAdd(Evidence(id: "e-000000000001", row: row, month: .jan, kind: .sk, title: "SK Tim RB",
                                           number: "12/2022", date: "2022-01-20", location: .url("https://example.org/sk")))),
        ])
        let state = AppState(plan: plan, year: year, width: 200, height: 40, today: .nov).pressing(.char("r"), .char("d"))
        let values = state.detailContent.lines.map(\.value)
        XCTAssertTrue(values.contains("Jan Terlaksana (31 Januari 2022)"), values.joined(separator: "\n"))
        XCTAssertTrue(values.contains { $0.hasSuffix("Jan tanggal 31 Januari 2022") }, values.joined(separator: "\n"))
        XCTAssertTrue(values.contains { $0.contains("20 Januari 2022") && $0.contains("SK Tim RB") }, values.joined(separator: "\n"))
        XCTAssertFalse(values.contains { $0.contains("2022-01-") }, values.joined(separator: "\n"))
    }

    /// Evidence whose file is gone reads kurang bukti in the detail pane, in `evidence list --missing`'s words.
    func testAPieceWhoseFileIsGoneIsMarkedInTheDetailPane() {
        let plan = Fixture.smallPlan
        let row = plan.rows[0].id
        let year = YearState(signed: plan, entries: [
            JournalEntry(seq: 1, id: String(format: "%032x", 1), at: Date(timeIntervalSince1970: 0), by: "t",
                         change: .evidenceAdd(Evidence(id: "e-000000000002", row: row, month: .mar, kind: .laporan,
                                                       title: "Peta proses bisnis", location: .file("bukti/peta.pdf")))),
        ])
        var state = AppState(plan: plan, year: year, width: 200, height: 40, today: .nov)
        let before = state.pressing(.char("r"), .char("d")).detailContent.lines.map(\.value)
        XCTAssertTrue(before.contains { $0.hasSuffix("Peta proses bisnis  bukti/peta.pdf") }, before.joined(separator: "\n"))
        state.checkFiles { _ in ["e-000000000002"] }
        let after = state.pressing(.char("r"), .char("d")).detailContent.lines.map(\.value)
        XCTAssertTrue(after.contains { $0.hasSuffix("Peta proses bisnis  bukti/peta.pdf  (kurang bukti, file not found)") },
                      after.joined(separator: "\n"))
    }
}
