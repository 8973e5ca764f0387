import PlanModel
import RencanaText

/// The roll-up's whole screen for `state`: a pure function of it, drawing only the lines on screen. With an office
/// open, that office's grid as the plan dashboard draws it, under a key bar that leads back.
public func renderRollup(_ state: RollupState) -> Buffer {
    if let office = state.office { return renderOffice(state, office) }
    var painter = Painter(width: state.width, height: state.height, glyphs: state.glyphs)
    let layout = state.layout
    guard !layout.tooSmall else {
        let message = Text.RollupDashboard.tooSmall(state.width, state.height, RollupLayout.minWidth, RollupLayout.minHeight)
        for (i, line) in painter.clean(message).wrapped(toWidth: max(1, state.width)).prefix(state.height).enumerated() {
            painter.text(line, x: 0, y: i, width: state.width, style: Style(.warning))
        }
        return painter.buffer
    }
    painter.rollupTitle(state, layout)
    painter.rollupHeader(state, layout)
    painter.rollupBody(state, layout)
    painter.rollupTotal(state, layout)
    painter.rollupKeyBar(state, layout)
    if case .help(let scroll) = state.overlay { painter.rollupHelp(state, scroll: scroll) }
    return painter.buffer
}

/// The open office: its grid as the plan dashboard draws it; where the grid's key bar would be, the roll-up's (Esc
/// leads back), or the refusal of a key that would change the plan.
func renderOffice(_ state: RollupState, _ office: RollupOfficeView) -> Buffer {
    let grid = office.state
    var painter = Painter(width: state.width, height: state.height, glyphs: state.glyphs)
    painter.buffer = render(grid)
    let ownBar = grid.prompt == nil && grid.search == nil && !grid.foldPrefixPending && grid.revision == nil
        && (grid.overlay == .none || { if case .detail = grid.overlay { true } else { false } }())
    guard ownBar, grid.layout.mode != .tooSmall else { return painter.buffer }
    let y = state.height - 1
    painter.fill(x: 0, y: y, width: state.width, style: Style(.keyLabel))
    if office.refused {
        painter.text(Text.RollupDashboard.readOnly, x: 1, y: y, width: state.width - 1, style: Style(.warning, bold: true))
    } else {
        painter.keys(Text.RollupDashboard.officeKeys, from: 0, y: y, width: state.width)
    }
    return painter.buffer
}

extension Painter {
    mutating func rollupTitle(_ state: RollupState, _ layout: RollupLayout) {
        let y = layout.titleY
        let t = Text.RollupDashboard.self
        fill(x: 0, y: y, width: layout.width, style: Style(.title))
        // (text, style, priority): the highest priority numbers go first when the line is too narrow.
        var right: [(String, Style, Int)] = []
        if let notice = state.notice { right.append((notice, Style(.title, bold: true), 0)) }
        right.append((state.layer == .rencana ? state.text.layerRencana : "Realisasi", Style(.title, bold: true), 2))
        right.append((periodName(state), Style(.title, bold: true), 1))
        if state.periods != .bulan { right.append((t.asOf(state.chosenPeriod.asOf.label), Style(.title), 4)) }
        let areas = state.areaFilter.sorted()
        // An area filter or a sort other than by office outranks the layer's name on a narrow terminal.
        right.append((areas.isEmpty ? t.allAreas : t.areas(areas), Style(.title, bold: !areas.isEmpty), areas.isEmpty ? 3 : 1))
        right.append((t.sortNames[state.sort.rawValue], Style(.title, bold: state.sort != .office), state.sort == .office ? 3 : 2))
        if !state.activeQuery.isEmpty {
            right.append((t.searchPosition(state.activeQuery, state.currentMatch, state.matches.count), Style(.title), 2))
        }
        if state.model.skipped > 0 { right.append((t.skipped(state.model.skipped), Style(.warning, bold: true), 1)) }
        let separator = " \(glyphs.vertical) "
        func widthOf(_ parts: [(String, Style, Int)]) -> Int {
            parts.reduce(0) { $0 + clean($1.0).displayWidth } + separator.displayWidth * max(0, parts.count - 1) + 1
        }
        let title = state.model.reading ? t.titleReading : t.title(state.model.year, offices: state.model.offices.count)
        // The title keeps its room (up to a third of the line); the right side's least needed parts go first.
        let reserved = min(clean(title).displayWidth + 2, max(12, layout.width / 3))
        while widthOf(right) > layout.width - reserved && right.count > 1,
              let drop = right.indices.max(by: { right[$0].2 < right[$1].2 }) {
            right.remove(at: drop)
        }
        let rightWidth = min(widthOf(right), layout.width)
        var x = max(0, layout.width - rightWidth)
        for (i, part) in right.enumerated() {
            if i > 0 { x += text(separator, x: x, y: y, width: layout.width - x, style: Style(.title)) }
            x += text(part.0, x: x, y: y, width: layout.width - x, style: part.1)
        }
        text(title, x: 1, y: y,
             width: max(0, layout.width - rightWidth - 2), style: Style(.title, bold: true))
    }

