import Foundation
import PlanModel
import PlanStore
import RencanaText
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads an office's file strictly read-only: a bundle is read and checked whole without unpacking anything
/// (`BundleFile.summary`); a plan is decoded and its journal opened for reading under a shared lock and replayed in
/// memory (`StateStore.open`, which writes nothing; no snapshot is read or written).
public enum OfficeReader {
    /// Files larger than these are not an office's plan or year (the real plan is 100 KB, a year's journal ~1 MB).
    public static let maxPlanBytes = 32 << 20
    public static let maxJournalBytes = 256 << 20
    /// A bundle may also carry the office's evidence files (read past, never kept): up to this much in all.
    public static let maxBundleBytes = FileReading.maxBytes

    /// The office of one file, or the one line saying why it is left out.
    public static func read(_ source: OfficeSource) -> Result<Office, SkippedFile> {
        source.isBundle ? readBundle(source) : readPlan(source)
    }

    static func readBundle(_ source: OfficeSource) -> Result<Office, SkippedFile> {
        let bundle: BundleSummary
        do {
            bundle = try BundleFile.summary(source.plan, name: source.plan, maxBytes: maxBundleBytes,
                                            maxKeptBytes: (maxPlanBytes, maxJournalBytes))
        } catch {
            return .failure(SkippedFile(path: source.plan, reason: unlocated(error.description, source.plan)))
        }
        // Entries already in the year's order and checked by the journal's rules: replayed as they are.
        let state = YearState(signed: bundle.plan, entries: bundle.entries)
        return office(state, sources: [source], bundledEvidence: bundle.evidencePaths, since: bundle.header.since,
                      sentAt: bundle.header.sender.at)
    }

    static func readPlan(_ source: OfficeSource) -> Result<Office, SkippedFile> {
        if let reason = refusal(source.plan, limit: maxPlanBytes) { return .failure(SkippedFile(path: source.plan, reason: reason)) }
        let plan: Plan
        do {
            plan = try PlanFile.load(source.plan)
        } catch {
            return .failure(SkippedFile(path: source.plan, reason: unlocated(error.description, source.plan)))
        }
        guard let journal = source.journal else {
            // No journal: the plan as signed with nothing recorded.
            return office(YearState(signed: plan), sources: [source])
        }
        if let reason = refusal(journal, limit: maxJournalBytes) { return .failure(SkippedFile(path: journal, reason: reason)) }
        let opened: StateStore
        do {
            opened = try StateStore.open(plan: plan, url: URL(fileURLWithPath: journal), user: "rollup")
        } catch {
            return .failure(SkippedFile(path: journal, reason: unlocated(error.description, journal)))
        }
        // A journal none of whose row entries is about a row of the plan belongs to another plan.
        let aboutRows = opened.entries.lazy.filter { $0.change.row != nil }.count
        if aboutRows > 0 && opened.orphans.count >= aboutRows {
            return .failure(SkippedFile(path: journal, reason: Text.Rollup.otherPlansJournal(aboutRows)))
        }
        return office(opened.state, sources: [source])
    }

