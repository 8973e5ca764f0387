import Foundation
import PlanModel
@testable import PlanStore
import XCTest

/// The team's journal as a property: 3 to 5 simulated laptops (each a store with its own file and device) make
/// random changes of every kind and random merges (whole or a prefix, in any order and direction). Causality is
/// tracked by the simulation itself (what each laptop held when it wrote an entry), so the conflicts expected are
/// worked out independently of the core's `seen` lists. A failure names its seed: `RENCANA_TEAMPROP_SEEDS=17` runs
/// that one again (entry, row and evidence ids and times come from the seed too).
final class TeamPropertyTests: XCTestCase {
    var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("rencana-teamprop-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    func testRandomLaptopsEndWithOneYearAndExactlyTheConcurrentChangesAsConflicts() throws {
        let seeds = ProcessInfo.processInfo.environment["RENCANA_TEAMPROP_SEEDS"]
            .map { $0.split(separator: ",").compactMap { UInt64($0) } } ?? Array(1...8)
        for seed in seeds {
            let run = folder.appendingPathComponent("seed-\(seed)")
            try FileManager.default.createDirectory(at: run, withIntermediateDirectories: true)
            let simulation = try TeamSimulation(seed: seed, folder: run)
            try simulation.run()
            if ProcessInfo.processInfo.environment["RENCANA_TEAMPROP_VERBOSE"] != nil { print(simulation.summary) }
        }
    }
}

/// A seeded die (SplitMix64).
struct Dice {
    var generator: SplitMix64
    init(_ seed: UInt64) { generator = SplitMix64(seed: seed) }
    mutating func below(_ n: Int) -> Int { Int(generator.next() % UInt64(max(n, 1))) }
    mutating func chance(_ n: Int, in total: Int) -> Bool { below(total) < n }
    mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
    mutating func hex(_ digits: Int) -> String {
        var out = ""
        while out.count < digits {
            let word = String(generator.next(), radix: 16)
            out += String(repeating: "0", count: 16 - word.count) + word
        }
        return String(out.prefix(digits))
    }
}

/// One laptop: its journal, who it is, and its view of the shared team folder.
final class SimulatedLaptop {
    let name: String
    let device: String
    let store: StateStore
    /// The team folder as this laptop reads it (each keeps its own marks of what it read).
    var folder: TeamFolder?

    init(name: String, device: String, store: StateStore) {
        self.name = name
        self.device = device
        self.store = store
    }

    var held: Set<String> { Set(store.entries.map(\.id)) }
    var bytes: Data { (try? Data(contentsOf: store.url)) ?? Data() }
}

/// One run of the property for one seed.
final class TeamSimulation {
    let seed: UInt64
    let plan = SyntheticPlan.generate(rows: 32, seed: 7)
    var dice: Dice
    /// A separate die for ids and times, so that the choice of changes does not shift when an id is drawn.
    var ids: Dice
    var laptops: [SimulatedLaptop] = []
    /// What each entry's laptop held when it wrote it (the entry's causal past: transitively closed, since laptops
    /// only ever merge whole causal prefixes).
    var past: [String: Set<String>] = [:]
    var counts: [String: Int] = [:]
    var seconds = 0.0
    /// Where this run's bundles are written, and its shared team folder.
    let runFolder: URL
    let sharedFolder: URL
    var bundles = 0

    init(seed: UInt64, folder: URL) throws {
        self.seed = seed
        runFolder = folder
        sharedFolder = folder.appendingPathComponent("plan.team")
        try FileManager.default.createDirectory(at: sharedFolder, withIntermediateDirectories: true)
        dice = Dice(seed)
        ids = Dice(seed ^ 0x5DEE_CE66_D1CE_5EED)
        let names = ["ani", "budi", "citra", "dedi", "eka"]
        for name in names.prefix(3 + dice.below(3)) {
            let store = try StateStore.open(plan: plan, url: folder.appendingPathComponent("\(name).jsonl"), user: name,
                                            device: "d-\(name)", now: { [unowned self] in self.tick() })
            store.newEntryID = { [unowned self] in self.ids.hex(32) }
            store.newIDs = NewIDs(row: { [unowned self] in RowID("r-" + self.ids.hex(12)) },
                                  evidence: { [unowned self] in "e-" + self.ids.hex(12) })
            try store.upgradeToTeam()
            laptops.append(SimulatedLaptop(name: name, device: "d-\(name)", store: store))
        }
    }

