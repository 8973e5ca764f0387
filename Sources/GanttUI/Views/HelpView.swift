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
        let lines = helpLines(state)
        let keyWidth = lines.map { clean($0.0).displayWidth }.max() ?? 0
        let textWidth = lines.map { clean($0.1).displayWidth }.max() ?? 0
        let width = min(layout.width - 2, keyWidth + textWidth + 7)
        let height = min(layout.height - 2, lines.count + 2)
        let inner = box(x: (layout.width - width) / 2, y: max(1, (layout.height - height) / 2), width: width,
                        height: height, title: state.text.helpTitle)
        let scroll = min(view.scroll, max(0, lines.count - inner.height))
        for (n, line) in lines.dropFirst(scroll).prefix(inner.height).enumerated() {
            let y = inner.y + n
            text(line.0, x: inner.x, y: y, width: min(keyWidth, inner.width), style: Style(.overlayTitle, bold: true))
            let x = line.0.isEmpty ? inner.x : inner.x + keyWidth + 2
            text(line.1, x: x, y: y, width: max(0, inner.x + inner.width - x), style: Style(.overlay))
        }
    }
}
