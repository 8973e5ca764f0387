// rencana-bench: in-process benchmarks of the dashboard's operations. See BENCHMARKS.md.
//
//   swift run -c release --scratch-path .build-bench rencana-bench [--sizes 124,100000,1000000] [--quick]
//
// The parent process prepares the plan files (124 = the real ./plan.json; other sizes are
// `SyntheticPlan.generate(rows:seed: 1)` written once to $TMPDIR/rencana-bench/) and then runs
// itself once per size (`--only N`), so each size's peak memory (ru_maxrss) is its own.
import Foundation
import GanttUI
import PlanModel
import PlanStore
#if canImport(Glibc)
import Glibc
#endif

Bench.main()

// Options, timing, statistics and memory: BenchSupport.swift.

// MARK: - The store as the dashboard uses it

extension StateStore: YearStore {}

// MARK: - The benchmark

enum Bench {
    static func main() {
        let options = Options.parse(CommandLine.arguments)
        if let size = options.only {
            var child = Child(options: options, size: size)
            child.run()
        } else {
            parent(options)
        }
    }

    static func label(_ size: Int) -> String { size == 124 ? "real plan.json (124 rows)" : "\(grouped(size)) rows (synthetic, seed 1)" }

    static func grouped(_ n: Int) -> String {
        let digits = Array(String(n))
        var out = ""
        for (i, d) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(d)
        }
        return out
    }

    static func planPath(_ size: Int, _ options: Options) -> String {
        size == 124 ? options.realPlan : options.directory.appendingPathComponent("plan-\(size)-seed1.json").path
    }

    static func parent(_ options: Options) {
        try? FileManager.default.createDirectory(at: options.directory, withIntermediateDirectories: true)
        print("# rencana-bench\n")
        print("- commit: \(shell("git rev-parse --short HEAD") ?? "?")\(shell("git status --porcelain --untracked-files=no")?.isEmpty == false ? " (working tree has uncommitted changes)" : "")")
        print("- machine: \(ProcessInfo.processInfo.activeProcessorCount) cores, \(String(format: "%.1f", Double(ProcessInfo.processInfo.physicalMemory) / 1_073_741_824)) GiB, \(cpuModel())")
        print("- times in milliseconds (median, p10, p90, min, max over n runs); release build\(options.quick ? "; --quick" : "")")
        print("")
        for size in options.sizes {
            let path = planPath(size, options)
            if size != 124 && !FileManager.default.fileExists(atPath: path) {
                let start = now()
                let json = PlanEncoder.json(SyntheticPlan.generate(rows: size, seed: 1))
                do {
                    try Data(json.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
                } catch {
                    fail("cannot write \(path): \(error)")
                }
                FileHandle.standardError.write(Data("generated \(path) in \(format(ms(since: start))) ms\n".utf8))
            }
            fflush(nil)
            let child = Process()
            child.executableURL = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
            child.arguments = ["--only", String(size)] + options.childArguments
            do {
                try child.run()
            } catch {
                fail("cannot run the child: \(error)")
            }
            child.waitUntilExit()
            if child.terminationStatus != 0 { print("(size \(size): child exited with \(child.terminationStatus))\n") }
        }
    }

    static func shell(_ command: String) -> String? {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/sh")
        p.arguments = ["-c", command]
        let pipe = Pipe()
        p.standardOutput = pipe
        p.standardError = FileHandle.nullDevice
        guard (try? p.run()) != nil else { return nil }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        guard p.terminationStatus == 0 else { return nil }
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    static func cpuModel() -> String {
        guard let text = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8) else { return "?" }
        for line in text.split(separator: "\n") where line.hasPrefix("model name") {
            return line.split(separator: ":", maxSplits: 1).last.map { $0.trimmingCharacters(in: .whitespaces) } ?? "?"
        }
        return "?"
    }
}

/// Measures one plan size, in its own process.
struct Child {
    let options: Options
    let size: Int
    var stats: [Stat] = []

    init(options: Options, size: Int) {
        self.options = options
        self.size = size
    }

    func wanted(_ name: String) -> Bool { options.op.map { name.localizedCaseInsensitiveContains($0) } ?? true }

