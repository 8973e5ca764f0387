import PlanModel

/// The area picker (`a`): a list of "all areas" and every area, each with a check box; Enter shows the checked ones.
public struct AreaPicker: Equatable, Sendable {
    /// The line under the cursor: 0 is "all areas", n is the plan's n-th area.
    public internal(set) var cursor = 0
    /// The area numbers checked (empty: all).
    public internal(set) var selection: Set<Int>

    /// What the picker's keys ask for.
    public enum Command: Sendable {
        case open
        case move(Int)
        /// Check or uncheck the line under the cursor ("all areas" unchecks every area).
        case toggle
        /// Show the checked areas and close.
        case apply
    }

    /// Keys while the picker is open (from `KeyTable`, scope `.picker`); digits show one area at once.
    static let keys = KeyTable.map(.picker)

    func action(for key: Key) -> Action { Self.keys[key] ?? .none }
}

extension AppState {
    /// The picker's update.
    mutating func applyPicker(_ command: AreaPicker.Command) -> [Effect] {
        if case .open = command {
            overlay = .picker(AreaPicker(selection: areaFilter))
            return []
        }
        guard case .picker(var picker) = overlay else { return [] }
        switch command {
        case .open: break
        case .move(let delta):
            let (sum, overflow) = picker.cursor.addingReportingOverflow(delta)
            picker.cursor = min(max(0, overflow ? (delta > 0 ? Int.max : 0) : sum), plan.areas.count)
        case .toggle:
            if picker.cursor == 0 {
                picker.selection = []
            } else if plan.areas.indices.contains(picker.cursor - 1) {
                let number = plan.areas[picker.cursor - 1].number
                if picker.selection.contains(number) { picker.selection.remove(number) } else { picker.selection.insert(number) }
            }
        case .apply:
            if picker.cursor == 0 { picker.selection = [] }
            setAreaFilter(picker.selection.count == plan.areas.count ? [] : picker.selection)
            overlay = .none
            return []
        }
        overlay = .picker(picker)
        return []
    }
}

extension Painter {
    mutating func areaPicker(_ picker: AreaPicker, _ state: AppState, _ layout: Layout) {
        let t = state.text
        var lines: [(String, Bool)] = [(t.pickerAll, picker.selection.isEmpty)]
        for area in state.plan.areas {
            lines.append(("\(area.number)  \(area.name)", picker.selection.contains(area.number)))
        }
        let widest = lines.map { clean($0.0).displayWidth }.max() ?? 0
        let width = min(layout.width - 2, widest + 10)
        let height = min(layout.height - 2, lines.count + 2)
        let inner = box(x: (layout.width - width) / 2, y: max(1, (layout.height - height) / 2), width: width,
                        height: height, title: t.pickerTitle)
        let first = max(0, picker.cursor - inner.height + 1)
        for (n, line) in lines.enumerated().dropFirst(first).prefix(inner.height) {
            let y = inner.y + n - first
            let style = Style(n == picker.cursor ? .selection : .overlay, bold: n == picker.cursor)
            fill(x: inner.x, y: y, width: inner.width, style: style)
            let box = line.1 ? glyphs.checked : glyphs.unchecked
            text("\(box) \(line.0)", x: inner.x, y: y, width: inner.width, style: style)
        }
    }
}
