import Foundation
import XCTest

/// Issue 13's "not done until": the 2023 plan made from the real plan.json as a Tim RB would, through the binary.
final class AuthoringScenarioTests: XCTestCase {
    func testThe2023PlanFromTheRealPlan() throws {
        let cli = try CommandRunner()
        defer { cli.cleanUp() }
        func ok(_ arguments: [String], line: UInt = #line) throws -> String {
            let result = try cli.run(arguments)
            XCTAssertEqual(result.status, 0, "\(arguments): \(result.stderr)", line: line)
            return result.stdout
        }
        let plan = cli.stateHome.appendingPathComponent("plan-2023.json").path
        let final = cli.stateHome.appendingPathComponent("plan-2023-final.json").path
        _ = try ok(["new-year", "plan.json", "--year", "2023", "--out", plan])
        _ = try ok(["document", plan, "--number", "1/ORT.07/9204/2023", "--date", "16 Januari 2023"])
        _ = try ok(["edit", plan, "1.2.1.1", "--indikator", "1) Tersedianya media sosialisasi RB (website, media sosial, banner)"])
        _ = try ok(["edit", plan, "1.2.2.1", "--indikator", "1) Menurunnya jumlah pelanggaran kode etik penyelenggara Pemilu 2024;"])
        _ = try ok(["edit", plan, "1.3.1.2", "--indikator", "2) Persentase (%) pelaporan LHKPN tepat waktu"])
        let first = String(try ok(["add", plan, "--after", "1.3.1.4", "--level", "kegiatan", "--kegiatan", "4) Persiapan tahapan Pemilu 2024",
                                   "--sub", "1) Sosialisasi tahapan Pemilu", "--text", "1) Terlaksananya sosialisasi tahapan",
                                   "--months", "Feb,Mei,Ags,Nov"]).dropLast())
        let second = String(try ok(["add", plan, "--after", first, "--text", "2) Tersedianya dokumentasi sosialisasi",
                                    "--months", "Mar,Jun,Sep,Des", "--ket", "Subbag Teknis"]).dropLast())
        _ = try ok(["remove", plan, "1.2.2.2", "--yes"])
        _ = try ok(["move", plan, "1.3.1.4", "--up"])
        XCTAssertEqual(try ok(["diff", plan]), """
            document NOMOR: "" → "1/ORT.07/9204/2023"
            document Pada tanggal: "" → "16 Januari 2023"
            1.2.1.1 INDIKATOR: "1) Tersedianya media sosialisasi RB di lingkungan kerja yang bisa diakses stakeholder internal dan eksternal;" → "1) Tersedianya media sosialisasi RB (website, media sosial, banner)"
            1.2.2.1 INDIKATOR: "1) Menurunnya jumlah pelanggaran kode etik penyelenggara pemilu;" → "1) Menurunnya jumlah pelanggaran kode etik penyelenggara Pemilu 2024;"
            1.3.1.2 INDIKATOR: "2) Persentase (%) pelaporan LHKPN" → "2) Persentase (%) pelaporan LHKPN tepat waktu"
            1.3.1.4 row moved from SUB KEGIATAN 1.3.1 place 4 to place 3
            1.4 KEGIATAN added: "4) Persiapan tahapan Pemilu 2024"
            1.4.1 SUB KEGIATAN added: "1) Sosialisasi tahapan Pemilu"
            \(first) row added at SUB KEGIATAN 1.4.1 place 1: "1) Terlaksananya sosialisasi tahapan" [Feb, Mei, Ags, Nov]
            \(second) row added at SUB KEGIATAN 1.4.1 place 2: "2) Tersedianya dokumentasi sosialisasi" [Mar, Jun, Sep, Des]
            1.2.2.2 row removed from SUB KEGIATAN 1.2.2 place 2: "2) Menurunnya angka pelanggaran disiplin ASN;"

            """)
        _ = try ok(["adopt", plan, "--out", final])
        XCTAssertEqual(try ok(["check", final]),
                       "\(final): 8 areas, 33 kegiatan, 125 rows, 802 scheduled months; state: 0 changes\n")
        let csv = try ok(["export", final, "--format", "csv"])
        XCTAssertEqual(csv, try ok(["export", plan, "--format", "csv"]))
        let lines = csv.components(separatedBy: "\r\n")
        XCTAssertEqual(lines.count, 127, "a header, 125 rows and the last line break")
        XCTAssertTrue(lines.contains("1,Manajemen Perubahan,4) Persiapan tahapan Pemilu 2024,1) Sosialisasi tahapan Pemilu,"
                                     + "2) Tersedianya dokumentasi sosialisasi,,,√,,,√,,,√,,,√,Subbag Teknis"))
        XCTAssertTrue(try ok(["document", final]).contains("TENTANG:               Rencana Aksi Reformasi Birokrasi di Lingkungan Komisi Pemilihan Umum Kabupaten Sorong Selatan Tahun 2023\n"))
    }
}
