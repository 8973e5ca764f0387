import Foundation
import GanttUI
import PlanModel
import PlanStore

/// The durable saves (a toggle with an empty history and with 10,000 entries, the dashboard's Space and status keys
/// through the effect runner) and the period views: sections 3 and 3a of `Child.run`.
extension Child {
    /// 3. Toggle and durable save (flock, read new bytes, one write, fsync), empty history and 10,000 entries.
    mutating func saveBench(plan: Plan, work: URL, emptyState: URL) {
        let rows = plan.rows.count
        try? FileManager.default.removeItem(at: emptyState)
        let store: StateStore
        do { store = try StateStore.open(plan: plan, url: emptyState) } catch { fail("\(error)") }
        var k = 0
        measure("toggle + durable save, history 0 → n", minimum: 20, maximum: 400, budget: 2) {
            let row = plan.rows[(k * 7919) % rows].id
            k += 1
            do { _ = try store.toggle(row, .jan) } catch { fail("\(error)") }
            return nil
        }
        let bigState = work.appendingPathComponent("history10k.jsonl")
        writeHistory(to: bigState, plan: plan, entries: 10_000)
        var openSamples: [Double] = []
        var big: StateStore?
        measure("open state with 10,000 entries", minimum: 5, maximum: 50, budget: 1) {
            let t = now()
            do { big = try StateStore.open(plan: plan, url: bigState) } catch { fail("\(error)") }
            openSamples.append(ms(since: t))
            return openSamples.last!
        }
        if let big {
            measure("toggle + durable save, history 10,000 → 10,000+n", minimum: 20, maximum: 400, budget: 2) {
                let row = plan.rows[(k * 7919) % rows].id
                k += 1
                do { _ = try big.toggle(row, .feb) } catch { fail("\(error)") }
                return nil
            }
            // The dashboard's whole path: Space → update → effect → store → saved → frame, history 10,000+.
            var state = AppState(plan: plan, year: big.state, width: 200, height: 50)
            measure("key Space: toggle + save + frame (history 10,000+)", minimum: 20, maximum: 400, budget: 2) {
                // As the event loop does it: one value of the state, changed in place.
                let effects = update(&state, Keymap.action(for: .char(" "), in: state))
                _ = runEffects(effects, on: &state, store: big)
                consume(render(state))
                _ = update(&state, .moveRows(1))
                return nil
            }
            // The Realisasi layer: the first switch builds the progress of every row (once); then a status
            // key is recorded, saved and drawn with the row's, the area's and the plan's capaian.
            measure("key r: switch to Realisasi, progress of every row + frame", minimum: 5, maximum: 50, budget: 1) {
                var fresh = AppState(plan: plan, year: big.state, width: 200, height: 50)
                _ = update(&fresh, .toggleLayer)
                consume(render(fresh))
                return nil
            }
            // As the event loop does: the progress the switch builds is handed to the store (`Effect.keepProgress`).
            _ = runEffects(update(&state, .toggleLayer), on: &state, store: big)
            measure("Realisasi: key ↓ + frame", minimum: 50, maximum: 3000, budget: 1) {
                _ = update(&state, .moveRows(1))
                consume(render(state))
                return nil
            }
            // Folded to kegiatan: each folded line's twelve months rated from its group's progress (issue 22).
            var folded = state
            for key in [Key.char("z"), .char("2")] { _ = update(&folded, Keymap.action(for: key, in: folded)) }
            measure("Realisasi folded to kegiatan: key ↓ + frame", minimum: 50, maximum: 3000, budget: 1) {
                _ = update(&folded, .moveRows(1))
                consume(render(folded))
                return nil
            }
            measure("Realisasi: key y: record a status + save + frame (history 10,000+)", minimum: 20, maximum: 400, budget: 2) {
                let effects = update(&state, Keymap.action(for: .char("y"), in: state))
                _ = runEffects(effects, on: &state, store: big)
                consume(render(state))
                _ = update(&state, .moveRows(1))
                return nil
            }
        }
    }

    /// 3a. The period views (t): Bulan → Triwulan → Semester → Bulan, each switch drawn; ↓ in Triwulan; the same
    /// switch in the Realisasi layer (capaian per period), after its progress is built once.
    mutating func periodBench(plan: Plan) {
        var periods = AppState(plan: plan, width: 200, height: 50)
        measure("period view: key t (Bulan/Triwulan/Semester) + frame", minimum: 30, maximum: 3000, budget: 1) {
            _ = update(&periods, .cyclePeriod)
            consume(render(periods))
            return nil
        }
        while periods.periods != .triwulan { _ = update(&periods, .cyclePeriod) }
        measure("period view Triwulan: key ↓ + frame", minimum: 50, maximum: 3000, budget: 1) {
            _ = update(&periods, .moveRows(1))
            consume(render(periods))
            return nil
        }
        _ = update(&periods, .toggleLayer)
        measure("period view Realisasi: key t + frame (capaian per period)", minimum: 30, maximum: 3000, budget: 1) {
            _ = update(&periods, .cyclePeriod)
            consume(render(periods))
            return nil
        }
        while periods.periods != .triwulan { _ = update(&periods, .cyclePeriod) }
        measure("period view Realisasi Triwulan: key ↓ + frame", minimum: 50, maximum: 3000, budget: 1) {
            _ = update(&periods, .moveRows(1))
            consume(render(periods))
            return nil
        }
    }
}
