/// A parsed JSON value that remembers where it started in the file, so errors can point at it.
public struct JSONNode: Sendable {
    public enum Kind: Sendable {
        case null
        case bool(Bool)
        /// The number's literal text, kept exact (a 400-digit number stays a string of digits).
        case number(String)
        case string(String)
        case array([JSONNode])
        /// Members in file order.
        case object([(key: String, value: JSONNode)])
    }

    public let kind: Kind
    /// Byte offset of the value's first character.
    public let offset: Int

    /// A short name of the value's type for messages: "a string", "an array", ….
    public var typeName: String {
        switch kind {
        case .null: return "null"
        case .bool: return "a boolean"
        case .number: return "a number"
        case .string: return "a string"
        case .array: return "an array"
        case .object: return "an object"
        }
    }
}

/// A JSON syntax error at a byte offset.
public struct JSONSyntaxError: Error, Equatable, Sendable {
    public let message: String
    public let offset: Int
}

/// A strict RFC 8259 JSON parser over UTF-8 bytes.
///
/// Written by hand rather than using JSONDecoder so every error has a line and column,
/// deep nesting is refused instead of overflowing the stack, and numbers keep their text.
public struct JSONParser {
    /// Deeper nesting than this is refused (a plan needs six levels).
    public static let maxDepth = 64

    private let bytes: [UInt8]
    private var pos = 0
    private var depth = 0

    private init(_ bytes: [UInt8]) { self.bytes = bytes }

    /// Parses a whole document: one value, optional surrounding whitespace, nothing else.
    public static func parse(_ bytes: [UInt8]) throws(JSONSyntaxError) -> JSONNode {
        var parser = JSONParser(bytes)
        parser.skipWhitespace()
        if parser.pos == bytes.count { throw JSONSyntaxError(message: "no JSON value (the file is empty or only whitespace)", offset: 0) }
        let value = try parser.parseValue()
        parser.skipWhitespace()
        if parser.pos != bytes.count {
            throw JSONSyntaxError(message: "unexpected text after the end of the JSON value", offset: parser.pos)
        }
        return value
    }

    /// Line and column (both 1-based, column in characters) of a byte offset in `bytes`.
    public static func lineAndColumn(of offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        var line = 1, column = 1
        var i = 0
        let end = min(offset, bytes.count)
        while i < end {
            let b = bytes[i]
            if b == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if b & 0xC0 != 0x80 {
                column += 1  // count characters, not continuation bytes
            }
            i += 1
        }
        return (line, column)
    }

    private mutating func skipWhitespace() {
        while pos < bytes.count {
            switch bytes[pos] {
            case 0x20, 0x09, 0x0A, 0x0D: pos += 1
            default: return
            }
        }
    }

    private func describe(_ byte: UInt8) -> String {
        switch byte {
        case 0: return "a NUL byte"
        case 0x20...0x7E: return "'\(Character(Unicode.Scalar(byte)))'"
        default: return "byte 0x\(String(byte, radix: 16, uppercase: true))"
        }
    }

