import Foundation
import PlanModel
@testable import PlanStore
import XCTest

/// Issue 20: after an add, move or delete of a kegiatan or sub kegiatan, the `n)` prefixes of its siblings follow
/// the order (as journal entries of the same command, taken back by one undo); a decree's own irregular numbering
/// and titles without a prefix are left alone.
final class DecreeNumberingTests: StoreTestCase {
    func kegiatan(_ title: String, subs: [String] = ["1) Sub"]) -> Kegiatan {
        Kegiatan(title: title, subKegiatan: subs.map { SubKegiatan(title: $0, indicators: [Indicator(text: "ind", months: MonthSet([.jan]))]) })
    }

    func store(_ kegiatan: [Kegiatan]) throws -> StateStore {
        let plan = Plan(document: DocumentInfo(title: "Contoh", year: 2022), areas: [ChangeArea(number: 1, name: "Area", kegiatan: kegiatan)])
        return try StateStore.open(plan: plan, url: stateURL, user: "ani", device: nil)
    }

    func titles(_ store: StateStore) -> [String] { store.plan.areas[0].kegiatan.map(\.title) }
    func subTitles(_ store: StateStore, _ k: Int) -> [String] { store.plan.areas[0].kegiatan[k].subKegiatan.map(\.title) }

    func testMovingAKegiatanRenumbersItsSiblingsAndOneUndoTakesAllBack() throws {
        let s = try store([kegiatan("1) Perencanaan"), kegiatan("2) Pelaksanaan"), kegiatan("3) Evaluasi")])
        try s.record(.moveRow(row: "1.3.1.1", level: .kegiatan, up: true))
        XCTAssertEqual(titles(s), ["1) Perencanaan", "2) Evaluasi", "3) Pelaksanaan"])
        XCTAssertEqual(s.entries.map(\.change.kind), ["move", "edit", "edit"])
        XCTAssertEqual(s.entries.dropFirst().map(\.with), [s.entries[0].id, s.entries[0].id])
        try s.undo()
        XCTAssertEqual(titles(s), ["1) Perencanaan", "2) Pelaksanaan", "3) Evaluasi"])
        XCTAssertFalse(s.canUndo)
        try s.redo()
        XCTAssertEqual(titles(s), ["1) Perencanaan", "2) Evaluasi", "3) Pelaksanaan"])
        // The file reads back to the same year.
        let again = try StateStore.open(plan: s.signedPlan, url: stateURL, user: "ani", device: nil)
        XCTAssertEqual(titles(again), titles(s))
        try again.undo()
        XCTAssertEqual(titles(again), ["1) Perencanaan", "2) Pelaksanaan", "3) Evaluasi"])
    }

    func testAddingAndRemovingRenumber() throws {
        let s = try store([kegiatan("1) Perencanaan"), kegiatan("2) Pelaksanaan")])
        try s.record(.addRow(RowAddition(row: "x", anchor: .after("1.1.1.1"), level: .kegiatan, text: "baru",
                                         sub: "1) Sub baru", kegiatan: "2) Penyusunan SOP")))
        XCTAssertEqual(titles(s), ["1) Perencanaan", "2) Penyusunan SOP", "3) Pelaksanaan"])
        try s.record(.removeRows(row: "1.1.1.1", level: .kegiatan))
        XCTAssertEqual(titles(s), ["1) Penyusunan SOP", "2) Pelaksanaan"])
        try s.undo()
        XCTAssertEqual(titles(s), ["1) Perencanaan", "2) Penyusunan SOP", "3) Pelaksanaan"])
        try s.undo()
        XCTAssertEqual(titles(s), ["1) Perencanaan", "2) Pelaksanaan"])
    }

    func testSubKegiatanRenumberWithinTheirKegiatan() throws {
        let s = try store([kegiatan("1) Perencanaan", subs: ["1) Tim", "2) Komitmen", "3) FGD"])])
        try s.record(.moveRow(row: "1.1.1.1", level: .sub, up: false))
        XCTAssertEqual(subTitles(s, 0), ["1) Komitmen", "2) Tim", "3) FGD"])
    }

    func testADecreesOwnIrregularNumberingAndUnnumberedTitlesAreLeftAlone() throws {
        // As in the real plan's area 1: two kegiatan numbered 3).
        let s = try store([kegiatan("1) A"), kegiatan("3) B"), kegiatan("3) C"), kegiatan("Tanpa nomor")])
        try s.record(.moveRow(row: "1.4.1.1", level: .kegiatan, up: true))
        XCTAssertEqual(titles(s), ["1) A", "3) B", "Tanpa nomor", "3) C"])
        XCTAssertEqual(s.entries.map(\.change.kind), ["move"])
        // A plan whose titles carry no numbers gets none.
        let plain = try StateStore.open(plan: Plan(document: DocumentInfo(title: "C", year: 2022), areas: [
            ChangeArea(number: 1, name: "Area", kegiatan: [kegiatan("Satu"), kegiatan("Dua")])]),
            url: folder.appendingPathComponent("plain.jsonl"), user: "ani", device: nil)
        try plain.record(.moveRow(row: "1.2.1.1", level: .kegiatan, up: true))
        XCTAssertEqual(titles(plain), ["Dua", "Satu"])
        XCTAssertEqual(plain.entries.count, 1)
    }

    func testLogNamesANewGroupByItsTitle() throws {
        let s = try store([kegiatan("1) Perencanaan")])
        try s.record(.addRow(RowAddition(row: "x", anchor: .after("1.1.1.1"), level: .kegiatan, text: "SK terbit",
                                         sub: "1) Sub baru", kegiatan: "2) Penyusunan SOP")))
        let added = try XCTUnwrap(s.entries.first)
        XCTAssertEqual(ChangeWords.describe(added.change, in: s.state),
                       "\(added.row!) kegiatan baru setelah 1.1.1.1: \"2) Penyusunan SOP\", \"SK terbit\"")
    }
}
