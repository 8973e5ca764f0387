import PlanModel
import RencanaText

extension AppState {
    /// How the dashboard names the group of `level` holding plan row `index`: a row by its stored id (`1.4.1.1`,
    /// `r-bb888c551602`, the string every command takes), a group by its place (`1.2` for a kegiatan), which no row id
    /// can be (a row id is never shown as a position, so one string never names two rows).
    func place(_ level: PlanLevel, at index: Int) -> String {
        guard plan.rows.indices.contains(index) else { return "" }
        let row = plan.rows[index], p = row.position
        if level == .indikator { return row.id.rawValue }
        let parts = [row.areaNumber, p.kegiatan + 1, p.sub + 1, p.indicator + 1]
        let count: Int
        switch level {
        case .area: count = 1
        case .kegiatan: count = 2
        case .sub: count = 3
        case .indikator: count = 4
        }
        return parts.prefix(count).map(String.init).joined(separator: ".")
    }
}

extension Painter {
    /// The structure view over the grid: a chooser, the new row's texts or the question before a deletion in a
    /// box (the move target is chosen with the grid's cursor; only its key bar shows).
    mutating func structureView(_ state: AppState, _ view: StructureView, _ layout: Layout) {
        let t = state.text.structure
        switch view {
        case .levels(let purpose, let row, let choices, let selected, let deletions):
            guard let index = state.plan.rowIndex(of: row) else { return }
            let lines: [String] = choices.enumerated().map { n, level in
                switch purpose {
                case .add: return "\(n + 1)  " + t.addChoice(level.rawValue, state.place(level, at: index))
                case .delete:
                    let d = deletions.indices.contains(n) ? deletions[n] : state.deletion(level, at: index)
                    return "\(n + 1)  " + t.deleteChoice(d.level.rawValue, d.place, d.rows, d.title)
                }
            }
            let inner = centredBox(layout, lines: lines.count, widest: lines.map { clean($0).displayWidth }.max() ?? 0,
                                   title: purpose == .add ? t.addTitle : t.deleteTitle)
            for (n, line) in lines.prefix(inner.height).enumerated() {
                let style = Style(n == selected ? .selection : .overlay, bold: n == selected)
                fill(x: inner.x, y: inner.y + n, width: inner.width, style: style)
                text(line, x: inner.x, y: inner.y + n, width: inner.width, style: style)
            }
        case .form(let form):
            formBox(state, form, layout)
        case .confirm(let d):
            // What is deleted (one line), then what goes with it and that it stays on record, wrapped to the box.
            let room = max(1, min(layout.width - 6, Self.structureBoxWidth))
            let what = t.confirmWhat(t.what(d.level.rawValue, d.place, d.title))
            var lines: [(String, Bool)] = [(what, false)]
            for (paragraph, bold) in [(t.confirmCounts(d.rows, d.statuses, d.notes, d.evidence), true), (t.confirmKept, false)] {
                let cleaned = clean(paragraph)
                lines += (cleaned.displayWidth <= room ? [cleaned] : cleaned.wrapped(toWidth: room)).map { ($0, bold) }
            }
            let inner = centredBox(layout, lines: lines.count + 2, widest: min(room, lines.map { clean($0.0).displayWidth }.max() ?? 0),
                                   title: t.confirmTitle)
            for (n, line) in lines.prefix(inner.height).enumerated() {
                text(line.0, x: inner.x, y: inner.y + n, width: inner.width, style: Style(.overlay, bold: line.1))
            }
            if inner.height >= lines.count + 2 {
                keys(t.keysConfirm, from: inner.x, y: inner.y + lines.count + 1, width: inner.x + inner.width)
            }
        case .moveTarget: break
        }
    }

    /// The widest text the structure view's boxes hold (longer texts are cut or wrapped).
    static let structureBoxWidth = 96

    /// A box in the middle of the screen for `lines` lines of up to `widest` columns; returns its inside.
    private mutating func centredBox(_ layout: Layout, lines: Int, widest: Int, title: String) -> (x: Int, y: Int, width: Int, height: Int) {
        let widest = min(widest, Self.structureBoxWidth)
        let width = min(layout.width - 2, max(widest, clean(title).displayWidth + 2) + 4)
        let height = min(layout.height - 2, lines + 2)
        return box(x: (layout.width - width) / 2, y: max(1, (layout.height - height) / 2), width: width, height: height, title: title)
    }

    /// The new row's texts: each field's label, the answers so far, the editor of the current field.
    private mutating func formBox(_ state: AppState, _ form: NewRowForm, _ layout: Layout) {
        let t = state.text.structure
        let anchor = form.addition.anchor
        let index = anchor.flatMap { state.plan.rowIndex(of: $0.row) } ?? 0
        let before: Bool
        if case .before? = anchor { before = true } else { before = false }
        let title = t.formTitle(form.addition.level.rawValue, before, state.place(form.addition.level, at: index))
        let labels = form.fields.map { level -> String in
            switch level {
            case .area: return TableHeader.area
            case .kegiatan: return TableHeader.kegiatan
            case .sub: return TableHeader.subKegiatan
            case .indikator: return TableHeader.indikator
            }
        }
        var editor = form.editor
        editor.width = state.structureEditorWidth
        let editorLines = min(4, editor.layout().count)
        // Each field: its label, then its answer (the editor's lines for the current one); then the keys.
        let height = form.fields.count * 2 + (editorLines - 1) + 2
        let inner = centredBox(layout, lines: height, widest: editor.width, title: title)
        var y = inner.y
        let end = inner.y + inner.height
        for (n, label) in labels.enumerated() where y < end {
            text(label, x: inner.x, y: y, width: inner.width, style: Style(.overlayTitle, bold: true))
            y += 1
            guard y < end else { break }
            if n == form.field {
                let lines = min(editorLines, max(1, end - y - 2))
                editor.render(into: &buffer, x: inner.x, y: y, height: lines + 1)
                // The editor's own hint names keys of a multi-line editor; the form's keys are below.
                if editor.message == nil { fill(x: inner.x, y: y + lines, width: inner.width, style: Style(.overlay)) }
                y += lines + (editor.message == nil ? 0 : 1)
            } else {
                text(form.value(n).isEmpty ? "" : form.value(n), x: inner.x, y: y, width: inner.width,
                     style: Style(n < form.field ? .overlay : .dim))
                y += 1
            }
        }
        if end - 1 > inner.y { keys(t.keysForm, from: inner.x, y: end - 1, width: inner.x + inner.width) }
    }

    /// The key bar while the structure view is open: the move target's question, else the view's keys.
    mutating func structureKeyBar(_ state: AppState, _ view: StructureView, _ layout: Layout) {
        let y = layout.keyBarY, t = state.text.structure
        fill(x: 0, y: y, width: layout.width, style: Style(.keyLabel))
        switch view {
        case .moveTarget(let row):
            let place = row.rawValue
            let x = text(t.movePrompt(place), x: 0, y: y, width: layout.width, style: Style(.key, bold: true)) + 2
            keys(t.keysMoveTo, from: x, y: y, width: layout.width)
        case .levels(_, _, let choices, _, _): keys(t.keysChooserOf(choices.count), from: 0, y: y, width: layout.width)
        case .form: keys(t.keysForm, from: 0, y: y, width: layout.width)
        case .confirm: keys(t.keysConfirm, from: 0, y: y, width: layout.width)
        }
    }
}
