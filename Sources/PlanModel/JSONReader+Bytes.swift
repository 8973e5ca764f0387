import RencanaText
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `JSONReader` at the level of bytes: whitespace, literals, nesting, and strings scanned eight bytes at a time with
/// their escapes checked; the reader's values, keys and elements (JSONReader.swift) are made of these.
extension JSONReader {
    mutating func enter() throws(JSONSyntaxError) {
        if needsComma.count >= JSONReader.maxDepth {
            throw JSONSyntaxError(message: Text.JSON.tooDeep(levels: JSONReader.maxDepth), offset: offset)
        }
        offset += 1
        needsComma.append(false)
    }

    @inline(__always)
    mutating func skipWhitespace() {
        // Most calls find a token at once (values are peeked, then read).
        if offset < bytes.count, bytes[offset] > 0x20 { return }
        skipWhitespaceRun()
    }

    mutating func skipWhitespaceRun() {
        let base = bytes.baseAddress!
        let n = bytes.count
        var i = offset
        while i < n {
            let b = base[i]
            if b == 0x20 {
                i += 1
                // Indentation: eight spaces at a time (pretty-printed plans are mostly indentation).
                while i + 8 <= n, UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) == 0x2020_2020_2020_2020 { i += 8 }
            } else if b == 0x0A || b == 0x0D || b == 0x09 {
                i += 1
            } else {
                break
            }
        }
        offset = i
    }

    func describe(_ byte: UInt8) -> String {
        switch byte {
        case 0: return Text.JSON.nulByte
        case 0x20...0x7E: return Text.JSON.character(Character(Unicode.Scalar(byte)))
        default: return Text.JSON.byte(byte)
        }
    }

    mutating func literal(_ word: StaticString) throws(JSONSyntaxError) {
        let start = offset
        let utf8 = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        for byte in utf8 {
            guard offset < bytes.count, bytes[offset] == byte else {
                throw JSONSyntaxError(message: Text.JSON.unexpectedLiteral(expected: "\(word)"), offset: start)
            }
            offset += 1
        }
    }

    /// The bytes in `range` as a string (the fast, contiguous path; the bytes are valid UTF-8 already).
    func text(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    /// The offset of the first byte from `start` on that ends a plain run of string bytes:
    /// a quote, a backslash or a control character (or the end of the bytes).
    /// Eight bytes at a time: texts are long and such bytes rare.
    func scanString(from start: Int) -> Int {
        let base = bytes.baseAddress!
        let n = bytes.count
        var i = start
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        while i + 8 <= n {
            let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
            let quote = word ^ (ones &* 0x22), backslash = word ^ (ones &* 0x5C)
            // A byte is 0 after the XOR where it matched; `(x - ones) & ~x & highs` is non-zero when x has a zero byte.
            // The control-character test works on the bytes with their high bit cleared, so bytes >= 0x80 don't hit.
            let low7 = word & ~highs
            let control = (low7 &- (ones &* 0x20)) & ~low7 & highs & ~word
            let hit = ((quote &- ones) & ~quote & highs) | ((backslash &- ones) & ~backslash & highs) | control
            if hit != 0 {
                // No byte below the lowest flagged one is a stop byte (flags above it may be false): check from there.
                i += hit.trailingZeroBitCount / 8
                break
            }
            i += 8
        }
        while i < n {
            let b = base[i]
            if b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") || b < 0x20 { return i }
            i += 1
        }
        return n
    }

    /// Reads a string starting at its opening quote.
    mutating func string() throws(JSONSyntaxError) -> String {
        let start = offset
        offset += 1
        var out: [UInt8] = []
        var runStart = offset
        while true {
            offset = scanString(from: offset)
            guard offset < bytes.count else { throw JSONSyntaxError(message: Text.JSON.stringNotClosed, offset: start) }
            let b = bytes[offset]
            if b == UInt8(ascii: "\"") {
                defer { offset += 1 }
                if out.isEmpty { return text(runStart..<offset) }
                out.append(contentsOf: bytes[runStart..<offset])
                return String(decoding: out, as: UTF8.self)
            }
            if b < 0x20 {
                throw JSONSyntaxError(message: Text.JSON.rawControlCharacter(describe(b)), offset: offset)
            }
            // A backslash.
            out.append(contentsOf: bytes[runStart..<offset])
            try escape(into: &out, stringStart: start)
            runStart = offset
        }
    }

    /// Decodes one backslash escape at `offset` into `out`.
    mutating func escape(into out: inout [UInt8], stringStart: Int) throws(JSONSyntaxError) {
        offset += 1
        guard offset < bytes.count else { throw JSONSyntaxError(message: Text.JSON.stringNotClosed, offset: stringStart) }
        let e = bytes[offset]
        offset += 1
        switch e {
        case UInt8(ascii: "\""): out.append(0x22)
        case UInt8(ascii: "\\"): out.append(0x5C)
        case UInt8(ascii: "/"): out.append(0x2F)
        case UInt8(ascii: "b"): out.append(0x08)
        case UInt8(ascii: "f"): out.append(0x0C)
        case UInt8(ascii: "n"): out.append(0x0A)
        case UInt8(ascii: "r"): out.append(0x0D)
        case UInt8(ascii: "t"): out.append(0x09)
        case UInt8(ascii: "u"):
            var scalar = try hex4()
            if (0xD800...0xDBFF).contains(scalar) {
                guard offset + 1 < bytes.count, bytes[offset] == UInt8(ascii: "\\"), bytes[offset + 1] == UInt8(ascii: "u") else {
                    throw JSONSyntaxError(message: Text.JSON.surrogatePairIncomplete, offset: offset)
                }
                offset += 2
                let low = try hex4()
                guard (0xDC00...0xDFFF).contains(low) else {
                    throw JSONSyntaxError(message: Text.JSON.surrogatePairInvalid, offset: offset)
                }
                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
            } else if (0xDC00...0xDFFF).contains(scalar) {
                throw JSONSyntaxError(message: Text.JSON.loneSurrogate, offset: offset)
            }
            guard let unicode = Unicode.Scalar(scalar) else {
                throw JSONSyntaxError(message: Text.JSON.invalidUnicodeEscape, offset: offset)
            }
            out.append(contentsOf: Array(String(Character(unicode)).utf8))
        default:
            throw JSONSyntaxError(message: Text.JSON.unknownEscape(describe(e)), offset: offset - 2)
        }
    }

    mutating func hex4() throws(JSONSyntaxError) -> UInt32 {
        guard offset + 4 <= bytes.count else { throw JSONSyntaxError(message: Text.JSON.hexDigitsNeeded, offset: offset) }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let b = bytes[offset]
            let digit: UInt32
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(b - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(b - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(b - UInt8(ascii: "A") + 10)
            default: throw JSONSyntaxError(message: Text.JSON.hexDigitsNeeded, offset: offset)
            }
            value = value * 16 + digit
            offset += 1
        }
        return value
    }
}
