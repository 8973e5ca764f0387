import Foundation

/// Where an entry stands in a team's year: by its logical clock (a Lamport counter), ties by id. Every laptop
/// that holds the same entries replays them in this one order, so they all show the same year
/// (docs/TEAM.md). An entry of a file without clocks stands at its position in that file.
public struct JournalOrder: Comparable, Hashable, Sendable {
    public let clock: Int
    public let id: String

    public init(clock: Int, id: String) {
        self.clock = clock
        self.id = id
    }

    public static func < (a: JournalOrder, b: JournalOrder) -> Bool {
        a.clock != b.clock ? a.clock < b.clock : a.id < b.id
    }
}

/// One value that entries of a team can change concurrently: a cell's mark, status, date or note, a row's PJ,
/// a review field, a signer or document field, a text of the table, a piece of evidence (present or not).
public struct ValueKey: Hashable, Sendable, CustomStringConvertible {
    public enum Kind: String, Sendable {
        case mark, status, date, note, pj, evidence, review, signer, edit, document
    }
    public let kind: Kind
    /// The row (for a signer or document field: none; for evidence: its id).
    public let row: String
    /// The month, Triwulan or field that narrows it ("" when none).
    public let part: String

    public init(_ kind: Kind, row: String = "", part: String = "") {
        self.kind = kind
        self.row = row
        self.part = part
    }

    /// `status 1.1.1.1 Apr`, `signer place`: for messages and tests.
    public var description: String { [kind.rawValue, row, part].filter { !$0.isEmpty }.joined(separator: " ") }
}

extension JournalEntry {
    /// The device given to the entries a journal held when it joined a team: `early-` and 12 hex digits worked out
    /// from its first entry alone, so every copy of one history gets the same; the laptop that made it keeps it as
    /// its own (`DeviceIdentity.aliases`), so its undo takes them back.
    public static func earlyDevice(of first: JournalEntry) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325  // FNV-1a over the entry's id, time and author
        for byte in "\(first.id)|\(Int(first.at.timeIntervalSince1970))|\(first.by)".utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        let digits = String(hash, radix: 16)
        return "early-" + String((String(repeating: "0", count: 16 - digits.count) + digits).suffix(12))
    }

    /// True for a device `earlyDevice` made.
    public static func isEarlyDevice(_ device: String?) -> Bool { device?.hasPrefix("early-") == true }

    /// When it was saved, `2026-12-06 10:00 UTC`: for messages naming who changed what.
    public var atText: String {
        var seconds = time_t(at.timeIntervalSince1970.rounded(.down))
        var parts = tm()
        gmtime_r(&seconds, &parts)
        func two(_ n: Int32) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(parts.tm_year + 1900)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday)) \(two(parts.tm_hour)):\(two(parts.tm_min)) UTC"
    }
}
