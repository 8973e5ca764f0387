import Foundation
import PlanModel
@testable import PlanStore
import XCTest

/// Structural edits (add, remove, move, text edits) through the store, replayed on reopening.
final class JournalStructureTests: StoreTestCase {
    private func ids(_ store: StateStore) -> [String] { store.plan.rows.map(\.id.rawValue) }

    func testAnAddedRowGetsANewIDAndItsPlace() throws {
        let store = try open()
        let entry = try store.addRow(RowAddition(row: "", anchor: .after("1.1.1.1"), text: "Baru", months: MonthSet([.okt])))
        guard case .add(let addition) = entry.change else { return XCTFail("\(entry)") }
        let id = addition.row.rawValue
        XCTAssertTrue(id.hasPrefix("r-") && id.count == 14 && id.dropFirst(2).allSatisfy { "0123456789abcdef".contains($0) }, id)
        XCTAssertEqual(ids(store), ["1.1.1.1", id, "1.1.1.2", "2.1.1.1"])
        let reopened = try open()
        XCTAssertEqual(ids(reopened), ["1.1.1.1", id, "1.1.1.2", "2.1.1.1"])
        XCTAssertEqual(reopened.plan.row(addition.row)?.indikator, "Baru")
        XCTAssertEqual(reopened.plan.row(addition.row)?.subKegiatan, "1) Tim")
        XCTAssertEqual(reopened.marks[1], MonthSet([.okt]))
        // A new kegiatan before area 2's first: its own group, in area 2.
        let k = try reopened.addRow(RowAddition(row: "", anchor: .before("2.1.1.1"), level: .kegiatan, text: "X",
                                                sub: "Sub X", kegiatan: "Kegiatan X"))
        let kid = k.change.row!
        let again = try open()
        XCTAssertEqual(ids(again), ["1.1.1.1", id, "1.1.1.2", kid.rawValue, "2.1.1.1"])
        XCTAssertEqual(again.plan.row(kid)?.kegiatan, "Kegiatan X")
        XCTAssertEqual(again.plan.row(kid)?.areaName, "Deregulasi")
        XCTAssertTrue(again.plan.row(kid)!.isFirstInArea)
        try again.undo()
        XCTAssertEqual(ids(try open()), ["1.1.1.1", id, "1.1.1.2", "2.1.1.1"])
    }

    func testRemoveThenUndoRestoresTheRowItsMarksRealisationAndEvidence() throws {
        let store = try open()
        try store.toggle("1.1.1.2", .jul)
        try store.setStatus("1.1.1.2", .jun, to: .done)
        let evidence = try store.addEvidence(Evidence(id: "", row: "1.1.1.2", kind: .laporan, location: .file("lap.pdf")))
        let removed = try store.removeRows("1.1.1.2")
        guard case .remove(let removal) = removed.change else { return XCTFail() }
        XCTAssertEqual(removal.rows, ["1.1.1.2"])
        XCTAssertEqual(removal.anchor, .after("1.1.1.1"))
        XCTAssertEqual(ids(store), ["1.1.1.1", "2.1.1.1"])
        let reopened = try open()
        XCTAssertEqual(ids(reopened), ["1.1.1.1", "2.1.1.1"])
        XCTAssertEqual(Set(reopened.recordsOfDeletedRows.map(\.seq)), [1, 2, 3, 4], "kept on record and reported while removed")
        XCTAssertEqual(reopened.orphans.map(\.seq), [], "a row this journal deleted is not an orphan")
        try reopened.undo()
        let back = try open()
        XCTAssertEqual(ids(back), ["1.1.1.1", "1.1.1.2", "2.1.1.1"])
        XCTAssertEqual(back.plan.row("1.1.1.2")?.indikator, "Rencana Aksi")
        XCTAssertEqual(months(back, "1.1.1.2"), [.jun, .jul, .des])
        XCTAssertEqual(back.realisation.record("1.1.1.2", .jun).status, .done)
        guard case .evidenceAdd(let item) = evidence.change else { return XCTFail() }
        XCTAssertEqual(back.realisation.evidence, [item])
        XCTAssertTrue(back.orphans.isEmpty)
        XCTAssertTrue(back.recordsOfDeletedRows.isEmpty, "undone: the row is back with its records")
        XCTAssertEqual(back.differences, 1)
    }

