import XCTest
import PlanModel
@testable import PlanFormats

final class CSVImportTests: XCTestCase {
    let header = "NO,AREA PERUBAHAN,KEGIATAN,SUB KEGIATAN,INDIKATOR KEBERHASILAN,Jan,Feb,Mar,Apr,Mei,Jun,Jul,Ags,Sep,Okt,Nov,Des,KET"

    /// A row in the 18-column layout; `marks` is 12 characters, one per month, " " for none.
    func row(_ no: String, _ area: String, _ keg: String, _ sub: String, _ ind: String, _ marks: String, _ ket: String = "",
             _ sep: String = ",") -> String {
        let cells = marks.map { $0 == " " ? "" : String($0) }
        return ([no, area, keg, sub, ind] + cells + [ket]).joined(separator: sep)
    }

    func testRepeatedParents() throws {
        let text = [header,
                    row("1", "Area A", "K1", "S1", "i1", "√           "),
                    row("1", "Area A", "K1", "S1", "i2", " √          "),
                    row("1", "Area A", "K1", "S2", "i3", "            "),
                    row("1", "Area A", "K2", "S2", "i4", "           √", "ket"),
                    row("2", "Area B", "K1", "S1", "i5", "√√√√√√√√√√√√")].joined(separator: "\r\n") + "\r\n"
        let plan = try CSVImport.plan(fromCSV: text, file: "x.csv", year: 2023)
        XCTAssertEqual(plan.rows.map(\.id.rawValue), ["1.1.1.1", "1.1.1.2", "1.1.2.1", "1.2.1.1", "2.1.1.1"])
        XCTAssertEqual(plan.areas.map(\.name), ["Area A", "Area B"])
        XCTAssertEqual(plan.areas[0].kegiatan.map(\.title), ["K1", "K2"])
        XCTAssertEqual(plan.areas[0].kegiatan[1].subKegiatan.map(\.title), ["S2"], "same sub text under a new kegiatan is a new sub")
        XCTAssertEqual(plan.rows[1].baseline, MonthSet([.feb]))
        XCTAssertEqual(plan.rows[3].baseline, MonthSet([.des]))
        XCTAssertEqual(plan.rows[3].ket, "ket")
        XCTAssertEqual(plan.rows[4].baseline, .all)
        XCTAssertNil(plan.areas[0].kegiatan[0].subKegiatan[0].indicators[0].id, "without an ID column ids stay positional")
    }

    func testBlankParentsMeanSameAsAbove() throws {
        let text = [header,
                    row("1", "Area A", "K1", "S1", "i1", "√           "),
                    row("", "", "", "", "i2", " √          "),
                    row("", "", "", "S2", "i3", "            "),
                    row("", "", "K2", "S3", "i4", "           √"),
                    row("2", "Area B", "K1", "S1", "", "√           ")].joined(separator: "\n")
        let plan = try CSVImport.plan(fromCSV: text, file: "x.csv", year: 2023)
        XCTAssertEqual(plan.rows.map(\.id.rawValue), ["1.1.1.1", "1.1.1.2", "1.1.2.1", "1.2.1.1", "2.1.1.1"])
        XCTAssertEqual(plan.rows.map(\.kegiatan), ["K1", "K1", "K1", "K2", "K1"])
        XCTAssertEqual(plan.rows.map(\.subKegiatan), ["S1", "S1", "S2", "S3", "S1"])
        XCTAssertEqual(plan.rows[4].indikator, "")
    }

    func testSemicolonDelimiterAndBOMAndQuotedNewlines() throws {
        let semicolonHeader = header.replacingOccurrences(of: ",", with: ";")
        let text = "\u{FEFF}" + [semicolonHeader,
                                  row("1", "Area, with comma", "\"K1; dua\"", "S1", "\"baris\r\ndua \"\"kutip\"\"\"", "√ √         ", "", ";"),
                                  row("", "", "", "", "i2", "            ", "", ";")].joined(separator: "\r\n") + "\r\n"
        let plan = try CSVImport.plan(fromCSV: text, file: "x.csv", year: 2023)
        XCTAssertEqual(plan.rows.count, 2)
        XCTAssertEqual(plan.areas[0].name, "Area, with comma")
        XCTAssertEqual(plan.rows[0].kegiatan, "K1; dua")
        XCTAssertEqual(plan.rows[0].indikator, "baris\r\ndua \"kutip\"")
        XCTAssertEqual(plan.rows[0].baseline, MonthSet([.jan, .mar]))
    }

