import Foundation
import PlanModel

extension Painter {
    /// The grid's body: rows and area rules from the scroll position down.
    mutating func body(_ state: AppState, _ layout: Layout) {
        let lines = state.bodyLines
        // The merged AREA / KEGIATAN / SUB KEGIATAN cells of the rows on screen, each cell's text wrapped once.
        var merged: [[(text: String, inherited: Bool)?]] = []
        if layout.mode == .table {
            var end = state.top
            for case .row(let i) in lines { end = max(end, i + 1) }
            merged = AppState.MergedLevel.allCases.map {
                state.mergedCells($0, rows: state.top..<end, width: layout.texts[$0.rawValue].width)
            }
        }
        for (n, line) in lines.enumerated() {
            let y = layout.bodyY + n
            switch line {
            case .rule(let area): rule(state, layout, area: area, y: y)
            case .row(let i):
                row(state, layout, visible: i, y: y, merged: merged)
                conflictMarks(state, layout, visible: i, y: y)
            case .kegiatan(let i): outlineParent(state, layout, visible: i, level: 0, y: y)
            case .subKegiatan(let i): outlineParent(state, layout, visible: i, level: 1, y: y)
            }
        }
        if state.visibleRows.isEmpty, state.gridHeight > 0 {
            text(state.text.noRows, x: 1, y: layout.bodyY, width: layout.width - 1, style: Style(.dim))
        }
    }

    mutating func rule(_ state: AppState, _ layout: Layout, area: Int, y: Int) {
        fill(x: 0, y: y, width: layout.width, style: Style(.rule), with: glyphs.horizontal)
        if state.layer == .realisasi, state.plan.areas.indices.contains(area) {
            capaian(state.groupFigures(.area(area)), layout, y: y, style: Style(.header, bold: true), padded: true)
        }
        guard layout.mode == .outline, state.plan.areas.indices.contains(area) else { return }
        let a = state.plan.areas[area]
        let title = " \(a.number) \(a.name) "
        // In Realisasi the area's capaian keeps the end of the text column.
        let end = state.layer == .realisasi ? Self.capaianColumn(layout).map { $0.x - 1 } : nil
        // The area's first visible row (rows are in document order): whether its area's name was changed.
        var low = 0, high = state.visibleRows.count
        while low < high {
            let mid = (low + high) / 2
            if state.plan.rows[state.visibleRows[mid]].position.area < area { low = mid + 1 } else { high = mid }
        }
        let changed = low < state.visibleRows.count && state.isTextChanged(.area, row: state.visibleRows[low])
        text(title, x: 1, y: y, width: max(0, (end ?? layout.label?.width ?? layout.width) - 1),
             style: changed ? Style(.barChanged, bold: true) : Style(.header, bold: true))
    }

    /// `style`, or the changed style when `field` of plan row `index` differs from the plan as signed.
    func changedStyle(_ state: AppState, _ field: PlanTextField, _ index: Int, _ style: Style) -> Style {
        state.isTextChanged(field, row: index) ? Style(.barChanged, bold: style.bold) : style
    }

