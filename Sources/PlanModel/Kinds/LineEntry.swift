import Foundation

/// The journal's fast reader for the lines rencana itself writes (PlanStore's `StateLineDecoder` calls it): it reads
/// the bytes of one line straight into a `JournalEntry`, with no JSON tree and no dictionary per line (opening
/// 100,000 entries was seconds through `JSONParser` + the general reader).
///
/// It never refuses a line: anything it is not sure of (whitespace, an unknown or repeated key, an escape it does
/// not know, an array (but a `seen` list of ids), a number that is not a plain whole number, a value any rule of
/// the general reader would refuse, a kind without a fast reader…) makes it return nil, and the line then goes
/// through the general reader, which accepts it or refuses it with its one-line message. So every rule and every
/// message stays in one place, and this reader only has to be right about what it accepts.
extension LineFields {
    /// The entry of the line these slots were read from (the common keys here, the kind's by the kind).
    func entry() -> JournalEntry? {
        guard let seq = int(.seq), let by = text(.by), self[.at].kind == .ascii,
              let at = Self.timestamp(bytes, self[.at]) else { return nil }
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
            guard let value = int(.clock), value >= 0, value <= Self.maxClock else { return nil }
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

    /// The entry on this line, or nil when the general reader must decide.
    package static func entry(_ line: ArraySlice<UInt8>) -> JournalEntry? {
        line.withUnsafeBufferPointer { buffer -> JournalEntry? in
            withUnsafeTemporaryAllocation(of: LineSlot.self, capacity: 2 * LineKey.count) { slots -> JournalEntry? in
                slots.initialize(repeating: LineSlot())
                var reader = LineReader(bytes: buffer, slots: slots)
                guard reader.object(base: 0), reader.offset == buffer.count else { return nil }
                return LineFields(bytes: buffer, slots: slots, base: 0).entry()
            }
        }
    }

    /// The highest logical clock a line may hold: far beyond any real journal (one more per entry), and far from
    /// `Int.max`, so that one more (a new entry's clock) never overflows.
    package static let maxClock = 1 << 52

    /// The most ids a `seen` may name (a value overwritten while that many laptops disagreed on it).
    package static let maxSeen = 64

    /// `StateFormat.parseTimestamp` for plain digits from 1900 on, without `timegm` and `Int32(String)` per
    /// field (same result: a day past the month's end runs on into the next month, as `timegm` does);
    /// anything else is left to it.
    package static func timestamp(_ bytes: UnsafeBufferPointer<UInt8>, _ slot: LineSlot) -> Date? {
        let u = UnsafeBufferPointer(rebasing: bytes[slot.start..<slot.end])
        guard u.count == 20, u[4] == 0x2D, u[7] == 0x2D, u[10] == 0x54, u[13] == 0x3A, u[16] == 0x3A, u[19] == 0x5A else {
            return nil
        }
        func number(_ from: Int, _ count: Int) -> Int? {
            var value = 0
            for i in from..<(from + count) {
                guard u[i] >= 0x30 && u[i] <= 0x39 else { return nil }
                value = value * 10 + Int(u[i] - 0x30)
            }
            return value
        }
        guard var year = number(0, 4), let month = number(5, 2), let day = number(8, 2), let hour = number(11, 2),
              let minute = number(14, 2), let second = number(17, 2), year >= 1900, month >= 1, month <= 12,
              day >= 1, day <= 31, hour < 24, minute < 60, second < 61 else { return nil }
        // Days from 1970-01-01 to the civil date (H. Hinnant's algorithm), proleptic Gregorian like timegm.
        if month <= 2 { year -= 1 }
        let era = year / 400, yearOfEra = year - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        let days = era * 146_097 + dayOfEra - 719_468
        return Date(timeIntervalSince1970: TimeInterval(days * 86_400 + hour * 3_600 + minute * 60 + second))
    }
}

extension LineKey {
    /// The key whose bytes (at most 8), packed big-endian in one number, are `packed` (one switch of constants;
    /// `StateLineDecoderTests` checks every name against it).
    package init?(packed: UInt64) {
        switch packed {
        case 0x736571: self = .seq
        case 0x6964: self = .id
        case 0x6174: self = .at
        case 0x6279: self = .by
        case 0x6B696E64: self = .kind
        case 0x726F77: self = .row
        case 0x6D6F6E7468: self = .month
        case 0x6F6C64: self = .old
        case 0x6E6577: self = .new
        case 0x756E646F6573: self = .undoes
        case 0x746172676574: self = .target
        case 0x7477: self = .tw
        case 0x6669656C64: self = .field
        case 0x65766964656E6365: self = .evidence
        case 0x74797065: self = .type
        case 0x70617468: self = .path
        case 0x75726C: self = .url
        case 0x7469746C65: self = .title
        case 0x6E756D626572: self = .number
        case 0x64617465: self = .date
        case 0x646576696365: self = .device
        case 0x636C6F636B: self = .clock
        case 0x7365656E: self = .seen
        default: return nil
        }
    }

    package static let names = ["seq", "id", "at", "by", "kind", "row", "month", "old", "new", "undoes", "target", "tw", "field",
                        "evidence", "type", "path", "url", "title", "number", "date", "device", "clock", "seen"]
}
