/// A compact binary writer for the snapshot cache (docs/STATE-V2.md, "Snapshot cache"): little-endian
/// integers, variable-length unsigned numbers, length-prefixed UTF-8 strings.
package struct ByteWriter {
    package private(set) var bytes: [UInt8] = []

    package init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    package mutating func u8(_ value: UInt8) { bytes.append(value) }

    package mutating func bool(_ value: Bool) { bytes.append(value ? 1 : 0) }

    /// An unsigned number in 7-bit groups, low group first.
    package mutating func varint(_ value: UInt64) {
        var v = value
        while v >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: v) | 0x80)
            v >>= 7
        }
        bytes.append(UInt8(v))
    }

    /// A non-negative Int (negative values are written as 0; callers never write them).
    package mutating func count(_ value: Int) { varint(UInt64(max(0, value))) }

    /// A signed Int, zigzag-encoded.
    package mutating func int(_ value: Int) {
        let v = Int64(value)
        varint(UInt64(bitPattern: (v << 1) ^ (v >> 63)))
    }

    package mutating func u64(_ value: UInt64) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    package mutating func double(_ value: Double) { u64(value.bitPattern) }

    package mutating func string(_ value: String) {
        var text = value
        text.withUTF8 { utf8 in
            count(utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }

    package mutating func raw(_ data: [UInt8]) { bytes.append(contentsOf: data) }
}

/// Why snapshot bytes could not be read: they are then ignored and the journal replayed.
package struct ByteDecodingError: Error, Equatable {
    package let offset: Int
    package init(offset: Int) { self.offset = offset }
}

/// Reads what `ByteWriter` wrote, checking every length against the bytes left: damaged or hostile bytes throw
/// `ByteDecodingError`, never trap or allocate more than the input could hold.
package struct ByteReader {
    private let base: UnsafeRawBufferPointer
    package private(set) var offset: Int

    /// Reads `buffer` (which must stay alive while the reader is used) from `offset`.
    package init(_ buffer: UnsafeRawBufferPointer, offset: Int = 0) {
        base = buffer
        self.offset = offset
    }

    package var remaining: Int { base.count - offset }
    package var isAtEnd: Bool { offset == base.count }

    private func fail() -> ByteDecodingError { ByteDecodingError(offset: offset) }

    package mutating func u8() throws(ByteDecodingError) -> UInt8 {
        guard offset < base.count else { throw fail() }
        defer { offset += 1 }
        return base[offset]
    }

    package mutating func bool() throws(ByteDecodingError) -> Bool {
        switch try u8() {
        case 0: return false
        case 1: return true
        default: throw fail()
        }
    }

    package mutating func varint() throws(ByteDecodingError) -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let byte = try u8()
            guard shift < 64, shift < 63 || byte <= 1 else { throw fail() }
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
    }

    /// A count of things that each take at least `minimumBytes` bytes: refused when more than the bytes left could hold.
    package mutating func count(minimumBytes: Int = 1) throws(ByteDecodingError) -> Int {
        let value = try varint()
        guard value <= UInt64(remaining / max(1, minimumBytes)) else { throw fail() }
        return Int(value)
    }

    /// A number that is not a count (an index or a value), at most `limit`.
    package mutating func number(upTo limit: Int) throws(ByteDecodingError) -> Int {
        let value = try varint()
        guard value <= UInt64(limit) else { throw fail() }
        return Int(value)
    }

    package mutating func int() throws(ByteDecodingError) -> Int {
        let raw = try varint()
        let value = Int64(bitPattern: (raw >> 1) ^ (0 &- (raw & 1)))
        return Int(value)
    }

    package mutating func u64() throws(ByteDecodingError) -> UInt64 {
        guard remaining >= 8 else { throw fail() }
        var value: UInt64 = 0
        withUnsafeMutableBytes(of: &value) { $0.copyMemory(from: UnsafeRawBufferPointer(rebasing: base[offset..<(offset + 8)])) }
        offset += 8
        return UInt64(littleEndian: value)
    }

    package mutating func double() throws(ByteDecodingError) -> Double { Double(bitPattern: try u64()) }

    /// A string; refused unless its bytes are valid UTF-8 (a damaged string never becomes a repaired one).
    package mutating func string() throws(ByteDecodingError) -> String {
        let length = try count()
        let bytes = UnsafeRawBufferPointer(rebasing: base[offset..<(offset + length)]).assumingMemoryBound(to: UInt8.self)
        // ASCII (nearly every text) needs no validation; others are validated (the generic call costs more).
        let text: String
        if Self.isASCII(bytes) {
            text = String(decoding: bytes, as: UTF8.self)
        } else {
            guard let valid = String(validating: bytes, as: UTF8.self) else { throw fail() }
            text = valid
        }
        offset += length
        return text
    }

    /// A reader of the next `count` bytes alone (this one steps over them).
    package mutating func reader(count: Int) throws(ByteDecodingError) -> ByteReader {
        guard count >= 0, count <= remaining else { throw fail() }
        defer { offset += count }
        return ByteReader(UnsafeRawBufferPointer(rebasing: base[offset..<(offset + count)]))
    }

    /// Whether every byte is below 0x80 (eight at a time).
    private static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let raw = UnsafeRawBufferPointer(bytes)
        var i = 0
        while i + 8 <= raw.count {
            if raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { return false }
            i += 8
        }
        while i < raw.count {
            if raw[i] >= 0x80 { return false }
            i += 1
        }
        return true
    }

    /// The next `length` bytes, copied.
    package mutating func raw(_ length: Int) throws(ByteDecodingError) -> [UInt8] {
        guard length >= 0, length <= remaining else { throw fail() }
        defer { offset += length }
        return Array(UnsafeRawBufferPointer(rebasing: base[offset..<(offset + length)]))
    }
}

/// A fast 64-bit checksum of bytes (8 at a time, multiply and rotate; not cryptographic): any flipped byte or
/// cut changes it with near certainty, which is all the snapshot cache needs to tell damage from a match.
package enum Checksum {
    package static func of(_ buffer: UnsafeRawBufferPointer) -> UInt64 {
        let k1: UInt64 = 0x9E37_79B1_85EB_CA87, k2: UInt64 = 0xC2B2_AE3D_27D4_EB4F
        var h: UInt64 = 0x2545_F491_4F6C_DD1D ^ (UInt64(buffer.count) &* k1)
        var i = 0
        let n = buffer.count
        while i + 8 <= n {
            let word = UInt64(littleEndian: buffer.loadUnaligned(fromByteOffset: i, as: UInt64.self))
            h ^= (word &* k2).rotatedLeft(31) &* k1
            h = h.rotatedLeft(27) &* 5 &+ 0x52DC_E729
            i += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while i < n {
            tail |= UInt64(buffer[i]) << shift
            shift += 8
            i += 1
        }
        h ^= (tail &* k2).rotatedLeft(31) &* k1
        h ^= h >> 33
        h = h &* 0xFF51_AFD7_ED55_8CCD
        h ^= h >> 33
        h = h &* 0xC4CE_B9FE_1A85_EC53
        h ^= h >> 33
        return h
    }

    package static func of(_ bytes: [UInt8]) -> UInt64 { bytes.withUnsafeBytes { of($0) } }
}

extension UInt64 {
    fileprivate func rotatedLeft(_ n: UInt64) -> UInt64 { (self << n) | (self >> (64 - n)) }
}
