/// Where the roll-up's columns go at one terminal size: the office / area column, the figures that fit (the most
/// needed first: capaian, kurang bukti, due, done, then the period columns, the latest entry, conflicts, rows) and
/// the period columns; the office column takes the rest.
public struct RollupLayout: Equatable, Sendable {
    /// The figures a line shows, in the order they stand on screen.
    public enum Figure: Int, CaseIterable, Sendable {
        case rows, due, done, capaian, kurangBukti, conflicts, latest

        /// Columns of the figure (its heading's width).
        var width: Int { [7, 7, 10, 7, 7, 7, 10][rawValue] }
    }

    public static let minWidth = 30
    public static let minHeight = 7

    public let width: Int
    public let height: Int
    public let tooSmall: Bool
    public let name: Layout.Column
    /// The figures shown with their columns, left to right.
    public let figures: [Figure: Layout.Column]
    /// The period columns (empty when they do not fit).
    public let periodColumns: [Layout.Column]
    public let periods: PeriodView
    public let separators: [Int]

    public var titleY: Int { 0 }
    public var headerY: Int { 1 }
    public var headerRuleY: Int { 2 }
    public var bodyY: Int { 3 }
    /// The province's line, under the offices.
    public var totalY: Int { height - 2 }
    public var keyBarY: Int { height - 1 }
    public var bodyHeight: Int { max(0, height - 5) }

    public init(width: Int, height: Int, periods: PeriodView) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.periods = periods
        tooSmall = width < Self.minWidth || height < Self.minHeight
        let nameMinimum = width >= 80 ? 28 : width >= 60 ? 20 : 12
        var room = max(0, width - nameMinimum)
        var shown: Set<Figure> = []
        var withPeriods = false
        let priority: [Figure?] = [.capaian, .kurangBukti, .due, .done, nil, .latest, .conflicts, .rows]
        for item in priority {
            let need = (item?.width ?? periods.span) + 1
            guard need <= room else { continue }
            room -= need
            if let item { shown.insert(item) } else { withPeriods = true }
        }
        let nameWidth = nameMinimum + room
        name = Layout.Column(x: 0, width: nameWidth)
        var x = nameWidth
        var separators: [Int] = []
        var figures: [Figure: Layout.Column] = [:]
        for figure in Figure.allCases where shown.contains(figure) {
            separators.append(x)
            figures[figure] = Layout.Column(x: x + 1, width: figure.width)
            x += figure.width + 1
        }
        var columns: [Layout.Column] = []
        if withPeriods {
            separators.append(x)
            for p in 0..<periods.count { columns.append(Layout.Column(x: x + 1 + p * (periods.cellWidth + 1), width: periods.cellWidth)) }
        }
        self.figures = figures
        self.separators = separators
        periodColumns = columns
    }
}
