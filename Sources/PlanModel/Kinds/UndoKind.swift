import Foundation
import RencanaText

/// Which undo or redo: the target entry, by id (v2) and by seq (v1 readers).
public struct Step: Equatable, Sendable {
    /// The `seq` of the target entry.
    public var undoes: Int
    /// The target's `id`; nil in version-1 entries (then `undoes` names it).
    public var target: String?
    /// For a `set` target: the mark's effect, written as in version 1.
    public var mark: MarkChange?

    public init(undoes: Int, target: String?, mark: MarkChange? = nil) {
        self.undoes = undoes
        self.target = target
        self.mark = mark
    }
}

/// `undo`: takes back its target entry (version 1 for a mark, version 2 by the target's id). `RedoChange` (its own
/// file) is the same step the other way: what they share is `StepKind`, here.
public struct UndoChange: StepKind {
    public var step: Step
    public init(_ step: Step) { self.step = step }
    static let isUndo = true
    package static let name = "undo"
    package static var samples: [UndoChange] {
        [UndoChange(Step(undoes: 3, target: sampleTarget)),
         UndoChange(Step(undoes: 2, target: nil, mark: MarkChange(row: "1.1.1.2", month: .des, old: true, new: false))),
         UndoChange(Step(undoes: 2, target: sampleTarget, mark: MarkChange(row: "1.1.1.2", month: .des, old: true, new: false)))]
    }
    package var change: Change { .undo(step) }
    package func reach(in year: YearState) -> EntryReach { resolved(in: year)?.reach(forward: false) ?? .nothing }
}

/// What `undo` and `redo` share: their keys, forms, words and how an entry of them moves its target between the
/// undo and redo stacks.
protocol StepKind: JournalKind {
    var step: Step { get }
    init(_ step: Step)
    /// True for `undo`, false for `redo`.
    static var isUndo: Bool { get }
}

let sampleTarget = "0123456789abcdef0123456789abcdef"

extension StepKind {
    package static var fields: [String] { ["undoes", "target", "row", "month", "old", "new"] }
    package static var version: Int { 1 }

    package init(fields f: EntryFields) throws(EntryFieldProblem) {
        let undoes = try f.int("undoes")
        let target = f.has("target") ? try f.entryID("target") : nil
        let step = Step(undoes: undoes, target: target, mark: f.has("month") ? try MarkChange(fields: f) : nil)
        guard target != nil || step.mark != nil else { throw EntryFieldProblem(Text.State.mustBeString(key: "target")) }
        self.init(step)
    }

    package init?(line f: LineFields) {
        guard let undoes = f.int(.undoes) else { return nil }
        var target: String?
        if f.has(.target) {
            guard let t = f.entryID(.target) else { return nil }
            target = t
        }
        var mark: MarkChange?
        if f.has(.month) {
            guard let m = MarkChange(line: f) else { return nil }
            mark = m
        }
        guard target != nil || mark != nil else { return nil }
        self.init(Step(undoes: undoes, target: target, mark: mark))
    }

    package func writeFields(to line: inout JSONLine) {
        line.int("undoes", step.undoes)
        if let target = step.target { line.string("target", target) }
        if let mark = step.mark { mark.writeFields(to: &line) }
    }

    package func encode(to w: inout ByteWriter) {
        w.int(step.undoes)
        w.bool(step.target != nil)
        if let target = step.target { w.string(target) }
        w.bool(step.mark != nil)
        if let mark = step.mark { mark.encode(to: &w) }
    }

    package init(decoding r: inout ByteReader) throws(ByteDecodingError) {
        let undoes = try r.int()
        let target = try r.bool() ? try r.string() : nil
        let mark = try r.bool() ? try MarkChange(decoding: &r) : nil
        self.init(Step(undoes: undoes, target: target, mark: mark))
    }

    package var entryRow: RowID? { step.mark?.row }
    package var isVersion1: Bool { step.mark != nil }
    package static var isAboutOneRow: Bool { false }

    /// The seq of the target in `year` (a target named by id that this journal lacks is none: `Int.max`).
    func targetSeq(in year: YearState) -> Int { step.target.map { year.seqByID[$0] ?? Int.max } ?? step.undoes }

