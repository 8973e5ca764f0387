import Foundation

/// One entry of the state journal (version 2): who changed what, when. See docs/STATE-V2.md.
///
/// The current `YearState` is the plan as signed plus every entry applied in file order.
public struct JournalEntry: Equatable, Sendable {
    /// Position in this file's journal, from 1 (for people and version-1 readers).
    public var seq: Int
    /// Unique across machines: 32 lowercase hex digits, or `v1-<seq>` for a version-1 entry.
    public var id: String
    public var at: Date
    /// `$USER` when it was saved.
    public var by: String
    /// The installation that wrote it (a team's file, version 3); nil in the entries written today.
    public var device: String?
    /// Its Lamport counter (one more than the highest the device had seen); nil when not written.
    public var clock: Int?
    /// A team's entry: the ids of the entries that held the value it overwrites (the value's heads when it was
    /// written), so a later laptop knows it had seen them; empty when it overwrote nothing or is not a value's change.
    public var seen: [String]
    /// The first entry of the command this one belongs to (a renumbering after a move, the rest of an undone
    /// group): undone and redone together with it. Nil for the first entry of a command.
    public var with: String?
    public var change: Change

    public init(seq: Int, id: String, at: Date, by: String, device: String? = nil, clock: Int? = nil, seen: [String] = [],
                with: String? = nil, change: Change) {
        self.seq = seq
        self.id = id
        self.at = at
        self.by = by
        self.device = device
        self.clock = clock
        self.seen = seen
        self.with = with
        self.change = change
    }

    /// Where it stands in a team's year: by its logical clock (a file without clocks: its position), then by id.
    public var order: JournalOrder { JournalOrder(clock: clock ?? seq, id: id) }

    /// A device id: the row-id rule (1–64 characters, no whitespace, controls or bidirectional overrides).
    public static func isDeviceID(_ text: String) -> Bool { RowID.isUsable(text) }

    /// A new entry id: 16 random bytes from the system's generator, as 32 lowercase hex digits.
    public static func newID() -> String {
        var generator = SystemRandomNumberGenerator()
        return hex(generator.next()) + hex(generator.next())
    }

    /// A new row id: `r-` and 12 lowercase hex digits (48 random bits).
    public static func newRowID() -> RowID { RowID("r-" + String(hex(SystemRandomNumberGenerator().nextValue()).suffix(12))) }

    /// A new evidence id: `e-` and 12 lowercase hex digits.
    public static func newEvidenceID() -> String { "e-" + String(hex(SystemRandomNumberGenerator().nextValue()).suffix(12)) }

    private static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    /// The row this entry is about, when it is about one row.
    public var row: RowID? { change.row }
}

private extension SystemRandomNumberGenerator {
    func nextValue() -> UInt64 { var copy = self; return copy.next() }
}

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

/// A √ of the plan turned on or off.
public struct MarkChange: Equatable, Sendable {
    public var row: RowID
    public var month: Month
    public var old: Bool
    public var new: Bool
    public init(row: RowID, month: Month, old: Bool, new: Bool) {
        self.row = row
        self.month = month
        self.old = old
        self.new = new
    }
}

/// The field of a Triwulan review.
public enum ReviewField: String, CaseIterable, Sendable {
    case kendala, tindakLanjut, tenggat
}

/// The field of the remembered report signature.
public enum SignerField: String, CaseIterable, Sendable {
    case place, date, signer, signerTitle, nip
}

/// A text column of the table: `sub`, `kegiatan` and `area` edit the group that holds the row.
public enum PlanTextField: String, CaseIterable, Sendable {
    case indikator, ket, sub, kegiatan, area
}

/// A detail of the decree.
public enum DocumentField: String, CaseIterable, Sendable {
    case institution, number, title, unit, year, place, date, signer, signerTitle
    /// The office's code (kode satker).
    case code
}

/// A level of the plan's tree: what an add, remove or move acts on.
public enum PlanLevel: String, CaseIterable, Sendable {
    case indikator, sub, kegiatan, area
}

/// Where a row or group goes: after or before the group (of the entry's level) that holds a row.
public enum Anchor: Equatable, Sendable {
    case after(RowID)
    case before(RowID)

    public var row: RowID {
        switch self {
        case .after(let row), .before(let row): row
        }
    }
}

/// A new row; at `sub`, `kegiatan` or `area` level it starts a new group holding that one row.
public struct RowAddition: Equatable, Sendable {
    public var row: RowID
    /// Absent only for an empty plan.
    public var anchor: Anchor?
    public var level: PlanLevel
    public var text: String
    public var months: MonthSet
    public var ket: String
    /// Titles of the new groups (used from `level` up).
    public var sub: String
    public var kegiatan: String
    public var area: String

