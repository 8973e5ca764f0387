import PlanModel
import RencanaText

// MARK: - The view list
//
// How to add a view (an overlay or a pane over the grid, with its own state):
//
// 1. Write `Views/MyView.swift` (HelpView.swift is the smallest example), holding everything of the view:
//    - a struct carrying the view's state (a scroll, a cursor, an editor: nothing of it lives in `AppState`);
//    - its `Command` enum: what its keys ask for, `open` included (a view that takes every key, as an editor,
//      can have a `key(Key)` command);
//    - `action(for:)`: a key while it is open, from its own `KeyTable` scope (`.view(.myView(...))` actions), or
//      nil to let the grid's keys through;
//    - an `AppState` extension with `applyMyView(_:) -> [Effect]`, its update: the one place its state (and what
//      it changes in the dashboard) changes; what must be saved leaves as effects, as everywhere;
//    - a `Painter` extension that draws it from the state it carries.
// 2. Add it here: a case of `AppState.Overlay` carrying it, a case of `ViewCommand` carrying its `Command`, and
//    one arm in each switch below.
// 3. Bind its keys in `KeyTable` (a `Scope` of its own; the key that opens it in `.grid`) and put its words in
//    RencanaText (`Text.Dashboard`): help and the key bar are made from those (`KeyTableTests` checks them).
//
// Nothing else changes: `Keymap`, `update`, `render` and the key bar reach every view through this list, and
// the golden screens (Tests/GanttUITests/Golden) show whether the others still look the same.
// Two key-bar views are not overlays, as they can be open over the detail pane: a question that takes every key
// (a month, a one-line text) is a `Prompt` case (Prompt.swift), and the search prompt is `AppState.search`
// (SearchPrompt.swift), which leaves the kept query and its matches behind when it closes.

extension AppState {
    /// What covers part of the grid: nothing, or one view with its own state.
    public enum Overlay: Equatable, Sendable {
        case none
        /// `?`: every key and the legend.
        case help(HelpView)
        /// `d`: the selected row's full texts, months and history, under the grid.
        case detail(DetailView)
        /// `a`: choose the areas shown.
        case picker(AreaPicker)
        /// `E` / `D`: the editor of a row's texts, or the form of the document's details (EditView.swift).
        case editor(EditView)
        /// `o` `O` `A` `x` `M`: a structural edit being asked about: a chooser, a new row's texts, a confirmation
        /// (StructureView.swift).
        case structure(StructureView)
        /// `v`: the plan against the plan as signed, drawn instead of the grid (RevisionView.swift).
        case revision(RevisionView)
    }
}

extension AppState {
    // The views that take every key read and write their state through these, so their files name their own
    // view only; each is set by opening it (replacing any other view) and cleared by closing it.

    /// The open editor or document form.
    public internal(set) var editor: EditView? {
        get { if case .editor(let view) = overlay { view } else { nil } }
        set { setView(newValue.map(Overlay.editor), clearing: { if case .editor = $0 { true } else { false } }) }
    }

    /// The open structural edit.
    public internal(set) var structure: StructureView? {
        get { if case .structure(let view) = overlay { view } else { nil } }
        set { setView(newValue.map(Overlay.structure), clearing: { if case .structure = $0 { true } else { false } }) }
    }

    /// The open revision view.
    public internal(set) var revision: RevisionView? {
        get { if case .revision(let view) = overlay { view } else { nil } }
        set { setView(newValue.map(Overlay.revision), clearing: { if case .revision = $0 { true } else { false } }) }
    }

    /// Opens `view`, or (nil) closes the open view when `isIt` says it is the one being closed.
    private mutating func setView(_ view: Overlay?, clearing isIt: (Overlay) -> Bool) {
        if let view { overlay = view } else if isIt(overlay) { overlay = .none }
    }
}

/// What a view's keys ask for: one case per view, carrying the view's own `Command`.
public enum ViewCommand: Sendable {
    case help(HelpView.Command)
    case detail(DetailView.Command)
    case picker(AreaPicker.Command)
    case search(SearchPrompt.Command)

    /// Whether it works on the first rows of a plan still loading (help and detail do; filters and search wait).
    var worksWhileLoading: Bool {
        switch self {
        case .help, .detail: true
        case .picker, .search: false
        }
    }
}

extension AppState {
    /// A view's command, applied by the view's own update.
    mutating func apply(_ command: ViewCommand) -> [Effect] {
        switch command {
        case .help(let c): applyHelp(c)
        case .detail(let c): applyDetail(c)
        case .picker(let c): applyPicker(c)
        case .search(let c): applySearch(c)
        }
    }
}

extension AppState.Overlay {
    /// The action for `key` while this view is open (`state` for a view whose keys depend on it); nil lets the
    /// grid's keys through.
    func action(for key: Key, in state: AppState) -> Action? {
        switch self {
        case .none: nil
        case .help(let view): view.action(for: key)
        case .detail(let view): view.action(for: key)
        case .picker(let view): view.action(for: key)
        case .editor: .editorKey(key)
        case .structure: .structureKey(key)
        case .revision: Keymap.revision[key] ?? Action.none
        }
    }

    /// The action of the mouse wheel while this view is open; nil scrolls the grid.
    func wheel(_ delta: Int) -> Action? {
        switch self {
        case .help: .view(.help(.scroll(delta)))
        case .revision: .revision(.rows(delta))
        case .editor, .structure: Action.none  // the grid under them waits
        case .none, .detail, .picker: nil
        }
    }

    /// Whether the grid stays under the user's hand (clicks, vim's `z` fold commands).
    var keepsGrid: Bool {
        switch self {
        case .none, .detail: true
        case .help, .picker, .editor, .structure, .revision: false
        }
    }

    /// The key bar's items while this view is open; nil: the grid's.
    func keyBar(_ state: AppState) -> [(key: String, label: String)]? {
        switch self {
        case .none: nil
        case .help: state.text.keysHelp
        case .detail where state.selectedRow.map({ state.foldLines[$0] != nil }) == true: Text.TeamUX.keysDetailFolded
        case .detail: state.layer == .realisasi ? state.text.keysDetailRealisasi : state.text.keysDetail
        case .picker: state.text.keysPicker
        case .editor, .structure, .revision: nil  // they draw their own key bar
        }
    }

    /// Draws the view over the screen drawn so far.
    func draw(_ painter: inout Painter, _ state: AppState, _ layout: Layout) {
        switch self {
        case .none: break
        case .help(let view): painter.helpOverlay(view, state, layout)
        case .detail(let view): painter.detailPane(view, state, layout)
        case .picker(let view): painter.areaPicker(view, state, layout)
        case .editor(let view): painter.editView(state, view, layout)
        case .structure(let view): painter.structureView(state, view, layout)
        case .revision: break  // drawn instead of the whole screen (`render`)
        }
    }
}

extension AppState {
    /// The selected row changed: a view about it starts again (the detail pane shows the new row from its top).
    mutating func selectionMoved() {
        if case .detail = overlay { overlay = .detail(DetailView()) }
    }
}

extension AppState {
    /// Whether something open takes typed text (an editor, a form, a prompt, the search): below the smallest size
    /// it is not drawn, so it takes no keys there but Esc.
    var takesText: Bool {
        if prompt != nil || search != nil { return true }
        switch overlay {
        case .editor, .structure: return true
        case .none, .detail, .help, .picker, .revision: return false
        }
    }
}
