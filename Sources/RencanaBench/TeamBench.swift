import Foundation
import PlanModel
import PlanStore
#if canImport(Glibc)
import Glibc
#endif

/// A team's journal (issue 22, docs/TEAM.md): merging 100,000 entries of another laptop into a journal of 100,000,
/// when they all go after it (appended) and when they interleave (the journal rewritten in the year's order); reading
/// another laptop's file; replaying a team's journal against a version-2 journal of the same changes.
extension Child {
    mutating func teamBench(plan: Plan, work: URL) {
        let names = ["team: merge 100,000 new entries after a journal of 100,000 (append)",
                     "team: merge 100,000 concurrent entries into a journal of 100,000 (interleaved: rewrite)",
                     "team: read another laptop's file of 100,000 entries (JournalFile.read)",
                     "team: open a team journal of 200,000 entries (version 3: device, clock, seen)",
                     "team: open a version-2 journal of the same 200,000 changes"]
        guard names.contains(where: wanted) else { return }
        let count = 100_000
        // Ani's journal; Budi's new work after he had all of Ani's (it appends); Citra's work at the same time as
        // Ani's (it interleaves, and where both changed one value differently, conflicts).
        var shared: [ValueKey: String] = [:]
        let ani = Self.teamEntries(plan: plan, device: "d-ani", by: "ani", count: count, firstClock: 1, salt: 1, heads: &shared)
        let budi = Self.teamEntries(plan: plan, device: "d-budi", by: "budi", count: count, firstClock: count + 1, salt: 2,
                                    heads: &shared)
        var own: [ValueKey: String] = [:]
        let citra = Self.teamEntries(plan: plan, device: "d-citra", by: "citra", count: count, firstClock: 1, salt: 3, heads: &own)
        let aniFile = work.appendingPathComponent("team-ani.jsonl")
        let budiFile = work.appendingPathComponent("team-budi.jsonl")
        Self.write(aniFile, ani, version: 3)
        Self.write(budiFile, budi, version: 3)
        let target = work.appendingPathComponent("team-merged.jsonl")

        /// This process's CPU time in milliseconds (the machine is shared: wall time alone says little about the code).
        func cpu() -> Double {
            var t = timespec()
            clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
            return Double(t.tv_sec) * 1000 + Double(t.tv_nsec) / 1e6
        }
        var cpuTimes: [Double] = []
        /// Merges `incoming` into a fresh copy of Ani's journal (copied and opened outside the timing).
        func mergeOnce(_ incoming: [JournalEntry], expectRewrite: Bool) -> Double {
            unlink(target.path)
            do { try FileManager.default.copyItem(at: aniFile, to: target) } catch { fail("\(error)") }
            let store: StateStore
            do { store = try StateStore.open(plan: plan, url: target, user: "ani", device: "d-ani") } catch { fail("\(error)") }
            let start = now(), startCPU = cpu()
            let outcome: MergeOutcome
            do { outcome = try store.merge(incoming, source: "bench") } catch { fail("\(error)") }
            let elapsed = ms(since: start)
            cpuTimes.append(cpu() - startCPU)
            guard outcome.added == incoming.count, outcome.rewrote == expectRewrite else { fail("unexpected merge: \(outcome)") }
            return elapsed
        }
        for (name, incoming, rewrite) in [(names[0], budi, false), (names[1], citra, true)] where wanted(name) {
            cpuTimes = []
            measure(name, minimum: 3, maximum: 20, budget: 4) { mergeOnce(incoming, expectRewrite: rewrite) }
            stats.append(Stat(name: "  of which CPU time (this process)", samples: cpuTimes))
        }
        measure(names[2], minimum: 3, maximum: 30, budget: 2) {
            do { consume(try JournalFile.read(budiFile)) } catch { fail("\(error)") }
            return nil
        }
        guard wanted(names[3]) || wanted(names[4]) else { return }
        // The interleaved result, and the same changes as a version-2 journal (no device, clock or seen).
        _ = mergeOnce(citra, expectRewrite: true)
        let merged: [JournalEntry]
        do { merged = try JournalFile.read(target) } catch { fail("\(error)") }
        let v2File = work.appendingPathComponent("team-v2.jsonl")
        Self.write(v2File, merged.map { entry in
            JournalEntry(seq: entry.seq, id: entry.id, at: entry.at, by: entry.by, change: entry.change)
        }, version: 2)
        var conflicts = 0
        for (name, file) in [(names[3], target), (names[4], v2File)] where wanted(name) {
            cpuTimes = []
            measure(name, minimum: 3, maximum: 20, budget: 3) {
                let start = now(), startCPU = cpu()
                do {
                    let store = try StateStore.open(plan: plan, url: file, user: "ani", device: "d-ani")
                    let elapsed = ms(since: start)
                    cpuTimes.append(cpu() - startCPU)
                    if file == target { conflicts = store.conflicts.count }
                    return elapsed
                } catch { fail("\(error)") }
            }
            stats.append(Stat(name: "  of which CPU time (this process)", samples: cpuTimes))
        }
        print("<!-- team: \(merged.count) entries merged, \(merged.filter { !$0.seen.isEmpty }.count) with seen, "
              + "\(conflicts) values in conflict -->")
    }

    /// One laptop's `count` monitoring entries (statuses, notes, evidence, marks over the plan's rows), each with
    /// its device, a clock counting on from `firstClock`, and as `seen` the value's last write in `heads`.
    static func teamEntries(plan: Plan, device: String, by: String, count: Int, firstClock: Int, salt: Int,
                            heads: inout [ValueKey: String]) -> [JournalEntry] {
        let rows = plan.rows.count
        let codes: [RealisationStatus?] = [.done, .partly, .missed, nil]
        let start = Date(timeIntervalSince1970: 1_780_000_000)
        var out: [JournalEntry] = []
        out.reserveCapacity(count)
        for n in 1...count {
            let k = n * 7 + salt
            let row = plan.rows[(k * 104_729) % rows].id, month = Month(index: k % 12)!
            let change: Change
            switch n % 4 {
            case 0: change = .status(row: row, month: month, old: nil, new: codes[(n / 4 + salt) % 4])
            case 1: change = .note(row: row, month: month, old: "", new: "catatan \(by) \(n)")
            case 2: change = .evidenceAdd(Evidence(id: "e-\(by)-\(n)", row: row, month: month, kind: .laporan, title: "Laporan \(n)",
                                                   location: .file("bukti/\(n).pdf")))
            default: change = .set(MarkChange(row: row, month: month, old: false, new: true))
            }
            let id = JournalEntry.newID()
            var seen: [String] = []
            if let key = change.write?.key {
                if let head = heads[key] { seen = [head] }
                heads[key] = id
            }
            out.append(JournalEntry(seq: n, id: id, at: start.addingTimeInterval(Double(n)), by: by, device: device,
                                    clock: firstClock + n - 1, seen: seen, change: change))
        }
        return out
    }

    static func write(_ url: URL, _ entries: [JournalEntry], version: Int) {
        let text = StateFormat.text(planName: "plan.json", entries: entries, version: version)
        do { try Data(text.utf8).write(to: url) } catch { fail("cannot write \(url.path): \(error)") }
    }
}
