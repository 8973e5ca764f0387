import Foundation
import PlanModel
import RencanaText

/// A one-line question in the key bar that takes every key until it is answered or cancelled, carrying its own
/// state: the month a cell is moved to, or the text of a note or penanggung jawab being edited. Its keys, its
/// update and its drawing are all here.
public enum Prompt: Equatable, Sendable {
    /// `>`: the cell is moved to `target` (← → choose, Enter records, Esc cancels).
    case moveTo(row: RowID, month: Month, target: Month)
    /// `e`: the catatan of one cell.
    case note(row: RowID, month: Month, editor: TextEditor)
    /// `P`: the penanggung jawab of one row.
    case pj(row: RowID, editor: TextEditor)
    /// `b`: a piece of evidence (bukti dukung) for one cell: a file's path or a URL.
    case evidence(row: RowID, month: Month, editor: TextEditor)
    /// `T`: the Triwulan review of one row (ReviewForm.swift).
    case review(ReviewDraft)
    /// `C`: which value of a conflict to keep (ConflictMarks.swift).
    case conflict(ConflictChoice)

    /// The longest note or name the editor takes (the journal refuses longer texts).
    static let maxLength = 2_000
}

extension AppState {
    /// `>`: asks where the cursor's cell moves to, starting at the first month after it that it can move to (one
    /// where no other planned month is due), or the one it moved to; when there is none, says so.
    mutating func startMove() {
        guard let (row, month) = recordableCell() else { notice = .foldedLine; return }
        if case .moved(let to)? = cursorStatus {
            prompt = .moveTo(row: row, month: month, target: to)
            return
        }
        guard let free = Month.allCases.first(where: { $0 > month && !movesOntoPlanned(row, month, to: $0) }) else {
            notice = .refused(Text.DashboardFixes.noFreeMonth(month.fullName))
            return
        }
        prompt = .moveTo(row: row, month: month, target: free)
    }

    /// Whether moving `month` of `row` to `target` lands on a month where another planned month is due (the store's rule).
    func movesOntoPlanned(_ row: RowID, _ month: Month, to target: Month) -> Bool {
        guard let index = plan.rowIndex(of: row) else { return false }
        return RowProgress.moveLandsOnDueMonth(month, to: target, planned: marks(of: index),
                                               status: { year.realisation.record(row, $0).status })
    }

    /// `e`: edits the cursor cell's catatan.
    mutating func startNoteEditor() {
        guard let (row, month) = recordableCell() else { notice = .foldedLine; return }
        let note = year.realisation.record(row, month).note
        prompt = .note(row: row, month: month, editor: TextEditor(text: note, width: promptEditorWidth))
    }

    /// `P`: edits the penanggung jawab of the cursor's row.
    mutating func startPJEditor() {
        guard let index = selectedRow, foldLines[index] == nil else { notice = .foldedLine; return }
        let row = plan.rows[index].id
        prompt = .pj(row: row, editor: TextEditor(text: year.realisation.pj[row] ?? "", width: promptEditorWidth))
    }

    /// `b`: asks the file or URL of a piece of evidence for the cursor's cell.
    mutating func startEvidenceEditor() {
        guard let (row, month) = recordableCell() else { notice = .foldedLine; return }
        prompt = .evidence(row: row, month: month, editor: TextEditor(text: "", width: promptEditorWidth))
    }

    /// `X`: removes the cursor cell's latest piece of evidence (else the row's latest); `u` puts it back.
    mutating func removeEvidence() -> [Effect] {
        guard let (row, month) = recordableCell() else { notice = .foldedLine; return [] }
        let items = year.realisation.evidence(of: row)
        guard let item = items.last(where: { $0.month == month }) ?? items.last(where: { $0.month == nil }) else {
            notice = .noEvidence
            return []
        }
        return [.removeEvidence(id: item.id)]
    }

    /// Room for the edited text in the key bar, after the prompt's label.
    var promptEditorWidth: Int { max(1, width - 24) }

