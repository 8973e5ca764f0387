import PlanModel
import RencanaText

/// The help overlay (`?`, F1): every binding of `KeyTable` with its help text, then the legend; it scrolls.
public struct HelpView: Equatable, Sendable {
    /// Lines scrolled past (clamped when drawn, so it never shows past the end).
    public internal(set) var scroll = 0

    /// What help's keys ask for.
    public enum Command: Sendable {
        case open
        case scroll(Int)
    }

    /// Keys while help is open (from `KeyTable`, scope `.help`): scroll, close, redraw; every other key is ignored.
    static let keys = KeyTable.map(.help)

    func action(for key: Key) -> Action { Self.keys[key] ?? .none }
}

extension AppState {
    /// Help's update.
    mutating func applyHelp(_ command: HelpView.Command) -> [Effect] {
        switch command {
        case .open: overlay = .help(HelpView())
        case .scroll(let delta):
            guard case .help(var view) = overlay else { return [] }
            view.scroll = Self.scrolled(view.scroll, by: delta)
            overlay = .help(view)
        }
        return []
    }

    /// An overlay's scroll moved by `delta`, kept within 0…500 (the drawing clamps it to the text).
    static func scrolled(_ scroll: Int, by delta: Int) -> Int {
        let (sum, overflow) = scroll.addingReportingOverflow(delta)
        return min(max(0, overflow ? (delta > 0 ? Int.max : Int.min) : sum), 500)
    }
}

extension Painter {
    /// Lines of the help overlay: every key, then the legend.
    func helpLines(_ state: AppState) -> [(String, String)] {
        let t = state.text
        var lines = KeyTable.entries.filter(\.inHelp).map { ($0.keysLabel, t.keyHelp[$0.id] ?? "") }
        lines.append(t.helpMouse)
        lines.append(("", ""))
        // The marker folded lines show (the glyph set's own), after the last line of the marks' legend.
        let legend = t.legend(glyphs.mark, glyphs.changed, String(repeating: glyphs.currentMonth, count: 3))
        for (n, line) in legend.enumerated() {
            lines.append(("", n == legend.count - 1 ? line + "      " + t.legendFolded(glyphs.folded) : line))
        }
        let g = glyphs
        for legend in t.legendRealisasi([g.done, g.partly, g.missed, g.moved, g.overdue, g.outside, g.notYetDue]) {
            lines.append(("", legend))
        }
        lines.append(("", Text.Conflict.legend(g.conflict)))
        return lines
    }

    mutating func helpOverlay(_ view: HelpView, _ state: AppState, _ layout: Layout) {
        helpBox(helpLines(state), title: state.text.helpTitle, scroll: view.scroll, width: layout.width, height: layout.height)
    }

    /// A help box centred on a screen of `width` x `height`: keys in a column and their explanations beside them,
    /// an explanation too long for the box wrapped onto continuation lines under it (a line with no key, a legend,
    /// wraps from the box's edge); `scroll` lines scrolled past (clamped to the text).
    mutating func helpBox(_ lines: [(String, String)], title: String, scroll: Int, width: Int, height: Int) {
        let textWidth = lines.map { clean($0.1).displayWidth }.max() ?? 0
        var keyWidth = lines.map { clean($0.0).displayWidth }.max() ?? 0
        let boxWidth = min(width - 2, keyWidth + textWidth + 7)
        let innerWidth = max(1, boxWidth - 4)
        keyWidth = min(keyWidth, max(1, innerWidth / 2))  // on a narrow screen the keys leave the text half
        var rows: [(key: String, text: String, x: Int)] = []
        for (key, explanation) in lines {
            let x = key.isEmpty ? 0 : keyWidth + 2
            let room = max(1, innerWidth - x)
            let explanation = clean(explanation)
            // (A line that fits is kept as written: the legends align with runs of spaces.)
            let parts = explanation.displayWidth <= room ? [explanation] : explanation.wrapped(toWidth: room)
            for (n, part) in (parts.isEmpty ? [""] : parts).enumerated() { rows.append((n == 0 ? key : "", part, x)) }
        }
        let boxHeight = min(height - 2, rows.count + 2)
        let inner = box(x: (width - boxWidth) / 2, y: max(1, (height - boxHeight) / 2), width: boxWidth, height: boxHeight,
                        title: title)
        let shown = min(scroll, max(0, rows.count - inner.height))
        for (n, row) in rows.dropFirst(shown).prefix(inner.height).enumerated() {
            let y = inner.y + n
            text(row.key, x: inner.x, y: y, width: min(keyWidth, inner.width), style: Style(.overlayTitle, bold: true))
            let x = inner.x + row.x
            text(row.text, x: x, y: y, width: max(0, inner.x + inner.width - x), style: Style(.overlay))
        }
    }

}
