import PlanModel

/// The province's line (Σ over every office, the area filter applied), kept in the state: it costs every office, so
/// it is made again only when what it depends on changes (the folder, the period, the layer, the area filter), never
/// for a key that only moves the cursor, and never by `render`.
public struct RollupTotals: Sendable {
    /// What the totals were made for.
    struct Key: Equatable, Sendable {
        var generation: Int
        var periods: PeriodView
        var period: ProgressPeriod
        var asOf: Month
        var layer: AppState.Layer
        var areaFilter: Set<Int>
    }

    var key: Key?
    public internal(set) var figures = ProgressFigures()
    public internal(set) var rows = 0
    public internal(set) var conflicts = 0
    /// The latest entry of any office (as the recap writes a day), empty when none has one.
    public internal(set) var latest = ""
    /// Each period column's Σ (nil: not yet due in Realisasi).
    public internal(set) var columns: [ProgressFigures?] = []
}

extension RollupState {
    var totalsKey: RollupTotals.Key {
        let (period, asOf) = chosenPeriod
        return RollupTotals.Key(generation: generation, periods: periods, period: period, asOf: asOf, layer: layer,
                                areaFilter: areaFilter)
    }

    /// Makes the province's line again when its inputs changed (after every update; a cursor move costs a compare).
    mutating func refreshTotals() {
        let key = totalsKey
        guard totals.key != key else { return }
        var made = RollupTotals()
        made.key = key
        let (period, asOf) = chosenPeriod
        var columns = [ProgressFigures?](repeating: ProgressFigures(), count: periods.count)
        for i in model.offices.indices {
            made.figures += figures(office: i, area: nil, period: period, asOf: asOf)
            made.rows += rows(.office(i))
            made.conflicts += conflicts(.office(i))
            for p in columns.indices {
                guard let sum = columns[p] else { continue }
                columns[p] = columnFigures(.office(i), column: p).map { sum + $0 }
            }
        }
        made.latest = model.offices.lazy.map(\.latest).filter { $0.first?.isNumber ?? false }.max() ?? ""
        made.columns = columns
        totals = made
    }

    /// The province's line: Σ of the offices' counts (never a mean of their percentages).
    public var totalFigures: ProgressFigures { totals.key == totalsKey ? totals.figures : fresh.totals.figures }

    /// This state with its totals made (for a state whose totals are not up to date: tests, a value built by hand).
    var fresh: RollupState {
        var copy = self
        copy.refreshTotals()
        return copy
    }
}
