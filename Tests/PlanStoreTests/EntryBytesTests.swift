import Foundation
@testable import PlanModel
@testable import PlanStore
import XCTest

/// The byte writer a merge uses (`StateEntryBytes`) writes exactly the line of `StateEntryWriter` for every sample of
/// every kind, with and without a device, a clock, `seen` and `with`, texts that need escaping, and numbers of every
/// length; two laptops writing the same entries must write the same bytes, whichever writer made them.
final class EntryBytesTests: XCTestCase {
    private func variants(_ change: Change, seq: Int) -> [JournalEntry] {
        let at = Date(timeIntervalSince1970: 1_700_000_000.75)
        return [JournalEntry(seq: seq, id: "0123456789abcdef0123456789abcdef", at: at, by: "ani", change: change),
                JournalEntry(seq: seq * 100_003, id: "fedcba9876543210fedcba9876543210", at: at.addingTimeInterval(61),
                             by: "budi \"b\" \\ é\u{1B}", device: "d-0123456789ab", clock: 1_234_567,
                             seen: ["a1b2c3d4e5f60718293a4b5c6d7e8f90", "v1-3"], with: "00112233445566778899aabbccddeeff",
                             change: change),
                JournalEntry(seq: 0, id: "v1-\(seq)", at: Date(timeIntervalSince1970: 0), by: "", clock: 0, change: change)]
    }

    func testTheByteWriterWritesTheLineOfEveryKindAsTheStringWriterDoes() {
        var writer = StateEntryBytes()
        var expected: [UInt8] = []
        var count = 0
        for (n, change) in JournalKinds.samples.enumerated() {
            for entry in variants(change, seq: n + 1) {
                let before = writer.out.count
                writer.append(entry)
                let line = StateEntryWriter.line(for: entry) + "\n"
                XCTAssertEqual(String(decoding: writer.out[before...], as: UTF8.self), line)
                expected += Array(line.utf8)
                count += 1
            }
        }
        XCTAssertEqual(writer.out, expected)
        XCTAssertGreaterThan(count, 40)
    }

    /// Texts with quotes, backslashes, controls, non-ASCII and line separators in the fields the byte writer writes itself.
    func testEscapedTextsAreWrittenAsTheStringWriterWritesThem() {
        let texts = ["", "plain", "a\"b", "back\\slash", "tab\there", "new\nline", "\u{1B}[31m", "é ü 中文", "\u{2028}", "\u{7F}", "\u{202E}"]
        var writer = StateEntryBytes()
        for (i, text) in texts.enumerated() {
            let changes: [Change] = [
                .note(row: RowID("1.1.1.\(i + 1)"), month: .mar, old: text, new: text + "x"),
                .pj(row: RowID("r-0123456789ab"), old: "", new: text),
                .review(row: RowID("1.2.1.1"), tw: 2, field: .kendala, old: text, new: ""),
            ]
            for change in changes {
                let entry = JournalEntry(seq: i + 1, id: "v1-\(i + 1)", at: Date(timeIntervalSince1970: 1_650_000_000),
                                         by: text, device: text.isEmpty ? nil : "d-aaaaaaaaaaaa", clock: i, change: change)
                let before = writer.out.count
                writer.append(entry)
                XCTAssertEqual(String(decoding: writer.out[before...], as: UTF8.self), StateEntryWriter.line(for: entry) + "\n")
            }
        }
    }
}
