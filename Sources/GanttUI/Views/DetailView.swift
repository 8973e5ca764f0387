import PlanModel
import RencanaText

/// The detail pane (`d`, Tab): the selected row's full texts, months, realisation and history, under the grid,
/// which keeps its keys. It scrolls (PgDn PgUp, Ctrl-D Ctrl-U); another row starts at its top.
public struct DetailView: Equatable, Sendable {
    /// Lines scrolled past (clamped when drawn); back to 0 when another row is selected.
    public internal(set) var scroll = 0

    /// What the pane's keys ask for.
    public enum Command: Sendable {
        /// Open the pane, or close it when it is open.
        case toggle
        /// Scroll by `pages` of the pane's height.
        case page(Int)
    }

    /// The pane's own keys (from `KeyTable`, scope `.detail`), over the grid's.
    static let keys = KeyTable.map(.detail)

    func action(for key: Key) -> Action? { Self.keys[key] }
}

extension AppState {
    /// The detail pane's update.
    mutating func applyDetail(_ command: DetailView.Command) -> [Effect] {
        switch command {
        case .toggle:
            if case .detail = overlay { overlay = .none } else { overlay = .detail(DetailView()) }
        case .page(let pages):
            guard case .detail(var view) = overlay else { return [] }
            let (delta, overflow) = pages.multipliedReportingOverflow(by: max(1, detailHeight - 3))
            view.scroll = Self.scrolled(view.scroll, by: overflow ? (pages > 0 ? Int.max : Int.min) : delta)
            overlay = .detail(view)
        }
        return []
    }
}

extension Painter {
    /// The detail pane under the grid: the selected row's full texts, months and history.
    mutating func detailPane(_ view: DetailView, _ state: AppState, _ layout: Layout) {
        let height = state.detailHeight
        guard height > 0, let index = state.selectedRow else { return }
        let y0 = layout.bodyY + state.gridHeight
        let fold = state.foldLine(at: index)
        let title = fold.map { Text.DashboardFixes.foldedTitle(state.place([PlanLevel.area, .kegiatan, .sub][max(0, min(2, $0.level - 1))], at: index)) }
            ?? state.text.detailTitle(state.plan.rows[index].id.rawValue)
        let inner = box(x: 0, y: y0, width: layout.width, height: height, title: title)
        let content = state.detailContent
        let scroll = min(view.scroll, max(0, content.lines.count - inner.height))
        for (n, line) in content.lines.dropFirst(scroll).prefix(inner.height).enumerated() {
            text(line.label, x: inner.x, y: inner.y + n, width: content.labelWidth, style: Style(.overlayTitle, bold: true))
            text(line.value, x: inner.x + content.labelWidth + 2, y: inner.y + n, width: max(0, inner.width - content.labelWidth - 2),
                 style: Style(.overlay))
        }
    }
}
