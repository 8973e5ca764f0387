import PlanModel
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The journal's line of an entry made straight into bytes, for writers of many lines at once (a merge, a rewrite):
/// the same bytes as `StateEntryWriter.line` (tested on every kind's samples), without building a `String` per key.
/// The common keys are written here; the kind's keys by the kind, into the same bytes (`JournalKind.writeFields`).
struct StateEntryBytes {
    var out: [UInt8] = []
    /// The last timestamp written and its second: entries of one session share their seconds.
    private var lastSecond: Int = .min
    private var lastStamp: [UInt8] = []

    init(capacity: Int = 0) { out.reserveCapacity(capacity) }

    /// Appends `entry`'s line and its newline.
    mutating func append(_ entry: JournalEntry) {
        raw("{\"seq\":"); number(entry.seq)
        raw(",\"id\":"); quote(entry.id)
        raw(",\"at\":\""); timestamp(entry.at)
        raw("\",\"by\":"); quote(entry.by)
        raw(",")
        if let device = entry.device { raw("\"device\":"); quote(device); raw(",") }
        if let clock = entry.clock { raw("\"clock\":"); number(clock); raw(",") }
        if !entry.seen.isEmpty {
            raw("\"seen\":[")
            for (i, id) in entry.seen.enumerated() {
                if i > 0 { raw(",") }
                quote(id)
            }
            raw("],")
        }
        if let with = entry.with { raw("\"with\":"); quote(with); raw(",") }
        raw("\"kind\":\""); raw(entry.change.kind); raw("\"")
        var line = JSONLine()
        swap(&line.bytes, &out)
        entry.change.writeFields(to: &line)  // the kind's keys, by the kind (`JournalKind.writeFields`)
        swap(&line.bytes, &out)
        raw("}\n")
    }

    /// Appends a held entry's line from its file with another number: `rest` is what followed its `{"seq":N`.
    mutating func appendHeld(seq: Int, rest: ArraySlice<UInt8>) {
        raw("{\"seq\":"); number(seq)
        out.append(contentsOf: rest)
        out.append(0x0A)
    }

    private mutating func raw(_ text: String) {
        var text = text
        text.withUTF8 { out.append(contentsOf: $0) }
    }

    private mutating func number(_ n: Int) { raw(String(n)) }  // a small string: no allocation

    /// `PlanEncoder.quote`, with its plain-ASCII case in bytes.
    private mutating func quote(_ text: String) {
        var text = text
        let plain = text.withUTF8 { bytes -> Bool in
            guard bytes.allSatisfy({ $0 >= 0x20 && $0 < 0x7F && $0 != 0x22 && $0 != 0x5C }) else { return false }
            out.append(0x22)
            out.append(contentsOf: bytes)
            out.append(0x22)
            return true
        }
        if !plain { raw(PlanEncoder.quote(text)) }
    }

    private mutating func timestamp(_ date: Date) {
        let second = Int(date.timeIntervalSince1970.rounded(.down))
        if second != lastSecond {
            lastSecond = second
            lastStamp = Array(StateFormat.timestamp(date).utf8)
        }
        out.append(contentsOf: lastStamp)
    }
}
