import PlanModel
import RencanaText

extension Painter {
    /// The open editor over the grid, and its keys in the key bar.
    mutating func editView(_ state: AppState, _ view: EditView, _ layout: Layout) {
        switch view {
        case .texts(let edit): textsBox(state, edit, layout)
        case .document(let form): documentForm(state, form, layout)
        }
        fill(x: 0, y: layout.keyBarY, width: layout.width, style: Style(.keyLabel))
        switch view {
        case .texts: keys(Text.Editor.keysText, from: 0, y: layout.keyBarY, width: layout.width)
        case .document: keys(Text.Editor.keysForm, from: 0, y: layout.keyBarY, width: layout.width)
        }
    }

    /// The box of a row's texts: its title (the column and the row), the strip of columns (Tab goes to the next),
    /// the text wrapped at the box's width, and a footer with the keys or a message. Sized to the text, placed
    /// under the cursor's row (above it when there is no room below).
    mutating func textsBox(_ state: AppState, _ edit: TextsEdit, _ layout: Layout) {
        let width = state.editBoxWidth, x = max(0, (layout.width - width) / 2)
        var editor = edit.current
        editor.width = state.editBoxInnerWidth
        let bottom = layout.keyBarY  // the box stays between the header and the key bar, over the header when too low
        let lines = editor.layout()
        let textLines = max(1, lines.count)
        let top = bottom - layout.bodyY >= 5 ? layout.bodyY : 1
        let height = min(max(0, bottom - top), textLines + 4)
        guard height >= 5 else { return }
        // The cursor row's lines on screen.
        var first: Int?, last = 0
        for (n, line) in state.bodyLines.enumerated() {
            if case .row(let i) = line, i == state.cursor { first = first ?? n; last = n }
        }
        let y: Int
        if first != nil, top + last + 1 + height <= bottom { y = top + last + 1 }
        else if let first, top + first - height >= top { y = top + first - height }
        else { y = bottom - height }
        let title = Text.Editor.boxTitle(AppState.fieldName(edit.field), edit.row.rawValue)
        let inner = box(x: x, y: y, width: width, height: height, title: title)
        // The columns, in the table's order: the one edited selected, a changed one marked.
        var cx = inner.x
        for field in [PlanTextField.area, .kegiatan, .sub, .indikator, .ket] {
            let name = AppState.fieldName(field) + (edit.isChanged(field) ? Text.Editor.changedMark : "")
            let style = field == edit.field ? Style(.selection, bold: true) : Style(.overlay)
            guard cx < inner.x + inner.width else { break }
            cx += text(name, x: cx, y: inner.y, width: inner.x + inner.width - cx, style: style) + 2
        }
        editor.render(into: &buffer, x: inner.x, y: inner.y + 1, height: inner.height - 1, lines: lines)
        let footer = edit.message ?? Text.Editor.textHint
        fill(x: inner.x, y: inner.y + inner.height - 1, width: inner.width, style: Style(.overlay))
        text(footer, x: inner.x, y: inner.y + inner.height - 1, width: inner.width,
             style: Style(edit.message == nil ? .dim : .warning, bold: edit.message != nil))
    }

    /// The form of the document's details: one line each, label then value; the line being edited shows its cursor.
    mutating func documentForm(_ state: AppState, _ form: DocumentForm, _ layout: Layout) {
        let width = state.editBoxWidth, x = max(0, (layout.width - width) / 2)
        let count = DocumentForm.fields.count
        // Between the header and the key bar; over the header when the window is too low for that.
        let top = layout.keyBarY - layout.bodyY >= 5 ? layout.bodyY : 1
        let room = max(0, layout.keyBarY - top)
        let height = min(room, count + 4)
        guard height >= 5 else { return }
        let y = top + max(0, (room - height) / 2)
        let inner = box(x: x, y: y, width: width, height: height, title: Text.Editor.formTitle)
        let labels = DocumentForm.fields.map { Text.Editor.documentLabels[$0.rawValue] ?? $0.rawValue }
        let labelWidth = (labels.map { clean($0).displayWidth }.max() ?? 0) + 2
        // The lines that fit, scrolled so the one being edited shows.
        // (A blank line before the footer when every detail fits; on a low window the details take it.)
        let shown = max(1, inner.height - (inner.height >= count + 2 ? 2 : 1))
        let first = max(0, min(form.line - shown + 1, count - shown))
        for line in first..<min(count, first + shown) {
            let ly = inner.y + line - first
            let changed = form.editors[line].text != form.originals[line]
            text(labels[line] + (changed ? Text.Editor.changedMark : ""), x: inner.x, y: ly, width: labelWidth,
                 style: Style(.overlayTitle, bold: true))
            let vx = inner.x + labelWidth, vw = max(1, inner.width - labelWidth)
            if line == form.line {
                oneLine(form.editors[line], x: vx, y: ly, width: vw)
            } else {
                highlighted(form.editors[line].text, query: "", x: vx, y: ly, width: vw, style: Style(.overlay))
            }
        }
        let footer = form.message ?? Text.Editor.formHint
        text(footer, x: inner.x, y: inner.y + inner.height - 1, width: inner.width,
             style: Style(form.message == nil ? .dim : .warning, bold: form.message != nil))
    }

    /// A one-line editor: the text scrolled so the cursor stays in view, the cursor's cell in `cursorStyle`
    /// (at the end of the text, a blank cell, drawn while it is left of `cursorEnd`: by default the room's end).
    mutating func oneLine(_ editor: TextEditor, x x0: Int, y: Int, width room: Int,
                          style: Style = Style(.overlay, bold: true), cursorStyle: Style = Style(.selection, bold: true),
                          cursorEnd: Int? = nil) {
        let characters = Array(clean(editor.text.replacingOccurrences(of: "\n", with: " ")))
        let cursor = min(editor.cursor, characters.count)
        // Columns from the first shown character up to the cursor must fit in the room.
        func width(_ range: Range<Int>) -> Int { range.reduce(0) { $0 + String(characters[$1]).displayWidth } }
        var first = 0
        while first < cursor && width(first..<cursor) >= room { first += 1 }
        var x = x0
        for i in first..<characters.count {
            let w = String(characters[i]).displayWidth
            guard x + max(1, w) <= x0 + room else { break }
            x += text(String(characters[i]), x: x, y: y, width: max(1, w), style: i == cursor ? cursorStyle : style)
        }
        if cursor == characters.count, x < (cursorEnd ?? x0 + room) { text(" ", x: x, y: y, width: 1, style: cursorStyle) }
    }
}
