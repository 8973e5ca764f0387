import RencanaText
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A pull reader over JSON bytes: the caller asks for the next value, key or element and reads it
/// straight into its own types, so large files are decoded without building a tree.
///
/// Strict RFC 8259: no comments, no trailing commas, no leading zeros, escapes checked, nesting limited.
/// Every error is a `JSONSyntaxError` with the byte offset where the problem is.
///
/// The reader works on a buffer pointer (no bounds checks or reference counting per byte); create it with
/// `JSONReader.read(_:_:)`, which keeps the bytes alive while the reader is used.
public struct JSONReader {
    /// What kind of value comes next.
    public enum ValueKind: Sendable {
        case object, array, string, number, bool, null

        /// "a string", "an array", … for messages.
        public var typeName: String {
            switch self {
            case .null: return Text.JSON.typeNull
            case .bool: return Text.JSON.typeBool
            case .number: return Text.JSON.typeNumber
            case .string: return Text.JSON.typeString
            case .array: return Text.JSON.typeArray
            case .object: return Text.JSON.typeObject
            }
        }
    }

    /// Deeper nesting than this is refused (a plan needs six levels).
    public static let maxDepth = 64

    private let bytes: UnsafeBufferPointer<UInt8>
    /// Byte offset of the next unread byte.
    public private(set) var offset = 0
    /// Byte offset of the key `nextKey` returned last.
    public private(set) var keyOffset = 0
    /// For each open object or array: whether a member was read already (so a comma must come next).
    private var needsComma: [Bool] = []

