import RencanaText

/// `note`: a cell's catatan.
public struct NoteChange: Equatable, Sendable {
    public var row: RowID
    public var month: Month
    public var old: String
    public var new: String

    public init(row: RowID, month: Month, old: String, new: String) {
        self.row = row
        self.month = month
        self.old = old
        self.new = new
    }
}

extension Change {
    /// A `note` change.
    public static func note(row: RowID, month: Month, old: String, new: String) -> Change {
        .note(NoteChange(row: row, month: month, old: old, new: new))
    }
}

extension NoteChange: JournalKind {
    package static let name = "note"
    package static let fields = ["row", "month", "old", "new"]
    package static let version = 2
    package static var samples: [NoteChange] { [NoteChange(row: "1.1.1.1", month: .jan, old: "lama", new: "baru \"kutip\"\n\u{1B}[2J é")] }
    package var change: Change { .note(self) }

    package init(fields f: EntryFields) throws(EntryFieldProblem) {
        self.init(row: try f.row(), month: try f.month(), old: try f.text("old"), new: try f.text("new"))
    }

    package init?(line f: LineFields) {
        guard let row = f.row(), let month = f.month(), let old = f.text(.old), let new = f.text(.new) else { return nil }
        self.init(row: row, month: month, old: old, new: new)
    }

    package func writeFields(to line: inout JSONLine) {
        line.row(row)
        line.month(month)
        line.values(old, new)
    }

    package func encode(to w: inout ByteWriter) {
        w.string(row.rawValue)
        w.u8(UInt8(month.index))
        w.string(old)
        w.string(new)
    }

    package init(decoding r: inout ByteReader) throws(ByteDecodingError) {
        let row = RowID(try r.string())
        let month = try PlanCoding.month(from: &r)
        self.init(row: row, month: month, old: try r.string(), new: try r.string())
    }

    package var entryRow: RowID? { row }

    package func apply(to year: inout YearState) -> Bool {
        year.updateCell(row, month) { $0.note = new }
        return true
    }

    package var inverse: Change? { .note(NoteChange(row: row, month: month, old: new, new: old)) }
    package func reach(forward: Bool) -> EntryReach { .row(row) }

    package func words(in year: YearState) -> String {
        "\(row) \(Text.Journal.noteLabel(month.label)): " + ChangeWords.values(old, new)
    }

    package var write: (key: ValueKey, value: String)? { (ValueKey(.note, row: row.rawValue, part: month.label), new) }

    package static var valueKind: ValueKey.Kind? { .note }
    package static func conflictMonth(_ conflict: Conflict, in year: YearState) -> Month? { Month(parsing: conflict.key.part) }
    package static func conflictField(_ conflict: Conflict, in year: YearState) -> String {
        "\(conflict.key.row) " + Text.Journal.noteLabel(conflict.key.part)
    }

    package func rebased(in year: YearState, renumbered: [Int: Int]) -> NoteChange {
        NoteChange(row: row, month: month, old: year.realisation.record(row, month).note, new: new)
    }

    /// A cell's catatan `new`, against the year as it is.
    static func change(row: RowID, month: Month, to new: String, in year: inout YearState) throws(IntentRefusal) -> Change? {
        try year.needRow(row)
        try year.needText(new, key: "note")
        let old = year.realisation.record(row, month).note
        return old == new ? nil : .note(row: row, month: month, old: old, new: new)
    }
}
