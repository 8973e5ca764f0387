import Foundation
import XCTest
@testable import GanttUI
import PlanModel
import RencanaText

/// The roll-up dashboard (issue 23) driven through its update function, and its screens as whole golden files.
///
/// Three offices on the small plan (rows: SK Tim Jan; Rencana Aksi Mar Jun Sep Des; Adanya data Feb Mar Apr):
/// Alpha records SK Tim done in Jan without evidence, Rencana Aksi partly in Mar, Adanya data done in Feb (with
/// evidence) and missed in Mar; Beta records nothing; Gamma records all of Jan–Mar done with evidence.
final class RollupDashboardTests: XCTestCase {
    static func office(_ name: String, record: (MemoryStore, [RowID]) throws -> Void) throws -> (RollupOffice, YearState) {
        var document = Fixture.smallPlan.document
        document.institution = "Komisi Pemilihan Umum " + name
        let plan = Plan(document: document, areas: Fixture.smallPlan.areas)
        let store = MemoryStore(plan: plan)
        try record(store, plan.rows.map(\.id))
        let year = store.state
        let tracker = ProgressTracker(plan: year.plan, marks: year.marks, realisation: year.realisation)
        let office = RollupOffice(key: "/folder/\(name).json", name: plan.document.institution, tracker: tracker,
                                  latest: year.entries.isEmpty ? "–" : "2022-04-02", revised: false,
                                  conflicts: name.hasSuffix("Gamma") ? 1 : 0, conflictsByArea: name.hasSuffix("Gamma") ? [1: 1] : [:])
        return (office, year)
    }

    static func offices() throws -> [(RollupOffice, YearState)] {
        [
            try office("Kabupaten Gamma") { store, rows in
                for (row, month) in [(rows[0], Month.jan), (rows[1], .mar), (rows[2], .feb), (rows[2], .mar)] {
                    try store.setStatus(row, month, to: .done)
                    try store.addEvidence(Evidence(id: "", row: row, month: month, kind: .laporan, title: "Laporan", location: .url("https://example.org/\(month.label)")))
                }
            },
            try office("Kota Alpha") { store, rows in
                try store.setStatus(rows[0], .jan, to: .done)
                try store.setStatus(rows[1], .mar, to: .partly)
                try store.setStatus(rows[2], .feb, to: .done)
                try store.addEvidence(Evidence(id: "", row: rows[2], month: .feb, kind: .laporan, title: "Notulen", location: .url("https://example.org/notulen")))
                try store.setStatus(rows[2], .mar, to: .missed)
            },
            try office("Kabupaten Beta") { _, _ in },
        ]
    }

    /// The roll-up of the three offices at a size, in March (today and the default as-of month).
    static func state(_ width: Int, _ height: Int) throws -> (RollupState, [YearState]) {
        let offices = try offices()
        let model = RollupModel(year: 2022, offices: offices.map(\.0), skipped: 1)
        return (RollupState(model: model, width: width, height: height, today: .mar, defaultAsOf: .mar), offices.map(\.1))
    }

    /// Presses `keys` in order, running `.loadOffice` as the event loop does (from `years`).
    static func pressing(_ state: RollupState, _ keys: [Key], years: [YearState]) -> RollupState {
        var state = state
        for key in keys {
            var effects = updateRollup(&state, RollupKeys.action(for: key, in: state))
            while let effect = effects.first {
                effects.removeFirst()
                if case .loadOffice(let i) = effect { effects += updateRollup(&state, .officeLoaded(i, years[i])) }
            }
        }
        return state
    }

    private func names(_ state: RollupState) -> [String] {
        state.lines.map { line in
            switch line {
            case .office(let i): state.model.shortName(i)
            case .area(let i, let a): "\(state.model.shortName(i)) \(state.model.offices[i].plan.areas[a].number)"
            }
        }
    }

