import RencanaText

/// What a person asks to change, without the old value: the one thing the store, the dashboard and the
/// tests' in-memory store record. `YearState.change(for:)` turns it into a `Change` against the year as it is.
public enum Intent: Equatable, Sendable {
    /// Sets a √ of the plan.
    case mark(row: RowID, month: Month, on: Bool)
    /// Flips a √ of the plan.
    case toggle(row: RowID, month: Month)
    /// A cell's realisation status (nil: belum dicatat).
    case status(row: RowID, month: Month, to: RealisationStatus?)
    /// A cell's date of realisation (`YYYY-MM-DD`, or empty to clear).
    case date(row: RowID, month: Month, to: String)
    /// A cell's catatan (empty clears).
    case note(row: RowID, month: Month, to: String)
    /// A row's penanggung jawab (empty clears).
    case pj(row: RowID, to: String)
    /// A piece of evidence; an empty (or taken) id gets a new one.
    case addEvidence(Evidence)
    case removeEvidence(id: String)
    /// One field of a row's Triwulan review (`tw` 1–4).
    case review(row: RowID, tw: Int, field: ReviewField, to: String)
    /// One field of the remembered report signature.
    case signer(field: SignerField, to: String)
    /// A text of the table: `field` of `row`, or of the group holding it.
    case edit(row: RowID, field: PlanTextField, to: String)
    /// One of the decree's details (`year` must be a year).
    case document(field: DocumentField, to: String)
    /// A new row (and its new groups); it gets a new id.
    case addRow(RowAddition)
    /// The group of `level` holding `row` (widened to its parent when it is the parent's only child).
    case removeRows(row: RowID, level: PlanLevel)
    /// The group of `level` holding `row`, one place up or down within its parent.
    case moveRow(row: RowID, level: PlanLevel, up: Bool)
    /// An indicator after or before another row (also into another sub kegiatan).
    case moveRowTo(row: RowID, anchor: Anchor)
    /// Takes back the latest change not yet undone.
    case undo
    /// Puts back the latest undone change.
    case redo
    /// Settles a team's conflict by choosing one of its values: writes again what entry `entry` (one of the
    /// conflict's writes) wrote, as a change that has seen every write of that value.
    case choose(entry: String)
    /// An intent of a kind declared in its own file of Kinds/.
    case declared(DeclaredIntent)
}

/// Why an intent cannot be recorded, as a phrase (the store names the file).
public struct IntentRefusal: Error, Equatable, Sendable {
    public let message: String
    /// True when the phrase is about the state file's contents (an evidence id), false when about the plan.
    public let aboutJournal: Bool

    public init(_ message: String, aboutJournal: Bool = false) {
        self.message = message
        self.aboutJournal = aboutJournal
    }
}

/// Where new ids come from: random by default, predictable in tests that draw screens.
public struct NewIDs {
    public var row: () -> RowID
    public var evidence: () -> String

    public init(row: @escaping () -> RowID = JournalEntry.newRowID, evidence: @escaping () -> String = JournalEntry.newEvidenceID) {
        self.row = row
        self.evidence = evidence
    }

    /// Random ids (`r-`/`e-` and 12 hex digits).
    public static var random: NewIDs { NewIDs() }
}

extension JournalEntry {
    /// The longest text an entry may hold, in characters (longer is refused by the writer and the reader).
    public static let maxTextLength = 10_000

    /// A text within `maxTextLength` characters.
    public static func fitsText(_ text: String) -> Bool {
        text.utf8.count <= maxTextLength || text.count <= maxTextLength
    }

    /// `YYYY-MM-DD` with a month 1–12 and a day 1–31.
    public static func isDate(_ value: String) -> Bool {
        let u = Array(value.utf8)
        guard u.count == 10, u[4] == 0x2D, u[7] == 0x2D else { return false }
        let digits = u[0..<4] + u[5..<7] + u[8..<10]
        guard digits.allSatisfy({ (0x30...0x39).contains($0) }), let m = Int(value.dropFirst(5).prefix(2)),
              let d = Int(value.suffix(2)) else { return false }
        return (1...12).contains(m) && (1...31).contains(d)
    }
}
