import Foundation

/// One recorded change of one checkmark: the unit of the state file's history.
///
/// The current marks are the plan as signed plus every entry applied in order.
/// Undo and redo are entries too, so the history is a complete audit trail.
public struct ChangeEntry: Equatable, Sendable {
    /// What caused the change.
    public enum Kind: String, Sendable, CaseIterable {
        /// A person set or toggled a mark.
        case set
        /// Undo of the entry numbered `undoes`.
        case undo
        /// Redo of the entry numbered `undoes` (the one that was undone).
        case redo
    }

    /// Position in the history, from 1.
    public var seq: Int
    public var at: Date
    /// Who made it: `$USER` when it was saved.
    public var by: String
    public var row: RowID
    public var month: Month
    /// The mark before and after (true = scheduled, √).
    public var old: Bool
    public var new: Bool
    public var kind: Kind
    /// For undo and redo: the `seq` of the `set` entry taken back or put again.
    public var undoes: Int?

    public init(seq: Int, at: Date, by: String, row: RowID, month: Month, old: Bool, new: Bool,
                kind: Kind = .set, undoes: Int? = nil) {
        self.seq = seq
        self.at = at
        self.by = by
        self.row = row
        self.month = month
        self.old = old
        self.new = new
        self.kind = kind
        self.undoes = undoes
    }
}

/// The undo and redo stacks implied by a history, so undo survives a restart.
///
/// Replays `set` (push, clear redo), `undo` (move top to redo) and `redo` (move back).
public struct UndoStacks: Equatable, Sendable {
    /// `seq` of `set` entries that can be undone, most recent last.
    public private(set) var undo: [Int] = []
    /// `seq` of `set` entries that can be redone, most recent last.
    public private(set) var redo: [Int] = []

    public init() {}

    public init<S: Sequence>(replaying history: S) where S.Element == ChangeEntry {
        for entry in history { apply(entry) }
    }

    public mutating func apply(_ entry: ChangeEntry) {
        switch entry.kind {
        case .set:
            undo.append(entry.seq)
            redo.removeAll()
        case .undo:
            if let target = entry.undoes, let at = undo.lastIndex(of: target) {
                undo.remove(at: at)
                redo.append(target)
            }
        case .redo:
            if let target = entry.undoes, let at = redo.lastIndex(of: target) {
                redo.remove(at: at)
                undo.append(target)
            }
        }
    }
}
