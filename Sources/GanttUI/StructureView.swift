import PlanModel

/// The view of the structural edits (issue 13): a chooser of the level, the texts of a new row, the question
/// before a deletion, or the cursor choosing where a row moves to. It carries its own state and takes every
/// key while open; its keys, its update and its drawing (RenderStructure.swift) are its own.
public enum StructureView: Equatable, Sendable {
    /// What a chooser of the level is for.
    public enum Purpose: Equatable, Sendable {
        /// `A`: a new group of the chosen level after the cursor's.
        case add
        /// `x`: the cursor's row or a group holding it is deleted (after the confirmation).
        case delete
    }

    /// `A` or `x`: which level (`choices`, the highlighted one `selected`) of the cursor's `row`; for `x` what each
    /// choice deletes, counted once when the chooser opens (not at every frame).
    case levels(Purpose, row: RowID, choices: [PlanLevel], selected: Int, deletions: [Deletion] = [])
    /// `o`, `O` or `A`: the texts of the new row and of its new groups, one field after the other.
    case form(NewRowForm)
    /// Before a deletion: what goes with it. `y`/Enter deletes, `n`/Esc keeps.
    case confirm(Deletion)
    /// `M`: the cursor chooses the row that `row` goes after (Enter) or before (`b`).
    case moveTarget(row: RowID)

    /// The levels the chooser of `A` offers (a new indicator row is `o` / `O`).
    static let addLevels: [PlanLevel] = [.sub, .kegiatan, .area]
}

/// The texts a new row needs: its new groups' titles from `addition.level` down, then its INDIKATOR.
public struct NewRowForm: Equatable, Sendable {
    /// The row to add, its texts filled in as the fields are answered.
    public var addition: RowAddition
    /// The fields asked, in order (the level of each: `.indikator` is the row's own text).
    public let fields: [PlanLevel]
    /// The field being edited and its editor; the fields before it hold their answers in `addition`.
    public private(set) var field = 0
    public var editor: TextEditor

    init(addition: RowAddition, width: Int) {
        self.addition = addition
        switch addition.level {
        case .indikator: fields = [.indikator]
        case .sub: fields = [.sub, .indikator]
        case .kegiatan: fields = [.kegiatan, .sub, .indikator]
        case .area: fields = [.area, .kegiatan, .sub, .indikator]
        }
        editor = TextEditor(text: "", width: width, required: true)
    }

    /// Keeps `text` as the current field's answer; true when it was the last field.
    mutating func answer(_ text: String, width: Int) -> Bool {
        switch fields[field] {
        case .area: addition.area = text
        case .kegiatan: addition.kegiatan = text
        case .sub: addition.sub = text
        case .indikator: addition.text = text
        }
        guard field + 1 < fields.count else { return true }
        field += 1
        editor = TextEditor(text: "", width: width, required: true)
        return false
    }

    /// The answer kept for field `n` (empty for the field being edited and those after it).
    func value(_ n: Int) -> String {
        guard n < field else { return "" }
        switch fields[n] {
        case .area: return addition.area
        case .kegiatan: return addition.kegiatan
        case .sub: return addition.sub
        case .indikator: return addition.text
        }
    }
}

/// A deletion asked about: the group removed and what was recorded on its rows (it stays in the journal).
public struct Deletion: Equatable, Sendable {
    public var row: RowID
    /// The level removed, widened as the store widens it (a group's only child takes its group along).
    public var level: PlanLevel
    /// The place (`1.2` for a kegiatan) and title of what is removed.
    public var place: String
    public var title: String
    public var rows: Int
    /// Recorded realisation on those rows: cells with a status, notes, pieces of evidence.
    public var statuses: Int
    public var notes: Int
    public var evidence: Int
}

extension AppState {
    // MARK: Starting (the grid's keys)

    /// `o` / `O`: a new indicator row below / above the cursor's, its INDIKATOR asked first.
    mutating func startAddRow(above: Bool) {
        guard let index = editableRow() else { return }
        let id = plan.rows[index].id
        let addition = RowAddition(row: RowID(""), anchor: above ? .before(id) : .after(id), level: .indikator)
        structure = .form(NewRowForm(addition: addition, width: structureEditorWidth))
    }

    /// `A`: chooses the level of the new group (sub kegiatan, kegiatan or area) after the cursor's.
    mutating func startAddGroup() {
        guard let index = editableRow() else { return }
        structure = .levels(.add, row: plan.rows[index].id, choices: StructureView.addLevels, selected: 0)
    }

