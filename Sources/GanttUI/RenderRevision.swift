import PlanModel
import RencanaText

extension Painter {
    /// The revision view, drawn instead of the grid: the title with the counts, a header, one line per row
    /// (removed rows where they were) with its markers and months, the cursor's differences in a pane, the keys.
    mutating func revisionView(_ state: AppState, _ view: RevisionView, _ layout: Layout) {
        let t = state.text.structure, width = layout.width, height = layout.height
        // Title bar: what the view is, and how much changed.
        fill(x: 0, y: 0, width: width, style: Style(.title))
        let c = view.counts
        // The title bar's words; where they do not fit, its one figure (as the grid's title bar shortens them).
        let words = state.text.changeCounts(c.added, c.removed, c.moved, c.text, c.months)
        let counts = clean(words).displayWidth + 1 <= width - 12 ? words : state.text.changedRows(c.rows)
        let countsWidth = min(clean(counts).displayWidth + 1, max(0, width - 12))
        text(counts, x: width - countsWidth, y: 0, width: countsWidth, style: Style(.title))
        let titleRoom = max(0, width - countsWidth - 2)
        let title = t.revisionTitles.first { clean($0).displayWidth <= titleRoom } ?? t.revisionTitles.last ?? ""
        text(title, x: 1, y: 0, width: titleRoom, style: Style(.title, bold: true))

        let columns = RevisionColumns(width: width, placeWidth: view.idWidth)
        // Header: the columns, the markers' legend, the months.
        fill(x: 0, y: 1, width: width, style: Style(.header, bold: true))
        text(TableHeader.no, x: columns.place, y: 1, width: columns.placeWidth, style: Style(.header, bold: true))
        let legend = t.revisionLegend([glyphs.added, glyphs.deleted, glyphs.movedRow, glyphs.textChanged, glyphs.changed])
        let used = text(TableHeader.indikator, x: columns.text, y: 1, width: columns.textWidth, style: Style(.header, bold: true))
        if used + 2 + clean(legend).displayWidth <= columns.textWidth {
            text(legend, x: columns.text + columns.textWidth - clean(legend).displayWidth, y: 1, width: columns.textWidth,
                 style: Style(.header))
        }
        for month in Month.allCases {
            text(columns.monthWidth >= 3 ? month.label : String(month.label.prefix(1)), x: columns.month(month.index), y: 1,
                 width: columns.monthWidth, style: Style(.header, bold: true))
        }
        fill(x: 0, y: 2, width: width, style: Style(.rule), with: glyphs.horizontal)

        let listHeight = state.revisionListHeight(view)
        for n in 0..<listHeight {
            let line = view.top + n
            guard view.lines.indices.contains(line) else { break }
            revisionLine(view, line, columns, y: 3 + n, selected: line == view.cursor)
        }
        if view.lines.isEmpty { text(state.text.noRows, x: 1, y: 3, width: width - 1, style: Style(.dim)) }
        if view.showsDifferences { differencesPane(state, view, layout) }
        let y = layout.keyBarY
        fill(x: 0, y: y, width: width, style: Style(.keyLabel))
        keys(t.keysRevision, from: 0, y: y, width: width)
        _ = height
    }

    /// One line: markers, place, INDIKATOR, twelve months (changed months as in the grid).
    private mutating func revisionLine(_ view: RevisionView, _ n: Int, _ columns: RevisionColumns, y: Int, selected: Bool) {
        let flags = view.flags[n]
        let row = view.row(n)
        let role: StyleRole = flags.contains(.added) ? .added : flags.contains(.removed) ? .deleted
            : flags.contains(.moved) ? .movedRow : flags.contains(.text) ? .textChanged : .normal
        let base = selected ? Style(.cursorRow, bold: true) : Style(role, bold: role != .normal && role != .deleted)
        fill(x: 0, y: y, width: columns.width, style: selected ? Style(.cursorRow, bold: true) : .normal)
        let first = flags.contains(.added) ? (glyphs.added, StyleRole.added)
            : flags.contains(.removed) ? (glyphs.deleted, .deleted) : flags.contains(.moved) ? (glyphs.movedRow, .movedRow) : nil
        if let (mark, markRole) = first { text(mark, x: 0, y: y, width: 1, style: Style(markRole, bold: true)) }
        if flags.contains(.text) { text(glyphs.textChanged, x: 1, y: y, width: 1, style: Style(.textChanged, bold: true)) }
        if flags.contains(.months) { text(glyphs.changed, x: 2, y: y, width: 1, style: Style(.barChanged, bold: true)) }
        text(row.place, x: columns.place, y: y, width: columns.placeWidth, style: base)
        let indikator = row.indikator.replacingOccurrences(of: "\n", with: " ")
        text(indikator, x: columns.text, y: y, width: columns.textWidth, style: base)
        let removed = flags.contains(.removed)
        for month in Month.allCases {
            let on = row.months.contains(month), wasOn = row.signed.contains(month)
            let changed = !removed && on != wasOn
            let style: Style
            if removed { style = Style(on ? .deleted : .dim) }
            else if on { style = Style(changed ? .barChanged : .bar, bold: changed) }
            else { style = Style(changed ? .removed : selected ? .cursorRow : .dim, bold: changed) }
            let mark = on || changed && !removed ? (on ? glyphs.mark : glyphs.empty) : glyphs.empty
            let cell = columns.monthWidth >= 3 ? " \(mark)\(changed ? glyphs.changed : " ")" : mark
            text(cell, x: columns.month(month.index), y: y, width: columns.monthWidth, style: style)
        }
    }