    private mutating func parseValue() throws(JSONSyntaxError) -> JSONNode {
        guard pos < bytes.count else { throw JSONSyntaxError(message: "the file ends in the middle of the JSON", offset: pos) }
        let start = pos
        switch bytes[pos] {
        case UInt8(ascii: "{"): return try parseObject()
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "\""): return JSONNode(kind: .string(try parseString()), offset: start)
        case UInt8(ascii: "t"): try expectLiteral("true"); return JSONNode(kind: .bool(true), offset: start)
        case UInt8(ascii: "f"): try expectLiteral("false"); return JSONNode(kind: .bool(false), offset: start)
        case UInt8(ascii: "n"): try expectLiteral("null"); return JSONNode(kind: .null, offset: start)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber()
        default: throw JSONSyntaxError(message: "unexpected \(describe(bytes[pos])) where a value should be", offset: pos)
        }
    }

    private mutating func expectLiteral(_ word: StaticString) throws(JSONSyntaxError) {
        let start = pos
        let utf8 = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        for byte in utf8 {
            guard pos < bytes.count, bytes[pos] == byte else {
                throw JSONSyntaxError(message: "unexpected text where a value should be (expected \(word))", offset: start)
            }
            pos += 1
        }
    }

    private mutating func enter() throws(JSONSyntaxError) {
        depth += 1
        if depth > JSONParser.maxDepth {
            throw JSONSyntaxError(message: "nesting deeper than \(JSONParser.maxDepth) levels", offset: pos)
        }
    }

    private mutating func parseArray() throws(JSONSyntaxError) -> JSONNode {
        let start = pos
        try enter()
        pos += 1
        var items: [JSONNode] = []
        skipWhitespace()
        if pos < bytes.count, bytes[pos] == UInt8(ascii: "]") {
            pos += 1
            depth -= 1
            return JSONNode(kind: .array(items), offset: start)
        }
        while true {
            skipWhitespace()
            items.append(try parseValue())
            skipWhitespace()
            guard pos < bytes.count else { throw JSONSyntaxError(message: "the file ends inside an array", offset: pos) }
            if bytes[pos] == UInt8(ascii: ",") { pos += 1; continue }
            if bytes[pos] == UInt8(ascii: "]") { pos += 1; break }
            throw JSONSyntaxError(message: "expected ',' or ']' in an array, found \(describe(bytes[pos]))", offset: pos)
        }
        depth -= 1
        return JSONNode(kind: .array(items), offset: start)
    }

    private mutating func parseObject() throws(JSONSyntaxError) -> JSONNode {
        let start = pos
        try enter()
        pos += 1
        var members: [(key: String, value: JSONNode)] = []
        skipWhitespace()
        if pos < bytes.count, bytes[pos] == UInt8(ascii: "}") {
            pos += 1
            depth -= 1
            return JSONNode(kind: .object(members), offset: start)
        }
        while true {
            skipWhitespace()
            guard pos < bytes.count else { throw JSONSyntaxError(message: "the file ends inside an object", offset: pos) }
            guard bytes[pos] == UInt8(ascii: "\"") else {
                throw JSONSyntaxError(message: "expected a quoted key in an object, found \(describe(bytes[pos]))", offset: pos)
            }
            let keyOffset = pos
            let key = try parseString()
            if members.contains(where: { $0.key == key }) {
                throw JSONSyntaxError(message: "the key \"\(key)\" appears twice in one object", offset: keyOffset)
            }
            skipWhitespace()
            guard pos < bytes.count, bytes[pos] == UInt8(ascii: ":") else {
                throw JSONSyntaxError(message: "expected ':' after the key \"\(key)\"", offset: pos)
            }
            pos += 1
            skipWhitespace()
            members.append((key, try parseValue()))
            skipWhitespace()
            guard pos < bytes.count else { throw JSONSyntaxError(message: "the file ends inside an object", offset: pos) }
            if bytes[pos] == UInt8(ascii: ",") { pos += 1; continue }
            if bytes[pos] == UInt8(ascii: "}") { pos += 1; break }
            throw JSONSyntaxError(message: "expected ',' or '}' in an object, found \(describe(bytes[pos]))", offset: pos)
        }
        depth -= 1
        return JSONNode(kind: .object(members), offset: start)
    }

    private mutating func parseNumber() throws(JSONSyntaxError) -> JSONNode {
        let start = pos
        func digits() -> Int {
            let from = pos
            while pos < bytes.count, bytes[pos] >= UInt8(ascii: "0"), bytes[pos] <= UInt8(ascii: "9") { pos += 1 }
            return pos - from
        }
        if bytes[pos] == UInt8(ascii: "-") { pos += 1 }
        let intStart = pos
        let intDigits = digits()
        if intDigits == 0 { throw JSONSyntaxError(message: "a number needs digits", offset: start) }
        if intDigits > 1 && bytes[intStart] == UInt8(ascii: "0") {
            throw JSONSyntaxError(message: "numbers may not start with 0", offset: start)
        }
        if pos < bytes.count, bytes[pos] == UInt8(ascii: ".") {
            pos += 1
            if digits() == 0 { throw JSONSyntaxError(message: "a number needs digits after '.'", offset: pos) }
        }
        if pos < bytes.count, bytes[pos] == UInt8(ascii: "e") || bytes[pos] == UInt8(ascii: "E") {
            pos += 1
            if pos < bytes.count, bytes[pos] == UInt8(ascii: "+") || bytes[pos] == UInt8(ascii: "-") { pos += 1 }
            if digits() == 0 { throw JSONSyntaxError(message: "a number needs digits in its exponent", offset: pos) }
        }
        return JSONNode(kind: .number(text(start..<pos)), offset: start)
    }

    private mutating func parseString() throws(JSONSyntaxError) -> String {
        let start = pos
        pos += 1
        var out: [UInt8] = []
        var runStart = pos
        while true {
            guard pos < bytes.count else { throw JSONSyntaxError(message: "a string is not closed", offset: start) }
            let b = bytes[pos]
            if b == UInt8(ascii: "\"") {
                if out.isEmpty {
                    let s = text(runStart..<pos)
                    pos += 1
                    return s
                }
                out.append(contentsOf: bytes[runStart..<pos])
                pos += 1
                return String(decoding: out, as: UTF8.self)
            }
            if b < 0x20 {
                throw JSONSyntaxError(message: "a raw control character (\(describe(b))) inside a string; write it as an escape", offset: pos)
            }
            if b == UInt8(ascii: "\\") {
                out.append(contentsOf: bytes[runStart..<pos])
                pos += 1
                guard pos < bytes.count else { throw JSONSyntaxError(message: "a string is not closed", offset: start) }
                let e = bytes[pos]
                pos += 1
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
                        guard pos + 1 < bytes.count, bytes[pos] == UInt8(ascii: "\\"), bytes[pos + 1] == UInt8(ascii: "u") else {
                            throw JSONSyntaxError(message: "a \\u escape starts a surrogate pair that is not completed", offset: pos)
                        }
                        pos += 2
                        let low = try hex4()
                        guard (0xDC00...0xDFFF).contains(low) else {
                            throw JSONSyntaxError(message: "a \\u surrogate pair is invalid", offset: pos)
                        }
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    } else if (0xDC00...0xDFFF).contains(scalar) {
                        throw JSONSyntaxError(message: "a lone \\u surrogate in a string", offset: pos)
                    }
                    guard let unicode = Unicode.Scalar(scalar) else {
                        throw JSONSyntaxError(message: "an invalid \\u escape", offset: pos)
                    }
                    out.append(contentsOf: Array(String(Character(unicode)).utf8))
                default:
                    throw JSONSyntaxError(message: "an unknown escape \\\(describe(e)) in a string", offset: pos - 2)
                }
                runStart = pos
                continue
            }
            pos += 1
        }
    }

    /// The bytes in `range` as a string (the fast, contiguous path; the bytes are valid UTF-8 already).
    private func text(_ range: Range<Int>) -> String {
        bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[range]), as: UTF8.self) }
    }

    private mutating func hex4() throws(JSONSyntaxError) -> UInt32 {
        guard pos + 4 <= bytes.count else { throw JSONSyntaxError(message: "a \\u escape needs four hex digits", offset: pos) }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let b = bytes[pos]
            let digit: UInt32
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(b - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(b - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(b - UInt8(ascii: "A") + 10)
            default: throw JSONSyntaxError(message: "a \\u escape needs four hex digits", offset: pos)
            }
            value = value * 16 + digit
            pos += 1
        }
        return value
    }
}
