import Foundation
import RencanaText

/// Reads plan.json bytes into a `Plan`, checking everything a person could get wrong.
///
/// The file format is described in docs/PLAN-FORMAT.md. Every failure is a `PlanError`
/// naming the file, the JSON path and the line and column; nothing here traps.
public enum PlanDecoder {
    /// The `format` value plan files carry.
    public static let formatName = "rencana-plan"
    /// The newest plan format version this build reads.
    public static let currentVersion = 1
    /// Longest text accepted in any one field, in characters.
    public static let maxTextLength = 100_000

    public static func decode(_ data: [UInt8], file: String) throws(PlanError) -> Plan {
        var bytes = data
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }  // tolerate the BOM editors add
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) {
            throw PlanError(file: file, message: bytes.isEmpty ? Text.PlanFile.emptyFile : Text.PlanFile.onlyWhitespace)
        }
        if let bad = firstInvalidUTF8(bytes) {
            let (line, column) = JSONParser.lineAndColumn(of: bad, in: bytes)
            throw PlanError(file: file, line: line, column: column, message: Text.PlanFile.notUTF8)
        }
        do {
            return try bytes.withUnsafeBufferPointer { buffer in
                var decoder = Decoder(file: file, bytes: bytes, buffer: buffer)
                return try decoder.plan()
            }
        } catch let error as PlanError {
            throw error
        } catch let error as JSONSyntaxError {
            let (line, column) = JSONParser.lineAndColumn(of: error.offset, in: bytes)
            throw PlanError(file: file, line: line, column: column, message: error.message)
        } catch {
            throw PlanError(file: file, message: "\(error)")
        }
    }

    /// The first `rows` rows of the plan whose file starts with `bytes` (the whole file or only its beginning),
    /// for showing a large plan while the rest loads; nil when those bytes hold no document before `rows` rows,
    /// or anything in them is wrong (loading the whole file then reports it).
    ///
    /// Only what was read is checked: the plan returned is not validated as a whole.
    public static func decodePrefix(_ data: [UInt8], rows: Int) -> Plan? {
        guard rows > 0 else { return nil }
        var bytes = data
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        // A prefix may end inside a character: check all but the last three bytes.
        if firstInvalidUTF8(Array(bytes.dropLast(3))) != nil { return nil }
        return bytes.withUnsafeBufferPointer { buffer -> Plan? in
            var decoder = Decoder(file: "", bytes: bytes, buffer: buffer)
            decoder.rowLimit = rows
            guard let plan = try? decoder.plan(), decoder.stopped, plan.firstDuplicateID == nil else { return nil }
            return plan
        }
    }

    /// Offset of the first byte that breaks UTF-8, or nil when the bytes are valid UTF-8.
    public static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { buffer -> Int? in
            let n = buffer.count
            var i = 0
            while i < n {
                // ASCII 32 and 8 bytes at a time: plans are mostly ASCII.
                let raw = UnsafeRawPointer(buffer.baseAddress! + i)
                if i + 32 <= n, (raw.loadUnaligned(as: UInt64.self) | raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
                                 | raw.loadUnaligned(fromByteOffset: 16, as: UInt64.self)
                                 | raw.loadUnaligned(fromByteOffset: 24, as: UInt64.self)) & 0x8080_8080_8080_8080 == 0 {
                    i += 32
                    continue
                }
                if i + 8 <= n, raw.loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                    i += 8
                    continue
                }
                let b = buffer[i]
                if b < 0x80 { i += 1; continue }
                let length: Int
                var minimum: UInt32
                var scalar: UInt32
                switch b {
                case 0xC2...0xDF: length = 2; minimum = 0x80; scalar = UInt32(b & 0x1F)
                case 0xE0...0xEF: length = 3; minimum = 0x800; scalar = UInt32(b & 0x0F)
                case 0xF0...0xF4: length = 4; minimum = 0x10000; scalar = UInt32(b & 0x07)
                default: return i
                }
                guard i + length <= n else { return i }
                for k in 1..<length {
                    let c = buffer[i + k]
                    guard c & 0xC0 == 0x80 else { return i }
                    scalar = scalar << 6 | UInt32(c & 0x3F)
                }
                if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) { return i }
                i += length
            }
            return nil
        }
    }

    /// Where a value sits in a plan, kept as numbers so no text is built unless there is an error.
    struct JSONPath: CustomStringConvertible {
        var inDocument = false
        var area: Int?, kegiatan: Int?, sub: Int?, indicator: Int?
        var key: String?
        var element: Int?

        func key(_ name: String, element: Int? = nil) -> JSONPath {
            var path = self
            path.key = name
            path.element = element
            return path
        }

        /// e.g. `areas[6].kegiatan[2].subKegiatan[0].indikator[1].months[1]`
        var description: String {
            var parts: [String] = inDocument ? ["document"] : []
            if let area { parts.append("areas[\(area)]") }
            if let kegiatan { parts.append("kegiatan[\(kegiatan)]") }
            if let sub { parts.append("subKegiatan[\(sub)]") }
            if let indicator { parts.append("indikator[\(indicator)]") }
            if let key { parts.append(key + (element.map { "[\($0)]" } ?? "")) }
            return parts.joined(separator: ".")
        }
    }

    /// The keys of each kind of object, required ones first (docs/PLAN-FORMAT.md).
    enum Keys {
        static let plan = JSONReader.Vocabulary(["document", "areas", "format", "version"])
        static let document = JSONReader.Vocabulary(["title", "year", "institution", "number", "unit", "place", "date", "signer", "signerTitle", "code"])
        static let area = JSONReader.Vocabulary(["number", "name", "kegiatan"])
        static let kegiatan = JSONReader.Vocabulary(["title", "subKegiatan"])
        static let subKegiatan = JSONReader.Vocabulary(["title", "indikator"])
        static let indicator = JSONReader.Vocabulary(["text", "months", "id", "ket"])
        static let months = JSONReader.Vocabulary(Month.labels)
    }

    /// Reads a plan straight from the bytes with a `JSONReader`, checking each value as it comes;
    /// paths and messages are only built for the value that is wrong.
    private struct Decoder {
        let file: String
        let bytes: [UInt8]
        var reader: JSONReader
        /// For each row read so far: where its id is written (or where the row starts), and whether it has one.
        var idLocations: [(offset: Int, explicit: Bool)] = []
        /// Reading stops after this many rows (`decodePrefix`); then every open array and object is left as read so far.
        var rowLimit = Int.max
        private(set) var stopped = false

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

        mutating func plan() throws -> Plan {
            let top = JSONPath()
            var document: DocumentInfo?
            var areas: [ChangeArea] = []
            try object(top, what: Text.PlanFile.aPlan, keys: Keys.plan, required: 2) { d, key in
                switch key {
                case 0: document = try d.document()
                case 1:
                    let start = try d.array(top.key("areas")) { d, a in
                        var path = JSONPath()
                        path.area = a
                        areas.append(try d.area(path, expectedNumber: a + 1))
                    }
                    if areas.isEmpty { throw d.fail(start, top.key("areas"), Text.PlanFile.noAreas) }
                case 2:
                    let start = try d.reader.peek() == .string ? d.reader.offset : 0
                    let name = try d.string(top.key("format"), allowEmpty: true)
                    guard name == PlanDecoder.formatName else {
                        throw d.fail(start, top.key("format"), Text.PlanFile.wrongFormat(expected: PlanDecoder.formatName, found: String(name.prefix(40))))
                    }
                default:
                    _ = try d.reader.peek()
                    let start = d.reader.offset
                    let number = try d.integer(top.key("version"), in: 1...Int.max)
                    guard number <= PlanDecoder.currentVersion else {
                        throw d.fail(start, top.key("version"), Text.PlanFile.newerVersion(number, current: PlanDecoder.currentVersion))
                    }
                }
            }
            if stopped {
                // A prefix: the document must have come before the rows.
                guard let document else { throw PlanError(file: file, message: Text.PlanFile.emptyFile) }
                return Plan(document: document, areas: areas)
            }
            try reader.end()
            let plan = Plan(document: document!, areas: areas)
            if let (row, first) = plan.firstDuplicateID {
                let location = idLocations[row.index]
                throw fail(location.offset, location.explicit ? path(of: row).key("id") : path(of: row),
                           Text.PlanFile.duplicateRowID(row.id.rawValue, firstPath: path(of: first).description))
            }
            return plan
        }

        func path(of row: PlanRow) -> JSONPath {
            var path = JSONPath()
            path.area = row.position.area
            path.kegiatan = row.position.kegiatan
            path.sub = row.position.sub
            path.indicator = row.position.indicator
            return path
        }

        mutating func document() throws -> DocumentInfo {
            var path = JSONPath()
            path.inDocument = true
            let keys = Keys.document.words
            var texts = [String](repeating: "", count: keys.count)
            var year = 0
            try object(JSONPath().key("document"), what: Text.PlanFile.theDocument, keys: Keys.document, required: 2) { d, key in
                if key == 1 {
                    year = try d.integer(path.key("year"), in: 1...9999)
                } else {
                    texts[key] = try d.string(path.key(keys[key]), allowEmpty: key != 0)
                }
            }
            return DocumentInfo(institution: texts[2], number: texts[3], title: texts[0], unit: texts[4], year: year,
                                place: texts[5], date: texts[6], signer: texts[7], signerTitle: texts[8], code: texts[9])
        }

        mutating func area(_ path: JSONPath, expectedNumber: Int) throws -> ChangeArea {
            var number = 0, name = ""
            var kegiatan: [Kegiatan] = []
            try object(path, what: Text.PlanFile.anArea, keys: Keys.area, required: 3) { d, key in
                switch key {
                case 0:
                    let start = try d.expect(.number, path.key("number"), Text.PlanFile.aWholeNumber)
                    number = try d.integer(path.key("number"), in: 1...Int.max)
                    guard number == expectedNumber else {
                        throw d.fail(start, path.key("number"), Text.PlanFile.areaOutOfOrder(expected: expectedNumber, found: number))
                    }
                case 1: name = try d.string(path.key("name"), allowEmpty: false)
                default:
                    try d.array(path.key("kegiatan")) { d, k in
                        var child = path
                        child.kegiatan = k
                        kegiatan.append(try d.kegiatan(child, areaNumber: expectedNumber))
                    }
                }
            }
            return ChangeArea(number: number, name: name, kegiatan: kegiatan)
        }

        mutating func kegiatan(_ path: JSONPath, areaNumber: Int) throws -> Kegiatan {
            var title = ""
            var subs: [SubKegiatan] = []
            try object(path, what: Text.PlanFile.aKegiatan, keys: Keys.kegiatan, required: 2) { d, key in
                if key == 0 {
                    title = try d.string(path.key("title"), allowEmpty: false)
                } else {
                    try d.array(path.key("subKegiatan")) { d, s in
                        var child = path
                        child.sub = s
                        subs.append(try d.subKegiatan(child, areaNumber: areaNumber))
                    }
                }
            }
            return Kegiatan(title: title, subKegiatan: subs)
        }

        mutating func subKegiatan(_ path: JSONPath, areaNumber: Int) throws -> SubKegiatan {
            var title = ""
            var indicators: [Indicator] = []
            try object(path, what: Text.PlanFile.aSubKegiatan, keys: Keys.subKegiatan, required: 2) { d, key in
                if key == 0 {
                    title = try d.string(path.key("title"), allowEmpty: false)
                } else {
                    try d.array(path.key("indikator")) { d, i in
                        var child = path
                        child.indicator = i
                        indicators.append(try d.indicator(child))
                    }
                }
            }
            return SubKegiatan(title: title, indicators: indicators)
        }

        mutating func indicator(_ path: JSONPath) throws -> Indicator {
            var text = "", ket = ""
            var explicitID: RowID?
            var months = MonthSet()
            _ = try reader.peek()
            var location = (offset: reader.offset, explicit: false)
            try object(path, what: Text.PlanFile.anIndicatorRow, keys: Keys.indicator, required: 2) { d, key in
                switch key {
                case 0: text = try d.string(path.key("text"), allowEmpty: true)
                case 1: months = try d.months(path)
                case 2:
                    let start = try d.expect(.string, path.key("id"), Text.PlanFile.aString)
                    let raw = try d.string(path.key("id"), allowEmpty: false)
                    guard RowID.isUsable(raw) else {  // the journal's rule too: never a plan its journal refuses
                        throw d.fail(start, path.key("id"), Text.PlanFile.badID)
                    }
                    explicitID = RowID(raw)
                    location = (start, true)
                default: ket = try d.string(path.key("ket"), allowEmpty: true)
                }
            }
            idLocations.append(location)
            if idLocations.count >= rowLimit { stopped = true }
            return Indicator(id: explicitID, text: text, months: months, ket: ket)
        }

        mutating func months(_ path: JSONPath) throws -> MonthSet {
            // A plain loop, not `array(_:_:)`: this runs for every mark of every row.
            var months = MonthSet()
            _ = try expect(.array, path.key("months"), Text.PlanFile.anArray)
            try reader.beginArray()
            let labels = Keys.months
            var m = 0
            while try reader.nextElement() {
                let start = try expect(.string, path.key("months", element: m), Text.PlanFile.aMonthName)
                let month: Month
                // The usual spelling first, without building a string.
                let word = try reader.readWord(in: labels)
                if case .known(let index) = word, let label = Month(index: index) {
                    month = label
                } else if case .other(let name) = word {
                    let exact = Month.labels.firstIndex(of: name).flatMap(Month.init(index:))
                    // (A month name is short: a 10 MB one is refused without trimming and lowercasing it.)
                    guard let parsed = exact ?? (name.utf8.count <= 64 ? Month(parsing: name) : nil),
                          exact != nil || Int(name.trimmingCharacters(in: .whitespaces)) == nil else {
                        throw fail(start, path.key("months", element: m),
                                   Text.PlanFile.unknownMonth(String(name.prefix(20)), labels: Month.labels.joined(separator: " ")))
                    }
                    month = parsed
                } else {
                    throw fail(start, path.key("months", element: m), Text.PlanFile.aMonthName)
                }
                guard !months.contains(month) else {
                    throw fail(start, path.key("months", element: m), Text.PlanFile.monthTwice(month.label))
                }
                months.insert(month)
                m += 1
            }
            return months
        }
    }
}