    /// `x` / Del: chooses what to delete when more than one level can be (else asks at once).
    mutating func startDelete() {
        guard let index = selectedRow else { return }
        var lowest = PlanLevel.indikator
        if let fold = foldLines[index] { lowest = [PlanLevel.area, .kegiatan, .sub][max(0, min(2, fold.level - 1))] }
        let levels: [PlanLevel] = [.indikator, .sub, .kegiatan, .area]
        var choices: [PlanLevel] = []
        for level in levels.drop(while: { $0 != lowest }) {
            let widened = widenedLevel(level, at: index)
            if !choices.contains(widened) { choices.append(widened) }
        }
        // The plan keeps one area at least: a plan without rows has no cursor to add one from.
        if plan.areas.count <= 1 { choices.removeAll { $0 == .area } }
        guard !choices.isEmpty else { notice = .lastArea; return }
        if choices.count == 1 { return confirmDelete(plan.rows[index].id, level: choices[0]) }
        structure = .levels(.delete, row: plan.rows[index].id, choices: choices, selected: 0,
                            deletions: choices.map { deletion($0, at: index) })
    }

    /// `K` / `J`: moves the cursor's row one place up / down in its sub kegiatan; on a folded line the folded
    /// group (sub kegiatan, kegiatan or area) within its parent.
    mutating func moveSelected(up: Bool) -> [Effect] {
        guard let index = selectedRow else { return [] }
        var level = PlanLevel.indikator
        if let fold = foldLines[index] { level = [PlanLevel.area, .kegiatan, .sub][max(0, min(2, fold.level - 1))] }
        let range = groupRange(level, at: index)
        let parent: Range<Int>
        switch level {
        case .indikator: parent = groupRange(.sub, at: index)
        case .sub: parent = groupRange(.kegiatan, at: index)
        case .kegiatan: parent = groupRange(.area, at: index)
        case .area: parent = plan.rows.indices
        }
        guard up ? range.lowerBound > parent.lowerBound : range.upperBound < parent.upperBound else {
            notice = .cannotMove(up)
            return []
        }
        return [.moveRow(row: plan.rows[index].id, level: level, up: up)]
    }

    /// `M`: the cursor goes to pick the row the cursor's indicator moves next to.
    mutating func startMoveTo() {
        guard let index = editableRow() else { return }
        guard groupRange(.sub, at: index).count > 1 else { notice = .onlyRowOfSub; return }
        structure = .moveTarget(row: plan.rows[index].id)
    }

    /// The cursor's row when it is a row (a folded line says to open it first).
    private mutating func editableRow() -> Int? {
        guard let index = selectedRow else { return nil }
        guard foldLines[index] == nil else { notice = .foldedStructure; return nil }
        return index
    }

    private mutating func confirmDelete(_ row: RowID, level: PlanLevel) {
        guard let index = plan.rowIndex(of: row) else { structure = nil; return }
        structure = .confirm(deletion(level, at: index))
    }

    /// Room for a text in the form's box.
    var structureEditorWidth: Int { max(1, min(width - 8, 90)) }

    // MARK: Keys while the view is open

    /// One key while the structure view is open.
    mutating func structureKey(_ key: Key) -> [Effect] {
        guard let current = structure else { return [] }
        if key == .ctrl("l") { return [.redraw] }
        switch current {
        case .levels(let purpose, let row, let choices, var selected, let deletions):
            switch key {
            case .up, .char("k"): selected = max(0, selected - 1)
            case .down, .char("j"): selected = min(choices.count - 1, selected + 1)
            case .escape, .char("q"): structure = nil; return []
            case .enter: return chooseLevel(purpose, row, choices[selected], deletions.indices.contains(selected) ? deletions[selected] : nil)
            case .char(let c):
                guard let n = c.wholeNumberValue, choices.indices.contains(n - 1) else { return [] }
                return chooseLevel(purpose, row, choices[n - 1], deletions.indices.contains(n - 1) ? deletions[n - 1] : nil)
            default: return []
            }
            structure = .levels(purpose, row: row, choices: choices, selected: selected, deletions: deletions)
        case .form(var form):
            if key == .ctrl("o") { return [] }  // one line: no line breaks
            if case .char = key, form.editor.text.count >= Prompt.maxLength { return [] }
            form.editor.width = structureEditorWidth
            switch form.editor.handle(key.fitted(oneLine: true, room: Prompt.maxLength - form.editor.text.count)) {
            case .editing: structure = .form(form)
            case .cancelled: structure = nil
            case .saved(let text):
                let line = text.split(whereSeparator: \.isNewline).joined(separator: " ")
                if form.answer(line, width: structureEditorWidth) {
                    structure = nil
                    return [.addRow(form.addition)]
                }
                structure = .form(form)
            }
        case .confirm(let deletion):
            switch key {
            case .char("y"), .char("Y"), .enter:
                structure = nil
                return [.removeRows(row: deletion.row, level: deletion.level)]
            case .char("n"), .char("N"), .escape, .char("q"): structure = nil
            default: break
            }
        case .moveTarget(let row):
            switch key {
            case .escape, .char("q"): structure = nil
            case .enter, .char("b"):
                guard let target = selectedRow else { return [] }
                guard foldLines[target] == nil else { notice = .foldedStructure; return [] }
                structure = nil
                let anchorID = plan.rows[target].id
                guard anchorID != row else { return [] }
                return [.moveRowTo(row: row, anchor: key == .enter ? .after(anchorID) : .before(anchorID))]
            case .up, .char("k"): _ = apply(.moveRows(-1))
            case .down, .char("j"): _ = apply(.moveRows(1))
            case .pageUp: _ = apply(.pageUp)
            case .pageDown: _ = apply(.pageDown)
            case .home, .char("g"): _ = apply(.firstRow)
            case .end, .char("G"): _ = apply(.lastRow)
            case .char("+"), .char("="): _ = apply(.unfold)
            default: break
            }
        }
        return []
    }

