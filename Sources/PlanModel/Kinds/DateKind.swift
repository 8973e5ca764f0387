import RencanaText

/// `date`: a cell's date of realisation, `YYYY-MM-DD` or empty.
public struct DateChange: Equatable, Sendable {
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
    /// A `date` change.
    public static func date(row: RowID, month: Month, old: String, new: String) -> Change {
        .date(DateChange(row: row, month: month, old: old, new: new))
    }
}

extension DateChange: JournalKind {
    package static let name = "date"
    package static let fields = ["row", "month", "old", "new"]
    package static let version = 2
    package static var samples: [DateChange] { [DateChange(row: "1.1.1.1", month: .jan, old: "", new: "2022-01-20")] }
    package var change: Change { .date(self) }

    package init(fields f: EntryFields) throws(EntryFieldProblem) {
        self.init(row: try f.row(), month: try f.month(), old: try f.date("old"), new: try f.date("new"))
    }

    package init?(line f: LineFields) {
        guard let row = f.row(), let month = f.month(), let old = f.date(.old), let new = f.date(.new) else { return nil }
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
        year.updateCell(row, month) { $0.date = new }
        return true
    }

    package var inverse: Change? { .date(DateChange(row: row, month: month, old: new, new: old)) }
    package func reach(forward: Bool) -> EntryReach { .row(row) }

    package func words(in year: YearState) -> String {
        "\(row) \(Text.Journal.dateLabel(month.label)): " + ChangeWords.values(CalendarDate.indonesian(old), CalendarDate.indonesian(new))
    }

    package var write: (key: ValueKey, value: String)? { (ValueKey(.date, row: row.rawValue, part: month.label), new) }

    package static var valueKind: ValueKey.Kind? { .date }
    package static func conflictMonth(_ conflict: Conflict, in year: YearState) -> Month? { Month(parsing: conflict.key.part) }
    package static func conflictField(_ conflict: Conflict, in year: YearState) -> String {
        "\(conflict.key.row) " + Text.Journal.dateLabel(conflict.key.part)
    }
    package static func conflictValue(_ text: String, of key: ValueKey, limit: Int) -> String {
        ConflictWords.quoted(CalendarDate.indonesian(text), limit: limit)
    }

    package func rebased(in year: YearState, renumbered: [Int: Int]) -> DateChange {
        DateChange(row: row, month: month, old: year.realisation.record(row, month).date, new: new)
    }

    /// A cell's date `new`, against the year as it is.
    static func change(row: RowID, month: Month, to new: String, in year: inout YearState) throws(IntentRefusal) -> Change? {
        try year.needRow(row)
        guard new.isEmpty || CalendarDate(stored: new) != nil else { throw IntentRefusal(Text.State.badDate(key: "date")) }
        let old = year.realisation.record(row, month).date
        return old == new ? nil : .date(row: row, month: month, old: old, new: new)
    }
}
