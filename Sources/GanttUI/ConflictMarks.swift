import PlanModel
import RencanaText

/// Where the year's conflicts are (issue 22): the rows and month cells the grid marks, and how many there are for
/// the title bar. Made again each time the dashboard takes a new year (`takeYear`), never per key or frame; empty
/// at once outside a team.
public struct ConflictMarks: Equatable, Sendable {
    /// Every value in conflict (rows, signer, document).
    public private(set) var count = 0
    /// The rows with a conflict, each with the month cells that have one (empty: the row's own values: PJ, a
    /// review, a text, evidence of the whole row).
    private var rows: [RowID: Set<Month>] = [:]

    init() {}

    init(_ year: YearState) {
        let conflicts = year.conflicts
        count = conflicts.count
        for conflict in conflicts {
            guard let row = ConflictWords.row(of: conflict, in: year) else { continue }
            var months = rows[row] ?? []
            if let month = ConflictWords.month(of: conflict, in: year) { months.insert(month) }
            rows[row] = months
        }
    }

    /// Whether the row has a conflict of any of its values.
    public func row(_ id: RowID) -> Bool { !rows.isEmpty && rows[id] != nil }
    /// The rows with a conflict, in no order.
    var conflictedRows: Dictionary<RowID, Set<Month>>.Keys { rows.keys }
    /// Whether one month cell of the row has a conflict.
    public func cell(_ id: RowID, _ month: Month) -> Bool { !rows.isEmpty && rows[id]?.contains(month) == true }
}

/// The chooser of `C`: the conflicts of the cursor's row (its cell's first), which one is asked about and which of
/// its values is picked.
public struct ConflictChoice: Equatable, Sendable {
    /// The cursor's row when `C` was pressed.
    public let row: RowID
    /// The conflicts offered, as they were when asked (a choice that is no longer one is refused by the year).
    public let conflicts: [Conflict]
    /// The conflict asked about (↑ ↓).
    public internal(set) var current = 0
    /// The value picked (← → or its number), from 0; it starts at the value shown.
    public internal(set) var value: Int
}

extension AppState {
    /// The conflicts of one row: those of `month`'s cell first, then the rest in the year's order.
    func conflicts(ofRow id: RowID, first month: Month? = nil) -> [Conflict] {
        guard conflictMarks.row(id) else { return [] }
        let mine = year.conflicts.filter { ConflictWords.row(of: $0, in: year) == id }
        guard let month else { return mine }
        let inCell = mine.filter { ConflictWords.month(of: $0, in: year) == month }
        return inCell + mine.filter { ConflictWords.month(of: $0, in: year) != month }
    }

    /// Whether the cursor's row (not a folded line) has a conflict: the key bar then names `C`.
    var cursorHasConflict: Bool {
        guard conflictMarks.count > 0, let index = selectedRow, foldLines[index] == nil else { return false }
        return conflictMarks.row(plan.rows[index].id)
    }

    /// `C`: asks which value of a conflict on the cursor's cell (else its row) to keep; on a row without one, the
    /// conflicts of no row (the report's signer, the decree's details), which no cell can show.
    mutating func startConflictChoice() {
        guard let index = selectedRow, foldLines[index] == nil else { notice = .foldedLine; return }
        let id = plan.rows[index].id
        var list = conflicts(ofRow: id, first: month)
        if list.isEmpty && conflictMarks.count > 0 { list = year.conflicts.filter { ConflictWords.row(of: $0, in: year) == nil } }
        guard let first = list.first else { notice = .noConflict; return }
        prompt = .conflict(ConflictChoice(row: id, conflicts: list, value: first.entries.count - 1))
    }

    /// One key of the chooser: ← → or a digit picks a value, ↑ ↓ another conflict of the row, Enter records the
    /// choice (`Intent.choose`: a new entry that has seen every value), Esc cancels.
    mutating func conflictKey(_ choice: ConflictChoice, _ key: Key) -> [Effect] {
        var choice = choice
        let values = choice.conflicts[choice.current].entries.count
        switch key {
        case .left, .char("h"): choice.value = max(0, choice.value - 1)
        case .right, .char("l"): choice.value = min(values - 1, choice.value + 1)
        case .up, .down, .char("k"), .char("j"):
            let step = key == .up || key == .char("k") ? -1 : 1
            choice.current = (choice.current + step + choice.conflicts.count) % choice.conflicts.count
            choice.value = choice.conflicts[choice.current].entries.count - 1
        case .escape, .char("q"):
            prompt = nil
            return []
        case .enter:
            prompt = nil
            let id = choice.conflicts[choice.current].entries[choice.value].id
            // Settled meanwhile (a colleague's entry came in while the chooser was open): nothing to choose.
            guard year.conflicts.contains(where: { $0.entries.contains { $0.id == id } }) else { notice = .noConflict; return [] }
            return [.record(.choose(entry: id))]
        case .char(let c):
            guard let n = c.wholeNumberValue, n >= 1, n <= values else { return [] }
            choice.value = n - 1
        default: return []
        }
        prompt = .conflict(choice)
        return []
    }

    /// The detail pane's lines about the row's conflicts: each field, then each value with who wrote it and when.
    func addConflicts(_ row: PlanRow, _ add: (String, String) -> Void) {
        for (n, conflict) in conflicts(ofRow: row.id).enumerated() {
            add(n == 0 ? Text.Conflict.detailLabel : "", glyphs.conflict + " " + ConflictWords.field(of: conflict, in: year))
            for (k, entry) in conflict.entries.enumerated() {
                let author = Text.Conflict.author(entry.by, device: entry.device, at: entry.atText)
                add("", Text.Conflict.detailValue(k + 1, ConflictWords.value(conflict.values[k], of: conflict.key, limit: 60),
                                                  author, shown: k == conflict.entries.count - 1))
            }
        }
    }
}

