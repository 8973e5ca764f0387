import Foundation
import PlanModel
import PlanStore
#if canImport(Glibc)
import Glibc
#endif

/// `rencana receive PLAN BUNDLE` as a whole (issue 22): a bundle file of 100,000 entries into a journal of 100,000,
/// from the files on disk to the merged journal, as the command does it (`PendingBundle`: the bundle read and checked
/// while the store opens, the plan compared, the merge). The inputs stay in `--dir`/team-receive for timing the
/// command itself side by side with another build (BENCHMARKS.md).
extension Child {
    mutating func teamReceiveBench(plan: Plan, planPath: String) {
        let names = ["team: receive a bundle of 100,000 new entries into a journal of 100,000 (whole command: append)",
                     "team: receive a bundle of 100,000 concurrent entries into a journal of 100,000 (whole command: rewrite)"]
        guard names.contains(where: wanted) else { return }
        let count = 100_000
        let folder = options.directory.appendingPathComponent("team-receive")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let device = "d-0000000000a1"  // the receiving laptop (Ani's)
        setenv("RENCANA_DEVICE", device, 1)
        var shared: [ValueKey: String] = [:], own: [ValueKey: String] = [:]
        let ani = Self.teamEntries(plan: plan, device: device, by: "ani", count: count, firstClock: 1, salt: 1, heads: &shared)
        let budi = Self.teamEntries(plan: plan, device: "d-0000000000b2", by: "budi", count: count, firstClock: count + 1, salt: 2,
                                    heads: &shared)
        let citra = Self.teamEntries(plan: plan, device: "d-0000000000c3", by: "citra", count: count, firstClock: 1, salt: 3, heads: &own)
        let planBytes: [UInt8]
        do { planBytes = try FileReading.read(planPath) } catch { fail("cannot read \(planPath): \(error)") }
        let plan: Plan
        do { plan = try PlanDecoder.decode(planBytes, file: planPath) } catch { fail("\(error)") }
        let receivingPlan = folder.appendingPathComponent("plan.json")
        let journal = folder.appendingPathComponent("ani.jsonl")
        let target = folder.appendingPathComponent("state.jsonl")
        do {
            try Data(planBytes).write(to: receivingPlan)
            Self.write(journal, ani, version: 3)
            for (name, entries, user) in [("budi.rencana", budi, "budi"), ("citra.rencana", citra, "citra")] {
                let bytes = BundleFile.make(planBytes: planBytes, planName: "plan.json", plan: plan, entries: entries,
                                            sender: .init(user: user, device: entries[0].device!, at: "2026-12-06T07:00:00Z"),
                                            since: nil, evidence: [])
                try Data(bytes).write(to: folder.appendingPathComponent(name))
            }
        } catch { fail("cannot write the inputs in \(folder.path): \(error)") }

        for (name, bundle, rewrite) in [(names[0], "budi.rencana", false), (names[1], "citra.rencana", true)] where wanted(name) {
            measure(name, minimum: 3, maximum: 20, budget: 4) {
                unlink(target.path)
                do { try FileManager.default.copyItem(at: journal, to: target) } catch { fail("\(error)") }
                let start = now()
                let received: (MergeOutcome, StateStore, BundleContents)
                do {
                    received = try Self.receive(bundle: folder.appendingPathComponent(bundle).path, plan: receivingPlan.path, state: target)
                } catch { fail("\(error)") }
                let elapsed = ms(since: start)  // the store and the bundle freed after (the command exits, freeing nothing)
                guard received.0.added == count, received.0.rewrote == rewrite else { fail("unexpected receive: \(received.0)") }
                return elapsed
            }
        }
        print("<!-- team receive: inputs in \(folder.path) (plan.json, ani.jsonl, budi.rencana, citra.rencana) -->")
    }

    /// What `rencana receive PLAN BUNDLE --state STATE` does for a bundle without evidence, without its printing.
    static func receive(bundle: String, plan: String, state: URL) throws -> (MergeOutcome, StateStore, BundleContents) {
        let reading = PendingBundle(path: bundle, name: bundle)
        guard let store = try StateStore.open(planPath: plan, url: state, teamFolder: false) else { fail("no store") }
        let contents = try reading.result.get()
        store.openTeamFolder()
        let planBytes = try FileReading.read(plan)
        guard SHA256.hex(planBytes) == contents.header.sections[0].sha256 else { fail("another plan") }
        let outcome = try store.merge(contents.entries, source: bundle, lines: contents.entryLines)
        store.publishToTeamFolder()
        return (outcome, store, contents)
    }
}
