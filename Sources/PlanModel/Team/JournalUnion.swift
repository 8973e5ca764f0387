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
        let all = (ancestor.map { [$0] } ?? []) + sides
        let firstSide = ancestor == nil ? 0 : 1
        // Each side on its own first: clocks written, a version-1 undo's target found by its position in its own file.
        let normalized = all.map { withClocks($0.entries) }
        var held: [String: (side: Int, index: Int)] = [:]
        held.reserveCapacity(normalized.reduce(0) { $0 + $1.count })
        var union: [JournalEntry] = []
        for (s, entries) in normalized.enumerated() {
            for (index, entry) in entries.enumerated() {
                if let first = held[entry.id] {
                    let earlier = normalized[first.side][first.index]
                    let copied = sameBeforeTeam(earlier, entry)
                    guard sameContent(earlier, entry) || copied else {
                        func line(_ side: Int, _ id: String) -> Int { (all[side].entries.first { $0.id == id }?.seq ?? 0) + 1 }
                        throw Refusal(index: index, message: first.side == s
                            ? Text.Team.duplicateID(entry.id)
                            : Text.Team.sameIDOtherContent(id: entry.id, here: "\(all[first.side].name) line \(line(first.side, entry.id))",
                                                           there: "\(all[s].name) line \(line(s, entry.id))"))
                    }
                    // Held from the ancestor only: a side holds it, so it is kept.
                    if first.side < firstSide { held[entry.id] = (s, index); union.append(entry) }
                    // One side as it was before the team, the other as joining made it: the joined one is kept.
                    else if copied && entry.device != nil, let at = union.firstIndex(where: { $0.id == entry.id }) {
                        union[at] = entry
                        held[entry.id] = (s, index)
                    }
                } else {
                    held[entry.id] = (s, index)
                    if s >= firstSide { union.append(entry) }
                }
            }
        }
        union.sort { $0.order < $1.order }
        // Causal completeness, as `plan` checks it: no clock beyond one more than every clock before it. Not for a
        // team folder's device file (every entry one device's): its clocks leave gaps where the others' entries
        // stand, and they are checked when the folder is merged into a journal.
        let device = union.first?.device
        let oneDevicesFile = device != nil && union.allSatisfy { $0.device == device }
        var running = 0
        for (index, entry) in union.enumerated() where !oneDevicesFile {
            let clock = entry.order.clock
            guard clock <= running + 1 else {
                throw Refusal(index: index, message: Text.Team.clockFromFuture(entry.id, clock: clock, highest: running + 1))
            }
            running = max(running, clock)
        }
        guard union.contains(where: \.isStep) else {
            for i in union.indices { union[i].seq = i + 1 }
            return union
        }
        return ordered(union)
    }

    /// `entries` with their clocks written (a file without clocks: its positions); through `ordered` when an undo or
    /// redo names its target only by position, which only its own file can resolve.
    private static func withClocks(_ entries: [JournalEntry]) -> [JournalEntry] {
        guard !entries.contains(where: { $0.isStep && $0.stepTarget == nil }) else { return ordered(entries) }
        return entries.map { entry in
            var copy = entry
            copy.clock = entry.order.clock
            return copy
        }
    }
}

private extension JournalEntry {
    /// An undo or a redo.
    var isStep: Bool {
        switch change {
        case .undo, .redo: true
        default: false
        }
    }

    /// The id an undo or redo names, nil for other entries and for a version-1 step.
    var stepTarget: String? {
        switch change {
        case .undo(let step), .redo(let step): step.target
        default: nil
        }
    }
}
