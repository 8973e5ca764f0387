import Foundation
import XCTest
@testable import PlanModel

/// A structural edit applied alone replaces only the areas it touches (`YearState.splice`); a replayed journal
/// rebuilds the plan once. Both must give the very same plan, marks and counts, after every kind of edit.
final class YearStateSpliceTests: XCTestCase {
    /// A small deterministic generator, so a failure can be replayed.
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    func check(_ live: YearState, _ entries: [JournalEntry], _ step: Int, file: StaticString = #filePath, line: UInt = #line) {
        let replayed = YearState(signed: live.signed, entries: entries)
        XCTAssertEqual(live.plan.rows, replayed.plan.rows, "rows after step \(step)", file: file, line: line)
        XCTAssertEqual(live.marks, replayed.marks, "marks after step \(step)", file: file, line: line)
        XCTAssertEqual(live.changedCells, replayed.changedCells, "changed cells after step \(step)", file: file, line: line)
        XCTAssertEqual(live.plan.areas.map(\.name), replayed.plan.areas.map(\.name), file: file, line: line)
        XCTAssertEqual(live.plan.areas.map(\.number), live.plan.areas.indices.map { $0 + 1 }, file: file, line: line)
        XCTAssertEqual(live.plan.areas.map { $0.kegiatan.map(\.title) }, replayed.plan.areas.map { $0.kegiatan.map(\.title) },
                       file: file, line: line)
        for row in live.plan.rows {
            XCTAssertEqual(live.plan.rowIndex(of: row.id), row.index, "index of \(row.id) after step \(step)", file: file, line: line)
        }
        XCTAssertEqual(live.orphans.map(\.seq), replayed.orphans.map(\.seq), file: file, line: line)
    }

    func testEveryStructuralEditAloneGivesWhatTheReplayGives() {
        let signed = SyntheticPlan.generate(rows: 240, seed: 3)
        var live = YearState(signed: signed)
        var entries: [JournalEntry] = []
        var random = Generator(state: 42)
        var added = 0
        func record(_ change: Change) {
            let entry = JournalEntry(seq: entries.count + 1, id: String(format: "%032x", entries.count + 1),
                                     at: Date(timeIntervalSince1970: Double(entries.count)), by: "t", change: change)
            entries.append(entry)
            live.apply(entry)
        }
        var kinds: [String: Int] = [:]
        for step in 0..<600 {
            let rows = live.plan.rows
            let row = rows[random.next(rows.count)].id
            let level = PlanLevel.allCases[random.next(4)]
            let kind = random.next(9)
            switch kind {
            case 0, 1:
                added += 1
                let id = RowID("r-" + String(format: "%012x", added))
                let anchor: Anchor = random.next(2) == 0 ? .after(row) : .before(row)
                record(.add(RowAddition(row: id, anchor: anchor, level: level, text: "baru \(added)", months: MonthSet([.mei]),
                                        sub: "S\(added)", kegiatan: "K\(added)", area: "A\(added)")))
            case 2:
                // Keep the plan from shrinking away.
                guard rows.count > 60, let removal = live.removal(of: row, level: level) else { continue }
                let before = live.plan.rows.map(\.id)
                record(.remove(removal))
                XCTAssertEqual(Set(before).subtracting(live.plan.rows.map(\.id)), Set(removal.rows), "step \(step)")
            case 3:
                let up = random.next(2) == 0
                guard live.canMove(row, level: level, up: up) else { continue }
                record(.move(RowMove(row: row, level: level, direction: up ? .up : .down)))
            case 4:
                let target = rows[random.next(rows.count)].id
                guard target != row, let from = live.place(of: row) else { continue }
                record(.move(RowMove(row: row, level: .indikator, direction: .to(.after(target), from: from))))
            case 5:
                let month = Month(index: random.next(12))!
                record(.set(MarkChange(row: row, month: month, old: live.mark(row, month), new: !live.mark(row, month))))
            case 6:
                let field = PlanTextField.allCases[random.next(5)]
                record(.edit(row: row, field: field, old: "", new: "teks \(step)"))
            case 7:
                guard let target = live.nextUndo else { continue }
                record(.undo(Step(undoes: target.seq, target: target.id)))
            default:
                guard let target = live.nextRedo else { continue }
                record(.redo(Step(undoes: target.seq, target: target.id)))
            }
            kinds[String(kind), default: 0] += 1
            if step % 25 == 0 { check(live, entries, step) }
        }
        check(live, entries, 600)
        XCTAssertEqual(kinds.count, 9, "every kind of step was taken: \(kinds)")
        XCTAssertGreaterThan(entries.filter(\.change.isStructural).count, 200)
    }
}