    func testEveryMarkVariantIsAccepted() throws {
        let variants = ["√", "✓", "✔", "v", "V", "x", "X", " √ ", "✔️"]
        for mark in variants {
            let cells = ["1", "A", "K", "S", "i", "", "", mark, "", "", "", "", "", "", "", "", "", ""]
            let text = header + "\n" + cells.joined(separator: ",") + "\n"
            let plan = try CSVImport.plan(fromCSV: text, file: "m.csv", year: 2023)
            XCTAssertEqual(plan.rows[0].baseline, MonthSet([.mar]), "mark \(mark)")
        }
    }

    func testHeaderVariants() throws {
        let loose = "no.,Area Perubahan,kegiatan,Sub  Kegiatan,indikator keberhasilan,JAN,feb,Mar,Apr,Mei,Jun,Jul,Ags,Sep,Okt,Nov,Des,Ket."
        let plan = try CSVImport.plan(fromCSV: loose + "\n" + row("1", "A", "K", "S", "i", "√           ") + "\n",
                                      file: "h.csv", year: 2023)
        XCTAssertEqual(plan.rows.count, 1)
    }

    func testIDColumnKeepsExplicitIDs() throws {
        let text = ["ID," + header,
                    "A-7," + row("1", "A", "K", "S", "i1", "√           "),
                    "," + row("1", "A", "K", "S", "i2", "√           "),
                    "9.9.9.9," + row("1", "A", "K", "S", "i3", "√           ")].joined(separator: "\r\n")
        let plan = try CSVImport.plan(fromCSV: text, file: "id.csv", year: 2023)
        XCTAssertEqual(plan.rows.map(\.id.rawValue), ["A-7", "1.1.1.2", "9.9.9.9"])
        XCTAssertEqual(plan.areas[0].kegiatan[0].subKegiatan[0].indicators.map(\.id), ["A-7", nil, "9.9.9.9"])
    }

    func testDefaultDocumentAndGivenDocument() throws {
        let text = header + "\n" + row("1", "A", "K", "S", "i", "√           ")
        let plan = try CSVImport.plan(fromCSV: text, file: "data/kpu-2024.csv", year: 2024)
        XCTAssertEqual(plan.document, DocumentInfo(title: "kpu-2024", year: 2024))
        let current = Calendar(identifier: .gregorian).component(.year, from: Date())
        XCTAssertEqual(try CSVImport.plan(fromCSV: text, file: "a.csv").document.year, current)
        let doc = DocumentInfo(number: "9/X/2025", title: "T", year: 2025)
        XCTAssertEqual(try CSVImport.plan(fromCSV: text, file: "a.csv", document: doc, year: 1999).document, doc)
    }

    func testTrailingEmptyLinesAndCellsAreIgnored() throws {
        let text = header + ",\n" + row("1", "A", "K", "S", "i", "√           ") + ",,\n,,,,,,,,,,,,,,,,,\n\n"
        let plan = try CSVImport.plan(fromCSV: text, file: "t.csv", year: 2023)
        XCTAssertEqual(plan.rows.count, 1)
    }

    // MARK: errors, with their exact messages

    func testEmptyFile() {
        for text in ["", "\u{FEFF}", "  \r\n\n"] {
            XCTAssertEqual(Support.importError(text)?.description,
                           "t.csv: the file is empty; expected a header line (NO,AREA PERUBAHAN,KEGIATAN,SUB KEGIATAN,INDIKATOR KEBERHASILAN,Jan,Feb,Mar,Apr,Mei,Jun,Jul,Ags,Sep,Okt,Nov,Des,KET) and one line per indicator row")
        }
    }

