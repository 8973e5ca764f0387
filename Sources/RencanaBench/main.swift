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

// MARK: - Options

struct Options {
    var sizes: [Int] = [124, 100_000, 1_000_000]
    var quick = false
    var only: Int?
    /// Only operations whose name contains this (for profiling one of them).
    var op: String?
    /// A fixed number of repetitions (profiling); nil adapts to each operation's cost.
    var reps: Int?
    var realPlan = "plan.json"
    var directory = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("rencana-bench")

    static func parse(_ arguments: [String]) -> Options {
        var options = Options()
        var i = 1
        func value() -> String {
            i += 1
            guard i < arguments.count else { fail("\(arguments[i - 1]) needs a value") }
            return arguments[i]
        }
        while i < arguments.count {
            switch arguments[i] {
            case "--sizes":
                options.sizes = value().split(separator: ",").map { part in
                    guard let n = Int(part.replacingOccurrences(of: "_", with: "")), n > 0 else { fail("bad size \(part)") }
                    return n
                }
            case "--quick": options.quick = true
            case "--long-texts": LongTexts.lengths = value().split(separator: ",").compactMap { Int($0) }; LongTexts.run(); exit(0)
            case "--only":
                guard let n = Int(value()) else { fail("--only needs a number") }
                options.only = n
            case "--op": options.op = value()
            case "--reps":
                guard let n = Int(value()) else { fail("--reps needs a number") }
                options.reps = n
            case "--plan": options.realPlan = value()
            case "--dir": options.directory = URL(fileURLWithPath: value())
            case "-h", "--help":
                print("""
                    usage: rencana-bench [--sizes 124,100000,1000000] [--quick] [--op NAME] [--reps N] [--plan plan.json] [--dir DIR]
                      124 means the real plan (--plan); other sizes are synthetic plans (seed 1) cached in DIR.
                      --quick   fewer repetitions; --op  only operations whose name contains NAME (for profiling)
                    """)
                exit(0)
            default: fail("unknown argument \(arguments[i])")
            }
            i += 1
        }
        return options
    }

    /// Arguments to pass on to a child.
    var childArguments: [String] {
        var a: [String] = []
        if quick { a.append("--quick") }
        if let op { a += ["--op", op] }
        if let reps { a += ["--reps", String(reps)] }
        a += ["--plan", realPlan, "--dir", directory.path]
        return a
    }
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("rencana-bench: \(message)\n".utf8))
    exit(64)
}

// MARK: - Timing and statistics

func now() -> UInt64 {
    var t = timespec()
    clock_gettime(CLOCK_MONOTONIC, &t)
    return UInt64(t.tv_sec) * 1_000_000_000 + UInt64(t.tv_nsec)
}

/// Milliseconds since `start`.
func ms(since start: UInt64) -> Double { Double(now() - start) / 1e6 }

/// Keeps `value` alive and opaque to the optimiser.
@inline(never) func consume<T>(_ value: T) { withExtendedLifetime(value) {} }

struct Stat {
    let name: String
    var samples: [Double]  // milliseconds
    var note = ""

    var sorted: [Double] { samples.sorted() }
    func quantile(_ q: Double) -> Double {
        let s = sorted
        guard !s.isEmpty else { return .nan }
        let position = q * Double(s.count - 1)
        let low = Int(position.rounded(.down)), high = Int(position.rounded(.up))
        return s[low] + (s[high] - s[low]) * (position - Double(low))
    }
    var median: Double { quantile(0.5) }
}

func format(_ v: Double) -> String {
    if v.isNaN { return "–" }
    if v < 0.01 { return String(format: "%.4f", v) }
    if v < 1 { return String(format: "%.3f", v) }
    if v < 100 { return String(format: "%.2f", v) }
    return String(format: "%.0f", v)
}

// MARK: - Memory

/// Peak resident set size of this process, in MB.
func peakRSSMB() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024  // kilobytes on Linux
}

/// Current resident set size, in MB.
func currentRSSMB() -> Double {
    guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return .nan }
    let fields = text.split(separator: " ")
    guard fields.count > 1, let pages = Double(fields[1]) else { return .nan }
    return pages * Double(sysconf(Int32(_SC_PAGESIZE))) / 1_048_576
}

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

        // 3. Toggle and durable save (flock, read new bytes, one write, fsync), empty history and 10,000 entries.
        if wanted("toggle") {
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
                _ = update(&state, .toggleLayer)
                measure("Realisasi: key ↓ + frame", minimum: 50, maximum: 3000, budget: 1) {
                    _ = update(&state, .moveRows(1))
                    consume(render(state))
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

        // 3a. The period views (t): Bulan → Triwulan → Semester → Bulan, each switch drawn; ↓ in Triwulan; the same
        // switch in the Realisasi layer (capaian per period), after its progress is built once.
        if wanted("period") {
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

        // 3b. Journal version 2: long journals of every kind, one durable save per kind (JournalBench.swift).
        journalBench(plan: plan, work: work)
        // 3b'. The team folder (issue 22): 10 devices × 10,000 entries opened, the dashboard's look (TeamFolderBench.swift).
        teamFolderBench(plan: plan, work: work)
        // 3b''. The roll-up dashboard of 514 offices: its first frame and keys (RollupBench.swift).
        rollupBench(plan: plan)
        // 3g. A team's journal: merges of 100,000 entries, another laptop's file, replay with clocks and seen (TeamBench.swift).
        teamBench(plan: plan, work: work)
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