extension Painter {
    /// A conflict's marks on one row of the grid: the glyph in the rule before the months, and in the third column
    /// of each month cell with a conflict (not the cursor's, whose brackets stay; Bulan view only). A folded line is
    /// marked in the rule when a row inside has a conflict.
    mutating func conflictMarks(_ state: AppState, _ layout: Layout, visible i: Int, y: Int) {
        guard state.conflictMarks.count > 0, state.visibleRows.indices.contains(i), let first = layout.months.first else { return }
        let index = state.visibleRows[i]
        let id = state.plan.rows[index].id
        let style = Style(.warning, bold: true)
        if let fold = state.foldLine(at: index) {
            // The rows with a conflict are few: each is looked up, not each row of the fold.
            if state.conflictMarks.conflictedRows.contains(where: { state.plan.rowIndex(of: $0).map(fold.rows.contains) == true }) {
                text(glyphs.conflict, x: first.x - 1, y: y, width: 1, style: style)
            }
            return
        }
        guard state.conflictMarks.row(id) else { return }
        text(glyphs.conflict, x: first.x - 1, y: y, width: 1, style: style)
        guard state.periods == .bulan else { return }
        let selected = i == state.cursor
        for (m, column) in layout.months.enumerated() where column.width >= 3 {
            guard let month = Month(index: m), state.conflictMarks.cell(id, month), !(selected && month == state.month) else { continue }
            text(glyphs.conflict, x: column.x + 2, y: y, width: 1, style: style)
        }
    }

    /// The chooser in the key bar: the field, the values (the picked one highlighted), then its keys, cut to fit
    /// (`ChooserFit`): however narrow, Enter and Esc stay whole.
    mutating func conflictLine(_ state: AppState, _ choice: ConflictChoice, _ layout: Layout) {
        let y = layout.keyBarY
        let conflict = choice.conflicts[choice.current]
        let field = ConflictWords.field(of: conflict, in: state.year)
        let row = ConflictWords.row(of: conflict, in: state.year)?.rawValue
        let values = conflict.entries.enumerated().map { k, entry in
            (value: clean(ConflictWords.value(conflict.values[k], of: conflict.key, limit: 24)), by: clean(entry.by))
        }
        let fit = ChooserFit(field: clean(field), row: row, values: values, picked: choice.value, width: layout.width)
        var x = 0
        if !fit.prompt.isEmpty {
            x = text(fit.prompt, x: 0, y: y, width: layout.width, style: Style(.key, bold: true)) + 1
        }
        for item in fit.items where x < layout.width {
            let style = item.picked ? Style(.cursorCell, bold: true) : Style(.keyLabel)
            x += text(item.text, x: x, y: y, width: max(0, layout.width - x), style: style) + 1
        }
        keys(fit.keys, from: min(layout.width, x + 1), y: y, width: layout.width)
    }
}

/// What the conflict chooser's one line holds at a given width: the first of a list of ever shorter forms that
/// fits (the ←→ hint dropped, the prompt shortened to its field without the row's id (the cursor is on that row),
/// authors dropped, only the picked value, then the field and the value cut), so that Enter and Esc are never cut
/// off.
struct ChooserFit {
    /// One value as shown: its number, the value (cut) and who wrote it.
    struct Item: Equatable { var text: String; var picked: Bool }
    private(set) var prompt = ""
    private(set) var items: [Item] = []
    private(set) var keys: [(key: String, label: String)] = []

    init(field: String, row: String?, values: [(value: String, by: String)], picked: Int, width: Int) {
        let bare = row.flatMap { field.hasPrefix($0 + " ") ? String(field.dropFirst($0.count + 1)) : nil } ?? field
        let prompts = [Text.Conflict.chooserPrompt(field), Text.UX22.chooserShort(bare), Text.UX22.chooserField(bare), ""]
        let all = Text.Conflict.keysChooser, essential = Text.UX22.keysChooserEssential
        // (keys, prompt, authors, value limit, only the picked value), from the fullest.
        // A value is cut only as a last resort: "Terlaksana …" would read as Terlaksana, not Terlaksana Sebagian.
        let forms: [([(key: String, label: String)], Int, Bool, Int, Bool)] = [
            (all, 0, true, 24, false), (essential, 0, true, 24, false), (essential, 1, true, 24, false), (essential, 2, true, 24, false),
            (essential, 2, false, 24, false), (essential, 2, false, 24, true), (essential, 3, false, 24, true),
            (essential, 3, false, 12, true), (essential, 3, false, 6, true)]
        for (n, form) in forms.enumerated() {
            prompt = prompts[form.1]
            keys = form.0
            items = values.enumerated().compactMap { k, v in
                guard !form.4 || k == picked else { return nil }
                let value = v.value.truncated(toWidth: form.3)
                let number = form.4 ? "←→ \(k + 1)/\(values.count)" : "\(k + 1)"
                return Item(text: "\(number) \(value)" + (form.2 ? " \(v.by)" : ""), picked: k == picked)
            }
            if n == forms.count - 1 || used <= width { break }
        }
    }

    /// The columns the line takes: prompt, items, then the keys with their narrowest gaps.
    var used: Int {
        let keysWidth = keys.reduce(0) { $0 + $1.key.displayWidth + 1 + $1.label.displayWidth } + max(0, keys.count - 1)
        let promptWidth = prompt.isEmpty ? 0 : prompt.displayWidth + 1
        return promptWidth + items.reduce(0) { $0 + $1.text.displayWidth + 1 } + 1 + keysWidth
    }
}
