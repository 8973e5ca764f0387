import Foundation
import RencanaText

/// `set`: a √ of the plan turned on or off (version 1).
public struct MarkChange: Equatable, Sendable {
    public var row: RowID
    public var month: Month
    public var old: Bool
    public var new: Bool
    public init(row: RowID, month: Month, old: Bool, new: Bool) {
        self.row = row
        self.month = month
        self.old = old
        self.new = new
    }
}

extension MarkChange: JournalKind {
    package static let name = "set"
    package static let fields = ["row", "month", "old", "new"]
    package static let version = 1
    package static var samples: [MarkChange] { [MarkChange(row: "1.1.1.1", month: .jan, old: false, new: true)] }
    package var change: Change { .set(self) }

    package init(fields f: EntryFields) throws(EntryFieldProblem) {
        self.init(row: try f.row(), month: try f.month(), old: try f.bool("old"), new: try f.bool("new"))
    }

    package init?(line f: LineFields) {
        guard let row = f.row(), let month = f.month(), let old = f.bool(.old), let new = f.bool(.new) else { return nil }
        self.init(row: row, month: month, old: old, new: new)
    }

    package func writeFields(to line: inout JSONLine) {
        line.row(row)
        line.month(month)
        line.bool("old", old)
        line.bool("new", new)
    }

    package func encode(to w: inout ByteWriter) {
        w.string(row.rawValue)
        w.u8(UInt8(month.index) | (old ? 0x10 : 0) | (new ? 0x20 : 0))
    }

    package init(decoding r: inout ByteReader) throws(ByteDecodingError) {
        let row = RowID(try r.string())
        let packed = try r.u8()
        guard packed & 0xC0 == 0, let month = Month(index: Int(packed & 0x0F)) else { throw ByteDecodingError(offset: r.offset) }
        self.init(row: row, month: month, old: packed & 0x10 != 0, new: packed & 0x20 != 0)
    }

    package var entryRow: RowID? { row }
    package var isVersion1: Bool { true }

    package func enter(seq: Int, owner: String?, in year: inout YearState) {
        year.markHistory.append(ChangeEntry(seq: year.entries[seq - 1].seq, at: year.entries[seq - 1].at, by: year.entries[seq - 1].by,
                                            row: row, month: month, old: old, new: new))
        year.applyAndStack(self, seq: seq, owner: owner)
    }

    package func apply(to year: inout YearState) -> Bool {
        year.setMark(row, month, new)
        return true
    }

    package var inverse: Change? { .set(MarkChange(row: row, month: month, old: new, new: old)) }
    package func reach(forward: Bool) -> EntryReach { .row(row) }

    package func words(in year: YearState) -> String {
        typealias T = Text.Journal
        return "\(row) \(month.label): " + (old == new ? Text.UX22.kept(new ? T.on : T.off) : (old ? T.on : T.off) + T.arrow + (new ? T.on : T.off))
    }

    package var write: (key: ValueKey, value: String)? { (ValueKey(.mark, row: row.rawValue, part: month.label), new ? "√" : "") }

    package static var valueKind: ValueKey.Kind? { .mark }
    package static func conflictMonth(_ conflict: Conflict, in year: YearState) -> Month? { Month(parsing: conflict.key.part) }
    package static func conflictField(_ conflict: Conflict, in year: YearState) -> String {
        "\(conflict.key.row) " + Text.Conflict.markLabel(conflict.key.part)
    }
    package static func conflictValue(_ text: String, of key: ValueKey, limit: Int) -> String {
        text.isEmpty ? Text.Journal.off : Text.Journal.on
    }

    package func rebased(in year: YearState, renumbered: [Int: Int]) -> MarkChange {
        var m = self
        m.old = year.mark(row, month)
        return m
    }

    package var keepingOld: MarkChange {
        var m = self
        m.new = m.old
        return m
    }

    package func markEntry(seq: Int, at: Date, by: String) -> ChangeEntry? {
        ChangeEntry(seq: seq, at: at, by: by, row: row, month: month, old: old, new: new)
    }

    /// The mark `intent` sets (`on`, or flipped when nil), against the year as it is.
    static func change(row: RowID, month: Month, on: Bool?, in year: inout YearState) throws(IntentRefusal) -> Change? {
        try year.needRow(row)
        let old = year.mark(row, month)
        let new = on ?? !old
        guard on == nil || old != new else { return nil }
        let change = Change.set(MarkChange(row: row, month: month, old: old, new: new))
        try year.refusingDoubleCount(change, what: Text.Status.planning(month.fullName))
        return change
    }
}
