import Foundation
import PlanModel
import XCTest

/// A conflict in words (issue 22): the row and field as the document names them, each value as `rencana log`
/// says it, the row and month cell the dashboard marks.
final class ConflictWordsTests: XCTestCase {
    /// Each change written at once on two laptops (clock 1 both), Ani's value then Budi's.
    func conflicts(_ pairs: [(Change, Change)]) throws -> (YearState, [Conflict]) {
        var entries: [JournalEntry] = []
        for (n, pair) in pairs.enumerated() {
            let hex = String(n, radix: 16)
            let suffix = String(repeating: "0", count: 28 - hex.count) + hex
            entries.append(JournalEntry(seq: 2 * n + 1, id: "aaaa" + suffix, at: Date(timeIntervalSince1970: 0), by: "ani",
                                        device: "d-ani", clock: 1, change: pair.0))
            entries.append(JournalEntry(seq: 2 * n + 2, id: "bbbb" + suffix, at: Date(timeIntervalSince1970: 60), by: "budi",
                                        device: "d-budi", clock: 1, change: pair.1))
        }
        let year = YearState(signed: try SamplePlan.plan(), device: "d-citra", entries: entries)
        return (year, year.conflicts)
    }

    func testEveryKindOfValueIsNamedInTheDocumentsWords() throws {
        let row = RowID("1.1.1.1")
        let (year, list) = try conflicts([
            (.set(MarkChange(row: row, month: .feb, old: false, new: true)), .set(MarkChange(row: row, month: .feb, old: false, new: false))),
            (.date(row: row, month: .jan, old: "", new: "2022-01-20"), .date(row: row, month: .jan, old: "", new: "2022-01-21")),
            (.review(row: row, tw: 2, field: .kendala, old: "", new: "dana"), .review(row: row, tw: 2, field: .kendala, old: "", new: "waktu")),
            (.review(row: row, tw: 1, field: .tenggat, old: "", new: "2022-04-01"), .review(row: row, tw: 1, field: .tenggat, old: "", new: "")),
            (.signer(field: .place, old: "", new: "Teminabuan"), .signer(field: .place, old: "", new: "Sorong")),
            (.edit(row: row, field: .indikator, old: "SK", new: "SK Tim"), .edit(row: row, field: .indikator, old: "SK", new: "SK RB")),
            (.document(field: .number, old: "", new: "1/2022"), .document(field: .number, old: "", new: "2/2022")),
        ])
        XCTAssertEqual(list.map { ConflictWords.field(of: $0, in: year) }, [
            "1.1.1.1 Feb jadwal", "1.1.1.1 Jan tanggal", "1.1.1.1 TW II Kendala", "1.1.1.1 TW I Tenggat", "Laporan: Tempat",
            "1.1.1.1 INDIKATOR", "Dokumen: Nomor",
        ])
        XCTAssertEqual(list.map { c in c.values.map { ConflictWords.value($0, of: c.key) } }, [
            ["√", "·"], ["\"20 Januari 2022\"", "\"21 Januari 2022\""], ["\"dana\"", "\"waktu\""], ["\"1 April 2022\"", "(kosong)"],
            ["\"Teminabuan\"", "\"Sorong\""], ["\"SK Tim\"", "\"SK RB\""], ["\"1/2022\"", "\"2/2022\""],
        ])
        // The dashboard marks a row's cell for a month's value, the row for its own, nothing for the report's or decree's.
        XCTAssertEqual(list.map { ConflictWords.row(of: $0, in: year)?.rawValue }, ["1.1.1.1", "1.1.1.1", "1.1.1.1", "1.1.1.1", nil, "1.1.1.1", nil])
        XCTAssertEqual(list.map { ConflictWords.month(of: $0, in: year) }, [.feb, .jan, nil, nil, nil, nil, nil])
    }

    func testAValueIsOneSafeLineCutToItsLimit() throws {
        let key = ValueKey(.note, row: "1.1.1.1", part: "Jan")
        XCTAssertEqual(ConflictWords.value("baris\nkedua\u{1B}[2J", of: key), "\"baris\\nkedua\\u{1B}[2J\"")
        XCTAssertEqual(ConflictWords.value(String(repeating: "a", count: 50), of: key, limit: 10), "\"aaaaaaaaa…\"")
        XCTAssertEqual(ConflictWords.value("moved:Apr", of: ValueKey(.status, row: "1.1.1.1", part: "Mar")), "Digeser ke April")
        XCTAssertEqual(ConflictWords.value("", of: ValueKey(.status, row: "1.1.1.1", part: "Mar")), "belum dicatat")
        XCTAssertEqual(ConflictWords.value("+", of: ValueKey(.evidence, row: "e-1")), "ada (ditambahkan)")
    }
}