    /// Wall-clock times with a fraction (a line keeps whole seconds: the merge must compare them as written).
    func tick() -> Date {
        seconds += 1 + Double(ids.below(3))
        return Date(timeIntervalSince1970: 1_780_000_000 + seconds + 0.375)
    }

    var summary: String {
        "seed \(seed): \(laptops.count) laptops, \(past.count) entries, "
            + counts.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
    }

    func fail(_ message: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTFail("seed \(seed) (RENCANA_TEAMPROP_SEEDS=\(seed)): \(message)", file: file, line: line)
    }

    func check(_ condition: Bool, _ message: @autoclosure () -> String, file: StaticString = #filePath, line: UInt = #line) {
        if !condition { fail(message(), file: file, line: line) }
    }

    func run() throws {
        let steps = 140 + dice.below(80)
        for step in 0..<steps {
            if dice.chance(1, in: 6) {
                try mergeSomething()
            } else {
                try change(on: dice.pick(laptops))
            }
            if step % 20 == 19 { try checkAgainstReplay(dice.pick(laptops)) }
        }
        // Everyone gets everything: all into the first laptop, then the first into every other.
        for laptop in laptops.dropFirst() { try merge(from: laptop, into: laptops[0], prefix: nil) }
        for laptop in laptops.dropFirst() { try merge(from: laptops[0], into: laptop, prefix: nil) }
        try checkTheEnd()
        counts["conflicts at the end"] = laptops[0].store.conflicts.count
    }

    // MARK: Merges

    func mergeSomething() throws {
        let from = dice.pick(laptops)
        let into = dice.pick(laptops.filter { $0 !== from })
        let count = from.store.teamEntries.count
        try merge(from: from, into: into, prefix: dice.chance(1, in: 3) ? dice.below(count + 1) : nil)
    }

    /// The ways entries travel: handed over as they are (whole or a prefix, in any order), in a bundle file written
    /// and read back (`rencana send` / `receive`), or through the shared team folder (each laptop writes its own
    /// file there and reads everyone's).
    enum Transport: String { case direct, bundle, folder }

