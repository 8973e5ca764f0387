import RencanaText

/// `status`: a cell's realisation status (nil is belum dicatat).
public struct StatusChange: Equatable, Sendable {
    public var row: RowID
    public var month: Month
    public var old: RealisationStatus?
    public var new: RealisationStatus?

    public init(row: RowID, month: Month, old: RealisationStatus?, new: RealisationStatus?) {
        self.row = row
        self.month = month
        self.old = old
        self.new = new
    }
}

extension Change {
    /// A `status` change.
    public static func status(row: RowID, month: Month, old: RealisationStatus?, new: RealisationStatus?) -> Change {
        .status(StatusChange(row: row, month: month, old: old, new: new))
    }
}

extension StatusChange: JournalKind {
    package static let name = "status"
    package static let fields = ["row", "month", "old", "new"]
    package static let version = 2
    package static var samples: [StatusChange] {
        [StatusChange(row: "1.1.1.1", month: .jan, old: nil, new: .done),
         StatusChange(row: "1.1.1.1", month: .mar, old: .partly, new: .moved(.apr)),
         StatusChange(row: "r-0123456789ab", month: .okt, old: .missed, new: nil)]
    }
    package var change: Change { .status(self) }

    package init(fields f: EntryFields) throws(EntryFieldProblem) {
        self.init(row: try f.row(), month: try f.month(), old: try f.status("old"), new: try f.status("new"))
    }

    package init?(line f: LineFields) {
        guard let row = f.row(), let month = f.month(), let old = f.status(.old), let new = f.status(.new) else { return nil }
        self.init(row: row, month: month, old: old, new: new)
    }

    package func writeFields(to line: inout JSONLine) {
        line.row(row)
        line.month(month)
        line.values(old?.code ?? "", new?.code ?? "")
    }

    package func encode(to w: inout ByteWriter) {
        w.string(row.rawValue)
        w.u8(UInt8(month.index))
        PlanCoding.write(old, to: &w)
        PlanCoding.write(new, to: &w)
    }

    package init(decoding r: inout ByteReader) throws(ByteDecodingError) {
        let row = RowID(try r.string())
        let month = try PlanCoding.month(from: &r)
        self.init(row: row, month: month, old: try PlanCoding.status(from: &r), new: try PlanCoding.status(from: &r))
    }

    package var entryRow: RowID? { row }

    package func apply(to year: inout YearState) -> Bool {
        year.updateCell(row, month) { $0.status = new }
        return true
    }

    package var inverse: Change? { .status(StatusChange(row: row, month: month, old: new, new: old)) }
    package func reach(forward: Bool) -> EntryReach { .row(row) }

    package func words(in year: YearState) -> String {
        "\(row) \(month.label): "
            + (old == new ? Text.UX22.kept(ChangeWords.status(new)) : ChangeWords.status(old) + Text.Journal.arrow + ChangeWords.status(new))
    }

    package var write: (key: ValueKey, value: String)? { (ValueKey(.status, row: row.rawValue, part: month.label), new?.code ?? "") }

    package static var valueKind: ValueKey.Kind? { .status }
    package static func conflictMonth(_ conflict: Conflict, in year: YearState) -> Month? { Month(parsing: conflict.key.part) }
    package static func conflictField(_ conflict: Conflict, in year: YearState) -> String {
        "\(conflict.key.row) " + Text.Conflict.statusLabel(conflict.key.part)
    }
    package static func conflictValue(_ text: String, of key: ValueKey, limit: Int) -> String {
        ChangeWords.status(text.isEmpty ? nil : RealisationStatus(code: text))
    }

    package func rebased(in year: YearState, renumbered: [Int: Int]) -> StatusChange {
        StatusChange(row: row, month: month, old: year.realisation.record(row, month).status, new: new)
    }

    package var keepingOld: StatusChange { StatusChange(row: row, month: month, old: old, new: old) }

    /// The status `new` of a cell, against the year as it is; refuses a move into a month where another planned
    /// month is due (one record never counts for two).
    static func change(row: RowID, month: Month, to new: RealisationStatus?, in year: inout YearState) throws(IntentRefusal) -> Change? {
        try year.needRow(row)
        let old = year.realisation.record(row, month).status
        if case .moved(let target)? = new, old != new, let index = year.plan.rowIndex(of: row),
           RowProgress.moveLandsOnDueMonth(month, to: target, planned: year.marks[index],
                                           status: { year.realisation.record(row, $0).status }) {
            throw IntentRefusal(Text.Status.moveIntoDueMonth(row: row.rawValue, from: month.fullName, to: target.fullName))
        }
        guard old != new else { return nil }
        let change = Change.status(row: row, month: month, old: old, new: new)
        try year.refusingDoubleCount(change, what: Text.Status.recording(month.fullName))
        return change
    }
}
