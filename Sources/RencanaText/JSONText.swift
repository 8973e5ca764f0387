/// Interface strings of the JSON reader: syntax errors in plan files and state files.
extension Text {
    public enum JSON {
        // MARK: Type names, as in "expected a string, found an array"

        public static let typeNull = "null"
        public static let typeBool = "a boolean"
        public static let typeNumber = "a number"
        public static let typeString = "a string"
        public static let typeArray = "an array"
        public static let typeObject = "an object"

        // MARK: Bytes, as in "unexpected 'x' where a value should be"

        public static let nulByte = "a NUL byte"
        /// A printable ASCII character, quoted.
        public static func character(_ character: Character) -> String { "'\(character)'" }
        /// Any other byte, in hexadecimal.
        public static func byte(_ byte: UInt8) -> String { "byte 0x\(String(byte, radix: 16, uppercase: true))" }

        // MARK: Syntax errors

        public static let endsInValue = "the file ends in the middle of the JSON"
        public static let endsInObject = "the file ends inside an object"
        public static let endsInArray = "the file ends inside an array"
        /// `found` is a described byte (see `character`, `byte`).
        public static func unexpectedWhereValue(_ found: String) -> String { "unexpected \(found) where a value should be" }
        /// A literal (`true`, `false`, `null`) was expected but the text differs.
        public static func unexpectedLiteral(expected word: String) -> String {
            "unexpected text where a value should be (expected \(word))"
        }
        public static let expectedString = "expected a string"
        public static let numberNeedsDigits = "a number needs digits"
        public static let numberLeadingZero = "numbers may not start with 0"
        public static let numberNeedsFraction = "a number needs digits after '.'"
        public static let numberNeedsExponent = "a number needs digits in its exponent"
        public static let textAfterEnd = "unexpected text after the end of the JSON value"
        public static func expectedCommaInObject(found: String) -> String { "expected ',' or '}' in an object, found \(found)" }
        public static func expectedKey(found: String) -> String { "expected a quoted key in an object, found \(found)" }
        /// `key` comes already quoted.
        public static func expectedColon(afterKey key: String) -> String { "expected ':' after the key \(key)" }
        public static func expectedCommaInArray(found: String) -> String { "expected ',' or ']' in an array, found \(found)" }
        public static func tooDeep(levels: Int) -> String { "nesting deeper than \(levels) levels" }
        public static let stringNotClosed = "a string is not closed"
        /// `character` is a described byte (see `nulByte`, `byte`).
        public static func rawControlCharacter(_ character: String) -> String {
            "a raw control character (\(character)) inside a string; write it as an escape"
        }
        /// A high surrogate `\uD8xx` not followed by a `\u` escape.
        public static let surrogatePairIncomplete = "a \\u escape starts a surrogate pair that is not completed"
        public static let surrogatePairInvalid = "a \\u surrogate pair is invalid"
        public static let loneSurrogate = "a lone \\u surrogate in a string"
        public static let invalidUnicodeEscape = "an invalid \\u escape"
        /// `character` is the described byte after the backslash.
        public static func unknownEscape(_ character: String) -> String { "an unknown escape \\\(character) in a string" }
        public static let hexDigitsNeeded = "a \\u escape needs four hex digits"
        public static let noValue = "no JSON value (the file is empty or only whitespace)"
        /// `key` comes already quoted.
        public static func duplicateKey(_ key: String) -> String { "the key \(key) appears twice in one object" }
    }
}
