import PlanModel
import XCTest
@testable import PlanFormats

/// `export --realisation`: the CSV's status columns and the JSON section, exactly, on a small hand-made record.
final class RealisationExportTests: XCTestCase {
    /// Two rows: 1.1.1.1 planned Jan–Mar, 1.1.1.2 planned Mar.
    static func plan() -> Plan {
        Plan(document: DocumentInfo(title: "Uji", year: 2026), areas: [
            ChangeArea(number: 1, name: "Manajemen Perubahan", kegiatan: [
                Kegiatan(title: "1) Tim RB", subKegiatan: [
                    SubKegiatan(title: "1) SK", indicators: [
                        Indicator(text: "SK Tim RB", months: MonthSet([.jan, .feb, .mar])),
                        Indicator(text: "Laporan", months: MonthSet([.mar]), ket: "TW I"),
                    ]),
                ]),
            ]),
        ])
    }

    /// 1.1.1.1: Jan done on 2026-01-20, Feb partly, Mar missed with a note, Apr done outside the schedule,
    /// PJ, two evidence items, a TW I kendala. 1.1.1.2: Mar moved to Apr with a note; a PJ that starts like
    /// a formula. Evidence of a row the plan lacks (an orphan) is left out.
    static func record() -> Realisation {
        var r = Realisation()
        r.cells["1.1.1.1"] = [.jan: CellRecord(status: .done, date: "2026-01-20"), .feb: CellRecord(status: .partly),
                              .mar: CellRecord(status: .missed, note: "Rapat \"pleno\" ditunda"), .apr: CellRecord(status: .done)]
        r.cells["1.1.1.2"] = [.mar: CellRecord(status: .moved(.apr), note: "Menunggu data")]
        r.pj["1.1.1.1"] = "Sekretaris"
        r.pj["1.1.1.2"] = "@Kasubbag"
        r.reviews["1.1.1.1"] = [1: Review(kendala: "Anggaran")]
        r.evidence = [
            Evidence(id: "e-1", row: "1.1.1.1", month: .jan, kind: .sk, title: "SK Tim", number: "12/2026", date: "2026-01-20",
                     location: .file("bukti/sk.pdf")),
            Evidence(id: "e-2", row: "1.1.1.1", kind: .tautan, location: .url("https://contoh.id/a")),
            Evidence(id: "e-3", row: "9.9.9.9", kind: .foto, location: .file("x.jpg")),
        ]
        r.signer.place = "Teminabuan"
        return r
    }

    func testCSVHasAStatusColumnPerMonthThenPJDatesNotesAndEvidenceCount() {
        let csv = RealisationExport.csv(plan: Self.plan(), marks: nil, realisation: Self.record(), byteOrderMark: false)
        let header = "NO,AREA PERUBAHAN,KEGIATAN,SUB KEGIATAN,INDIKATOR KEBERHASILAN,Jan,Feb,Mar,Apr,Mei,Jun,Jul,Ags,Sep,Okt,Nov,Des,KET,"
            + "Realisasi Jan,Realisasi Feb,Realisasi Mar,Realisasi Apr,Realisasi Mei,Realisasi Jun,Realisasi Jul,Realisasi Ags,"
            + "Realisasi Sep,Realisasi Okt,Realisasi Nov,Realisasi Des,PJ,Tanggal Realisasi,Catatan,Jumlah Bukti\r\n"
        let first = "1,Manajemen Perubahan,1) Tim RB,1) SK,SK Tim RB,√,√,√,,,,,,,,,,,"
            + "Terlaksana,Terlaksana Sebagian,Tidak Terlaksana,Terlaksana di luar jadwal,,,,,,,,,"
            + "Sekretaris,Jan: 20 Januari 2026,\"Mar: Rapat \"\"pleno\"\" ditunda\",2\r\n"
        let second = "1,Manajemen Perubahan,1) Tim RB,1) SK,Laporan,,,√,,,,,,,,,,TW I,"
            + ",,Digeser ke April,,,,,,,,,,"
            + "'@Kasubbag,,Mar: Menunggu data,0\r\n"
        XCTAssertEqual(csv, header + first + second)
    }

