import Foundation

/// The binary form of journal entries for the snapshot cache: every kind, every field, so a decoded entry is
/// equal to the one parsed from its JSON line (`EntryCodingTests`). Each kind writes its own (`JournalKind.encode`).
package enum EntryCoding {
    package static func write(_ entry: JournalEntry, to w: inout ByteWriter) {
        writeID(entry.id, extras: (entry.device != nil ? 0x10 : 0) | (entry.clock != nil ? 0x20 : 0) | (entry.seen.isEmpty ? 0 : 0x40)
                | (entry.with == nil ? 0 : 0x80),
                to: &w)
        w.double(entry.at.timeIntervalSinceReferenceDate)
        w.string(entry.by)
        if let device = entry.device { w.string(device) }
        if let clock = entry.clock { w.count(clock) }
        if !entry.seen.isEmpty {
            w.count(entry.seen.count)
            for id in entry.seen { w.string(id) }
        }
        if let with = entry.with { w.string(with) }
        entry.change.encode(to: &w)
    }

    /// The entry at position `seq` (its seq is not stored: entries are in order).
    package static func entry(seq: Int, from r: inout ByteReader) throws(ByteDecodingError) -> JournalEntry {
        var packed: (UInt64, UInt64)?
        return try entry(seq: seq, from: &r, packedID: &packed)
    }

    /// The entry, and in `packedID` its id's two 64-bit halves when it is 32 hex digits (for `EntryIndex`).
    static func entry(seq: Int, from r: inout ByteReader, packedID: inout (UInt64, UInt64)?) throws(ByteDecodingError) -> JournalEntry {
        var extras: UInt8 = 0
        let id = try readID(from: &r, packed: &packedID, extras: &extras)
        let at = Date(timeIntervalSinceReferenceDate: try r.double())
        let by = try r.string()
        var device: String?, clock: Int?
        if extras & 0x10 != 0 { device = try r.string() }
        if extras & 0x20 != 0 { clock = try r.number(upTo: Int.max) }
        var seen: [String] = []
        if extras & 0x40 != 0 {
            let count = try r.number(upTo: 64)
            for _ in 0..<count { seen.append(try r.string()) }
        }
        let with = extras & 0x80 != 0 ? try r.string() : nil
        return JournalEntry(seq: seq, id: id, at: at, by: by, device: device, clock: clock, seen: seen, with: with,
                            change: try Change(decoding: &r))
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// A 32-lowercase-hex-digit id as its 16 bytes; any other id as a string. The tag's high bits (`extras`) say
    /// which optional fields follow `by` (0x10 device, 0x20 clock, 0x40 seen, 0x80 with): entries without them code as before.
    private static func writeID(_ id: String, extras: UInt8, to w: inout ByteWriter) {
        var copy = id
        let packed: [UInt8]? = copy.withUTF8 { u in
            guard u.count == 32 else { return nil }
            var out = [UInt8](repeating: 0, count: 16)
            for i in 0..<32 {
                let c = u[i]
                let digit: UInt8
                if c >= 0x30 && c <= 0x39 { digit = c - 0x30 } else if c >= 0x61 && c <= 0x66 { digit = c - 0x61 + 10 } else { return nil }
                out[i / 2] |= digit << (i % 2 == 0 ? 4 : 0)
            }
            return out
        }
        if let packed {
            w.u8(0 | extras)
            w.raw(packed)
        } else {
            w.u8(1 | extras)
            w.string(id)
        }
    }

    private static func readID(from r: inout ByteReader, packed halves: inout (UInt64, UInt64)?,
                               extras: inout UInt8) throws(ByteDecodingError) -> String {
        let tag = try r.u8()
        guard tag & 0x0E == 0 else { throw ByteDecodingError(offset: r.offset) }
        extras = tag & 0xF0
        switch tag & 0x01 {
        case 0:
            let packed = try r.raw(16)
            var high: UInt64 = 0, low: UInt64 = 0
            for i in 0..<8 {
                high = high << 8 | UInt64(packed[i])
                low = low << 8 | UInt64(packed[8 + i])
            }
            halves = (high, low)
            return String(unsafeUninitializedCapacity: 32) { buffer in
                for i in 0..<16 {
                    buffer[2 * i] = hexDigits[Int(packed[i] >> 4)]
                    buffer[2 * i + 1] = hexDigits[Int(packed[i] & 0x0F)]
                }
                return 32
            }
        case 1:
            halves = nil
            return try r.string()
        default: throw ByteDecodingError(offset: r.offset)
        }
    }
}
