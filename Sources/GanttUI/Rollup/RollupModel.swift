import Foundation
import PlanModel

/// One office as the roll-up dashboard shows it: its name, its plan's progress (the figures of any period are
/// summed from it when drawn) and what the recap says of it besides. Built by the executable from PlanRollup's
/// `Office`, so the dashboard depends on the plan model only.
public struct RollupOffice: Sendable {
    /// Stays the same across a re-read of the folder (the office's plan file), to keep the cursor on it.
    public var key: String
    /// How the recap names it (`Rollup.displayNames`).
    public var name: String
    /// The office's progress, evidence whose file has gone counted kurang bukti (as `rencana progress` counts it).
    public var tracker: ProgressTracker
    /// The latest entry's day as the recap writes it (`2022-03-31`, "–" when none).
    public var latest: String
    public var revised: Bool
    /// Unresolved conflicts: all of them, and those about rows by area index.
    public var conflicts: Int
    public var conflictsByArea: [Int: Int]
    /// Rows of each area (by index), counted once.
    public let rowsPerArea: [Int]
    /// Each area's figures month by month (each month alone; a period's figures are the sum of its months up to the
    /// as-of month, as `ProgressTracker` sums them), and the office's: made once, so a key sums at most twelve values.
    public let areaMonths: [[ProgressFigures]]
    public let months: [ProgressFigures]

    public var plan: Plan { tracker.plan }

    public init(key: String, name: String, tracker: ProgressTracker, latest: String, revised: Bool,
                conflicts: Int = 0, conflictsByArea: [Int: Int] = [:]) {
        self.key = key
        self.name = name
        self.tracker = tracker
        self.latest = latest
        self.revised = revised
        self.conflicts = conflicts
        self.conflictsByArea = conflictsByArea
        var rows = [Int](repeating: 0, count: tracker.plan.areas.count)
        for row in tracker.plan.rows where rows.indices.contains(row.position.area) { rows[row.position.area] += 1 }
        rowsPerArea = rows
        areaMonths = tracker.plan.areas.indices.map { Self.monthByMonth(tracker, .area($0)) }
        months = Self.monthByMonth(tracker, .plan)
    }

    /// A group's figures of each month alone: January up to it less January up to the month before.
    static func monthByMonth(_ tracker: ProgressTracker, _ group: ProgressGroup) -> [ProgressFigures] {
        var months: [ProgressFigures] = []
        months.reserveCapacity(12)
        var before = ProgressFigures()
        for month in Month.allCases {
            let through = tracker.figures(of: group, period: .until(month), asOf: month)
            months.append(through.minus(before))
            before = through
        }
        return months
    }
}

/// The province's folder as the dashboard holds it: the offices read, the year they are of, and how many files
/// were left out (their reasons are printed on standard error by the command, as `rencana rollup` does).
public struct RollupModel: Sendable {
    public var year: Int
    public var offices: [RollupOffice]
    public var skipped: Int
    /// The words every office name starts with (e.g. "Komisi Pemilihan Umum "), shown once in the header so the
    /// lines keep room for what tells the offices apart; empty when they share none.
    public let commonPrefix: String
    /// The month progress is counted to by default for this year (`rencana progress`'s rule); nil: the state's own.
    public var defaultAsOf: Month?
    /// True while the folder is still being read for the first time (the dashboard is on screen meanwhile).
    public var reading = false
    /// The offices' indices in name order (a locale-aware comparison, made once for the folder, not per key).
    public let nameOrder: [Int]
    /// Each name folded for search (case and diacritics ignored), made once.
    let searchNames: [String]

    public init(year: Int, offices: [RollupOffice], skipped: Int = 0, defaultAsOf: Month? = nil) {
        self.year = year
        self.offices = offices
        self.skipped = skipped
        self.defaultAsOf = defaultAsOf
        commonPrefix = Self.sharedWords(offices.map(\.name))
        let names = offices.map(\.name)
        nameOrder = names.indices.sorted {
            let order = names[$0].localizedStandardCompare(names[$1])
            return order == .orderedSame ? $0 < $1 : order == .orderedAscending
        }
        searchNames = names.map(Self.folded)
    }

    /// `text` as search compares it: case and diacritics folded.
    static func folded(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    /// What the dashboard shows while the folder is read for the first time.
    public static var beingRead: RollupModel {
        var model = RollupModel(year: 0, offices: [])
        model.reading = true
        return model
    }

    /// An office's name without the shared words.
    public func shortName(_ index: Int) -> String {
        let name = offices[index].name
        return commonPrefix.isEmpty ? name : String(name.dropFirst(commonPrefix.count))
    }

    /// The whole words (with their trailing space) that all of `names` start with, when there are two or more.
    static func sharedWords(_ names: [String]) -> String {
        guard names.count > 1, var prefix = names.first else { return "" }
        for name in names.dropFirst() {
            while !name.hasPrefix(prefix) { prefix.removeLast() }
            if prefix.isEmpty { return "" }
        }
        // Only whole words, and never a whole name.
        guard let space = prefix.lastIndex(of: " ") else { return "" }
        let words = String(prefix[...space])
        return names.contains { $0.count <= words.count } ? "" : words
    }
}
