import Foundation

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
            throw PlanError(file: file, message: bytes.isEmpty ? "the file is empty; expected a plan in JSON"
                                                                : "the file holds only whitespace; expected a plan in JSON")
        }
        if let bad = firstInvalidUTF8(bytes) {
            let (line, column) = JSONParser.lineAndColumn(of: bad, in: bytes)
            throw PlanError(file: file, line: line, column: column, message: "not UTF-8 text (save the file as UTF-8)")
        }
        let root: JSONNode
        do {
            root = try JSONParser.parse(bytes)
        } catch {
            let (line, column) = JSONParser.lineAndColumn(of: error.offset, in: bytes)
            throw PlanError(file: file, line: line, column: column, message: error.message)
        }
        var reader = Reader(file: file, bytes: bytes)
        return try reader.plan(root)
    }

    /// Offset of the first byte that breaks UTF-8, or nil when the bytes are valid UTF-8.
    public static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
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
                let c = bytes[i + k]
                guard c & 0xC0 == 0x80 else { return i }
                scalar = scalar << 6 | UInt32(c & 0x3F)
            }
            if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) { return i }
            i += length
        }
        return nil
    }

    /// Walks the JSON tree, tracking the path for messages.
    private struct Reader {
        let file: String
        let bytes: [UInt8]
        var seenIDs: [RowID: String] = [:]

        init(file: String, bytes: [UInt8]) {
            self.file = file
            self.bytes = bytes
        }

        func fail(_ node: JSONNode, _ path: String, _ message: String) -> PlanError {
            let (line, column) = JSONParser.lineAndColumn(of: node.offset, in: bytes)
            return PlanError(file: file, path: path, line: line, column: column, message: message)
        }

        func members(_ node: JSONNode, _ path: String, what: String,
                     required: [String], optional: [String]) throws(PlanError) -> [String: JSONNode] {
            guard case .object(let list) = node.kind else {
                throw fail(node, path, "expected \(what) (a JSON object), found \(node.typeName)")
            }
            var table: [String: JSONNode] = [:]
            for (key, value) in list {
                guard required.contains(key) || optional.contains(key) || key.hasPrefix("x-") else {
                    let known = (required + optional).joined(separator: ", ")
                    throw fail(value, join(path, key), "unknown key \"\(key)\" in \(what) (known keys: \(known))")
                }
                table[key] = value
            }
            for key in required where table[key] == nil {
                throw fail(node, path, "\(what) lacks the required key \"\(key)\"")
            }
            return table
        }

        func join(_ path: String, _ key: String) -> String { path.isEmpty ? key : path + "." + key }

        func string(_ node: JSONNode?, _ path: String, allowEmpty: Bool) throws(PlanError) -> String {
            guard let node else { return "" }
            guard case .string(let text) = node.kind else {
                throw fail(node, path, "expected a string, found \(node.typeName)")
            }
            if text.unicodeScalars.count > PlanDecoder.maxTextLength {
                throw fail(node, path, "text longer than \(PlanDecoder.maxTextLength) characters")
            }
            if !allowEmpty && text.allSatisfy(\.isWhitespace) {
                throw fail(node, path, "must not be empty")
            }
            return text
        }

        func integer(_ node: JSONNode, _ path: String, in range: ClosedRange<Int>) throws(PlanError) -> Int {
            guard case .number(let text) = node.kind else {
                throw fail(node, path, "expected a whole number, found \(node.typeName)")
            }
            guard let value = Int(text), range.contains(value) else {
                throw fail(node, path, "expected a whole number from \(range.lowerBound) to \(range.upperBound), found \(text.prefix(20))\(text.count > 20 ? "…" : "")")
            }
            return value
        }

        func array(_ node: JSONNode, _ path: String) throws(PlanError) -> [JSONNode] {
            guard case .array(let items) = node.kind else {
                throw fail(node, path, "expected an array, found \(node.typeName)")
            }
            return items
        }

        mutating func plan(_ root: JSONNode) throws(PlanError) -> Plan {
            let top = try members(root, "", what: "a plan", required: ["document", "areas"], optional: ["format", "version"])
            if let format = top["format"] {
                let name = try string(format, "format", allowEmpty: true)
                guard name == PlanDecoder.formatName else {
                    throw fail(format, "format", "expected \"\(PlanDecoder.formatName)\", found \"\(name.prefix(40))\"")
                }
            }
            if let version = top["version"] {
                let number = try integer(version, "version", in: 1...Int.max)
                guard number <= PlanDecoder.currentVersion else {
                    throw fail(version, "version", "format version \(number) is newer than this rencana reads (\(PlanDecoder.currentVersion)); update rencana")
                }
            }
            let document = try self.document(top["document"]!)
            let areaNodes = try array(top["areas"]!, "areas")
            guard !areaNodes.isEmpty else { throw fail(top["areas"]!, "areas", "the plan has no areas") }
            var areas: [ChangeArea] = []
            areas.reserveCapacity(areaNodes.count)
            for (a, node) in areaNodes.enumerated() {
                areas.append(try area(node, "areas[\(a)]", expectedNumber: a + 1))
            }
            return Plan(document: document, areas: areas)
        }

        func document(_ node: JSONNode) throws(PlanError) -> DocumentInfo {
            let fields = try members(node, "document", what: "the document",
                                     required: ["title", "year"],
                                     optional: ["institution", "number", "unit", "place", "date", "signer", "signerTitle"])
            func text(_ key: String) throws(PlanError) -> String { try string(fields[key], "document." + key, allowEmpty: true) }
            return DocumentInfo(
                institution: try text("institution"), number: try text("number"),
                title: try string(fields["title"], "document.title", allowEmpty: false),
                unit: try text("unit"), year: try integer(fields["year"]!, "document.year", in: 1...9999),
                place: try text("place"), date: try text("date"),
                signer: try text("signer"), signerTitle: try text("signerTitle"))
        }

        mutating func area(_ node: JSONNode, _ path: String, expectedNumber: Int) throws(PlanError) -> ChangeArea {
            let fields = try members(node, path, what: "an area", required: ["number", "name", "kegiatan"], optional: [])
            let number = try integer(fields["number"]!, path + ".number", in: 1...Int.max)
            guard number == expectedNumber else {
                throw fail(fields["number"]!, path + ".number",
                           "area numbers must run 1, 2, 3… in order; expected \(expectedNumber), found \(number)")
            }
            let name = try string(fields["name"], path + ".name", allowEmpty: false)
            var kegiatan: [Kegiatan] = []
            for (k, child) in try array(fields["kegiatan"]!, path + ".kegiatan").enumerated() {
                kegiatan.append(try self.kegiatan(child, "\(path).kegiatan[\(k)]", position: (number, k + 1)))
            }
            return ChangeArea(number: number, name: name, kegiatan: kegiatan)
        }

        mutating func kegiatan(_ node: JSONNode, _ path: String, position: (Int, Int)) throws(PlanError) -> Kegiatan {
            let fields = try members(node, path, what: "a kegiatan", required: ["title", "subKegiatan"], optional: [])
            let title = try string(fields["title"], path + ".title", allowEmpty: false)
            var subs: [SubKegiatan] = []
            for (s, child) in try array(fields["subKegiatan"]!, path + ".subKegiatan").enumerated() {
                subs.append(try subKegiatan(child, "\(path).subKegiatan[\(s)]", position: (position.0, position.1, s + 1)))
            }
            return Kegiatan(title: title, subKegiatan: subs)
        }

        mutating func subKegiatan(_ node: JSONNode, _ path: String, position: (Int, Int, Int)) throws(PlanError) -> SubKegiatan {
            let fields = try members(node, path, what: "a sub kegiatan", required: ["title", "indikator"], optional: [])
            let title = try string(fields["title"], path + ".title", allowEmpty: false)
            var indicators: [Indicator] = []
            for (i, child) in try array(fields["indikator"]!, path + ".indikator").enumerated() {
                let positional = RowID.positional(area: position.0, kegiatan: position.1, sub: position.2, indicator: i + 1)
                indicators.append(try indicator(child, "\(path).indikator[\(i)]", positional: positional))
            }
            return SubKegiatan(title: title, indicators: indicators)
        }

        mutating func indicator(_ node: JSONNode, _ path: String, positional: RowID) throws(PlanError) -> Indicator {
            let fields = try members(node, path, what: "an indicator row", required: ["text", "months"], optional: ["id", "ket"])
            var explicitID: RowID?
            if let idNode = fields["id"] {
                let raw = try string(idNode, path + ".id", allowEmpty: false)
                guard raw.count <= 64, !raw.contains(where: { $0.isWhitespace || $0.isNewline }) else {
                    throw fail(idNode, path + ".id", "an id must be at most 64 characters without spaces")
                }
                explicitID = RowID(raw)
            }
            let id = explicitID ?? positional
            if let other = seenIDs[id] {
                throw fail(fields["id"] ?? node, path + (fields["id"] == nil ? "" : ".id"),
                           "duplicate row id \"\(id)\" (already used by \(other))")
            }
            seenIDs[id] = path
            let text = try string(fields["text"], path + ".text", allowEmpty: true)
            let ket = try string(fields["ket"], path + ".ket", allowEmpty: true)
            var months = MonthSet()
            for (m, monthNode) in try array(fields["months"]!, path + ".months").enumerated() {
                let monthPath = "\(path).months[\(m)]"
                guard case .string(let name) = monthNode.kind else {
                    throw fail(monthNode, monthPath, "expected a month name such as \"Jan\", found \(monthNode.typeName)")
                }
                guard let month = Month(parsing: name), Int(name.trimmingCharacters(in: .whitespaces)) == nil else {
                    throw fail(monthNode, monthPath,
                               "unknown month \"\(name.prefix(20))\" (use \(Month.labels.joined(separator: " ")))")
                }
                guard !months.contains(month) else {
                    throw fail(monthNode, monthPath, "month \(month.label) is listed twice")
                }
                months.insert(month)
            }
            return Indicator(id: explicitID, text: text, months: months, ket: ket)
        }
    }
}
