import PlanModel

/// How the month columns are grouped (`t` cycles them): Bulan (twelve months), Triwulan (TW I–IV) or Semester (I–II).
public enum PeriodView: Int, CaseIterable, Equatable, Sendable {
    case bulan, triwulan, semester

    /// The view `t` switches to: Bulan → Triwulan → Semester → Bulan.
    public var next: PeriodView { PeriodView(rawValue: (rawValue + 1) % 3) ?? .bulan }

    /// Columns in the grid: 12, 4 or 2.
    public var count: Int { 12 / monthsPerPeriod }

    public var monthsPerPeriod: Int {
        switch self {
        case .bulan: 1
        case .triwulan: 3
        case .semester: 6
        }
    }

    /// Screen columns of one cell: "Jan" / " √ " in Bulan, "TW III" / "[√3*]" / "[87,5%]" in the others.
    public var cellWidth: Int { self == .bulan ? Layout.monthWidth : 7 }

    /// Screen columns of all the cells, one column between two.
    public var span: Int { count * (cellWidth + 1) - 1 }

    /// The period (0-based) that holds `month`.
    public func period(of month: Month) -> Int { month.index / monthsPerPeriod }

    /// The first and last month of period `p` (clamped into range).
    public func months(of p: Int) -> ClosedRange<Month> {
        let p = min(max(p, 0), count - 1)
        return Month(index: p * monthsPerPeriod)! ... Month(index: p * monthsPerPeriod + monthsPerPeriod - 1)!
    }

    /// The months of period `p` as bits of a `MonthSet`.
    func bits(of p: Int) -> UInt16 {
        let range = months(of: p)
        return UInt16((1 << (range.upperBound.index + 1)) - (1 << range.lowerBound.index))
    }

    /// Period `p` as the progress figures count it (Bulan: the month alone).
    public func progressPeriod(_ p: Int) -> ProgressPeriod {
        switch self {
        case .bulan: .until(months(of: p).lowerBound)
        case .triwulan: .triwulan(p + 1)
        case .semester: .semester(p + 1)
        }
    }
}

extension AppState {
    /// The period (column) the cursor is in.
    public var cursorPeriod: Int { periods.period(of: month) }

    /// `t`: the next view of the month columns. The cursor's month is kept (the cursor stands on the period
    /// holding it), so going back to Bulan finds the month it was on, or the first month of the period it moved to.
    /// Takes the period view and layer kept from last time (view preferences), as `t` and `r` would set them.
    public mutating func restoreView(periods: PeriodView, layer: Layer) {
        if periods != self.periods {
            self.periods = periods
            setSize(width: width, height: height)
        }
        if layer != self.layer { toggleLayer() }
        _ = keepYearProgress()  // outside `update`: the opener's year, which the opener's store takes with it
        clampView()
    }

    mutating func cyclePeriods() {
        periods = periods.next
        setSize(width: width, height: height)  // the layout for the new columns
    }

    /// ← →: by one month in Bulan, by one period (to its first month) in Triwulan and Semester.
    mutating func movePeriods(_ delta: Int) {
        guard periods != .bulan else {
            month = Month(index: min(11, max(0, month.index + max(-12, min(12, delta))))) ?? month
            return
        }
        let p = min(periods.count - 1, max(0, cursorPeriod + max(-12, min(12, delta))))
        if p != cursorPeriod { month = periods.months(of: p).lowerBound }
    }

    /// A click on column `p`: the cursor goes to that period (its month kept when it is already there).
    mutating func selectPeriod(_ p: Int) {
        guard p != cursorPeriod else { return }
        month = periods.months(of: p).lowerBound
    }

    /// Whether a key that changes one month must wait for the month view (with the notice saying so).
    mutating func refusedOutsideBulan() -> Bool {
        guard periods != .bulan else { return false }
        notice = .needsBulan
        return true
    }

    /// A period's capaian for a row, or for a folded line's group.
    func periodFigures(row index: Int, period p: Int) -> ProgressFigures {
        let period = periods.progressPeriod(p)
        if let fold = foldLine(at: index) {
            return progress?.figures(of: group(of: fold, row: plan.rows[index]), period: period, asOf: asOf) ?? ProgressFigures()
        }
        return progress?.figures(row: index, period: period, asOf: asOf) ?? ProgressFigures()
    }
}

extension Painter {
    /// The column headers of the Triwulan or Semester view, centred, the cursor's period and today's marked.
    mutating func periodHeaders(_ state: AppState, _ layout: Layout) {
        let style = Style(.header, bold: true)
        let titles = state.periods == .triwulan ? state.text.triwulanHeaders : state.text.semesterHeaders
        let todayPeriod = state.today.map { state.periods.period(of: $0) }
        for (p, column) in layout.months.enumerated() {
            var cellStyle = style
            if p == todayPeriod {
                cellStyle = Style(.currentMonth, bold: true)
                fill(x: column.x, y: layout.headerRuleY, width: column.width, style: cellStyle, with: glyphs.currentMonth)
            }
            if p == state.cursorPeriod { cellStyle = Style(.headerCursor, bold: true, underline: p == todayPeriod) }
            centred(titles.indices.contains(p) ? titles[p] : "", column, y: layout.headerY, style: cellStyle)
        }
    }

