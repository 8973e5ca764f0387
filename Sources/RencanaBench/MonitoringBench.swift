import Foundation
import GanttUI
import PlanFormats
import PlanModel
import PlanStore

/// Issue 11's monitoring figures on the plan with a generated realisation (`rencana generate --realisation`'s
/// data: a status for about half of the planned cells, 20,000 evidence items per 100,000 rows): opening that
/// state, recording one status durably, one progress refresh against a whole ProgressTracker build, and the
/// whole plan's progress table.
extension Child {
    mutating func monitoringBench(plan: Plan, planPath: String, work: URL) {
        let names = (open: "monitoring: open the generated realisation state",
                     save: "monitoring: status + durable save on the generated state",
                     refresh: "monitoring: progress after one change: ProgressTracker.refresh (one row)",
                     full: "monitoring: progress from scratch: ProgressTracker.init (whole plan)",
                     table: "monitoring: progress table by area for the year (tracker init + lines + text)",
                     layer: "monitoring: Realisasi layer's first switch (key r: progress of every row) + frame")
        let cached = (write: "monitoring: snapshot: write it (after a full open)",
                      open: "monitoring: snapshot: open plan + state from it (nothing parsed or replayed)",
                      table: "monitoring: snapshot: progress table by area from it (outline plan + tracker values + text)",
                      afterSaves: "monitoring: snapshot: progress table after the saves above (tracker + sidecar rows + text)",
                      seed: "monitoring: snapshot: the dashboard's progress at open (progressFromSnapshot, restored store)",
                      layer: "monitoring: snapshot: Realisasi's first switch with the snapshot's progress (+ frame)",
                      layerOpen: "monitoring: snapshot: the dashboard's state at open on the restored year (AppState.init)")
        guard [names.open, names.save, names.refresh, names.full, names.table, names.layer, cached.write, cached.open,
               cached.table, cached.afterSaves, cached.seed, cached.layer, cached.layerOpen].contains(where: wanted) else {
            return
        }
        let entries = SyntheticRealisation.entries(plan: plan, seed: 1, evidence: SyntheticRealisation.defaultEvidence(rows: plan.rows.count))
        let url = work.appendingPathComponent("realisation.jsonl")
        do { try Data(StateFormat.text(planName: "plan.json", entries: entries).utf8).write(to: url) } catch {
            fail("cannot write \(url.path): \(error)")
        }
        let statuses = entries.filter { if case .status = $0.change { return true } else { return false } }.count
        let evidence = entries.count - statuses - entries.filter { if case .note = $0.change { return true } else { return false } }.count
        print("<!-- generated realisation: \(entries.count) entries (\(statuses) statuses, \(evidence) evidence items) -->")

        var opened: StateStore?
        if !wanted(names.open) { opened = try? StateStore.open(plan: plan, url: url) }
        measure(names.open, minimum: 5, maximum: 30, budget: 3) {
            opened = nil  // the previous store is freed outside the timing
            let start = now()
            do { opened = try StateStore.open(plan: plan, url: url) } catch { fail("\(error)") }
            return ms(since: start)
        }
        guard let store = opened else { return }
        /// `rencana progress`'s work on a fresh snapshot: the tracker read from it (and its sidecar), the table by area.
        func snapshotTable(_ failure: String) -> Double? {
            guard let tracker = StateSnapshot.progress(planPath: planPath, stateURL: url, texts: false) else { fail(failure) }
            consume(ProgressReport.text(ProgressReport.lines(tracker, by: .area, period: .year, asOf: .des),
                                        period: .year, asOf: .des))
            return nil
        }
        // The snapshot cache (StateSnapshot): written once after a full open, then the two ways it is read.
        if [cached.write, cached.open, cached.table].contains(where: wanted) {
            store.planPath = planPath
            measure(cached.write, minimum: 3, maximum: 10, budget: 2) {
                let start = now()
                guard store.writeSnapshotIfWorthIt(planPath: planPath, stamp: PlanStamp.vouched(path: planPath), threshold: 0) else {
                    fail("the snapshot was not written")
                }
                return ms(since: start)
            }
            var restored: StateStore?
            measure(cached.open, minimum: 5, maximum: 30, budget: 3) {
                restored = nil
                let start = now()
                do { restored = try StateStore.openFromSnapshot(planPath: planPath, url: url) } catch { fail("\(error)") }
                guard restored?.snapshotUse == .restored(entries: entries.count) else { fail("the snapshot was not used") }
                return ms(since: start)
            }
            measure(cached.table, minimum: 5, maximum: 50, budget: 2) { snapshotTable("the snapshot's progress was not used") }
        }
        let rows = plan.rows.count
        var k = 0
        // A plan this large always has its snapshot (the first open writes it): each save also writes the progress
        // sidecar of the rows changed since (`ProgressSidecar`), which this figure includes.
        if wanted(names.save) || wanted(cached.afterSaves) {
            store.planPath = planPath
            if !FileManager.default.fileExists(atPath: StateSnapshot.url(forState: url)?.path ?? ""),
               !store.writeSnapshotIfWorthIt(planPath: planPath, stamp: PlanStamp.vouched(path: planPath), threshold: 0) {
                fail("the snapshot was not written")
            }
        }
        measure(names.save, minimum: 20, maximum: 400, budget: 2) {
            // A row whose March the one-record rule refuses (another month was moved into it) is passed over: up to ten
            // rows are tried, so a real failure to save still stops the bench.
            var refusal: Error?
            for _ in 0..<10 {
                let row = plan.rows[(k * 7919) % rows].id
                k += 1
                do {
                    _ = try store.record(.status(row: row, month: .mar, to: k % 2 == 0 ? .done : .partly))
                    return nil
                } catch { refusal = error }
            }
            fail("\(refusal.map { "\($0)" } ?? "")")
        }
        if k > 0 { print("<!-- \(k) statuses saved on top of the snapshot -->") }
        measure(cached.afterSaves, minimum: 5, maximum: 50, budget: 2) {
            snapshotTable("the snapshot's progress and its sidecar were not used")
        }
        // The dashboard opened on a snapshot takes its progress once at open (decoded, the rows changed after it
        // recomputed); the first `r` then only draws.
        var seeded: (StateStore, ProgressTracker)?
        measure(cached.seed, minimum: 5, maximum: 10, budget: 3) {
            guard let restored = try? StateStore.openFromSnapshot(planPath: planPath, url: url) else { fail("the snapshot was not used") }
            let start = now()
            guard let progress = restored.progressFromSnapshot() else { fail("the snapshot's progress was not used") }
            let elapsed = ms(since: start)
            seeded = (restored, progress)
            return elapsed
        }
        if wanted(cached.layer) || wanted(cached.layerOpen) {
            if seeded == nil, let restored = try? StateStore.openFromSnapshot(planPath: planPath, url: url),
               let progress = restored.progressFromSnapshot() {
                seeded = (restored, progress)
            }
            guard let (restored, progress) = seeded else { fail("the snapshot's progress was not used") }
            // The dashboard's state at open is timed apart (it counts the year's changes for the title once: a scan of
            // the entries), so the switch is the key's own cost.
            measure(cached.layerOpen, minimum: 5, maximum: 50, budget: 2) {
                let start = now()
                consume(AppState(plan: restored.plan, year: restored.state, width: 200, height: 50, progress: progress))
                return ms(since: start)
            }
            measure(cached.layer, minimum: 5, maximum: 50, budget: 2) {
                var fresh = AppState(plan: restored.plan, year: restored.state, width: 200, height: 50, progress: progress)
                let start = now()
                _ = update(&fresh, .toggleLayer)
                consume(render(fresh))
                return ms(since: start)
            }
        }
        var tracker = ProgressTracker(plan: store.plan, marks: store.marks, realisation: store.realisation)
        let realisation = store.realisation, marks = store.marks
        measure(names.refresh, minimum: 100, maximum: 2000, budget: 1) {
            let index = (k * 7919) % rows
            k += 1
            tracker.refresh(row: index, marks: marks[index], realisation: realisation)
            return nil
        }
        measure(names.full, minimum: 5, maximum: 50, budget: 2) {
            consume(ProgressTracker(plan: store.plan, marks: marks, realisation: realisation))
            return nil
        }
        measure(names.table, minimum: 5, maximum: 50, budget: 2) {
            let whole = ProgressTracker(plan: store.plan, marks: marks, realisation: realisation)
            let lines = ProgressReport.lines(whole, by: .area, period: .year, asOf: .des)
            consume(ProgressReport.text(lines, period: .year, asOf: .des))
            return nil
        }
        // The dashboard on this state: `r` builds the progress of every row once, then draws the layer.
        measure(names.layer, minimum: 5, maximum: 50, budget: 2) {
            var fresh = AppState(plan: store.plan, year: store.state, width: 200, height: 50)
            let start = now()
            _ = update(&fresh, .toggleLayer)
            consume(render(fresh))
            return ms(since: start)
        }
        consume(tracker)
    }
}
