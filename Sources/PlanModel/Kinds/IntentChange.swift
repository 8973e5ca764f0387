import RencanaText

/// The old value of every change, worked out once, from the year as it is (each kind in its own file says how):
/// the store (after merging what others saved), the dashboard and the tests' in-memory store all go through here.
extension YearState {
    /// The change `intent` makes to this year; nil when nothing would change. Refuses a row the plan
    /// lacks, a text the journal would refuse, a bad date, Triwulan or year, an unknown evidence id.
    public mutating func change(for intent: Intent, ids: NewIDs = .random) throws(IntentRefusal) -> Change? {
        switch intent {
        case .mark(let row, let month, let on): return try MarkChange.change(row: row, month: month, on: on, in: &self)
        case .toggle(let row, let month): return try MarkChange.change(row: row, month: month, on: nil, in: &self)
        case .status(let row, let month, let new): return try StatusChange.change(row: row, month: month, to: new, in: &self)
        case .date(let row, let month, let new): return try DateChange.change(row: row, month: month, to: new, in: &self)
        case .note(let row, let month, let new): return try NoteChange.change(row: row, month: month, to: new, in: &self)
        case .pj(let row, let new): return try PJChange.change(row: row, to: new, in: &self)
        case .addEvidence(let evidence): return try EvidenceAddChange.change(evidence, ids: ids, in: &self)
        case .removeEvidence(let id): return try EvidenceRemoveChange.change(id: id, in: &self)
        case .review(let row, let tw, let field, let new):
            return try ReviewChange.change(row: row, tw: tw, field: field, to: new, in: &self)
        case .signer(let field, let new): return try SignerChange.change(field: field, to: new, in: &self)
        case .edit(let row, let field, let new): return try EditChange.change(row: row, field: field, to: new, in: &self)
        case .document(let field, let new): return try DocumentChange.change(field: field, to: new, in: &self)
        case .addRow(let addition): return try RowAddition.change(addition, ids: ids, in: &self)
        case .removeRows(let row, let level): return try RowRemoval.change(row: row, level: level, in: &self)
        case .moveRow(let row, let level, let up): return try RowMove.change(row: row, level: level, up: up, in: &self)
        case .moveRowTo(let row, let anchor): return try RowMove.change(row: row, to: anchor, in: &self)
        case .declared(let declared): return try declared.intent.change(in: &self).map(\.change)
        case .choose(let id): return try choice(of: id)
        case .undo: return try UndoChange.change(in: &self)
        case .redo: return try RedoChange.change(in: &self)
        }
    }

    /// `change` with its `old` read again from this year (an unsaved change put back after others' entries);
    /// undo/redo get their target's seq from `renumbered` or from its id. A mark or status that would now make one
    /// record count for two (another writer ticked the month it moves into, or moved a month into the one it
    /// ticks) keeps the value as it now is: the change is refused as `change(for:)` would refuse it today.
    public func rebased(_ change: Change, renumbered: [Int: Int] = [:]) -> Change {
        let rebased = change.rebased(in: self, renumbered: renumbered)
        guard doubleCount(by: rebased) != nil else { return rebased }
        return rebased.keepingOld
    }

    /// Refuses a row the plan lacks.
    func needRow(_ row: RowID) throws(IntentRefusal) {
        guard plan.rowIndex(of: row) != nil else { throw IntentRefusal(Text.State.noSuchRow(row.rawValue)) }
    }

    /// Refuses a text longer than the journal takes.
    func needText(_ text: String, key: String) throws(IntentRefusal) {
        guard JournalEntry.fitsText(text) else {
            throw IntentRefusal(Text.State.textTooLong(key: key, limit: JournalEntry.maxTextLength))
        }
    }
}

extension JournalEntry {
    /// An evidence id or a month as written: no controls (C0, DEL, C1), no bidirectional overrides, at most 200 characters.
    public static func isPlainID(_ value: String) -> Bool {
        (value.utf8.count <= 200 || value.count <= 200) && !value.unicodeScalars.contains {
            $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || (0x202A...0x202E).contains($0.value)
                || (0x2066...0x2069).contains($0.value)
        }
    }
}
