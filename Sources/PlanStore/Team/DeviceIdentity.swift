import PlanModel
import Foundation
import RencanaText
#if canImport(Glibc)
import Glibc
#endif

/// This installation's device id: random, made once and kept in the user's config
/// (`$XDG_CONFIG_HOME/rencana/device`, else `~/.config/rencana/device`). A team's entries record it, so undo
/// takes back only this laptop's changes. `RENCANA_DEVICE` overrides it (tests, several people on one account).
public enum DeviceIdentity {
    /// Where the id is kept.
    public static var file: URL {
        let env = ProcessInfo.processInfo.environment
        let base = env["XDG_CONFIG_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil }
            ?? ((env["HOME"] ?? NSHomeDirectory()) + "/.config")
        return URL(fileURLWithPath: base).appendingPathComponent("rencana").appendingPathComponent("device")
    }

    /// The id if this installation has one (nothing is created).
    public static func existing() -> String? {
        if let forced = ProcessInfo.processInfo.environment["RENCANA_DEVICE"], JournalEntry.isDeviceID(forced) { return forced }
        guard let data = FileManager.default.contents(atPath: file.path),
              let text = String(data: data, encoding: .utf8)?.trimmingCharacters(in: .whitespacesAndNewlines),
              JournalEntry.isDeviceID(text) else { return nil }
        return text
    }

    /// The id, made and kept the first time (`d-` and 12 hex digits; folder 0700, file 0600, never replaced).
    public static func current() throws(StoreError) -> String {
        if let id = existing() { return id }
        let url = file
        let folder = url.deletingLastPathComponent().path
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                                 attributes: [.posixPermissions: 0o700])
        let id = "d-" + String(JournalEntry.newID().prefix(12))
        let fd = open(url.path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        if fd < 0 {
            // Another process made it first: read theirs.
            if errno == EEXIST, let made = existing() { return made }
            throw StoreError(file: url.path, message: Text.Team.deviceFileProblem(url.path, FileReading.describe(errno: errno)))
        }
        let bytes = Array((id + "\n").utf8)
        let written = bytes.withUnsafeBytes { write(fd, $0.baseAddress!, $0.count) }
        _ = fsync(fd)
        close(fd)
        guard written == bytes.count else {
            unlink(url.path)
            throw StoreError(file: url.path, message: Text.Team.deviceFileProblem(url.path, FileReading.describe(errno: errno)))
        }
        return id
    }
}

extension DeviceIdentity {
    /// Where the `early-…` devices this installation owns are kept, one a line, beside the device id.
    public static var aliasesFile: URL { file.deletingLastPathComponent().appendingPathComponent("early-devices") }

    /// The `early-…` devices this installation gave its journals' earlier entries as they joined a team: its own.
    public static func aliases() -> Set<String> {
        guard let data = FileManager.default.contents(atPath: aliasesFile.path),
              let text = String(data: data, encoding: .utf8) else { return [] }
        return Set(text.split(separator: "\n").map(String.init).filter(JournalEntry.isDeviceID))
    }

    /// Keeps `alias` as this installation's (appended once; folder 0700, file 0600).
    public static func addAlias(_ alias: String) throws(StoreError) {
        guard !aliases().contains(alias) else { return }
        let url = aliasesFile
        try? FileManager.default.createDirectory(atPath: url.deletingLastPathComponent().path, withIntermediateDirectories: true,
                                                 attributes: [.posixPermissions: 0o700])
        let fd = open(url.path, O_WRONLY | O_CREAT | O_APPEND | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            throw StoreError(file: url.path, message: Text.Team.deviceFileProblem(url.path, FileReading.describe(errno: errno)))
        }
        defer { close(fd) }
        let bytes = Array((alias + "\n").utf8)
        guard bytes.withUnsafeBytes({ write(fd, $0.baseAddress!, $0.count) }) == bytes.count, fsync(fd) == 0 else {
            throw StoreError(file: url.path, message: Text.Team.deviceFileProblem(url.path, FileReading.describe(errno: errno)))
        }
    }
}
