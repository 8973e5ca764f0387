import Foundation
import GanttUI
import PlanModel

/// The roll-up dashboard (issue 23) at the national scale: 514 offices, each the real plan with its own generated
/// year (as `rencana generate --offices` varies them), as the model the executable hands GanttUI. Its first frame
/// and each key (update + frame at 200x50; target under 2 ms). Reading the folder itself is PlanRollup's (its own
/// figures: `rencana rollup`); this measures what the dashboard adds. Run on the real plan only.
extension Child {
    mutating func rollupBench(plan: Plan) {
        let names = ["roll-up 514 offices: model (514 years replayed, trackers)", "roll-up 514 offices: first frame 200x50",
                     "roll-up: key", "roll-up: Enter"]
        guard size == 124, names.contains(where: wanted) else { return }
        let offices = 514
        var years: [YearState] = []
        var model: RollupModel?
        measure(names[0], minimum: 1, maximum: 2, budget: 1) {
            var built: [RollupOffice] = []
            years = []
            for i in 0..<offices {
                var document = plan.document
                document.institution = "Komisi Pemilihan Umum Kabupaten \(i)"
                let own = Plan(document: document, areas: plan.areas)
                // A varying share of the year recorded, as the generated province has it.
                let entries = SyntheticRealisation.entries(plan: own, seed: UInt64(i + 1), evidence: i % 7 == 0 ? 0 : own.rows.count / 5)
                    .prefix((i * 37) % 400)
                let year = YearState(signed: own, entries: entries)
                years.append(year)
                let tracker = ProgressTracker(plan: year.plan, marks: year.marks, realisation: year.realisation)
                built.append(RollupOffice(key: "office-\(i).json", name: document.institution, tracker: tracker, latest: "2022-05-01",
                                          revised: false))
            }
            model = RollupModel(year: plan.document.year, offices: built)
            return nil
        }
        guard let model else { return }
        var state = RollupState(model: model, width: 200, height: 50, today: .mei, defaultAsOf: .mei)
        measure(names[1], minimum: 5, budget: 1) {
            consume(renderRollup(RollupState(model: model, width: 200, height: 50, today: .mei, defaultAsOf: .mei)))
            return nil
        }
        func key(_ name: String, _ keys: [Key]) {
            measure("roll-up: key \(name) + frame (514 offices)", minimum: 20, maximum: 2000, budget: 1) {
                var total = 0.0
                for key in keys {
                    let start = now()
                    for effect in updateRollup(&state, RollupKeys.action(for: key, in: state)) {
                        if case .loadOffice(let i) = effect { _ = updateRollup(&state, .officeLoaded(i, years[i])) }
                    }
                    consume(renderRollup(state))
                    total += ms(since: start)
                }
                return total / Double(keys.count)
            }
        }
        key("↓", [.down])
        key("PgDn / PgUp", [.pageDown, .pageUp])
        key("+ / - (an office's areas)", [.char("+"), .char("-")])
        key("s (sort by office, capaian, kurang bukti)", [.char("s")])
        state = updateRollup(updateRollup(state, .cycleSort).0, .cycleSort).0
        key("← → under a kurang bukti sort (sorted again)", [.left, .right])
        key("t (period view)", [.char("t")])
        key("r (layer)", [.char("r")])
        key("2 / 0 (area filter)", [.char("2"), .char("0")])
        key("/ then a typed letter (search 514 names)", [.char("/"), .char("a"), .escape])
        key("Enter (an office's grid) and Esc back", [.enter, .escape])
    }
}
