import Foundation

/// Which rows to show: some change areas (none = all) and a search text (empty = everything).
public struct RowFilter: Equatable, Sendable {
    /// Area numbers (NO.) to keep; empty keeps every area.
    public var areas: Set<Int>
    /// Text to look for in every text column, case- and diacritic-insensitively.
    public var search: String

    public init(areas: Set<Int> = [], search: String = "") {
        self.areas = areas
        self.search = search
    }

    public var isEmpty: Bool { areas.isEmpty && search.isEmpty }
}

/// Normalises text for matching: lower case, no diacritics, runs of whitespace as one space.
public func foldForSearch(_ text: String) -> String {
    let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
    var result = ""
    result.reserveCapacity(folded.utf8.count)
    var lastWasSpace = false
    for scalar in folded.unicodeScalars {
        if scalar.properties.isWhitespace {
            if !lastWasSpace { result.unicodeScalars.append(" ") }
            lastWasSpace = true
        } else {
            result.unicodeScalars.append(scalar)
            lastWasSpace = false
        }
    }
    return result
}

/// Folded text of every row, built once, so each search is a scan of bytes.
public struct SearchIndex: Sendable {
    private let haystacks: [[UInt8]]

    /// Builds the index over all text columns of `plan`'s rows (ID included).
    public init(plan: Plan) {
        haystacks = plan.rows.map { row in
            Array(foldForSearch(([row.id.rawValue] + row.texts).joined(separator: "\u{1F}")).utf8)
        }
    }

    /// Whether row `index` contains `query` (already folded with `foldForSearch`).
    public func matches(row index: Int, foldedQuery query: [UInt8]) -> Bool {
        guard !query.isEmpty else { return true }
        return haystacks[index].withUnsafeBufferPointer { hay in
            query.withUnsafeBufferPointer { needle in Self.contains(hay, needle) }
        }
    }

    /// The indices, among `candidates`, of rows containing `query`.
    public func rows(matching query: String, among candidates: [Int]) -> [Int] {
        let needle = Array(foldForSearch(query).utf8)
        guard !needle.isEmpty else { return candidates }
        return candidates.filter { matches(row: $0, foldedQuery: needle) }
    }

    private static func contains(_ hay: UnsafeBufferPointer<UInt8>, _ needle: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = needle.count, h = hay.count
        guard n <= h else { return false }
        let first = needle[0]
        var i = 0
        while i <= h - n {
            if hay[i] == first {
                var j = 1
                while j < n && hay[i + j] == needle[j] { j += 1 }
                if j == n { return true }
            }
            i += 1
        }
        return false
    }
}

extension Plan {
    /// Indices of rows in the given areas (all rows when `areas` is empty), in document order.
    public func rowIndices(inAreas areas: Set<Int>) -> [Int] {
        guard !areas.isEmpty else { return Array(rows.indices) }
        return rows.indices.filter { areas.contains(rows[$0].areaNumber) }
    }

    /// Indices of rows passing `filter`, in document order. Pass a prebuilt index to search many times.
    public func rowIndices(matching filter: RowFilter, index: SearchIndex? = nil) -> [Int] {
        let inAreas = rowIndices(inAreas: filter.areas)
        guard !filter.search.isEmpty else { return inAreas }
        return (index ?? SearchIndex(plan: self)).rows(matching: filter.search, among: inAreas)
    }
}

/// Totals over a plan's current marks: what `rencana check` and the title bar report.
public struct PlanCounts: Equatable, Sendable {
    public struct AreaCount: Equatable, Sendable {
        public let number: Int
        public let kegiatan: Int
        public let rows: Int
        public let scheduledMonths: Int
    }

    public let areas: [AreaCount]
    /// How many rows are scheduled in each month, Jan first.
    public let perMonth: [Int]
    public let kegiatan: Int
    public let rows: Int
    /// Checkmarks in the whole table.
    public let scheduledMonths: Int

    /// Counts `plan` with `marks` (indexed like `plan.rows`; the baseline when nil).
    public init(plan: Plan, marks: [MonthSet]? = nil) {
        let marks = marks ?? plan.baselineMarks
        var perMonth = [Int](repeating: 0, count: 12)
        var perArea: [Int: (rows: Int, months: Int)] = [:]
        for row in plan.rows {
            let set = marks[row.index]
            for month in set { perMonth[month.index] += 1 }
            perArea[row.areaNumber, default: (0, 0)].rows += 1
            perArea[row.areaNumber, default: (0, 0)].months += set.count
        }
        areas = plan.areas.map { area in
            let count = perArea[area.number] ?? (0, 0)
            return AreaCount(number: area.number, kegiatan: area.kegiatan.count, rows: count.rows, scheduledMonths: count.months)
        }
        self.perMonth = perMonth
        kegiatan = plan.kegiatanCount
        rows = plan.rows.count
        scheduledMonths = perMonth.reduce(0, +)
    }
}
