import Foundation
import PlanModel

extension Painter {
    /// A bordered box with a title; returns the inner rectangle.
    @discardableResult
    mutating func box(x: Int, y: Int, width: Int, height: Int, title: String) -> (x: Int, y: Int, width: Int, height: Int) {
        let border = Style(.overlayTitle)
        for line in y..<(y + max(0, height)) { fill(x: x, y: line, width: width, style: Style(.overlay)) }
        guard width >= 2, height >= 2 else { return (x, y, 0, 0) }
        fill(x: x + 1, y: y, width: width - 2, style: border, with: glyphs.horizontal)
        fill(x: x + 1, y: y + height - 1, width: width - 2, style: border, with: glyphs.horizontal)
        for line in (y + 1)..<(y + height - 1) {
            text(glyphs.vertical, x: x, y: line, width: 1, style: border)
            text(glyphs.vertical, x: x + width - 1, y: line, width: 1, style: border)
        }
        text(glyphs.topLeft, x: x, y: y, width: 1, style: border)
        text(glyphs.topRight, x: x + width - 1, y: y, width: 1, style: border)
        text(glyphs.bottomLeft, x: x, y: y + height - 1, width: 1, style: border)
        text(glyphs.bottomRight, x: x + width - 1, y: y + height - 1, width: 1, style: border)
        text(" \(title) ", x: x + 2, y: y, width: max(0, width - 4), style: Style(.overlayTitle, bold: true))
        return (x + 2, y + 1, max(0, width - 4), height - 2)
    }

    /// Lines of the help overlay: every key, then the legend.
    func helpLines(_ state: AppState) -> [(String, String)] {
        let t = state.text
        var lines = KeyTable.entries.filter(\.inHelp).map { ($0.keysLabel, t.keyHelp[$0.id] ?? "") }
        lines.append(t.helpMouse)
        lines.append(("", ""))
        for legend in t.legend(glyphs.mark, glyphs.changed, String(repeating: glyphs.currentMonth, count: 3)) {
            lines.append(("", legend))
        }
        let g = glyphs
        for legend in t.legendRealisasi([g.done, g.partly, g.missed, g.moved, g.overdue, g.outside, g.notYetDue]) {
            lines.append(("", legend))
        }
        return lines
    }

    mutating func helpOverlay(_ state: AppState, _ layout: Layout) {
        let lines = helpLines(state)
        let keyWidth = lines.map { clean($0.0).displayWidth }.max() ?? 0
        let textWidth = lines.map { clean($0.1).displayWidth }.max() ?? 0
        let width = min(layout.width - 2, keyWidth + textWidth + 7)
        let height = min(layout.height - 2, lines.count + 2)
        let inner = box(x: (layout.width - width) / 2, y: max(1, (layout.height - height) / 2), width: width,
                        height: height, title: state.text.helpTitle)
        let scroll = min(state.overlayScroll, max(0, lines.count - inner.height))
        for (n, line) in lines.dropFirst(scroll).prefix(inner.height).enumerated() {
            let y = inner.y + n
            text(line.0, x: inner.x, y: y, width: min(keyWidth, inner.width), style: Style(.overlayTitle, bold: true))
            let x = line.0.isEmpty ? inner.x : inner.x + keyWidth + 2
            text(line.1, x: x, y: y, width: max(0, inner.x + inner.width - x), style: Style(.overlay))
        }
    }

    mutating func areaPicker(_ state: AppState, _ layout: Layout) {
        let t = state.text
        var lines: [(String, Bool)] = [(t.pickerAll, state.pickerSelection.isEmpty)]
        for area in state.plan.areas {
            lines.append(("\(area.number)  \(area.name)", state.pickerSelection.contains(area.number)))
        }
        let widest = lines.map { clean($0.0).displayWidth }.max() ?? 0
        let width = min(layout.width - 2, widest + 10)
        let height = min(layout.height - 2, lines.count + 2)
        let inner = box(x: (layout.width - width) / 2, y: max(1, (layout.height - height) / 2), width: width,
                        height: height, title: t.pickerTitle)
        let first = max(0, state.pickerCursor - inner.height + 1)
        for (n, line) in lines.enumerated().dropFirst(first).prefix(inner.height) {
            let y = inner.y + n - first
            let style = Style(n == state.pickerCursor ? .selection : .overlay, bold: n == state.pickerCursor)
            fill(x: inner.x, y: y, width: inner.width, style: style)
            let box = line.1 ? glyphs.checked : glyphs.unchecked
            text("\(box) \(line.0)", x: inner.x, y: y, width: inner.width, style: style)
        }
    }

    /// The detail pane under the grid: the selected row's full texts, months and history.
    mutating func detailPane(_ state: AppState, _ layout: Layout) {
        let height = state.detailHeight
        guard height > 0, let index = state.selectedRow else { return }
        let y0 = layout.bodyY + state.gridHeight
        let inner = box(x: 0, y: y0, width: layout.width, height: height,
                        title: state.text.detailTitle(state.plan.rows[index].id.rawValue))
        let content = state.detailContent
        let scroll = min(state.overlayScroll, max(0, content.lines.count - inner.height))
        for (n, line) in content.lines.dropFirst(scroll).prefix(inner.height).enumerated() {
            text(line.label, x: inner.x, y: inner.y + n, width: content.labelWidth, style: Style(.overlayTitle, bold: true))
            text(line.value, x: inner.x + content.labelWidth + 2, y: inner.y + n, width: max(0, inner.width - content.labelWidth - 2),
                 style: Style(.overlay))
        }
    }

    /// A history time as `YYYY-MM-DD HH:MM` in `timeZone` (the dashboard's, injected: the local one).
    static func timestamp(_ date: Date, _ timeZone: TimeZone) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        func two(_ n: Int?) -> String { let v = n ?? 0; return v < 10 ? "0\(v)" : "\(v)" }
        return "\(c.year ?? 0)-\(two(c.month))-\(two(c.day)) \(two(c.hour)):\(two(c.minute))"
    }
}