    func merge(from: SimulatedLaptop, into: SimulatedLaptop, prefix: Int?) throws {
        let transport: Transport = prefix != nil ? .direct : dice.pick([.direct, .direct, .bundle, .folder])
        var incoming = from.store.teamEntries
        if let prefix { incoming = Array(incoming.prefix(prefix)) }
        if transport == .direct && dice.chance(1, in: 4) { incoming.shuffle(using: &dice.generator) }
        let before = into.held
        let outcome: MergeOutcome
        do {
            switch transport {
            case .direct:
                outcome = try into.store.merge(incoming, source: from.name)
            case .bundle:
                bundles += 1
                let file = runFolder.appendingPathComponent("bundle-\(bundles) (\(from.name)).rencana")
                let sender = BundleHeader.Sender(user: from.name, device: from.device, at: "2022-04-08T10:00:00Z")
                try Data(BundleFile.make(planBytes: Array(PlanEncoder.json(plan).utf8), planName: "plan.json", plan: plan,
                                         entries: incoming, sender: sender, since: nil, evidence: [])).write(to: file)
                let contents = try BundleFile.read(file.path, name: file.lastPathComponent)
                check(contents.entries.map(\.id) == incoming.map(\.id), "a bundle of \(from.name) read back other entries")
                outcome = try into.store.merge(contents.entries, source: file.lastPathComponent)
            case .folder:
                for laptop in [from, into] where laptop.folder == nil { laptop.folder = TeamFolder(url: sharedFolder) }
                try from.folder!.publish(from: from.store)
                let pull = into.folder!.pull(into: into.store)
                check(pull.warnings.isEmpty && pull.problem == nil, "pulling the team folder into \(into.name): \(pull.warnings) \(String(describing: pull.problem))")
                outcome = pull.outcome
                // Everything any laptop published so far came with it, not only what `from` held.
                incoming = try FileManager.default.contentsOfDirectory(atPath: sharedFolder.path).filter { $0.hasSuffix(".jsonl") }
                    .flatMap { try JournalFile.read(sharedFolder.appendingPathComponent($0)) }
                incoming = Array(Dictionary(incoming.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a }).values)
                check(Set(from.store.teamEntries.map(\.id)).isSubset(of: Set(incoming.map(\.id))),
                      "the team folder lacks entries \(from.name) published")
            }
        } catch {
            fail("merging \(incoming.count) entries of \(from.name) into \(into.name) by \(transport) was refused: \(error)")
            return
        }
        counts["merge by \(transport)", default: 0] += 1
        if outcome.rewrote { counts["merge rewrote", default: 0] += 1 }
        let after = into.held
        let expected = before.union(incoming.map(\.id))
        check(after == expected, "\(into.name) after merging \(from.name): \(after.count) entries, expected \(expected.count)")
        check(outcome.added == after.count - before.count
                && (transport == .folder || outcome.known == incoming.count - outcome.added),
              "merge outcome \(outcome) for \(incoming.count) incoming by \(transport), \(after.count - before.count) new")
        check(into.store.entries.count == after.count, "\(into.name) holds an entry twice")
        let orders = into.store.entries.map(\.order)
        check(orders == orders.sorted(), "\(into.name)'s journal is not in the year's order after a merge")
        checkUndoIsOwn(into)
    }

    // MARK: Changes

    /// One random change of any kind on `laptop`; a refusal must leave its journal's bytes as they were.
    func change(on laptop: SimulatedLaptop) throws {
        let (name, intent) = randomIntent(on: laptop)
        guard let intent else { return }
        let before = laptop.held
        let bytes = laptop.bytes
        let made: JournalEntry?
        do {
            made = try laptop.store.record(intent)
        } catch {
            counts["refused \(name)", default: 0] += 1
            if ProcessInfo.processInfo.environment["RENCANA_TEAMPROP_VERBOSE"] != nil { print("refused \(name): \(error)") }
            check(laptop.bytes == bytes, "\(laptop.name): \(name) refused (\(error)) but the journal changed")
            return
        }
        guard let made else {
            counts["nothing \(name)", default: 0] += 1
            return
        }
        counts[name, default: 0] += 1
        check(made.device == laptop.device && made.clock != nil, "\(laptop.name) wrote \(made.id) without its device or clock")
        check(past[made.id] == nil, "entry id \(made.id) made twice")
        past[made.id] = before
        // What the command recorded after its first entry (a renumbering of n) titles, the rest of an undone group)
        // had seen that entry and the ones before it.
        var seenSoFar = before.union([made.id])
        for follower in laptop.store.entries where follower.with == made.id {
            check(past[follower.id] == nil, "entry id \(follower.id) made twice")
            past[follower.id] = seenSoFar
            seenSoFar.insert(follower.id)
        }
        switch made.change {
        case .undo(let step), .redo(let step):
            let target = step.target.flatMap { laptop.store.state.entry(id: $0) }
            check(target?.device == laptop.device,
                  "\(laptop.name)'s \(name) took back \(target.map { "\($0.by)'s \($0.change.kind)" } ?? "nothing"), not its own")
        default: break
        }
        if case .choose(let id) = intent, let key = laptop.store.state.write(of: made)?.key {
            check(!laptop.store.conflicts.contains { $0.key == key }, "\(laptop.name) chose \(id) but \(key) is still in conflict")
        }
    }

    func randomIntent(on laptop: SimulatedLaptop) -> (String, Intent?) {
        let state = laptop.store.state
        let rows = state.plan.rows.map(\.id)
        guard !rows.isEmpty else { return ("none", nil) }
        // Mostly a few rows and months, so that laptops often change one value at once.
        let row = dice.chance(3, in: 4) ? dice.pick(Array(rows.prefix(2))) : dice.pick(rows)
        let month = dice.chance(3, in: 4) ? dice.pick([Month.jan, .feb]) : dice.pick(Month.allCases)
        let texts = ["", "satu", "dua", "tiga"]
        switch dice.below(100) {
        case 0..<8: return ("mark", .toggle(row: row, month: month))
        case 8..<18:
            return ("status", .status(row: row, month: month, to: dice.pick([.done, .partly, .missed, nil, .done, .moved(.des)])))
        case 18..<23: return ("date", .date(row: row, month: month, to: dice.pick(["", "2022-01-10", "2022-02-11"])))
        case 23..<31: return ("note", .note(row: row, month: month, to: dice.pick(texts)))
        case 31..<36: return ("pj", .pj(row: row, to: dice.pick(["", "Ani", "Budi"])))
        case 36..<41:
            let evidence = Evidence(id: "e-" + ids.hex(12), row: row, month: month, kind: .laporan, title: dice.pick(texts),
                                    location: .file("bukti/\(dice.below(5)).pdf"))
            return ("evidence-add", .addEvidence(evidence))
        case 41..<45:
            guard let evidence = state.realisation.evidence.isEmpty ? nil : dice.pick(state.realisation.evidence) else {
                return ("none", nil)
            }
            return ("evidence-remove", .removeEvidence(id: evidence.id))
        case 45..<50:
            let field = dice.pick(ReviewField.allCases)
            let value = field == .tenggat ? dice.pick(["", "2022-03-31", "2022-04-30"]) : dice.pick(texts)
            return ("review", .review(row: row, tw: 1 + dice.below(4), field: field, to: value))
        case 50..<53: return ("signer", .signer(field: dice.pick(SignerField.allCases), to: dice.pick(texts)))
        case 53..<59: return ("edit", .edit(row: row, field: dice.pick(PlanTextField.allCases), to: dice.pick(["A", "B", "C"])))
        case 59..<62:
            let field = dice.pick(DocumentField.allCases)
            return ("document", .document(field: field, to: field == .year ? dice.pick(["2022", "2023"]) : dice.pick(["A", "B"])))
        case 62..<67:
            let level = dice.pick([PlanLevel.indikator, .indikator, .indikator, .sub, .kegiatan, .area])
            // Titles of the new groups only from `level` up (what the journal keeps).
            let addition = RowAddition(row: RowID("placeholder"), anchor: dice.chance(3, in: 4) ? .after(row) : .before(row),
                                       level: level, text: "baru", months: MonthSet([month]),
                                       sub: level == .indikator ? "" : "Sub baru",
                                       kegiatan: level == .kegiatan || level == .area ? "Kegiatan baru" : "",
                                       area: level == .area ? "Area baru" : "")
            return ("add", .addRow(addition))
        case 67..<71:
            guard rows.count > 12 else { return ("none", nil) }
            return ("remove", .removeRows(row: row, level: dice.pick([.indikator, .indikator, .indikator, .sub, .kegiatan])))
        case 71..<74: return ("move", .moveRow(row: row, level: dice.pick(PlanLevel.allCases), up: dice.chance(1, in: 2)))
        case 74..<77:
            let anchor = dice.pick(rows)
            return ("move-to", .moveRowTo(row: row, anchor: dice.chance(1, in: 2) ? .after(anchor) : .before(anchor)))
        case 77..<88: return ("undo", .undo)
        case 88..<94: return ("redo", .redo)
        default:
            let conflicts = laptop.store.conflicts
            guard !conflicts.isEmpty else { return ("none", nil) }
            let conflict = dice.pick(conflicts)
            return ("choose", .choose(entry: dice.pick(conflict.entries).id))
        }
    }

    // MARK: What must hold

    /// Undo and redo on a laptop only ever name that laptop's own entries.
    func checkUndoIsOwn(_ laptop: SimulatedLaptop) {
        let state = laptop.store.state
        for seq in state.undoStack + state.redoStack {
            let device = state.entry(seq: seq)?.device
            check(device == laptop.device, "\(laptop.name)'s undo/redo stack holds an entry of \(device ?? "no device")")
        }
    }

    /// The laptop's journal opened afresh (every line replayed) shows what the live store shows.
    func checkAgainstReplay(_ laptop: SimulatedLaptop) throws {
        let fresh = try StateStore.open(plan: plan, url: laptop.store.url, user: laptop.name, device: laptop.device)
        let live = laptop.store.state, again = fresh.state
        check(Self.planText(again) == Self.planText(live), "\(laptop.name): the plan replayed differs from the live one")
        check(again.marks == live.marks, "\(laptop.name): the marks replayed differ")
        check(again.realisation == live.realisation, "\(laptop.name): the realisation replayed differs")
        check(Self.conflictText(again) == Self.conflictText(live), "\(laptop.name): the conflicts replayed differ:\n"
              + Self.conflictText(again).joined(separator: "\n") + "\nlive:\n" + Self.conflictText(live).joined(separator: "\n"))
        check(again.undoStack.map { again.entries[$0 - 1].id } == live.undoStack.map { live.entries[$0 - 1].id }
              && again.redoStack.map { again.entries[$0 - 1].id } == live.redoStack.map { live.entries[$0 - 1].id },
              "\(laptop.name): the undo/redo stacks replayed differ")
        checkConflicts(laptop.name, live)
        checkUndoIsOwn(laptop)
        // The file is exactly its entries as a team's file holds them (in the year's order, numbered from 1, every undo
        // naming its target's number): what every laptop with the same entries writes, byte for byte.
        let canonical = StateFormat.text(planName: "plan.json", entries: JournalMerge.ordered(again.entries), version: 3)
        check(laptop.bytes == Data(canonical.utf8), "\(laptop.name)'s journal is not its entries as a team's file holds them")
    }

    func checkTheEnd() throws {
        let first = laptops[0]
        let bytes = first.bytes
        for laptop in laptops.dropFirst() {
            check(laptop.bytes == bytes, "\(laptop.name)'s journal differs from \(first.name)'s")
            let a = first.store.state, b = laptop.store.state
            check(Self.planText(a) == Self.planText(b), "\(laptop.name)'s plan differs from \(first.name)'s")
            check(a.marks == b.marks, "\(laptop.name)'s marks differ from \(first.name)'s")
            check(a.realisation == b.realisation, "\(laptop.name)'s realisation differs from \(first.name)'s")
            check(Self.conflictText(a) == Self.conflictText(b), "\(laptop.name)'s conflicts differ from \(first.name)'s")
        }
        let held = first.store.entries.map(\.id)
        check(Set(held).count == held.count, "an entry is held twice")
        check(Set(held) == Set(past.keys), "the journal holds \(held.count) entries, \(past.count) were written")
        for laptop in laptops { try checkAgainstReplay(laptop) }
    }

    /// The conflicts the laptop lists are exactly the values whose writes no other write of that value has seen
    /// (by the simulation's own record of what each laptop held) and that wrote different things; the value shown
    /// is the last write's.
    func checkConflicts(_ name: String, _ state: YearState) {
        // Each write's value as the year stood when it was applied (a group's title is keyed by the group's first row
        // then: a row added at the group's start later does not split one value in two).
        var writes: [ValueKey: [(entry: JournalEntry, value: String)]] = [:]
        var replay = YearState(signed: state.signed)
        for entry in state.entries {
            replay.apply(entry)
            if let write = replay.write(of: entry) { writes[write.key, default: []].append((entry, write.value)) }
        }
        // An undo takes back its target's latest write (the target or its latest redo): that write overwrites nothing
        // any more, and the undo has not overwritten what that write had (docs/TEAM.md, "Undo and conflicts").
        var victimOf: [String: String] = [:], latest: [String: String] = [:]
        for entry in state.entries {
            switch entry.change {
            case .undo(let step): if let t = step.target { victimOf[entry.id] = latest[t] ?? t }
            case .redo(let step): if let t = step.target { latest[t] = entry.id }
            default: break
            }
        }
        let takenBack = Set(victimOf.values)
        func overwrote(_ v: String, _ w: String) -> Bool {
            guard !takenBack.contains(v), past[v]?.contains(w) == true else { return false }
            guard let victim = victimOf[v] else { return true }
            return w != victim && past[victim]?.contains(w) != true
        }
        var expected: [String] = []
        for (key, all) in writes {
            let heads = all.filter { write in
                !takenBack.contains(write.entry.id) && !all.contains { overwrote($0.entry.id, write.entry.id) }
            }
            if heads.count > 1 && Set(heads.map(\.value)).count > 1 {
                // An undo that put back a value another head has is not listed as a write of its own.
                func isStep(_ e: JournalEntry) -> Bool { if case .undo = e.change { true } else if case .redo = e.change { true } else { false } }
                let listed = heads.filter { h in !isStep(h.entry) || !heads.contains { !isStep($0.entry) && $0.value == h.value } }
                expected.append("\(key): " + listed.map(\.entry.id).sorted().joined(separator: " "))
            }
            if let last = all.last, let shown = Self.shown(key, in: state) {
                check(shown == last.value, "\(name): \(key) shows \(shown.debugDescription), its last write \(last.value.debugDescription)"
                      + (ProcessInfo.processInfo.environment["RENCANA_TEAMPROP_VERBOSE"] == nil ? "" : "\n" + state.entries.filter {
                          state.write(of: $0)?.key == key || $0.change.isStructural }.map { "\($0.seq) \($0.by) \($0.change)" }
                          .joined(separator: "\n")))
            }
        }
        // A group's title is named through a row; where a colleague's concurrent move put that row in another group,
        // which renames are writes of one title depends on the groups as each laptop saw them (docs/TEAM.md): those
        // are checked to agree on every laptop (`checkTheEnd`) and, without moves, by TeamMergeTests, not here.
        let exact = { (line: String) in !(line.hasPrefix("edit ") && ["sub:", "kegiatan:", "area:"].contains { line.contains(" \($0) ") }) }
        expected = expected.filter(exact)
        let listed = state.conflicts.map { "\($0.key): " + $0.entries.map(\.id).sorted().joined(separator: " ") }.filter(exact)
        check(listed.sorted() == expected.sorted(), "\(name): conflicts listed\n" + listed.sorted().joined(separator: "\n")
              + "\nexpected\n" + expected.sorted().joined(separator: "\n"))
        for conflict in state.conflicts {
            check(conflict.entries.map(\.order) == conflict.entries.map(\.order).sorted(), "\(name): \(conflict.key)'s writes out of order")
            check(conflict.values == conflict.entries.map { state.write(of: $0)?.value ?? "?" }, "\(name): \(conflict.key)'s values")
        }
        counts["conflicts seen", default: 0] = max(counts["conflicts seen"] ?? 0, state.conflicts.count)
    }

    /// The value the year shows for `key`, as `Change.write` spells it; nil where a write need not show (a text of a
    /// group, which rows of one group share under different keys; a row the plan no longer has).
    static func shown(_ key: ValueKey, in state: YearState) -> String? {
        let row = RowID(key.row)
        let month = Month.allCases.first { $0.label == key.part }
        switch key.kind {
        case .mark: return state.plan.rowIndex(of: row) == nil ? nil : (state.mark(row, month!) ? "√" : "")
        case .status: return state.realisation.record(row, month!).status?.code ?? ""
        case .date: return state.realisation.record(row, month!).date
        case .note: return state.realisation.record(row, month!).note
        case .pj: return state.realisation.pj[row] ?? ""
        case .evidence: return state.realisation.evidence.contains { $0.id == key.row } ? "+" : "-"
        case .review:
            let parts = key.part.split(separator: " ")
            return state.current(row, Int(parts[0])!, ReviewField(rawValue: String(parts[1]))!)
        case .signer: return state.current(SignerField(rawValue: key.part)!)
        case .edit:
            let field = PlanTextField(rawValue: key.part)!
            return field == .indikator || field == .ket ? state.current(row, field) : nil
        case .document: return state.current(DocumentField(rawValue: key.part)!)
        }
    }

    static func planText(_ state: YearState) -> String {
        PlanEncoder.json(state.plan, idsWhereNeeded: true) + state.plan.rows.map(\.id.rawValue).joined(separator: ",")
    }

    static func conflictText(_ state: YearState) -> [String] {
        state.conflicts.map { "\($0.key): " + zip($0.entries.map(\.id), $0.values).map { "\($0.0)=\($0.1)" }.joined(separator: " ") }
    }
}
