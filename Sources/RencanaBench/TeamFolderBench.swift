import Foundation
import PlanModel
import PlanStore

/// The team folder (issue 22): opening a folder of 10 devices × 10,000 entries (target under 1 s), and what the
/// dashboard does each time it looks at the folder (nothing changed; a colleague's file grew by one entry).
extension Child {
    mutating func teamFolderBench(plan: Plan, work: URL) {
        let names = ["team folder 10 × 10,000: join, first time (a new laptop merges 100,000 into an empty journal)",
                     "team folder 10 × 10,000: open again (journal of 100,000 replayed + 10 files read, all known)",
                     "team folder: the dashboard's look, nothing changed (10 files stat'ed)",
                     "team folder: the dashboard's look after a colleague's file grew by 1 entry (read its end, merge)"]
        guard names.contains(where: wanted) else { return }
        let devices = 10, perDevice = 10_000
        let team = work.appendingPathComponent("plan.team")
        try? FileManager.default.createDirectory(at: team, withIntermediateDirectories: true)
        // Ten laptops working offline, each on its own rows: 10,000 notes each (in batches, as one command's intents
        // are: each has seen the ones before it), then written to its file in the folder.
        let rows = plan.rows.count
        var writers: [(StateStore, TeamFolder)] = []
        let generated = now()
        for d in 0..<devices {
            let url = work.appendingPathComponent("laptop-\(d).jsonl")
            do {
                let store = try StateStore.open(plan: plan, url: url, user: "pj\(d)", device: "d-bench\(String(format: "%07d", d))")
                try store.upgradeToTeam()
                for batch in 0..<(perDevice / 1_000) {
                    let intents = (0..<1_000).map { i -> Intent in
                        let n = batch * 1_000 + i
                        let row = plan.rows[(d + devices * (n % max(1, rows / devices))) % rows].id
                        return .note(row: row, month: Month(index: n % 12)!, to: "catatan \(d)-\(n)")
                    }
                    try store.record(intents)
                }
                let folder = TeamFolder(url: team)
                try folder.publish(from: store)
                writers.append((store, folder))
            } catch {
                fail("\(error)")
            }
        }
        FileHandle.standardError.write(Data("team folder: generated \(devices) × \(perDevice) entries in \(format(ms(since: generated))) ms\n".utf8))

        let reader = work.appendingPathComponent("reader.jsonl")
        let device = "d-reader000000"
        measure(names[0], minimum: 3, maximum: 10, budget: 2) {
            try? FileManager.default.removeItem(at: reader)
            let start = now()
            do {
                let store = try StateStore.open(plan: plan, url: reader, user: "reader", device: device)
                let pull = store.join(TeamFolder(url: team))
                guard pull.outcome.added == devices * perDevice else { fail("merged \(pull.outcome.added): \((store.teamFolder?.warnings ?? []))") }
                consume(store)
            } catch {
                fail("\(error)")
            }
            return ms(since: start)
        }
        var replay: [Double] = [], pulls: [Double] = []
        var open: StateStore?
        if !wanted(names[0]) {  // the journal that holds everything
            do { try StateStore.open(plan: plan, url: reader, user: "reader", device: device).join(TeamFolder(url: team)) } catch { fail("\(error)") }
        }
        if !wanted(names[1]) {
            do {
                open = try StateStore.open(plan: plan, url: reader, user: "reader", device: device)
                open?.join(TeamFolder(url: team))
            } catch {
                fail("\(error)")
            }
        }
        measure(names[1], minimum: 3, maximum: 20, budget: 2) {
            open = nil
            var t = now()
            do {
                let store = try StateStore.open(plan: plan, url: reader, user: "reader", device: device)
                replay.append(ms(since: t))
                t = now()
                let pull = store.join(TeamFolder(url: team))
                pulls.append(ms(since: t))
                guard pull.outcome.added == 0, (store.teamFolder?.warnings ?? []).isEmpty else { fail("\(pull.outcome) \((store.teamFolder?.warnings ?? []))") }
                open = store
            } catch {
                fail("\(error)")
            }
            return replay.last! + pulls.last!
        }
        if wanted(names[1]) {
            stats.append(Stat(name: "  open the journal (100,000 entries)", samples: replay))
            stats.append(Stat(name: "  join: publish + read 10 files + merge (all known)", samples: pulls))
        }
        guard let store = open else { return }
        measure(names[2], minimum: 50, maximum: 3000, budget: 1) {
            consume(store.pullTeamFolder())
            return nil
        }
        var k = 0
        measure(names[3], minimum: 20, maximum: 300, budget: 2) {
            let (writer, folder) = writers[3]
            k += 1
            do {
                try writer.record(.note(row: plan.rows[3].id, month: .jan, to: "lagi \(k)"))
                try folder.publish(from: writer)
            } catch {
                fail("\(error)")
            }
            let start = now()
            guard store.pullTeamFolder()?.outcome.added == 1 else { fail("the new entry was not merged: \((store.teamFolder?.warnings ?? []))") }
            return ms(since: start)
        }
    }
}
