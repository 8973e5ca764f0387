import Foundation
import PlanModel
import PlanStore
import RencanaText

/// `--repair-state`: a state file with a damaged line keeps the good entries before it. The damaged file is moved
/// aside whole (as `--reset-state` does), and a new one is written with its header and every line before the first
/// line the journal refuses: those entries replayed without fault, in order, so their seqs, ids and undo targets
/// hold as they were. Lines after the damage are not kept (an undo there could name an entry that is dropped).
enum StateRepair {
    /// Repairs the state file at `url` of the plan at `planPath` when it has a damaged line, saying what it kept and
    /// dropped and where the old file is; says there is nothing to repair when it opens as it is.
    static func repair(planPath: String, url: URL) throws {
        var info = stat()
        guard lstat(url.path, &info) == 0 else { return Console.error(Text.CommandFixes.nothingToRepair(url.path)) }
        let failure: StoreError
        do {
            _ = try StateStore.open(planPath: planPath, url: url, cache: false)
            return Console.error(Text.CommandFixes.nothingToRepair(url.path))
        } catch let error as StoreError {
            failure = error
        } catch let error as PlanError {
            throw Console.fail(error.description)
        }
        // Only a damaged line of this very file is cut (never a line number of another file, such as a team folder's).
        guard StateFileGuard.resetMayHelp(failure), let line = failure.line, line >= 2,
              StateLocation.absolutePath(failure.file) == StateLocation.absolutePath(url.path) else {
            throw Console.fail(Text.CommandFixes.cannotRepair(failure.description))
        }
        let bytes: [UInt8]
        do {
            bytes = try FileReading.read(url.path)
        } catch {
            throw Console.fail("\(url.path): \(error.reason)")
        }
        let (kept, entries, dropped) = split(bytes, before: line)
        let aside: URL
        do {
            aside = try StateStore.moveAside(url)
        } catch {
            throw Console.fail(error.description)
        }
        if let problem = write(kept, to: url.path, mode: info.st_mode & 0o777) {
            throw Console.fail(Text.CommandFixes.repairNotWritten(file: url.path, why: problem, aside: aside.path))
        }
        Console.error(Text.CommandFixes.repaired(file: url.path, kept: entries, dropped: dropped, line: line, aside: aside.path))
    }

    /// The bytes of the lines before 1-based `line`, how many entries they hold (non-empty lines after the header),
    /// and how many non-empty lines from `line` on are left out.
    static func split(_ bytes: [UInt8], before line: Int) -> (kept: [UInt8], entries: Int, dropped: Int) {
        var kept: [UInt8] = [], entries = 0, dropped = 0, number = 1, start = 0
        while start < bytes.count {
            let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
            let empty = bytes[start..<end].allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
            if number < line {
                kept += bytes[start..<end] + [0x0A]
                if number > 1 && !empty { entries += 1 }
            } else if !empty {
                dropped += 1
            }
            number += 1
            start = end + 1
        }
        return (kept, entries, dropped)
    }

    /// Writes `bytes` as a new file at `path` (which must not exist: the damaged one was moved aside) and syncs it;
    /// the reason when that failed.
    private static func write(_ bytes: [UInt8], to path: String, mode: mode_t) -> String? {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        guard fd >= 0 else { return FileReading.describe(errno: errno) }
        defer { close(fd) }
        var written = 0
        while written < bytes.count {
            let n = bytes[written...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { return FileReading.describe(errno: errno) }
            written += n
        }
        return fsync(fd) == 0 ? nil : FileReading.describe(errno: errno)
    }
}
