import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// How much memory this process may still use: the smaller of the machine's available memory
/// (/proc/meminfo's MemAvailable) and the address-space and data limits (`ulimit -v`, `ulimit -d`),
/// so work that would not fit is refused up front with a reason instead of dying half-way.
public enum MemoryBudget {
    /// Bytes available, or nil when nothing says (no /proc, no limit).
    public static func availableBytes() -> Int? {
        var candidates: [Int] = []
        if let text = try? String(contentsOfFile: "/proc/meminfo", encoding: .utf8),
           let line = text.split(separator: "\n").first(where: { $0.hasPrefix("MemAvailable:") }),
           let kb = Int(line.split(separator: " ").dropFirst().first ?? "") {
            candidates.append(kb * 1024)
        }
        for resource in [RLIMIT_AS, RLIMIT_DATA] {
            var limit = rlimit()
            if getrlimit(__rlimit_resource_t(resource.rawValue), &limit) == 0, limit.rlim_cur != rlim_t.max {
                // What the process already has mapped counts against the limit.
                candidates.append(max(0, Int(clamping: limit.rlim_cur) - mappedBytes()))
            }
        }
        return candidates.min()
    }

    /// The process's current virtual size (from /proc/self/statm), 0 when unknown.
    static func mappedBytes() -> Int {
        guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8),
              let pages = Int(text.split(separator: " ").first ?? "") else { return 0 }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
    }
}
