import XCTest
import PlanModel
@testable import PlanFormats

/// `PlanDiff` on hand-made revisions of a small plan: each kind of difference alone, then together.
final class PlanDiffTests: XCTestCase {
    /// The signed plan: two areas; area 1 has two kegiatan, the first with two sub kegiatan.
    let signed = Plan(document: DocumentInfo(number: "1/2022", title: "Rencana Aksi Tahun 2022", year: 2022, date: "3 Januari 2022"), areas: [
        ChangeArea(number: 1, name: "Manajemen Perubahan", kegiatan: [
            Kegiatan(title: "K1", subKegiatan: [
                SubKegiatan(title: "S1", indicators: [
                    Indicator(text: "a", months: MonthSet([.jan])),
                    Indicator(text: "b", months: MonthSet([.feb])),
                    Indicator(text: "c", months: MonthSet([.mar])),
                ]),
                SubKegiatan(title: "S2", indicators: [Indicator(text: "d", months: MonthSet([.apr]), ket: "catatan")]),
            ]),
            Kegiatan(title: "K2", subKegiatan: [SubKegiatan(title: "S3", indicators: [Indicator(text: "e", months: MonthSet())])]),
        ]),
        ChangeArea(number: 2, name: "Penataan", kegiatan: [
            Kegiatan(title: "K3", subKegiatan: [SubKegiatan(title: "S4", indicators: [Indicator(text: "f", months: .all)])]),
        ]),
    ])

    /// The signed plan's tree with every row's id written out, as a revision made by the journal has them.
    func tree() -> [ChangeArea] {
        var areas = signed.areas
        var index = 0
        for a in areas.indices {
            for k in areas[a].kegiatan.indices {
                for s in areas[a].kegiatan[k].subKegiatan.indices {
                    for i in areas[a].kegiatan[k].subKegiatan[s].indicators.indices {
                        areas[a].kegiatan[k].subKegiatan[s].indicators[i].id = signed.rows[index].id
                        index += 1
                    }
                }
            }
        }
        return areas
    }

    func revise(_ change: (inout [ChangeArea], inout DocumentInfo) -> Void) -> Plan {
        var areas = tree()
        var document = signed.document
        change(&areas, &document)
        return Plan(document: document, areas: areas)
    }

    func diff(_ current: Plan, marks: [MonthSet]? = nil) -> [String] {
        DiffFormat.text(PlanDiff(signed: signed, current: current, marks: marks))
            .split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
    }

    func testNoRevisionIsNoDifferenceInEveryFormat() {
        let same = PlanDiff(signed: signed, current: revise { _, _ in })
        XCTAssertTrue(same.isEmpty)
        XCTAssertEqual(DiffFormat.text.render(same), "")
        XCTAssertEqual(DiffFormat.markdown.render(same), "")
        XCTAssertEqual(DiffFormat.csv.render(same), "change,level,place,row,field,old,new,months\r\n")
        // The signed plan itself, with positional ids, against its own explicit-id copy: still no difference.
        XCTAssertTrue(PlanDiff(signed: signed, current: signed).isEmpty)
    }

    func testRewordedIndicatorAndKet() {
        let current = revise { areas, _ in
            areas[0].kegiatan[0].subKegiatan[0].indicators[1].text = "b baru"
            areas[0].kegiatan[0].subKegiatan[1].indicators[0].ket = ""
        }
        XCTAssertEqual(diff(current), [
            "1.1.1.2 INDIKATOR: \"b\" → \"b baru\"",
            "1.1.2.1 KET: \"catatan\" → \"\"",
        ])
    }

    func testGroupTextsAreOneChangeEachNotOnePerRow() {
        let current = revise { areas, _ in
            areas[0].name = "Manajemen Perubahan (revisi)"
            areas[0].kegiatan[0].title = "K1 baru"
            areas[0].kegiatan[0].subKegiatan[0].title = "S1 baru"
        }
        XCTAssertEqual(diff(current), [
            "1 AREA PERUBAHAN: \"Manajemen Perubahan\" → \"Manajemen Perubahan (revisi)\"",
            "1.1 KEGIATAN: \"K1\" → \"K1 baru\"",
            "1.1.1 SUB KEGIATAN: \"S1\" → \"S1 baru\"",
        ])
    }

    func testAddedRowNamesItsIdAndMonthsAndShiftsNothing() {
        let current = revise { areas, _ in
            areas[0].kegiatan[0].subKegiatan[0].indicators.insert(
                Indicator(id: "r-0123456789ab", text: "baru", months: MonthSet([.mei, .jun])), at: 1)
        }
        XCTAssertEqual(diff(current), ["r-0123456789ab row added at SUB KEGIATAN 1.1.1 place 2: \"baru\" [Mei, Jun]"])
    }