    func testFiguresAreThoseOfTheChosenPeriodSummedNeverAveraged() throws {
        let (state, _) = try Self.state(200, 50)
        // Jan–Mar: due SK Tim Jan, Rencana Aksi Mar, Adanya data Feb and Mar = 4 per office.
        let alpha = try XCTUnwrap(state.model.offices.firstIndex { $0.name.hasSuffix("Alpha") })
        let alphaFigures = state.figures(.office(alpha))
        XCTAssertEqual([alphaFigures.due, alphaFigures.done, alphaFigures.partly, alphaFigures.missed, alphaFigures.kurangBukti],
                       [4, 2, 1, 1, 2])  // kurang bukti: SK Tim done and Rencana Aksi partly, both without evidence
        XCTAssertEqual(alphaFigures.capaianText, "62,5%")  // (2 + ½) / 4
        // The province: (4 + 2,5 + 0) / 12 = 54,2%, not the mean of 100%, 62,5% and 0%.
        XCTAssertEqual(state.totalFigures.capaianText, "54,2%")
        // TW I as of March is the same period; Semester I as of March too; a March column alone: Alpha 1 due of 3.
        let tw = Self.pressing(state, [.char("t")], years: [])
        XCTAssertEqual(tw.figures(.office(alpha)), alphaFigures)
        XCTAssertEqual(state.columnFigures(.office(alpha), column: 2)?.due, 2)
        XCTAssertEqual(state.columnFigures(.office(alpha), column: 2)?.partly, 1)
    }

    func testMonthByMonthSumsAreTheTrackersFiguresForEveryPeriodAndAsOf() throws {
        let (state, _) = try Self.state(200, 50)
        let periods: [ProgressPeriod] = Month.allCases.map { .until($0) } + (1...4).map { .triwulan($0) } + [.semester(1), .semester(2), .year]
        for (i, office) in state.model.offices.enumerated() {
            for period in periods {
                for asOf in Month.allCases {
                    XCTAssertEqual(state.figures(office: i, area: nil, period: period, asOf: asOf),
                                   office.tracker.figures(of: .plan, period: period, asOf: asOf), "\(period) \(asOf)")
                    for a in office.plan.areas.indices {
                        XCTAssertEqual(state.figures(office: i, area: a, period: period, asOf: asOf),
                                       office.tracker.figures(of: .area(a), period: period, asOf: asOf))
                    }
                }
            }
        }
    }

    func testSortFoldAndAreaFilter() throws {
        let (state, years) = try Self.state(200, 50)
        XCTAssertEqual(names(state), ["Kabupaten Beta", "Kabupaten Gamma", "Kota Alpha"])
        let byCapaian = Self.pressing(state, [.char("s")], years: years)
        XCTAssertEqual(byCapaian.sort, .capaian)
        XCTAssertEqual(names(byCapaian), ["Kabupaten Beta", "Kota Alpha", "Kabupaten Gamma"])
        let byKurangBukti = Self.pressing(byCapaian, [.char("s")], years: years)
        XCTAssertEqual(names(byKurangBukti), ["Kota Alpha", "Kabupaten Beta", "Kabupaten Gamma"])
        XCTAssertEqual(Self.pressing(byKurangBukti, [.char("s")], years: years).sort, .office)

        // + opens the cursor's office to its areas, - folds it again (from an area line too), * and zR / zM all.
        let opened = Self.pressing(state, [.char("j"), .char("+")], years: years)
        XCTAssertEqual(names(opened), ["Kabupaten Beta", "Kabupaten Gamma", "Kabupaten Gamma 1", "Kabupaten Gamma 2", "Kota Alpha"])
        let folded = Self.pressing(opened, [.char("j"), .char("-")], years: years)
        XCTAssertEqual(names(folded), names(state))
        XCTAssertEqual(folded.selectedLine, .office(0))
        XCTAssertEqual(Self.pressing(state, [.char("z"), .char("R")], years: years).lines.count, 9)
        XCTAssertEqual(Self.pressing(state, [.char("*"), .char("*")], years: years).lines.count, 3)

        // Area 2 only: each office's line counts area 2's rows (Adanya data: Feb, Mar due).
        let area2 = Self.pressing(state, [.char("2"), .char("z"), .char("R")], years: years)
        XCTAssertEqual(names(area2), ["Kabupaten Beta", "Kabupaten Beta 2", "Kabupaten Gamma", "Kabupaten Gamma 2", "Kota Alpha", "Kota Alpha 2"])
        XCTAssertEqual(area2.figures(.office(0)).due, 2)
        XCTAssertEqual(area2.rows(.office(0)), 1)
    }

