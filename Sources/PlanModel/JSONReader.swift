import RencanaText

/// A pull reader over JSON bytes: the caller asks for the next value, key or element and reads it
/// straight into its own types, so large files are decoded without building a tree.
///
/// Strict RFC 8259: no comments, no trailing commas, no leading zeros, escapes checked, nesting limited.
/// Every error is a `JSONSyntaxError` with the byte offset where the problem is.
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

    private let bytes: [UInt8]
    /// Byte offset of the next unread byte.
    public private(set) var offset = 0
    /// Byte offset of the key `nextKey` returned last.
    public private(set) var keyOffset = 0
    /// For each open object or array: whether a member was read already (so a comma must come next).
    private var needsComma: [Bool] = []

    public init(_ bytes: [UInt8]) { self.bytes = bytes }

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
        skipWhitespace()
        guard offset < bytes.count else { throw JSONSyntaxError(message: Text.JSON.endsInObject, offset: offset) }
        if bytes[offset] == UInt8(ascii: "}") {
            offset += 1
            needsComma.removeLast()
            return nil
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
        let key = try string()
        skipWhitespace()
        guard offset < bytes.count, bytes[offset] == UInt8(ascii: ":") else {
            throw JSONSyntaxError(message: Text.JSON.expectedColon(afterKey: JSONParser.quote(key)), offset: offset)
        }
        offset += 1
        needsComma[needsComma.count - 1] = true
        return key
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

    private mutating func skipWhitespace() {
        while offset < bytes.count {
            switch bytes[offset] {
            case 0x20, 0x09, 0x0A, 0x0D: offset += 1
            default: return
            }
        }
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
        bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[range]), as: UTF8.self) }
    }

    /// Reads a string starting at its opening quote.
    private mutating func string() throws(JSONSyntaxError) -> String {
        let start = offset
        offset += 1
        var out: [UInt8] = []
        var runStart = offset
        while true {
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
            if b == UInt8(ascii: "\\") {
                out.append(contentsOf: bytes[runStart..<offset])
                try escape(into: &out, stringStart: start)
                runStart = offset
                continue
            }
            offset += 1
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