    /// A reader over `bytes`, which must stay valid while the reader is used.
    public init(unsafeBytes bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    /// Runs `body` with a reader over `bytes`.
    public static func read<R, E: Error>(_ bytes: [UInt8], _ body: (inout JSONReader) throws(E) -> R) throws(E) -> R {
        try bytes.withUnsafeBufferPointer { (buffer) throws(E) -> R in
            var reader = JSONReader(unsafeBytes: buffer)
            return try body(&reader)
        }
    }

    // MARK: Values

    /// Skips whitespace and tells what value comes next, without reading it.
    public mutating func peek() throws(JSONSyntaxError) -> ValueKind {
        skipWhitespace()
        guard offset < bytes.count else { throw JSONSyntaxError(message: Text.JSON.endsInValue, offset: offset) }
        switch bytes[offset] {
        case UInt8(ascii: "{"): return .object
        case UInt8(ascii: "["): return .array
        case UInt8(ascii: "\""): return .string
        case UInt8(ascii: "t"), UInt8(ascii: "f"): return .bool
        case UInt8(ascii: "n"): return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number
        default: throw JSONSyntaxError(message: Text.JSON.unexpectedWhereValue(describe(bytes[offset])), offset: offset)
        }
    }

    /// Reads a string value.
    public mutating func readString() throws(JSONSyntaxError) -> String {
        skipWhitespace()
        guard offset < bytes.count, bytes[offset] == UInt8(ascii: "\"") else {
            throw JSONSyntaxError(message: Text.JSON.expectedString, offset: offset)
        }
        return try string()
    }

    /// Reads a number and returns its literal text, exactly as written.
    public mutating func readNumber() throws(JSONSyntaxError) -> String {
        skipWhitespace()
        let start = offset
        func digits() -> Int {
            let from = offset
            while offset < bytes.count, bytes[offset] >= UInt8(ascii: "0"), bytes[offset] <= UInt8(ascii: "9") { offset += 1 }
            return offset - from
        }
        if offset < bytes.count, bytes[offset] == UInt8(ascii: "-") { offset += 1 }
        let intStart = offset
        let intDigits = digits()
        if intDigits == 0 { throw JSONSyntaxError(message: Text.JSON.numberNeedsDigits, offset: start) }
        if intDigits > 1 && bytes[intStart] == UInt8(ascii: "0") {
            throw JSONSyntaxError(message: Text.JSON.numberLeadingZero, offset: start)
        }
        if offset < bytes.count, bytes[offset] == UInt8(ascii: ".") {
            offset += 1
            if digits() == 0 { throw JSONSyntaxError(message: Text.JSON.numberNeedsFraction, offset: offset) }
        }
        if offset < bytes.count, bytes[offset] == UInt8(ascii: "e") || bytes[offset] == UInt8(ascii: "E") {
            offset += 1
            if offset < bytes.count, bytes[offset] == UInt8(ascii: "+") || bytes[offset] == UInt8(ascii: "-") { offset += 1 }
            if digits() == 0 { throw JSONSyntaxError(message: Text.JSON.numberNeedsExponent, offset: offset) }
        }
        return text(start..<offset)
    }

    /// Reads `true` or `false`.
    public mutating func readBool() throws(JSONSyntaxError) -> Bool {
        skipWhitespace()
        if offset < bytes.count, bytes[offset] == UInt8(ascii: "t") {
            try literal("true")
            return true
        }
        try literal("false")
        return false
    }

    /// Reads `null`.
    public mutating func readNull() throws(JSONSyntaxError) {
        skipWhitespace()
        try literal("null")
    }

    /// Reads and discards one value of any kind.
    public mutating func skipValue() throws(JSONSyntaxError) {
        switch try peek() {
        case .object:
            try beginObject()
            while try nextKey() != nil { try skipValue() }
        case .array:
            try beginArray()
            while try nextElement() { try skipValue() }
        case .string: _ = try readString()
        case .number: _ = try readNumber()
        case .bool: _ = try readBool()
        case .null: try readNull()
        }
    }

    /// After the last value: only whitespace may follow.
    public mutating func end() throws(JSONSyntaxError) {
        skipWhitespace()
        if offset != bytes.count {
            throw JSONSyntaxError(message: Text.JSON.textAfterEnd, offset: offset)
        }
    }

    // MARK: Objects and arrays

    /// Enters an object; then call `nextKey` until it returns nil.
    public mutating func beginObject() throws(JSONSyntaxError) {
        skipWhitespace()
        try enter()
    }

    /// The next key of the current object (its value must be read next), or nil at the object's end.
    public mutating func nextKey() throws(JSONSyntaxError) -> String? {
        guard try beginKey() else { return nil }
        let key = try string()
        try endKey(key)
        return key
    }

    /// Like `nextKey`, but a key that is one of `keys` is told by its index (without building a string
    /// when it is spelled without escapes): the fast path for objects whose keys are known.
    public mutating func nextKey(in keys: Vocabulary) throws(JSONSyntaxError) -> Word? {
        guard try beginKey() else { return nil }
        let word = try word(in: keys)
        if case .other(let key) = word { try endKey(key) } else { try endKey(nil) }
        return word
    }

    /// Reads a string value; one of `words` is told by its index (without building a string when spelled without escapes).
    public mutating func readWord(in words: Vocabulary) throws(JSONSyntaxError) -> Word {
        skipWhitespace()
        guard offset < bytes.count, bytes[offset] == UInt8(ascii: "\"") else {
            throw JSONSyntaxError(message: Text.JSON.expectedString, offset: offset)
        }
        return try word(in: words)
    }

    /// A small set of strings looked up by their UTF-8 bytes (object keys, month labels).
    /// Each word of up to 16 bytes is kept as two integers, so a lookup compares numbers, not arrays.
    public struct Vocabulary: Sendable {
        public let words: [String]
        /// Per word: its length, its bytes packed little-endian into two words (zero-padded),
        /// and the masks that keep that many bytes of two loaded words.
        let packed: [(length: Int, low: UInt64, high: UInt64, lowMask: UInt64, highMask: UInt64)]

        public init(_ words: [String]) {
            self.words = words
            packed = words.map { word in
                let utf8 = Array(word.utf8)
                // Empty or longer than 16 bytes: never matches, such a string is read as usual.
                guard (1...16).contains(utf8.count) else { return (0, 0, 0, 0, 0) }
                var low: UInt64 = 0, high: UInt64 = 0
                for (k, byte) in utf8.enumerated() {
                    if k < 8 { low |= UInt64(byte) << (8 * k) } else { high |= UInt64(byte) << (8 * (k - 8)) }
                }
                let length = utf8.count
                let lowMask: UInt64 = length >= 8 ? ~0 : (1 << (8 * length)) - 1
                let highMask: UInt64 = length >= 16 ? ~0 : length <= 8 ? 0 : (1 << (8 * (length - 8))) - 1
                return (length, low, high, lowMask, highMask)
            }
        }
    }

    /// A string read against a `Vocabulary`: the index of the word it is, or its text.
    public enum Word: Equatable, Sendable {
        case known(Int)
        case other(String)
    }

    /// Skips to the next key: false at the object's end, true with `offset` at the key's opening quote.
    private mutating func beginKey() throws(JSONSyntaxError) -> Bool {
        skipWhitespace()
        guard offset < bytes.count else { throw JSONSyntaxError(message: Text.JSON.endsInObject, offset: offset) }
        if bytes[offset] == UInt8(ascii: "}") {
            offset += 1
            needsComma.removeLast()
            return false
        }
        if needsComma[needsComma.count - 1] {
            guard bytes[offset] == UInt8(ascii: ",") else {
                throw JSONSyntaxError(message: Text.JSON.expectedCommaInObject(found: describe(bytes[offset])), offset: offset)
            }
            offset += 1
            skipWhitespace()
            guard offset < bytes.count else { throw JSONSyntaxError(message: Text.JSON.endsInObject, offset: offset) }
        }
        guard bytes[offset] == UInt8(ascii: "\"") else {
            throw JSONSyntaxError(message: Text.JSON.expectedKey(found: describe(bytes[offset])), offset: offset)
        }
        keyOffset = offset
        return true
    }

    /// After a key: the colon. `key` names the key in the message (nil: the one at `keyOffset`).
    private mutating func endKey(_ key: String?) throws(JSONSyntaxError) {
        skipWhitespace()
        guard offset < bytes.count, bytes[offset] == UInt8(ascii: ":") else {
            let name = key ?? { var again = self; again.offset = keyOffset; return (try? again.string()) ?? "" }()
            throw JSONSyntaxError(message: Text.JSON.expectedColon(afterKey: JSONParser.quote(name)), offset: offset)
        }
        offset += 1
        needsComma[needsComma.count - 1] = true
    }

    /// Reads the string at `offset` (its opening quote) against `words`.
    ///
    /// The sixteen bytes after the quote are loaded as two integers and compared with each word's packed bytes
    /// and the quote that must follow it; a word holds no quote, backslash or control character, so a match is
    /// exactly that string. Near the end of the bytes, or for anything else (escaped spellings included),
    /// the string is read as usual and then looked up.
    private mutating func word(in words: Vocabulary) throws(JSONSyntaxError) -> Word {
        let start = offset + 1
        if start + 17 <= bytes.count {
            let raw = UnsafeRawPointer(bytes.baseAddress! + start)
            let low = raw.loadUnaligned(as: UInt64.self), high = raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
            for index in words.packed.indices {
                let word = words.packed[index]
                if low & word.lowMask == word.low && high & word.highMask == word.high && word.length > 0
                    && bytes[start + word.length] == UInt8(ascii: "\"") {
                    offset = start + word.length + 1
                    return .known(index)
                }
            }
        }
        let text = try string()
        return words.words.firstIndex(of: text).map(Word.known) ?? .other(text)
    }

    /// Enters an array; then call `nextElement` until it returns false.
    public mutating func beginArray() throws(JSONSyntaxError) {
        skipWhitespace()
        try enter()
    }

    /// Whether another element follows (read it next), or false at the array's end.
    public mutating func nextElement() throws(JSONSyntaxError) -> Bool {
        skipWhitespace()
        guard offset < bytes.count else { throw JSONSyntaxError(message: Text.JSON.endsInArray, offset: offset) }
        if bytes[offset] == UInt8(ascii: "]") {
            offset += 1
            needsComma.removeLast()
            return false
        }
        if needsComma[needsComma.count - 1] {
            guard bytes[offset] == UInt8(ascii: ",") else {
                throw JSONSyntaxError(message: Text.JSON.expectedCommaInArray(found: describe(bytes[offset])), offset: offset)
            }
            offset += 1
        }
        needsComma[needsComma.count - 1] = true
        return true
    }

    // MARK: Bytes

    private mutating func enter() throws(JSONSyntaxError) {
        if needsComma.count >= JSONReader.maxDepth {
            throw JSONSyntaxError(message: Text.JSON.tooDeep(levels: JSONReader.maxDepth), offset: offset)
        }
        offset += 1
        needsComma.append(false)
    }

    @inline(__always)
    private mutating func skipWhitespace() {
        // Most calls find a token at once (values are peeked, then read).
        if offset < bytes.count, bytes[offset] > 0x20 { return }
        skipWhitespaceRun()
    }

    private mutating func skipWhitespaceRun() {
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

    private func describe(_ byte: UInt8) -> String {
        switch byte {
        case 0: return Text.JSON.nulByte
        case 0x20...0x7E: return Text.JSON.character(Character(Unicode.Scalar(byte)))
        default: return Text.JSON.byte(byte)
        }
    }

    private mutating func literal(_ word: StaticString) throws(JSONSyntaxError) {
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
    private func text(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    /// The offset of the first byte from `start` on that ends a plain run of string bytes:
    /// a quote, a backslash or a control character (or the end of the bytes).
    /// Eight bytes at a time: texts are long and such bytes rare.
    private func scanString(from start: Int) -> Int {
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
    private mutating func string() throws(JSONSyntaxError) -> String {
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
    private mutating func escape(into out: inout [UInt8], stringStart: Int) throws(JSONSyntaxError) {
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

    private mutating func hex4() throws(JSONSyntaxError) -> UInt32 {
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