    func testPeriodSearchEnterIntoAnOfficeARefusedKeyAndEscBack() throws {
        let (state, years) = try Self.state(200, 50)
        // ← moves the chosen month; t shows Triwulan, the cursor on TW I.
        let february = Self.pressing(state, [.left], years: years)
        XCTAssertEqual(february.chosenPeriod.period, .until(.feb))
        XCTAssertEqual(Self.pressing(february, [.char("t"), .right], years: years).chosenPeriod.period, .triwulan(2))

        let found = Self.pressing(state, [.char("/")] + "alp".map { Key.char($0) } + [.enter], years: years)
        XCTAssertEqual(found.selectedLine, .office(1))
        XCTAssertEqual(found.currentMatch, 1)

        // Enter opens Alpha's own grid on its year, in the roll-up's period view.
        let open = Self.pressing(found, [.char("t"), .enter], years: years)
        let office = try XCTUnwrap(open.office)
        XCTAssertEqual(office.index, 1)
        XCTAssertEqual(office.state.plan.document.institution, "Komisi Pemilihan Umum Kota Alpha")
        XCTAssertEqual(office.state.periods, .triwulan)
        XCTAssertEqual(office.state.year.entries.count, years[1].entries.count)

        // Space would mark a month, u undo: refused with the one-line message, the year unchanged.
        for key in [Key.char(" "), .char("u"), .char("x"), .char("E")] {
            let refused = Self.pressing(open, [.char("t"), .char("t"), key], years: years)
            XCTAssertEqual(refused.office?.refused, true, "\(key)")
            XCTAssertEqual(refused.office?.state.year.entries.count, years[1].entries.count)
            XCTAssertNil(refused.office?.state.structure)
            XCTAssertNil(refused.office?.state.editor)
        }
        // Moving is not refused; Esc first closes the grid's own help, then goes back to the same place.
        let moved = Self.pressing(open, [.char("j"), .char("?")], years: years)
        XCTAssertEqual(moved.office?.refused, false)
        let helpClosed = Self.pressing(moved, [.escape], years: years)
        XCTAssertNotNil(helpClosed.office)
        let back = Self.pressing(helpClosed, [.escape], years: years)
        XCTAssertNil(back.office)
        XCTAssertEqual(back.selectedLine, .office(1))
        XCTAssertEqual(back.searchQuery, "alp")

        // On the roll-up itself a key that changes a plan is refused too.
        XCTAssertEqual(Self.pressing(state, [.char(" ")], years: years).notice, Text.RollupDashboard.readOnly)
    }

    func testTheFolderReadAgainKeepsTheCursorOnItsOffice() throws {
        let (state, years) = try Self.state(200, 50)
        let onAlpha = Self.pressing(state, [.char("G")], years: years)
        var offices = try Self.offices().map(\.0)
        let extra = try Self.office("Kabupaten Aaa") { _, _ in }.0
        offices.append(extra)
        let changed = updateRollup(onAlpha, .folderChanged(RollupModel(year: 2022, offices: offices))).0
        XCTAssertEqual(changed.lines.count, 4)
        XCTAssertEqual(changed.selectedLine.map { changed.model.offices[$0.office].name }, "Komisi Pemilihan Umum Kota Alpha")
    }

    func testTheFirstReadArrivesOnAScreenAlreadyShown() throws {
        let reading = RollupState(model: .beingRead, width: 80, height: 24, today: .mar, defaultAsOf: .des)
        XCTAssertTrue(reading.lines.isEmpty)
        XCTAssertEqual(renderRollup(reading).lines[3].trimmingCharacters(in: .whitespaces), Text.RollupDashboard.reading)
        let read = RollupModel(year: 2022, offices: try Self.offices().map(\.0), defaultAsOf: .feb)
        let shown = updateRollup(reading, .folderChanged(read)).0
        XCTAssertEqual(shown.lines.count, 3)
        XCTAssertEqual(shown.month, .feb, "the cursor starts on the year's default month")
        XCTAssertEqual(shown.chosenPeriod.period, .until(.feb))
    }

    func testGoldenScreens() throws {
        let (state, years) = try Self.state(200, 50)
        try GoldenScreen.check(renderRollup(Self.pressing(state, [.char("j"), .char("+")], years: years)), "rollup-200x50")
        try GoldenScreen.check(renderRollup(Self.pressing(state, [.char("s"), .char("r"), .char("t")], years: years)),
                               "rollup-realisasi-tw-200x50")
        let small = try Self.state(80, 24).0
        try GoldenScreen.check(renderRollup(Self.pressing(small, [.char("s"), .char("s")], years: years)), "rollup-80x24")
        let office = Self.pressing(small, [.char("G"), .enter, .char(" ")], years: years)
        try GoldenScreen.check(renderRollup(office), "rollup-office-refused-80x24")
    }
}
