import Foundation
@testable import PlanModel
@testable import PlanStore
import XCTest

/// Every journal kind, from its declaration (`JournalKinds`): its samples round-trip through the JSON line (the
/// fast decoder and the general parser) and the snapshot's binary codec, with and without a device and a clock;
/// its declared keys are exactly the keys written; docs/state.schema.json names every kind and key, no more.
final class JournalKindsTests: XCTestCase {
    private let common = ["seq", "id", "at", "by", "device", "clock", "seen", "with", "kind"]

    private func entries(_ change: Change, seq: Int) -> [JournalEntry] {
        let at = Date(timeIntervalSince1970: 1_700_000_000)
        return [JournalEntry(seq: seq, id: "0123456789abcdef0123456789abcdef", at: at, by: "ani", change: change),
                JournalEntry(seq: seq, id: "fedcba9876543210fedcba9876543210", at: at, by: "budi \"b\"", device: "laptop-ani-7f3a",
                             clock: 41, change: change),
                JournalEntry(seq: seq, id: "v1-\(seq)", at: at, by: "c", clock: 0, change: change)]
    }

    /// The keys of one JSON line, in order (a line rencana writes: no nesting at the top level is needed here).
    private func keys(_ line: String) throws -> [String] {
        guard case .object(let members) = try JSONParser.parse(Array(line.utf8)).kind else { XCTFail("not an object"); return [] }
        return members.map(\.0)
    }

    func testEverySampleOfEveryKindRoundTripsThroughTheLineAndTheBinaryCodec() throws {
        var seen = Set<String>()
        for (n, change) in JournalKinds.samples.enumerated() {
            seen.insert(change.kind)
            for entry in entries(change, seq: n + 1) {
                let line = StateFormat.line(for: entry)
                XCTAssertEqual(try StateFormat.entry(Array(line.utf8)[...]), entry, line)
                XCTAssertEqual(try StateFormat.generalEntry(Array(line.utf8)[...]), entry, line)
                var w = ByteWriter()
                EntryCoding.write(entry, to: &w)
                let back = try w.bytes.withUnsafeBytes { buffer throws -> JournalEntry in
                    var r = ByteReader(buffer)
                    let decoded = try EntryCoding.entry(seq: n + 1, from: &r)
                    XCTAssertTrue(r.isAtEnd, line)
                    return decoded
                }
                XCTAssertEqual(back, entry, line)
            }
        }
        XCTAssertEqual(seen, Set(JournalKinds.all.map(\.name)), "every kind has samples")
        XCTAssertEqual(Change.kinds, JournalKinds.all.map(\.name))
    }

    /// A kind's declared keys are the keys its lines hold after `kind`, in the written order, each used by a sample.
    func testEachKindsDeclaredKeysAreTheKeysWritten() throws {
        for kind in JournalKinds.all {
            var used = Set<String>()
            for change in JournalKinds.samples where change.kind == kind.name {
                for entry in entries(change, seq: 1) {
                    let written = try keys(StateFormat.line(for: entry))
                    let own = Array(written.drop { $0 != "kind" }.dropFirst())
                    XCTAssertEqual(own, kind.fields.filter(own.contains), "\(kind.name): \(own) not in the declared order")
                    used.formUnion(own)
                    XCTAssertEqual(Array(written.prefix { $0 != "kind" }), common.filter(written.contains).filter { $0 != "kind" },
                                   "common keys first, in order")
                }
            }
            XCTAssertEqual(used, Set(kind.fields), "\(kind.name): declared keys never written, or written keys not declared")
        }
    }

    /// The entries written without a device and a clock have no such keys: today's files stay byte-identical.
    func testDeviceAndClockAreWrittenOnlyWhenPresentAfterBy() throws {
        let change = Change.pj(row: "1.1.1.1", old: "", new: "x")
        let at = Date(timeIntervalSince1970: 0)
        XCTAssertEqual(StateFormat.line(for: JournalEntry(seq: 1, id: "v1-1", at: at, by: "a", change: change)),
                       #"{"seq":1,"id":"v1-1","at":"1970-01-01T00:00:00Z","by":"a","kind":"pj","row":"1.1.1.1","old":"","new":"x"}"#)
        XCTAssertEqual(StateFormat.line(for: JournalEntry(seq: 1, id: "v1-1", at: at, by: "a", device: "d-1", clock: 7, change: change)),
                       #"{"seq":1,"id":"v1-1","at":"1970-01-01T00:00:00Z","by":"a","device":"d-1","clock":7,"kind":"pj","row":"1.1.1.1","old":"","new":"x"}"#)
        // A hostile device or clock is refused with a line naming the key.
        for (bad, key) in [(#""device":"a\u202eb","#, "device"), (#""device":"","#, "device"), (#""clock":-1,"#, "clock"),
                           (#""clock":"7","#, "clock")] {
            let line = #"{"seq":1,"id":"v1-1","at":"1970-01-01T00:00:00Z","by":"a","# + bad + #""kind":"pj","row":"1.1.1.1","old":"","new":"x"}"#
            XCTAssertThrowsError(try StateFormat.entry(Array(line.utf8)[...]), line) { error in
                XCTAssertTrue((error as? FormatProblem)?.message.contains("\"\(key)\"") == true, "\(error)")
            }
        }
    }

    // MARK: The schema against the declarations

    private func schema() throws -> [String: Any] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("docs/state.schema.json")
        return try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
    }

    func testTheSchemaNamesEveryKindAndKeyAndNoOther() throws {
        let defs = try XCTUnwrap(try schema()["$defs"] as? [String: Any])
        let entry = try XCTUnwrap(defs["entry"] as? [String: Any])
        let properties = try XCTUnwrap(entry["properties"] as? [String: Any])
        let kindEnum = try XCTUnwrap((properties["kind"] as? [String: Any])?["enum"] as? [String])
        XCTAssertEqual(kindEnum, JournalKinds.all.map(\.name), "the schema's kinds are the declared kinds, in order")
        let declaredKeys = Set(common + JournalKinds.all.flatMap(\.fields))
        XCTAssertEqual(Set(properties.keys), declaredKeys, "the schema's keys are the declared keys")
        // Each kind has its clause, and what a clause requires is among that kind's keys.
        var clauses: [String: [String]] = [:]
        for clause in try XCTUnwrap(entry["allOf"] as? [[String: Any]]) {
            let kindCondition = (((clause["if"] as? [String: Any])?["properties"] as? [String: Any])?["kind"] as? [String: Any])
            let names = (kindCondition?["enum"] as? [String]) ?? [kindCondition?["const"] as? String].compactMap { $0 }
            let required = ((clause["then"] as? [String: Any])?["required"] as? [String]) ?? []
            for name in names { clauses[name, default: []] += required }
        }
        XCTAssertEqual(Set(clauses.keys), Set(JournalKinds.all.map(\.name)), "one clause per kind")
        for kind in JournalKinds.all {
            XCTAssertTrue(Set(clauses[kind.name] ?? []).isSubset(of: Set(kind.fields)), "\(kind.name) requires undeclared keys")
        }
    }
}