    func testRemovingTheOnlyRowOfAnAreaRemovesTheAreaAndUndoBringsItBack() throws {
        let store = try open()
        let entry = try store.removeRows("2.1.1.1")
        guard case .remove(let removal) = entry.change else { return XCTFail() }
        XCTAssertEqual(removal.level, .area)
        XCTAssertEqual(store.plan.areas.count, 1)
        try open().undo()
        let back = try open()
        XCTAssertEqual(back.plan.areas.map(\.name), ["Manajemen Perubahan", "Deregulasi"])
        XCTAssertEqual(back.plan.areas.map(\.number), [1, 2])
    }

    func testMovesKeepIDsAndTheRealisationFollowsTheRow() throws {
        let store = try open()
        try store.setStatus("1.1.1.1", .jan, to: .done)
        XCTAssertNil(try store.moveRow("1.1.1.1", up: true), "already first")
        try store.moveRow("1.1.1.1", up: false)
        XCTAssertEqual(ids(try open()), ["1.1.1.2", "1.1.1.1", "2.1.1.1"])
        XCTAssertEqual(try open().plan.rows[1].indikator, "SK Tim")
        try open().moveRow("1.1.1.1", to: .after("2.1.1.1"))
        let moved = try open()
        XCTAssertEqual(ids(moved), ["1.1.1.2", "2.1.1.1", "1.1.1.1"])
        XCTAssertEqual(moved.plan.row("1.1.1.1")?.subKegiatan, "Pemetaan")
        XCTAssertEqual(moved.realisation.record("1.1.1.1", .jan).status, .done)
        XCTAssertEqual(months(moved, "1.1.1.1"), [.jan])
        try moved.undo()
        XCTAssertEqual(ids(try open()), ["1.1.1.2", "1.1.1.1", "2.1.1.1"])
        XCTAssertEqual(try open().plan.row("1.1.1.1")?.subKegiatan, "1) Tim")
        // A group moves whole.
        try open().moveRow("2.1.1.1", level: .area, up: true)
        XCTAssertEqual(ids(try open()), ["2.1.1.1", "1.1.1.2", "1.1.1.1"])
        XCTAssertEqual(try open().plan.areas.map(\.name), ["Deregulasi", "Manajemen Perubahan"])
    }

    func testGroupTitleEditsChangeEveryRowOfTheGroup() throws {
        let store = try open()
        try store.editText("1.1.1.2", .sub, to: "Tim RB")
        try store.editText("1.1.1.1", .area, to: "Manajemen Perubahan (MP)")
        for s in [store, try open()] {
            XCTAssertEqual(s.plan.rows.map(\.subKegiatan), ["Tim RB", "Tim RB", "Pemetaan"])
            XCTAssertEqual(s.plan.rows.map(\.areaName), ["Manajemen Perubahan (MP)", "Manajemen Perubahan (MP)", "Deregulasi"])
            XCTAssertEqual(s.plan.areas[0].kegiatan[0].subKegiatan[0].title, "Tim RB")
        }
        XCTAssertEqual(plan.rows[0].subKegiatan, "1) Tim", "the plan as signed is untouched")
    }

    func testReplayingAtOnceEqualsApplyingOneByOne() throws {
        let store = try open()
        try store.addRow(RowAddition(row: "", anchor: .after("1.1.1.2"), level: .sub, text: "A", sub: "S2"))
        try store.editText("1.1.1.1", .indikator, to: "SK Tim RB")
        try store.moveRow("1.1.1.2", up: true)
        try store.removeRows("2.1.1.1")
        try store.undo()
        var oneByOne = YearState(signed: plan)
        for entry in store.entries { oneByOne.apply(entry) }
        let atOnce = YearState(signed: plan, entries: store.entries)
        XCTAssertEqual(oneByOne.plan.rows, atOnce.plan.rows)
        XCTAssertEqual(oneByOne.marks, atOnce.marks)
        XCTAssertEqual(atOnce.plan.rows, store.plan.rows)
        XCTAssertEqual(atOnce.plan.rows.map(\.indikator), ["Rencana Aksi", "SK Tim RB", "A", "Data"])
    }
}
