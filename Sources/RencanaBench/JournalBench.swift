import Foundation
import PlanModel
import PlanStore

/// Journal version 2 figures: opening long journals of every kind, and one durable save of each kind.
extension Child {
    mutating func journalBench(plan: Plan, work: URL) {
        let openName = "journal: open state with 100,000 v2 entries (status, note, evidence, set)"
        let structuralName = "journal: open state with 10,000 structural edits (add, move, edit, remove)"
        guard wanted(openName) || wanted(structuralName) || wanted("journal: status") || wanted("journal: INDIKATOR") else { return }
        let rows = plan.rows.count
        let start = Date(timeIntervalSince1970: 1_700_000_000)
        func write(_ url: URL, _ changes: [Change]) {
            var text = StateFormat.headerLine(planName: "plan.json", version: 2) + "\n"
            for (n, change) in changes.enumerated() {
                let entry = JournalEntry(seq: n + 1, id: JournalEntry.newID(), at: start.addingTimeInterval(Double(n)), by: "bench",
                                         change: change)
                text += StateFormat.line(for: entry) + "\n"
            }
            do { try Data(text.utf8).write(to: url) } catch { fail("cannot write \(url.path): \(error)") }
        }
        // 100,000 monitoring entries: statuses, notes, evidence, marks.
        let codes: [RealisationStatus?] = [.done, .partly, .missed, .moved(.des), nil]
        let monitoring = (1...100_000).map { n -> Change in
            let row = plan.rows[(n * 104_729) % rows].id, month = Month(index: n % 12)!
            switch n % 4 {
            case 0: return .status(row: row, month: month, old: nil, new: codes[n % 5])
            case 1: return .note(row: row, month: month, old: "", new: "catatan \(n)")
            case 2: return .evidenceAdd(Evidence(id: "e-\(n)", row: row, month: month, kind: .laporan, title: "Laporan \(n)",
                                                 location: .file("bukti/\(n).pdf")))
            default: return .set(MarkChange(row: row, month: month, old: false, new: true))
            }
        }
        let monitoringState = work.appendingPathComponent("journal100k.jsonl")
        write(monitoringState, monitoring)
        var opened: StateStore?
        if !wanted(openName) { opened = try? StateStore.open(plan: plan, url: monitoringState) }
        measure(openName, minimum: 5, maximum: 30, budget: 2) {
            opened = nil  // the previous store is freed outside the timing
            let start = now()
            do { opened = try StateStore.open(plan: plan, url: monitoringState) } catch { fail("\(error)") }
            return ms(since: start)
        }
        if let store = opened {
            var k = 0
            measure("journal: status + durable save, journal 100,000 → 100,000+n", minimum: 20, maximum: 400, budget: 2) {
                let row = plan.rows[(k * 7919) % rows].id
                k += 1
                do { _ = try store.record(.status(row: row, month: .mar, to: k % 2 == 0 ? .done : .partly)) } catch { fail("\(error)") }
                return nil
            }
            measure("journal: INDIKATOR text edit + durable save, journal 100,000+", minimum: 20, maximum: 400, budget: 2) {
                let row = plan.rows[(k * 7919) % rows].id
                k += 1
                do { _ = try store.record(.edit(row: row, field: .indikator, to: "teks \(k)")) } catch { fail("\(error)") }
                return nil
            }
        }
        guard wanted(structuralName) else { return }
        // 10,000 structural edits: adds, moves, text edits, removes, spread over the plan.
        let structural = (1...10_000).map { n -> Change in
            let row = plan.rows[(n * 7919) % (rows / 2)].id
            switch n % 10 {
            case 0...3:
                return .add(RowAddition(row: RowID("r-\(String(n, radix: 16))"), anchor: .after(row), text: "baru \(n)",
                                        months: MonthSet([.jan])))
            case 4...6: return .move(RowMove(row: row, level: .indikator, direction: n % 2 == 0 ? .up : .down))
            case 7...8: return .edit(row: row, field: .indikator, old: "", new: "ubah \(n)")
            default:
                let gone = plan.rows[rows / 2 + (n * 31) % (rows / 2)]
                return .remove(RowRemoval(rows: [gone.id], snapshot: .indikator(Indicator(id: gone.id, text: gone.indikator,
                                                                                      months: gone.baseline, ket: gone.ket)),
                                          anchor: nil))
            }
        }
        let structuralState = work.appendingPathComponent("structural10k.jsonl")
        write(structuralState, structural)
        var restructured: StateStore?
        measure(structuralName, minimum: 5, maximum: 30, budget: 2) {
            do { restructured = try StateStore.open(plan: plan, url: structuralState) } catch { fail("\(error)") }
            return nil
        }
        if let store = restructured {
            print("<!-- structural replay: \(store.plan.rows.count) rows after 10,000 edits (from \(rows)) -->")
        }
    }
}
