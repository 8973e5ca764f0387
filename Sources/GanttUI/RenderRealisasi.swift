import PlanModel

extension Painter {
    /// The capaian column's width: "87,5%" (and "100%", "–").
    static let capaianWidth = 6

    /// Where the capaian is drawn: the KET column in the table (its header says CAPAIAN), the end of the
    /// outline's text column.
    static func capaianColumn(_ layout: Layout) -> Layout.Column? {
        if let ket = layout.ket { return Layout.Column(x: ket.x, width: min(ket.width, capaianWidth)) }
        if let label = layout.label, label.width > capaianWidth + 8 {
            return Layout.Column(x: label.end - capaianWidth, width: capaianWidth)
        }
        return nil
    }

    /// A row's, group's or area's capaian, right-aligned in the capaian column (`padded`: with a blank each side,
    /// on a rule line).
    mutating func capaian(_ figures: ProgressFigures, _ layout: Layout, y: Int, style: Style, padded: Bool) {
        guard let column = Self.capaianColumn(layout) else { return }
        let value = figures.capaianText
        let shown = padded ? " \(value) " : value
        let w = clean(shown).displayWidth
        // On a rule line the figure may reach left of the column ("─ 34,1% ─" is wider than a row's "34,1%").
        let x = padded ? max(0, column.end - w) : max(column.x, column.end - w)
        fill(x: column.x, y: y, width: column.width, style: padded ? Style(.rule) : style)
        text(shown, x: x, y: y, width: column.end - x, style: style)
    }

    /// The Realisasi layer's twelve cells: each month's status as a glyph in its own style, the cursor's cell
    /// bracketed.
    mutating func realisasiCells(_ state: AppState, _ layout: Layout, index: Int, selected: Bool, y: Int) {
        if let first = layout.months.first, let last = layout.months.last {
            fill(x: first.x, y: y, width: last.end - first.x, style: selected ? Style(.cursorRow, bold: true) : Style(.dim))
        }
        for (m, column) in layout.months.enumerated() {
            guard let month = Month(index: m) else { continue }
            let (glyph, role) = realisasiGlyph(state.cellProgress(row: index, month: month))
            let isCursor = selected && month == state.month
            let cell = isCursor ? "[\(glyph)]" : " \(glyph) "
            let style = isCursor ? Style(.cursorCell, bold: true)
                : Style(role == .dim && selected ? .cursorRow : role, bold: selected || role == .overdue)
            text(cell, x: column.x, y: y, width: column.width, style: style)
        }
    }

    /// A folded line's twelve cells in Realisasi: each month its group's realisation, as the Triwulan view rates a
    /// period (all due done √, some ½, none with some overdue !, none ×), not the plan's marks: the layer is about
    /// what was done. A month with nothing due shows a move, work outside the schedule or months not yet due.
    mutating func foldedRealisasiCells(_ state: AppState, _ layout: Layout, fold: FoldLine, index: Int, selected: Bool, y: Int) {
        if let first = layout.months.first, let last = layout.months.last {
            fill(x: first.x, y: y, width: last.end - first.x, style: selected ? Style(.cursorRow, bold: true) : Style(.dim))
        }
        let group = state.group(of: fold, row: state.plan.rows[index])
        let months = state.foldedProgress(group, planned: state.unionMarks(fold).marks)
        for (m, column) in layout.months.enumerated() {
            guard let month = Month(index: m), months.indices.contains(m) else { continue }
            let (glyph, role) = realisasiGlyph(months[m])
            let isCursor = selected && month == state.month
            let cell = isCursor ? "[\(glyph)]" : " \(glyph) "
            let style = isCursor ? Style(.cursorCell, bold: true)
                : Style(role == .dim && selected ? .cursorRow : role, bold: selected || role == .overdue)
            text(cell, x: column.x, y: y, width: column.width, style: style)
        }
    }

    /// The glyph and style of one cell's progress.
    func realisasiGlyph(_ progress: CellProgress) -> (String, StyleRole) {
        switch progress {
        case .none: return (glyphs.empty, .dim)
        case .notYetDue: return (glyphs.notYetDue, .notYetDue)
        case .done: return (glyphs.done, .done)
        case .partly: return (glyphs.partly, .partly)
        case .missed: return (glyphs.missed, .missed)
        case .overdue: return (glyphs.overdue, .overdue)
        case .moved: return (glyphs.moved, .moved)
        case .outside: return (glyphs.outside, .outside)
        }
    }
}
