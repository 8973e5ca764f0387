import Foundation

/// What one journal entry changes, with its old and new value so undo, redo and `rencana log` need no replay.
/// Each case carries one kind's value (`JournalKind`, one file of this folder each); `visit` is the one switch over
/// them, and everything a kind does is reached through it (generic, specialised per kind: no existential on the
/// hot paths of replay, reading and writing).
public enum Change: Equatable, Sendable {
    /// A √ of the plan (version 1).
    case set(MarkChange)
    case undo(Step)
    case redo(Step)
    /// Realisation status of a cell; nil is belum dicatat.
    case status(StatusChange)
    /// Date of realisation, `YYYY-MM-DD` or empty.
    case date(DateChange)
    /// Catatan of a cell.
    case note(NoteChange)
    /// Penanggung jawab of a row.
    case pj(PJChange)
    case evidenceAdd(Evidence)
    case evidenceRemove(Evidence)
    /// Monev notes of a row for Triwulan `tw` (1–4).
    case review(ReviewChange)
    case signer(SignerChange)
    /// A cell's text.
    case edit(EditChange)
    case document(DocumentChange)
    case add(RowAddition)
    case remove(RowRemoval)
    case move(RowMove)
    /// A kind declared in its own file of Kinds/ since (`JournalKinds.declared`).
    case declared(DeclaredChange)

    /// The one switch over the kinds: `visitor` called with this change's kind value.
    @inline(__always)
    func visit<V: KindVisitor>(_ visitor: V, _ context: inout V.Context) -> V.Result {
        switch self {
        case .set(let kind): visitor.visit(kind, &context)
        case .undo(let step): visitor.visit(UndoChange(step), &context)
        case .redo(let step): visitor.visit(RedoChange(step), &context)
        case .status(let kind): visitor.visit(kind, &context)
        case .date(let kind): visitor.visit(kind, &context)
        case .note(let kind): visitor.visit(kind, &context)
        case .pj(let kind): visitor.visit(kind, &context)
        case .evidenceAdd(let evidence): visitor.visit(EvidenceAddChange(evidence), &context)
        case .evidenceRemove(let evidence): visitor.visit(EvidenceRemoveChange(evidence), &context)
        case .review(let kind): visitor.visit(kind, &context)
        case .signer(let kind): visitor.visit(kind, &context)
        case .edit(let kind): visitor.visit(kind, &context)
        case .document(let kind): visitor.visit(kind, &context)
        case .add(let kind): visitor.visit(kind, &context)
        case .remove(let kind): visitor.visit(kind, &context)
        case .move(let kind): visitor.visit(kind, &context)
        case .declared(let declared): visitor.visit(declared.payload, &context)
        }
    }
}

/// One thing done with a change whatever its kind (`Change.visit`): `visit` is specialised for each kind.
protocol KindVisitor {
    associatedtype Context
    associatedtype Result
    func visit<K: JournalKind>(_ kind: K, _ context: inout Context) -> Result
}

/// One thing asked of a change whatever its kind, with nothing to change (`Change.visit`).
protocol PlainKindVisitor {
    associatedtype Result
    func visit<K: JournalKind>(_ kind: K) -> Result
}

/// A `PlainKindVisitor` as a `KindVisitor` (no context).
private struct Plain<V: PlainKindVisitor>: KindVisitor {
    let visitor: V
    func visit<K: JournalKind>(_ kind: K, _ context: inout Void) -> V.Result { visitor.visit(kind) }
}

/// One thing asked of a change in a year whatever its kind (`Change.visit(_:in:)`): the year is lent, not copied.
protocol YearKindVisitor {
    associatedtype Result
    func visit<K: JournalKind>(_ kind: K, in year: YearState) -> Result
}

/// A `YearKindVisitor` as a `PlainKindVisitor`, holding the year it is lent.
private struct Lent<V: YearKindVisitor>: PlainKindVisitor {
    let visitor: V
    let year: UnsafePointer<YearState>
    func visit<K: JournalKind>(_ kind: K) -> V.Result { visitor.visit(kind, in: year.pointee) }
}

extension Change {
    /// Asks `visitor` of this change with `year` lent to it. A visitor holding a copy of the year retained every
    /// buffer of it per call: the dashboard asks of every entry at open (AppState.init went from 0.065 to 0.29 ms).
    func visit<V: YearKindVisitor>(_ visitor: V, in year: borrowing YearState) -> V.Result {
        withUnsafePointer(to: year) { visit(Lent(visitor: visitor, year: $0)) }
    }

    @inline(__always)
    func visit<V: PlainKindVisitor>(_ visitor: V) -> V.Result {
        var none: Void = ()
        return visit(Plain(visitor: visitor), &none)
    }

    /// The journal's `kind`.
    public var kind: String {
        struct Name: PlainKindVisitor { func visit<K: JournalKind>(_: K) -> String { K.name } }
        return visit(Name())
    }

