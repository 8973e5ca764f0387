import RencanaText

/// A text column of the table: `sub`, `kegiatan` and `area` edit the group that holds the row.
public enum PlanTextField: String, CaseIterable, Sendable {
    case indikator, ket, sub, kegiatan, area
}

/// `edit`: a text of the table (of the row, or of the group holding it).
public struct EditChange: Equatable, Sendable {
    public var row: RowID
    public var field: PlanTextField
    public var old: String
    public var new: String

    public init(row: RowID, field: PlanTextField, old: String, new: String) {
        self.row = row
        self.field = field
        self.old = old
        self.new = new
    }
}

extension Change {
    /// An `edit` change.
    public static func edit(row: RowID, field: PlanTextField, old: String, new: String) -> Change {
        .edit(EditChange(row: row, field: field, old: old, new: new))
    }
}

extension EditChange: JournalKind {
    package static let name = "edit"
    package static let fields = ["row", "field", "old", "new"]
    package static let version = 2
    package static var samples: [EditChange] {
        PlanTextField.allCases.map { EditChange(row: "1.1.1.1", field: $0, old: "lama", new: "baru") }
    }
    package var change: Change { .edit(self) }

    package init(fields f: EntryFields) throws(EntryFieldProblem) {
        self.init(row: try f.row(), field: try f.choice("field", PlanTextField.self), old: try f.text("old"), new: try f.text("new"))
    }

    package init?(line f: LineFields) {
        guard let row = f.row(), let field = f.choice(PlanTextField.self), let old = f.text(.old), let new = f.text(.new) else {
            return nil
        }
        self.init(row: row, field: field, old: old, new: new)
    }

    package func writeFields(to line: inout JSONLine) {
        line.row(row)
        line.string("field", field.rawValue)
        line.values(old, new)
    }

    package func encode(to w: inout ByteWriter) {
        w.string(row.rawValue)
        w.choice(field)
        w.string(old)
        w.string(new)
    }

    package init(decoding r: inout ByteReader) throws(ByteDecodingError) {
        let row = RowID(try r.string())
        self.init(row: row, field: try r.choice(PlanTextField.self), old: try r.string(), new: try r.string())
    }

    package var entryRow: RowID? { row }

    package func apply(to year: inout YearState) -> Bool {
        year.edit(row, field, new)
        return true
    }

    package var inverse: Change? { .edit(row: row, field: field, old: new, new: old) }
    package func reach(forward: Bool) -> EntryReach { .texts }
    package func words(in year: YearState) -> String { "\(row) \(Text.Journal.fieldName(field.rawValue)): " + ChangeWords.values(old, new) }
    package var write: (key: ValueKey, value: String)? { (ValueKey(.edit, row: row.rawValue, part: field.rawValue), new) }

    package static var valueKind: ValueKey.Kind? { .edit }
    package static func conflictField(_ conflict: Conflict, in year: YearState) -> String {
        "\(conflict.key.row) " + Text.Journal.fieldName(conflict.key.part)
    }

    package func rebased(in year: YearState, renumbered: [Int: Int]) -> EditChange {
        EditChange(row: row, field: field, old: year.current(row, field) ?? "", new: new)
    }

    /// A text of the table set to `new`, against the year as it is.
    static func change(row: RowID, field: PlanTextField, to new: String, in year: inout YearState) throws(IntentRefusal) -> Change? {
        try year.needRow(row)
        try year.needText(new, key: field.rawValue)
        let old = year.current(row, field) ?? ""
        return old == new ? nil : .edit(row: row, field: field, old: old, new: new)
    }
}

extension YearState {
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

    /// A text edit: the tree, and the rows showing that text patched in place (no rebuild).
    mutating func edit(_ row: RowID, _ field: PlanTextField, _ text: String) {
        if tree == nil { tree = PlanTree(plan) }
        // The rows of the group the text belongs to: contiguous in `rows`.
        guard tree!.setText(field, of: row, to: text) else {
            if field == .indikator || field == .ket { textsOfAbsentRows[row, default: [:]][field] = text }
            return
        }
        guard !planIsStale, let rows = plan.rowsHolding(field, of: row) else { return }
        plan.patch(rows: rows, field: field, text: text)
    }
}
