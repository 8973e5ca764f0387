/// The key bindings, kept apart from what the actions do (as htop keeps its key table).
public enum Keymap {
    /// Keys of the grid (and of the detail pane, which keeps the grid's keys).
    public static let grid: [Key: Action] = {
        var map: [Key: Action] = [
            .up: .moveRows(-1), .char("k"): .moveRows(-1),
            .down: .moveRows(1), .char("j"): .moveRows(1),
            .left: .moveMonths(-1), .char("h"): .moveMonths(-1),
            .right: .moveMonths(1), .char("l"): .moveMonths(1),
            .pageUp: .pageUp, .pageDown: .pageDown,
            .ctrl("u"): .halfPageUp, .ctrl("d"): .halfPageDown,
            .ctrl("b"): .pageUp, .ctrl("f"): .pageDown,
            .home: .firstRow, .char("g"): .firstRow,
            .end: .lastRow, .char("G"): .lastRow,
            .char(" "): .toggle, .enter: .toggle,
            .char("u"): .undo, .ctrl("r"): .redo,
            .char("0"): .showAllAreas, .char("a"): .openAreaPicker,
            .char("/"): .startSearch, .char("n"): .nextMatch, .char("N"): .previousMatch,
            .tab: .toggleDetail, .char("d"): .toggleDetail,
            .char("?"): .showHelp, .function(1): .showHelp,
            .escape: .closeOverlay,
            .ctrl("l"): .redraw,
            .char("-"): .fold, .char("+"): .unfold, .char("="): .unfold, .char("*"): .foldAll,
            .char("z"): .foldPrefix,
            .char("q"): .quit, .function(10): .quit,
            .char("r"): .toggleLayer,
            .char("t"): .cyclePeriod,
        ]
        for n in 1...9 { map[.char(Character(String(n)))] = .showArea(n) }
        return map
    }()

    /// Keys of the Realisasi layer, over the grid's (in Rencana they say how to get there).
    public static let realisasi: [Key: Action] = [
        .char("y"): .recordStatus(.done), .char(" "): .recordStatus(.done), .enter: .recordStatus(.done),
        .char("p"): .recordStatus(.partly), .char("m"): .recordStatus(.missed), .char(">"): .startMove,
        .char("c"): .clearStatus, .backspace: .clearStatus, .delete: .clearStatus,
        .char("["): .moveAsOf(-1), .char("]"): .moveAsOf(1),
        .char("e"): .editNote, .char("P"): .editPJ, .char("b"): .addEvidence, .char("X"): .removeEvidence,
    ]

    /// vim's fold commands, the key after `z`.
    public static let foldCommands: [Key: Action] = [
        .char("c"): .fold, .char("o"): .unfold, .char("M"): .foldToLevel(1), .char("R"): .foldToLevel(0),
        .char("a"): .foldAll, .char("1"): .foldToLevel(1), .char("2"): .foldToLevel(2), .char("3"): .foldToLevel(3),
    ]

    /// Keys while the help overlay is open.
    public static let help: [Key: Action] = [
        .escape: .closeOverlay, .char("?"): .closeOverlay, .char("q"): .closeOverlay, .enter: .closeOverlay,
        .up: .scrollOverlay(-1), .char("k"): .scrollOverlay(-1), .down: .scrollOverlay(1), .char("j"): .scrollOverlay(1),
        .pageUp: .scrollOverlay(-10), .pageDown: .scrollOverlay(10), .ctrl("l"): .redraw,
    ]

    /// Keys while the area picker is open.
    public static let picker: [Key: Action] = [
        .escape: .closeOverlay, .char("q"): .closeOverlay,
        .up: .pickerMove(-1), .char("k"): .pickerMove(-1), .down: .pickerMove(1), .char("j"): .pickerMove(1),
        .char(" "): .pickerToggle, .char("x"): .pickerToggle, .enter: .pickerApply, .ctrl("l"): .redraw,
    ]

    /// The action for `key` in the state's current mode.
    public static func action(for key: Key, in state: AppState) -> Action {
        switch key {
        case .resize(let width, let height): return .resize(width: width, height: height)
        case .mouse(let x, let y, .press): return state.overlay == .none || state.overlay == .detail ? .click(x: x, y: y) : .none
        case .mouse(_, _, .wheelUp): return overlayScrolls(state) ? .scrollOverlay(-3) : .wheel(-3)
        case .mouse(_, _, .wheelDown): return overlayScrolls(state) ? .scrollOverlay(3) : .wheel(3)
        default: break
        }
        if state.prompt != nil { return .promptKey(key) }
        if state.isSearching { return searchAction(for: key) }
        if state.foldPrefixPending, state.overlay == .none || state.overlay == .detail, let action = foldCommands[key] {
            return action
        }
        switch state.overlay {
        case .help: return help[key] ?? .none
        case .areaPicker:
            if case .char(let c) = key, let n = c.wholeNumberValue { return n == 0 ? .showAllAreas : .showArea(n) }
            return picker[key] ?? .none
        case .detail:
            if key == .char("q") { return .closeOverlay }
            let page = max(1, state.detailHeight - 3)
            if key == .pageDown || key == .ctrl("d") { return .scrollOverlay(page) }
            if key == .pageUp || key == .ctrl("u") { return .scrollOverlay(-page) }
            return gridAction(key, state)
        case .none:
            return gridAction(key, state)
        }
    }

    /// A key of the grid in the state's layer: Realisasi's own keys first there; in Rencana the keys only
    /// Realisasi has (not Space and Enter, which toggle) say how to get there.
    private static func gridAction(_ key: Key, _ state: AppState) -> Action {
        if state.layer == .realisasi, let action = realisasi[key] { return action }
        if let action = grid[key] { return action }
        return realisasi[key] == nil ? .none : .needsRealisasi
    }

    private static func overlayScrolls(_ state: AppState) -> Bool { state.overlay == .help }

    private static func searchAction(for key: Key) -> Action {
        switch key {
        case .char(let c): return .searchType(c)
        case .backspace, .delete, .ctrl("h"): return .searchErase
        case .enter: return .searchKeep
        case .escape, .ctrl("c"), .ctrl("g"): return .searchClear
        case .up, .ctrl("p"): return .previousMatch
        case .down, .ctrl("n"): return .nextMatch
        case .ctrl("l"): return .redraw
        default: return .none
        }
    }
}
