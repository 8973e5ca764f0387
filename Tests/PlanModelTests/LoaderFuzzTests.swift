import Foundation
import PlanModel
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// Fuzzing the plan loader: deterministic random mutations of the real plan.json must each either
/// decode or be refused with a one-line `PlanError` naming the file, and never trap or hang.
///
/// Every case is derived from `(seed, index)` alone, so a failure prints the call that replays it:
/// `LoaderFuzzTests.replay(seed:index:)`. A trap cannot be caught, so the case being decoded is kept
/// in a static buffer that a SIGTRAP/SIGILL/SIGSEGV handler writes to stderr before the process dies.
final class LoaderFuzzTests: XCTestCase {
    static let seed: UInt64 = 0x52_454E_4341_4E41  // "RENCANA"
    static let mutationCount = 10_000
    static let randomInputCount = 3_000

    // MARK: Inputs

    static let realPlan: [UInt8] = Array(try! Data(contentsOf: RealPlan.url))

    /// plan.json cut after the first two kegiatan of its first area and closed again: the same shapes
    /// (document, ids, months, ket, several subs and rows) in a twelfth of the bytes, so ten thousand
    /// decodes stay quick in a debug build. Every 50th case mutates the whole file instead.
    static let firstArea: [UInt8] = {
        let bytes = realPlan
        func find(_ text: String, from: Int = 0) -> Int {
            let needle = Array(text.utf8)
            return (from...(bytes.count - needle.count)).first { bytes[$0..<($0 + needle.count)].elementsEqual(needle) }!
        }
        // The third kegiatan of area 1 starts at the third "title" indented as a kegiatan's.
        let kegiatan = "\n        {\n          \"title\""
        let third = find(kegiatan, from: find(kegiatan, from: find(kegiatan) + 1) + 1)
        let comma = (0..<third).last { bytes[$0] == UInt8(ascii: ",") }!
        return Array(bytes[..<comma]) + Array("\n      ]\n    }\n  ]\n}\n".utf8)
    }()

    // MARK: Random numbers

    /// PlanModel's SplitMix64, with the helpers the mutations use.
    struct Random {
        private var generator: SplitMix64
        init(_ seed: UInt64) { generator = SplitMix64(seed: seed) }
        mutating func next() -> UInt64 { generator.next() }
        mutating func below(_ n: Int) -> Int { n <= 0 ? 0 : Int(next() % UInt64(n)) }
        mutating func byte() -> UInt8 { UInt8(truncatingIfNeeded: next()) }
        mutating func chance(_ oneIn: Int) -> Bool { below(oneIn) == 0 }
    }

    // MARK: Mutations

