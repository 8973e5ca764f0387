import XCTest
@testable import GanttUI
import PlanModel

/// The real plan.json rendered at the sizes a user has, read back as text.
final class RealPlanScreenTests: XCTestCase {
    static let headers = ["NO.", "AREA PERUBAHAN", "KEGIATAN", "SUB KEGIATAN", "INDIKATOR KEBERHASILAN",
                          "Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Ags", "Sep", "Okt", "Nov", "Des", "KET"]

    /// Rows of plan.json with the months the signed document marks (checked against the source table).
    static let knownRows: [(RowID, [String])] = [
        ("1.1.1.1", ["Jan"]),                               // SK Tim Reformasi Birokrasi…
        ("1.1.3.1", ["Jun", "Nov"]),                        // Rencana Aksi Tahunan RB…
        ("1.2.2.1", ["Des"]),                               // Menurunnya jumlah pelanggaran kode etik…
        ("1.3.1.2", ["Jan", "Feb", "Mar"]),                 // pelaporan LHKPN
        ("1.3.1.4", ["Feb"]),                               // benturan kepentingan
        ("1.4.3.1", ["Mar", "Jul"]),
        ("2.1.1.1", ["Mar", "Jun", "Sep", "Des"]),          // area 2: quarterly
        ("2.2.1.1", ["Mar", "Jun", "Sep", "Des"]),
        ("2.3.1.1", ["Mar", "Jun", "Sep", "Des"]),
        ("2.4.1.1", ["Mar", "Jun", "Sep", "Des"]),
        ("2.5.1.1", Month.labels),                          // JDIH: every month
        ("3.2.1.1", ["Jul", "Ags", "Sep", "Okt", "Nov", "Des"]),
        ("8.3.1.11", ["Jan", "Sep"]),
        ("8.4.1.1", ["Jan", "Ags"]),
    ]

    func testAt200x50EveryHeaderOfTheSourceTableIsOnScreen() throws {
        let state = try Fixture.state(200, 50)
        XCTAssertEqual(state.layout.mode, .table)
        let header = render(state).line(1)
        var from = header.startIndex
        for title in Self.headers {  // all 18, in the document's order
            let range = try XCTUnwrap(header.range(of: title, range: from..<header.endIndex), "\(title) missing in: \(header)")
            from = range.upperBound
        }
    }

    func testAt200x50TheTitleNamesTheDocumentUnitFilterAndCounts() throws {
        let title = render(try Fixture.state(200, 50)).line(0)
        XCTAssertTrue(title.contains("Rencana Aksi Reformasi Birokrasi 2022"), title)
        XCTAssertTrue(title.contains("Sekretariat Komisi Pemilihan Umum Kabupaten Sorong Selatan"), title)
        XCTAssertTrue(title.contains("all areas"), title)
        XCTAssertTrue(title.contains("124/124 rows"), title)
        XCTAssertTrue(title.contains("saved"), title)
    }

    func testAt200x50TheFirstRowsReadLikeTheDocument() throws {
        let state = try Fixture.state(200, 50)
        let screen = render(state)
        let first = screen.line(3)
        XCTAssertTrue(first.hasPrefix("1  │Manajemen Perubahan"), first)
        XCTAssertTrue(first.contains("│1) Perencanaan Reformasi         │"), first)
        XCTAssertTrue(first.contains("SK Tim Reformasi Birokrasi di lingkunga…"), first)
        // Merged cells: the area and kegiatan start on their first row, the kegiatan's text wrapped
        // down the rows it spans, as the document prints it.
        let second = screen.line(4)
        XCTAssertTrue(second.hasPrefix("   │                       │Birokrasi                        │2) Pembangunan komitmen"), second)
        XCTAssertTrue(screen.line(5).hasPrefix("   │                       │                                 │3) Focus Group"))
        XCTAssertTrue(screen.line(22).hasPrefix("2  │Penataan Peraturan     │"), screen.line(22))
        XCTAssertTrue(screen.line(23).hasPrefix("   │Perundangan/Deregulasi │"), screen.line(23))
        XCTAssertTrue(screen.line(24).hasPrefix("   │Kebijakan              │"), screen.line(24))
        // A rule separates area 1 from area 2.
        let area2 = try XCTUnwrap(screen.firstLine(containing: "Penataan Peraturan"))
        XCTAssertTrue(screen.line(area2 - 1).allSatisfy { $0 == "─" }, screen.line(area2 - 1))
        XCTAssertTrue(screen.line(area2).hasPrefix("2  │"))
    }

    func testKnownRowsShowTheirMarksAtTheirMonthsAtEveryGridSize() throws {
        for (width, height) in [(200, 50), (120, 40), (80, 24)] {
            let start = try Fixture.state(width, height)
            for (id, months) in Self.knownRows {
                let state = try start.selecting(id)
                let screen = render(state)
                XCTAssertEqual(scheduledMonths(state, screen, id), months, "row \(id) at \(width)x\(height)")
            }
        }
    }

    func testAreaTwoHasFourRowsOfQuarterlyMarks() throws {
        let state = update(try Fixture.state(200, 50), .showArea(2)).0
        let screen = render(state)
        let quarterly = ["2.1.1.1", "2.2.1.1", "2.3.1.1", "2.4.1.1"].map { RowID($0) }
        for id in quarterly { XCTAssertEqual(scheduledMonths(state, screen, id), ["Mar", "Jun", "Sep", "Des"]) }
        // Scheduled cells are bars; the gap between consecutive months of the JDIH row is a bar too.
        let y = try XCTUnwrap(state.lineOf("2.5.1.1"))
        let jan = state.layout.months[0]
        XCTAssertEqual(screen[jan.x + 1, y].style.role, .bar)
        XCTAssertEqual(screen[jan.end, y].style.role, .bar, "Jan and Feb are joined")
        let mar = try XCTUnwrap(state.lineOf("2.1.1.1"))
        XCTAssertNotEqual(screen[state.layout.months[2].end, mar].style.role, .bar, "Mar and Apr are not joined")
    }

