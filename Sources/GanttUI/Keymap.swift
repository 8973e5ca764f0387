/// The key bindings by mode, kept apart from what the actions do (as htop keeps its key table); all of them
/// come from `KeyTable`.
public enum Keymap {
    /// Keys of the grid (and of the detail pane, which keeps the grid's keys); from `KeyTable`, like the rest.
    public static let grid = KeyTable.map(.grid)

    /// Keys of the Realisasi layer, over the grid's (in Rencana they say how to get there).
    public static let realisasi = KeyTable.map(.realisasi)

    /// vim's fold commands, the key after `z`.
    public static let foldCommands = KeyTable.map(.afterZ)

    /// Keys of the revision view (`v`).
    public static let revision = KeyTable.map(.revision)

    /// The action for `key` in the state's current mode: the open prompt's, the search prompt's, the open view's
    /// (Views/Views.swift), else the grid's.
    public static func action(for key: Key, in state: AppState) -> Action {
        switch key {
        case .resize(let width, let height): return .resize(width: width, height: height)
        case .mouse(let x, let y, .press): return state.overlay.keepsGrid ? .click(x: x, y: y) : .none
        case .mouse(_, _, .wheelUp): return state.overlay.wheel(-3) ?? .wheel(-3)
        case .mouse(_, _, .wheelDown): return state.overlay.wheel(3) ?? .wheel(3)
        default: break
        }
        // Below the smallest size only the too-small message is drawn: an editor or prompt open under it takes no
        // keys (typed text would go where no one sees it) but Esc, which closes it.
        if state.layout.mode == .tooSmall, state.takesText, key != .escape { return key == .ctrl("l") ? .redraw : .none }
        if state.prompt != nil { return .promptKey(key) }
        // A paste is text for the open editor or prompt (never keys): elsewhere it does nothing.
        if case .paste = key, state.search == nil {
            switch state.overlay {
            case .editor: return .editorKey(key)
            case .structure(.form): return .structureKey(key)
            default: return .none
            }
        }
        if let search = state.search { return search.action(for: key) }
        // After `z` the next key is a fold command or nothing (a key that is not one cancels `z`, and says so).
        if state.foldPrefixPending, state.overlay.keepsGrid {
            return foldCommands[key] ?? .cancelFoldPrefix(key == .escape ? "" : KeyTable.name(key))
        }
        return state.overlay.action(for: key, in: state) ?? gridAction(key, state)
    }

    /// A key of the grid in the state's layer: Realisasi's own keys first there; in Rencana the keys only
    /// Realisasi has (not Space and Enter, which toggle) say how to get there.
    private static func gridAction(_ key: Key, _ state: AppState) -> Action {
        if state.layer == .realisasi, let action = realisasi[key] { return action }
        if let action = grid[key] { return action }
        return realisasi[key] == nil ? .none : .needsRealisasi
    }
}
