/// The key bindings by mode, kept apart from what the actions do (as htop keeps its key table); all of them
/// come from `KeyTable`.
public enum Keymap {
    /// Keys of the grid (and of the detail pane, which keeps the grid's keys); from `KeyTable`, like the rest.
    public static let grid = KeyTable.map(.grid)

    /// Keys of the Realisasi layer, over the grid's (in Rencana they say how to get there).
    public static let realisasi = KeyTable.map(.realisasi)

    /// vim's fold commands, the key after `z`.
    public static let foldCommands = KeyTable.map(.afterZ)

    /// Keys while the help overlay is open.
    public static let help = KeyTable.map(.help)

    /// Keys while the area picker is open (digits choose one area).
    public static let picker = KeyTable.map(.picker)

    /// Keys of the revision view (`v`).
    public static let revision = KeyTable.map(.revision)

    /// The action for `key` in the state's current mode.
    public static func action(for key: Key, in state: AppState) -> Action {
        if state.editor != nil, case .mouse = key { return .none }  // the editor takes the keys, the grid under it waits
        switch key {
        case .resize(let width, let height): return .resize(width: width, height: height)
        case .mouse(_, _, .wheelUp) where state.revision != nil: return .revision(.rows(-3))
        case .mouse(_, _, .wheelDown) where state.revision != nil: return .revision(.rows(3))
        case .mouse(let x, let y, .press):
            return state.revision == nil && (state.overlay == .none || state.overlay == .detail) ? .click(x: x, y: y) : .none
        case .mouse(_, _, .wheelUp): return overlayScrolls(state) ? .scrollOverlay(-3) : .wheel(-3)
        case .mouse(_, _, .wheelDown): return overlayScrolls(state) ? .scrollOverlay(3) : .wheel(3)
        default: break
        }
        if state.editor != nil { return .editorKey(key) }
        if state.prompt != nil { return .promptKey(key) }
        if state.structure != nil { return .structureKey(key) }
        if state.revision != nil { return revision[key] ?? .none }
        if state.isSearching { return searchAction(for: key) }
        if state.foldPrefixPending, state.overlay == .none || state.overlay == .detail, let action = foldCommands[key] {
            return action
        }
        switch state.overlay {
        case .help: return help[key] ?? .none
        case .areaPicker: return picker[key] ?? .none
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
