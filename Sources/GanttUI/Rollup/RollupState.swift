import Foundation
import PlanModel
import RencanaText

/// Everything the roll-up dashboard shows, as one value: the offices (`RollupModel`), the tree of offices and their
/// areas as the folds, the area filter, the search and the sort leave it, the period chosen, and an office's own
/// grid when one is open (read-only). Only `updateRollup` changes it; `renderRollup` reads it.
///
/// The line list and the order are made again only when what they depend on changes (a fold, the sort, the period
/// under a capaian sort, the folder read again); a key costs the offices (a few sums each), never their rows.
public struct RollupState: Sendable {
    /// The order of the offices (`s` cycles it), as `rencana rollup --sort` orders them.
    public enum Sort: Int, CaseIterable, Sendable { case office, capaian, kurangBukti }

    /// One line of the tree: an office, or one of its areas (by index in its plan).
    public enum Line: Equatable, Sendable {
        case office(Int)
        case area(Int, Int)

        public var office: Int {
            switch self {
            case .office(let i), .area(let i, _): i
            }
        }
    }

    /// What covers the roll-up: nothing, or its help (scrolled so far).
    public enum Overlay: Equatable, Sendable {
        case none
        case help(scroll: Int)
    }

    public internal(set) var model: RollupModel
    public let text: Text.Dashboard
    public let glyphs: Glyphs
    public let mouse: Bool
    /// Today's month (marked in the header) and the month progress is counted to by default (`rencana progress`'s).
    public let today: Month?
    public internal(set) var defaultAsOf: Month

    public internal(set) var width: Int
    public internal(set) var height: Int
    public internal(set) var layout: RollupLayout

    /// The period columns and the cursor's month in them: the figures are of the period under it.
    public internal(set) var periods: PeriodView = .bulan
    public internal(set) var month: Month
    public internal(set) var layer: AppState.Layer = .rencana
    public internal(set) var sort: Sort = .office
    /// Area numbers shown; empty shows all.
    public internal(set) var areaFilter: Set<Int> = []
    /// Offices opened to their areas (by `RollupOffice.key`); the rest are folded to one line.
    public internal(set) var openOffices: Set<String> = []
    public internal(set) var foldPrefixPending = false

    /// Office indices in the sort's order, and the lines shown.
    public internal(set) var order: [Int] = []
    public internal(set) var lines: [Line] = []
    public internal(set) var cursor = 0
    public internal(set) var top = 0

    /// The search being typed (nil when the prompt is closed), the kept query and the offices matching it.
    public internal(set) var searchDraft: String?
    public internal(set) var searchQuery = ""
    public internal(set) var matches: Set<Int> = []

    public internal(set) var overlay: Overlay = .none
    /// A one-line message, cleared by the next key.
    public internal(set) var notice: String?
    /// The office opened with Enter, its own grid read-only; nil on the roll-up.
    public internal(set) var office: RollupOfficeView?
    /// The province's line, made again only when its inputs change (RollupTotals.swift).
    public internal(set) var totals = RollupTotals()
    /// The month and the open offices the command line asked for, taken when the first read is shown.
    var startMonth: Month?
    var openAllOnRead = false
    /// Each office's months over the areas shown (empty when all are shown).
    var filteredMonths: [[ProgressFigures]] = []
    /// Counts the models taken, so the totals know the folder was read again.
    var generation = 0
    /// The area of the line Enter was pressed on, for the office about to open (it opens filtered to it).
    var pendingArea: Int?

    /// The roll-up of `model` at a size; `today` and `defaultAsOf` as the plan's dashboard is given them.
    public init(model: RollupModel, width: Int, height: Int, today: Month? = nil, defaultAsOf: Month = .des,
                glyphs: Glyphs = .unicode, mouse: Bool = true, text: Text.Dashboard = .current) {
        self.model = model
        self.text = text
        self.glyphs = glyphs
        self.mouse = mouse
        self.today = today
        self.defaultAsOf = model.defaultAsOf ?? defaultAsOf
        month = self.defaultAsOf
        self.width = min(max(0, width), AppState.maxSize.width)
        self.height = min(max(0, height), AppState.maxSize.height)
        layout = RollupLayout(width: self.width, height: self.height, periods: .bulan)
        recomputeOrder()
        refreshTotals()
    }

    /// Opens on the view the command line asks for (`rencana rollup DIR --tw 2 --sort capaian --by area`): kept
    /// until the folder's first read is shown, when the month and the open offices are known.
    public mutating func start(periods: PeriodView, month: Month?, sort: Sort, openAll: Bool) {
        self.periods = periods
        setSize(width: width, height: height)
        startMonth = month
        if let month { self.month = month }
        self.sort = sort
        openAllOnRead = openAll
        recomputeOrder()
        if openAll { foldToLevel(2) }
        refreshTotals()
    }

    /// The query highlighted: the one being typed, else the kept one.
    public var activeQuery: String { searchDraft ?? searchQuery }

