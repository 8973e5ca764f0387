/// Interface strings of the JSON reader: syntax errors in plan files and state files.
extension Text {
    public enum JSON {
        // MARK: Type names, as in "expected a string, found an array"

        public static let typeNull = "null"
        public static var typeBool: String { pick("a boolean", id: "boolean") }
        public static var typeNumber: String { pick("a number", id: "angka") }
        public static var typeString: String { pick("a string", id: "teks") }
        public static var typeArray: String { pick("an array", id: "larik") }
        public static var typeObject: String { pick("an object", id: "objek") }
        // MARK: Bytes, as in "unexpected 'x' where a value should be"

        public static var nulByte: String { pick("a NUL byte", id: "bita NUL") }
        /// A printable ASCII character, quoted.
        public static func character(_ character: Character) -> String { "'\(character)'" }
        /// Any other byte, in hexadecimal.
        public static func byte(_ byte: UInt8) -> String {
            pick("byte 0x\(String(byte, radix: 16, uppercase: true))",
                 id: "bita 0x\(String(byte, radix: 16, uppercase: true))")
        }

        // MARK: Syntax errors

        public static var endsInValue: String {
            pick("the file ends in the middle of the JSON",
                 id: "berkas berakhir di tengah JSON")
        }
        public static var endsInObject: String { pick("the file ends inside an object", id: "berkas berakhir di dalam objek") }
        public static var endsInArray: String { pick("the file ends inside an array", id: "berkas berakhir di dalam larik") }
        /// `found` is a described byte (see `character`, `byte`).
        public static func unexpectedWhereValue(_ found: String) -> String {
            pick("unexpected \(found) where a value should be",
                 id: "\(found) tidak terduga di tempat yang seharusnya berisi nilai")
        }
        /// A literal (`true`, `false`, `null`) was expected but the text differs.
        public static func unexpectedLiteral(expected word: String) -> String {
            pick("unexpected text where a value should be (expected \(word))",
                 id: "teks tidak terduga di tempat yang seharusnya berisi nilai (seharusnya \(word))")
        }
        public static var expectedString: String { pick("expected a string", id: "seharusnya teks") }
        public static var numberNeedsDigits: String { pick("a number needs digits", id: "angka memerlukan digit") }
        public static var numberLeadingZero: String { pick("numbers may not start with 0", id: "angka tidak boleh diawali 0") }
        public static var numberNeedsFraction: String {
            pick("a number needs digits after '.'",
                 id: "angka memerlukan digit sesudah '.'")
        }
        public static var numberNeedsExponent: String {
            pick("a number needs digits in its exponent",
                 id: "angka memerlukan digit pada eksponennya")
        }
        public static var textAfterEnd: String {
            pick("unexpected text after the end of the JSON value",
                 id: "teks tidak terduga sesudah akhir nilai JSON")
        }
        public static func expectedCommaInObject(found: String) -> String {
            pick("expected ',' or '}' in an object, found \(found)",
                 id: "seharusnya ',' atau '}' di dalam objek, tertulis \(found)")
        }
        public static func expectedKey(found: String) -> String {
            pick("expected a quoted key in an object, found \(found)",
                 id: "seharusnya kunci bertanda kutip di dalam objek, tertulis \(found)")
        }
        /// `key` comes already quoted.
        public static func expectedColon(afterKey key: String) -> String {
            pick("expected ':' after the key \(key)",
                 id: "seharusnya ':' sesudah kunci \(key)")
        }
        public static func expectedCommaInArray(found: String) -> String {
            pick("expected ',' or ']' in an array, found \(found)",
                 id: "seharusnya ',' atau ']' di dalam larik, tertulis \(found)")
        }
        public static func tooDeep(levels: Int) -> String {
            pick("nesting deeper than \(levels) levels",
                 id: "susunan bertingkat lebih dari \(levels) tingkat")
        }
        public static var stringNotClosed: String { pick("a string is not closed", id: "teks tidak ditutup") }
        /// `character` is a described byte (see `nulByte`, `byte`).
        public static func rawControlCharacter(_ character: String) -> String {
            pick("a raw control character (\(character)) inside a string; write it as an escape",
                 id: "karakter kendali mentah (\(character)) di dalam teks; tulis sebagai escape")
        }
        /// A high surrogate `\uD8xx` not followed by a `\u` escape.
        public static var surrogatePairIncomplete: String {
            pick("a \\u escape starts a surrogate pair that is not completed",
                 id: "escape \\u memulai pasangan surrogate yang tidak lengkap")
        }
        public static var surrogatePairInvalid: String {
            pick("a \\u surrogate pair is invalid",
                 id: "pasangan surrogate \\u tidak sah")
        }
        public static var loneSurrogate: String {
            pick("a lone \\u surrogate in a string",
                 id: "surrogate \\u tunggal di dalam teks")
        }
        public static var invalidUnicodeEscape: String { pick("an invalid \\u escape", id: "escape \\u tidak sah") }
        /// `character` is the described byte after the backslash.
        public static func unknownEscape(_ character: String) -> String {
            pick("an unknown escape \\\(character) in a string",
                 id: "escape \\\(character) tidak dikenal di dalam teks")
        }
        public static var hexDigitsNeeded: String {
            pick("a \\u escape needs four hex digits",
                 id: "escape \\u memerlukan empat digit heksadesimal")
        }
        public static var noValue: String {
            pick("no JSON value (the file is empty or only whitespace)",
                 id: "tidak ada nilai JSON (berkas kosong atau hanya berisi spasi)")
        }
        /// `key` comes already quoted.
        public static func duplicateKey(_ key: String) -> String {
            pick("the key \(key) appears twice in one object",
                 id: "kunci \(key) muncul dua kali dalam satu objek")
        }
    }
}