    /// One indicator row: its texts (parents in merged cells, see MergedCells.swift) and twelve month cells.
    /// `merged` holds each level's merged cells for the rows on screen, from `state.top` (table mode).
    mutating func row(_ state: AppState, _ layout: Layout, visible i: Int, y: Int, merged: [[(text: String, inherited: Bool)?]]) {
        let plan = state.plan
        let index = state.visibleRows[i]
        let row = plan.rows[index]
        let previous = i > 0 ? plan.rows[state.visibleRows[i - 1]].position : nil
        let isTop = i == state.top
        let newArea = previous?.area != row.position.area
        let selected = i == state.cursor
        let base = Style(selected ? .cursorRow : .normal, bold: selected)
        let query = state.isMatch(index) ? state.activeQuery : ""
        let fold = state.foldLine(at: index)

        if layout.mode == .table {
            // The cursor's row is highlighted from its INDIKATOR on: NO., AREA, KEGIATAN and SUB KEGIATAN are
            // merged cells that span several rows, so they keep their look (and a move sends only the row's own cells).
            let indikator = layout.texts[3]
            fill(x: 0, y: y, width: indikator.x, style: .normal)
            fill(x: indikator.x, y: y, width: layout.width - indikator.x, style: base)
            // The top row repeats its parents dimmed, so scrolling never loses the context.
            let inherited = Style(.dim)
            if let no = layout.no, newArea || isTop {
                text(String(row.areaNumber), x: no.x, y: y, width: no.width, style: newArea ? .normal : inherited)
            }
            for level in AppState.MergedLevel.allCases {
                if let fold, level.rawValue >= fold.level - 1 { break }  // a folded line's own level and below: drawn below
                let column = layout.texts[level.rawValue]
                guard merged.indices.contains(level.rawValue), merged[level.rawValue].indices.contains(i - state.top),
                      let cell = merged[level.rawValue][i - state.top] else { continue }
                let field: PlanTextField = level == .area ? .area : level == .kegiatan ? .kegiatan : .sub
                let changed = !cell.inherited && state.isTextChanged(field, row: index)
                highlighted(cell.text, query: state.activeQuery, x: column.x, y: y, width: column.width,
                            style: changed ? Style(.barChanged) : cell.inherited ? inherited : .normal)
            }
            if let fold {
                let column = layout.texts[fold.level - 1]
                // The title spans the empty columns of the levels folded into it.
                foldedTitle(state, row: row, fold: fold, x: column.x, y: y, width: indikator.x - 1 - column.x, countInside: false)
                text(state.text.foldedRows(fold.rows.count), x: indikator.x, y: y, width: indikator.width,
                     style: Style(selected ? .cursorRow : .dim, bold: selected))
            } else {
                highlighted(row.indikator, query: query, x: indikator.x, y: y, width: indikator.width,
                            style: changedStyle(state, .indikator, index, base))
            }
            if state.layer == .realisasi {
                let figures = fold.map { state.groupFigures(state.group(of: $0, row: row)) } ?? state.rowFigures(index)
                capaian(figures, layout, y: y, style: base, padded: false)
            } else if let ket = layout.ket, fold == nil {
                highlighted(row.ket, query: query, x: ket.x, y: y, width: ket.width, style: changedStyle(state, .ket, index, base))
            }
            // Inside the highlight the separators take the row's style: fewer style changes to send per move.
            let foldSpan = fold.map { layout.texts[$0.level - 1].x..<indikator.x - 1 }
            for x in layout.separators where !(foldSpan?.contains(x) ?? false) {
                text(glyphs.vertical, x: x, y: y, width: 1, style: selected && x > indikator.x ? base : Style(.rule))
            }
        } else if let label = layout.label {
            fill(x: 0, y: y, width: layout.width, style: base)
            if let fold {
                let indent = max(0, 2 * fold.level - 3)  // where its level's title line would start
                // In Realisasi the group's capaian keeps the end of the text column.
                let room = state.layer == .realisasi && Self.capaianColumn(layout) != nil ? Self.capaianWidth + 1 : 0
                foldedTitle(state, row: row, fold: fold, x: label.x + indent, y: y, width: label.width - indent - room,
                            countInside: true)
                text(glyphs.vertical, x: label.end, y: y, width: 1, style: Style(.rule))
                if state.layer == .realisasi {
                    capaian(state.groupFigures(state.group(of: fold, row: row)), layout, y: y, style: base, padded: true)
                }
                monthCells(state, layout, index: index, selected: selected, y: y)
                return
            }
            let indent = 5
            let value = row.indikator.isEmpty ? state.text.detailNone : row.indikator
            let room = state.layer == .realisasi && Self.capaianColumn(layout) != nil ? Self.capaianWidth + 1 : 0
            highlighted(value, query: query, x: label.x + indent, y: y, width: label.width - indent - room,
                        style: changedStyle(state, .indikator, index, base))
            if state.layer == .realisasi { capaian(state.rowFigures(index), layout, y: y, style: base, padded: false) }
            text(glyphs.vertical, x: label.end, y: y, width: 1, style: Style(.rule))
        }
        monthCells(state, layout, index: index, selected: selected, y: y)
    }

