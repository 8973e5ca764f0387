import PlanModel
import XCTest
@testable import PlanFormats

/// The progress table of the walk-through: TW I of area 1 recorded as a Tim RB would.
final class ProgressReportTests: XCTestCase {
    /// 1.1.1.1 Jan done (evidence), 1.1.2.1 Jan done (evidence), 1.3.1.1 Jan partly, 1.3.1.4 Feb missed
    /// with a note, 1.4.3.1 Mar moved to April.
    static func walkThrough() -> Realisation {
        var r = Realisation()
        r.cells["1.1.1.1"] = [.jan: CellRecord(status: .done)]
        r.cells["1.1.2.1"] = [.jan: CellRecord(status: .done)]
        r.cells["1.3.1.1"] = [.jan: CellRecord(status: .partly)]
        r.cells["1.3.1.4"] = [.feb: CellRecord(status: .missed, note: "Narasumber berhalangan")]
        r.cells["1.4.3.1"] = [.mar: CellRecord(status: .moved(.apr))]
        r.evidence = [
            Evidence(id: "e1", row: "1.1.1.1", month: .jan, kind: .sk, location: .file("sk.pdf")),
            Evidence(id: "e2", row: "1.1.2.1", month: .jan, kind: .notulen, location: .file("notulen.pdf")),
        ]
        return r
    }

    // By hand (planned TW I items per area: 23, 7, 0, 56, 15, 26, 43, 46; see ProgressRealPlanTests):
    // area 1: 23 − 1 moved = 22 due; done 2, partly 1, missed 1, overdue 18; (2 + ½) ÷ 22 = 11,36 % → 11,4 %;
    //         kurang bukti 1 (1.3.1.1 has none). Area 3: nothing due, "–". Others: all overdue, 0 %.
    // Plan: 215 due, done 2, partly 1, missed 1, overdue 211; 2,5 ÷ 215 = 1,16 % → 1,2 %.
    func testByAreaForTriwulanIAsText() throws {
        let plan = try Support.realPlan()
        let tracker = ProgressTracker(plan: plan, marks: plan.baselineMarks, realisation: Self.walkThrough())
        let lines = ProgressReport.lines(tracker, by: .area, period: .triwulan(1), asOf: .mar)
        XCTAssertEqual(ProgressReport.text(lines, period: .triwulan(1), asOf: .mar, nameWidth: 30), """
            Capaian TW I, keadaan s.d. Maret
            NO.  URAIAN                          JATUH TEMPO  TERLAKSANA  SEBAGIAN  TIDAK TERLAKSANA  TERLAMBAT  % CAPAIAN  KURANG BUKTI
            1    Manajemen Perubahan                      22           2         1                 1         18      11,4%             1
            2    Penataan Peraturan Perundanga…            7           0         0                 0          7         0%             0
            3    Penataan Organisasi/Kelembaga…            0           0         0                 0          0          –             0
            4    Penataan Tata laksana                    56           0         0                 0         56         0%             0
            5    Sistem Manajemen Sumber Daya …           15           0         0                 0         15         0%             0
            6    Penguatan Akuntabilitas                  26           0         0                 0         26         0%             0
            7    Pengawasan                               43           0         0                 0         43         0%             0
            8    Pelayanan Publik                         46           0         0                 0         46         0%             0
                 Seluruh rencana aksi                    215           2         1                 1        211       1,2%             1

            """)
    }

