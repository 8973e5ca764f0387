import RencanaText

/// `pj`: a row's penanggung jawab.
public struct PJChange: Equatable, Sendable {
    public var row: RowID
    public var old: String
    public var new: String

    public init(row: RowID, old: String, new: String) {
        self.row = row
        self.old = old
        self.new = new
    }
}

extension Change {
    /// A `pj` change.
    public static func pj(row: RowID, old: String, new: String) -> Change { .pj(PJChange(row: row, old: old, new: new)) }
}

extension PJChange: JournalKind {
    package static let name = "pj"
    package static let fields = ["row", "old", "new"]
    package static let version = 2
    package static var samples: [PJChange] { [PJChange(row: "1.1.1.1", old: "", new: "Subbag Hukum")] }
    package var change: Change { .pj(self) }

    package init(fields f: EntryFields) throws(EntryFieldProblem) {
        self.init(row: try f.row(), old: try f.text("old"), new: try f.text("new"))
    }

    package init?(line f: LineFields) {
        guard let row = f.row(), let old = f.text(.old), let new = f.text(.new) else { return nil }
        self.init(row: row, old: old, new: new)
    }

    package func writeFields(to line: inout JSONLine) {
        line.row(row)
        line.values(old, new)
    }

    package func encode(to w: inout ByteWriter) {
        w.string(row.rawValue)
        w.string(old)
        w.string(new)
    }

    package init(decoding r: inout ByteReader) throws(ByteDecodingError) {
        self.init(row: RowID(try r.string()), old: try r.string(), new: try r.string())
    }

    package var entryRow: RowID? { row }

    package func apply(to year: inout YearState) -> Bool {
        year.realisation.pj[row] = new.isEmpty ? nil : new
        return true
    }

    package var inverse: Change? { .pj(row: row, old: new, new: old) }
    package func reach(forward: Bool) -> EntryReach { .row(row) }
    package func words(in year: YearState) -> String { "\(row) \(Text.Journal.pjLabel): " + ChangeWords.values(old, new) }
    package var write: (key: ValueKey, value: String)? { (ValueKey(.pj, row: row.rawValue), new) }

    package static var valueKind: ValueKey.Kind? { .pj }
    package static func conflictField(_ conflict: Conflict, in year: YearState) -> String { "\(conflict.key.row) " + Text.Journal.pjLabel }

    package func rebased(in year: YearState, renumbered: [Int: Int]) -> PJChange {
        PJChange(row: row, old: year.realisation.pj[row] ?? "", new: new)
    }

    /// A row's penanggung jawab `new`, against the year as it is.
    static func change(row: RowID, to new: String, in year: inout YearState) throws(IntentRefusal) -> Change? {
        try year.needRow(row)
        try year.needText(new, key: "pj")
        let old = year.realisation.pj[row] ?? ""
        return old == new ? nil : .pj(row: row, old: old, new: new)
    }
}