    public init(row: RowID, anchor: Anchor?, level: PlanLevel = .indikator, text: String = "",
                months: MonthSet = MonthSet(), ket: String = "", sub: String = "", kegiatan: String = "", area: String = "") {
        self.row = row
        self.anchor = anchor
        self.level = level
        self.text = text
        self.months = months
        self.ket = ket
        self.sub = sub
        self.kegiatan = kegiatan
        self.area = area
    }
}

/// The removed part of the tree, with explicit row ids, to put back on undo.
public enum PlanSubtree: Equatable, Sendable {
    case indikator(Indicator)
    case sub(SubKegiatan)
    case kegiatan(Kegiatan)
    case area(ChangeArea)

    public var level: PlanLevel {
        switch self {
        case .indikator: .indikator
        case .sub: .sub
        case .kegiatan: .kegiatan
        case .area: .area
        }
    }

    /// The rows inside, in document order.
    public var indicators: [Indicator] {
        switch self {
        case .indikator(let indicator): [indicator]
        case .sub(let sub): sub.indicators
        case .kegiatan(let kegiatan): kegiatan.subKegiatan.flatMap(\.indicators)
        case .area(let area): area.kegiatan.flatMap { $0.subKegiatan.flatMap(\.indicators) }
        }
    }
}

/// A row or group deleted; undo re-inserts `snapshot` at `anchor`.
public struct RowRemoval: Equatable, Sendable {
    /// The removed rows, in document order.
    public var rows: [RowID]
    public var snapshot: PlanSubtree
    /// Where it was: after (or, when it was first, before) a sibling of its level in the same parent;
    /// nil when it was the plan's only group of that level.
    public var anchor: Anchor?

    public init(rows: [RowID], snapshot: PlanSubtree, anchor: Anchor?) {
        self.rows = rows
        self.snapshot = snapshot
        self.anchor = anchor
    }

    public var level: PlanLevel { snapshot.level }
}

/// A row, sub kegiatan or kegiatan moved.
public struct RowMove: Equatable, Sendable {
    public enum Direction: Equatable, Sendable {
        /// One place up or down within its parent.
        case up, down
        /// An indicator into another place (another sub kegiatan too): `to` where it goes, `from` where it was.
        case to(Anchor, from: Anchor)
    }
    /// A row of the group that moves (the row itself at `indikator` level).
    public var row: RowID
    public var level: PlanLevel
    public var direction: Direction

    public init(row: RowID, level: PlanLevel, direction: Direction) {
        self.row = row
        self.level = level
        self.direction = direction
    }

    /// The move that takes this one back.
    public var inverse: RowMove {
        switch direction {
        case .up: RowMove(row: row, level: level, direction: .down)
        case .down: RowMove(row: row, level: level, direction: .up)
        case .to(let to, let from): RowMove(row: row, level: level, direction: .to(from, from: to))
        }
    }
}

/// What one journal entry changes, with its old and new value so undo, redo and `rencana log` need no replay.
public enum Change: Equatable, Sendable {
    /// A √ of the plan (version 1).
    case set(MarkChange)
    case undo(Step)
    case redo(Step)
    /// Realisation status of a cell; nil is belum dicatat.
    case status(row: RowID, month: Month, old: RealisationStatus?, new: RealisationStatus?)
    /// Date of realisation, `YYYY-MM-DD` or empty.
    case date(row: RowID, month: Month, old: String, new: String)
    /// Catatan of a cell.
    case note(row: RowID, month: Month, old: String, new: String)
    /// Penanggung jawab of a row.
    case pj(row: RowID, old: String, new: String)
    case evidenceAdd(Evidence)
    case evidenceRemove(Evidence)
    /// Monev notes of a row for Triwulan `tw` (1–4).
    case review(row: RowID, tw: Int, field: ReviewField, old: String, new: String)
    case signer(field: SignerField, old: String, new: String)
    /// A cell's text.
    case edit(row: RowID, field: PlanTextField, old: String, new: String)
    case document(field: DocumentField, old: String, new: String)
    case add(RowAddition)
    case remove(RowRemoval)
    case move(RowMove)
    /// A kind declared in its own file of Kinds/ (`JournalKindPayload`).
    case declared(DeclaredChange)

