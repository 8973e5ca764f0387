import RencanaText

/// The old value of every change, worked out once, here, from the year as it is: the store (after
/// merging what others saved), the dashboard and the tests' in-memory store all go through it.
extension YearState {
    /// The change `intent` makes to this year; nil when nothing would change. Refuses a row the plan
    /// lacks, a text the journal would refuse, a bad date, Triwulan or year, an unknown evidence id.
    public mutating func change(for intent: Intent, ids: NewIDs = .random) throws(IntentRefusal) -> Change? {
        switch intent {
        case .mark(let row, let month, let on):
            try needRow(row)
            let old = mark(row, month)
            guard old != on else { return nil }
            let change = Change.set(MarkChange(row: row, month: month, old: old, new: on))
            try refusingDoubleCount(change, what: Text.Status.planning(month.fullName))
            return change
        case .toggle(let row, let month):
            try needRow(row)
            let old = mark(row, month)
            let change = Change.set(MarkChange(row: row, month: month, old: old, new: !old))
            try refusingDoubleCount(change, what: Text.Status.planning(month.fullName))
            return change
        case .status(let row, let month, let new):
            try needRow(row)
            let old = realisation.record(row, month).status
            // One record never counts for two: no move into a month where another planned month is due.
            if case .moved(let target)? = new, old != new, let index = plan.rowIndex(of: row),
               RowProgress.moveLandsOnDueMonth(month, to: target, planned: marks[index],
                                               status: { realisation.record(row, $0).status }) {
                throw IntentRefusal(Text.Status.moveIntoDueMonth(row: row.rawValue, from: month.fullName, to: target.fullName))
            }
            guard old != new else { return nil }
            let change = Change.status(row: row, month: month, old: old, new: new)
            try refusingDoubleCount(change, what: Text.Status.recording(month.fullName))
            return change
        case .date(let row, let month, let new):
            try needRow(row)
            guard new.isEmpty || CalendarDate(stored: new) != nil else { throw IntentRefusal(Text.State.badDate(key: "date")) }
            let old = realisation.record(row, month).date
            return old == new ? nil : .date(row: row, month: month, old: old, new: new)
        case .note(let row, let month, let new):
            try needRow(row)
            try needText(new, key: "note")
            let old = realisation.record(row, month).note
            return old == new ? nil : .note(row: row, month: month, old: old, new: new)
        case .pj(let row, let new):
            try needRow(row)
            try needText(new, key: "pj")
            let old = realisation.pj[row] ?? ""
            return old == new ? nil : .pj(row: row, old: old, new: new)
        case .addEvidence(var evidence):
            try needRow(evidence.row)
            for text in [evidence.title, evidence.number, evidence.date] { try needText(text, key: "evidence") }
            switch evidence.location {
            case .file(let path): try needText(path, key: "path")
            case .url(let url): try needText(url, key: "url")
            }
            if !evidence.id.isEmpty && !JournalEntry.isPlainID(evidence.id) { throw IntentRefusal(Text.State.badID(key: "id")) }
            if evidence.id.isEmpty || realisation.evidence.contains(where: { $0.id == evidence.id }) {
                repeat { evidence.id = ids.evidence() } while realisation.evidence.contains(where: { $0.id == evidence.id })
            }
            return .evidenceAdd(evidence)
        case .removeEvidence(let id):
            guard let evidence = realisation.evidence.first(where: { $0.id == id }) else {
                throw IntentRefusal(Text.State.noSuchEvidence(id), aboutJournal: true)
            }
            return .evidenceRemove(evidence)
        case .review(let row, let tw, let field, let new):
            try needRow(row)
            guard (1...4).contains(tw) else { throw IntentRefusal(Text.State.badTriwulan) }
            if field == .tenggat, !new.isEmpty, CalendarDate(stored: new) == nil { throw IntentRefusal(Text.State.badDate(key: "tenggat")) }
            try needText(new, key: field.rawValue)
            let old = current(row, tw, field)
            return old == new ? nil : .review(row: row, tw: tw, field: field, old: old, new: new)
        case .signer(let field, let new):
            try needText(new, key: field.rawValue)
            let old = current(field)
            return old == new ? nil : .signer(field: field, old: old, new: new)
        case .edit(let row, let field, let new):
            try needRow(row)
            try needText(new, key: field.rawValue)
            let old = current(row, field) ?? ""
            return old == new ? nil : .edit(row: row, field: field, old: old, new: new)
        case .document(let field, let new):
            try needText(new, key: field.rawValue)
            if field == .year, Int(new).map({ (1900...2999).contains($0) }) != true { throw IntentRefusal(Text.State.badYear) }
            let old = current(field)
            return old == new ? nil : .document(field: field, old: old, new: new)
        case .addRow(var addition):
            if let anchor = addition.anchor { try needRow(anchor.row) } else if !plan.rows.isEmpty { throw IntentRefusal(Text.State.needsAnchor) }
            for (text, key) in [(addition.text, "text"), (addition.ket, "ket"), (addition.sub, "sub"),
                                (addition.kegiatan, "kegiatan"), (addition.area, "area")] { try needText(text, key: key) }
            repeat { addition.row = ids.row() }
            while plan.rowIndex(of: addition.row) != nil || entries.contains { $0.change.row == addition.row }
            return .add(addition)
        case .removeRows(let row, let level):
            try needRow(row)
            guard let removal = removal(of: row, level: level) else { throw IntentRefusal(Text.State.noSuchRow(row.rawValue)) }
            return .remove(removal)
        case .moveRow(let row, let level, let up):
            try needRow(row)
            return canMove(row, level: level, up: up) ? .move(RowMove(row: row, level: level, direction: up ? .up : .down)) : nil
        case .moveRowTo(let row, let anchor):
            try needRow(row)
            try needRow(anchor.row)
            guard anchor.row != row else { return nil }
            guard let from = place(of: row) else { throw IntentRefusal(Text.State.onlyRowOfSub) }
            return .move(RowMove(row: row, level: .indikator, direction: .to(anchor, from: from)))
        case .declared(let declared):
            return try declared.intent.change(in: &self).map { .declared(DeclaredChange($0)) }
        case .choose(let id):
            return try choice(of: id)
        case .undo, .redo:
            let undo = intent == .undo
            guard let target = undo ? nextUndo : nextRedo else { return nil }
            try checkNotOverwritten(target)
            var mark: MarkChange?
            if case .set(let original) = target.change {  // the mark's effect, as version 1 records it
                mark = MarkChange(row: original.row, month: original.month, old: self.mark(original.row, original.month),
                                  new: undo ? original.old : original.new)
            }
            let step = Step(undoes: target.seq, target: target.id, mark: mark)
            let change: Change = undo ? .undo(step) : .redo(step)
            try refusingDoubleCount(change, what: undo ? Text.Status.thisUndo : Text.Status.thisRedo)
            return change
        }
    }