    func testRemovedRowIsOneRemovalAndTheRowsAfterItAreNotMoves() {
        let current = revise { areas, _ in areas[0].kegiatan[0].subKegiatan[0].indicators.remove(at: 0) }
        XCTAssertEqual(diff(current), ["1.1.1.1 row removed from SUB KEGIATAN 1.1.1 place 1: \"a\""])
    }

    func testSwappedRowsAreOneMove() {
        let current = revise { areas, _ in areas[0].kegiatan[0].subKegiatan[0].indicators.swapAt(1, 2) }
        // a c b: a and b are still in signed order; only c moved.
        XCTAssertEqual(diff(current), ["1.1.1.3 row moved from SUB KEGIATAN 1.1.1 place 3 to place 2"])
    }

    func testRowMovedToAnotherSubKegiatan() {
        let current = revise { areas, _ in
            let row = areas[0].kegiatan[0].subKegiatan[0].indicators.remove(at: 2)
            areas[0].kegiatan[0].subKegiatan[1].indicators.append(row)
        }
        XCTAssertEqual(diff(current), ["1.1.1.3 row moved from SUB KEGIATAN 1.1.1 place 3 to SUB KEGIATAN 1.1.2 place 2"])
    }

    func testMonthsAddedAndRemovedFromMarks() {
        let current = revise { _, _ in }
        var marks = current.baselineMarks
        marks[0] = MonthSet([.feb, .mar])  // Jan off, Feb and Mar on
        XCTAssertEqual(diff(current, marks: marks), ["1.1.1.1 months added: Feb, Mar", "1.1.1.1 months removed: Jan"])
    }

    func testDocumentDetails() {
        let current = revise { _, document in
            document.number = ""
            document.year = 2023
        }
        XCTAssertEqual(diff(current), ["document NOMOR: \"1/2022\" → \"\"", "document Tahun: \"2022\" → \"2023\""])
    }

    func testNewKegiatanWithTwoRows() {
        let current = revise { areas, _ in
            areas[1].kegiatan.append(Kegiatan(title: "K4", subKegiatan: [SubKegiatan(title: "S5", indicators: [
                Indicator(id: "r-aaaaaaaaaaaa", text: "g", months: MonthSet([.jul])),
                Indicator(id: "r-bbbbbbbbbbbb", text: "h", months: MonthSet()),
            ])]))
        }
        XCTAssertEqual(diff(current), [
            "2.2 KEGIATAN added: \"K4\"",
            "2.2.1 SUB KEGIATAN added: \"S5\"",
            "r-aaaaaaaaaaaa row added at SUB KEGIATAN 2.2.1 place 1: \"g\" [Jul]",
            "r-bbbbbbbbbbbb row added at SUB KEGIATAN 2.2.1 place 2: \"h\"",
        ])
    }

    func testKegiatanMovedUpIsOneGroupMove() {
        let current = revise { areas, _ in areas[0].kegiatan.swapAt(0, 1) }
        let lines = diff(current)
        XCTAssertEqual(lines.count, 1, "\(lines)")
        XCTAssertTrue(lines == ["1.1 KEGIATAN moved from 1.2 to 1.1"] || lines == ["1.2 KEGIATAN moved from 1.1 to 1.2"], "\(lines)")
    }

    func testRemovedGroupsAreNamedOnceWithTheirRows() {
        let current = revise { areas, _ in areas[0].kegiatan.remove(at: 1) }
        XCTAssertEqual(diff(current), [
            "1.2 KEGIATAN removed: \"K2\"",
            "1.2.1 SUB KEGIATAN removed: \"S3\"",
            "1.2.1.1 row removed from SUB KEGIATAN 1.2.1 place 1: \"e\"",
        ])
    }

    func testControlCharactersAreShownNotSent() {
        let current = revise { areas, _ in areas[0].kegiatan[0].subKegiatan[0].indicators[0].text = "a\u{1B}[31m\nmerah\u{9B}" }
        XCTAssertEqual(diff(current), ["1.1.1.1 INDIKATOR: \"a\" → \"a\\u{1B}[31m\\nmerah\\u{9B}\""])
    }

