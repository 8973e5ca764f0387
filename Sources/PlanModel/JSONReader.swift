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

    let bytes: UnsafeBufferPointer<UInt8>
    /// Byte offset of the next unread byte.
    public internal(set) var offset = 0
    /// Byte offset of the key `nextKey` returned last.
    public internal(set) var keyOffset = 0
    /// For each open object or array: whether a member was read already (so a comma must come next).
    var needsComma: [Bool] = []

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
}
