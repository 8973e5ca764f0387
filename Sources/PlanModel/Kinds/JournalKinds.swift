import Foundation
import RencanaText

// Adding a journal kind (the recipe; JournalKindsTests checks the codec and the schema against it):
//  1. Sources/PlanModel/Kinds/<Name>Kind.swift: a type conforming to `JournalKind` (name, keys in the order
//     written, version, samples; JSON line, binary form, row, apply, inverse, reach, words) and one conforming
//     to `JournalKindIntent` (its old value from the year), with an `Intent` helper for callers.
//  2. Its type in `JournalKinds.declared` (below).
//  3. Its words in a file of Sources/RencanaText (every interface string lives there).
//  4. docs/state.schema.json (the kind, its keys, its clause) and docs/STATE-V2.md (a row of the table).
// Nothing else: the store, the dashboard, `log`, undo/redo, the snapshot and its format number follow.
/// A journal kind declared in one file of this folder: its fields, its JSON line (read by the general reader and,
/// where it is hot, by the fast one) and binary forms, what it changes in the year, its inverse, the rows it
/// reaches, its words for `log`, its value for a team's conflicts, and its old value from the current year.
/// Every kind, built-in or new, is such a type; `Change` carries it (`Change.visit` in Change.swift is the one switch).
package protocol JournalKind: Sendable, Equatable {
    /// The journal's `kind`.
    static var name: String { get }
    /// Its keys after `kind`, in the order written.
    static var fields: [String] { get }
    /// The state file version that introduced it.
    static var version: Int { get }
    /// Values for the generated round-trip tests (every field used at least once).
    static var samples: [Self] { get }
    /// It as a `Change`: a built-in kind's own case; a new kind's `.declared` (the default).
    var change: Change { get }

    /// Reads it from a line's keys (the general reader's rules and messages: `EntryFields`).
    init(fields: EntryFields) throws(EntryFieldProblem)
    /// Reads it from a line's slots (the fast reader); nil leaves the line to the general reader (the default).
    init?(line: LineFields)
    /// Its keys, each as `,"key":value`, after `"kind":"<name>"`.
    func writeFields(to line: inout JSONLine)
    /// Its binary form in the snapshot.
    func encode(to w: inout ByteWriter)
    init(decoding r: inout ByteReader) throws(ByteDecodingError)

    /// The row it is about, if it is about one (the row of its history and of `Change.row`).
    var entryRow: RowID? { get }
    /// True when a file holding only such entries stays at version 1.
    var isVersion1: Bool { get }
    /// True for kinds that change the plan's tree (its rows or their order).
    static var isStructural: Bool { get }
    /// False when the rows of its history are not just `entryRow` (`rows(in:seq:)` says them).
    static var isAboutOneRow: Bool { get }
    /// The rows an entry (at `seq`) of this kind is about, for the rows' histories.
    func rows(in year: YearState, seq: Int) -> [RowID]
    /// Applies the entry at position `seq` (`year.entries[seq - 1]`, just appended; `owner` nil for this laptop's) to
    /// the year: by default `apply`, and on the undo stack of its owner when it changed something.
    func enter(seq: Int, owner: String?, in year: inout YearState)
    /// Makes the year as it says after (every `new`); false when it does not apply (nothing changed).
    func apply(to year: inout YearState) -> Bool
    /// Takes it back in the year (by default: its inverse applied).
    func takeBack(in year: inout YearState)
    /// The change that takes it back; nil when the year is needed (`takeBack`) or it has none.
    var inverse: Change? { get }
    /// The change it is about: an undo's or redo's target; itself by default.
    func resolved(in year: YearState) -> Change?
    /// What it changes, for the caches derived from a year; `forward` is false when an undo takes it back.
    func reach(forward: Bool) -> EntryReach
    /// What an entry of it changed in `year` (an undo or redo: its target's reach).
    func reach(in year: YearState) -> EntryReach
    /// Its words for `rencana log` and the dashboard's history.
    func words(in year: YearState) -> String
    /// The value it writes and what it writes there, for a team's conflicts; nil when it writes no one value.
    var write: (key: ValueKey, value: String)? { get }
    /// The kind of value `write` names, for the words of a conflict over it; nil when none (or worded by another kind).
    static var valueKind: ValueKey.Kind? { get }
    /// A conflict over its value: the row it is about (nil when none).
    static func conflictRow(_ conflict: Conflict, in year: YearState) -> RowID?
    /// A conflict over its value: the month cell it is about, when it is a cell's.
    static func conflictMonth(_ conflict: Conflict, in year: YearState) -> Month?
    /// A conflict over its value: the row and field in the document's words (`1.1.1.1 Jan catatan`).
    static func conflictField(_ conflict: Conflict, in year: YearState) -> String
    /// One of a conflict's values in words (cut to `limit` characters).
    static func conflictValue(_ text: String, of key: ValueKey, limit: Int) -> String
    /// It with its `old` read again from `year` (an unsaved change put back after others' entries).
    func rebased(in year: YearState, renumbered: [Int: Int]) -> Self
    /// It writing the value it found (refused as `change(for:)` would refuse it today); itself when that means nothing.
    var keepingOld: Self { get }
    /// An entry of it (its seq, time and author) in the version-1 shape, when it is a mark entry.
    func markEntry(seq: Int, at: Date, by: String) -> ChangeEntry?

    // Made by the defaults below (requirements so that the kinds' list calls each kind's own, specialised code).
    /// Read by the general reader, as a change.
    static func change(fields: EntryFields) throws(EntryFieldProblem) -> Change
    /// Read by the fast reader, as a change.
    static func change(line: LineFields) -> Change?
    /// Read from the snapshot's bytes, as a change.
    static func change(decoding r: inout ByteReader) throws(ByteDecodingError) -> Change
}

