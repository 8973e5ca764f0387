import Foundation
import PlanModel
import PlanStore
import RencanaText
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Which office a plan belongs to, from its document details: institution and unit, compared with case and runs
/// of spaces ignored (two sends of one office may differ in both). The office code (kode satker) names an office in
/// the recap but is not part of its identity: an older send without it is still the same office.
public struct OfficeIdentity: Hashable, Sendable {
    public let key: String

    public init(institution: String, unit: String) {
        key = Self.folded(institution) + "\u{0}" + Self.folded(unit)
    }

    static func folded(_ text: String) -> String {
        text.lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}

/// One office's year as the roll-up needs it, read from its files without writing anything.
public struct Office: Sendable {
    public var source: OfficeSource
    public var identity: OfficeIdentity
    /// The office's year replayed from its signed plan and its (merged) entries: what its own grid shows, read-only
    /// (the roll-up dashboard opens it). `plan`, `marks` and `realisation` below are this year's, shared, not copied.
    public var year: YearState
    /// The plan as it is now (the signed plan with the journal's edits), and its year's figures.
    public var plan: Plan
    public var tracker: ProgressTracker
    public var marks: [MonthSet]
    public var realisation: Realisation
    /// Entries in the journal, the time of the latest, and whether the plan is no longer as signed.
    public var entryCount: Int
    public var latestEntry: Date?
    public var revised: Bool
    /// Hashes of the entries' ids, sorted (to tell whether one send holds another).
    var entryHashes: [UInt64]
    /// The latest change of each row × month (slots 0–11; slot 12 the row as a whole), as seconds since 1970.
    public var latestChanges: [RowID: [Double]]
    /// Values in conflict now in the office's journal (a team's: docs/TEAM.md), and those of them about a row, by
    /// the row's area index (a document or signer conflict counts only in `conflicts`).
    public var conflicts = 0
    public var conflictsByArea: [Int: Int] = [:]

    public var institution: String { plan.document.institution }
    public var unit: String { plan.document.unit }
    /// The office's code (kode satker), empty when its plan has none.
    public var code: String { plan.document.code }
    /// The year the office's plan is of (`plan.document.year`).
    public var planYear: Int { plan.document.year }

    /// Whether this office's journal holds every entry of `other`'s.
    public func holdsAllEntries(of other: Office) -> Bool {
        var i = 0
        for hash in other.entryHashes {
            while i < entryHashes.count && entryHashes[i] < hash { i += 1 }
            guard i < entryHashes.count, entryHashes[i] == hash else { return false }
        }
        return true
    }
}

/// Reads an office strictly read-only: the plan is decoded, the journal opened for reading under a shared lock
/// and replayed in memory (`StateStore.open`, which writes nothing; no snapshot is read or written).
public enum OfficeReader {
    /// Files larger than these are not an office's plan or year (the real plan is 100 KB, a year's journal ~1 MB).
    public static let maxPlanBytes = 32 << 20
    public static let maxJournalBytes = 256 << 20

    /// The office, or the one line saying why it is left out.
    public static func read(_ source: OfficeSource) -> Result<Office, SkippedFile> {
        if let reason = refusal(source.plan, limit: maxPlanBytes) { return .failure(SkippedFile(path: source.plan, reason: reason)) }
        let plan: Plan
        do {
            plan = try PlanFile.load(source.plan)
        } catch {
            return .failure(SkippedFile(path: source.plan, reason: unlocated(error.description, source.plan)))
        }
        let store: Replayed
        if let journal = source.journal {
            if let reason = refusal(journal, limit: maxJournalBytes) { return .failure(SkippedFile(path: journal, reason: reason)) }
            do {
                let opened = try StateStore.open(plan: plan, url: URL(fileURLWithPath: journal), user: "rollup")
                // A journal none of whose row entries is about a row of the plan belongs to another plan.
                let aboutRows = opened.entries.lazy.filter { $0.change.row != nil }.count
                if aboutRows > 0 && opened.orphans.count >= aboutRows {
                    return .failure(SkippedFile(path: journal, reason: Text.Rollup.otherPlansJournal(aboutRows)))
                }
                store = Replayed(state: opened.state, differences: opened.differences, conflicts: opened.conflicts)
            } catch {
                return .failure(SkippedFile(path: journal, reason: unlocated(error.description, journal)))
            }
        } else {
            // No journal: the plan as signed with nothing recorded.
            let state = YearState(signed: plan)
            store = Replayed(state: state, differences: 0, conflicts: [])
        }
        let current = store.plan
        guard !(current.document.institution.isEmpty && current.document.unit.isEmpty) else {
            return .failure(SkippedFile(path: source.plan, reason: Text.Rollup.noInstitution))
        }
        var latest: Date?
        var hashes: [UInt64] = []
        hashes.reserveCapacity(store.entries.count)
        var changes: [RowID: [Double]] = [:]
        for entry in store.entries {
            if latest == nil || entry.at > latest! { latest = entry.at }
            hashes.append(fnv(entry.id))
            guard let row = entry.change.row else { continue }
            let slot = month(of: entry.change)?.index ?? 12
            let time = entry.at.timeIntervalSince1970
            changes[row, default: Array(repeating: -.infinity, count: 13)][slot] =
                max(changes[row]?[slot] ?? -.infinity, time)
        }
        hashes.sort()
        var conflictsByArea: [Int: Int] = [:]
        for conflict in store.conflicts {
            guard let row = conflict.entries.first?.change.row, let index = current.rowIndex(of: row) else { continue }
            conflictsByArea[current.rows[index].position.area, default: 0] += 1
        }
        let revised = store.differences > 0 || current.areas != store.signedPlan.areas || current.document != store.signedPlan.document
        return .success(Office(
            source: source, identity: OfficeIdentity(institution: current.document.institution, unit: current.document.unit),
            year: store.state,
            // Evidence whose file has gone is kurang bukti here too, as `rencana progress` of this office counts it.
            plan: current, tracker: ProgressTracker(plan: current, marks: store.marks, realisation: store.realisation,
                                                    gone: EvidenceCheck.goneFiles(store.realisation,
                                                                                  folder: EvidenceCheck.folder(ofPlan: source.plan))),
            marks: store.marks, realisation: store.realisation, entryCount: store.entries.count, latestEntry: latest,
            revised: revised, entryHashes: hashes, latestChanges: changes, conflicts: store.conflicts.count,
            conflictsByArea: conflictsByArea))
    }

    /// The month a change is about, when it is about one cell.
    static func month(of change: Change) -> Month? {
        switch change {
        case .set(let mark): mark.month
        case .undo(let step), .redo(let step): step.mark?.month
        case .status(_, let month, _, _), .date(_, let month, _, _), .note(_, let month, _, _): month
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

/// What the roll-up takes from a replayed journal (or from a plan with none).
private struct Replayed {
    var state: YearState
    var differences: Int
    var conflicts: [Conflict]
    var plan: Plan { state.plan }
    var signedPlan: Plan { state.signed }
    var marks: [MonthSet] { state.marks }
    var realisation: Realisation { state.realisation }
    var entries: [JournalEntry] { state.entries }
}
