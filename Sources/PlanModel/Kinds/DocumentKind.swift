import RencanaText

/// A detail of the decree.
public enum DocumentField: String, CaseIterable, Sendable {
    case institution, number, title, unit, year, place, date, signer, signerTitle
    /// The office's code (kode satker).
    case code
}

/// `document`: a detail of the decree.
public struct DocumentChange: Equatable, Sendable {
    public var field: DocumentField
    public var old: String
    public var new: String

    public init(field: DocumentField, old: String, new: String) {
        self.field = field
        self.old = old
        self.new = new
    }
}

extension Change {
    /// A `document` change.
    public static func document(field: DocumentField, old: String, new: String) -> Change {
        .document(DocumentChange(field: field, old: old, new: new))
    }
}

extension DocumentChange: JournalKind {
    package static let name = "document"
    package static let fields = ["field", "old", "new"]
    package static let version = 2
    package static var samples: [DocumentChange] {
        DocumentField.allCases.map { DocumentChange(field: $0, old: "a", new: $0 == .year ? "2023" : "b") }
    }
    package var change: Change { .document(self) }

    package init(fields f: EntryFields) throws(EntryFieldProblem) {
        self.init(field: try f.choice("field", DocumentField.self), old: try f.text("old"), new: try f.text("new"))
    }

    package init?(line f: LineFields) {
        guard let field = f.choice(DocumentField.self), let old = f.text(.old), let new = f.text(.new) else { return nil }
        self.init(field: field, old: old, new: new)
    }

    package func writeFields(to line: inout JSONLine) {
        line.string("field", field.rawValue)
        line.values(old, new)
    }

    package func encode(to w: inout ByteWriter) {
        w.choice(field)
        w.string(old)
        w.string(new)
    }

    package init(decoding r: inout ByteReader) throws(ByteDecodingError) {
        self.init(field: try r.choice(DocumentField.self), old: try r.string(), new: try r.string())
    }

    package var entryRow: RowID? { nil }

    package func apply(to year: inout YearState) -> Bool {
        var document = year.plan.document
        switch field {
        case .institution: document.institution = new
        case .number: document.number = new
        case .title: document.title = new
        case .unit: document.unit = new
        case .year: if let value = Int(new) { document.year = value }
        case .place: document.place = new
        case .date: document.date = new
        case .signer: document.signer = new
        case .signerTitle: document.signerTitle = new
        case .code: document.code = new
        }
        year.plan.document = document
        return true
    }

    package var inverse: Change? { .document(field: field, old: new, new: old) }
    package func reach(forward: Bool) -> EntryReach { .texts }
    package func words(in year: YearState) -> String { Text.Journal.document(field.rawValue) + ": " + ChangeWords.values(old, new) }
    package var write: (key: ValueKey, value: String)? { (ValueKey(.document, part: field.rawValue), new) }

    package static var valueKind: ValueKey.Kind? { .document }
    package static func conflictRow(_ conflict: Conflict, in year: YearState) -> RowID? { nil }
    package static func conflictField(_ conflict: Conflict, in year: YearState) -> String { Text.Journal.document(conflict.key.part) }
    package static func conflictValue(_ text: String, of key: ValueKey, limit: Int) -> String {
        ConflictWords.quoted(key.part == DocumentField.date.rawValue ? CalendarDate.indonesian(text) : text, limit: limit)
    }

    package func rebased(in year: YearState, renumbered: [Int: Int]) -> DocumentChange {
        DocumentChange(field: field, old: year.current(field), new: new)
    }

    /// A detail of the decree set to `new` (`year` must be a year), against the year as it is.
    static func change(field: DocumentField, to new: String, in year: inout YearState) throws(IntentRefusal) -> Change? {
        try year.needText(new, key: field.rawValue)
        if field == .year, Int(new).map({ (1900...2999).contains($0) }) != true { throw IntentRefusal(Text.State.badYear) }
        let old = year.current(field)
        return old == new ? nil : .document(field: field, old: old, new: new)
    }
}

extension YearState {
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
}
