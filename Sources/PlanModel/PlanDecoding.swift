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
}
