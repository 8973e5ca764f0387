import Foundation
import XCTest
@testable import GanttUI
import PlanModel

/// The real plan (plan.json at the package root) and helpers to drive and read the dashboard.
enum Fixture {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// plan.json, decoded once.
    static let realPlan: Result<Plan, Error> = Result {
        let bytes = try Data(contentsOf: packageRoot.appendingPathComponent("plan.json"))
        return try PlanDecoder.decode(Array(bytes), file: "plan.json")
    }

    static func plan() throws -> Plan { try realPlan.get() }

    /// A dashboard on the real plan at a size; November is "today" so screens do not depend on the date.
    static func state(_ width: Int, _ height: Int, glyphs: Glyphs = .unicode) throws -> AppState {
        let plan = try plan()
        return AppState(plan: plan, width: width, height: height, today: .nov, glyphs: glyphs)
    }

    /// A tiny plan of two areas for tests that need exact control.
    static let smallPlan = Plan(
        document: DocumentInfo(title: "Rencana Aksi Reformasi Birokrasi", unit: "Unit Uji", year: 2022),
        areas: [
            ChangeArea(number: 1, name: "Manajemen Perubahan", kegiatan: [
                Kegiatan(title: "1) Perencanaan", subKegiatan: [
                    SubKegiatan(title: "1) Pembentukan Tim", indicators: [
                        Indicator(text: "SK Tim", months: MonthSet([.jan])),
                        Indicator(text: "Rencana Aksi", months: MonthSet([.mar, .jun, .sep, .des]), ket: "catatan"),
                    ]),
                ]),
            ]),
            ChangeArea(number: 2, name: "Penataan Peraturan", kegiatan: [
                Kegiatan(title: "1) Evaluasi", subKegiatan: [
                    SubKegiatan(title: "Pemetaan 東京 naskah", indicators: [Indicator(text: "Adanya data", months: MonthSet([.feb, .mar, .apr]))]),
                ]),
            ]),
        ])
}

extension AppState {
    /// The state after pressing `keys` in order, each key's changes saved in an in-memory store (`MemoryStore`).
    func pressing(_ keys: Key...) -> AppState { pressing(keys) }

    func pressing(_ keys: [Key]) -> AppState {
        keys.reduce(self) { $0.after(Keymap.action(for: $1, in: $0)) }
    }

    /// The state after typing `text` as printable keys.
    func typing(_ text: String) -> AppState { pressing(text.map { Key.char($0) }) }

    /// Moves the cursor onto row `id` (showing its area first) so it is on screen.
    func selecting(_ id: RowID) throws -> AppState {
        let row = try XCTUnwrap(plan.row(id), "no row \(id)")
        var state = update(self, .showArea(row.areaNumber)).0
        var guardCount = 0
        while state.selectedRow != row.index && guardCount < plan.rows.count {
            state = update(state, .moveRows(1)).0
            guardCount += 1
        }
        XCTAssertEqual(state.selectedRow, row.index)
        return state
    }

    /// Screen line of plan row `id`, when it is on screen.
    func lineOf(_ id: RowID) -> Int? {
        guard let index = plan.rowIndex(of: id) else { return nil }
        for (n, line) in bodyLines.enumerated() {
            if case .row(let i) = line, visibleRows[i] == index { return layout.bodyY + n }
        }
        return nil
    }
}

extension Buffer {
    /// The text of `width` cells from (x, y).
    func text(x: Int, y: Int, width: Int) -> String {
        (x..<(x + width)).map { self[$0, y].grapheme }.joined()
    }

    /// Every line, for assertions that search the screen.
    var lines: [String] { (0..<height).map(line) }

    /// The line containing `needle`, if any.
    func firstLine(containing needle: String) -> Int? { lines.firstIndex { $0.contains(needle) } }
}

/// The months shown as scheduled for row `id` on `buffer` (the mark inside each month cell).
func scheduledMonths(_ state: AppState, _ buffer: Buffer, _ id: RowID, file: StaticString = #filePath, line: UInt = #line) -> [String]? {
    guard let y = state.lineOf(id) else {
        XCTFail("row \(id) is not on screen", file: file, line: line)
        return nil
    }
    return Month.allCases.compactMap { month in
        let column = state.layout.months[month.index]
        let cell = buffer.text(x: column.x, y: y, width: column.width)
        return cell.contains(state.glyphs.mark) ? month.label : nil
    }
}