    /// Every kind, in the order of docs/STATE-V2.md (the declared ones after the built-in).
    public static let kinds = JournalKinds.all.map(\.name)

    /// True for kinds that version 1 has (a file holding only these stays at version 1).
    public var isVersion1: Bool {
        struct Ask: PlainKindVisitor { func visit<K: JournalKind>(_ kind: K) -> Bool { kind.isVersion1 } }
        return visit(Ask())
    }

    /// True for kinds that change the plan's tree (its rows or their order).
    public var isStructural: Bool {
        struct Ask: PlainKindVisitor { func visit<K: JournalKind>(_: K) -> Bool { K.isStructural } }
        return visit(Ask())
    }

    /// The row this change is about, if it is about one.
    public var row: RowID? {
        struct Ask: PlainKindVisitor { func visit<K: JournalKind>(_ kind: K) -> RowID? { kind.entryRow } }
        return visit(Ask())
    }

    /// The change that takes this one back; nil for `undo`/`redo` (resolved by their target) and for
    /// `add`/`remove` (their inverse inserts or deletes a subtree, see `YearState`).
    public var inverse: Change? {
        struct Ask: PlainKindVisitor { func visit<K: JournalKind>(_ kind: K) -> Change? { kind.inverse } }
        return visit(Ask())
    }

    /// The value this change writes, and what it writes there (as text, to compare two writes); nil for a change of
    /// structure, an undo/redo (see `YearState.write(of:)`) or a kind that writes no one value.
    public var write: (key: ValueKey, value: String)? {
        struct Ask: PlainKindVisitor { func visit<K: JournalKind>(_ kind: K) -> (key: ValueKey, value: String)? { kind.write } }
        return visit(Ask())
    }

    /// What it changes, for the caches derived from a year; `forward` is false when an undo takes it back.
    func reach(forward: Bool) -> EntryReach {
        struct Ask: PlainKindVisitor {
            let forward: Bool
            func visit<K: JournalKind>(_ kind: K) -> EntryReach { kind.reach(forward: forward) }
        }
        return visit(Ask(forward: forward))
    }

    /// Its words for `rencana log`; `year` resolves undo/redo targets.
    func words(in year: YearState) -> String {
        struct Ask: YearKindVisitor {
            func visit<K: JournalKind>(_ kind: K, in year: YearState) -> String { kind.words(in: year) }
        }
        return visit(Ask(), in: year)
    }

    /// Its keys after `"kind":"<name>"` on its JSON line.
    package func writeFields(to line: inout JSONLine) {
        struct Write: KindVisitor {
            func visit<K: JournalKind>(_ kind: K, _ line: inout JSONLine) { kind.writeFields(to: &line) }
        }
        visit(Write(), &line)
    }

    /// Its binary form: a built-in kind's tag and bytes; a declared kind's tag, name and bytes.
    func encode(to w: inout ByteWriter) {
        struct Encode: KindVisitor {
            func visit<K: JournalKind>(_ kind: K, _ w: inout ByteWriter) {
                if let tag = JournalKinds.tag(of: K.self) {
                    w.u8(tag)
                } else {
                    w.u8(Change.declaredTag)
                    w.string(K.name)
                }
                kind.encode(to: &w)
            }
        }
        visit(Encode(), &w)
    }

    /// A change from its binary form (`encode`).
    init(decoding r: inout ByteReader) throws(ByteDecodingError) {
        let tag = try r.u8()
        if Int(tag) < JournalKinds.builtIn.count {
            self = try JournalKinds.builtIn[Int(tag)].change(decoding: &r)
        } else if tag == Change.declaredTag, let type = JournalKinds.declared(named: try r.string()) {
            self = try type.change(decoding: &r)
        } else {
            throw ByteDecodingError(offset: r.offset)
        }
    }

    /// A kind declared since versions 1 and 2: this tag, its name, then its own bytes.
    static let declaredTag: UInt8 = 200

    /// A change of kind `kind` from a line's keys (the general reader); nil when no kind has that name.
    package init?(kind: String, fields: EntryFields) throws(EntryFieldProblem) {
        guard let type = JournalKinds.named(kind) else { return nil }
        self = try type.change(fields: fields)
    }

    /// It with its `old` read again from `year`.
    func rebased(in year: YearState, renumbered: [Int: Int]) -> Change {
        struct Ask: YearKindVisitor {
            let renumbered: [Int: Int]
            func visit<K: JournalKind>(_ kind: K, in year: YearState) -> Change { kind.rebased(in: year, renumbered: renumbered).change }
        }
        return visit(Ask(renumbered: renumbered), in: year)
    }

    /// It writing the value it found.
    var keepingOld: Change {
        struct Ask: PlainKindVisitor { func visit<K: JournalKind>(_ kind: K) -> Change { kind.keepingOld.change } }
        return visit(Ask())
    }
}

