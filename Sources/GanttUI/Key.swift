import PlanModel

/// A key press or terminal event, in our own terms (no curses codes), produced by the backend.
public enum Key: Hashable, Sendable {
    /// A printable character, space included.
    case char(Character)
    /// Ctrl plus a letter, given in lower case: `.ctrl("r")`.
    case ctrl(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, escape, tab, backTab, backspace, delete
    /// F1 … F12.
    case function(Int)
    /// The terminal now has this size.
    case resize(width: Int, height: Int)
    /// A mouse event at a zero-based column and line.
    case mouse(x: Int, y: Int, MouseKind)
    /// A bracketed paste (`BracketedPaste`): text for the open editor, never keys.
    case paste(String)
    /// Anything the backend could not name.
    case unknown
}

/// What the mouse did.
public enum MouseKind: Hashable, Sendable {
    case press
    case wheelUp
    case wheelDown
}

extension Action {
    /// Whether the action makes sense on the first rows of a plan that is still loading: moving around,
    /// help and detail, redraws and quitting. Changes, filters and search wait for the whole plan.
    var worksWhileLoading: Bool {
        switch self {
        case .none, .cancelFoldPrefix, .moveRows, .moveMonths, .cyclePeriod, .pageDown, .pageUp, .halfPageDown, .halfPageUp, .firstRow, .lastRow,
             .closeOverlay, .redraw, .quit, .resize, .click, .wheel, .planLoaded, .newDay, .retrySave, .clock, .handYearToStore:
            return true
        case .view(let command): return command.worksWhileLoading
        case .fold, .unfold, .foldAll, .foldToLevel, .foldPrefix,
             .toggle, .undo, .redo, .showArea, .showAllAreas, .nextMatch, .previousMatch,
             .saved, .saveFailed, .changeRefused, .externalChange, .searchFinished,
             .toggleLayer, .recordStatus, .clearStatus, .startMove, .moveAsOf, .editNote, .editPJ, .editReview, .addEvidence, .removeEvidence, .promptKey, .needsRealisasi,
             .addRow, .addGroup, .deleteRows, .moveRow, .startMoveTo, .structureKey, .openRevision, .revision,
             .editTexts, .editDocument, .editorKey, .startConflictChoice:
            return false
        }
    }
}

/// What the user asked for: the vocabulary `update` understands. Keys map to actions
/// through `Keymap`; the event loop also sends results of effects (`saved`, `saveFailed`, `externalChange`).
public enum Action: Sendable {
    case none
    case moveRows(Int)
    case moveMonths(Int)
    /// `t`: Bulan → Triwulan → Semester → Bulan.
    case cyclePeriod
    case pageDown, pageUp, halfPageDown, halfPageUp
    case firstRow, lastRow
    /// Flip the selected month of the selected row.
    case toggle
    case undo, redo
    /// `-`: fold the group around the cursor (on a fold line, the next level up).
    case fold
    /// `+`: open the fold line under the cursor.
    case unfold
    /// `*`: fold every area, or open everything when all are folded.
    case foldAll
    /// Fold the tree down to a level: 1 areas, 2 kegiatan, 3 sub kegiatan.
    case foldToLevel(Int)
    /// vim's `z`: the next key is a fold command (`zc`, `zo`, `zM`, `zR`, `z1`…`z3`).
    case foldPrefix
    /// A key after `z` that is no fold command (its name; empty for Esc): nothing runs, and the notice says so.
    case cancelFoldPrefix(String)
    /// `T` in Realisasi: the Triwulan review (kendala, tindak lanjut, tenggat) of the cursor's row and period.
    case editReview
    /// Show only this area (its NO.).
    case showArea(Int)
    case showAllAreas
    /// The next or previous match of the search (typed or kept).
    case nextMatch, previousMatch
    /// A view's own command (opening it, its keys): see the view list, Views/Views.swift.
    case view(ViewCommand)
    /// Esc: closes whatever overlay or pane is open, else clears the search.
    case closeOverlay
    case redraw
    case quit
    case resize(width: Int, height: Int)
    case click(x: Int, y: Int)
    case wheel(Int)
    /// `r`: switch the grid between the Rencana and the Realisasi layer.
    case toggleLayer
    /// Realisasi: record this status on the cursor's cell (again: clear it).
    case recordStatus(StatusKey)
    /// Realisasi: clear the cursor cell's status.
    case clearStatus
    /// Realisasi: ask the month the cursor's cell moves to.
    case startMove
    /// Realisasi: move the as-of month.
    case moveAsOf(Int)
    /// Realisasi: edit the cursor cell's catatan / the row's penanggung jawab.
    case editNote, editPJ
    /// Realisasi: add a piece of evidence to the cursor's cell / remove its latest.
    case addEvidence, removeEvidence
    /// A key for the open prompt (`Prompt`).
    case promptKey(Key)
    /// A Realisasi key in the Rencana layer: say how to get there.
    case needsRealisasi
    /// `o` / `O`: a new indicator row below / above the cursor's, in its sub kegiatan (`StructureView`).
    case addRow(above: Bool)
    /// `A`: a new sub kegiatan, kegiatan or area after the cursor's (a chooser of the level first).
    case addGroup
    /// `x` / Del: delete the cursor's row or a group holding it (a chooser of the level, then a confirmation).
    case deleteRows
    /// `K` / `J`: move the cursor's row (on a folded line, the folded group) one place up / down in its parent.
    case moveRow(up: Bool)
    /// `M`: move the cursor's indicator to another place (another sub kegiatan too), chosen with the cursor.
    case startMoveTo
    /// A key for the open structure view (chooser, form, confirmation, move target).
    case structureKey(Key)
    /// `v`: the revision view, the plan against the plan as signed (`RevisionView`).
    case openRevision
    /// A key of the open revision view.
    case revision(RevisionCommand)
    /// `E` / `D`: open the editor of the cursor row's texts / the form of the document's details (`EditView`).
    case editTexts, editDocument
    /// A key for the open editor or form (`EditView`).
    case editorKey(Key)
    /// `C`: choose which value of a conflict on the cursor's cell or row to keep (ConflictMarks.swift).
    case startConflictChoice
    /// The store recorded a change of this process (`entry`); `year` is the store's value after it.
    case saved(JournalEntry, YearState)
    /// The store could not save; it may keep the change in memory (`year` is its value now).
    case saveFailed(String, YearState)
    /// The plan's rules refused a change (the reason): nothing was written or kept to retry; `year` is the store's value.
    /// A text prompt that asked for it opens again with its text.
    case changeRefused(String, YearState)
    /// The store's value changed without a change of this process (another process saved, or there was
    /// nothing to record): the new year, cursor kept.
    case externalChange(YearState)
    /// The rows matching `query`, found on another thread (the answer to `Effect.search`).
    case searchFinished(query: String, rows: [Int])
    /// The whole plan, loaded on another thread, takes over from its first rows (`WholePlan`).
    case planLoaded(WholePlan)
    /// The clock passed midnight: today's month (nil when unknown) and the as-of month progress now defaults to.
    case newDay(today: Month?, defaultAsOf: Month)
    /// The retry timer of a failed save is due (`Effect.wake`): write the changes the store kept in memory.
    case retrySave
    /// What the clock says now (at the start, then at each change of day): a new day when its month differs.
    case clock(DayReading)
    /// The effect runner is about to have the store change the year: the state lets go of it (so the store's
    /// value is changed in place, not copied) until `saved`, `saveFailed` or `externalChange` brings it back.
    case handYearToStore
}

/// Work `update` asks the event loop to do; `update` itself never touches the outside world.
public enum Effect: Equatable, Sendable {
    /// Record what the person asked through the store's one entry point (`YearStore.record`).
    case record(Intent)
    /// Repaint every cell (Ctrl-L, resize).
    case redraw
    case quit
    /// Find the rows matching `query` on another thread (`AppState.matches(for:among:)`), then send
    /// `.searchFinished`: plans too large to search between two keys. `among` nil means every row.
    case search(query: String, among: [Int]?)
    /// Deliver `wake`'s message after `milliseconds` (the runtime keeps the earliest deadline of each kind).
    case wake(after: Int, Wake)
    /// Write the changes the store keeps in memory because the disk refused them (nothing when there are none).
    case retrySave
    /// The year's progress, built on the dashboard's value of the year: the store's year carries it from now on
    /// (`YearStore.keepProgress`), so both hold one value.
    case keepProgress(ProgressTracker)
}

/// The store effects by their old names, so the views that ask for a change read as before.
extension Effect {
    /// Set `month` of `row` to `on`.
    public static func toggle(row: RowID, month: Month, on: Bool) -> Effect { .record(.mark(row: row, month: month, on: on)) }
    /// A cell's realisation status (nil: belum dicatat).
    public static func setStatus(row: RowID, month: Month, status: RealisationStatus?) -> Effect {
        .record(.status(row: row, month: month, to: status))
    }
    /// A cell's catatan (empty clears).
    public static func setNote(row: RowID, month: Month, note: String) -> Effect { .record(.note(row: row, month: month, to: note)) }
    /// A row's penanggung jawab (empty clears).
    public static func setPJ(row: RowID, text: String) -> Effect { .record(.pj(row: row, to: text)) }
    /// A piece of evidence (an empty id gets a new one; the event loop makes a file's path relative to the plan).
    public static func addEvidence(_ evidence: Evidence) -> Effect { .record(.addEvidence(evidence)) }
    /// A piece of evidence removed by its id.
    public static func removeEvidence(id: String) -> Effect { .record(.removeEvidence(id: id)) }
    /// Record one field of a row's Triwulan review (`tw` 1–4; empty clears).
    public static func setReview(row: RowID, tw: Int, field: ReviewField, text: String) -> Effect {
        .record(.review(row: row, tw: tw, field: field, to: text))
    }
    /// A row (and the groups `addition.level` asks for); the store gives it its id.
    public static func addRow(_ addition: RowAddition) -> Effect { .record(.addRow(addition)) }
    /// The group of `level` holding `row` removed (widened when it is its parent's only child).
    public static func removeRows(row: RowID, level: PlanLevel) -> Effect { .record(.removeRows(row: row, level: level)) }
    /// The group of `level` holding `row` one place up or down within its parent.
    public static func moveRow(row: RowID, level: PlanLevel, up: Bool) -> Effect { .record(.moveRow(row: row, level: level, up: up)) }
    /// An indicator after or before another row (into that row's sub kegiatan).
    public static func moveRowTo(row: RowID, anchor: Anchor) -> Effect { .record(.moveRowTo(row: row, anchor: anchor)) }
    /// A text of the table: `field` of `row` (or of the group holding it).
    public static func editText(row: RowID, field: PlanTextField, text: String) -> Effect { .record(.edit(row: row, field: field, to: text)) }
    /// One of the document's details.
    public static func editDocument(field: DocumentField, text: String) -> Effect { .record(.document(field: field, to: text)) }
    /// Take back the latest change.
    public static var undo: Effect { .record(.undo) }
    /// Put back the latest undone change.
    public static var redo: Effect { .record(.redo) }
}
