import Foundation
import RencanaText

/// `PlanDecoder`'s reader: one JSON value at a time, each checked as it comes (kind, key, length, range), with
/// the path and the message built only for the value that is wrong. The plan's levels are in PlanDecoding+Levels.swift.
extension PlanDecoder {
    /// Reads a plan straight from the bytes with a `JSONReader`, checking each value as it comes;
    /// paths and messages are only built for the value that is wrong.
    struct Decoder {
        typealias JSONPath = PlanDecoder.JSONPath
        typealias Keys = PlanDecoder.Keys
        let file: String
        let bytes: [UInt8]
        var reader: JSONReader
        /// For each row read so far: where its id is written (or where the row starts), and whether it has one.
        var idLocations: [(offset: Int, explicit: Bool)] = []
        /// Reading stops after this many rows (`decodePrefix`); then every open array and object is left as read so far.
        var rowLimit = Int.max
        var stopped = false

        /// `buffer` holds `bytes` and must stay valid while the decoder is used.
        init(file: String, bytes: [UInt8], buffer: UnsafeBufferPointer<UInt8>) {
            self.file = file
            self.bytes = bytes
            reader = JSONReader(unsafeBytes: buffer)
        }

        func fail(_ offset: Int, _ path: JSONPath, _ message: String) -> PlanError {
            let (line, column) = JSONParser.lineAndColumn(of: offset, in: bytes)
            // Keys, months and ids quoted from the file may hold escaped line breaks: keep the message one line.
            return PlanError(file: file, path: JSONParser.oneLine(path.description), line: line, column: column,
                             message: JSONParser.oneLine(message))
        }

        /// Checks that a value of `kind` comes next and returns where it starts.
        /// (`what` is an autoclosure: the phrase is only built when the value is wrong.)
        mutating func expect(_ kind: JSONReader.ValueKind, _ path: @autoclosure () -> JSONPath,
                             _ what: @autoclosure () -> String) throws -> Int {
            let found = try reader.peek()
            guard found == kind else { throw fail(reader.offset, path(), Text.PlanFile.expected(what(), found: found.typeName)) }
            return reader.offset
        }

        /// Reads an object whose keys must be among `keys` (or start with `x-`, skipped); the first `required`
        /// must be present. `member` reads the value of the key at the given index.
        mutating func object(_ path: @autoclosure () -> JSONPath, what: @autoclosure () -> String, keys: JSONReader.Vocabulary,
                             required: Int, _ member: (inout Decoder, Int) throws -> Void) throws {
            let start = try expect(.object, path(), Text.PlanFile.jsonObject(what()))
            try reader.beginObject()
            var seen: UInt32 = 0
            var extensions = Set<String>()  // a set: 100,000 "x-" keys must not take minutes
            while !stopped, let word = try reader.nextKey(in: keys) {
                let keyOffset = reader.keyOffset
                let index: Int
                switch word {
                case .known(let known): index = known
                case .other(let key):
                    if key.hasPrefix("x-") {
                        guard extensions.insert(key).inserted else { throw duplicateKey(key, keyOffset) }
                        try reader.skipValue()
                        continue
                    } else {
                        _ = try reader.peek()
                        throw fail(reader.offset, path().key(String(JSONParser.quote(key).dropFirst().dropLast())),
                                   Text.PlanFile.unknownKey(JSONParser.quote(key), in: what(), known: keys.words))
                    }
                }
                guard seen & (1 << index) == 0 else { throw duplicateKey(keys.words[index], keyOffset) }
                seen |= 1 << index
                try member(&self, index)
            }
            for index in 0..<required where seen & (1 << index) == 0 && !stopped {
                throw fail(start, path(), Text.PlanFile.lacksKey(what(), key: keys.words[index]))
            }
        }

        func duplicateKey(_ key: String, _ offset: Int) -> JSONSyntaxError {
            JSONSyntaxError(message: Text.JSON.duplicateKey(JSONParser.quote(key)), offset: offset)
        }

        /// Reads an array, calling `element` with each index; returns where the array starts.
        @discardableResult
        mutating func array(_ path: @autoclosure () -> JSONPath, _ element: (inout Decoder, Int) throws -> Void) throws -> Int {
            let start = try expect(.array, path(), Text.PlanFile.anArray)
            try reader.beginArray()
            var index = 0
            while !stopped, try reader.nextElement() {
                try element(&self, index)
                index += 1
            }
            return start
        }

        mutating func string(_ path: @autoclosure () -> JSONPath, allowEmpty: Bool) throws -> String {
            let start = try expect(.string, path(), Text.PlanFile.aString)
            let text = try reader.readString()
            if text.utf8.count > PlanDecoder.maxTextLength && text.unicodeScalars.count > PlanDecoder.maxTextLength {
                throw fail(start, path(), Text.PlanFile.textTooLong(max: PlanDecoder.maxTextLength))
            }
            if !allowEmpty && !Decoder.startsWithVisibleASCII(text) && !text.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) {
                throw fail(start, path(), Text.PlanFile.mustNotBeEmpty)
            }
            return text
        }

        /// Whether the text's first byte is a printable ASCII character other than space (the usual case: no scalar scan).
        static func startsWithVisibleASCII(_ text: String) -> Bool {
            guard let first = text.utf8.first else { return false }
            return first > 0x20 && first < 0x7F
        }

        mutating func integer(_ path: @autoclosure () -> JSONPath, in range: ClosedRange<Int>) throws -> Int {
            let start = try expect(.number, path(), Text.PlanFile.aWholeNumber)
            let text = try reader.readNumber()
            guard let value = Int(text), range.contains(value) else {
                throw fail(start, path(), Text.PlanFile.numberOutOfRange(from: range.lowerBound, to: range.upperBound,
                                                                     found: "\(text.prefix(20))\(text.count > 20 ? "…" : "")"))
            }
            return value
        }
    }
}
