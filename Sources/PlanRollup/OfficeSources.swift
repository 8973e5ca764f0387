import Foundation
import PlanStore
import RencanaText
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One office's file as found: a bundle it sent (`rencana send`), or its plan and, when there is one beside it, its
/// state journal.
public struct OfficeSource: Hashable, Sendable {
    /// The plan's path, or the bundle's (`isBundle`): the file that names this source in every output.
    public var plan: String
    public var journal: String?
    /// True when `plan` is a bundle holding the plan and its entries.
    public var isBundle = false

    public init(plan: String, journal: String?) {
        self.plan = plan
        self.journal = journal
    }

    /// A bundle file.
    public init(bundle: String) {
        plan = bundle
        journal = nil
        isBundle = true
    }

    /// The files read for this source (never written).
    public var files: [String] { [plan] + (journal.map { [$0] } ?? []) }
}

/// A file left out of the roll-up, with the one-line reason shown to the province.
public struct SkippedFile: Error, Hashable, Sendable {
    public var path: String
    public var reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }
}

/// Finds the offices' files in the folders and files given: bundles, told by their first bytes whatever their names
/// (WhatsApp renames files), and plans (`.json`) paired with the journal beside them. Only a file's first bytes are
/// read here.
///
/// A journal pairs with plan `NAME.json` when it is `NAME.jsonl`, `NAME.state.jsonl` or `NAME-xxxxxxxx.jsonl` (the
/// name `StateLocation` gives a state file). Folders are read two levels down at most; hidden names are passed over,
/// symbolic links inside a folder are listed and not followed. Other files are listed as foreign in a folder given
/// that holds no plan; in an office's plan folder, and further down, they are its evidence and documents and ignored.
public enum OfficeSources {
    /// How many folder levels below a given folder are searched (an office per subfolder, its `bukti/` below).
    public static let maxDepth = 2

    /// The offices found in `arguments` (folders or files), in a stable order, and the files left out with why.
    public static func find(_ arguments: [String]) -> (sources: [OfficeSource], skipped: [SkippedFile]) {
        var sources: [OfficeSource] = []
        var skipped: [SkippedFile] = []
        var seenPlans = Set<String>()
        var listings: [String: [String]] = [:]  // a folder's names, listed once however many of its files are given
        func add(_ found: (sources: [OfficeSource], skipped: [SkippedFile])) {
            for source in found.sources where seenPlans.insert(absolute(source.plan)).inserted { sources.append(source) }
            skipped += found.skipped
        }
        for argument in arguments {
            var info = stat()
            guard stat(argument, &info) == 0 else {
                skipped.append(SkippedFile(path: argument, reason: Text.Rollup.noSuchFile))
                continue
            }
            switch info.st_mode & S_IFMT {
            case S_IFDIR: add(scan(folder: argument, depth: 0))
            case S_IFREG: add(file(argument, listings: &listings))
            default: skipped.append(SkippedFile(path: argument, reason: Text.Rollup.notRegular))
            }
        }
        return (sources, skipped)
    }

