import XCTest
import PlanModel
@testable import PlanFormats

final class CSVExportTests: XCTestCase {
    let header = "NO,AREA PERUBAHAN,KEGIATAN,SUB KEGIATAN,INDIKATOR KEBERHASILAN,Jan,Feb,Mar,Apr,Mei,Jun,Jul,Ags,Sep,Okt,Nov,Des,KET"

    func testHeaderIsExactAndStartsWithBOMByDefault() {
        let csv = CSVExport.csv(plan: Support.smallPlan())
        XCTAssertTrue(csv.hasPrefix("\u{FEFF}" + header + "\r\n"), String(csv.prefix(200)))
        XCTAssertEqual(Array(csv.utf8.prefix(3)), [0xEF, 0xBB, 0xBF])
    }

    func testBOMCanBeTurnedOff() {
        let csv = CSVExport.csv(plan: Support.smallPlan(), byteOrderMark: false)
        XCTAssertTrue(csv.hasPrefix(header + "\r\n"))
        XCTAssertFalse(csv.unicodeScalars.contains("\u{FEFF}"))
    }

    func testIDColumnComesFirst() {
        let csv = CSVExport.csv(plan: Support.smallPlan(), includeIDs: true, byteOrderMark: false)
        XCTAssertTrue(csv.hasPrefix("ID," + header + "\r\n"))
        XCTAssertTrue(csv.contains("\r\n1.1.1.1,1,Manajemen Perubahan,"))
        XCTAssertTrue(csv.contains("\r\nX-1,1,Manajemen Perubahan,"), "explicit IDs are written as they are")
    }

    func testEveryLineEndsInCRLFAndThereIsNoBareLF() {
        let csv = CSVExport.csv(plan: Support.smallPlan(), byteOrderMark: false)
        XCTAssertTrue(csv.hasSuffix("\r\n"))
        let scalars = Array(csv.unicodeScalars)
        var recordEnds = 0
        for (i, s) in scalars.enumerated() where s == "\n" {
            if i > 0 && scalars[i - 1] == "\r" { recordEnds += 1 }
        }
        // header + 5 rows end in CRLF; the one LF inside "Baris satu\nBaris dua" is inside quotes.
        XCTAssertEqual(recordEnds, 6)
        XCTAssertEqual(scalars.filter { $0 == "\n" }.count, 7)
    }

    func testRowsRepeatParentsAndWriteMarks() {
        let csv = CSVExport.csv(plan: Support.smallPlan(), byteOrderMark: false)
        let lines = csv.components(separatedBy: "\r\n")
        XCTAssertEqual(lines[1], "1,Manajemen Perubahan,\"1) Perencanaan, tahap \"\"awal\"\"\",1) Tim RB,SK Tim,√,,,,,,,,,,,,")
        XCTAssertEqual(lines[3], "1,Manajemen Perubahan,\"1) Perencanaan, tahap \"\"awal\"\"\",2) Komitmen,a | b,,,,,,,,,,,,,Belum ada")
        XCTAssertEqual(lines[4], "1,Manajemen Perubahan,2) Pelaksanaan,1) Sosialisasi,\"Media; daring\",√,√,√,√,√,√,√,√,√,√,√,√,")
        XCTAssertEqual(lines[5], "2,Penataan,1) Evaluasi,Pemetaan,,√,,,,,,,√,,,,,")
        XCTAssertEqual(lines.count, 7, "header, 5 rows, and the empty text after the last CRLF")
    }

    func testQuotingOfNewlinesAndLeadingSpaces() {
        let csv = CSVExport.csv(plan: Support.smallPlan(), byteOrderMark: false)
        XCTAssertTrue(csv.contains(",\"Baris satu\nBaris dua\",,,√,,,√,,,√,,,√,\" spasi depan\"\r\n"), csv)
    }

    func testFieldQuoting() {
        XCTAssertEqual(CSVExport.field("plain text"), "plain text")
        XCTAssertEqual(CSVExport.field(""), "")
        XCTAssertEqual(CSVExport.field("a,b"), "\"a,b\"")
        XCTAssertEqual(CSVExport.field("say \"hi\""), "\"say \"\"hi\"\"\"")
        XCTAssertEqual(CSVExport.field("\""), "\"\"\"\"")
        XCTAssertEqual(CSVExport.field("a\nb"), "\"a\nb\"")
        XCTAssertEqual(CSVExport.field("a\r\nb"), "\"a\r\nb\"")
        XCTAssertEqual(CSVExport.field("a\rb"), "\"a\rb\"")
        XCTAssertEqual(CSVExport.field(" lead"), "\" lead\"")
        XCTAssertEqual(CSVExport.field("trail "), "\"trail \"")
        XCTAssertEqual(CSVExport.field("a;b"), "\"a;b\"")
        XCTAssertEqual(CSVExport.field("√ Mei/Ags – é"), "√ Mei/Ags – é")
    }

    func testMarksReplaceTheBaseline() {
        let plan = Support.smallPlan()
        var marks = plan.baselineMarks
        marks[0] = MonthSet([.feb, .des])
        let lines = CSVExport.csv(plan: plan, marks: marks, byteOrderMark: false).components(separatedBy: "\r\n")
        XCTAssertTrue(lines[1].hasSuffix(",SK Tim,,√,,,,,,,,,,√,"), lines[1])
        let baseline = CSVExport.csv(plan: plan, marks: nil, byteOrderMark: false).components(separatedBy: "\r\n")
        XCTAssertTrue(baseline[1].hasSuffix(",SK Tim,√,,,,,,,,,,,,"), baseline[1])
    }

    func testRealPlanHasOneLinePerRowInDocumentOrder() throws {
        let plan = try Support.realPlan()
        let csv = CSVExport.csv(plan: plan, includeIDs: true, byteOrderMark: false)
        let lines = csv.components(separatedBy: "\r\n").dropFirst().filter { !$0.isEmpty }
        XCTAssertEqual(lines.count, plan.rows.count)
        for (line, row) in zip(lines, plan.rows) {
            XCTAssertTrue(line.hasPrefix(row.id.rawValue + "," + String(row.areaNumber) + ","), line)
        }
    }
}
