import RencanaText

/// The field of the remembered report signature.
public enum SignerField: String, CaseIterable, Sendable {
    case place, date, signer, signerTitle, nip
}

/// `signer`: one field of the remembered report signature.
public struct SignerChange: Equatable, Sendable {
    public var field: SignerField
    public var old: String
    public var new: String

    public init(field: SignerField, old: String, new: String) {
        self.field = field
        self.old = old
        self.new = new
    }
}

extension Change {
    /// A `signer` change.
    public static func signer(field: SignerField, old: String, new: String) -> Change {
        .signer(SignerChange(field: field, old: old, new: new))
    }
}

extension SignerChange: JournalKind {
    package static let name = "signer"
    package static let fields = ["field", "old", "new"]
    package static let version = 2
    package static var samples: [SignerChange] { SignerField.allCases.map { SignerChange(field: $0, old: "a", new: "b") } }
    package var change: Change { .signer(self) }

    package init(fields f: EntryFields) throws(EntryFieldProblem) {
        self.init(field: try f.choice("field", SignerField.self), old: try f.text("old"), new: try f.text("new"))
    }

    package init?(line f: LineFields) {
        guard let field = f.choice(SignerField.self), let old = f.text(.old), let new = f.text(.new) else { return nil }
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
        self.init(field: try r.choice(SignerField.self), old: try r.string(), new: try r.string())
    }

    package var entryRow: RowID? { nil }

    package func apply(to year: inout YearState) -> Bool {
        switch field {
        case .place: year.realisation.signer.place = new
        case .date: year.realisation.signer.date = new
        case .signer: year.realisation.signer.signer = new
        case .signerTitle: year.realisation.signer.signerTitle = new
        case .nip: year.realisation.signer.nip = new
        }
        return true
    }

    package var inverse: Change? { .signer(field: field, old: new, new: old) }
    package func reach(forward: Bool) -> EntryReach { .nothing }
    package func words(in year: YearState) -> String { Text.Journal.signer(field.rawValue) + ": " + ChangeWords.values(old, new) }
    package var write: (key: ValueKey, value: String)? { (ValueKey(.signer, part: field.rawValue), new) }

    package static var valueKind: ValueKey.Kind? { .signer }
    package static func conflictRow(_ conflict: Conflict, in year: YearState) -> RowID? { nil }
    package static func conflictField(_ conflict: Conflict, in year: YearState) -> String { Text.Journal.signer(conflict.key.part) }
    package static func conflictValue(_ text: String, of key: ValueKey, limit: Int) -> String {
        ConflictWords.quoted(key.part == SignerField.date.rawValue ? CalendarDate.indonesian(text) : text, limit: limit)
    }

    package func rebased(in year: YearState, renumbered: [Int: Int]) -> SignerChange {
        SignerChange(field: field, old: year.current(field), new: new)
    }

    /// One field of the report signature set to `new`, against the year as it is.
    static func change(field: SignerField, to new: String, in year: inout YearState) throws(IntentRefusal) -> Change? {
        try year.needText(new, key: field.rawValue)
        let old = year.current(field)
        return old == new ? nil : .signer(field: field, old: old, new: new)
    }
}

extension YearState {
    /// A field of the report signature as it now is.
    public func current(_ field: SignerField) -> String {
        let s = realisation.signer
        switch field {
        case .place: return s.place
        case .date: return s.date
        case .signer: return s.signer
        case .signerTitle: return s.signerTitle
        case .nip: return s.nip
        }
    }
}
