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