    /// The period the figures are of, as the title bar names it.
    func periodName(_ state: RollupState) -> String {
        let t = Text.RollupDashboard.self
        switch state.periods {
        case .bulan: return t.untilMonth(state.month.label)
        case .triwulan: return t.triwulan(["I", "II", "III", "IV"][state.periods.period(of: state.month)])
        case .semester: return t.semester(["I", "II"][state.periods.period(of: state.month)])
        }
    }

    mutating func rollupHeader(_ state: RollupState, _ layout: RollupLayout) {
        let y = layout.headerY
        let style = Style(.header, bold: true)
        fill(x: 0, y: y, width: layout.width, style: style)
        let prefix = state.model.commonPrefix
        // The words every office name starts with, when they fit whole beside the column's title.
        let withPrefix = Text.RollupDashboard.officeColumn + " " + glyphs.vertical + " " + prefix + glyphs.ellipsis
        let heading = prefix.isEmpty || clean(withPrefix).displayWidth > layout.name.width - 1
            ? Text.RollupDashboard.officeColumn : withPrefix
        text(heading, x: 1, y: y, width: layout.name.width - 1, style: style)
        for (figure, column) in layout.figures {
            rightAligned(Text.RollupDashboard.figureHeadings[figure.rawValue], column, y: y, style: style)
        }
        for x in layout.separators { text(glyphs.vertical, x: x, y: y, width: 1, style: Style(.rule)) }
        fill(x: 0, y: layout.headerRuleY, width: layout.width, style: Style(.rule), with: glyphs.horizontal)
        let titles = state.periods == .bulan ? Month.allCases.map(\.label)
            : state.periods == .triwulan ? state.text.triwulanHeaders : state.text.semesterHeaders
        let todayPeriod = state.today.map { state.periods.period(of: $0) }
        let cursorPeriod = state.periods.period(of: state.month)
        for (p, column) in layout.periodColumns.enumerated() {
            var cellStyle = style
            if p == todayPeriod {
                cellStyle = Style(.currentMonth, bold: true)
                fill(x: column.x, y: layout.headerRuleY, width: column.width, style: cellStyle, with: glyphs.currentMonth)
            }
            if p == cursorPeriod { cellStyle = Style(.headerCursor, bold: true, underline: p == todayPeriod) }
            let title = titles.indices.contains(p) ? titles[p] : ""
            let w = min(clean(title).displayWidth, column.width)
            text(title, x: column.x + (column.width - w) / 2, y: y, width: column.width - (column.width - w) / 2, style: cellStyle)
        }
    }

    mutating func rollupBody(_ state: RollupState, _ layout: RollupLayout) {
        if state.lines.isEmpty {
            let message = state.model.reading ? Text.RollupDashboard.reading
                : state.model.offices.isEmpty ? Text.RollupDashboard.noOffices : Text.RollupDashboard.noMatchingOffice
            text(message, x: 1, y: layout.bodyY, width: layout.width - 1, style: Style(.dim))
            return
        }
        for n in 0..<layout.bodyHeight {
            let position = state.top + n
            guard state.lines.indices.contains(position) else { break }
            rollupLine(state, layout, state.lines[position], y: layout.bodyY + n, selected: position == state.cursor)
        }
    }

    private mutating func rollupLine(_ state: RollupState, _ layout: RollupLayout, _ line: RollupState.Line, y: Int, selected: Bool) {
        let base = Style(selected ? .cursorRow : .normal, bold: selected)
        fill(x: 0, y: y, width: layout.width, style: base)
        let office = state.model.offices[line.office]
        switch line {
        case .office(let i):
            let open = state.openOffices.contains(office.key)
            text(open ? "-" : glyphs.folded, x: 0, y: y, width: 1, style: Style(.key, bold: true))
            let query = state.matches.contains(i) ? state.activeQuery : ""
            highlighted(state.model.shortName(i), query: query, x: 2, y: y, width: layout.name.width - 3,
                        style: Style(selected ? .cursorRow : .normal, bold: true))
        case .area(_, let a):
            let area = office.plan.areas[a]
            text("\(area.number) \(area.name)", x: 4, y: y, width: layout.name.width - 5, style: base)
        }
        let figures = state.figures(line)
        for (figure, column) in layout.figures {
            let value: String
            switch figure {
            case .rows: value = IndonesianNumber.integer(state.rows(line))
            case .due: value = IndonesianNumber.integer(figures.due)
            case .done: value = IndonesianNumber.integer(figures.done)
            case .capaian: value = figures.capaianText
            case .kurangBukti: value = IndonesianNumber.integer(figures.kurangBukti)
            case .conflicts: value = IndonesianNumber.integer(state.conflicts(line))
            case .latest: value = { if case .office = line { office.latest } else { "" } }()
            }
            rightAligned(value, column, y: y, style: base)
        }
        for x in layout.separators { text(glyphs.vertical, x: x, y: y, width: 1, style: selected ? base : Style(.rule)) }
        periodCells(state, layout, y: y, selected: selected) { state.columnFigures(line, column: $0) }
    }

