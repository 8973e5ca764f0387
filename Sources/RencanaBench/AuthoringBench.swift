import Foundation
import PlanFormats
import PlanModel
import PlanStore

/// Issue 13's figures: one structural edit saved durably, opening a journal of 10,000 structural edits made
/// through the store (so every entry is one a user could make), and `rencana diff` of the result.
extension Child {
    mutating func authoringBench(plan: Plan, work: URL) {
        guard wanted("authoring") else { return }
        let rows = plan.rows.count
        let url = work.appendingPathComponent("authoring.jsonl")
        try? FileManager.default.removeItem(at: url)
        let store: StateStore
        do { store = try StateStore.open(plan: plan, url: url, user: "bench") } catch { fail("\(error)") }
        var k = 0
        // A row of the plan as it now is (on the real plan's 124 rows a row of the signed plan is soon removed).
        func row() -> RowID {
            k += 1
            let current = store.plan.rows
            return current[(k * 7919) % current.count].id
        }
        func run(_ body: () throws(StoreError) -> Void) {
            do { try body() } catch { fail("\(error)") }
        }
        measure("authoring: add an indicator row + durable save", minimum: 20, maximum: 300, budget: 2) {
            run { () throws(StoreError) in _ = try store.record(.addRow(RowAddition(row: "", anchor: .after(row()), text: "baru", months: MonthSet([.jan])))) }
            return nil
        }
        measure("authoring: move a row down + durable save", minimum: 20, maximum: 300, budget: 2) {
            run { () throws(StoreError) in _ = try store.record(.moveRow(row: row(), level: .indikator, up: false)) }
            return nil
        }
        measure("authoring: remove a row + durable save", minimum: 20, maximum: 300, budget: 2) {
            run { () throws(StoreError) in _ = try store.record(.removeRows(row: row(), level: .indikator)) }
            return nil
        }
        measure("authoring: undo a structural edit + durable save", minimum: 10, maximum: 100, budget: 1) {
            run { () throws(StoreError) in _ = try store.undo() }
            return nil
        }
        // Fill the journal up to 10,000 structural edits: adds, moves (up/down and to another sub kegiatan), removes.
        let target = options.quick ? 2_000 : 10_000
        while store.entries.count < target {
            let n = store.entries.count
            run { () throws(StoreError) in
                switch n % 10 {
                case 0...3: _ = try store.record(.addRow(RowAddition(row: "", anchor: .after(row()), text: "baru \(n)", months: MonthSet([.feb]))))
                case 4...5: _ = try store.record(.moveRow(row: row(), level: .indikator, up: n % 2 == 0))
                case 6: _ = try? store.record(.moveRowTo(row: row(), anchor: .before(row())))  // refused for the only row of a sub kegiatan
                case 7: _ = try store.record(.addRow(RowAddition(row: "", anchor: .after(row()), level: .sub, text: "s", sub: "Sub \(n)")))
                default: _ = try store.record(.removeRows(row: row(), level: .indikator))
                }
            }
        }
        let count = store.entries.filter(\.change.isStructural).count
        var reopened: StateStore?
        measure("authoring: open state with \(count) structural edits (made through the store)", minimum: 5, maximum: 30, budget: 2) {
            do { reopened = try StateStore.open(plan: plan, url: url) } catch { fail("\(error)") }
            return nil
        }
        guard let reopened else { return }
        var lines = 0
        measure("authoring: diff signed vs current (PlanDiff + text) after them", minimum: 5, maximum: 30, budget: 2) {
            let diff = PlanDiff(signed: reopened.signedPlan, current: reopened.plan, marks: reopened.marks)
            lines = DiffFormat.text.render(diff).utf8.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
            return nil
        }
        print("<!-- authoring: \(reopened.plan.rows.count) rows after the edits (from \(rows)); diff \(lines) lines -->")
        // RENCANA_BENCH_KEEP_JOURNAL=PATH keeps the journal (its timing-dependent edits) to compare `rencana diff` outputs.
        if let keep = ProcessInfo.processInfo.environment["RENCANA_BENCH_KEEP_JOURNAL"] {
            try? FileManager.default.removeItem(atPath: keep)
            try? FileManager.default.copyItem(at: url, to: URL(fileURLWithPath: keep))
        }
    }
}
