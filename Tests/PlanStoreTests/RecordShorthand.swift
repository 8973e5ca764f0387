import PlanModel
import PlanStore

/// The per-kind shorthands the tests were written with, each one intent through `StateStore.record`.
extension StateStore {
    typealias E = StoreError
    @discardableResult
    func setStatus(_ row: RowID, _ month: Month, to status: RealisationStatus?) throws(E) -> JournalEntry? {
        try record([.status(row: row, month: month, to: status)])[0]
    }
    @discardableResult
    func setDate(_ row: RowID, _ month: Month, to date: String) throws(E) -> JournalEntry? {
        try record([.date(row: row, month: month, to: date)])[0]
    }
    @discardableResult
    func setNote(_ row: RowID, _ month: Month, to note: String) throws(E) -> JournalEntry? {
        try record([.note(row: row, month: month, to: note)])[0]
    }
    @discardableResult
    func setPJ(_ row: RowID, to text: String) throws(E) -> JournalEntry? { try record([.pj(row: row, to: text)])[0] }
    @discardableResult
    func addEvidence(_ evidence: Evidence) throws(E) -> JournalEntry { try record([.addEvidence(evidence)])[0]! }
    @discardableResult
    func removeEvidence(id: String) throws(E) -> JournalEntry { try record([.removeEvidence(id: id)])[0]! }
    @discardableResult
    func setReview(_ row: RowID, tw: Int, _ field: ReviewField, to text: String) throws(E) -> JournalEntry? {
        try record([.review(row: row, tw: tw, field: field, to: text)])[0]
    }
    @discardableResult
    func setSigner(_ field: SignerField, to text: String) throws(E) -> JournalEntry? { try record([.signer(field: field, to: text)])[0] }
    @discardableResult
    func editText(_ row: RowID, _ field: PlanTextField, to text: String) throws(E) -> JournalEntry? {
        try record([.edit(row: row, field: field, to: text)])[0]
    }
    @discardableResult
    func editDocument(_ field: DocumentField, to text: String) throws(E) -> JournalEntry? {
        try record([.document(field: field, to: text)])[0]
    }
    @discardableResult
    func addRow(_ addition: RowAddition) throws(E) -> JournalEntry { try record([.addRow(addition)])[0]! }
    @discardableResult
    func removeRows(_ row: RowID, level: PlanLevel = .indikator) throws(E) -> JournalEntry {
        try record([.removeRows(row: row, level: level)])[0]!
    }
    @discardableResult
    func moveRow(_ row: RowID, level: PlanLevel = .indikator, up: Bool) throws(E) -> JournalEntry? {
        try record([.moveRow(row: row, level: level, up: up)])[0]
    }
    @discardableResult
    func moveRow(_ row: RowID, to anchor: Anchor) throws(E) -> JournalEntry? { try record([.moveRowTo(row: row, anchor: anchor)])[0] }
}
