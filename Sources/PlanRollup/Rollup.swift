import Foundation
import PlanModel
import RencanaText

/// What one line of the recap adds up: each office, or each office's areas.
public enum RollupBy: String, CaseIterable, Sendable {
    case office, area
}

/// The recap's order: by office name, by capaian (lowest first, "–" last), or by kurang bukti (most first).
public enum RollupSort: String, CaseIterable, Sendable {
    case office, capaian
    case kurangBukti = "kurang-bukti"
}

/// Two files of one office, and which one the roll-up kept.
public struct MergedOffice: Sendable {
    public var kept: String
    public var keptEntries: Int
    public var setAside: String
    public var setAsideEntries: Int
    /// True when the kept file's journal holds every entry of the other's (an older and a newer send).
    public var superset: Bool
}

/// One line of the recap: an office, an office's area, the province's total, or the province's total of one area.
public struct RollupLine: Equatable, Sendable {
    public enum Level: String, Sendable { case office, area, province, provinceArea }
    public var level: Level
    /// The office's index in `Rollup.offices` (nil for the province's lines).
    public var office: Int?
    public var name: String
    public var areaNumber: Int?
    public var areaName: String
    public var rows: Int
    public var figures: ProgressFigures
    public var latestEntry: Date?
    public var revised: Bool?
    /// Unresolved conflicts (docs/TEAM.md): the office's, its area's, or Σ over the offices.
    public var conflicts = 0
}

/// The province's roll-up: the offices read from a folder (each once), the files left out, and the recap's lines.
public struct Rollup: Sendable {
    public var offices: [Office]
    public var skipped: [SkippedFile]
    public var merged: [MergedOffice]
    /// The year rolled up: that of most offices (the latest on a tie); offices of other years are skipped.
    public var year: Int

    /// Finds and reads every office in `arguments` (two threads at most), keeps one per year and identity.
    public static func read(_ arguments: [String]) -> Rollup {
        let found = OfficeSources.find(arguments)
        let results = readAll(found.sources)
        var offices: [Office] = []
        var skipped = found.skipped
        for result in results {
            switch result {
            case .success(let office): offices.append(office)
            case .failure(let refusal): skipped.append(refusal)
            }
        }
        var years: [Int: Int] = [:]
        for office in offices { years[office.planYear, default: 0] += 1 }
        let year = years.max { a, b in a.value != b.value ? a.value < b.value : a.key < b.key }?.key ?? 0
        var kept: [Office] = []
        for office in offices {
            if office.planYear == year { kept.append(office) } else {
                skipped.append(SkippedFile(path: office.source.plan, reason: Text.Rollup.otherYear(office.planYear, rollupYear: year)))
            }
        }
        let (unique, merged) = deduplicated(kept)
        return Rollup(offices: unique, skipped: skipped, merged: merged, year: year)
    }

