import PlanModel
import Foundation
import RencanaText

/// Every kind of change of journal version 2, one method each: each reads the current value as
/// `old` (after merging what others saved), records nothing when the value is already so, refuses
/// a row the plan lacks or a text the format refuses, and saves durably like a mark.
extension StateStore {
    /// Records any change as given (its `old` values are the caller's; prefer the per-kind methods).
    @discardableResult
    public func record(_ change: Change) throws(StoreError) -> JournalEntry? {
        try record { store in change }
    }

    // MARK: Monitoring

    /// Sets the realisation status of a cell (nil: belum dicatat).
    @discardableResult
    public func setStatus(_ row: RowID, _ month: Month, to status: RealisationStatus?) throws(StoreError) -> JournalEntry? {
        _ = try rowIndex(row)
        return try record { store in
            let old = store.state.realisation.record(row, month).status
            return old == status ? nil : .status(row: row, month: month, old: old, new: status)
        }
    }

    /// Sets the date of realisation of a cell (`YYYY-MM-DD`, or empty to clear).
    @discardableResult
    public func setDate(_ row: RowID, _ month: Month, to date: String) throws(StoreError) -> JournalEntry? {
        _ = try rowIndex(row)
        guard date.isEmpty || CalendarDate(stored: date) != nil else { throw refused(Text.State.badDate(key: "date")) }
        return try record { store in
            let old = store.state.realisation.record(row, month).date
            return old == date ? nil : .date(row: row, month: month, old: old, new: date)
        }
    }

    /// Sets the catatan of a cell (empty clears).
    @discardableResult
    public func setNote(_ row: RowID, _ month: Month, to note: String) throws(StoreError) -> JournalEntry? {
        _ = try rowIndex(row)
        try checkText(note, key: "note")
        return try record { store in
            let old = store.state.realisation.record(row, month).note
            return old == note ? nil : .note(row: row, month: month, old: old, new: note)
        }
    }

    /// Sets the penanggung jawab of a row (empty clears).
    @discardableResult
    public func setPJ(_ row: RowID, to text: String) throws(StoreError) -> JournalEntry? {
        _ = try rowIndex(row)
        try checkText(text, key: "pj")
        return try record { store in
            let old = store.state.realisation.pj[row] ?? ""
            return old == text ? nil : .pj(row: row, old: old, new: text)
        }
    }

    /// Adds a piece of evidence; an empty `id` gets a new one (`e-` and 12 hex digits).
    @discardableResult
    public func addEvidence(_ evidence: Evidence) throws(StoreError) -> JournalEntry {
        _ = try rowIndex(evidence.row)
        var evidence = evidence
        for text in [evidence.title, evidence.number, evidence.date] { try checkText(text, key: "evidence") }
        switch evidence.location {
        case .file(let path): try checkText(path, key: "path")
        case .url(let url): try checkText(url, key: "url")
        }
        if !evidence.id.isEmpty && !StateEntryParser.isPlainID(evidence.id) { throw refused(Text.State.badID(key: "id")) }
        let entry = try record { store in
            if evidence.id.isEmpty || store.state.realisation.evidence.contains(where: { $0.id == evidence.id }) {
                repeat { evidence.id = JournalEntry.newEvidenceID() }
                while store.state.realisation.evidence.contains(where: { $0.id == evidence.id })
            }
            return .evidenceAdd(evidence)
        }
        return entry!
    }

    /// Removes a piece of evidence by its id.
    @discardableResult
    public func removeEvidence(id: String) throws(StoreError) -> JournalEntry {
        let entry = try record { store throws(StoreError) in
            guard let evidence = store.state.realisation.evidence.first(where: { $0.id == id }) else {
                throw StoreError(file: url.path, message: Text.State.noSuchEvidence(id))
            }
            return .evidenceRemove(evidence)
        }
        return entry!
    }

    /// Sets one field of a row's Triwulan review (`tw` 1–4).
    @discardableResult
    public func setReview(_ row: RowID, tw: Int, _ field: ReviewField, to text: String) throws(StoreError) -> JournalEntry? {
        _ = try rowIndex(row)
        guard (1...4).contains(tw) else { throw refused(Text.State.badTriwulan) }
        if field == .tenggat, !text.isEmpty, CalendarDate(stored: text) == nil { throw refused(Text.State.badDate(key: "tenggat")) }
        try checkText(text, key: field.rawValue)
        return try record { store in
            let old = currentReview(row, tw, field)
            return old == text ? nil : .review(row: row, tw: tw, field: field, old: old, new: text)
        }
    }

    /// Sets one field of the remembered report signature.
    @discardableResult
    public func setSigner(_ field: SignerField, to text: String) throws(StoreError) -> JournalEntry? {
        try checkText(text, key: field.rawValue)
        return try record { store in
            let old = currentSigner(field)
            return old == text ? nil : .signer(field: field, old: old, new: text)
        }
    }

    // MARK: The plan's texts

    /// Sets a text of the table: the row's INDIKATOR or KET, or the title of the group that holds it.
    @discardableResult
    public func editText(_ row: RowID, _ field: PlanTextField, to text: String) throws(StoreError) -> JournalEntry? {
        _ = try rowIndex(row)
        try checkText(text, key: field.rawValue)
        return try record { store in
            let old = currentText(row, field) ?? ""
            return old == text ? nil : .edit(row: row, field: field, old: old, new: text)
        }
    }

