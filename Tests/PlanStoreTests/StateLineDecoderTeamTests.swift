import Foundation
import PlanModel
@testable import PlanStore
import XCTest

/// A team's lines (version 3: `device`, `clock`, `seen`) are read by the direct decoder too, and only ever to what
/// the general parser reads; anything it is not sure of (a `seen` too long, an id that is not 32 lowercase hex
/// digits, damage) is left to the general parser.
final class StateLineDecoderTeamTests: XCTestCase {
    private let at = Date(timeIntervalSince1970: 1_780_000_000)
    private func id(_ n: Int) -> String { String(format: "%032x", n + 0xabc) }

    private var lines: [String] {
        let changes: [Change] = [
            .status(row: "1.1.1.1", month: .des, old: .partly, new: .moved(.jan)),
            .note(row: "1.1.1.1", month: .feb, old: "lama", new: "rapat \"pleno\" é"),
            .undo(Step(undoes: 3, target: id(7))),
            .evidenceAdd(Evidence(id: "e-0123456789ab", row: "1.1.1.1", month: .feb, kind: .sk, title: "SK",
                                  location: .file("bukti/sk.pdf"))),
            .set(MarkChange(row: "1.1.1.1", month: .feb, old: false, new: true)),
        ]
        var out: [String] = []
        for (n, change) in changes.enumerated() {
            for seen in [[], [id(1)], [id(1), id(2), id(3)]] {
                out.append(StateFormat.line(for: JournalEntry(seq: n + 1, id: id(100 + n), at: at, by: "ani", device: "d-4be1c2a09f3e",
                                                              clock: 40 + n, seen: seen, change: change)))
            }
        }
        return out
    }

    private func general(_ bytes: [UInt8]) -> JournalEntry? { try? StateFormat.generalEntry(ArraySlice(bytes)) }

    func testEveryTeamLineIsDecodedDirectlyAndEqualsTheGeneralParser() throws {
        for line in lines {
            let bytes = Array(line.utf8)
            let direct = try XCTUnwrap(StateLineDecoder.entry(ArraySlice(bytes)), line)
            XCTAssertEqual(direct, general(bytes), line)
        }
        // The most a `seen` may name is read directly; one more is refused by the general parser.
        let most = (0..<64).map(id), tooMany = (0..<65).map(id)
        let full = StateFormat.line(for: JournalEntry(seq: 1, id: id(0), at: at, by: "ani", device: "d-a", clock: 2, seen: most,
                                                      change: .pj(row: "1.1.1.1", old: "", new: "x")))
        XCTAssertEqual(StateLineDecoder.entry(ArraySlice(Array(full.utf8)))?.seen, most)
        let over = full.replacingOccurrences(of: "\"seen\":[", with: "\"seen\":[\"\(tooMany[64])\",")
        XCTAssertNil(StateLineDecoder.entry(ArraySlice(Array(over.utf8))))
        XCTAssertThrowsError(try StateFormat.entry(ArraySlice(Array(over.utf8))))
        // An empty list, as a hand-written file may have it, reads as none, as the general parser reads it.
        let empty = full.replacingOccurrences(of: #"\"seen\":\[[^\]]*\],"#, with: "\"seen\":[],", options: .regularExpression)
        XCTAssertEqual(StateLineDecoder.entry(ArraySlice(Array(empty.utf8)))?.seen, [])
        XCTAssertEqual(StateLineDecoder.entry(ArraySlice(Array(empty.utf8))), general(Array(empty.utf8)))
    }

    /// Each byte deleted, or replaced by a troublesome one: whatever the decoder accepts, the general parser
    /// accepts too, to the same entry.
    func testADamagedTeamLineIsNeverAcceptedDifferently() {
        let replacements: [UInt8] = [0x22, 0x5C, 0x5D, 0x5B, 0x2C, 0x20, 0x01, 0x7F, 0xC3, 0x30, 0x41, 0x67]
        var accepted = 0, leftToGeneral = 0
        for line in lines where line.contains("\"seen\"") {
            let bytes = Array(line.utf8)
            for i in bytes.indices {
                var variants: [[UInt8]] = []
                var cut = bytes
                cut.remove(at: i)
                variants.append(cut)
                for byte in replacements where byte != bytes[i] {
                    var changed = bytes
                    changed[i] = byte
                    variants.append(changed)
                }
                for variant in variants {
                    if let fast = StateLineDecoder.entry(ArraySlice(variant)) {
                        accepted += 1
                        XCTAssertEqual(fast, general(variant), String(decoding: variant, as: UTF8.self))
                    } else {
                        leftToGeneral += 1
                    }
                }
            }
        }
        XCTAssertGreaterThan(accepted, 100)
        XCTAssertGreaterThan(leftToGeneral, 1_000)
    }
}
