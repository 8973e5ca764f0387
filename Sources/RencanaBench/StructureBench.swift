import Foundation
import GanttUI
import PlanModel
import PlanStore

/// Issue 13's dashboard figures: adding, deleting and moving rows through the dashboard's own path (key →
/// update → effect → store's durable save → `saved` → frame), a key after them, and the revision view.
extension Child {
    mutating func structureBench(plan: Plan, work: URL) {
        // Every name starts with "dashboard rows": `--op "dashboard rows"` runs them all (the revision view after the edits).
        guard options.op.map({ "dashboard rows: revision view phase by phase".localizedCaseInsensitiveContains($0)
            || $0.lowercased().hasPrefix("dashboard rows") }) ?? true else { return }
        let url = work.appendingPathComponent("structure.jsonl")
        try? FileManager.default.removeItem(at: url)
        let store: StateStore
        do { store = try StateStore.open(plan: plan, url: url, user: "bench") } catch { fail("\(error)") }
        var state = AppState(plan: plan, year: store.state, width: 200, height: 50)
        // The dashboard folds the search text on another thread at start (`prepareSearch`), and lets go of the plan
        // then; built here at once, so the store changes its year in place as in the dashboard.
        _ = state.matches(for: "zzzz", among: [0])
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
        // The add's phases: the store's durable save, then the dashboard taking the new year (`saved`), then the frame.
        var storeTimes: [Double] = [], takeTimes: [Double] = [], frameTimes: [Double] = []
        measure("dashboard rows: add, phase by phase (store / saved / frame)", minimum: 20, maximum: 300, budget: 2) {
            moveToSomeRow(&state)
            key(&state, .char("o"))
            for c in "baru" { key(&state, .char(c)) }
            let effects = update(&state, Keymap.action(for: .enter, in: state))
            guard case .record(.addRow(let addition))? = effects.first else { fail("no add") }
            var t = now()
            _ = update(&state, .handYearToStore)
            let entry: JournalEntry
            do { entry = try store.record(.addRow(addition))! } catch { fail("\(error)") }
            storeTimes.append(ms(since: t))
            t = now()
            _ = update(&state, .saved(entry, store.state))
            takeTimes.append(ms(since: t))
            t = now()
            consume(render(state))
            frameTimes.append(ms(since: t))
            return storeTimes.last! + takeTimes.last! + frameTimes.last!
        }
        if wanted("dashboard rows: add, phase") {
            stats.append(Stat(name: "  store.addRow (durable save)", samples: storeTimes))
            stats.append(Stat(name: "  update(.saved): the dashboard takes the new year", samples: takeTimes))
            stats.append(Stat(name: "  render", samples: frameTimes))
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
        measure("dashboard rows: revision view: key v (PlanDiff of \(edits) edits + lines) + frame", minimum: 5, maximum: 50, budget: 2) {
            var view = state
            _ = update(&view, .openRevision)
            consume(render(view))
            return nil
        }
        let year = state.year
        measure("dashboard rows: revision view: of which PlanDiff(signed:current:marks:)", minimum: 5, maximum: 50, budget: 2) {
            consume(PlanDiff(signed: year.signed, current: year.plan, marks: year.marks))
            return nil
        }
        _ = update(&state, .openRevision)
        measure("dashboard rows: revision view: key ↓ + frame", minimum: 50, maximum: 3000, budget: 1) {
            _ = update(&state, .revision(.rows(1)))
            consume(render(state))
            return nil
        }
        measure("dashboard rows: revision view: Tab (the row's differences) + frame", minimum: 50, maximum: 3000, budget: 1) {
            _ = update(&state, .revision(.differences))
            consume(render(state))
            return nil
        }
    }
}
