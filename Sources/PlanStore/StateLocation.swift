import PlanModel
import Foundation

/// Where a plan's state file lives by default: `$XDG_STATE_HOME/rencana/` (or `~/.local/state/rencana/`),
/// named from the plan file's name and a short hash of its absolute path, so two plans never share state.
public enum StateLocation {
    /// The default state file for the plan at `planPath`.
    public static func defaultURL(forPlan planPath: String,
                                  environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        let absolute = absolutePath(planPath)
        let stem = URL(fileURLWithPath: absolute).deletingPathExtension().lastPathComponent
        let name = "\(stem.isEmpty ? "plan" : stem)-\(shortHash(absolute)).jsonl"
        return directory(environment: environment).appendingPathComponent(name)
    }

    /// The folder holding state files.
    public static func directory(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        if let xdg = environment["XDG_STATE_HOME"], xdg.hasPrefix("/") {
            return URL(fileURLWithPath: xdg).appendingPathComponent("rencana")
        }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return URL(fileURLWithPath: home).appendingPathComponent(".local/state/rencana")
    }

    /// The path made absolute and with symlinks resolved, so every way of naming a plan finds the same state.
    public static func absolutePath(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }

    /// The first 8 hex digits of the 64-bit FNV-1a hash of `text` (stable across runs and machines).
    public static func shortHash(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        let hex = String(hash, radix: 16)
        return String((String(repeating: "0", count: 16 - hex.count) + hex).prefix(8))
    }
}