    func testMarkdownAndCSVForms() {
        let current = revise { areas, document in
            document.number = "2/2023"
            areas[0].kegiatan[0].subKegiatan[0].indicators[1].text = "b | baru"
            areas[0].kegiatan[0].subKegiatan[0].indicators.remove(at: 0)
        }
        let d = PlanDiff(signed: signed, current: current)
        XCTAssertEqual(DiffFormat.markdown.render(d), """
            3 differences from the plan as signed

            | Place | Row | Change | Old | New |
            |---|---|---|---|---|
            | document |  | NOMOR changed | 1/2022 | 2/2023 |
            | SUB KEGIATAN 1.1.1 place 1 | 1.1.1.2 | INDIKATOR changed | b | b \\| baru |
            | SUB KEGIATAN 1.1.1 place 1 | 1.1.1.1 | row removed | a |  |

            """)
        XCTAssertEqual(DiffFormat.csv.render(d), [
            "change,level,place,row,field,old,new,months",
            "changed,document,,,number,1/2022,2/2023,",
            "changed,indikator,SUB KEGIATAN 1.1.1 place 1,1.1.1.2,indikator,b,b | baru,",
            "removed,indikator,SUB KEGIATAN 1.1.1 place 1,1.1.1.1,,a,,Jan",
        ].map { $0 + "\r\n" }.joined())
    }

    func testMovedRowKeepsItsIdInTheText() {
        // Row 1.1.1.1 goes last: the line names it by its id, and its places by their sub kegiatan.
        let current = revise { areas, _ in
            let row = areas[0].kegiatan[0].subKegiatan[0].indicators.remove(at: 0)
            areas[0].kegiatan[0].subKegiatan[0].indicators.append(row)
        }
        XCTAssertEqual(diff(current), ["1.1.1.1 row moved from SUB KEGIATAN 1.1.1 place 1 to place 3"])
    }

    func testAChangedRowWhoseIdIsNotItsPlaceIsNamed() {
        // The first row removed: row 1.1.1.2 is now first; its line names it 1.1.1.2, never by its position 1.1.1.1.
        let current = revise { areas, _ in
            areas[0].kegiatan[0].subKegiatan[0].indicators.remove(at: 0)
            areas[0].kegiatan[0].subKegiatan[0].indicators[0].text = "b baru"
        }
        XCTAssertEqual(diff(current), ["1.1.1.2 INDIKATOR: \"b\" → \"b baru\"", "1.1.1.1 row removed from SUB KEGIATAN 1.1.1 place 1: \"a\""])
    }

    /// Issue 20: after a kegiatan is added in front, positions and ids differ for every later row; no line of any
    /// form names a row by a four-part number that is not that row's id (one reference per row everywhere).
    func testEveryRowIsNamedByItsIdAndNoPositionReadsAsAnotherRowsId() {
        let current = revise { areas, _ in
            areas[0].kegiatan.insert(Kegiatan(title: "K0", subKegiatan: [SubKegiatan(title: "S0", indicators: [
                Indicator(id: "r-cccccccccccc", text: "baru", months: MonthSet([.feb])),
            ])]), at: 0)
            areas[0].kegiatan[1].subKegiatan[0].indicators[0].text = "a baru"
            let row = areas[0].kegiatan[1].subKegiatan[0].indicators.remove(at: 2)
            areas[0].kegiatan[2].subKegiatan[0].indicators.append(row)
            areas[0].kegiatan[1].subKegiatan[0].indicators.remove(at: 1)
        }
        let d = PlanDiff(signed: signed, current: current)
        XCTAssertEqual(diff(current), [
            "1.1 KEGIATAN added: \"K0\"",
            "1.1.1 SUB KEGIATAN added: \"S0\"",
            "r-cccccccccccc row added at SUB KEGIATAN 1.1.1 place 1: \"baru\" [Feb]",
            "1.1.1.1 INDIKATOR: \"a\" → \"a baru\"",
            "1.1.1.3 row moved from SUB KEGIATAN 1.1.1 place 3 to SUB KEGIATAN 1.3.1 place 2",
            "1.1.1.2 row removed from SUB KEGIATAN 1.1.1 place 2: \"b\"",
        ])
        let ids = Set(signed.rows.map(\.id.rawValue) + current.rows.map(\.id.rawValue))
        for form in [DiffFormat.text.render(d), DiffFormat.markdown.render(d), DiffFormat.csv.render(d)] {
            for line in form.split(whereSeparator: \.isNewline) {
                let words = line.split(whereSeparator: { " |,\"()".contains($0) })
                let references = words.filter { $0.split(separator: ".").count == 4 && $0.allSatisfy { $0.isNumber || $0 == "." } }
                let named = words.first { ids.contains(String($0)) }
                for reference in references {
                    XCTAssertEqual(String(reference), named.map(String.init), "a second row reference in: \(line)")
                }
            }
        }
        // Each row line of the text form starts with the id of a row of one plan or the other.
        for line in diff(current) where line.contains(" row ") || line.contains("INDIKATOR") {
            XCTAssertTrue(ids.contains(String(line.prefix { $0 != " " })), line)
        }
    }
}
