import Foundation
import PlanModel
import PlanStore
import RencanaText

/// Which office a plan belongs to, from its document details: its office code (kode satker) when it has one, else
/// its institution and unit, compared with case and runs of spaces ignored (two sends of one office may differ in
/// both). A file without a code joins the one office with a code whose institution and unit it has (an older send
/// made before the code was written: `OfficeMerge`).
public struct OfficeIdentity: Hashable, Sendable {
    public let key: String

    public init(institution: String, unit: String) {
        key = Self.folded(institution) + "\u{0}" + Self.folded(unit)
    }

    /// By the office code when it is not empty, else by institution and unit.
    public init(code: String, institution: String, unit: String) {
        let code = Self.folded(code)
        key = code.isEmpty ? Self.folded(institution) + "\u{0}" + Self.folded(unit) : "code\u{0}" + code
    }

    static func folded(_ text: String) -> String {
        text.lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}

/// One office's year as the roll-up needs it, read from its files without writing anything.
public struct Office: Sendable {
    /// The file that names the office (of several merged: its newest send).
    public var source: OfficeSource
    /// Every file merged into this office (one, usually), in the order found.
    public var sources: [OfficeSource]
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
    /// The evidence paths its bundles carry (a bundle's evidence is there for the province without being unpacked).
    var bundledEvidence: Set<String> = []
    /// When it came from a bundle sent with `--since`: that day (the bundle holds part of the year only).
    var since: String?
    /// When its bundle was sent (as the sender's clock said), for telling the newer of two sends.
    var sentAt: String?
    /// The latest change of each row × month (slots 0–11; slot 12 the row as a whole), as seconds since 1970.
    public var latestChanges: [RowID: [Double]]
    /// Values in conflict now in the office's journal (a team's: docs/TEAM.md), and those of them about a row, by
    /// the row's area index (a document or signer conflict counts only in `conflicts`).
    public var conflicts = 0
    public var conflictsByArea: [Int: Int] = [:]
    /// Those of them about each row (a value of a cell or of the row), by the row's id.
    public var conflictsByRow: [RowID: Int] = [:]

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