    /// Reads the offices on up to two threads (the files are independent); results in the sources' order.
    static func readAll(_ sources: [OfficeSource]) -> [Result<Office, SkippedFile>] {
        final class Slots: @unchecked Sendable {
            var results: [Result<Office, SkippedFile>?]
            let lock = NSLock()
            var next = 0
            init(_ count: Int) { results = Array(repeating: nil, count: count) }
        }
        let slots = Slots(sources.count)
        let workers = min(max(1, ProcessInfo.processInfo.activeProcessorCount), 2, max(1, sources.count))
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while true {
                slots.lock.lock()
                let index = slots.next
                slots.next += 1
                slots.lock.unlock()
                guard index < sources.count else { return }
                let result = OfficeReader.read(sources[index])
                slots.lock.lock()
                slots.results[index] = result
                slots.lock.unlock()
            }
        }
        return slots.results.map { $0! }
    }

    /// One office per identity: the one whose journal holds the other's entries, else the one with more entries
    /// (then the later latest entry, then the first found). Until the team bundle's merge, nothing is merged.
    static func deduplicated(_ offices: [Office]) -> ([Office], [MergedOffice]) {
        var firstIndex: [OfficeIdentity: Int] = [:]
        var unique: [Office] = []
        var merged: [MergedOffice] = []
        for office in offices {
            guard let index = firstIndex[office.identity] else {
                firstIndex[office.identity] = unique.count
                unique.append(office)
                continue
            }
            let other = unique[index]
            let newHoldsOld = office.holdsAllEntries(of: other), oldHoldsNew = other.holdsAllEntries(of: office)
            let takeNew: Bool
            if newHoldsOld != oldHoldsNew {
                takeNew = newHoldsOld
            } else if office.entryCount != other.entryCount {
                takeNew = office.entryCount > other.entryCount
            } else {
                takeNew = (office.latestEntry ?? .distantPast) > (other.latestEntry ?? .distantPast)
            }
            let (keep, drop) = takeNew ? (office, other) : (other, office)
            unique[index] = keep
            merged.append(MergedOffice(kept: keep.source.plan, keptEntries: keep.entryCount, setAside: drop.source.plan,
                                       setAsideEntries: drop.entryCount, superset: keep.holdsAllEntries(of: drop)))
        }
        return (unique, merged)
    }

    /// The recap's lines: per office (or per office × area), sorted, then the province's total (with `.area`, first
    /// the province's total per area number). Every total is Σ of counts over offices, never a mean of percentages.
    public func lines(by: RollupBy, period: ProgressPeriod, asOf: Month, sort: RollupSort) -> [RollupLine] {
        var lines: [RollupLine] = []
        var total = ProgressFigures()
        var totalRows = 0
        var areaTotals: [Int: (name: String, rows: Int, figures: ProgressFigures, conflicts: Int)] = [:]
        var totalConflicts = 0
        let names = displayNames()
        for (index, office) in offices.enumerated() {
            let name = names[index]
            let figures = office.tracker.figures(of: .plan, period: period, asOf: asOf)
            total += figures
            totalConflicts += office.conflicts
            totalRows += office.plan.rows.count
            var rowsPerArea = [Int](repeating: 0, count: office.plan.areas.count)
            for row in office.plan.rows { rowsPerArea[row.position.area] += 1 }
            switch by {
            case .office:
                lines.append(RollupLine(level: .office, office: index, name: name, areaNumber: nil, areaName: "",
                                        rows: office.plan.rows.count, figures: figures, latestEntry: office.latestEntry,
                                        revised: office.revised, conflicts: office.conflicts))
            case .area:
                for (a, area) in office.plan.areas.enumerated() {
                    let areaFigures = office.tracker.figures(of: .area(a), period: period, asOf: asOf)
                    lines.append(RollupLine(level: .area, office: index, name: name, areaNumber: area.number, areaName: area.name,
                                            rows: rowsPerArea[a], figures: areaFigures, latestEntry: office.latestEntry,
                                            revised: office.revised, conflicts: office.conflictsByArea[a] ?? 0))
                    var sum = areaTotals[area.number] ?? (area.name, 0, ProgressFigures(), 0)
                    sum.conflicts += office.conflictsByArea[a] ?? 0
                    sum.rows += rowsPerArea[a]
                    sum.figures += areaFigures
                    areaTotals[area.number] = sum
                }
            }
        }
        lines.sort(by: order(sort, names: names))
        for number in areaTotals.keys.sorted() {
            let sum = areaTotals[number]!
            lines.append(RollupLine(level: .provinceArea, office: nil, name: Text.Rollup.provinceArea(number), areaNumber: number,
                                    areaName: sum.name, rows: sum.rows, figures: sum.figures, latestEntry: nil, revised: nil,
                                    conflicts: sum.conflicts))
        }
        let latest = offices.compactMap(\.latestEntry).max()
        lines.append(RollupLine(level: .province, office: nil, name: Text.Rollup.province, areaNumber: nil, areaName: "",
                                rows: totalRows, figures: total, latestEntry: latest, revised: nil, conflicts: totalConflicts))
        return lines
    }

    /// How each office is named in the recap: its institution, with its unit when another kept office has the same
    /// institution (or its unit alone when it names no institution); led by its office code (`049701 – …`) when its
    /// plan has one.
    public func displayNames() -> [String] {
        var counts: [String: Int] = [:]
        let folded = offices.map { OfficeIdentity.folded($0.institution) }
        for key in folded { counts[key, default: 0] += 1 }
        return offices.indices.map { index in
            let office = offices[index]
            let name: String
            if office.institution.isEmpty { name = office.unit }
            else { name = counts[folded[index]]! > 1 && !office.unit.isEmpty ? office.institution + " / " + office.unit : office.institution }
            let code = office.code.trimmingCharacters(in: .whitespaces)
            return code.isEmpty ? name : code + " – " + name
        }
    }

    private func order(_ sort: RollupSort, names: [String]) -> (RollupLine, RollupLine) -> Bool {
        // The offices ranked by name once (a locale-aware comparison is slow to repeat for every area line).
        var rank = [Int](repeating: 0, count: names.count)
        for (position, index) in names.indices.sorted(by: {
            let order = names[$0].localizedStandardCompare(names[$1])
            return order == .orderedSame ? $0 < $1 : order == .orderedAscending
        }).enumerated() { rank[index] = position }
        let byName = { (a: RollupLine, b: RollupLine) -> Bool in
            if a.office != b.office { return rank[a.office ?? 0] < rank[b.office ?? 0] }
            return (a.areaNumber ?? 0) < (b.areaNumber ?? 0)
        }
        switch sort {
        case .office:
            return byName
        case .capaian:
            return { a, b in
                switch (a.figures.capaianTenths, b.figures.capaianTenths) {
                case let (x?, y?) where x != y: return x < y
                case (nil, _?): return false
                case (_?, nil): return true
                default: return byName(a, b)
                }
            }
        case .kurangBukti:
            return { a, b in a.figures.kurangBukti != b.figures.kurangBukti ? a.figures.kurangBukti > b.figures.kurangBukti : byName(a, b) }
        }
    }
}
