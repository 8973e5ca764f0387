import Foundation
@testable import PlanModel
import RencanaText
import XCTest

/// The log's words of an undo, a redo and a kept value (issue 22): each line says what its own entry did, not
/// what its target did, in English and Indonesian.
final class UndoWordsTests: XCTestCase, TeamEntries {
    let row = RowID("1.1.1.1")

    /// The words of every entry, as `rencana log` says them.
    func log(_ entries: [JournalEntry]) throws -> [String] {
        let year = YearState(signed: try SamplePlan.plan(), device: "d-ani", entries: JournalMerge.ordered(entries))
        return year.entries.map { "#\($0.seq) " + ChangeWords.describe($0.change, in: year) }
    }

    var noted: [JournalEntry] {
        [entry("ani", 1, .note(row: row, month: .jan, old: "", new: "SK belum terbit")),
         entry("ani", 2, seen: [id("ani", 1)], .note(row: row, month: .jan, old: "SK belum terbit", new: "SK terbit"))]
    }

    func testAnUndoSaysTheValueWentBackAndARedoSaysItWasMadeAgain() throws {
        let entries = noted + [entry("ani", 3, seen: [id("ani", 2)], .undo(Step(undoes: 2, target: id("ani", 2)))),
                               entry("ani", 4, seen: [id("ani", 3)], .redo(Step(undoes: 2, target: id("ani", 2))))]
        XCTAssertEqual(try Text.$language.withValue(.en) { try log(entries) }, [
            "#1 1.1.1.1 Jan catatan: (kosong) → \"SK belum terbit\"",
            "#2 1.1.1.1 Jan catatan: \"SK belum terbit\" → \"SK terbit\"",
            "#3 undoing #2: 1.1.1.1 Jan catatan: \"SK terbit\" → \"SK belum terbit\"",
            "#4 redoing #2: 1.1.1.1 Jan catatan: \"SK belum terbit\" → \"SK terbit\""])
        XCTAssertEqual(try Text.$language.withValue(.id) { try log(entries).suffix(2) }, [
            "#3 mengurungkan #2: 1.1.1.1 Jan catatan: \"SK terbit\" → \"SK belum terbit\"",
            "#4 mengulangi #2: 1.1.1.1 Jan catatan: \"SK belum terbit\" → \"SK terbit\""])
    }

    func testChoosingTheValueShownReadsAsKeptNotAsAChange() throws {
        // Ani and Budi write Jan's note at once; Ani keeps Budi's, the value shown.
        let entries = [entry("ani", 1, .note(row: row, month: .jan, old: "", new: "SK terbit")),
                       entry("budi", 1, .note(row: row, month: .jan, old: "", new: "SK belum terbit")),
                       entry("ani", 2, seen: [id("ani", 1), id("budi", 1)],
                             .note(row: row, month: .jan, old: "SK belum terbit", new: "SK belum terbit")),
                       entry("ani", 3, seen: [id("ani", 2)], .status(row: row, month: .jan, old: .done, new: .done)),
                       entry("ani", 4, seen: [], .set(MarkChange(row: row, month: .feb, old: true, new: true)))]
        XCTAssertEqual(try Text.$language.withValue(.en) { try log(entries).suffix(3) }, [
            "#3 1.1.1.1 Jan catatan: kept \"SK belum terbit\" (conflict settled)",
            "#4 1.1.1.1 Jan: kept Terlaksana (conflict settled)",
            "#5 1.1.1.1 Feb: kept √ (conflict settled)"])
        XCTAssertEqual(try Text.$language.withValue(.id) { try log(entries)[2] }, "#3 1.1.1.1 Jan catatan: tetap \"SK belum terbit\" (konflik diselesaikan)")
    }

    func testAnUndoOfARowAddedSaysWhatItTakesBack() throws {
        let entries = [entry("ani", 1, RowAddition.samples[0].change), entry("ani", 2, seen: [], .undo(Step(undoes: 1, target: id("ani", 1))))]
        let words = try Text.$language.withValue(.en) { try log(entries) }
        XCTAssertEqual(words[1], "#2 undoing #1, which was: " + words[0].dropFirst(3))
    }
}
