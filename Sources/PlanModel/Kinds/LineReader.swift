import Foundation

/// The first half of the journal's fast reader (`LineFields.entry`): where each value of a line is (`LineSlot`s),
/// read from the bytes without building anything; false on anything the compact JSON rencana writes does not hold.
/// Reads the compact JSON rencana writes: `{"key":value,…}` with no whitespace, values strings, plain
/// whole numbers, `true`/`false`, and (one level down) the evidence object. False on anything else.
package struct LineReader {
    let bytes: UnsafeBufferPointer<UInt8>
    let slots: UnsafeMutableBufferPointer<LineSlot>
    package var offset = 0

    package init(bytes: UnsafeBufferPointer<UInt8>, slots: UnsafeMutableBufferPointer<LineSlot>) {
        self.bytes = bytes
        self.slots = slots
    }

    /// An object, its values in the slots from `base`; false on an unknown or repeated key.
    package mutating func object(base: Int) -> Bool {
        guard take(UInt8(ascii: "{")) else { return false }
        if take(UInt8(ascii: "}")) { return true }
        while true {
            guard let key = key(), slots[base + key.rawValue].kind == .absent, take(UInt8(ascii: ":")),
                  value(into: base + key.rawValue, nested: base == 0 && key == .evidence, ids: base == 0 && key == .seen)
            else { return false }
            if take(UInt8(ascii: ",")) { continue }
            return take(UInt8(ascii: "}"))
        }
    }

    private mutating func take(_ byte: UInt8) -> Bool {
        guard offset < bytes.count, bytes[offset] == byte else { return false }
        offset += 1
        return true
    }

    /// A key: lowercase ASCII letters between quotes, one of `Key`.
    private mutating func key() -> LineKey? {
        guard take(UInt8(ascii: "\"")) else { return nil }
        let start = offset
        while offset < bytes.count, bytes[offset] != UInt8(ascii: "\"") {
            guard bytes[offset] >= 0x61 && bytes[offset] <= 0x7A else { return nil }
            offset += 1
        }
        guard offset < bytes.count, offset - start <= 8 else { return nil }
        var number: UInt64 = 0
        for i in start..<offset { number = number << 8 | UInt64(bytes[i]) }
        offset += 1
        return LineKey(packed: number)
    }

    private mutating func value(into index: Int, nested: Bool, ids: Bool) -> Bool {
        guard offset < bytes.count else { return false }
        switch bytes[offset] {
        case UInt8(ascii: "\""): return string(into: index)
        case UInt8(ascii: "t"):
            guard word("true") else { return false }
            slots[index].kind = .yes
            return true
        case UInt8(ascii: "f"):
            guard word("false") else { return false }
            slots[index].kind = .no
            return true
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            guard let value = number() else { return false }
            slots[index] = LineSlot(kind: .number, start: value, end: 0)
            return true
        case UInt8(ascii: "["):
            guard ids, let (start, end) = idList() else { return false }
            slots[index] = LineSlot(kind: .ids, start: start, end: end)
            return true
        case UInt8(ascii: "{"):
            guard nested else { return false }
            slots[index] = LineSlot(kind: .object, start: LineKey.count, end: 0)
            return object(base: LineKey.count)
        default: return false
        }
    }

    /// A list of entry ids as rencana writes `seen`: `["<32 lowercase hex>",…]` without spaces, at most
    /// `LineFields.maxSeen` of them; the bytes between the brackets. Nil on anything else.
    private mutating func idList() -> (Int, Int)? {
        offset += 1  // the opening bracket
        let start = offset
        if take(UInt8(ascii: "]")) { return (start, start) }
        var count = 0
        while true {
            guard offset + 34 <= bytes.count, bytes[offset] == 0x22, bytes[offset + 33] == 0x22 else { return nil }
            for i in (offset + 1)..<(offset + 33) {
                let b = bytes[i]
                guard (b >= 0x30 && b <= 0x39) || (b >= 0x61 && b <= 0x66) else { return nil }
            }
            offset += 34
            count += 1
            guard count <= LineFields.maxSeen else { return nil }
            if take(UInt8(ascii: ",")) { continue }
            let end = offset
            return take(UInt8(ascii: "]")) ? (start, end) : nil
        }
    }

    private mutating func word(_ text: StaticString) -> Bool {
        let n = text.utf8CodeUnitCount
        guard offset + n <= bytes.count else { return false }
        for i in 0..<n where bytes[offset + i] != text.utf8Start[i] { return false }
        offset += n
        return true
    }

    /// A whole number without sign, fraction or exponent, and without a leading zero (as JSON requires).
    private mutating func number() -> Int? {
        let start = offset
        var value = 0
        while offset < bytes.count, bytes[offset] >= 0x30 && bytes[offset] <= 0x39 {
            let (times, o1) = value.multipliedReportingOverflow(by: 10)
            let (sum, o2) = times.addingReportingOverflow(Int(bytes[offset] - 0x30))
            guard !o1, !o2 else { return nil }
            value = sum
            offset += 1
        }
        if offset - start > 1 && bytes[start] == 0x30 { return nil }
        if offset < bytes.count, bytes[offset] == UInt8(ascii: ".") || bytes[offset] == UInt8(ascii: "e")
            || bytes[offset] == UInt8(ascii: "E") { return nil }
        return value
    }

    /// A string's place: plain ASCII, or with escapes / other UTF-8 (checked when it is read). No raw
    /// control characters.
    private mutating func string(into index: Int) -> Bool {
        offset += 1  // the opening quote
        let start = offset
        var ascii = true
        // Eight bytes at a time while none is special (a quote, a backslash, a control character, not ASCII).
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while offset + 8 <= bytes.count, Self.isPlain(raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) {
                offset += 8
            }
        }
        while offset < bytes.count {
            let b = bytes[offset]
            if b == UInt8(ascii: "\"") { break }
            if b < 0x20 { return false }
            if b == UInt8(ascii: "\\") {
                ascii = false
                offset += 2
                continue
            }
            if b >= 0x80 { ascii = false }
            offset += 1
        }
        guard offset < bytes.count else { return false }
        slots[index] = LineSlot(kind: ascii ? .ascii : .string, start: start, end: offset)
        offset += 1
        return true
    }

    /// True when none of the eight bytes of `word` is a quote, a backslash, below 0x20 or above 0x7F (exact bit tests,
    /// "Bit Twiddling Hacks": a byte less than n, a zero byte after an exclusive or).
    static func isPlain(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, high: UInt64 = 0x8080_8080_8080_8080
        func hasZero(_ v: UInt64) -> Bool { (v &- ones) & ~v & high != 0 }
        let below20 = (word &- ones &* 0x20) & ~word & high != 0
        return word & high == 0 && !below20 && !hasZero(word ^ (ones &* 0x22)) && !hasZero(word ^ (ones &* 0x5C))
    }

}