    func testCSVAndJSON() throws {
        let plan = try Support.realPlan()
        let tracker = ProgressTracker(plan: plan, marks: plan.baselineMarks, realisation: Self.walkThrough())
        let lines = ProgressReport.lines(tracker, by: .area, period: .triwulan(1), asOf: .mar)
        let csv = ProgressReport.csv(lines, byteOrderMark: false).components(separatedBy: "\r\n")
        XCTAssertEqual(csv[0], "NO.,URAIAN,JATUH TEMPO,TERLAKSANA,SEBAGIAN,TIDAK TERLAKSANA,TERLAMBAT,% CAPAIAN,KURANG BUKTI")
        XCTAssertEqual(csv[1], "1,Manajemen Perubahan,22,2,1,1,18,\"11,4%\",1")
        XCTAssertEqual(csv[3], "3,Penataan Organisasi/Kelembagaan,0,0,0,0,0,–,0")
        XCTAssertEqual(csv[9], ",Seluruh rencana aksi,215,2,1,1,211,\"1,2%\",1")
        XCTAssertEqual(csv.count, 11, "header, 8 areas, the plan, and the empty string after the last CRLF")
        let json = ProgressReport.json(lines, period: .triwulan(1), asOf: .mar)
        let parsed = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        XCTAssertEqual(parsed["period"] as? String, "TW I")
        XCTAssertEqual(parsed["asOf"] as? String, "Mar")
        let items = try XCTUnwrap(parsed["lines"] as? [[String: Any]])
        XCTAssertEqual(items.count, 9)
        XCTAssertEqual(items[0]["capaian"] as? Double, 0.114)
        XCTAssertEqual(items[0]["moved"] as? Int, 1)
        XCTAssertTrue(items[2]["capaian"] is NSNull, "nothing due is null, not 0")
        XCTAssertEqual(items[8]["level"] as? String, "plan")
        XCTAssertEqual(items[8]["overdue"] as? Int, 211)
    }

    func testByKegiatanAndByRowEndWithThePlan() throws {
        let plan = try Support.realPlan()
        let tracker = ProgressTracker(plan: plan, marks: plan.baselineMarks, realisation: Self.walkThrough())
        let kegiatan = ProgressReport.lines(tracker, by: .kegiatan, period: .triwulan(1), asOf: .mar)
        XCTAssertEqual(kegiatan.count, 32 + 1)
        // Kegiatan 1.1 holds 1.1.1.1 (Jan), 1.1.2.1 (Jan) and 1.1.3.1 (Jun Nov): 2 due in TW I, both done.
        XCTAssertEqual(kegiatan[0].id, "1.1")
        XCTAssertEqual(kegiatan[0].figures, ProgressFigures(due: 2, done: 2))
        let rows = ProgressReport.lines(tracker, by: .row, period: .triwulan(1), asOf: .mar)
        XCTAssertEqual(rows.count, 124 + 1)
        XCTAssertEqual(rows.last?.figures, kegiatan.last?.figures)
        XCTAssertEqual(rows.first { $0.id == "1.4.3.1" }?.figures, ProgressFigures(moved: 1))
    }

    func testFormulaLikeNamesAreNeutralisedInCSV() {
        let line = ProgressLine(level: .area, id: "1", name: "=HYPERLINK(\"x\")", figures: ProgressFigures())
        XCTAssertEqual(ProgressReport.csv([line], byteOrderMark: false).components(separatedBy: "\r\n")[1],
                       "1,\"'=HYPERLINK(\"\"x\"\")\",0,0,0,0,0,–,0")
    }

    /// Names from a plan reach the terminal (text) and the CSV with their controls and bidi overrides shown
    /// visibly: an OSC 52, a C1 CSI and an RLO come out as `\u{…}` escapes, never raw.
    func testControlsAndBidiOverridesInNamesAreShownVisibly() {
        let hostile = "A\u{1B}]52;c;aGk=\u{7}\u{9B}2J\u{202E}B"
        let line = ProgressLine(level: .area, id: "1", name: hostile, figures: ProgressFigures())
        let csvLine = ProgressReport.csv([line], byteOrderMark: false).components(separatedBy: "\r\n")[1]
        XCTAssertEqual(csvLine, "1,\"A\\u{1B}]52;c;aGk=\\u{7}\\u{9B}2J\\u{202E}B\",0,0,0,0,0,–,0")
        let text = ProgressReport.text([line], period: .triwulan(1), asOf: .mar, nameWidth: 60)
        XCTAssertEqual(text.components(separatedBy: "\n")[2].split(separator: " ", omittingEmptySubsequences: true)[1],
                       "A\\u{1B}]52;c;aGk=\\u{7}\\u{9B}2J\\u{202E}B")
    }
}
