import Foundation
import GanttUI
import PlanModel
import PlanStore

/// Issue 13's dashboard figures: adding, deleting and moving rows through the dashboard's own path (key →
/// update → effect → store's durable save → `saved` → frame), a key after them, and the revision view.
extension Child {
    mutating func structureBench(plan: Plan, work: URL) {
        guard wanted("dashboard rows") || wanted("revision") else { return }
        let url = work.appendingPathComponent("structure.jsonl")
        try? FileManager.default.removeItem(at: url)
        let store: StateStore
        do { store = try StateStore.open(plan: plan, url: url, user: "bench") } catch { fail("\(error)") }
        var state = AppState(plan: plan, year: store.state, width: 200, height: 50)
        var k = 0
        /// Puts the cursor on a row spread over the plan (untimed), the way a user would have moved there.
        func moveToSomeRow(_ state: inout AppState) {
            k += 1
            let target = (k * 7919) % max(1, state.visibleRows.count)
            _ = update(&state, .moveRows(target - state.cursor))
        }
        func key(_ state: inout AppState, _ key: Key) {
            let effects = update(&state, Keymap.action(for: key, in: state))
            _ = runEffects(effects, on: &state, store: store)
        }
        measure("dashboard rows: o, text, Enter: add a row + durable save + frame (Enter timed)", minimum: 20, maximum: 300, budget: 2) {
            moveToSomeRow(&state)
            key(&state, .char("o"))
            for c in "baru" { key(&state, .char(c)) }
            let t = now()
            key(&state, .enter)
            consume(render(state))
            return ms(since: t)
        }
        measure("dashboard rows: key J: move the row down + durable save + frame", minimum: 20, maximum: 300, budget: 2) {
            moveToSomeRow(&state)
            let t = now()
            key(&state, .char("J"))
            consume(render(state))
            return ms(since: t)
        }
        measure("dashboard rows: key x: the chooser (rows and realisation of each level) + frame", minimum: 20, maximum: 300, budget: 1) {
            moveToSomeRow(&state)
            let t = now()
            key(&state, .char("x"))
            consume(render(state))
            let time = ms(since: t)
            key(&state, .escape)
            return time
        }
        measure("dashboard rows: x, Enter, y: delete a row + durable save + frame (y timed)", minimum: 20, maximum: 300, budget: 2) {
            moveToSomeRow(&state)
            key(&state, .char("x"))
            if case .levels? = state.structure { key(&state, .enter) }
            let t = now()
            key(&state, .char("y"))
            consume(render(state))
            return ms(since: t)
        }
        measure("dashboard rows: key u: undo the last one + durable save + frame", minimum: 10, maximum: 100, budget: 1) {
            let t = now()
            key(&state, .char("u"))
            consume(render(state))
            return ms(since: t)
        }
        measure("dashboard rows: key ↓ + frame after them", minimum: 50, maximum: 3000, budget: 1) {
            _ = update(&state, .moveRows(1))
            consume(render(state))
            return nil
        }
        let edits = store.entries.count
        measure("revision view: key v (PlanDiff of \(edits) edits + lines) + frame", minimum: 5, maximum: 50, budget: 2) {
            var view = state
            _ = update(&view, .openRevision)
            consume(render(view))
            return nil
        }
        _ = update(&state, .openRevision)
        measure("revision view: key ↓ + frame", minimum: 50, maximum: 3000, budget: 1) {
            _ = update(&state, .revision(.rows(1)))
            consume(render(state))
            return nil
        }
        measure("revision view: Tab (the row's differences) + frame", minimum: 50, maximum: 3000, budget: 1) {
            _ = update(&state, .revision(.differences))
            consume(render(state))
            return nil
        }
    }
}