    func testMissingHeader() {
        let error = Support.importError(row("1", "A", "K", "S", "i", "√           ") + "\n")
        XCTAssertEqual(error?.problem, .missingHeader)
        XCTAssertEqual(error?.description,
                       "t.csv: line 1: no header line; the first line must name the columns: NO,AREA PERUBAHAN,KEGIATAN,SUB KEGIATAN,INDIKATOR KEBERHASILAN,Jan,Feb,Mar,Apr,Mei,Jun,Jul,Ags,Sep,Okt,Nov,Des,KET (optionally ID first)")
    }

    func testWrongHeaderName() {
        let bad = header.replacingOccurrences(of: "Ags", with: "Agu")
        XCTAssertEqual(Support.importError(bad + "\n" + row("1", "A", "K", "S", "i", "√           "))?.description,
                       "t.csv: line 1, column Ags: expected the header \"Ags\", found \"Agu\"")
    }

    func testWrongHeaderColumnCount() {
        let short = header.replacingOccurrences(of: ",KET", with: "")
        XCTAssertEqual(Support.importError(short + "\n")?.description,
                       "t.csv: line 1: the header has 17 columns; expected 18 (NO,AREA PERUBAHAN,KEGIATAN,SUB KEGIATAN,INDIKATOR KEBERHASILAN,Jan,Feb,Mar,Apr,Mei,Jun,Jul,Ags,Sep,Okt,Nov,Des,KET), or 19 with ID first")
    }

    func testHeaderWithoutRows() {
        XCTAssertEqual(Support.importError(header + "\r\n\r\n")?.description, "t.csv: line 1: the file has a header but no plan rows")
    }

    func testWrongColumnCount() {
        let text = [header, row("1", "A", "K", "S", "i", "√           "), row("", "", "", "", "i", "√          ") ].joined(separator: "\n")
        XCTAssertEqual(Support.importError(text)?.description, "t.csv: line 3: 17 columns, expected 18 like the header")
        let extra = [header, row("1", "A", "K", "S", "i", "√           ") + ",stray"].joined(separator: "\n")
        XCTAssertEqual(Support.importError(extra)?.description, "t.csv: line 2: 19 columns, expected 18 like the header")
    }

    func testLineNumbersCountNewlinesInsideQuotes() {
        let text = [header,
                    row("1", "A", "K", "S", "\"one\ntwo\nthree\"", "√           "),
                    ",,,,i,√,,,ok,,,,,,,,,"].joined(separator: "\r\n")
        XCTAssertEqual(Support.importError(text)?.description,
                       "t.csv: line 5, column Apr: \"ok\" is not a mark; write √ (or ✓ ✔ v V x X) or leave the cell empty")
    }

    func testBadMark() {
        let text = [header, row("1", "A", "K", "S", "i", "√           "), row("", "", "", "", "i", "      1     ")].joined(separator: "\n")
        let error = Support.importError(text)
        XCTAssertEqual(error?.line, 3)
        XCTAssertEqual(error?.column, "Jul")
        XCTAssertEqual(error?.description, "t.csv: line 3, column Jul: \"1\" is not a mark; write √ (or ✓ ✔ v V x X) or leave the cell empty")
    }

    func testBadNumber() {
        let text = [header, row("1.", "A", "K", "S", "i", "√           ")].joined(separator: "\n")
        XCTAssertEqual(Support.importError(text)?.description,
                       "t.csv: line 2, column NO: \"1.\" is not an area number (expected a whole number such as 1)")
        let text0 = [header, row("0", "A", "K", "S", "i", "√           ")].joined(separator: "\n")
        XCTAssertEqual(Support.importError(text0)?.problem, .badNumber("0"))
    }

    func testFirstRowNeedsANumber() {
        let text = [header, row("", "A", "K", "S", "i", "√           ")].joined(separator: "\n")
        XCTAssertEqual(Support.importError(text)?.description, "t.csv: line 2, column NO: the first row needs an area number")
    }

    func testNonSequentialAreas() {
        let skip = [header, row("1", "A", "K", "S", "i", "√           "), row("3", "C", "K", "S", "i", "√           ")]
        XCTAssertEqual(Support.importError(skip.joined(separator: "\n"))?.description,
                       "t.csv: line 3, column NO: area numbers must run 1, 2, 3… in order; expected 2, found 3")
        let start = [header, row("2", "B", "K", "S", "i", "√           ")]
        XCTAssertEqual(Support.importError(start.joined(separator: "\n"))?.problem, .areaOutOfOrder(expected: 1, found: 2))
        let back = [header, row("1", "A", "K", "S", "i", "√           "), row("2", "B", "K", "S", "i", "√           "),
                    row("1", "A", "K", "S", "i", "√           ")]
        XCTAssertEqual(Support.importError(back.joined(separator: "\n"))?.problem, .areaOutOfOrder(expected: 3, found: 1))
    }

