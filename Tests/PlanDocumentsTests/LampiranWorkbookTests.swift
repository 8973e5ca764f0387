import Foundation
import XCTest
import PlanDocuments
import PlanExport
import PlanModel

/// The LAMPIRAN workbook of the real plan, read back from its XML.
final class LampiranWorkbookTests: XCTestCase {
    /// The sheet's first body row (0-based): heading 0–3, title 5, header 7–8, numbering 9.
    let body = 10

    func workbook(paper: Paper = .f4, marks: [MonthSet]? = nil) throws -> (Plan, Workbook) {
        let plan = try RealPlan.load()
        let data = try XlsxExporter().produce(ExportRequest(plan: plan, marks: marks, paper: paper))
        return (plan, try Workbook(data: data))
    }

    /// Each area, kegiatan and sub kegiatan is merged down its rows, cut at each page break the sheet sets (issue 21:
    /// LibreOffice sliced the line of a merged cell that ran over a break): the first piece holds the text's first
    /// lines, the next ones the rest, and a piece after the text's end holds it again marked `(lanjutan)` (shortened
    /// with `…` to fit); NO. repeats the area's number. Changed on purpose: the merges ran over the breaks before.
    func testEveryAreaKegiatanAndSubKegiatanIsMergedDownItsRowsPageByPage() throws {
        for paper in [Paper.f4, .a4] {
            let (plan, book) = try workbook(paper: paper)
            let breaks = Set(Workbook.matches(#"<brk id="([0-9]+)""#, in: book.sheet).compactMap { Int($0[1]) })
            XCTAssertGreaterThan(breaks.count, 8, "\(paper): every page break is set")
            var expected: Set<String> = [], pieces = 0, continued = 0
            for (column, runs) in [(0, RealPlan.areaRuns(plan)), (1, RealPlan.areaRuns(plan)),
                                   (2, RealPlan.kegiatanRuns(plan)), (3, RealPlan.subRuns(plan))] {
                for run in runs {
                    let row = plan.rows[run.first]
                    let full = [String(row.areaNumber), row.areaName, row.kegiatan, row.subKegiatan][column]
                    let first = body + run.first, last = body + run.first + run.count - 1
                    let starts = [first] + breaks.filter { $0 > first && $0 <= last }.sorted()
                    var texts: [String] = []
                    for (i, start) in starts.enumerated() {
                        let end = i + 1 < starts.count ? starts[i + 1] - 1 : last
                        if end > start { expected.insert(Workbook.ref(column, start) + ":" + Workbook.ref(column, end)) }
                        texts.append(book.cells[Workbook.ref(column, start)] ?? "")
                        // Covered cells hold no text of their own.
                        for covered in (start + 1)..<(end + 1) { XCTAssertNil(book.cells[Workbook.ref(column, covered)]) }
                    }
                    pieces += texts.count
                    if column == 0 { XCTAssertEqual(texts, Array(repeating: full, count: texts.count)); continue }
                    let marked = texts.drop { !$0.hasSuffix("(lanjutan)") || $0.hasPrefix("(lanjutan) ") }
                    continued += marked.count
                    // A piece going on from the middle of the text opens with `(lanjutan)` (issue 21: "pengelola 7) …"
                    // started a page mid-sentence, unmarked).
                    let shared = texts.dropLast(marked.count)
                    for piece in shared.dropFirst() {
                        XCTAssertTrue(piece.hasPrefix("(lanjutan) "), "\(paper): a piece continued on a new page is unmarked: \(piece)")
                        continued += 1
                    }
                    XCTAssertEqual(shared.enumerated().map { $0.offset == 0 ? $0.element : String($0.element.dropFirst("(lanjutan) ".count)) }
                        .joined(separator: " "), full, "\(paper): \(texts)")
                    for text in marked {
                        let words = text.dropLast("(lanjutan)".count).split(separator: " ").filter { $0 != "…" }.joined(separator: " ")
                        XCTAssertTrue(full.hasPrefix(words), "\(paper): \(text) repeats the beginning of \(full)")
                    }
                }
            }
            let bodyMerges = book.merges.filter { ref in
                guard let row = Int(ref.split(separator: ":")[0].dropFirst()) else { return false }
                return row > body && row <= body + plan.rows.count
            }
            XCTAssertEqual(bodyMerges, expected, "\(paper): exactly the merges of the areas, kegiatan and sub kegiatan, page by page")
            XCTAssertGreaterThan(continued, 10, "\(paper): cells continued on a next page say so")
            XCTAssertTrue(Set(["A8:A9", "B8:B9", "C8:C9", "D8:D9", "E8:E9", "F8:Q8", "R8:R9"]).isSubset(of: book.merges))
            XCTAssertEqual(RealPlan.areaRuns(plan).count, 8)
            XCTAssertEqual(RealPlan.kegiatanRuns(plan).count, 32)
            XCTAssertGreaterThan(pieces, 8 + 8 + 32 + RealPlan.subRuns(plan).count + 10, "\(paper): runs are cut at the breaks")
        }
    }

    func testKnownRowsHaveTheirMarksAtTheirMonthsAndNowhereElse() throws {
        let (plan, book) = try workbook()
        XCTAssertGreaterThanOrEqual(RealPlan.knownMonths.count, 15)
        for (id, months) in RealPlan.knownMonths {
            let row = try XCTUnwrap(plan.rowIndex(of: id))
            let marked = (0..<12).filter { book.cells[Workbook.ref(5 + $0, body + row)] == "√" }.map { Month.labels[$0] }
            XCTAssertEqual(marked.joined(separator: " "), months, "\(id)")
            XCTAssertEqual(book.cells[Workbook.ref(4, body + row)], plan.rows[row].indikator.isEmpty ? nil : plan.rows[row].indikator)
        }
        let marks = book.cells.filter { $0.value == "√" }.count
        XCTAssertEqual(marks, 806, "every scheduled month of the plan, no more")
    }

    func testTheHeaderIsTheSourcesEighteenColumnsAndItsNumbering() throws {
        let (_, book) = try workbook()
        XCTAssertEqual((0..<5).map { book.cells[Workbook.ref($0, 7)] ?? "" } + [book.cells["F8"] ?? "", book.cells["R8"] ?? ""],
                       ["NO.", "AREA PERUBAHAN", "KEGIATAN", "SUB KEGIATAN", "INDIKATOR KEBERHASILAN", "PELAKSANAAN (BULAN)", "KET."])
        XCTAssertEqual((5..<17).map { book.cells[Workbook.ref($0, 8)] ?? "" }, Month.labels)
        XCTAssertEqual((0..<18).map { book.cells[Workbook.ref($0, 9)] ?? "" }, (1...18).map(String.init))
    }

    func testTheHeadingTitleAndClosingBlockComeFromTheDocumentFields() throws {
        let (plan, book) = try workbook()
        XCTAssertEqual(book.cells["F1"], "LAMPIRAN KEPUTUSAN KOMISI PEMILIHAN UMUM KABUPATEN SORONG SELATAN")
        XCTAssertEqual(book.cells["F2"], "NOMOR : 3/ORT.07/9204/2022")
        XCTAssertEqual(book.cells["F3"], "TENTANG")
        XCTAssertEqual(book.cells["F4"],
                       "RENCANA AKSI REFORMASI BIROKRASI DI LINGKUNGAN KOMISI PEMILIHAN UMUM KABUPATEN SORONG SELATAN TAHUN 2022")
        XCTAssertEqual(book.cells["A6"],
                       "RENCANA AKSI REFORMASI BIROKRASI DI LINGKUNGAN SEKRETARIAT KOMISI PEMILIHAN UMUM KABUPATEN SORONG SELATAN TAHUN 2022")
        XCTAssertTrue(book.merges.isSuperset(of: ["F1:R1", "F4:R4", "A6:R6"]))
        let after = body + plan.rows.count + 1
        let closing = (after..<after + 10).compactMap { book.cells[Workbook.ref(10, $0)] }
        XCTAssertEqual(closing, ["Ditetapkan di", "Pada tanggal", "KETUA KOMISI PEMILIHAN UMUM",
                                 "KABUPATEN SORONG SELATAN", "ESTER HOMER"])
        // The two colons in one column, one above the other (issue 21: each stood where its label ended).
        let place = try XCTUnwrap(book.cells.first { $0.value == ": Teminabuan" }?.key)
        let date = try XCTUnwrap(book.cells.first { $0.value == ": 26 Januari 2022" }?.key)
        XCTAssertEqual(place.filter(\.isLetter), date.filter(\.isLetter), "the same column")
        XCTAssertEqual(book.cells[Workbook.ref(10, after)], "Ditetapkan di")
        XCTAssertEqual(place.filter(\.isNumber), String(after + 1))
        XCTAssertEqual(date.filter(\.isNumber), String(after + 2))
        XCTAssertGreaterThan(place.filter(\.isLetter), "K", "right of the label")
    }

    /// The scale is set (not fitted) so the page breaks the workbook sets are where pages end; every break is set.
    func testPrintSetupIsLandscapeScaledToOnePageWideWithTheHeaderRepeated() throws {
        for (paper, index, scale) in [(Paper.f4, "14", "91"), (.a4, "9", "81")] {
            let (_, book) = try workbook(paper: paper)
            let setup = try XCTUnwrap(Workbook.matches(#"<pageSetup [^>]*/>"#, in: book.sheet).first?[0])
            XCTAssertEqual(setup, #"<pageSetup paperSize="\#(index)" scale="\#(scale)" orientation="landscape"/>"#)
            XCTAssertFalse(book.sheet.contains("fitToPage"))
            XCTAssertGreaterThan(Workbook.matches(#"<brk id="[0-9]+" max="16383" man="1"/>"#, in: book.sheet).count, 8)
            XCTAssertTrue(book.sheet.contains(#"<headerFooter differentFirst="1"><oddFooter>"#), "the first page unnumbered")
            XCTAssertTrue(book.sheet.contains("<firstFooter></firstFooter></headerFooter>"))
            XCTAssertTrue(book.workbook.contains(#"<definedName name="_xlnm.Print_Titles" localSheetId="0">LAMPIRAN!$8:$10</definedName>"#),
                          book.workbook)
            XCTAssertTrue(book.sheet.contains(#"<pane ySplit="10" topLeftCell="A11" activePane="bottomLeft" state="frozen"/>"#))
            XCTAssertTrue(book.sheet.contains("&amp;P"), "page numbers in the footer")
            XCTAssertTrue(book.styles.contains(#"<name val="Bookman Old Style"/>"#))
            XCTAssertFalse(book.styles.contains(#"<name val="Calibri"/>"#) && book.styles.components(separatedBy: "Bookman").count < 3)
        }
    }

    /// Issue 21: words wrap after `/`, never mid-word where a break exists, and a search in the sheet finds the plan's
    /// text. LibreOffice breaks no line after a slash, so only a word wider than its column (`Organisasi/Kelembagaan`
    /// in AREA PERUBAHAN) holds a zero-width space after its slash; every other cell is the plan's text exactly.
    func testOnlyAWordWiderThanItsColumnIsBreakableAfterItsSlash() throws {
        let (_, book) = try workbook()
        let texts = Workbook.matches(#"<t(?: [^>]*)?>(.*?)</t>"#, in: book.sheet).map { XML.decode($0[1]) }
        // Words end at spaces and at the line feeds ending a cell's lines (`CellLines`).
        let broken = Set(texts.flatMap { $0.split(whereSeparator: { $0 == " " || $0 == "\n" }).filter { $0.contains("\u{200B}") }.map(String.init) })
        XCTAssertTrue(broken.contains("Organisasi/\u{200B}Kelembagaan"), "\(broken)")
        XCTAssertTrue(broken.contains("Menyempurnakan/\u{200B}mengubah"), "\(broken)")
        // A short a/b word stays as typed: a search for it finds it.
        XCTAssertTrue(texts.contains { $0.contains("unit/satuan") }, "unit/satuan is written as the plan has it")
        XCTAssertFalse(broken.contains { $0.hasPrefix("unit/") })
        for word in broken {
            let width = TextMeasure.width(word.replacingOccurrences(of: "\u{200B}", with: ""), size: LampiranLayout.fontSize)
            XCTAssertGreaterThan(width, LampiranLayout.textPoints(width: LampiranLayout.columnWidths[4], indented: true) * 0.5, word)
        }
        XCTAssertEqual(DocumentText.breakable("a unit/satuan and Organisasi/Kelembagaan", wordsWiderThan: 70, size: 10),
                       "a unit/satuan and Organisasi/\u{200B}Kelembagaan")
    }

    func testCurrentMarksAreShownAndTextIsNeverAFormula() throws {
        let plan = try RealPlan.load()
        var marks = plan.baselineMarks
        let row = try XCTUnwrap(plan.rowIndex(of: "1.1.1.1"))
        marks[row].insert(.feb)
        marks[row].remove(.jan)
        let (_, book) = try workbook(marks: marks)
        XCTAssertNil(book.cells[Workbook.ref(5, body + row)])
        XCTAssertEqual(book.cells[Workbook.ref(6, body + row)], "√")

        let hostile = Plan(document: DocumentInfo(title: "=1+1", year: 2022), areas: [
            ChangeArea(number: 1, name: "=HYPERLINK(\"http://x/?\"&A1,\"click\")", kegiatan: [
                Kegiatan(title: "+SUM(1)", subKegiatan: [SubKegiatan(title: "@cmd", indicators: [
                    Indicator(text: "-2+3\u{1B}]0;pwned\u{07}", months: MonthSet([.jan]), ket: "\tx"),
                ])]),
            ]),
        ])
        let data = try XlsxExporter().produce(ExportRequest(plan: hostile, marks: nil))
        let hostileBook = try Workbook(data: data)
        XCTAssertFalse(hostileBook.sheet.contains("<f>"), "no formula cells")
        // Text cells as written, without a visible apostrophe: the quote-prefix style keeps them text when retyped.
        XCTAssertEqual(hostileBook.cells["B11"], "=HYPERLINK(\"http://x/?\"&A1,\"click\")")
        XCTAssertEqual(hostileBook.cells["C11"], "+SUM(1)")
        XCTAssertEqual(hostileBook.cells["D11"], "@cmd")
        XCTAssertEqual(hostileBook.cells["E11"], "-2+3\\u{1B}]0;pwned\\u{7}", "controls shown, not kept")
        XCTAssertEqual(hostileBook.cells["R11"], "\tx")
        for ref in ["B11", "C11", "D11", "E11", "R11"] {
            XCTAssertTrue(try XCTUnwrap(hostileBook.format(of: ref), ref).contains(#"quotePrefix="1""#), ref)
        }
        XCTAssertFalse(try XCTUnwrap(hostileBook.format(of: "F11")).contains("quotePrefix"), "a plain text is not quote-prefixed")
        XCTAssertFalse(hostileBook.styles.contains("locked=\"0\""), "the marker of the quote-prefixed formats is gone")
    }

    /// The month columns carry the bordered format themselves (only the √ cells are written), rows outside the
    /// table are plain, the rows after the table are hidden and the print area ends with the closing block.
    func testMonthBordersComeFromTheColumnsAndStopAtTheTable() throws {
        let (plan, book) = try workbook()
        let columns = Workbook.matches(#"<col min="([0-9]+)" max="[0-9]+"([^>]*)/>"#, in: book.sheet)
        let styled = columns.filter { $0[2].contains(" style=") }.map { Int($0[1])! }
        XCTAssertEqual(styled, Array(6...17), "Jan … Des (F–Q) and no other column")
        // Every month cell of the body that is written holds a √: the blanks are the column's.
        let monthCells = Workbook.matches(#"<c r="([F-Q])([0-9]+)"[^>]*?(/>|>.*?</c>)"#, in: book.sheet)
            .filter { Int($0[2])! > body && Int($0[2])! <= body + plan.rows.count }
        XCTAssertEqual(monthCells.count, plan.baselineMarks.reduce(0) { $0 + $1.count })
        let rows = Workbook.matches(#"<row r="([0-9]+)"([^>]*)>"#, in: book.sheet)
        let plain = Set(rows.filter { $0[2].contains(#"customFormat="1""#) }.map { Int($0[1])! })
        let last = body + plan.rows.count  // 1-based number of the last table row
        XCTAssertEqual(plain.filter { $0 <= 7 }, Set(1...7), "heading and title rows are plain")
        XCTAssertTrue(plain.isDisjoint(with: 8...last), "header, numbering and table rows take the columns' borders")
        XCTAssertTrue(Set((last + 1)...(last + 9)).isSubset(of: plain), "the closing block is plain")
        XCTAssertTrue(book.sheet.contains(#"<sheetFormatPr defaultRowHeight="15" zeroHeight="1"/>"#), "rows after the table are hidden")
        XCTAssertTrue(book.workbook.contains(#"<definedName name="_xlnm.Print_Area" localSheetId="0">LAMPIRAN!$A$1:$R$\#(last + 10)</definedName>"#),
                      book.workbook)
    }
}
