import Foundation
import GanttUI
import PlanModel
import PlanStore

/// Issue 13's dashboard half: a text edit through the dashboard's whole path (the editor's Enter → effect →
/// the store's durable save → `.saved` → the plan shown follows → frame), a key after many edits, and a row
/// added by the store as the dashboard takes it (visible rows, tree, search index and matches rebuilt).
extension Child {
    mutating func editingBench(plan: Plan, work: URL) {
        guard wanted("editing") else { return }
        let rows = plan.rows.count
        let url = work.appendingPathComponent("editing.jsonl")
        try? FileManager.default.removeItem(at: url)
        let store: StateStore
        do { store = try StateStore.open(plan: plan, url: url, user: "bench") } catch { fail("\(error)") }
        var state = AppState(plan: store.plan, year: store.state, width: 200, height: 50)
        // A kept search, with the index built: the edit must re-match its row, not the plan.
        _ = update(&state, .view(.search(.open)))
        for c in "laporan" { _ = update(&state, .view(.search(.type(c)))) }
        _ = update(&state, .view(.search(.keep)))
        var k = 0
        measure("editing: key Enter in the text editor: edit + durable save + frame (search kept)", minimum: 20, maximum: 300, budget: 2) {
            // Untimed: open the editor on a row somewhere in the plan and type one character.
            _ = update(&state, .moveRows((k * 7919) % rows - state.cursor))
            k += 1
            _ = update(&state, .editTexts)
            _ = update(&state, .editorKey(.char(k % 2 == 0 ? "a" : "b")))
            let t = now()
            let effects = update(&state, .editorKey(.enter))
            _ = runEffects(effects, on: &state, store: store)
            consume(render(state))
            return ms(since: t)
        }
        measure("editing: key ↓ + frame after the text edits", minimum: 50, maximum: 3000, budget: 1) {
            _ = update(&state, .moveRows(1))
            consume(render(state))
            return nil
        }
        measure("editing: key E (open the editor) + frame", minimum: 50, maximum: 3000, budget: 1) {
            _ = update(&state, .editTexts)
            consume(render(state))
            _ = update(&state, .editorKey(.escape))
            return nil
        }
        measure("editing: key u: undo a text edit + durable save + frame", minimum: 10, maximum: 100, budget: 1) {
            let effects = update(&state, .undo)
            _ = runEffects(effects, on: &state, store: store)
            consume(render(state))
            return nil
        }
        // A long text being typed or pasted into: each key and its frame (wrapping 10,000 characters every frame).
        _ = update(&state, .editTexts)
        for _ in 0..<900 { for c in "sosialisa " { _ = update(&state, .editorKey(.char(c))) } }
        measure("editing: a typed key in a 9,000-character text + frame", minimum: 50, maximum: 2000, budget: 1) {
            _ = update(&state, .editorKey(.char("x")))
            consume(render(state))
            _ = update(&state, .editorKey(.backspace))
            return nil
        }
        _ = update(&state, .editorKey(.escape))
        measure("editing: a row added through the store, taken by the dashboard (.saved) + frame", minimum: 10, maximum: 100, budget: 2) {
            let anchor = plan.rows[(k * 7919) % rows].id
            k += 1
            _ = update(&state, .handYearToStore)
            do {
                let entry = try store.record(.addRow(RowAddition(row: "", anchor: .after(anchor), text: "baru")))!
                _ = update(&state, .saved(entry, store.state))
            } catch { fail("\(error)") }
            consume(render(state))
            return nil
        }
    }
}