    /// The line under the cursor.
    public var selectedLine: Line? { lines.indices.contains(cursor) ? lines[cursor] : nil }

    // MARK: - The figures (Σ/Σ over rows, as `rencana progress` and `rencana rollup` count)

    /// The period the figures are of, and the month they are counted as of: in Bulan January up to the cursor's
    /// month (`--until`), else the cursor's Triwulan or Semester as of today's month at the latest (`--tw`, `--semester`).
    public var chosenPeriod: (period: ProgressPeriod, asOf: Month) {
        switch periods {
        case .bulan: return (.until(month), month)
        case .triwulan, .semester:
            let period = periods.progressPeriod(periods.period(of: month))
            return (period, min(period.months.upperBound, defaultAsOf))
        }
    }

    /// Whether area index `a` of office `i` is shown by the area filter.
    func shows(office i: Int, area a: Int) -> Bool {
        areaFilter.isEmpty || areaFilter.contains(model.offices[i].plan.areas[a].number)
    }

    /// The months of office `i` (its areas shown) or of one of its areas.
    func months(office i: Int, area: Int?) -> [ProgressFigures] {
        if let area { return model.offices[i].areaMonths[area] }
        return areaFilter.isEmpty || !filteredMonths.indices.contains(i) ? model.offices[i].months : filteredMonths[i]
    }

    /// Σ of `months` over `range` up to `asOf` (what `ProgressTracker` sums for a period as of a month).
    static func sum(_ months: [ProgressFigures], _ range: ClosedRange<Month>, asOf: Month) -> ProgressFigures {
        var figures = ProgressFigures()
        guard range.lowerBound <= asOf else { return figures }
        for index in range.lowerBound.index...min(range.upperBound, asOf).index { figures += months[index] }
        return figures
    }

    /// The figures of office `i` (its areas shown) or of one of its areas, over `period` as of `asOf`.
    func figures(office i: Int, area: Int?, period: ProgressPeriod, asOf: Month) -> ProgressFigures {
        Self.sum(months(office: i, area: area), period.months, asOf: asOf)
    }

    /// The figures of a line in the chosen period.
    public func figures(_ line: Line) -> ProgressFigures {
        let (period, asOf) = chosenPeriod
        switch line {
        case .office(let i): return figures(office: i, area: nil, period: period, asOf: asOf)
        case .area(let i, let a): return figures(office: i, area: a, period: period, asOf: asOf)
        }
    }

    /// The figures of period column `p` for a line: a month alone, a Triwulan or a Semester; as of the period's
    /// end (Rencana: what is planned in it) or as of today's month (Realisasi; nil when it starts after that).
    func columnFigures(_ line: Line, column p: Int) -> ProgressFigures? {
        let range = periods.months(of: p)
        if layer == .realisasi && range.lowerBound > defaultAsOf { return nil }
        let asOf = layer == .rencana ? range.upperBound : min(range.upperBound, defaultAsOf)
        switch line {
        case .office(let i): return Self.sum(months(office: i, area: nil), range, asOf: asOf)
        case .area(let i, let a): return Self.sum(months(office: i, area: a), range, asOf: asOf)
        }
    }

    /// Makes each office's months over the areas the filter shows (when the filter or the folder changes).
    mutating func refreshFilteredMonths() {
        guard !areaFilter.isEmpty else { filteredMonths = []; return }
        filteredMonths = model.offices.indices.map { i in
            var months = [ProgressFigures](repeating: ProgressFigures(), count: 12)
            for a in model.offices[i].plan.areas.indices where shows(office: i, area: a) {
                for m in 0..<12 { months[m] += model.offices[i].areaMonths[a][m] }
            }
            return months
        }
    }

    /// Rows of a line (those of the areas shown, for an office).
    public func rows(_ line: Line) -> Int {
        let office = model.offices[line.office]
        switch line {
        case .area(_, let a): return office.rowsPerArea[a]
        case .office(let i):
            if areaFilter.isEmpty { return office.plan.rows.count }
            return office.plan.areas.indices.filter { shows(office: i, area: $0) }.reduce(0) { $0 + office.rowsPerArea[$1] }
        }
    }

    /// Unresolved conflicts of a line.
    public func conflicts(_ line: Line) -> Int {
        let office = model.offices[line.office]
        switch line {
        case .area(_, let a): return office.conflictsByArea[a] ?? 0
        case .office(let i):
            if areaFilter.isEmpty { return office.conflicts }
            return office.plan.areas.indices.filter { shows(office: i, area: $0) }.reduce(0) { $0 + (office.conflictsByArea[$1] ?? 0) }
        }
    }
}

extension ProgressFigures {
    /// These counts less `other`'s (a month alone from two cumulative sums).
    func minus(_ other: ProgressFigures) -> ProgressFigures {
        ProgressFigures(due: due - other.due, done: done - other.done, partly: partly - other.partly, missed: missed - other.missed,
                        overdue: overdue - other.overdue, moved: moved - other.moved, outside: outside - other.outside,
                        kurangBukti: kurangBukti - other.kurangBukti)
    }
}