    func testEachAreaKeyShowsOnlyThatArea() throws {
        let start = try Fixture.state(200, 50)
        let plan = start.plan
        for area in plan.areas {
            let state = start.pressing(.char(Character(String(area.number))))
            let screen = render(state)
            let count = plan.rows.filter { $0.areaNumber == area.number }.count
            XCTAssertEqual(state.visibleRows.count, count)
            XCTAssertTrue(screen.line(0).contains("area \(area.number) │ \(count)/124 rows"), screen.line(0))
            let firstWord = try XCTUnwrap(area.name.split(separator: " ").first)
            XCTAssertTrue(screen.line(3).hasPrefix("\(area.number)  │\(firstWord)"), screen.line(3))
            for other in plan.areas where other.number != area.number {
                XCTAssertNil(screen.firstLine(containing: "\(other.number)  │"), "area \(other.number) shown under filter \(area.number)")
            }
        }
        XCTAssertEqual(start.pressing(.char("7"), .char("0")).visibleRows.count, 124)
    }

    func testAt120x40TheTableShrinksWithEllipses() throws {
        let state = try Fixture.state(120, 40)
        XCTAssertEqual(state.layout.mode, .table)
        let screen = render(state)
        let header = screen.line(1)
        for month in Month.labels { XCTAssertTrue(header.contains(month), header) }
        XCTAssertTrue(header.contains("NO.│AREA PERUB…│KEGIATAN"), header)
        XCTAssertTrue(screen.line(3).hasPrefix("1  │Manajemen  │1) Perencanaan│1) Pembentukan…│SK Tim Reformasi B…│"), screen.line(3))
        XCTAssertTrue(screen.line(4).hasPrefix("   │Perubahan  │Reformasi     │2) Pembangunan…│"), screen.line(4))
    }

    func testAt80x24AllTwelveMonthsAndAReadableOutline() throws {
        let state = try Fixture.state(80, 24)
        XCTAssertEqual(state.layout.mode, .outline)
        let screen = render(state)
        XCTAssertEqual(screen.line(1), "KEGIATAN ▸ SUB ▸ INDIKATOR      │Jan Feb Mar Apr Mei Jun Jul Ags Sep Okt Nov Des")
        XCTAssertEqual(Array(screen.lines[3...8]), [
            "─ 1 Manajemen Perubahan ────────────────────────────────────────────────────────",
            " ▸ 1) Perencanaan Reformasi Bir…│",
            "   ▸ 1) Pembentukan Tim Reforma…│",
            "     SK Tim Reformasi Birokrasi…│[√]  ·   ·   ·   ·   ·   ·   ·   ·   ·   ·   ·",
            "   ▸ 2) Pembangunan komitmen be…│",
            "     1) Kegiatan kick off / Pem…│ √   ·   ·   ·   ·   ·   ·   ·   ·   ·   ·   ·",
        ])
        // Too narrow for every key: one blank between items, and those before Quit are left out (r, the monitoring
        // layer, stays: it comes right after help).
        XCTAssertEqual(screen.line(23), "? Help r Realisasi Space Toggle u Undo / Search 0-8 Area a Areas -+* Fold q Quit")
    }

    func testBelowTheMinimumACentredMessageAndNoCrash() throws {
        let state = try Fixture.state(40, 12)
        XCTAssertEqual(state.layout.mode, .tooSmall)
        let screen = render(state)
        XCTAssertTrue(screen.text.contains("Terminal too small (40x12)"), screen.text)
        XCTAssertTrue(screen.text.contains("at least 60x8"), screen.text)
        let small = render(state, width: 10, height: 4)
        XCTAssertEqual(small.width, 10)
        XCTAssertTrue(small.line(0).contains("Terminal"), small.text)
        let tiny = render(state, width: 1, height: 1)
        XCTAssertEqual(tiny.width, 1)
        XCTAssertEqual(tiny.height, 1)
        XCTAssertEqual(render(state, width: 0, height: 0).text, "")
    }

    func testTheCursorIsShownAsACellARowAndAHeader() throws {
        let state = try Fixture.state(200, 50).pressing(.down, .right, .right)
        let screen = render(state)
        let y = try XCTUnwrap(state.lineOf("1.1.2.1"))
        let mar = state.layout.months[2]
        XCTAssertEqual(screen.text(x: mar.x, y: y, width: 3), "[·]")
        XCTAssertEqual(screen[mar.x, y].style.role, .cursorCell)
        // The row is highlighted from its INDIKATOR on, the months too; the merged cells to the left (NO., AREA,
        // KEGIATAN, SUB KEGIATAN span several rows) keep their look.
        XCTAssertEqual(screen[state.layout.texts[3].x, y].style.role, .cursorRow)
        XCTAssertEqual(screen[state.layout.months[5].x, y].style.role, .cursorRow)
        XCTAssertEqual(screen[state.layout.texts[1].x, y].style.role, .normal)
        XCTAssertEqual(screen[mar.x, 1].style.role, .headerCursor)
        XCTAssertEqual(screen[state.layout.months[10].x, 1].style.role, .currentMonth, "November is today")
        XCTAssertEqual(screen.text(x: state.layout.months[10].x, y: 2, width: 3), "━━━")
    }
}