    /// A folded line's marker and its level's title; in the outline, the count of rows it holds after it.
    mutating func foldedTitle(_ state: AppState, row: PlanRow, fold: FoldLine, x: Int, y: Int, width: Int, countInside: Bool) {
        guard width > 2 else { return }
        let title: String
        switch fold.level {
        case 1: title = "\(row.areaNumber) \(row.areaName)"
        case 2: title = row.kegiatan
        default: title = row.subKegiatan
        }
        let selected = state.selectedRow == row.index
        text(glyphs.folded, x: x, y: y, width: 1, style: Style(.key, bold: true))
        let count = countInside ? " " + state.text.foldedRows(fold.rows.count) : ""
        let countWidth = min(clean(count).displayWidth, max(0, width - 2 - 8))
        let query = state.isMatch(row.index) ? state.activeQuery : ""
        let used = highlighted(title, query: query, x: x + 2, y: y, width: width - 2 - countWidth,
                               style: Style(selected ? .cursorRow : .normal, bold: true))
        if countWidth > 0 {
            text(count, x: x + 2 + used, y: y, width: countWidth, style: Style(selected ? .cursorRow : .dim))
        }
    }

    /// Outline mode: a KEGIATAN (level 0) or SUB KEGIATAN (level 1) line above the rows it holds.
    mutating func outlineParent(_ state: AppState, _ layout: Layout, visible i: Int, level: Int, y: Int) {
        guard let label = layout.label, state.visibleRows.indices.contains(i) else { return }
        let index = state.visibleRows[i]
        let row = state.plan.rows[index]
        let query = state.isMatch(index) ? state.activeQuery : ""
        let indent = 1 + level * 2
        let style = changedStyle(state, level == 0 ? .kegiatan : .sub, index, Style(.normal, bold: level == 0))
        text(glyphs.outline, x: label.x + indent, y: y, width: 1, style: Style(.dim))
        highlighted(level == 0 ? row.kegiatan : row.subKegiatan, query: query, x: label.x + indent + 2, y: y,
                    width: label.width - indent - 2, style: style)
        text(glyphs.vertical, x: label.end, y: y, width: 1, style: Style(.rule))
    }

    /// Writes `value` truncated to `width`, with case- and diacritic-insensitive matches of `query` highlighted.
    /// A match cut off by the truncation highlights its visible part and the ellipsis.
    @discardableResult
    mutating func highlighted(_ value: String, query: String, x: Int, y: Int, width: Int, style: Style) -> Int {
        let single = clean(value.containsNewline ? value.replacingOccurrences(of: "\n", with: " ") : value)
        let used = text(single, x: x, y: y, width: width, style: style)
        guard !query.isEmpty, used > 0 else { return used }
        let visible = single.displayWidth <= width ? width : width - glyphs.ellipsis.displayWidth
        var searchFrom = single.startIndex
        while searchFrom < single.endIndex,
              let range = single.range(of: query, options: [.caseInsensitive, .diacriticInsensitive],
                                       range: searchFrom..<single.endIndex), !range.isEmpty {
            let start = String(single[single.startIndex..<range.lowerBound]).displayWidth
            guard start < visible else {
                buffer.restyle(x: x + visible, y: y, width: width - visible) { $0 = Style(.match, bold: true) }
                break
            }
            let end = start + String(single[range]).displayWidth
            let shownEnd = end > visible ? width : end  // cut off: the ellipsis is part of the highlight
            buffer.restyle(x: x + start, y: y, width: shownEnd - start) { $0 = Style(.match, bold: true) }
            searchFrom = range.upperBound
        }
        return used
    }