extension JournalKind {
    package var change: Change { .declared(DeclaredChange(self)) }
    package init?(line: LineFields) { return nil }
    package var isVersion1: Bool { false }
    package static var isStructural: Bool { false }
    package static var isAboutOneRow: Bool { true }
    package func rows(in year: YearState, seq: Int) -> [RowID] { entryRow.map { [$0] } ?? [] }
    package func enter(seq: Int, owner: String?, in year: inout YearState) {
        year.applyAndStack(self, seq: seq, owner: owner)
    }
    package func takeBack(in year: inout YearState) { if let inverse { year.perform(inverse) } }
    package func resolved(in year: YearState) -> Change? { change }
    package func reach(in year: YearState) -> EntryReach { reach(forward: true) }
    package var write: (key: ValueKey, value: String)? { nil }
    package static var valueKind: ValueKey.Kind? { nil }
    package static func conflictRow(_ conflict: Conflict, in year: YearState) -> RowID? { RowID(conflict.key.row) }
    package static func conflictMonth(_ conflict: Conflict, in year: YearState) -> Month? { nil }
    package static func conflictField(_ conflict: Conflict, in year: YearState) -> String { "\(conflict.key.row) \(conflict.key.part)" }
    package static func conflictValue(_ text: String, of key: ValueKey, limit: Int) -> String { ConflictWords.quoted(text, limit: limit) }
    package func rebased(in year: YearState, renumbered: [Int: Int]) -> Self { self }
    package var keepingOld: Self { self }
    package func markEntry(seq: Int, at: Date, by: String) -> ChangeEntry? { nil }

    package static func change(fields: EntryFields) throws(EntryFieldProblem) -> Change { try Self(fields: fields).change }
    package static func change(line: LineFields) -> Change? { Self(line: line)?.change }
    package static func change(decoding r: inout ByteReader) throws(ByteDecodingError) -> Change { try Self(decoding: &r).change }
    /// This kind's samples as changes.
    static var changeSamples: [Change] { samples.map(\.change) }
}

/// A change of a kind declared after versions 1 and 2, inside `Change.declared`.
public struct DeclaredChange: Equatable, Sendable {
    package let payload: any JournalKind

    package init(_ payload: any JournalKind) { self.payload = payload }

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
    func change(in year: inout YearState) throws(IntentRefusal) -> (any JournalKind)?
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

/// Why a kind's keys cannot be read, as a phrase (the reader adds the file and line).
package struct EntryFieldProblem: Error {
    package let message: String
    package init(_ message: String) { self.message = message }
}

/// Every journal kind, in one list each: the kinds of versions 1 and 2 (each `Change`'s own case, their order the
/// snapshot's tags) and the kinds declared since (carried by `Change.declared`).
package enum JournalKinds {
    /// The kinds of versions 1 and 2, in the order of docs/STATE-V2.md (a kind's place is its tag in the snapshot).
    package static let builtIn: [any JournalKind.Type] = [
        MarkChange.self, UndoChange.self, RedoChange.self, StatusChange.self, DateChange.self, NoteChange.self,
        PJChange.self, EvidenceAddChange.self, EvidenceRemoveChange.self, ReviewChange.self, SignerChange.self,
        EditChange.self, DocumentChange.self, RowAddition.self, RowRemoval.self, RowMove.self,
    ]

    /// The kinds declared since, in files of this folder. Add a new kind's type here.
    package static let declared: [any JournalKind.Type] = [
    ]

    /// Every kind, built-in first.
    package static let types: [any JournalKind.Type] = builtIn + declared

    /// Names and keys of every kind, built-in first, in the order of docs/STATE-V2.md.
    package static var all: [(name: String, fields: [String])] { types.map { ($0.name, $0.fields) } }

    /// Sample changes of every kind (for the round-trip tests).
    package static var samples: [Change] { types.flatMap { $0.changeSamples } }

    /// The kind named `name`.
    package static func named(_ name: String) -> (any JournalKind.Type)? { byName[name] }

    /// The declared kind named `name`.
    package static func declared(named name: String) -> (any JournalKind.Type)? {
        declared.contains { $0.name == name } ? byName[name] : nil
    }

    private static let byName: [String: any JournalKind.Type] =
        Dictionary(types.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })

    /// A built-in kind's tag in the snapshot (its place in `builtIn`); nil for a declared kind.
    static func tag<K: JournalKind>(of _: K.Type) -> UInt8? {
        let id = ObjectIdentifier(K.self)
        for (index, known) in builtInIDs.enumerated() where known == id { return UInt8(index) }
        return nil
    }

    private static let builtInIDs = builtIn.map { ObjectIdentifier($0) }

    /// The names of the built-in kinds as bytes, for the fast reader's comparison.
    static let builtInNames: [[UInt8]] = builtIn.map { Array($0.name.utf8) }

    /// The names of the built-in kinds as their first eight bytes in one number and their length (`LineFields.packed`).
    static let builtInPackedNames: [(packed: UInt64, length: Int)] = builtInNames.map { name in
        (name.withUnsafeBufferPointer { LineFields.packed($0, from: 0, count: name.count) }, name.count)
    }

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