    func testEmptyParentsOnTheFirstRowOfAnArea() {
        let noKegiatan = [header, row("1", "A", "", "S", "i", "√           ")]
        XCTAssertEqual(Support.importError(noKegiatan.joined(separator: "\n"))?.description,
                       "t.csv: line 2, column KEGIATAN: must not be empty on the first row of area 1")
        let noSub = [header, row("1", "A", "K", "S", "i", "√           "), row("2", "B", "K", " ", "i", "√           ")]
        XCTAssertEqual(Support.importError(noSub.joined(separator: "\n"))?.description,
                       "t.csv: line 3, column SUB KEGIATAN: must not be empty on the first row of area 2")
        let noName = [header, row("1", "", "K", "S", "i", "√           ")]
        XCTAssertEqual(Support.importError(noName.joined(separator: "\n"))?.description,
                       "t.csv: line 2, column AREA PERUBAHAN: must not be empty on the first row of area 1")
        let newKegiatanNoSub = [header, row("1", "A", "K", "S", "i", "√           "), row("", "", "K2", "", "i", "√           ")]
        XCTAssertEqual(Support.importError(newKegiatanNoSub.joined(separator: "\n"))?.description,
                       "t.csv: line 3, column SUB KEGIATAN: must not be empty on the first row of a new KEGIATAN (area 1)")
    }

    func testAreaNameChangeWithoutNewNumber() {
        let text = [header, row("1", "A", "K", "S", "i", "√           "), row("1", "B", "K", "S", "i", "√           ")]
        XCTAssertEqual(Support.importError(text.joined(separator: "\n"))?.description,
                       "t.csv: line 3, column AREA PERUBAHAN: \"B\" differs from the name of area 1 above (\"A\"); a new area needs a new NO")
    }

    func testQuotingErrors() {
        let unclosed = header + "\n" + row("1", "A", "\"K", "S", "i", "√           ") + "\n"
        XCTAssertEqual(Support.importError(unclosed)?.description,
                       "t.csv: line 2: a quoted field that starts here is never closed (a \" is missing)")
        let after = header + "\n" + row("1", "A", "\"K\"x", "S", "i", "√           ") + "\n"
        XCTAssertEqual(Support.importError(after)?.description,
                       "t.csv: line 2: text after the closing quote of a field; write a \" inside a quoted field as \"\"")
    }

    func testDuplicateAndBadIDs() {
        let dup = ["ID," + header, "A," + row("1", "A", "K", "S", "i", "√           "), "A," + row("", "", "", "", "j", "√           ")]
        XCTAssertEqual(Support.importError(dup.joined(separator: "\n"))?.description,
                       "t.csv: line 3, column ID: the id \"A\" is already used on line 2")
        let positionalClash = ["ID," + header, "1.1.1.2," + row("1", "A", "K", "S", "i", "√           "),
                               "," + row("", "", "", "", "j", "√           ")]
        XCTAssertEqual(Support.importError(positionalClash.joined(separator: "\n"))?.problem,
                       .duplicateID("1.1.1.2", firstLine: 2))
        let spaced = ["ID," + header, "a b," + row("1", "A", "K", "S", "i", "√           ")]
        XCTAssertEqual(Support.importError(spaced.joined(separator: "\n"))?.description,
                       "t.csv: line 2, column ID: \"a b\" is not a usable id (at most 64 characters, no spaces)")
        // The one rule of plan.json and the journal (issue 19): a bidi override is refused here too.
        let bidi = ["ID," + header, "a\u{202E}b," + row("1", "A", "K", "S", "i", "√           ")]
        XCTAssertEqual(Support.importError(bidi.joined(separator: "\n"))?.problem, .badID("a\u{202E}b"))
    }
}
