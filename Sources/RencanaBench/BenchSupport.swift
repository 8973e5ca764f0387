import Foundation
#if canImport(Glibc)
import Glibc
#endif

// The bench's command line (`Options`), its clock and statistics (`now`, `ms`, `Stat`) and its memory readings,
// shared by every bench file.

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