    /// The office of a replayed year read from `sources` (one file, or the files of one office merged), its figures
    /// counted as `rencana progress` of that office counts them.
    static func office(_ state: YearState, sources: [OfficeSource], bundledEvidence: Set<String> = [], since: String? = nil,
                       sentAt: String? = nil) -> Result<Office, SkippedFile> {
        let current = state.plan
        guard !(current.document.institution.isEmpty && current.document.unit.isEmpty) else {
            return .failure(SkippedFile(path: sources[0].plan, reason: Text.Rollup.noInstitution))
        }
        var latest: Date?
        var hashes: [UInt64] = []
        hashes.reserveCapacity(state.entries.count)
        var changes: [RowID: [Double]] = [:]
        for entry in state.entries {
            if latest == nil || entry.at > latest! { latest = entry.at }
            hashes.append(fnv(entry.id))
            guard let row = entry.change.row else { continue }
            let slot = month(of: entry.change)?.index ?? 12
            let time = entry.at.timeIntervalSince1970
            changes[row, default: Array(repeating: -.infinity, count: 13)][slot] =
                max(changes[row]?[slot] ?? -.infinity, time)
        }
        hashes.sort()
        let conflicts = state.conflicts
        var conflictsByArea: [Int: Int] = [:]
        var conflictsByRow: [RowID: Int] = [:]
        for conflict in conflicts {
            guard let row = conflict.entries.first?.change.row, let index = current.rowIndex(of: row) else { continue }
            conflictsByArea[current.rows[index].position.area, default: 0] += 1
            conflictsByRow[row, default: 0] += 1
        }
        let revised = state.changedCells > 0 || current.areas != state.signed.areas || current.document != state.signed.document
        // Evidence whose file is in none of the office's bundles nor beside any of its plans is kurang bukti, as
        // `rencana progress` counts it in a folder where the office's files were received.
        let gone = goneFiles(state.realisation, bundled: bundledEvidence,
                             folders: sources.filter { !$0.isBundle }.map { EvidenceCheck.folder(ofPlan: $0.plan) })
        let source = sources[0]
        return .success(Office(
            source: source, sources: sources,
            identity: OfficeIdentity(code: current.document.code, institution: current.document.institution,
                                     unit: current.document.unit),
            year: state, plan: current,
            tracker: ProgressTracker(plan: current, marks: state.marks, realisation: state.realisation, gone: gone),
            marks: state.marks, realisation: state.realisation, entryCount: state.entries.count, latestEntry: latest,
            revised: revised, entryHashes: hashes, bundledEvidence: bundledEvidence, since: since, sentAt: sentAt,
            latestChanges: changes, conflicts: conflicts.count, conflictsByArea: conflictsByArea,
            conflictsByRow: conflictsByRow))
    }

    /// The ids of the file evidence with its content in none of `bundled` (paths a bundle carries) and no regular file
    /// at its path from any of `folders` (the plans' folders). URLs are never gone (`EvidenceCheck.goneFiles`'s rule).
    static func goneFiles(_ realisation: Realisation, bundled: Set<String>, folders: [String]) -> Set<String> {
        var gone: Set<String> = []
        for item in realisation.evidence {
            guard case .file(let path) = item.location, !bundled.contains(path),
                  !folders.contains(where: { EvidenceCheck.fileState(path, from: $0) == .regular }) else { continue }
            gone.insert(item.id)
        }
        return gone
    }

    /// The month a change is about, when it is about one cell.
    static func month(of change: Change) -> Month? {
        switch change {
        case .set(let mark): mark.month
        case .undo(let step), .redo(let step): step.mark?.month
        case .status(let s): s.month
        case .date(let d): d.month
        case .note(let n): n.month
        case .evidenceAdd(let evidence), .evidenceRemove(let evidence): evidence.month
        default: nil
        }
    }

    /// Why `path` is not read at all: not a regular file (a FIFO would block the read), or too large.
    static func refusal(_ path: String, limit: Int) -> String? {
        var info = stat()
        guard stat(path, &info) == 0 else { return FileReading.describe(errno: errno) }
        guard info.st_mode & S_IFMT == S_IFREG else { return Text.Rollup.notRegular }
        guard Int(info.st_size) <= limit else { return Text.Rollup.tooLarge(megabytes: Int(info.st_size) >> 20) }
        return nil
    }

    /// An error's line without the file name it starts with (the roll-up names the file itself).
    static func unlocated(_ description: String, _ path: String) -> String {
        for name in [path, URL(fileURLWithPath: path).path] where description.hasPrefix(name + ": ") {
            return String(description.dropFirst(name.count + 2))
        }
        return description
    }

    /// 64-bit FNV-1a of an entry id.
    static func fnv(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return hash
    }
}
