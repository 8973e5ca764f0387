import Foundation
import RencanaText

/// The union of whole journals, without a year to merge into: git's merge driver holds three files (ancestor,
/// ours, theirs), not a `YearState`. Same rules as `JournalMerge.plan`, except that an entry without a clock is
/// allowed (a version-1 or 2 file's: its position in its file is its clock, as `JournalMerge.ordered` writes it).
extension JournalMerge {
    /// One file of entries and the name a refusal gives it (`journal.jsonl (theirs)`).
    public struct Side: Sendable {
        public let name: String
        public let entries: [JournalEntry]

        public init(name: String, entries: [JournalEntry]) {
            self.name = name
            self.entries = entries
        }
    }

    /// Every entry of `sides` once, in the year's order as a team's file holds it (`ordered`). `ancestor`'s
    /// entries are checked against the sides but not kept: an entry both sides dropped stays dropped.
    /// Refused (the index is the entry's in its side): an id with other content anywhere, a clock beyond one more
    /// than every clock before it in the union's order (forged, or the entries it had seen are missing) unless every
    /// entry is one device's (a team folder's device file, whose clocks skip the other devices' entries).
    public static func union(_ sides: [Side], ancestor: Side? = nil) throws(Refusal) -> [JournalEntry] {
        var held: [String: (entry: JournalEntry, side: String, line: Int)] = [:]
        var kept: [String] = []  // ids of the sides' entries, first seen first
        let all = (ancestor.map { [(true, $0)] } ?? []) + sides.map { (false, $0) }
        for (isAncestor, side) in all {
            // Each side on its own first: a version-1 undo's target found by its position in its own file.
            let lineOf = Dictionary(side.entries.map { ($0.id, $0.seq + 1) }, uniquingKeysWith: { a, _ in a })
            for (index, entry) in ordered(side.entries).enumerated() {
                let line = lineOf[entry.id] ?? index + 2
                if let first = held[entry.id] {
                    guard sameContent(first.entry, entry) else {
                        throw Refusal(index: index, message: first.side == side.name
                            ? Text.Team.duplicateID(entry.id)
                            : Text.Team.sameIDOtherContent(id: entry.id, here: "\(first.side) line \(first.line)",
                                                           there: "\(side.name) line \(line)"))
                    }
                } else {
                    held[entry.id] = (entry, side.name, line)
                }
                if !isAncestor { kept.append(entry.id) }
            }
        }
        var seen: Set<String> = []
        let union = kept.filter { seen.insert($0).inserted }.compactMap { held[$0]?.entry }.sorted { $0.order < $1.order }
        // Causal completeness, as `plan` checks it: no clock beyond one more than every clock before it. Not for a
        // team folder's device file (every entry one device's): its clocks leave gaps where the others' entries
        // stand, and they are checked when the folder is merged into a journal.
        let devices = Set(union.map(\.device))
        let oneDevicesFile = devices.count == 1 && devices.first! != nil
        var running = 0
        for (index, entry) in union.enumerated() where !oneDevicesFile {
            let clock = entry.order.clock
            guard clock <= running + 1 else {
                throw Refusal(index: index, message: Text.Team.clockFromFuture(entry.id, clock: clock, highest: running + 1))
            }
            running = max(running, clock)
        }
        return ordered(union)
    }
}