    /// One key while the prompt is open.
    mutating func promptKey(_ key: Key) -> [Effect] {
        guard let current = prompt else { return [] }
        switch current {
        case .moveTo(let row, let month, let target):
            switch key {
            case .left, .char("h"): prompt = .moveTo(row: row, month: month, target: Month(index: max(0, target.index - 1)) ?? target)
            case .right, .char("l"): prompt = .moveTo(row: row, month: month, target: Month(index: min(11, target.index + 1)) ?? target)
            case .escape, .char("q"): prompt = nil
            case .enter:
                // Onto a planned month: said in the dashboard's words, the prompt left open to choose another.
                if movesOntoPlanned(row, month, to: target) {
                    notice = .refused(Text.DashboardFixes.moveOntoPlanned(from: month.fullName, to: target.fullName))
                    return []
                }
                prompt = nil
                guard target != month else { notice = .movedToItself; return [] }
                return [.setStatus(row: row, month: month, status: .moved(target))]
            case .char(let c):
                // A month's first letters are not one key; a digit is: 1–9 Jan–Sep, 0 Okt.
                if let n = c.wholeNumberValue, let m = Month(rawValue: n == 0 ? 10 : n) {
                    prompt = .moveTo(row: row, month: month, target: m)
                }
            default: break
            }
            return []
        case .note(let row, let month, var editor):
            let effects = edit(&editor, key, { .note(row: row, month: month, editor: $0) }) {
                .setNote(row: row, month: month, note: $0)
            }
            if !effects.isEmpty { refusedDraft = current }
            return effects
        case .pj(let row, var editor):
            let effects = edit(&editor, key, { .pj(row: row, editor: $0) }) { .setPJ(row: row, text: $0) }
            if !effects.isEmpty { refusedDraft = current }
            return effects
        case .review(let draft): return reviewKey(draft, key)
        case .conflict(let choice): return conflictKey(choice, key)
        case .evidence(let row, let month, var editor):
            let effects = edit(&editor, key, { .evidence(row: row, month: month, editor: $0) }) { text in
                let trimmed = text.trimmingCharacters(in: .whitespaces)
                let isURL = ["http://", "https://"].contains { trimmed.lowercased().hasPrefix($0) }
                return .addEvidence(Evidence(id: "", row: row, month: month, kind: isURL ? .tautan : .lainnya,
                                             location: isURL ? .url(trimmed) : .file(trimmed)))
            }
            // Nothing typed: nothing to add.
            if case .record(.addEvidence(let item))? = effects.first, item.location == .file("") { return [] }
            if !effects.isEmpty { refusedDraft = current }
            return effects
        }
    }

    /// Feeds one key to an editor: Enter saves (one line: its line breaks become spaces), Esc cancels.
    private mutating func edit(_ editor: inout TextEditor, _ key: Key, _ reopen: (TextEditor) -> Prompt,
                               _ save: (String) -> Effect) -> [Effect] {
        if key == .ctrl("o") { return [] }  // one line: no line breaks
        if case .char = key, editor.text.count >= Prompt.maxLength { return [] }
        editor.width = promptEditorWidth
        switch editor.handle(key.fitted(oneLine: true, room: Prompt.maxLength - editor.text.count)) {
        case .editing:
            prompt = reopen(editor)
            return []
        case .cancelled:
            prompt = nil
            return []
        case .saved(let text):
            prompt = nil
            let line = text.split(whereSeparator: \.isNewline).joined(separator: " ")
            return [save(line)]
        }
    }
}

extension Painter {
    /// The prompt in the key bar: its question, then its answer (a month, or the text with its cursor).
    mutating func promptLine(_ state: AppState, _ prompt: Prompt, _ layout: Layout) {
        let y = layout.keyBarY, t = state.text
        fill(x: 0, y: y, width: layout.width, style: Style(.keyLabel))
        switch prompt {
        case .moveTo(let row, let month, let target):
            var x = text(t.movePrompt(row.rawValue, month.label), x: 0, y: y, width: layout.width, style: Style(.key, bold: true))
            x += 1
            x += text(target.label, x: x, y: y, width: max(0, layout.width - x), style: Style(.cursorCell, bold: true)) + 2
            keys(t.keysMovePrompt, from: x, y: y, width: layout.width)
        case .note(let row, let month, let editor):
            editorLine(t.notePrompt(row.rawValue, month.label), editor, y: y, layout: layout)
        case .pj(let row, let editor):
            editorLine(t.pjPrompt(row.rawValue), editor, y: y, layout: layout)
        case .evidence(let row, let month, let editor):
            editorLine(t.evidencePrompt(row.rawValue, month.label), editor, y: y, layout: layout)
        case .review(let draft): reviewLine(state, draft, layout)
        case .conflict(let choice): conflictLine(state, choice, layout)
        }
    }

    /// A label and a one-line editor: the text scrolled so the cursor stays in view, the cursor cell reversed.
    private mutating func editorLine(_ label: String, _ editor: TextEditor, y: Int, layout: Layout) {
        let x0 = text(label, x: 0, y: y, width: layout.width, style: Style(.key, bold: true)) + 1
        let room = max(1, layout.width - x0 - 1)
        oneLine(editor, x: x0, y: y, width: room, style: Style(.keyLabel, bold: true),
                cursorStyle: Style(.cursorCell, bold: true), cursorEnd: layout.width)
    }
}