    /// The pane of the cursor's differences, above the key bar.
    private mutating func differencesPane(_ state: AppState, _ view: RevisionView, _ layout: Layout) {
        guard view.lines.indices.contains(view.cursor) else { return }
        let t = state.text.structure
        let height = state.revisionPaneHeight
        let y0 = layout.keyBarY - height
        let inner = box(x: 0, y: y0, width: layout.width, height: height, title: t.differencesTitle(view.row(view.cursor).place))
        let changes = view.differences(of: view.cursor)
        var lines: [String] = []
        for change in changes {
            let line = clean(Self.differenceLine(change))
            lines += line.displayWidth <= inner.width ? [line] : line.wrapped(toWidth: max(1, inner.width))
        }
        if lines.isEmpty { lines = [t.noDifferences] }
        for (n, line) in lines.prefix(inner.height).enumerated() {
            text(line, x: inner.x, y: inner.y + n, width: inner.width, style: Style(.overlay))
        }
    }

    /// One difference in the words of `rencana diff`: `1.2 KEGIATAN: "old" → "new"`, `row moved from 1.1.1.2 to 1.2.1.1`.
    static func differenceLine(_ change: PlanModel.PlanChange) -> String {
        let level = Text.Diff.levelName(change.level.rawValue)
        let months = change.months.map(\.label).joined(separator: ", ")
        func quoted(_ text: String) -> String { "\"" + text.replacingOccurrences(of: "\n", with: " ") + "\"" }
        let body: String
        switch change.kind {
        case .changed:
            body = Text.Diff.fieldName(change.field?.rawValue ?? "") + ": " + quoted(change.old) + Text.Diff.arrow + quoted(change.new)
        case .added: body = Text.Diff.added(level: level, id: nil, text: quoted(change.new), months: months)
        case .removed: body = Text.Diff.removed(level: level, id: nil, text: quoted(change.old))
        case .moved:
            guard change.level == .indikator else {
                return Text.Diff.moved(level: change.place + " " + level, from: change.old, to: change.new)
            }
            // A row is named by its id; where it was and is, by its sub kegiatan and its place there (a row's
            // position is never shown as a dotted number, which would read as another row's id).
            func place(_ dotted: String) -> (sub: String, n: String) {
                let parts = dotted.split(separator: ".")
                return (parts.dropLast().joined(separator: "."), parts.last.map(String.init) ?? "")
            }
            let (from, to) = (place(change.old), place(change.new))
            let sub = Text.Diff.levelName(DiffLevel.sub.rawValue)
            return Text.Diff.moved(level: reference(change) + " " + level, from: Text.Dashboard.placeInSub(sub, from.sub, from.n),
                                   to: from.sub == to.sub ? Text.Dashboard.placeInSub(nil, "", to.n)
                                       : Text.Dashboard.placeInSub(sub, to.sub, to.n))
        case .monthsAdded, .monthsRemoved: body = Text.Diff.months(added: change.kind == .monthsAdded, months)
        }
        return reference(change) + " " + body
    }

    /// What a difference is about: a row by its id, a group by its place.
    private static func reference(_ change: PlanModel.PlanChange) -> String {
        change.level == .indikator ? change.row?.rawValue ?? change.place : change.place
    }
}

/// Where the revision view's columns go at a width: markers, place, INDIKATOR, twelve months at the right.
struct RevisionColumns {
    let width: Int
    let place = 4
    /// The NO. column: the row ids (`RevisionView.idWidth`).
    let placeWidth: Int
    /// A month's cell: " √* " on wide screens, one column on narrow ones.
    let monthWidth: Int
    let monthGap = 1
    var text: Int { place + placeWidth + 1 }
    var firstMonth: Int { max(text + 1, width - 12 * (monthWidth + monthGap)) }
    var textWidth: Int { max(0, firstMonth - 1 - text) }

    init(width: Int, placeWidth: Int = 9) {
        self.width = width
        self.placeWidth = placeWidth
        monthWidth = width >= 100 ? 3 : 1
    }

    func month(_ index: Int) -> Int { firstMonth + index * (monthWidth + monthGap) }
}