    /// The journal's `kind`.
    public var kind: String {
        switch self {
        case .set: "set"
        case .undo: "undo"
        case .redo: "redo"
        case .status: "status"
        case .date: "date"
        case .note: "note"
        case .pj: "pj"
        case .evidenceAdd: "evidence-add"
        case .evidenceRemove: "evidence-remove"
        case .review: "review"
        case .signer: "signer"
        case .edit: "edit"
        case .document: "document"
        case .add: "add"
        case .remove: "remove"
        case .move: "move"
        case .declared(let change): change.kind
        }
    }

    /// Every kind, in the order of docs/STATE-V2.md (the declared ones after the built-in).
    public static let kinds = JournalKinds.all.map(\.name)

    /// True for kinds that version 1 has (a file holding only these stays at version 1).
    public var isVersion1: Bool {
        switch self {
        case .set: true
        case .undo(let step), .redo(let step): step.mark != nil
        default: false
        }
    }

    /// True for kinds that change the plan's tree (its rows or their order).
    public var isStructural: Bool {
        switch self {
        case .add, .remove, .move: true
        default: false
        }
    }

    /// The row this change is about, if it is about one.
    public var row: RowID? {
        switch self {
        case .set(let mark): mark.row
        case .undo(let step), .redo(let step): step.mark?.row
        case .status(let row, _, _, _), .date(let row, _, _, _), .note(let row, _, _, _), .pj(let row, _, _),
             .review(let row, _, _, _, _), .edit(let row, _, _, _): row
        case .evidenceAdd(let evidence), .evidenceRemove(let evidence): evidence.row
        case .signer, .document: nil
        case .add(let addition): addition.row
        case .remove(let removal): removal.rows.first
        case .move(let move): move.row
        case .declared(let change): change.payload.row
        }
    }

    /// The change that takes this one back; nil for `undo`/`redo` (resolved by their target) and for
    /// `add`/`remove` (their inverse inserts or deletes a subtree, see `YearState`).
    public var inverse: Change? {
        switch self {
        case .set(let m): .set(MarkChange(row: m.row, month: m.month, old: m.new, new: m.old))
        case .undo, .redo: nil
        case .status(let r, let m, let old, let new): .status(row: r, month: m, old: new, new: old)
        case .date(let r, let m, let old, let new): .date(row: r, month: m, old: new, new: old)
        case .note(let r, let m, let old, let new): .note(row: r, month: m, old: new, new: old)
        case .pj(let r, let old, let new): .pj(row: r, old: new, new: old)
        case .evidenceAdd(let e): .evidenceRemove(e)
        case .evidenceRemove(let e): .evidenceAdd(e)
        case .review(let r, let tw, let f, let old, let new): .review(row: r, tw: tw, field: f, old: new, new: old)
        case .signer(let f, let old, let new): .signer(field: f, old: new, new: old)
        case .edit(let r, let f, let old, let new): .edit(row: r, field: f, old: new, new: old)
        case .document(let f, let old, let new): .document(field: f, old: new, new: old)
        // Taking back an add or a remove needs the tree as it is: `YearState` does it.
        case .add, .remove: nil
        case .move(let m): .move(m.inverse)
        case .declared(let change): change.payload.inverseChange
        }
    }
}

extension RowAddition {
    /// The new row as a subtree of its level.
    public var subtree: PlanSubtree {
        let indicator = Indicator(id: row, text: text, months: months, ket: ket)
        switch level {
        case .indikator: return .indikator(indicator)
        case .sub: return .sub(SubKegiatan(title: sub, indicators: [indicator]))
        case .kegiatan:
            return .kegiatan(Kegiatan(title: kegiatan, subKegiatan: [SubKegiatan(title: sub, indicators: [indicator])]))
        case .area:
            return .area(ChangeArea(number: 0, name: area, kegiatan: [
                Kegiatan(title: kegiatan, subKegiatan: [SubKegiatan(title: sub, indicators: [indicator])])]))
        }
    }
}

extension JournalEntry {
    /// This entry in the version-1 shape, when it is a mark entry (`set`, or undo/redo of a `set`).
    public var markEntry: ChangeEntry? {
        switch change {
        case .set(let m): ChangeEntry(seq: seq, at: at, by: by, row: m.row, month: m.month, old: m.old, new: m.new)
        case .undo(let step), .redo(let step):
            step.mark.map { m in
                ChangeEntry(seq: seq, at: at, by: by, row: m.row, month: m.month, old: m.old, new: m.new,
                            kind: change.kind == "undo" ? .undo : .redo, undoes: step.undoes)
            }
        default: nil
        }
    }
}