    /// Sets one of the decree's details (`year` must be a year).
    @discardableResult
    public func editDocument(_ field: DocumentField, to text: String) throws(StoreError) -> JournalEntry? {
        try checkText(text, key: field.rawValue)
        if field == .year, Int(text).map({ (1900...2999).contains($0) }) != true { throw refused(Text.State.badYear) }
        return try record { store in
            let old = currentDocument(field)
            return old == text ? nil : .document(field: field, old: old, new: text)
        }
    }

    // MARK: The plan's rows

    /// Adds a row after or before the group of `level` holding the anchor row (at `sub`, `kegiatan` or
    /// `area` level a new group holding the one row, titled from `addition`). The row gets a new id
    /// (`r-` and 12 hex digits, never one the plan or the journal has); the entry's `add` holds it.
    @discardableResult
    public func addRow(_ addition: RowAddition) throws(StoreError) -> JournalEntry {
        var addition = addition
        if let anchor = addition.anchor { _ = try rowIndex(anchor.row) }
        else if !plan.rows.isEmpty { throw refused(Text.State.needsAnchor) }
        for (text, key) in [(addition.text, "text"), (addition.ket, "ket"), (addition.sub, "sub"),
                            (addition.kegiatan, "kegiatan"), (addition.area, "area")] { try checkText(text, key: key) }
        let entry = try record { store in
            repeat { addition.row = JournalEntry.newRowID() }
            while store.plan.rowIndex(of: addition.row) != nil || store.state.entries.contains { $0.change.row == addition.row }
            return .add(addition)
        }
        return entry!
    }

    /// Removes the group of `level` holding `row` (widened to its parent when it is the parent's only
    /// child, so no empty group is left). Its realisation, evidence and notes stay in the journal; undo
    /// puts the rows back where they were.
    @discardableResult
    public func removeRows(_ row: RowID, level: PlanLevel = .indikator) throws(StoreError) -> JournalEntry {
        _ = try rowIndex(row)
        let entry = try record { store throws(StoreError) in
            guard let removal = store.state.removal(of: row, level: level) else {
                throw StoreError(file: store.planPath, message: Text.State.noSuchRow(row.rawValue))
            }
            return .remove(removal)
        }
        return entry!
    }

    /// Moves the group of `level` holding `row` one place up or down within its parent; nil at the end.
    @discardableResult
    public func moveRow(_ row: RowID, level: PlanLevel = .indikator, up: Bool) throws(StoreError) -> JournalEntry? {
        _ = try rowIndex(row)
        return try record { store in
            store.state.canMove(row, level: level, up: up) ? .move(RowMove(row: row, level: level, direction: up ? .up : .down)) : nil
        }
    }

    /// Moves an indicator to another place, also into another sub kegiatan (after or before `anchor`'s row).
    @discardableResult
    public func moveRow(_ row: RowID, to anchor: Anchor) throws(StoreError) -> JournalEntry? {
        _ = try rowIndex(row)
        _ = try rowIndex(anchor.row)
        guard anchor.row != row else { return nil }
        return try record { store throws(StoreError) in
            guard let from = store.state.place(of: row) else { throw StoreError(file: store.planPath, message: Text.State.onlyRowOfSub) }
            return .move(RowMove(row: row, level: .indikator, direction: .to(anchor, from: from)))
        }
    }

    // MARK: Current values (the `old` of a new entry)

    func currentReview(_ row: RowID, _ tw: Int, _ field: ReviewField) -> String {
        let review = state.realisation.reviews[row]?[tw] ?? Review()
        switch field {
        case .kendala: return review.kendala
        case .tindakLanjut: return review.tindakLanjut
        case .tenggat: return review.tenggat
        }
    }

    func currentSigner(_ field: SignerField) -> String {
        let s = state.realisation.signer
        switch field {
        case .place: return s.place
        case .date: return s.date
        case .signer: return s.signer
        case .signerTitle: return s.signerTitle
        case .nip: return s.nip
        }
    }

    func currentText(_ row: RowID, _ field: PlanTextField) -> String? {
        guard let row = plan.row(row) else { return nil }
        switch field {
        case .indikator: return row.indikator
        case .ket: return row.ket
        case .sub: return row.subKegiatan
        case .kegiatan: return row.kegiatan
        case .area: return row.areaName
        }
    }

    func currentDocument(_ field: DocumentField) -> String {
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
        }
    }

    func checkText(_ text: String, key: String) throws(StoreError) {
        if text.utf8.count > StateEntryParser.maxTextLength && text.count > StateEntryParser.maxTextLength {
            throw refused(Text.State.textTooLong(key: key, limit: StateEntryParser.maxTextLength))
        }
    }

    func refused(_ message: String) -> StoreError { StoreError(file: planPath, message: message) }
}

extension StateStore {
    /// The longest text a change may carry (longer is refused), for a command to check before it writes.
    public static var maxTextLength: Int { StateEntryParser.maxTextLength }
}
