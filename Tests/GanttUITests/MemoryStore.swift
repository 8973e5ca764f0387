import Foundation
@testable import GanttUI
import PlanModel

/// A state store without a file: each change becomes an entry applied to its year, as `StateStore` does
/// after a durable save. `failing` makes every change throw, kept in memory as the dashboard's store does.
final class MemoryStore: YearStore {
    private(set) var state: YearState
    var failing: String?

    init(year: YearState) { state = year }
    convenience init(plan: Plan) { self.init(year: YearState(signed: plan)) }

    struct Refused: Error, SaveFailureReason { let saveFailureReason: String }

    private func record(_ change: Change?) throws -> JournalEntry? {
        guard let change else { return nil }
        let entry = JournalEntry(seq: state.entries.count + 1, id: JournalEntry.newID(), at: Date(timeIntervalSince1970: 0),
                                 by: "tester", change: change)
        state.apply(entry)
        if let failing { throw Refused(saveFailureReason: failing) }
        return entry
    }

    func setMark(_ row: RowID, _ month: Month, to on: Bool) throws -> JournalEntry? {
        let old = state.mark(row, month)
        return try record(old == on ? nil : .set(MarkChange(row: row, month: month, old: old, new: on)))
    }

    func setStatus(_ row: RowID, _ month: Month, to status: RealisationStatus?) throws -> JournalEntry? {
        let old = state.realisation.record(row, month).status
        return try record(old == status ? nil : .status(row: row, month: month, old: old, new: status))
    }

    func setNote(_ row: RowID, _ month: Month, to note: String) throws -> JournalEntry? {
        let old = state.realisation.record(row, month).note
        return try record(old == note ? nil : .note(row: row, month: month, old: old, new: note))
    }

    func setPJ(_ row: RowID, to text: String) throws -> JournalEntry? {
        let old = state.realisation.pj[row] ?? ""
        return try record(old == text ? nil : .pj(row: row, old: old, new: text))
    }

    func addEvidence(_ evidence: Evidence) throws -> JournalEntry {
        var evidence = evidence
        if evidence.id.isEmpty { evidence.id = "e-\(state.entries.count + 1)" }
        return try record(.evidenceAdd(evidence))!
    }

    func setReview(_ row: RowID, tw: Int, _ field: ReviewField, to text: String) throws -> JournalEntry? {
        let review = state.realisation.reviews[row]?[tw] ?? Review()
        let old = field == .kendala ? review.kendala : field == .tindakLanjut ? review.tindakLanjut : review.tenggat
        return try record(old == text ? nil : .review(row: row, tw: tw, field: field, old: old, new: text))
    }

    func removeEvidence(id: String) throws -> JournalEntry {
        guard let item = state.realisation.evidence.first(where: { $0.id == id }) else {
            throw Refused(saveFailureReason: "no evidence \(id)")
        }
        return try record(.evidenceRemove(item))!
    }

    /// A new row gets `r-` and its entry's number in 12 hex digits (the store's form, made predictable for screens).
    func addRow(_ addition: RowAddition) throws -> JournalEntry {
        var addition = addition
        addition.row = RowID("r-" + String(repeating: "0", count: 12 - String(state.entries.count + 1, radix: 16).count)
                             + String(state.entries.count + 1, radix: 16))
        return try record(.add(addition))!
    }

    func removeRows(_ row: RowID, level: PlanLevel) throws -> JournalEntry {
        guard let removal = state.removal(of: row, level: level) else { throw Refused(saveFailureReason: "no row \(row)") }
        return try record(.remove(removal))!
    }

    func moveRow(_ row: RowID, level: PlanLevel, up: Bool) throws -> JournalEntry? {
        try record(state.canMove(row, level: level, up: up) ? .move(RowMove(row: row, level: level, direction: up ? .up : .down)) : nil)
    }

    func moveRow(_ row: RowID, to anchor: Anchor) throws -> JournalEntry? {
        guard anchor.row != row, let from = state.place(of: row) else { return nil }
        return try record(.move(RowMove(row: row, level: .indikator, direction: .to(anchor, from: from))))
    }

    func editText(_ row: RowID, _ field: PlanTextField, to text: String) throws -> JournalEntry? {
        guard let current = state.plan.row(row) else { throw Refused(saveFailureReason: "no row \(row)") }
        let old = current.text(field)
        return try record(old == text ? nil : .edit(row: row, field: field, old: old, new: text))
    }

    func editDocument(_ field: DocumentField, to text: String) throws -> JournalEntry? {
        let old = state.plan.document.text(field)
        return try record(old == text ? nil : .document(field: field, old: old, new: text))
    }

    func undo() throws -> JournalEntry? { try step(undo: true) }
    func redo() throws -> JournalEntry? { try step(undo: false) }

    private func step(undo: Bool) throws -> JournalEntry? {
        guard let target = undo ? state.nextUndo : state.nextRedo else { return nil }
        var mark: MarkChange?
        if case .set(let original) = target.change {
            mark = MarkChange(row: original.row, month: original.month, old: state.mark(original.row, original.month),
                              new: undo ? original.old : original.new)
        }
        let step = Step(undoes: target.seq, target: target.id, mark: mark)
        return try record(undo ? .undo(step) : .redo(step))
    }
}

extension AppState {
    /// Presses `key` in place, its changes saved in an in-memory store holding the state's year: the year is
    /// lent to the store while it records (as the event loop does), so nothing is copied.
    mutating func press(_ key: Key) {
        let effects = update(&self, Keymap.action(for: key, in: self))
        _ = runEffects(effects, on: &self, store: MemoryStore(year: year))
    }

    /// The state after `action` and its effects, run through an in-memory store holding the state's year.
    func after(_ action: Action) -> AppState {
        var next = self
        let effects = update(&next, action)
        _ = runEffects(effects, on: &next, store: MemoryStore(year: next.year))
        return next
    }
}