    private mutating func chooseLevel(_ purpose: StructureView.Purpose, _ row: RowID, _ level: PlanLevel,
                                      _ counted: Deletion?) -> [Effect] {
        switch purpose {
        case .delete:
            if let counted { structure = .confirm(counted) } else { confirmDelete(row, level: level) }
        case .add:
            let addition = RowAddition(row: RowID(""), anchor: .after(row), level: level)
            structure = .form(NewRowForm(addition: addition, width: structureEditorWidth))
        }
        return []
    }

    /// After a structural entry is saved: the cursor lands on the new or moved row (opening a fold that holds it).
    mutating func landOnChangedRow(_ entry: JournalEntry) {
        let row: RowID
        var opens = true
        switch entry.change {
        case .add(let addition): row = addition.row
        case .move(let move):
            row = move.row
            opens = move.level == .indikator  // a folded group moved stays folded, the cursor on its line
        default: return
        }
        guard let index = plan.rowIndex(of: row) else { return }
        if opens { reveal(index) }
        let position = position(ofPlanRow: index)
        if visibleRows.indices.contains(position), opens ? visibleRows[position] == index : true { cursor = position }
    }

    // MARK: Groups as ranges of rows

    /// The rows (indices into `plan.rows`, contiguous) of the group of `level` holding row `index`.
    func groupRange(_ level: PlanLevel, at index: Int) -> Range<Int> {
        let rows = plan.rows
        guard rows.indices.contains(index) else { return index..<index }
        let p = rows[index].position
        func same(_ j: Int) -> Bool {
            let q = rows[j].position
            switch level {
            case .indikator: return j == index
            case .sub: return q.area == p.area && q.kegiatan == p.kegiatan && q.sub == p.sub
            case .kegiatan: return q.area == p.area && q.kegiatan == p.kegiatan
            case .area: return q.area == p.area
            }
        }
        var low = index, high = index + 1
        while low > 0 && same(low - 1) { low -= 1 }
        while high < rows.count && same(high) { high += 1 }
        return low..<high
    }

    /// The level a removal of `level` at row `index` really takes: a group's only child takes the group along
    /// (as the store widens it, so no empty group is left).
    func widenedLevel(_ level: PlanLevel, at index: Int) -> PlanLevel {
        let rows = plan.rows
        var level = level
        func single(_ range: Range<Int>, _ key: (PlanRow.Position) -> Int) -> Bool {
            key(rows[range.lowerBound].position) == key(rows[range.upperBound - 1].position)
        }
        if level == .indikator && groupRange(.sub, at: index).count == 1 { level = .sub }
        if level == .sub && single(groupRange(.kegiatan, at: index), \.sub) { level = .kegiatan }
        if level == .kegiatan && single(groupRange(.area, at: index), \.kegiatan) { level = .area }
        return level
    }

    /// What deleting the group of `level` at row `index` takes: its rows and their recorded realisation.
    func deletion(_ level: PlanLevel, at index: Int) -> Deletion {
        let level = widenedLevel(level, at: index)
        let range = groupRange(level, at: index)
        let row = plan.rows[index]
        var ids = Set<RowID>()
        var statuses = 0, notes = 0
        let cells = year.realisation.cells
        for i in range {
            let id = plan.rows[i].id
            ids.insert(id)
            for record in (cells[id] ?? [:]).values {
                if record.status != nil { statuses += 1 }
                if !record.note.isEmpty { notes += 1 }
            }
        }
        let evidence = year.realisation.evidence.reduce(0) { $0 + (ids.contains($1.row) ? 1 : 0) }
        let place = self.place(level, at: index), title: String
        switch level {
        case .indikator: title = row.indikator
        case .sub: title = row.subKegiatan
        case .kegiatan: title = row.kegiatan
        case .area: title = row.areaName
        }
        return Deletion(row: row.id, level: level, place: place, title: title, rows: range.count,
                        statuses: statuses, notes: notes, evidence: evidence)
    }
}