    /// A file named on the command line: a plan with its journal, or a journal with its plan.
    static func file(_ path: String, listings: inout [String: [String]]) -> (sources: [OfficeSource], skipped: [SkippedFile]) {
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { $0 == path.startIndex ? "/" : String(path[..<$0]) } ?? "."
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        if listings[folder] == nil { listings[folder] = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] }
        let names = listings[folder]!
        if isBundle(path) { return ([OfficeSource(bundle: path)], []) }
        if name.hasSuffix(".jsonl") {
            guard let stem = planStem(ofJournal: name), names.contains(stem + ".json") else {
                return ([], [SkippedFile(path: path, reason: Text.Rollup.journalWithoutPlan)])
            }
            return ([OfficeSource(plan: join(folder, stem + ".json", like: path), journal: path)], [])
        }
        guard name.hasSuffix(".json") else { return ([], [SkippedFile(path: path, reason: Text.RollupRead.notAnOfficesFile)]) }
        let journals = names.filter { $0.hasSuffix(".jsonl") }.sorted()
        let journal = self.journal(forPlan: name, among: journals).map { join(folder, $0, like: path) }
        return ([OfficeSource(plan: path, journal: journal)], [])
    }

    /// Every office in `folder` and below it (to `maxDepth`), in name order.
    static func scan(folder: String, depth: Int) -> (sources: [OfficeSource], skipped: [SkippedFile]) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
            return ([], [SkippedFile(path: folder, reason: Text.Rollup.notRegular)])
        }
        var sources: [OfficeSource] = []
        var skipped: [SkippedFile] = []
        var plans: [String] = []
        var journals: [String] = []
        var folders: [String] = []
        var bundles: [String] = []
        var others: [String] = []
        for name in names.sorted() where !name.hasPrefix(".") {
            let path = join(folder, name, like: folder)
            var info = stat()
            guard lstat(path, &info) == 0 else { continue }
            switch info.st_mode & S_IFMT {
            case S_IFLNK:
                if name.hasSuffix(".json") || name.hasSuffix(".jsonl") || depth < maxDepth {
                    skipped.append(SkippedFile(path: path, reason: Text.Rollup.symbolicLink))
                }
            // A plan's team folder (`NAME.team/`) holds its laptops' own files, which its office merges before sending.
            case S_IFDIR: if depth < maxDepth && !name.hasSuffix(".team") { folders.append(path) }
            case S_IFREG:
                if isBundle(path) { bundles.append(path) }
                else if name.hasSuffix(".json") { plans.append(name) }
                else if name.hasSuffix(".jsonl") { journals.append(name) }
                // A bundle's name on a file that is not one (cut off, or another file renamed): said, never passed over.
                else if name.hasSuffix(".rencana") { skipped.append(SkippedFile(path: path, reason: Text.RollupRead.notAnOfficesFile)) }
                else if depth == 0 { others.append(path) }
            default:
                if name.hasSuffix(".json") || name.hasSuffix(".jsonl") {
                    skipped.append(SkippedFile(path: path, reason: Text.Rollup.notRegular))
                }
            }
        }
        for bundle in bundles { sources.append(OfficeSource(bundle: bundle)) }
        // A folder given that holds no plan is a folder of received files: anything else in it is foreign.
        if plans.isEmpty {
            for path in others { skipped.append(SkippedFile(path: path, reason: Text.RollupRead.notAnOfficesFile)) }
        }
        var used = Set<String>()
        for plan in plans {
            let journal = self.journal(forPlan: plan, among: journals)
            if let journal { used.insert(journal) }
            sources.append(OfficeSource(plan: join(folder, plan, like: folder), journal: journal.map { join(folder, $0, like: folder) }))
        }
        for journal in journals where !used.contains(journal) {
            skipped.append(SkippedFile(path: join(folder, journal, like: folder), reason: Text.Rollup.journalWithoutPlan))
        }
        for sub in folders {
            let found = scan(folder: sub, depth: depth + 1)
            sources += found.sources
            skipped += found.skipped
        }
        return (sources, skipped)
    }

    /// Whether the regular file at `path` starts as a bundle does (its first bytes only are read).
    static func isBundle(_ path: String) -> Bool {
        guard let prefix = try? FileReading.readPrefix(path, count: 32) else { return false }
        return BundleFile.looksLikeBundle(prefix.bytes)
    }

    /// The journal among `journals` (names in one folder, sorted) that belongs to plan `name`: `NAME.jsonl`, else
    /// `NAME.state.jsonl`, else the first `NAME-xxxxxxxx.jsonl`.
    static func journal(forPlan name: String, among journals: [String]) -> String? {
        let stem = String(name.dropLast(".json".count))
        if journals.contains(stem + ".jsonl") { return stem + ".jsonl" }
        if journals.contains(stem + ".state.jsonl") { return stem + ".state.jsonl" }
        return journals.first { planStem(ofJournal: $0) == stem && $0 != stem + ".jsonl" && $0 != stem + ".state.jsonl" }
    }

    /// The stem of the plan a journal's name points to: `NAME` for `NAME.jsonl`, `NAME.state.jsonl` and
    /// `NAME-xxxxxxxx.jsonl` (eight hex digits). For the last two the plain `NAME.jsonl` reading is not tried.
    static func planStem(ofJournal name: String) -> String? {
        guard name.hasSuffix(".jsonl") else { return nil }
        let base = String(name.dropLast(".jsonl".count))
        if base.hasSuffix(".state") { return String(base.dropLast(".state".count)) }
        let parts = base.split(separator: "-", omittingEmptySubsequences: false)
        if parts.count >= 2, let last = parts.last, last.count == 8, last.allSatisfy(\.isHexDigit) {
            return parts.dropLast().joined(separator: "-")
        }
        return base
    }

    /// `name` in `folder`, written the way the user named the folder (relative stays relative).
    private static func join(_ folder: String, _ name: String, like given: String) -> String {
        if folder == "." && !given.hasPrefix("./") { return name }
        return folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }

    private static func absolute(_ path: String) -> String { URL(fileURLWithPath: path).standardizedFileURL.path }
}
