import Foundation
import PlanModel

/// The second half of `StateLineDecoder`: a line's values, found by its `Reader`, made into an entry with
/// `StateEntryParser`'s rules (any doubt gives nil, and the general parser decides). The common keys are read
/// here; the kind's keys by the kind (`JournalKind.init?(line:)`, through `LineFields`).
extension LineFields {
    func entry() -> JournalEntry? {
        guard let seq = int(.seq), let by = text(.by), self[.at].kind == .ascii,
              let at = StateLineDecoder.timestamp(bytes, self[.at]) else { return nil }
        let id: String
        if has(.id) {
            guard let value = entryID(.id) else { return nil }
            id = value
        } else {
            id = "v1-\(seq)"  // a version-1 entry
        }
        guard let change = change() else { return nil }
        var device: String?, clock: Int?
        if has(.device) {
            guard let value = string(.device), JournalEntry.isDeviceID(value) else { return nil }
            device = value
        }
        if has(.clock) {
            guard let value = int(.clock), value >= 0, value <= StateEntryParser.maxClock else { return nil }
            clock = value
        }
        return JournalEntry(seq: seq, id: id, at: at, by: by, device: device, clock: clock, seen: seen(), change: change)
    }

    /// The `seen` ids (checked by the reader: each `"` + 32 lowercase hex digits + `"`, 35 bytes apart).
    func seen() -> [String] {
        let slot = self[.seen]
        guard slot.kind == .ids, slot.end > slot.start else { return [] }
        var out: [String] = []
        out.reserveCapacity((slot.end - slot.start + 1) / 35)
        var i = slot.start
        while i < slot.end {
            out.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[(i + 1)..<(i + 33)]), as: UTF8.self))
            i += 35
        }
        return out
    }
}
