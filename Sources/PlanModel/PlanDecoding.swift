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
        let reader = Reader(file: file, bytes: bytes)
        let plan = try reader.plan(root)
        if let (row, first) = plan.firstDuplicateID {
            throw reader.duplicate(row: row, first: first, root: root)
        }
        return plan
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

    /// Walks the JSON tree; paths and messages are only built for the value that is wrong.
    private struct Reader {
        let file: String
        let bytes: [UInt8]

        init(file: String, bytes: [UInt8]) {
            self.file = file
            self.bytes = bytes
        }

        func fail(_ node: JSONNode, _ path: JSONPath, _ message: String) -> PlanError {
            let (line, column) = JSONParser.lineAndColumn(of: node.offset, in: bytes)
            // Keys, months and ids quoted from the file may hold escaped line breaks: keep the message one line.
            return PlanError(file: file, path: JSONParser.oneLine(path.description), line: line, column: column,
                             message: JSONParser.oneLine(message))
        }

        /// The values of `keys` in an object, in the same order (nil when absent); the first `required` must be present.
        /// The error for a row whose ID an earlier row has, pointing at the later row.
        func duplicate(row: PlanRow, first: PlanRow, root: JSONNode) -> PlanError {
            func path(_ row: PlanRow) -> JSONPath {
                var path = JSONPath()
                path.area = row.position.area
                path.kegiatan = row.position.kegiatan
                path.sub = row.position.sub
                path.indicator = row.position.indicator
                return path
            }
            // Walk the tree down to the later row, to point at its id (or the row when the id is positional).
            var node = root
            let steps: [(String, Int)] = [("areas", row.position.area), ("kegiatan", row.position.kegiatan),
                                          ("subKegiatan", row.position.sub), ("indikator", row.position.indicator)]
            for (key, index) in steps {
                if case .object(let members) = node.kind, let child = members.first(where: { $0.key == key })?.value,
                   case .array(let items) = child.kind, index < items.count {
                    node = items[index]
                }
            }
            var target = path(row)
            if case .object(let members) = node.kind, let idNode = members.first(where: { $0.key == "id" })?.value {
                node = idNode
                target = target.key("id")
            }
            return fail(node, target, "duplicate row id \"\(row.id)\" (already used by \(path(first)))")
        }

        func fields(_ node: JSONNode, _ path: JSONPath, what: String, keys: [String], required: Int) throws(PlanError) -> [JSONNode?] {
            guard case .object(let list) = node.kind else {
                throw fail(node, path, "expected \(what) (a JSON object), found \(node.typeName)")
            }
            var found = [JSONNode?](repeating: nil, count: keys.count)
            for (key, value) in list {
                if let index = keys.firstIndex(of: key) {
                    found[index] = value
                } else if !key.hasPrefix("x-") {
                    throw fail(value, path.key(key), "unknown key \"\(key)\" in \(what) (known keys: \(keys.joined(separator: ", ")))")
                }
            }
            for index in 0..<required where found[index] == nil {
                throw fail(node, path, "\(what) lacks the required key \"\(keys[index])\"")
            }
            return found
        }

        func string(_ node: JSONNode?, _ path: JSONPath, allowEmpty: Bool) throws(PlanError) -> String {
            guard let node else { return "" }
            guard case .string(let text) = node.kind else {
                throw fail(node, path, "expected a string, found \(node.typeName)")
            }
            if text.utf8.count > PlanDecoder.maxTextLength && text.unicodeScalars.count > PlanDecoder.maxTextLength {
                throw fail(node, path, "text longer than \(PlanDecoder.maxTextLength) characters")
            }
            if !allowEmpty && text.unicodeScalars.allSatisfy(\.properties.isWhitespace) {
                throw fail(node, path, "must not be empty")
            }
            return text
        }

        func integer(_ node: JSONNode, _ path: JSONPath, in range: ClosedRange<Int>) throws(PlanError) -> Int {
            guard case .number(let text) = node.kind else {
                throw fail(node, path, "expected a whole number, found \(node.typeName)")
            }
            guard let value = Int(text), range.contains(value) else {
                throw fail(node, path, "expected a whole number from \(range.lowerBound) to \(range.upperBound), found \(text.prefix(20))\(text.count > 20 ? "…" : "")")
            }
            return value
        }

        func array(_ node: JSONNode, _ path: JSONPath) throws(PlanError) -> [JSONNode] {
            guard case .array(let items) = node.kind else {
                throw fail(node, path, "expected an array, found \(node.typeName)")
            }
            return items
        }

        func plan(_ root: JSONNode) throws(PlanError) -> Plan {
            let top = JSONPath()
            let f = try fields(root, top, what: "a plan", keys: ["document", "areas", "format", "version"], required: 2)
            if let format = f[2] {
                let name = try string(format, top.key("format"), allowEmpty: true)
                guard name == PlanDecoder.formatName else {
                    throw fail(format, top.key("format"), "expected \"\(PlanDecoder.formatName)\", found \"\(name.prefix(40))\"")
                }
            }
            if let version = f[3] {
                let number = try integer(version, top.key("version"), in: 1...Int.max)
                guard number <= PlanDecoder.currentVersion else {
                    throw fail(version, top.key("version"), "format version \(number) is newer than this rencana reads (\(PlanDecoder.currentVersion)); update rencana")
                }
            }
            let document = try self.document(f[0]!)
            let areaNodes = try array(f[1]!, top.key("areas"))
            guard !areaNodes.isEmpty else { throw fail(f[1]!, top.key("areas"), "the plan has no areas") }
            var areas: [ChangeArea] = []
            areas.reserveCapacity(areaNodes.count)
            for (a, node) in areaNodes.enumerated() {
                var path = JSONPath()
                path.area = a
                areas.append(try area(node, path, expectedNumber: a + 1))
            }
            return Plan(document: document, areas: areas)
        }

        func document(_ node: JSONNode) throws(PlanError) -> DocumentInfo {
            var path = JSONPath()
            path.inDocument = true
            let keys = ["title", "year", "institution", "number", "unit", "place", "date", "signer", "signerTitle"]
            let f = try fields(node, JSONPath().key("document"), what: "the document", keys: keys, required: 2)
            func text(_ index: Int) throws(PlanError) -> String { try string(f[index], path.key(keys[index]), allowEmpty: true) }
            return DocumentInfo(
                institution: try text(2), number: try text(3),
                title: try string(f[0], path.key("title"), allowEmpty: false),
                unit: try text(4), year: try integer(f[1]!, path.key("year"), in: 1...9999),
                place: try text(5), date: try text(6), signer: try text(7), signerTitle: try text(8))
        }

        func area(_ node: JSONNode, _ path: JSONPath, expectedNumber: Int) throws(PlanError) -> ChangeArea {
            let f = try fields(node, path, what: "an area", keys: ["number", "name", "kegiatan"], required: 3)
            let number = try integer(f[0]!, path.key("number"), in: 1...Int.max)
            guard number == expectedNumber else {
                throw fail(f[0]!, path.key("number"), "area numbers must run 1, 2, 3… in order; expected \(expectedNumber), found \(number)")
            }
            let name = try string(f[1], path.key("name"), allowEmpty: false)
            let children = try array(f[2]!, path.key("kegiatan"))
            var kegiatan: [Kegiatan] = []
            kegiatan.reserveCapacity(children.count)
            for (k, child) in children.enumerated() {
                var childPath = path
                childPath.kegiatan = k
                kegiatan.append(try self.kegiatan(child, childPath))
            }
            return ChangeArea(number: number, name: name, kegiatan: kegiatan)
        }

        func kegiatan(_ node: JSONNode, _ path: JSONPath) throws(PlanError) -> Kegiatan {
            let f = try fields(node, path, what: "a kegiatan", keys: ["title", "subKegiatan"], required: 2)
            let title = try string(f[0], path.key("title"), allowEmpty: false)
            let children = try array(f[1]!, path.key("subKegiatan"))
            var subs: [SubKegiatan] = []
            subs.reserveCapacity(children.count)
            for (s, child) in children.enumerated() {
                var childPath = path
                childPath.sub = s
                subs.append(try subKegiatan(child, childPath))
            }
            return Kegiatan(title: title, subKegiatan: subs)
        }

        func subKegiatan(_ node: JSONNode, _ path: JSONPath) throws(PlanError) -> SubKegiatan {
            let f = try fields(node, path, what: "a sub kegiatan", keys: ["title", "indikator"], required: 2)
            let title = try string(f[0], path.key("title"), allowEmpty: false)
            let children = try array(f[1]!, path.key("indikator"))
            var indicators: [Indicator] = []
            indicators.reserveCapacity(children.count)
            for (i, child) in children.enumerated() {
                var childPath = path
                childPath.indicator = i
                indicators.append(try indicator(child, childPath))
            }
            return SubKegiatan(title: title, indicators: indicators)
        }

        func indicator(_ node: JSONNode, _ path: JSONPath) throws(PlanError) -> Indicator {
            let f = try fields(node, path, what: "an indicator row", keys: ["text", "months", "id", "ket"], required: 2)
            var explicitID: RowID?
            if let idNode = f[2] {
                let raw = try string(idNode, path.key("id"), allowEmpty: false)
                guard raw.utf8.count <= 64 * 4, raw.count <= 64, !raw.unicodeScalars.contains(where: \.properties.isWhitespace) else {
                    throw fail(idNode, path.key("id"), "an id must be at most 64 characters without spaces")
                }
                explicitID = RowID(raw)
            }
            let text = try string(f[0], path.key("text"), allowEmpty: true)
            let ket = try string(f[3], path.key("ket"), allowEmpty: true)
            var months = MonthSet()
            for (m, monthNode) in try array(f[1]!, path.key("months")).enumerated() {
                guard case .string(let name) = monthNode.kind else {
                    throw fail(monthNode, path.key("months", element: m), "expected a month name such as \"Jan\", found \(monthNode.typeName)")
                }
                // The usual spelling first, without the allocations of the lenient parse.
                let exact = Month.labels.firstIndex(of: name).flatMap(Month.init(index:))
                guard let month = exact ?? Month(parsing: name),
                      exact != nil || Int(name.trimmingCharacters(in: .whitespaces)) == nil else {
                    throw fail(monthNode, path.key("months", element: m),
                               "unknown month \"\(name.prefix(20))\" (use \(Month.labels.joined(separator: " ")))")
                }
                guard !months.contains(month) else {
                    throw fail(monthNode, path.key("months", element: m), "month \(month.label) is listed twice")
                }
                months.insert(month)
            }
            return Indicator(id: explicitID, text: text, months: months, ket: ket)
        }
    }
}