    /// Evidence whose file has gone (`EvidenceCheck.goneFiles`) is not counted in Jumlah Bukti, as `progress`
    /// counts it kurang bukti (issue 20); a URL never goes.
    func testJumlahBuktiLeavesOutEvidenceWhoseFileIsGone() {
        let csv = RealisationExport.csv(plan: Self.plan(), marks: nil, realisation: Self.record(), byteOrderMark: false,
                                        gone: ["e-1", "e-3"])
        let lines = csv.components(separatedBy: "\r\n")
        XCTAssertTrue(lines[1].hasSuffix(",\"Mar: Rapat \"\"pleno\"\" ditunda\",1"), lines[1])
        XCTAssertTrue(lines[2].hasSuffix(",0"), lines[2])
        let none = RealisationExport.csv(plan: Self.plan(), marks: nil, realisation: Self.record(), byteOrderMark: false,
                                         gone: ["e-1", "e-2"])
        XCTAssertTrue(none.components(separatedBy: "\r\n")[1].hasSuffix(" ditunda\",0"))
    }

    func testCSVUsesTheCurrentMarksAndTheIDColumnAndStartsWithTheBOMByDefault() {
        let plan = Self.plan()
        var marks = plan.baselineMarks
        marks[1].set(.apr, true)  // 1.1.1.2 now planned in April too
        var record = Realisation()
        record.cells["1.1.1.2"] = [.apr: CellRecord(status: .done)]
        let csv = RealisationExport.csv(plan: plan, marks: marks, realisation: record, includeIDs: true)
        let lines = csv.components(separatedBy: "\r\n")
        XCTAssertTrue(lines[0].hasPrefix("\u{FEFF}ID,NO,AREA PERUBAHAN"))
        XCTAssertEqual(lines[2], "1.1.1.2,1,Manajemen Perubahan,1) Tim RB,1) SK,Laporan,,,√,√,,,,,,,,,TW I,"
            + ",,,Terlaksana,,,,,,,,,,,,0")
    }

    func testJSONIsThePlanWithAVersionedRealisationSectionLast() {
        let plan = Self.plan()
        let json = RealisationExport.json(plan: plan, marks: nil, realisation: Self.record())
        var planPart = PlanEncoder.json(plan)
        planPart.removeLast(3)
        XCTAssertTrue(json.hasPrefix(planPart + ",\n  \"realisation\""))
        XCTAssertEqual(String(json.dropFirst(planPart.count)), """
            ,
              "realisation": {
                "version": 1,
                "rows": [
                  {"id": "1.1.1.1", "pj": "Sekretaris", "months": {"Jan": {"status": "done", "date": "2026-01-20"}, \
            "Feb": {"status": "partly"}, "Mar": {"status": "missed", "note": "Rapat \\"pleno\\" ditunda"}, "Apr": {"status": "done"}}, \
            "reviews": {"1": {"kendala": "Anggaran"}}},
                  {"id": "1.1.1.2", "pj": "@Kasubbag", "months": {"Mar": {"status": "moved:Apr", "note": "Menunggu data"}}}
                ],
                "evidence": [
                  {"id": "e-1", "row": "1.1.1.1", "month": "Jan", "type": "SK", "title": "SK Tim", "number": "12/2026", \
            "date": "2026-01-20", "path": "bukti/sk.pdf"},
                  {"id": "e-2", "row": "1.1.1.1", "type": "Tautan", "title": "", "number": "", "date": "", "url": "https://contoh.id/a"}
                ],
                "signer": {"place": "Teminabuan", "date": "", "signer": "", "signerTitle": "", "nip": ""}
              }
            }

            """)
        // Valid JSON all through.
        XCTAssertNoThrow(try JSONSerialization.jsonObject(with: Data(json.utf8)))
    }

    func testJSONOfAnEmptyRecordHasEmptyLists() {
        let json = RealisationExport.json(plan: Self.plan(), marks: nil, realisation: Realisation())
        XCTAssertTrue(json.hasSuffix("""
              "realisation": {
                "version": 1,
                "rows": [],
                "evidence": [],
                "signer": {"place": "", "date": "", "signer": "", "signerTitle": "", "nip": ""}
              }
            }

            """))
        XCTAssertNoThrow(try JSONSerialization.jsonObject(with: Data(json.utf8)))
    }
}
