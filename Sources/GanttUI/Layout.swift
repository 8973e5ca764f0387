import PlanModel

/// Where everything goes for one terminal size: the three modes and every column's place.
public struct Layout: Equatable, Sendable {
    /// How the text columns are shown.
    public enum Mode: Equatable, Sendable {
        /// The document's 18 columns, text columns shrunk (and truncated) as needed.
        case table
        /// One indented outline column (area ▸ kegiatan ▸ sub kegiatan ▸ indikator) and the twelve months.
        case outline
        /// Smaller than `minWidth` x `minHeight`: only a message.
        case tooSmall
    }

    /// A column's first screen column and width.
    public struct Column: Equatable, Sendable {
        public var x: Int
        public var width: Int
        public var end: Int { x + width }
        public func contains(_ column: Int) -> Bool { column >= x && column < end }
    }

    /// The smallest terminal the grid is drawn in: twelve months and a 12-column label.
    public static let minWidth = 60
    public static let minHeight = 8
    /// Each month cell is three columns ("Jan", " √ ") with one column between months.
    public static let monthWidth = 3
    static let monthsSpan = 12 * 4 - 1
    /// Narrowest text columns of the table mode (AREA, KEGIATAN, SUB KEGIATAN, INDIKATOR), before the spare room is shared.
    static let tableMinimums = [8, 10, 10, 12]
    /// Room the four text columns need together for the table mode (from 117 columns); narrower, the outline reads better.
    static let tableTextRoom = 56
    static let tableWeights = [17, 25, 29, 29]

    public let width: Int
    public let height: Int
    public let mode: Mode
    /// NO. (table mode only).
    public let no: Column?
    /// AREA PERUBAHAN, KEGIATAN, SUB KEGIATAN, INDIKATOR KEBERHASILAN (table mode only).
    public let texts: [Column]
    /// The outline column (outline mode only).
    public let label: Column?
    /// The grid's columns: Jan … Des in Bulan, TW I … TW IV in Triwulan, Sem I and Sem II in Semester.
    public let months: [Column]
    /// How the month columns are grouped.
    public let periods: PeriodView
    public let ket: Column?
    /// Columns where a vertical rule is drawn between table columns.
    public let separators: [Int]

    public var titleY: Int { 0 }
    public var headerY: Int { 1 }
    public var headerRuleY: Int { 2 }
    public var bodyY: Int { 3 }
    public var keyBarY: Int { height - 1 }
    /// Lines between the header rule and the key bar.
    public var bodyHeight: Int { max(0, height - 4) }

    /// The layout at a size, its month columns grouped by `periods` (fewer columns leave the text columns more room).
    public init(width: Int, height: Int, periods: PeriodView = .bulan) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.periods = periods
        let span = periods.span
        guard width >= Layout.minWidth, height >= Layout.minHeight else {
            mode = .tooSmall
            no = nil; texts = []; label = nil; months = []; ket = nil; separators = []
            return
        }
        let ketWidth = width >= 170 ? 12 : width >= 130 ? 8 : 5
        // NO. │ 4 text columns, each followed by │ │ months │ KET
        let fixed = 3 + 1 + 4 + span + 1 + ketWidth
        let room = width - fixed
        if room >= Layout.tableTextRoom {
            mode = .table
            let widths = Layout.share(room, minimums: Layout.tableMinimums, weights: Layout.tableWeights)
            no = Column(x: 0, width: 3)
            var x = 4
            var columns: [Column] = []
            var seps = [3]
            for w in widths {
                columns.append(Column(x: x, width: w))
                x += w
                seps.append(x)
                x += 1
            }
            texts = columns
            label = nil
            months = Layout.monthColumns(from: x, periods)
            x += span
            seps.append(x)
            ket = Column(x: x + 1, width: width - x - 1)
            separators = seps
        } else {
            mode = .outline
            no = nil
            texts = []
            let labelWidth = width - 1 - span
            label = Column(x: 0, width: labelWidth)
            months = Layout.monthColumns(from: labelWidth + 1, periods)
            ket = nil
            separators = [labelWidth]
        }
    }

    /// The month whose cell (or the gap after it) holds screen column `x` (Bulan view; else see `period(atColumn:)`).
    public func month(atColumn x: Int) -> Month? {
        guard periods == .bulan else { return nil }
        return period(atColumn: x).flatMap { Month(index: $0) }
    }

    /// The column (month or period, from 0) whose cell or the gap after it holds screen column `x`.
    public func period(atColumn x: Int) -> Int? {
        months.firstIndex { x >= $0.x && x <= $0.end }
    }

    private static func monthColumns(from x: Int, _ periods: PeriodView) -> [Column] {
        (0..<periods.count).map { Column(x: x + $0 * (periods.cellWidth + 1), width: periods.cellWidth) }
    }

    /// Splits `total` columns into parts no smaller than `minimums`, the rest shared by `weights`.
    static func share(_ total: Int, minimums: [Int], weights: [Int]) -> [Int] {
        var parts = minimums
        let spare = total - minimums.reduce(0, +)
        guard spare > 0 else { return parts }
        let weightSum = weights.reduce(0, +)
        var given = 0
        for i in parts.indices {
            let extra = spare * weights[i] / weightSum
            parts[i] += extra
            given += extra
        }
        parts[parts.count - 1] += spare - given
        return parts
    }
}