    /// Runs `body` until `budget` seconds have passed (at least `minimum` and at most `maximum` times)
    /// and records the time of each run. `body` returns the milliseconds to record, or nil to time it whole.
    mutating func measure(_ name: String, minimum: Int? = nil, maximum: Int = 2000, budget: Double? = nil,
                          note: String = "", _ body: () -> Double?) {
        guard wanted(name) else { return }
        let minimum = minimum ?? (options.quick ? 3 : 15)
        let budget = (budget ?? 2.0) * (options.quick ? 0.25 : 1)
        var samples: [Double] = []
        let begin = now()
        while samples.count < (options.reps ?? maximum) {
            let start = now()
            let inner = body()
            samples.append(inner ?? ms(since: start))
            let floor = samples[0] > 500 ? min(minimum, options.quick ? 3 : 5) : minimum
            if options.reps == nil && samples.count >= floor && ms(since: begin) > budget * 1000 { break }
        }
        stats.append(Stat(name: name, samples: samples, note: note))
    }

    mutating func run() {
        let path = Bench.planPath(size, options)
        let work = options.directory.appendingPathComponent("work-\(size)-\(getpid())")
        try? FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        let emptyState = work.appendingPathComponent("empty.jsonl")
        let fileMB = Double((try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0) / 1_048_576
        print("## \(Bench.label(size)) — \(path) (\(String(format: "%.1f", fileMB)) MB)\n")
        print("| operation | n | median | p10 | p90 | min | max |")
        print("|---|---:|---:|---:|---:|---:|---:|")

        // 1. Start-up, phase by phase, as `rencana PLAN` does it: load and validate, open the (empty) state,
        //    build the dashboard's state (search index included), render the first 200x50 frame.
        var phases: [String: [Double]] = [:]
        measure("start-up total (load + state + AppState + first frame)", budget: 3) {
            var t = now()
            let plan: Plan
            do { plan = try PlanFile.load(path) } catch { fail("\(error)") }
            phases["load and validate (PlanFile.load)", default: []].append(ms(since: t))
            t = now()
            let store: StateStore
            do { store = try StateStore.open(plan: plan, url: emptyState) } catch { fail("\(error)") }
            phases["open state (empty)", default: []].append(ms(since: t))
            t = now()
            let state = AppState(plan: plan, year: store.state, width: 200, height: 50)
            phases["AppState.init 200x50 (search index, counts)", default: []].append(ms(since: t))
            t = now()
            consume(render(state))
            phases["first full frame: render at 200x50", default: []].append(ms(since: t))
            return nil
        }
        for name in ["load and validate (PlanFile.load)", "open state (empty)", "AppState.init 200x50 (search index, counts)",
                     "first full frame: render at 200x50"] {
            if let samples = phases[name] { stats.append(Stat(name: "  " + name, samples: samples)) }
        }

        // 1b. What `rencana PLAN` draws first for a large file (4 MB and more) while the whole plan loads
        //     on another thread: the first 300 rows read from the file's first megabyte, their state, the frame.
        if fileMB * 1_048_576 >= Double(PlanFile.previewThreshold) {
            measure("first frame of a large plan: its first 300 rows (PlanFile.preview + state + AppState + render)", budget: 2) {
                guard let preview = PlanFile.preview(path) else { fail("no preview of \(path)") }
                let store: StateStore
                do { store = try StateStore.open(plan: preview, url: emptyState) } catch { fail("\(error)") }
                consume(render(AppState(plan: preview, year: store.state, width: 200, height: 50, loading: true)))
                return nil
            }
        }

        let plan: Plan
        do { plan = try PlanFile.load(path) } catch { fail("\(error)") }
        let rssAfterLoad = currentRSSMB()
        // Search done at once whatever the size, so "typed key" measures the scan; from
        // AppState.backgroundSearchRows rows on the dashboard runs that scan on another thread instead.
        let base = AppState(plan: plan, width: 200, height: 50, searchInBackground: false)
        let rows = plan.rows.count

        measure("  of which SearchIndex(plan:)", minimum: size >= 1_000_000 ? 3 : nil, budget: 1.5) { consume(SearchIndex(plan: plan)); return nil }

        // 2. One key and its frame, the state chained as in the event loop (the old state alive during `handle`).
        for (name, key) in [("key ↓ + frame", Key.down), ("key → + frame", Key.right), ("key PgDn + frame", Key.pageDown)] {
            var state = base
            if key == .right { state = handle(state, .down).0 }
            var handleTimes: [Double] = [], renderTimes: [Double] = []
            measure(name, minimum: 50, maximum: 3000, budget: 1.5) {
                var t = now()
                // → goes back to January (untimed) at December, so every timed key moves.
                if key == .right && state.month == .des { for _ in 0..<11 { state = handle(state, .left).0 }; t = now() }
                let (next, _) = handle(state, key)
                handleTimes.append(ms(since: t))
                t = now()
                consume(render(next))
                renderTimes.append(ms(since: t))
                state = next
                return handleTimes.last! + renderTimes.last!
            }
            if key == .down && wanted(name) {
                stats.append(Stat(name: "  handle(state, .down)", samples: handleTimes))
                stats.append(Stat(name: "  render", samples: renderTimes))
            }
        }
        measure("key ↓ + frame, cursor at the last row (End first)", minimum: 50, maximum: 3000, budget: 1) {
            let state = handle(base, .end).0
            let t = now()
            let next = handle(state, .up).0
            consume(render(next))
            return ms(since: t)
        }

        // 3. Toggle and durable save; 3a. the period views (SaveBench.swift).
        if wanted("toggle") { saveBench(plan: plan, work: work, emptyState: emptyState) }
        if wanted("period") { periodBench(plan: plan) }

        // 3b. Journal version 2: long journals of every kind, one durable save per kind (JournalBench.swift).
        journalBench(plan: plan, work: work)
        // 3b'. The team folder (issue 22): 10 devices × 10,000 entries opened, the dashboard's look (TeamFolderBench.swift).
        teamFolderBench(plan: plan, work: work)
        // 3b''. The roll-up dashboard of 514 offices: its first frame and keys (RollupBench.swift).
        rollupBench(plan: plan)
        // 3g. A team's journal: merges of 100,000 entries, another laptop's file, replay with clocks and seen (TeamBench.swift).
        teamBench(plan: plan, work: work)
        // 3g'. `rencana receive` of a bundle of 100,000 entries as a whole (TeamReceiveBench.swift).
        teamReceiveBench(plan: plan, planPath: path)
        // 3c. Monitoring on a generated realisation: open, one status saved, progress refresh vs rebuild (MonitoringBench.swift).
        monitoringBench(plan: plan, planPath: path, work: work)
        // 3d. Writing the plan (issue 13): structural edits, their replay, diff (AuthoringBench.swift).
        authoringBench(plan: plan, work: work)
        // 3f. The structural edits through the dashboard (keys o, J, x, u) and the revision view (StructureBench.swift).
        structureBench(plan: plan, work: work)
        // 3e. Editing the plan's texts in the dashboard (EditingBench.swift).
        editingBench(plan: plan, work: work)

        // 4. Filter to one area (and back to all), with the frame.
        measure("filter to area 3 (key 3) + frame", minimum: 10, maximum: 1000, budget: 1.5) {
            let (next, _) = handle(base, .char("3"))
            consume(render(next))
            return nil
        }
        let area3 = handle(base, .char("3")).0
        measure("all areas again (key 0) + frame", minimum: 10, maximum: 1000, budget: 1.5) {
            let (next, _) = handle(area3, .char("0"))
            consume(render(next))
            return nil
        }
        // 4b. Folding: the area around the cursor folded (three `-` from an indicator row) and opened again, with the
        // frame; every area folded and opened with `*`. Each rebuilds the visible rows once.
        let subFolded = handle(handle(base, .char("-")).0, .char("-")).0
        measure("fold the area (third -) + frame", minimum: 10, maximum: 1000, budget: 1.5) {
            let (next, _) = handle(subFolded, .char("-"))
            consume(render(next))
            return nil
        }
        let areaFolded = handle(subFolded, .char("-")).0
        measure("open the area (+) + frame", minimum: 10, maximum: 1000, budget: 1.5) {
            let (next, _) = handle(areaFolded, .char("+"))
            consume(render(next))
            return nil
        }
        measure("first fold of the session (-, builds the tree index) + frame", minimum: 5, maximum: 200, budget: 1) {
            let (next, _) = handle(base, .char("-"))
            consume(render(next))
            return nil
        }
        let warmed = handle(handle(base, .char("*")).0, .char("*")).0  // no folds, the tree index built
        measure("fold every area (*) + frame", minimum: 10, maximum: 1000, budget: 1.5) {
            let (next, _) = handle(warmed, .char("*"))
            consume(render(next))
            return nil
        }
        let allFolded = handle(base, .char("*")).0
        measure("open everything (* again) + frame", minimum: 10, maximum: 1000, budget: 1.5) {
            let (next, _) = handle(allFolded, .char("*"))
            consume(render(next))
            return nil
        }
        measure("  Plan.rowIndices(inAreas: [3])", minimum: 10, maximum: 1000, budget: 1) {
            consume(plan.rowIndices(inAreas: [3]))
            return nil
        }

        // 5. Search: as typed in the dashboard (each key recomputes the matches), and the index alone.
        let word = "integritas"
        let index = wanted("search") ? SearchIndex(plan: plan) : SearchIndex(plan: SyntheticPlan.generate(rows: 0))
        let all = Array(plan.rows.indices)
        var matches = 0
        measure("search \"\(word)\": SearchIndex.rows (one scan)", minimum: 10, maximum: 1000, budget: 1.5) {
            let found = index.rows(matching: word, among: all)
            matches = found.count
            return nil
        }
        let prompt = handle(base, .char("/")).0
        var perKey: [Double] = []
        measure("search \"\(word)\" typed: 10 keys + frames", minimum: 5, maximum: 300, budget: 2) {
            var state = prompt
            var total = 0.0
            for c in word {
                let t = now()
                state = handle(state, .char(c)).0
                consume(render(state))
                perKey.append(ms(since: t))
                total += perKey.last!
            }
            return total
        }
        if wanted("search") { stats.append(Stat(name: "  one typed key of the query + frame", samples: perKey)) }
        var kept = prompt
        if wanted("key n") {
            for c in word { kept = handle(kept, .char(c)).0 }
            kept = handle(kept, .enter).0
        }
        measure("key n (next match) + frame", minimum: 20, maximum: 2000, budget: 1) {
            let next = handle(kept, .char("n")).0
            consume(render(next))
            kept = next
            return nil
        }

        for stat in stats { printRow(stat) }
        print("")
        print("Matches for \"\(word)\": \(matches) of \(rows) rows. RSS after one load: \(format(rssAfterLoad)) MB. "
              + "**Peak memory (ru_maxrss): \(format(peakRSSMB())) MB.**\n")
        fflush(nil)
    }

    func printRow(_ s: Stat) {
        let cells = [s.median, s.quantile(0.1), s.quantile(0.9), s.samples.min() ?? .nan, s.samples.max() ?? .nan].map(format)
        print("| \(s.name) | \(s.samples.count) | " + cells.joined(separator: " | ") + " |")
    }

    /// A state file with `entries` set entries spread over the plan's rows.
    func writeHistory(to url: URL, plan: Plan, entries: Int) {
        var text = StateFormat.headerLine(planName: "plan.json") + "\n"
        var marks = plan.baselineMarks
        let start = Date(timeIntervalSince1970: 1_700_000_000)
        for seq in 1...entries {
            let index = (seq * 104_729) % plan.rows.count
            let month = Month(index: seq % 12)!
            let old = marks[index].contains(month)
            marks[index].set(month, !old)
            let entry = ChangeEntry(seq: seq, at: start.addingTimeInterval(Double(seq)), by: "bench", row: plan.rows[index].id,
                                    month: month, old: old, new: !old)
            text += StateFormat.line(for: entry) + "\n"
        }
        do { try Data(text.utf8).write(to: url) } catch { fail("cannot write \(url.path): \(error)") }
    }
}