    /// Rencana in Triwulan or Semester: per period `√n` (n months planned, `*` when it differs from the plan as
    /// signed) or `·`; a folded line counts the months of the period any of its rows has (the union).
    mutating func periodMarkCells(_ state: AppState, _ layout: Layout, index: Int, selected: Bool, y: Int) {
        let union = state.foldLine(at: index).map { state.unionMarks($0) }
        let marks = (union?.marks ?? state.marks(of: index)).bits
        let signed = (union?.signed ?? state.plan.rows[index].baseline).bits
        periodBackground(layout, selected: selected, y: y)
        let texts = periodTexts ?? PeriodCellTexts(glyphs)
        periodTexts = texts
        for (p, column) in layout.months.enumerated() {
            let mask = state.periods.bits(of: p)
            let on = (marks & mask).nonzeroBitCount
            let changed = marks & mask != signed & mask
            let isCursor = selected && p == state.cursorPeriod
            let (value, w) = texts.text(count: on, changed: changed, cursor: isCursor)
            let role: StyleRole = on > 0 ? (changed ? .barChanged : .bar) : (changed ? .removed : selected ? .cursorRow : .dim)
            let style = isCursor ? Style(.cursorCell, bold: true, underline: changed) : Style(role, bold: selected || changed)
            if on > 0 || changed || isCursor { fill(x: column.x, y: y, width: column.width, style: style) }
            let x = column.x + (column.width - min(w, column.width)) / 2
            text(value, x: x, y: y, width: column.end - x, style: style)
        }
    }

    /// Realisasi in Triwulan or Semester: each period's capaian as of the as-of month (`–` when nothing is due),
    /// styled by how far along it is.
    mutating func periodCapaianCells(_ state: AppState, _ layout: Layout, index: Int, selected: Bool, y: Int) {
        periodBackground(layout, selected: selected, y: y)
        for (p, column) in layout.months.enumerated() {
            let figures = state.periodFigures(row: index, period: p)
            let isCursor = selected && p == state.cursorPeriod
            let value = isCursor ? "[\(figures.capaianText)]" : figures.capaianText
            let role = Self.capaianRole(figures)
            let style = isCursor ? Style(.cursorCell, bold: true)
                : Style(role == .dim && selected ? .cursorRow : role, bold: selected || role == .overdue)
            if isCursor { fill(x: column.x, y: y, width: column.width, style: style) }
            centred(value, column, y: y, style: style)
        }
    }

    /// How far along a period is: all done, some, none yet with months overdue, none (missed), or nothing due.
    static func capaianRole(_ figures: ProgressFigures) -> StyleRole {
        guard let tenths = figures.capaianTenths else { return .dim }
        if tenths >= 1000 { return .done }
        if tenths > 0 { return .partly }
        return figures.overdue > 0 ? .overdue : .missed
    }

    private mutating func periodBackground(_ layout: Layout, selected: Bool, y: Int) {
        if let first = layout.months.first, let last = layout.months.last {
            fill(x: first.x, y: y, width: last.end - first.x, style: selected ? Style(.cursorRow, bold: true) : Style(.dim))
        }
    }

    /// `value` centred in `column` (cut to its width).
    private mutating func centred(_ value: String, _ column: Layout.Column, y: Int, style: Style) {
        let w = min(clean(value).displayWidth, column.width)
        text(value, x: column.x + (column.width - w) / 2, y: y, width: column.width - (column.width - w) / 2, style: style)
    }
}

/// The texts of a period cell in one glyph set (`√3`, `√3*`, `[√3]`, `·`…) and their widths, made once per frame
/// instead of once per cell.
struct PeriodCellTexts {
    /// [count 0…6][changed][cursor].
    private let texts: [[[(String, Int)]]]

    init(_ glyphs: Glyphs) {
        texts = (0...6).map { count in
            [false, true].map { changed in
                [false, true].map { cursor in
                    var value = count > 0 ? "\(glyphs.mark)\(count)" : glyphs.empty
                    if changed { value += glyphs.changed }
                    if cursor { value = "[\(value)]" }
                    return (value, value.displayWidth)
                }
            }
        }
    }

    func text(count: Int, changed: Bool, cursor: Bool) -> (String, Int) {
        texts[min(max(count, 0), 6)][changed ? 1 : 0][cursor ? 1 : 0]
    }
}
