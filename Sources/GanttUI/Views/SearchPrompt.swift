import PlanModel

/// The search prompt (`/`) in the key bar: the query being typed, where the cursor was when it opened (Esc goes
/// back there) and the match the typed query reached. Enter keeps the query (highlighted, reached with n / N:
/// `AppState.searchQuery`, which outlives the prompt); Esc clears it.
public struct SearchPrompt: Equatable, Sendable {
    /// The query as typed so far.
    public internal(set) var draft = ""
    /// Where the cursor was when the prompt opened, to return to on Esc.
    var origin: (cursor: Int, top: Int)
    /// The match the typed query last reached (opened from its fold when Enter keeps the query).
    var typedMatch: Int?

    /// What the prompt's keys ask for.
    public enum Command: Sendable {
        case open
        case type(Character)
        /// A paste: its text typed at once (one line, controls dropped).
        case paste(String)
        case erase
        /// Enter: keep the query and close the prompt.
        case keep
        /// Esc: clear the query (and, while typing, go back to where the prompt opened).
        case clear
    }

    /// The prompt's own keys (from `KeyTable`, scope `.search`); any other printable character is typed.
    static let keys = KeyTable.map(.search)

    func action(for key: Key) -> Action {
        if case .char(let c) = key { return .view(.search(.type(c))) }
        if case .paste(let text) = key.oneLine { return .view(.search(.paste(text))) }
        return Self.keys[key] ?? .none
    }

    public static func == (a: SearchPrompt, b: SearchPrompt) -> Bool {
        a.draft == b.draft && a.origin == b.origin && a.typedMatch == b.typedMatch
    }
}

extension AppState {
    /// True while the search prompt is open.
    public var isSearching: Bool { search != nil }

    /// The search prompt's update.
    mutating func applySearch(_ command: SearchPrompt.Command) -> [Effect] {
        switch command {
        case .open:
            search = SearchPrompt(origin: (cursor, top))
            if case .detail = overlay {} else { overlay = .none }
        case .type(let character):
            guard var prompt = search, prompt.draft.count < AppState.searchLimit else { return [] }
            prompt.draft.append(character)
            search = prompt
            return searchChanged()
        case .paste(let text):
            guard var prompt = search else { return [] }
            var editor = TextEditor(text: "", width: 1)
            editor.paste(text)  // controls dropped, tabs made spaces
            let room = AppState.searchLimit - prompt.draft.count
            guard room > 0, !editor.text.isEmpty else { return [] }
            prompt.draft += editor.text.prefix(room)
            search = prompt
            return searchChanged()
        case .erase:
            guard var prompt = search else { return [] }
            if !prompt.draft.isEmpty { prompt.draft.removeLast() }
            search = prompt
            return searchChanged()
        case .keep:
            guard let prompt = search else { return [] }
            search = nil
            searchQuery = prompt.draft
            if let row = prompt.typedMatch, !searchQuery.isEmpty,
               selectedRow.map({ foldLines[$0]?.rows.contains(row) ?? false }) == true {
                reveal(row)
                cursor = position(ofPlanRow: row)
            }
            if searchQuery.isEmpty { return setMatches(for: "") }
        case .clear: return clearSearch(restoreCursor: isSearching)
        }
        return []
    }

    /// The typed query changed: find its matches and go to the first from where the prompt opened.
    private mutating func searchChanged() -> [Effect] {
        guard let prompt = search else { return [] }
        let effects = setMatches(for: prompt.draft)
        cursor = prompt.origin.cursor
        top = prompt.origin.top
        if !prompt.draft.isEmpty && searchingFor == nil { jumpToMatch(forward: true, includingCurrent: true) }
        return effects
    }

    /// Closes the prompt and forgets the query (kept or typed).
    mutating func clearSearch(restoreCursor: Bool) -> [Effect] {
        if restoreCursor, let prompt = search { cursor = prompt.origin.cursor; top = prompt.origin.top }
        search = nil
        searchQuery = ""
        return setMatches(for: "")
    }

    /// The matches of a background search arrived: while that query is still being typed, go to its first match
    /// as a search done at once would.
    mutating func searchFinished(_ query: String, rows: [Int]) {
        if finishSearch(query, rows: rows), let prompt = search, prompt.draft == query {
            cursor = prompt.origin.cursor
            top = prompt.origin.top
            jumpToMatch(forward: true, includingCurrent: true)
        }
    }
}

extension Painter {
    /// The search prompt in the key bar: `/`, the query (its end in sight when long), and the prompt's keys.
    mutating func searchLine(_ prompt: SearchPrompt, _ state: AppState, _ layout: Layout) {
        let y = layout.keyBarY, t = state.text
        fill(x: 0, y: y, width: layout.width, style: Style(.keyLabel))
        var x = text(t.searchPrompt, x: 0, y: y, width: layout.width, style: Style(.key, bold: true))
        let full = prompt.draft.count >= AppState.searchLimit ? t.searchFull(AppState.searchLimit) : ""
        // The end of a long query stays in sight, where the typing happens (as a line editor scrolls).
        let room = layout.width - x - 1 - (full.isEmpty ? 0 : clean(full).displayWidth + 2)
        let draft = clean(prompt.draft)
        let shown = draft.displayWidth <= room ? draft : "…" + Self.tail(of: draft, width: room - 1)
        x += text(shown, x: x, y: y, width: max(0, layout.width - x), style: Style(.keyLabel, bold: true))
        x += text("_", x: x, y: y, width: max(0, layout.width - x), style: Style(.keyLabel, underline: true)) + 2
        if !full.isEmpty {
            x += text(full, x: x, y: y, width: max(0, layout.width - x), style: Style(.warning)) + 2
        }
        keys(t.keysSearching, from: x, y: y, width: layout.width)
    }
}
