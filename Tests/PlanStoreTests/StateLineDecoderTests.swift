import Foundation
import PlanModel
@testable import PlanStore
import XCTest

/// The direct line decoder may only ever accept what the general parser accepts, with the same result:
/// everything else it leaves to the general parser (which keeps every refusal and its message).
final class StateLineDecoderTests: XCTestCase {
    private let at = Date(timeIntervalSince1970: 1_700_000_000)

    /// Lines of every kind the decoder reads itself, with escapes, non-ASCII text and a v1 line.
    private var lines: [String] {
        let id = String(repeating: "0123456789abcdef", count: 2)
        let changes: [Change] = [
            .set(MarkChange(row: "1.1.1.1", month: .feb, old: false, new: true)),
            .undo(Step(undoes: 1, target: id, mark: MarkChange(row: "1.1.1.1", month: .feb, old: true, new: false))),
            .redo(Step(undoes: 12, target: id)),
            .status(row: "1.1.1.1", month: .des, old: .partly, new: .moved(.jan)),
            .status(row: "1.1.1.1", month: .mar, old: nil, new: .missed),
            .date(row: "1.1.1.1", month: .feb, old: "", new: "2022-02-10"),
            .note(row: "1.1.1.1", month: .feb, old: "lama", new: "rapat \"pleno\"\nditunda\t\\ é 😀 \u{1}"),
            .pj(row: "r-0123456789ab", old: "", new: "Sekretaris KPU"),
            .evidenceAdd(Evidence(id: "e-0123456789ab", row: "1.1.1.1", month: .feb, kind: .daftarHadir, title: "Daftar “hadir”",
                                  number: "12/2022", date: "2022-02-03", location: .file("bukti/daftar hadir.pdf"))),
            .evidenceRemove(Evidence(id: "e-1", row: "2.1.1.1", kind: .tautan, location: .url("https://example.org/x?a=1&b=2"))),
            .review(row: "1.1.1.1", tw: 4, field: .tenggat, old: "", new: "2022-12-20"),
            .signer(field: .signerTitle, old: "", new: "Ketua"),
            .edit(row: "1.1.1.1", field: .ket, old: "a", new: "b"),
            .document(field: .year, old: "2022", new: "2023"),
        ]
        var out = changes.enumerated().map { n, change in
            StateFormat.line(for: JournalEntry(seq: n + 1, id: id, at: at.addingTimeInterval(Double(n) * 86_399), by: "ani",
                                               change: change))
        }
        out.append(StateFormat.line(for: ChangeEntry(seq: 3, at: at, by: "budi", row: "1.1.1.1", month: .okt, old: true, new: false)))
        return out
    }

    private func general(_ bytes: [UInt8]) -> JournalEntry? { try? StateFormat.generalEntry(ArraySlice(bytes)) }

    func testEveryLineRencanaWritesIsDecodedDirectlyAndEqualsTheGeneralParser() throws {
        for line in lines {
            let bytes = Array(line.utf8)
            let direct = try XCTUnwrap(StateLineDecoder.entry(ArraySlice(bytes)), line)
            XCTAssertEqual(direct, general(bytes), line)
        }
    }

    /// Every line, with each byte deleted, and each byte replaced by one of a few troublesome ones: whatever
    /// the decoder accepts, the general parser accepts too, to the same entry; what it refuses, the decoder
    /// leaves to it.
    func testADamagedLineIsNeverAcceptedDifferently() {
        let replacements: [UInt8] = [0x22, 0x5C, 0x7D, 0x2C, 0x20, 0x01, 0x1F, 0x7F, 0x80, 0xFF, 0xC3, 0x30, 0x75]
        var accepted = 0, leftToGeneral = 0
        for line in lines {
            let bytes = Array(line.utf8)
            var variants: [[UInt8]] = []
            for i in bytes.indices {
                var cut = bytes
                cut.remove(at: i)
                variants.append(cut)
                for byte in replacements where byte != bytes[i] {
                    var changed = bytes
                    changed[i] = byte
                    variants.append(changed)
                }
            }
            for variant in variants {
                let slow = general(variant)
                if let fast = StateLineDecoder.entry(ArraySlice(variant)) {
                    accepted += 1
                    XCTAssertEqual(fast, slow, String(decoding: variant, as: UTF8.self))
                } else {
                    leftToGeneral += 1
                }
            }
        }
        // Both paths are exercised (most damage makes a line the decoder does not read).
        XCTAssertGreaterThan(accepted, 100)
        XCTAssertGreaterThan(leftToGeneral, 1_000)
    }

    func testEveryKeyIsFoundByItsPackedBytes() {
        for key in StateLineDecoder.Key.allCases {
            let packed = StateLineDecoder.Key.names[key.rawValue].utf8.reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
            XCTAssertEqual(StateLineDecoder.Key(packed: packed), key)
        }
        XCTAssertNil(StateLineDecoder.Key(packed: 0))
    }

    /// The decoder's own date arithmetic gives what `timegm` gives, also where a day runs past the month's end.
    func testTimestampsAgreeWithTheGeneralParser() {
        let stamps = ["1970-01-01T00:00:00Z", "2024-02-29T23:59:59Z", "2023-02-29T12:00:00Z", "2023-02-31T00:00:00Z",
                      "2026-12-31T23:59:60Z", "1900-03-01T00:00:00Z", "2100-02-28T00:00:00Z", "9999-12-31T23:59:59Z",
                      "2026-04-31T10:00:00Z", "2000-01-01T00:00:00Z"]
        for stamp in stamps {
            let bytes = Array(stamp.utf8)
            let direct = bytes.withUnsafeBufferPointer {
                StateLineDecoder.timestamp($0, StateLineDecoder.Slot(kind: .ascii, start: 0, end: bytes.count))
            }
            XCTAssertEqual(direct, StateFormat.parseTimestamp(stamp), stamp)
            XCTAssertNotNil(direct, stamp)
        }
        for bad in ["+026-01-01T00:00:00Z", "2026-13-01T00:00:00Z", "2026-01-00T00:00:00Z", "2026-01-01T24:00:00Z", "1899-12-31T00:00:00Z"] {
            let bytes = Array(bad.utf8)
            XCTAssertNil(bytes.withUnsafeBufferPointer {
                StateLineDecoder.timestamp($0, StateLineDecoder.Slot(kind: .ascii, start: 0, end: bytes.count))
            }, bad)
        }
    }
}