extension JournalEntry {
    /// This entry in the version-1 shape, when it is a mark entry (`set`, or undo/redo of a `set`).
    public var markEntry: ChangeEntry? {
        struct Ask: PlainKindVisitor {
            let entry: JournalEntry
            func visit<K: JournalKind>(_ kind: K) -> ChangeEntry? { kind.markEntry(seq: entry.seq, at: entry.at, by: entry.by) }
        }
        return change.visit(Ask(entry: self))
    }
}

extension YearState {
    /// Applies `change`, the change of the entry at position `seq` (just appended, its own seq `entrySeq`), by its
    /// kind, and adds the entry to the histories of the rows it is about.
    mutating func enter(_ change: Change, seq: Int, entrySeq: Int, owner: String?) {
        struct Enter: KindVisitor {
            let seq: Int
            let entrySeq: Int
            let owner: String?
            func visit<K: JournalKind>(_ kind: K, _ year: inout YearState) {
                kind.enter(seq: seq, owner: owner, in: &year)
                if K.isAboutOneRow {
                    if let row = kind.entryRow { year.link(row, seq) }
                } else {
                    for row in kind.rows(in: year, seq: entrySeq) { year.link(row, seq) }
                }
            }
        }
        change.visit(Enter(seq: seq, entrySeq: entrySeq, owner: owner), &self)
    }

    /// Makes the year as `change` says it is after: sets every `new`. False when a structural change does
    /// not apply to the plan as it is (nothing was changed).
    @discardableResult
    mutating func perform(_ change: Change) -> Bool {
        struct Perform: KindVisitor {
            func visit<K: JournalKind>(_ kind: K, _ year: inout YearState) -> Bool { kind.apply(to: &year) }
        }
        return change.visit(Perform(), &self)
    }

    /// Takes `change` back: its inverse, or for a remove the removed subtree put back where it was.
    mutating func performInverse(of change: Change) {
        struct TakeBack: KindVisitor {
            func visit<K: JournalKind>(_ kind: K, _ year: inout YearState) { kind.takeBack(in: &year) }
        }
        change.visit(TakeBack(), &self)
    }

    /// The rows an entry is about (an undo/redo: its target's).
    func rows(of entry: JournalEntry) -> [RowID] {
        struct Ask: YearKindVisitor {
            let seq: Int
            func visit<K: JournalKind>(_ kind: K, in year: YearState) -> [RowID] { kind.rows(in: year, seq: seq) }
        }
        return entry.change.visit(Ask(seq: entry.seq), in: self)
    }

    /// The change an entry is about: its undo or redo step's target (nil when that cannot be found), else itself.
    /// A version-1 mark step resolves to its mark.
    public func resolved(_ change: Change) -> Change? {
        struct Ask: YearKindVisitor {
            func visit<K: JournalKind>(_ kind: K, in year: YearState) -> Change? { kind.resolved(in: year) }
        }
        return change.visit(Ask(), in: self)
    }

    /// What `entry` (one of this year's) changed. Evidence taken back by an undo is reached as removed.
    public func reach(of entry: JournalEntry) -> EntryReach {
        struct Ask: YearKindVisitor {
            func visit<K: JournalKind>(_ kind: K, in year: YearState) -> EntryReach { kind.reach(in: year) }
        }
        return entry.change.visit(Ask(), in: self)
    }

    /// The common way an entry applies: `kind.apply`, and when it changed something, on its owner's undo stack
    /// (a structural entry that does not apply to this plan is kept off it: undoing it must not take away a row
    /// it never added).
    mutating func applyAndStack<K: JournalKind>(_ kind: K, seq: Int, owner: String?) {
        guard kind.apply(to: &self) else { return }
        withStacks(of: owner) { undo, redo in
            undo.append(seq)
            if !redo.isEmpty { redo.removeAll() }
        }
    }
}

extension ByteWriter {
    /// One of a fixed set of words, as its place in the set.
    package mutating func choice<E: CaseIterable & Equatable>(_ value: E) { u8(UInt8(Array(E.allCases).firstIndex(of: value)!)) }

    /// An anchor: 0 none, 1 after, 2 before, and its row.
    package mutating func anchor(_ anchor: Anchor?) {
        switch anchor {
        case nil: u8(0)
        case .after(let row): u8(1); string(row.rawValue)
        case .before(let row): u8(2); string(row.rawValue)
        }
    }
}

extension ByteReader {
    /// One of a fixed set of words (`ByteWriter.choice`).
    package mutating func choice<E: CaseIterable>(_: E.Type) throws(ByteDecodingError) -> E {
        let all = Array(E.allCases)
        let index = Int(try u8())
        guard index < all.count else { throw ByteDecodingError(offset: offset) }
        return all[index]
    }

    /// An anchor (`ByteWriter.anchor`).
    package mutating func anchor() throws(ByteDecodingError) -> Anchor? {
        switch try u8() {
        case 0: return nil
        case 1: return .after(RowID(try string()))
        case 2: return .before(RowID(try string()))
        default: throw ByteDecodingError(offset: offset)
        }
    }
}
