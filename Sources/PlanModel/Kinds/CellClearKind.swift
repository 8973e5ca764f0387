import RencanaText

/// `cell-clear`: a cell's status, date and note cleared at once; the old values kept for undo.
struct CellClear: JournalKindPayload, Equatable {
    static let name = "cell-clear"
    static let fields = ["row", "month", "status", "date", "note", "restore"]
    static let version = 2
    static let samples = [CellClear(row: "1.1.1.1", month: .feb, old: CellRecord(status: .done, date: "2022-02-01", note: "n")),
                          CellClear(row: "1.1.1.1", month: .feb, old: CellRecord(status: .moved(.mar)), restore: true)]

    let row: RowID?
    let month: Month
    /// The cell before the clear.
    let old: CellRecord
    /// True for the inverse: puts `old` back.
    var restore = false

    init(row: RowID, month: Month, old: CellRecord, restore: Bool = false) {
        self.row = row
        self.month = month
        self.old = old
        self.restore = restore
    }

    init(fields: EntryFields) throws(EntryFieldProblem) {
        row = try fields.row()
        month = try fields.month()
        let code = try fields.string("status")
        var status: RealisationStatus?
        if !code.isEmpty {
            guard let parsed = RealisationStatus(code: code) else { throw EntryFieldProblem(Text.State.unknownStatus(TextSafety.clip(code))) }
            status = parsed
        }
        old = CellRecord(status: status, date: try fields.text("date"), note: try fields.text("note"))
        restore = fields.has("restore") ? try fields.bool("restore") : false
    }

    func writeFields(to line: inout JSONLine) {
        line.row(row!)
        line.month(month)
        line.string("status", old.status?.code ?? "")
        line.string("date", old.date)
        line.string("note", old.note)
        if restore { line.bool("restore", true) }
    }

    func encode(to w: inout ByteWriter) {
        w.string(row!.rawValue)
        w.u8(UInt8(month.index) | (restore ? 0x80 : 0))
        w.string(old.status?.code ?? "")
        w.string(old.date)
        w.string(old.note)
    }

    init(decoding r: inout ByteReader) throws(ByteDecodingError) {
        row = RowID(try r.string())
        let byte = try r.u8()
        guard let month = Month.allCases.first(where: { $0.index == Int(byte & 0x7F) }) else { throw ByteDecodingError(offset: r.offset) }
        self.month = month
        restore = byte & 0x80 != 0
        let code = try r.string()
        old = CellRecord(status: code.isEmpty ? nil : RealisationStatus(code: code), date: try r.string(), note: try r.string())
    }

    func apply(to year: inout YearState) -> Bool {
        year.updateCell(row!, month) { $0 = restore ? old : CellRecord() }
        return true
    }

    var inverse: CellClear? { CellClear(row: row!, month: month, old: old, restore: !restore) }

    func reach(forward: Bool) -> EntryReach { .row(row!) }

    var words: String { "\(row!) \(month.label): " + (restore ? Text.CellClear.restored : Text.CellClear.cleared) }
}

/// Clear a cell: nil when it is already empty.
struct CellClearIntent: JournalKindIntent {
    let row: RowID
    let month: Month

    func change(in year: inout YearState) throws(IntentRefusal) -> (any JournalKindPayload)? {
        guard year.plan.rowIndex(of: row) != nil else { throw IntentRefusal(Text.State.noSuchRow(row.rawValue)) }
        let old = year.realisation.record(row, month)
        return old.isEmpty ? nil : CellClear(row: row, month: month, old: old)
    }
}

extension Intent {
    /// Clears a cell's status, date and note at once.
    public static func clearCell(row: RowID, month: Month) -> Intent {
        .declared(DeclaredIntent(CellClearIntent(row: row, month: month), key: "cell-clear \(row) \(month.label)"))
    }
}
