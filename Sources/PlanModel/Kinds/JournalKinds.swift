import Foundation
import RencanaText

// Adding a journal kind (the recipe; JournalKindsTests checks the codec and the schema against it):
//  1. Sources/PlanModel/Kinds/<Name>Kind.swift: a struct conforming to `JournalKindPayload` (name, keys in the
//     order written, version, samples; JSON line, binary form, row, apply, inverse, reach, words) and one
//     conforming to `JournalKindIntent` (its old value from the year), with an `Intent` helper for callers.
//  2. Its type in `JournalKinds.declared` (below).
//  3. Its words in a file of Sources/RencanaText (every interface string lives there).
//  4. docs/state.schema.json (the kind, its keys, its clause) and docs/STATE-V2.md (a row of the table).
// Nothing else: the store, the dashboard, `log`, undo/redo, the snapshot and its format number follow.
/// A journal kind declared in one file of this folder: its fields, its JSON line and binary forms, what it
/// changes in the year, its inverse, the rows it reaches, its words for `log`, and (through its intent) its
/// old value from the current year. Adding a kind is such a file plus one entry in `JournalKinds.declared`;
/// nothing else dispatches on it (`Change.declared` carries it through every switch). The kinds of versions
/// 1 and 2 are `Change`'s own cases (their replay is the hot path); `JournalKinds.builtIn` lists their
/// names and fields, so the schema, the round-trip tests and the snapshot's format number cover every kind.
package protocol JournalKindPayload: Sendable {
    /// The journal's `kind`.
    static var name: String { get }
    /// Its keys after `kind`, in the order written.
    static var fields: [String] { get }
    /// The state file version that introduced it.
    static var version: Int { get }
    /// Values for the generated round-trip tests (every field used at least once).
    static var samples: [Self] { get }
    /// Reads it from a line's keys (the reader's rules: `EntryFields`).
    init(fields: EntryFields) throws(EntryFieldProblem)
    /// Its keys, each as `,"key":value`, after `"kind":"<name>"`.
    func writeFields(to line: inout JSONLine)
    /// Its binary form in the snapshot.
    func encode(to w: inout ByteWriter)
    init(decoding r: inout ByteReader) throws(ByteDecodingError)
    /// The row it is about, if it is about one.
    var row: RowID? { get }
    /// Makes the year as it says after (every `new`); false when it does not apply (nothing changed).
    func apply(to year: inout YearState) -> Bool
    /// The change that takes it back; nil when it cannot be taken back.
    var inverse: Self? { get }
    /// What it changes, for the caches derived from a year; `forward` is false when an undo takes it back.
    func reach(forward: Bool) -> EntryReach
    /// Its words for `rencana log` and the dashboard's history.
    var words: String { get }
}

extension JournalKindPayload {
    /// The inverse as a change.
    var inverseChange: Change? { inverse.map { .declared(DeclaredChange($0)) } }
}

/// A change of a declared kind, inside `Change.declared`.
public struct DeclaredChange: Equatable, Sendable {
    package let payload: any JournalKindPayload

    package init(_ payload: any JournalKindPayload) { self.payload = payload }

    /// The journal's `kind`.
    public var kind: String { type(of: payload).name }

    public static func == (a: DeclaredChange, b: DeclaredChange) -> Bool {
        a.kind == b.kind && a.bytes == b.bytes
    }

    /// Its binary form: the same bytes are the same change.
    var bytes: [UInt8] {
        var w = ByteWriter()
        payload.encode(to: &w)
        return w.bytes
    }
}

/// What a person asks of a declared kind: its intent works out the change (the old value) from the year.
package protocol JournalKindIntent: Sendable {
    /// The change against `year` as it is; nil when nothing would change.
    func change(in year: inout YearState) throws(IntentRefusal) -> (any JournalKindPayload)?
}

/// An intent of a declared kind, inside `Intent.declared`.
public struct DeclaredIntent: Equatable, Sendable {
    package let intent: any JournalKindIntent
    private let key: String

    /// `key` tells two intents apart (e.g. their fields in words).
    package init(_ intent: any JournalKindIntent, key: String) {
        self.intent = intent
        self.key = key
    }

    public static func == (a: DeclaredIntent, b: DeclaredIntent) -> Bool { a.key == b.key }
}

/// Why a declared kind's keys cannot be read, as a phrase (the reader adds the file and line).
package struct EntryFieldProblem: Error {
    package let message: String
    package init(_ message: String) { self.message = message }
}