    package func rows(in year: YearState, seq: Int) -> [RowID] {
        if let row = step.mark?.row { return [row] }
        let target = targetSeq(in: year)
        guard target < seq, let entry = year.entry(seq: target) else { return [] }
        return year.rows(of: entry)
    }

    package func enter(seq: Int, owner: String?, in year: inout YearState) {
        let isUndo = Self.isUndo
        let targetSeq = targetSeq(in: year)
        let onStack = year.withStacks(of: owner) { undo, redo in
            if isUndo, let at = undo.lastIndex(of: targetSeq) {
                undo.remove(at: at)
                redo.append(targetSeq)
                return true
            } else if !isUndo, let at = redo.lastIndex(of: targetSeq) {
                redo.remove(at: at)
                undo.append(targetSeq)
                return true
            }
            return false
        }
        if let mark = step.mark {
            _ = mark.apply(to: &year)
            let entry = year.entries[seq - 1]
            year.markHistory.append(markEntry(seq: entry.seq, at: entry.at, by: entry.by)!)
        } else if targetSeq < seq, let target = year.entry(seq: targetSeq), onStack || !target.change.isStructural {
            // A structural entry that never applied (kept off the stacks) is not taken back or put again.
            if isUndo { year.performInverse(of: target.change) } else { year.perform(target.change) }
        }
    }

    package func apply(to year: inout YearState) -> Bool { true }
    package var inverse: Change? { nil }

    package func resolved(in year: YearState) -> Change? {
        if let mark = step.mark { return .set(mark) }
        return (step.target.flatMap { year.entry(id: $0) } ?? year.entry(seq: step.undoes))?.change
    }

    package func reach(forward: Bool) -> EntryReach { .nothing }

    /// What the step did, not what its target did: an undo's value goes back (its target's change the other way),
    /// a redo's is made again; a row added or removed has no inverse in words, so its undo says what it takes back.
    package func words(in year: YearState) -> String {
        func said(_ seq: Int, _ what: String) -> String { Self.isUndo ? Text.UX22.undoing(seq, what) : Text.UX22.redoing(seq, what) }
        if let mark = step.mark { return said(step.undoes, mark.words(in: year)) }
        guard let target = step.target.flatMap({ year.entry(id: $0) }) ?? year.entry(seq: step.undoes) else {
            return Self.isUndo ? Text.Journal.undo(step.undoes) : Text.Journal.redo(step.undoes)
        }
        guard Self.isUndo else { return said(step.undoes, target.change.words(in: year)) }
        if let inverse = target.change.inverse { return said(step.undoes, inverse.words(in: year)) }
        return Text.UX22.undoingWas(step.undoes, target.change.words(in: year))
    }

    package func rebased(in year: YearState, renumbered: [Int: Int]) -> Self {
        var step = self.step
        step.undoes = renumbered[step.undoes] ?? (step.target.flatMap { year.entry(id: $0)?.seq } ?? step.undoes)
        if step.mark != nil { step.mark!.old = year.mark(step.mark!.row, step.mark!.month) }
        return Self(step)
    }

    package func markEntry(seq: Int, at: Date, by: String) -> ChangeEntry? {
        step.mark.map { m in
            ChangeEntry(seq: seq, at: at, by: by, row: m.row, month: m.month, old: m.old, new: m.new,
                        kind: Self.isUndo ? .undo : .redo, undoes: step.undoes)
        }
    }

    /// The undo (or redo) of the latest change not yet undone (or undone), against the year as it is.
    static func change(in year: inout YearState) throws(IntentRefusal) -> Change? {
        let undo = isUndo
        guard let target = undo ? year.nextUndo : year.nextRedo else { return nil }
        try year.checkNotOverwritten(target, redo: !undo)
        var mark: MarkChange?
        if case .set(let original) = target.change {  // the mark's effect, as version 1 records it
            mark = MarkChange(row: original.row, month: original.month, old: year.mark(original.row, original.month),
                              new: undo ? original.old : original.new)
        }
        let change = Self(Step(undoes: target.seq, target: target.id, mark: mark)).change
        try year.refusingDoubleCount(change, what: undo ? Text.Status.thisUndo : Text.Status.thisRedo)
        return change
    }
}