    /// The province's line: Σ over every office (the area filter applied), under the offices.
    mutating func rollupTotal(_ state: RollupState, _ layout: RollupLayout) {
        let y = layout.totalY
        let style = Style(.header, bold: true)
        fill(x: 0, y: y, width: layout.width, style: style)
        text(Text.RollupDashboard.allOffices(state.model.offices.count), x: 2, y: y, width: layout.name.width - 3, style: style)
        // Made in `update` (RollupTotals.swift); a state built by hand has them made here.
        let totals = state.totals.key == state.totalsKey ? state.totals : state.fresh.totals
        let figures = totals.figures
        for (figure, column) in layout.figures {
            let value: String
            switch figure {
            case .rows: value = IndonesianNumber.integer(totals.rows)
            case .due: value = IndonesianNumber.integer(figures.due)
            case .done: value = IndonesianNumber.integer(figures.done)
            case .capaian: value = figures.capaianText
            case .kurangBukti: value = IndonesianNumber.integer(figures.kurangBukti)
            case .conflicts: value = IndonesianNumber.integer(totals.conflicts)
            case .latest: value = totals.latest
            }
            rightAligned(value, column, y: y, style: style)
        }
        for x in layout.separators { text(glyphs.vertical, x: x, y: y, width: 1, style: Style(.rule)) }
        periodCells(state, layout, y: y, selected: false, total: true) { p in
            totals.columns.indices.contains(p) ? totals.columns[p] : nil
        }
    }

    /// The period cells of a line: Rencana, the items planned in each period; Realisasi, each period's capaian
    /// coloured by how far it is (`·` not yet due, `–` nothing due). The cursor's line marks the chosen period.
    private mutating func periodCells(_ state: RollupState, _ layout: RollupLayout, y: Int, selected: Bool, total: Bool = false,
                                      figures: (Int) -> ProgressFigures?) {
        let cursorPeriod = state.periods.period(of: state.month)
        for (p, column) in layout.periodColumns.enumerated() {
            let f = figures(p)
            var value: String
            var role: StyleRole
            if state.layer == .rencana {
                let due = f?.due ?? 0
                value = due == 0 ? glyphs.empty : IndonesianNumber.integer(due)
                role = due == 0 ? .dim : .bar
            } else if let f {
                if let tenths = f.capaianTenths {
                    value = state.periods == .bulan ? String(tenths / 10) : f.capaianText
                    role = tenths >= 1000 ? .done : tenths >= 500 ? .partly : .missed
                } else {
                    value = Text.Progress.nothingDue
                    role = .dim
                }
            } else {
                value = glyphs.notYetDue
                role = .notYetDue
            }
            if column.width < clean(value).displayWidth { value = String(repeating: "+", count: column.width) }
            let isCursor = selected && p == cursorPeriod
            let style = isCursor ? Style(.cursorCell, bold: true) : total ? Style(.header, bold: true)
                : Style(role == .dim && selected ? .cursorRow : role, bold: selected)
            fill(x: column.x, y: y, width: column.width, style: style)
            rightAligned(value, column, y: y, style: style)
        }
    }

    private mutating func rightAligned(_ value: String, _ column: Layout.Column, y: Int, style: Style) {
        let w = min(clean(value).displayWidth, column.width)
        text(value, x: column.x + column.width - w, y: y, width: w, style: style)
    }

    mutating func rollupKeyBar(_ state: RollupState, _ layout: RollupLayout) {
        let y = layout.keyBarY
        fill(x: 0, y: y, width: layout.width, style: Style(.keyLabel))
        if let draft = state.searchDraft {
            let used = text("/" + draft, x: 0, y: y, width: layout.width, style: Style(.key, bold: true))
            keys(Text.RollupDashboard.searchKeys, from: min(layout.width, used + 3), y: y, width: layout.width)
            return
        }
        if state.foldPrefixPending {
            let names = RollupKeys.entries.filter(\.afterZ).map(\.label).joined(separator: " ")
            text(names, x: 0, y: y, width: layout.width, style: Style(.key, bold: true))
            return
        }
        keys(state.overlay == .none ? Text.RollupDashboard.keys : Text.RollupDashboard.helpKeys, from: 0, y: y, width: layout.width)
    }

    /// Help: every key of the roll-up with what it does, then the legend; it scrolls.
    mutating func rollupHelp(_ state: RollupState, scroll: Int) {
        var lines: [(String, String)] = []
        var seen: [String: Int] = [:]
        for entry in RollupKeys.entries {
            if let k = seen[entry.id] {
                lines[k].0 += " " + entry.label
            } else {
                seen[entry.id] = lines.count
                lines.append((entry.label, Text.RollupDashboard.keyHelp(entry.id)))
            }
        }
        lines.append(("", ""))
        for legend in Text.RollupDashboard.legend { lines.append(("", legend)) }
        helpBox(lines, title: Text.RollupDashboard.helpTitle, scroll: scroll, width: state.width, height: state.height)
    }
}
