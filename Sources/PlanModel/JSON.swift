import RencanaText

/// A parsed JSON value that remembers where it started in the file, so errors can point at it.
///
/// For small documents (state file lines, tests); plans are decoded straight from a `JSONReader`.
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
        case .null: return JSONReader.ValueKind.null.typeName
        case .bool: return JSONReader.ValueKind.bool.typeName
        case .number: return JSONReader.ValueKind.number.typeName
        case .string: return JSONReader.ValueKind.string.typeName
        case .array: return JSONReader.ValueKind.array.typeName
        case .object: return JSONReader.ValueKind.object.typeName
        }
    }
}

/// A JSON syntax error at a byte offset.
public struct JSONSyntaxError: Error, Equatable, Sendable {
    public let message: String
    public let offset: Int
}

/// Parses a whole JSON document into a tree of `JSONNode`s.
public enum JSONParser {
    /// Deeper nesting than this is refused.
    public static let maxDepth = JSONReader.maxDepth

    /// Parses a whole document: one value, optional surrounding whitespace, nothing else.
    /// Keys may not repeat within an object.
    public static func parse(_ bytes: [UInt8]) throws(JSONSyntaxError) -> JSONNode {
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) {
            throw JSONSyntaxError(message: Text.JSON.noValue, offset: 0)
        }
        return try JSONReader.read(bytes) { (reader: inout JSONReader) throws(JSONSyntaxError) -> JSONNode in
            let value = try node(&reader)
            try reader.end()
            return value
        }
    }

    private static func node(_ reader: inout JSONReader) throws(JSONSyntaxError) -> JSONNode {
        let kind = try reader.peek()
        let start = reader.offset
        switch kind {
        case .object:
            try reader.beginObject()
            var members: [(key: String, value: JSONNode)] = []
            // Past a few members the keys go in a set: a linear search per key made 100,000 keys take minutes.
            var keySet: Set<String>?
            while let key = try reader.nextKey() {
                let repeated: Bool
                if keySet == nil && members.count < 16 {
                    repeated = members.contains(where: { $0.key == key })
                } else {
                    if keySet == nil { keySet = Set(members.map(\.key)) }
                    repeated = !keySet!.insert(key).inserted
                }
                if repeated {
                    throw JSONSyntaxError(message: Text.JSON.duplicateKey(quote(key)), offset: reader.keyOffset)
                }
                members.append((key, try node(&reader)))
            }
            return JSONNode(kind: .object(members), offset: start)
        case .array:
            try reader.beginArray()
            var items: [JSONNode] = []
            while try reader.nextElement() { items.append(try node(&reader)) }
            return JSONNode(kind: .array(items), offset: start)
        case .string: return JSONNode(kind: .string(try reader.readString()), offset: start)
        case .number: return JSONNode(kind: .number(try reader.readNumber()), offset: start)
        case .bool: return JSONNode(kind: .bool(try reader.readBool()), offset: start)
        case .null:
            try reader.readNull()
            return JSONNode(kind: .null, offset: start)
        }
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
}

extension JSONParser {
    /// `text` quoted for a message: one line, and cut after `limit` characters (a key may be megabytes long).
    public static func quote(_ text: String, limit: Int = 40) -> String {
        "\"" + TerminalText.safe(text, limit: limit) + "\""
    }

    /// `text` on one line and terminal-safe: the same escapes as `TerminalText.safe` (line breaks, controls,
    /// bidirectional overrides), which it is, kept under this name for the messages that quote a file.
    public static func oneLine(_ text: String) -> String { TerminalText.safe(text) }
}