    /// Twelve month cells: bars for scheduled months (joined when consecutive), changes marked, the cursor's cell distinct.
    private mutating func monthCells(_ state: AppState, _ layout: Layout, index: Int, selected: Bool, y: Int) {
        if state.periods != .bulan {
            return state.layer == .realisasi ? periodCapaianCells(state, layout, index: index, selected: selected, y: y)
                : periodMarkCells(state, layout, index: index, selected: selected, y: y)
        }
        if state.layer == .realisasi {
            if let fold = state.foldLine(at: index) { return foldedRealisasiCells(state, layout, fold: fold, index: index, selected: selected, y: y) }
            return realisasiCells(state, layout, index: index, selected: selected, y: y)
        }
        // A folded line shows the union of its rows' months (in Rencana; Realisasi summarises its realisation).
        let union = state.foldLine(at: index).map { state.unionMarks($0) }
        let marks = union?.marks ?? state.marks(of: index)
        let signed = union?.signed ?? state.plan.rows[index].baseline
        // The gaps between months share the empty months' style, so a row of dots is one run of one style.
        if let first = layout.months.first, let last = layout.months.last {
            fill(x: first.x, y: y, width: last.end - first.x, style: selected ? Style(.cursorRow, bold: true) : Style(.dim))
        }
        for (m, column) in layout.months.enumerated() {
            guard let month = Month(index: m) else { continue }
            let on = marks.contains(month), wasOn = signed.contains(month)
            let changed = on != wasOn
            let role: StyleRole = on ? (changed ? .barChanged : .bar) : (changed ? .removed : selected ? .cursorRow : .dim)
            let isCursor = selected && month == state.month
            let style = isCursor ? Style(.cursorCell, bold: true, underline: changed) : Style(role, bold: selected || changed)
            if let graphemes = monthTexts.graphemes(on: on, changed: changed, cursor: isCursor), graphemes.count <= column.width {
                buffer.put(graphemes: graphemes, x: column.x, y: y, style: style)
            } else {
                text(monthTexts.text(on: on, changed: changed, cursor: isCursor), x: column.x, y: y, width: column.width, style: style)
            }
            // Join consecutive scheduled months into one bar.
            if m < 11, let nextMonth = Month(index: m + 1), on, marks.contains(nextMonth) {
                let nextChanged = !signed.contains(nextMonth)
                fill(x: column.end, y: y, width: 1, style: Style(changed || nextChanged ? .barChanged : .bar, bold: selected))
            }
        }
    }
}

/// The texts of a month cell in one glyph set, made once per frame instead of once per cell.
struct MonthCellTexts {
    /// [on][changed]: " √ ", " √*", " · ", " ·*".
    private let plain: [[String]]
    /// [on]: "[√]", "[·]".
    private let cursor: [String]

    /// The same texts as one-column graphemes, when they are simple text (see `SimpleText`).
    private let plainGraphemes: [[[String]?]]
    private let cursorGraphemes: [[String]?]

    init(_ glyphs: Glyphs) {
        plain = [glyphs.empty, glyphs.mark].map { mark in [" \(mark) ", " \(mark)\(glyphs.changed)"] }
        cursor = [glyphs.empty, glyphs.mark].map { "[\($0)]" }
        func graphemes(_ text: String) -> [String]? {
            SimpleText.columns(text) == nil ? nil : text.unicodeScalars.map { String(Character($0)) }
        }
        plainGraphemes = plain.map { $0.map(graphemes) }
        cursorGraphemes = cursor.map(graphemes)
    }

    func text(on: Bool, changed: Bool, cursor isCursor: Bool) -> String {
        isCursor ? cursor[on ? 1 : 0] : plain[on ? 1 : 0][changed ? 1 : 0]
    }

    /// `text(on:changed:cursor:)` cell by cell; nil when it is not simple text.
    func graphemes(on: Bool, changed: Bool, cursor isCursor: Bool) -> [String]? {
        isCursor ? cursorGraphemes[on ? 1 : 0] : plainGraphemes[on ? 1 : 0][changed ? 1 : 0]
    }
}

extension String {
    /// Whether the text holds a line feed (a byte scan, no grapheme breaking).
    var containsNewline: Bool {
        utf8.withContiguousStorageIfAvailable { bytes in bytes.contains(0x0A) } ?? utf8.contains(0x0A)
    }
}