/// Every journal kind: the built-in cases of `Change` and the kinds declared in their own files.
package enum JournalKinds {
    /// The kinds declared in files of this folder. Add a new kind's type here.
    package static let declared: [any JournalKindPayload.Type] = [
    ]

    /// Names and keys of every kind, built-in first, in the order of docs/STATE-V2.md.
    package static var all: [(name: String, fields: [String])] {
        builtIn.map { ($0.name, $0.fields) } + declared.map { ($0.name, $0.fields) }
    }

    /// The declared kind named `name`.
    package static func declared(named name: String) -> (any JournalKindPayload.Type)? {
        declaredByName[name]
    }

    private static let declaredByName: [String: any JournalKindPayload.Type] =
        Dictionary(declared.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })

    /// A number that changes whenever a kind or a kind's keys change: the snapshot's format number derives
    /// from it, so a snapshot written with other kinds is never read (no hand bump). FNV-1a over names and keys.
    package static var fingerprint: UInt32 {
        var hash: UInt32 = 0x811C_9DC5
        for kind in all {
            for byte in (kind.name + ":" + kind.fields.joined(separator: ",") + ";").utf8 {
                hash = (hash ^ UInt32(byte)) &* 0x0100_0193
            }
        }
        return hash
    }
}

/// The JSON line being written, for a declared kind's keys: quoting and the shapes rencana writes.
package struct JSONLine {
    package var text: String

    package init(_ text: String = "") { self.text = text }

    /// `,"key":"text"` (quoted as plan.json quotes).
    package mutating func string(_ key: String, _ value: String) { text += ",\"\(key)\":" + PlanEncoder.quote(value) }
    /// `,"key":n`.
    package mutating func int(_ key: String, _ value: Int) { text += ",\"\(key)\":\(value)" }
    /// `,"key":true|false`.
    package mutating func bool(_ key: String, _ value: Bool) { text += ",\"\(key)\":\(value)" }
    /// `,"row":"<id>"`.
    package mutating func row(_ row: RowID, key: String = "row") { string(key, row.rawValue) }
    /// `,"month":"Jan"`.
    package mutating func month(_ month: Month, key: String = "month") { string(key, month.label) }
}

/// The keys of one JSON line, read by the journal reader's rules (a declared kind's `init(fields:)`).
package struct EntryFields {
    private let nodes: [String: JSONNode]

    package init(_ nodes: [String: JSONNode]) { self.nodes = nodes }

    package func has(_ key: String) -> Bool { nodes[key] != nil }

    package func string(_ key: String) throws(EntryFieldProblem) -> String {
        guard case .string(let value)? = nodes[key]?.kind else { throw EntryFieldProblem(Text.State.mustBeString(key: key)) }
        return value
    }

    /// A free text of at most `JournalEntry.maxTextLength` characters.
    package func text(_ key: String) throws(EntryFieldProblem) -> String {
        let value = try string(key)
        guard JournalEntry.fitsText(value) else {
            throw EntryFieldProblem(Text.State.textTooLong(key: key, limit: JournalEntry.maxTextLength))
        }
        return value
    }

    package func int(_ key: String) throws(EntryFieldProblem) -> Int {
        guard case .number(let text)? = nodes[key]?.kind, let value = Int(text) else {
            throw EntryFieldProblem(Text.State.mustBeWholeNumber(key: key))
        }
        return value
    }

    package func bool(_ key: String) throws(EntryFieldProblem) -> Bool {
        guard case .bool(let value)? = nodes[key]?.kind else { throw EntryFieldProblem(Text.State.mustBeBool(key: key)) }
        return value
    }

    /// A row id by the one rule (`RowID.isUsable`).
    package func row(_ key: String = "row") throws(EntryFieldProblem) -> RowID {
        let value = try string(key)
        guard RowID.isUsable(value) else { throw EntryFieldProblem(Text.State.badRowID(key: key)) }
        return RowID(value)
    }

    /// A month as rencana writes it (`Jan` … `Des`).
    package func month(_ key: String = "month") throws(EntryFieldProblem) -> Month {
        let name = try string(key)
        guard let month = Month.allCases.first(where: { $0.label == name }) else {
            throw EntryFieldProblem(Text.State.unknownMonth(TextSafety.clip(name)))
        }
        return month
    }
}

/// Short, harmless copies of hostile text for messages.
package enum TextSafety {
    /// At most 20 characters, controls shown as `\u{…}`.
    package static func clip(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars.prefix(20) {
            let v = scalar.value
            if v < 0x20 || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v) {
                out += "\\u{\(String(v, radix: 16, uppercase: true))}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
