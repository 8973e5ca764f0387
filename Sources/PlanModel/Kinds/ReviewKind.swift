import RencanaText

/// The field of a Triwulan review.
public enum ReviewField: String, CaseIterable, Sendable {
    case kendala, tindakLanjut, tenggat
}

/// `review`: a row's monev notes for Triwulan `tw` (1–4), one field.
public struct ReviewChange: Equatable, Sendable {
    public var row: RowID
    public var tw: Int
    public var field: ReviewField
    public var old: String
    public var new: String

    public init(row: RowID, tw: Int, field: ReviewField, old: String, new: String) {
        self.row = row
        self.tw = tw
        self.field = field
        self.old = old
        self.new = new
    }
}

extension Change {
    /// A `review` change.
    public static func review(row: RowID, tw: Int, field: ReviewField, old: String, new: String) -> Change {
        .review(ReviewChange(row: row, tw: tw, field: field, old: old, new: new))
    }
}

extension ReviewChange: JournalKind {
    package static let name = "review"
    package static let fields = ["row", "tw", "field", "old", "new"]
    package static let version = 2
    package static var samples: [ReviewChange] {
        ReviewField.allCases.map { ReviewChange(row: "1.1.1.1", tw: 2, field: $0, old: "", new: $0 == .tenggat ? "2022-04-15" : "x") }
    }
    package var change: Change { .review(self) }

    package init(fields f: EntryFields) throws(EntryFieldProblem) {
        let tw = try f.int("tw")
        guard (1...4).contains(tw) else { throw EntryFieldProblem(Text.State.badTriwulan) }
        self.init(row: try f.row(), tw: tw, field: try f.choice("field", ReviewField.self), old: try f.text("old"), new: try f.text("new"))
    }

    package init?(line f: LineFields) {
        guard let tw = f.int(.tw), (1...4).contains(tw), let row = f.row(), let field = f.choice(ReviewField.self),
              let old = f.text(.old), let new = f.text(.new) else { return nil }
        self.init(row: row, tw: tw, field: field, old: old, new: new)
    }

    package func writeFields(to line: inout JSONLine) {
        line.row(row)
        line.int("tw", tw)
        line.string("field", field.rawValue)
        line.values(old, new)
    }

    package func encode(to w: inout ByteWriter) {
        w.string(row.rawValue)
        w.int(tw)
        w.choice(field)
        w.string(old)
        w.string(new)
    }

    package init(decoding r: inout ByteReader) throws(ByteDecodingError) {
        let row = RowID(try r.string())
        let tw = try r.int()
        self.init(row: row, tw: tw, field: try r.choice(ReviewField.self), old: try r.string(), new: try r.string())
    }

    package var entryRow: RowID? { row }

    package func apply(to year: inout YearState) -> Bool {
        var review = year.realisation.reviews[row]?[tw] ?? Review()
        switch field {
        case .kendala: review.kendala = new
        case .tindakLanjut: review.tindakLanjut = new
        case .tenggat: review.tenggat = new
        }
        year.realisation.reviews[row, default: [:]][tw] = review.isEmpty ? nil : review
        if year.realisation.reviews[row]?.isEmpty == true { year.realisation.reviews[row] = nil }
        return true
    }

    package var inverse: Change? { .review(row: row, tw: tw, field: field, old: new, new: old) }
    package func reach(forward: Bool) -> EntryReach { .row(row) }

    package func words(in year: YearState) -> String {
        let shown = field == .tenggat ? CalendarDate.indonesian : { $0 }  // dates in Indonesian (issue 20)
        return "\(row) \(Text.Journal.review(tw: Text.roman(tw), field: field.rawValue)): " + ChangeWords.values(shown(old), shown(new))
    }

    package var write: (key: ValueKey, value: String)? { (ValueKey(.review, row: row.rawValue, part: "\(tw) \(field.rawValue)"), new) }

    package static var valueKind: ValueKey.Kind? { .review }

    package static func conflictField(_ conflict: Conflict, in year: YearState) -> String {
        let parts = conflict.key.part.split(separator: " ").map(String.init)
        let tw = parts.first.flatMap { Int($0) } ?? 0
        let roman = tw >= 1 && tw <= 4 ? ["I", "II", "III", "IV"][tw - 1] : "\(tw)"  // a key's part as it is, out of range too
        return "\(conflict.key.row) " + Text.Journal.review(tw: roman, field: parts.count > 1 ? parts[1] : "")
    }

    package static func conflictValue(_ text: String, of key: ValueKey, limit: Int) -> String {
        ConflictWords.quoted(key.part.hasSuffix(ReviewField.tenggat.rawValue) ? CalendarDate.indonesian(text) : text, limit: limit)
    }

    package func rebased(in year: YearState, renumbered: [Int: Int]) -> ReviewChange {
        ReviewChange(row: row, tw: tw, field: field, old: year.current(row, tw, field), new: new)
    }

    /// One field of a row's Triwulan review set to `new`, against the year as it is.
    static func change(row: RowID, tw: Int, field: ReviewField, to new: String, in year: inout YearState) throws(IntentRefusal) -> Change? {
        try year.needRow(row)
        guard (1...4).contains(tw) else { throw IntentRefusal(Text.State.badTriwulan) }
        if field == .tenggat, !new.isEmpty, CalendarDate(stored: new) == nil { throw IntentRefusal(Text.State.badDate(key: "tenggat")) }
        try year.needText(new, key: field.rawValue)
        let old = year.current(row, tw, field)
        return old == new ? nil : .review(row: row, tw: tw, field: field, old: old, new: new)
    }
}

extension YearState {
    /// A field of a row's Triwulan review as it now is.
    public func current(_ row: RowID, _ tw: Int, _ field: ReviewField) -> String {
        let review = realisation.reviews[row]?[tw] ?? Review()
        switch field {
        case .kendala: return review.kendala
        case .tindakLanjut: return review.tindakLanjut
        case .tenggat: return review.tenggat
        }
    }
}
