import Foundation
import XCTest
@testable import GanttUI
import PlanModel

/// The title's change count kept by keys (a group's removal, put-back, move up or down or new title counts its
/// parent again, not the plan) is exactly the whole diff's count, row by row, after every change of a long random
/// session of group and row edits with undo and redo; and the keyed count is the one taken while no row moved to
/// another place.
final class ChangeTallyKeyedTests: XCTestCase {
    private func apply(_ intent: Intent, to state: inout AppState) {
        _ = runEffects([.record(intent)], on: &state, store: MemoryStore(year: state.year))
    }

    /// Every row's difference and group marks, not only the counts.
    private func assertSame(_ kept: ChangeTally, _ full: ChangeTally, _ what: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(kept, full, what, file: file, line: line)
        XCTAssertEqual(kept.flags, full.flags, what, file: file, line: line)
        XCTAssertEqual(kept.groupText, full.groupText, what, file: file, line: line)
        XCTAssertEqual(kept.groupMoved, full.groupMoved, what, file: file, line: line)
    }

    func testTheKeyedCountAfterGroupChangesIsTheWholeDiffs() {
        var random = SplitMix64(seed: 20)
        func pick(_ count: Int) -> Int { Int.random(in: 0..<count, using: &random) }
        var keyed = 0
        for seed in 1...6 {
            let plan = SyntheticPlan.generate(rows: 160, seed: UInt64(seed))
            var state = AppState(plan: plan, width: 160, height: 40, today: .nov)
            let levels: [PlanLevel] = [.indikator, .sub, .sub, .kegiatan]
            for step in 0..<120 {
                let rows = state.year.plan.rows
                guard let row = rows.isEmpty ? nil : rows[pick(rows.count)].id else { break }
                let intent: Intent
                switch pick(12) {
                case 0, 1: intent = .removeRows(row: row, level: levels[pick(levels.count)])
                case 2, 3: intent = .moveRow(row: row, level: levels[pick(levels.count)], up: pick(2) == 0)
                case 4: intent = .edit(row: row, field: [.sub, .kegiatan][pick(2)], to: "Judul \(step)")
                case 5: intent = .edit(row: row, field: .indikator, to: "Teks \(step)")
                case 6: intent = .toggle(row: row, month: Month.allCases[pick(12)])
                case 7, 8, 9: intent = .undo
                case 10: intent = .redo
                default:
                    // A row moved to another place: from then on only the whole diff can say (the keyed count declines).
                    if seed == 6 && step == 100 {
                        intent = .moveRowTo(row: row, anchor: .after(rows[pick(rows.count)].id))
                    } else {
                        intent = .undo
                    }
                }
                let before = state.changeTally
                let entries = state.year.entries.count
                apply(intent, to: &state)
                let full = ChangeTally(state.year)
                assertSame(state.changeTally, full, "seed \(seed) step \(step): \(intent)")
                // The keyed count itself, for the group changes it takes.
                guard state.year.entries.count == entries + 1, let change = state.year.resolved(state.year.entries.last!.change)
                else { continue }
                if let counted = before.afterGroupChange(change, state.year) {
                    keyed += 1
                    assertSame(counted, full, "keyed, seed \(seed) step \(step): \(intent)")
                } else if !full.rowsCrossedGroups, case .remove(let removal) = change, removal.level == .sub, removal.anchor != nil {
                    XCTFail("a sub kegiatan's removal or put-back counted the whole plan: seed \(seed) step \(step)")
                }
            }
        }
        XCTAssertGreaterThan(keyed, 100, "the keyed count was taken")
    }
}