    static let jsonBytes: [UInt8] = Array(#"{}[]",:\0123456789-+.eEtrufalsn "#.utf8)

    /// One random mutation of `bytes`, and a short description of it.
    static func mutate(_ bytes: inout [UInt8], _ random: inout Random) -> String {
        let n = bytes.count
        func position() -> Int { random.below(n + 1) }
        func range(maxLength: Int = 64) -> Range<Int> {
            let start = random.below(max(n, 1))
            return start..<min(n, start + 1 + random.below(maxLength))
        }
        switch random.below(13) {
        case 0:  // flip bits of one byte
            guard n > 0 else { return "nothing to flip" }
            let at = random.below(n), mask = UInt8(1 << random.below(8)) | (random.chance(4) ? random.byte() : 0)
            bytes[at] ^= mask
            return "flip byte \(at) ^ 0x\(String(mask, radix: 16))"
        case 1:  // insert random bytes
            let at = position(), inserted = (0..<(1 + random.below(8))).map { _ in random.byte() }
            bytes.insert(contentsOf: inserted, at: at)
            return "insert \(inserted) at \(at)"
        case 2:  // insert JSON punctuation, quotes, backslashes, digits
            let at = position(), inserted = (0..<(1 + random.below(6))).map { _ in jsonBytes[random.below(jsonBytes.count)] }
            bytes.insert(contentsOf: inserted, at: at)
            return "insert \(String(decoding: inserted, as: UTF8.self).debugDescription) at \(at)"
        case 3:  // delete a range
            guard n > 0 else { return "nothing to delete" }
            let r = range(maxLength: random.chance(4) ? 4_000 : 40)
            bytes.removeSubrange(r)
            return "delete \(r)"
        case 4:  // duplicate a range
            guard n > 0 else { return "nothing to duplicate" }
            let r = range(maxLength: random.chance(4) ? 4_000 : 60), at = position()
            bytes.insert(contentsOf: Array(bytes[r]), at: at)
            return "copy \(r) to \(at)"
        case 5:  // truncate
            let at = random.below(n + 1)
            bytes.removeSubrange(at...)
            return "truncate at \(at)"
        case 6:  // swap two slices
            guard n > 1 else { return "nothing to swap" }
            var a = range(), b = range()
            if a.lowerBound > b.lowerBound { swap(&a, &b) }
            guard a.upperBound <= b.lowerBound else { return "overlapping swap skipped" }
            let first = Array(bytes[a]), second = Array(bytes[b])
            bytes.replaceSubrange(b, with: first)
            bytes.replaceSubrange(a, with: second)
            return "swap \(a) with \(b)"
        case 7, 8:  // replace a string value (or key) with a number, null, an array, an object, another type
            // From a random place, the next two quotes (the string they enclose, or the gap between two strings).
            var first = random.below(max(n, 1))
            while first < n, bytes[first] != UInt8(ascii: "\"") { first += 1 }
            var second = first + 1
            while second < n, bytes[second] != UInt8(ascii: "\"") { second += 1 }
            guard second < n else { return "no string to replace" }
            let r = first..<(second + 1)
            let replacements = ["0", "-1", "2022", "1e400", String(repeating: "9", count: 400), "null", "true", "[]", "[\"Jan\"]",
                                "{}", "\"\"", "\" \"", "\"\\u0000\"", "\"\\ud800\"", "\"Jan\\n\"", "\"x-\"", "-", "0.5", "[[[[[[]]]]]]"]
            let replacement = replacements[random.below(replacements.count)]
            bytes.replaceSubrange(r, with: Array(replacement.utf8))
            return "replace string \(r) with \(replacement.prefix(20))"
        case 9:  // deep nesting inserted
            let at = position(), depth = 1 + random.below(200)
            let open: [UInt8] = random.chance(2) ? Array("[".utf8) : Array(#"{"x-a":"#.utf8)
            let close: [UInt8] = open.count == 1 ? Array("]".utf8) : Array("}".utf8)
            let balanced = random.chance(2)
            var inserted = Array([[UInt8]](repeating: open, count: depth).joined())
            if balanced { inserted += Array("0".utf8) + Array([[UInt8]](repeating: close, count: depth).joined()) }
            bytes.insert(contentsOf: inserted, at: at)
            return "nest \(depth) \(String(decoding: open, as: UTF8.self)) at \(at)\(balanced ? " balanced" : "")"
        case 10:  // an invalid or odd UTF-8 sequence
            let sequences: [[UInt8]] = [[0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82], [0xFF],
                                        [0xEF, 0xBB, 0xBF], [0xE2, 0x80, 0xA8], [0xC2, 0x85], [0x00], [0x1B]]
            let at = position(), inserted = sequences[random.below(sequences.count)]
            bytes.insert(contentsOf: inserted, at: at)
            return "insert bytes \(inserted) at \(at)"
        case 11:  // overwrite one byte with an ASCII character
            guard n > 0 else { return "nothing to overwrite" }
            let at = random.below(n), value = UInt8(0x20 + random.below(0x5F))
            bytes[at] = value
            return "set byte \(at) to \(String(UnicodeScalar(value)).debugDescription)"
        default:  // a month, an id or a key from elsewhere in the file, to make valid-looking duplicates
            let words = ["\"Jan\"", "\"Des\"", "\"Agustus\"", "\"13\"", "\"id\": \"1.1.1.1\", ", "\"x-note\": 1, ", "\"ket\": \"\", ",
                         "\"number\": 1, ", "\"months\": [], ", "\"text\": \"a\", "]
            let at = position(), word = words[random.below(words.count)]
            bytes.insert(contentsOf: Array(word.utf8), at: at)
            return "insert \(word.debugDescription) at \(at)"
        }
    }

    /// The `index`th case of a run: its input and the mutations applied.
    static func fuzzCase(seed: UInt64, index: Int) -> (bytes: [UInt8], steps: [String]) {
        var random = Random(seed ^ (UInt64(index) &* 0xD6E8_FEB8_6659_FD93))
        // Mostly the first area; every 50th case the whole plan, so the full file is mutated too.
        var bytes = index % 50 == 0 ? realPlan : firstArea
        var steps: [String] = index % 50 == 0 ? ["whole plan.json"] : []
        for _ in 0..<(1 + random.below(random.chance(8) ? 8 : 3)) { steps.append(mutate(&bytes, &random)) }
        return (bytes, steps)
    }

    // MARK: The crash note

    /// The case being decoded, NUL-terminated, for the signal handler; written only between decodes.
    nonisolated(unsafe) static var note = UnsafeMutablePointer<CChar>.allocate(capacity: 4096)

    static func setNote(_ text: String) {
        let bytes = Array(text.utf8.prefix(4000))
        for (i, b) in bytes.enumerated() { note[i] = CChar(bitPattern: b) }
        note[bytes.count] = 0
    }

    /// On a trap, prints the case being decoded (async-signal-safe: only write(2)) and dies of the same signal.
    static func installCrashNote() {
        setNote("")
        for signal in [SIGTRAP, SIGILL, SIGSEGV, SIGBUS, SIGABRT] {
            Glibc.signal(signal) { number in
                let head = "\nLoaderFuzzTests: the loader crashed on "
                _ = head.withCString { write(2, $0, strlen($0)) }
                _ = write(2, LoaderFuzzTests.note, strlen(LoaderFuzzTests.note))
                _ = write(2, "\n", 1)
                Glibc.signal(number, SIG_DFL)
                raise(number)
            }
        }
    }

    static func restoreSignals() {
        for signal in [SIGTRAP, SIGILL, SIGSEGV, SIGBUS, SIGABRT] { Glibc.signal(signal, SIG_DFL) }
    }

    // MARK: Checking one input

    enum Outcome {
        case decoded
        /// Refused properly, with this message.
        case refused(PlanError)
        /// Something the loader must never do.
        case wrong(String)

        var problem: String? { if case .wrong(let text) = self { return text } else { return nil } }
    }

    /// Decodes `bytes` and judges the answer.
    static func outcome(_ bytes: [UInt8], file: String = "fuzz/plan.json") -> Outcome {
        do {
            let plan = try PlanDecoder.decode(bytes, file: file)
            // What decodes must survive being written and read again unchanged.
            let again = try PlanDecoder.decode(Array(PlanEncoder.json(plan).utf8), file: file)
            // (Rows without an id are written with their positional id, so compare rows, not indicators.)
            if again.document != plan.document { return .wrong("re-encoding changed the document: \(plan.document) → \(again.document)") }
            if let r = plan.rows.indices.first(where: { !again.rows.indices.contains($0) || again.rows[$0] != plan.rows[$0] }) {
                return .wrong("re-encoding changed row \(r): \(plan.rows[r]) → \(again.rows.indices.contains(r) ? "\(again.rows[r])" : "none")")
            }
            func skeleton(_ plan: Plan) -> [String] {
                plan.areas.map { "\($0.number) \($0.name) " + $0.kegiatan.map { "\($0.title): " + $0.subKegiatan.map { "\($0.title) \($0.indicators.count)" }.joined(separator: "|") }.joined(separator: "||") }
            }
            if skeleton(again) != skeleton(plan) || again.rows.count != plan.rows.count { return .wrong("re-encoding changed the outline") }
            return .decoded
        } catch {
            let text = error.description
            if !text.hasPrefix(file + ": ") { return .wrong("message does not start with the file name: \(text)") }
            if error.message.isEmpty { return .wrong("empty message: \(text)") }
            if text.contains(where: \.isNewline) { return .wrong("message is not one line: \(text.debugDescription)") }
            if text.count > 400 { return .wrong("message of \(text.count) characters: \(text.prefix(200))…") }
            if let line = error.line, let column = error.column, line < 1 || column < 1 { return .wrong("bad location: \(text)") }
            return .refused(error)
        }
    }

    /// nil when `bytes` decode or are refused properly, else what is wrong.
    static func check(_ bytes: [UInt8], file: String = "fuzz/plan.json") -> String? { outcome(bytes, file: file).problem }

    /// Replays one case (for a failure report): prints its steps and returns the problem, if any.
    static func replay(seed: UInt64 = LoaderFuzzTests.seed, index: Int) -> String? {
        let (bytes, steps) = fuzzCase(seed: seed, index: index)
        print("case \(index) of seed 0x\(String(seed, radix: 16)): \(steps.joined(separator: "; "))")
        return check(bytes)
    }

    // MARK: Tests

    func testTheInputsAreValidBeforeMutation() throws {
        XCTAssertNil(Self.check(Self.realPlan))
        XCTAssertNil(Self.check(Self.firstArea))
        let first = try PlanDecoder.decode(Self.firstArea, file: "first.json")
        XCTAssertEqual(first.areas.count, 1)
        XCTAssertGreaterThan(first.rows.count, 5)
        XCTAssertLessThan(Self.firstArea.count, Self.realPlan.count / 8)
    }

    func testTenThousandMutationsOfPlanJSONDecodeOrAreRefusedInOneLine() {
        Self.installCrashNote()
        defer { Self.restoreSignals() }
        var decoded = 0, refused = 0, failures = 0
        var slowest = (seconds: 0.0, index: -1)
        var messages: [String: Int] = [:]
        let start = DispatchTime.now()
        for index in 0..<Self.mutationCount {
            let (bytes, steps) = Self.fuzzCase(seed: Self.seed, index: index)
            Self.setNote("case \(index) of seed 0x\(String(Self.seed, radix: 16)): \(steps.joined(separator: "; "))")
            let caseStart = DispatchTime.now()
            let outcome = Self.outcome(bytes)
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - caseStart.uptimeNanoseconds) / 1e9
            if seconds > slowest.seconds { slowest = (seconds, index) }
            switch outcome {
            case .decoded: decoded += 1
            case .refused(let error):
                refused += 1
                messages[String(error.message.prefix { !"\"0123456789(".contains($0) }), default: 0] += 1
            case .wrong(let problem):
                failures += 1
                if failures <= 10 {
                    XCTFail("case \(index) of seed 0x\(String(Self.seed, radix: 16)) (replay with LoaderFuzzTests.replay(index: \(index))): "
                            + "\(steps.joined(separator: "; ")): \(problem)")
                }
            }
        }
        let total = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        XCTAssertEqual(failures, 0, "\(failures) of \(Self.mutationCount) cases failed")
        XCTAssertEqual(decoded + refused + failures, Self.mutationCount)
        XCTAssertGreaterThan(refused, Self.mutationCount / 2, "most mutations break the plan")
        XCTAssertGreaterThan(decoded, 10, "some mutations leave a valid plan (the fuzzer reaches past the parser)")
        XCTAssertGreaterThan(messages.count, 25, "the mutations reach many different checks: \(messages)")
        XCTAssertLessThan(slowest.seconds, 1.0, "case \(slowest.index) took \(slowest.seconds) s")
        print("loader fuzz: \(Self.mutationCount) mutations (seed 0x\(String(Self.seed, radix: 16))): \(decoded) decoded, "
              + "\(refused) refused, \(failures) failed, \(messages.count) kinds of message, "
              + String(format: "%.1f s, slowest case %d: %.3f s", total, slowest.index, slowest.seconds))
        for (kind, count) in messages.sorted(by: { $0.value > $1.value }) { print("  \(count)\t\(kind)") }
    }

    /// A random valid JSON text (for the parser's positive side).
    static func randomJSON(_ random: inout Random, depth: Int = 0) -> String {
        let pieces = ["a", "Z", "é", "😀", "\\n", "\\\"", "\\u00e9", "\\ud83d\\ude00", " ", "\\\\", "\\/", "\\t", "ꦗꦮ", "\\u0000"]
        switch random.below(depth >= 6 ? 4 : 7) {
        case 0: return ["0", "-1", "3.25", "1e5", "-0.5E-3", "123456789012345678901234567890", "0.0e+0"][random.below(7)]
        case 1: return ["true", "false", "null"][random.below(3)]
        case 2, 3: return "\"" + (0..<random.below(6)).map { _ in pieces[random.below(pieces.count)] }.joined() + "\""
        case 4: return "[" + (0..<random.below(5)).map { _ in randomJSON(&random, depth: depth + 1) }.joined(separator: ", ") + "]"
        default:
            return "{" + (0..<random.below(5)).map { "\"k\($0)\": " + randomJSON(&random, depth: depth + 1) }.joined(separator: ",\n") + "}"
        }
    }

    /// Fully random bytes, random strings of JSON tokens, and random valid JSON (whole and with one byte
    /// changed), straight into the parser and then the whole loader.
    func testTheJSONParserAnswersRandomBytesWithAnErrorOrAValue() {
        Self.installCrashNote()
        defer { Self.restoreSignals() }
        var random = Random(Self.seed)
        let tokens = ["{", "}", "[", "]", ",", ":", "\"a\"", "\"\\u00e9\"", "\"\\ud83d\\ude00\"", "0", "-1.5e3", "true", "null", " ", "\n",
                      "\"", "\\", "1", "\"k\":", "[[", "]]"]
        var values = 0, errors = 0
        for index in 0..<Self.randomInputCount {
            var bytes: [UInt8]
            let valid = index % 4 == 2
            switch index % 4 {
            case 0: bytes = (0..<random.below(300)).map { _ in random.byte() }
            case 1: bytes = Array((0..<random.below(80)).map { _ in tokens[random.below(tokens.count)] }.joined().utf8)
            case 2: bytes = Array(Self.randomJSON(&random).utf8)
            default:
                bytes = Array(Self.randomJSON(&random).utf8)
                if !bytes.isEmpty { bytes[random.below(bytes.count)] = random.byte() }
            }
            Self.setNote("random input \(index): \(bytes)")
            do {
                _ = try JSONParser.parse(bytes)
                values += 1
            } catch {
                errors += 1
                XCTAssertFalse(valid, "valid JSON refused: \(String(decoding: bytes, as: UTF8.self)): \(error.message) at \(error.offset)")
                XCTAssertFalse(error.message.isEmpty, "input \(index): \(bytes)")
                XCTAssertFalse(error.message.contains(where: \.isNewline), "input \(index): \(error.message)")
                XCTAssertTrue((0...bytes.count).contains(error.offset), "input \(index): offset \(error.offset) of \(bytes.count)")
            }
            // The whole loader on the same bytes: a one-line PlanError, whatever they are.
            if let problem = Self.check(bytes) { XCTFail("random input \(index) \(bytes): \(problem)") }
        }
        XCTAssertEqual(values + errors, Self.randomInputCount)
        XCTAssertGreaterThanOrEqual(values, Self.randomInputCount / 4, "the valid quarter parses")
        XCTAssertGreaterThan(errors, Self.randomInputCount / 2)
        print("parser fuzz: \(Self.randomInputCount) random inputs: \(values) values, \(errors) errors")
    }

    /// The fuzzer's own oracle can fail: a message with a line break, one not naming the file, a bad re-encoding.
    func testTheOracleCatchesWhatItLooksFor() {
        XCTAssertNotNil(Self.check(Array(#"{"document": {"title": "T", "year": 2022}, "areas": []}"#.utf8), file: "a\nb.json"),
                        "a message that is not one line is caught")
        XCTAssertNil(Self.check(Array("[]".utf8)))
        // The same case twice is the same input (so a printed index replays the failure).
        XCTAssertEqual(Self.fuzzCase(seed: 7, index: 123).bytes, Self.fuzzCase(seed: 7, index: 123).bytes)
        XCTAssertNotEqual(Self.fuzzCase(seed: 7, index: 123).bytes, Self.fuzzCase(seed: 7, index: 124).bytes)
    }
}