    /// `change` with its `old` read again from this year (an unsaved change put back after others' entries);
    /// undo/redo get their target's seq from `renumbered` or from its id. A mark or status that would now make one
    /// record count for two (another writer ticked the month it moves into, or moved a month into the one it
    /// ticks) keeps the value as it now is: the change is refused as `change(for:)` would refuse it today.
    public func rebased(_ change: Change, renumbered: [Int: Int] = [:]) -> Change {
        let rebased = rebasedValues(change, renumbered: renumbered)
        guard doubleCount(by: rebased) != nil else { return rebased }
        switch rebased {
        case .set(var m): m.new = m.old; return .set(m)
        case .status(let row, let month, let old, _): return .status(row: row, month: month, old: old, new: old)
        default: return rebased
        }
    }

    private func rebasedValues(_ change: Change, renumbered: [Int: Int]) -> Change {
        let r = realisation
        switch change {
        case .set(var m): m.old = mark(m.row, m.month); return .set(m)
        case .undo(var step), .redo(var step):
            step.undoes = renumbered[step.undoes] ?? (step.target.flatMap { entry(id: $0)?.seq } ?? step.undoes)
            if step.mark != nil { step.mark!.old = mark(step.mark!.row, step.mark!.month) }
            if case .undo = change { return .undo(step) }
            return .redo(step)
        case .status(let row, let month, _, let new): return .status(row: row, month: month, old: r.record(row, month).status, new: new)
        case .date(let row, let month, _, let new): return .date(row: row, month: month, old: r.record(row, month).date, new: new)
        case .note(let row, let month, _, let new): return .note(row: row, month: month, old: r.record(row, month).note, new: new)
        case .pj(let row, _, let new): return .pj(row: row, old: r.pj[row] ?? "", new: new)
        case .review(let row, let tw, let field, _, let new):
            return .review(row: row, tw: tw, field: field, old: current(row, tw, field), new: new)
        case .signer(let field, _, let new): return .signer(field: field, old: current(field), new: new)
        case .edit(let row, let field, _, let new): return .edit(row: row, field: field, old: current(row, field) ?? "", new: new)
        case .document(let field, _, let new): return .document(field: field, old: current(field), new: new)
        default: return change
        }
    }

    // MARK: Current values (the `old` of a new entry)

    /// A field of a row's Triwulan review as it now is.
    public func current(_ row: RowID, _ tw: Int, _ field: ReviewField) -> String {
        let review = realisation.reviews[row]?[tw] ?? Review()
        switch field {
        case .kendala: return review.kendala
        case .tindakLanjut: return review.tindakLanjut
        case .tenggat: return review.tenggat
        }
    }

    /// A field of the report signature as it now is.
    public func current(_ field: SignerField) -> String {
        let s = realisation.signer
        switch field {
        case .place: return s.place
        case .date: return s.date
        case .signer: return s.signer
        case .signerTitle: return s.signerTitle
        case .nip: return s.nip
        }
    }

    /// A text of the table as it now is; nil when the plan lacks the row.
    public func current(_ row: RowID, _ field: PlanTextField) -> String? {
        guard let row = plan.row(row) else { return nil }
        switch field {
        case .indikator: return row.indikator
        case .ket: return row.ket
        case .sub: return row.subKegiatan
        case .kegiatan: return row.kegiatan
        case .area: return row.areaName
        }
    }

    /// A detail of the decree as it now is.
    public func current(_ field: DocumentField) -> String {
        let d = plan.document
        switch field {
        case .institution: return d.institution
        case .number: return d.number
        case .title: return d.title
        case .unit: return d.unit
        case .year: return String(d.year)
        case .place: return d.place
        case .date: return d.date
        case .signer: return d.signer
        case .signerTitle: return d.signerTitle
        case .code: return d.code
        }
    }

    private func needRow(_ row: RowID) throws(IntentRefusal) {
        guard plan.rowIndex(of: row) != nil else { throw IntentRefusal(Text.State.noSuchRow(row.rawValue)) }
    }

    private func needText(_ text: String, key: String) throws(IntentRefusal) {
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
