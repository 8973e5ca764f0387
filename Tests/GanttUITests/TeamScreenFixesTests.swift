import Foundation
import XCTest
@testable import GanttUI
import PlanModel
import RencanaText

/// Issue 22's dashboard findings, seen in tmux with two homes exchanging bundles: the conflict chooser's keys at
/// 80 and 60 columns, a row's conflicts in the detail pane without scrolling, a folded line in Realisasi, and the
/// grid's key bar on a folded line.
final class TeamScreenFixesTests: XCTestCase {
    func testTheConflictChoosersKeysFitAt80And60Columns() throws {
        try GoldenScreen.check(render(try ConflictScreenTests.state(80, 24).pressing(.down, .char("C"), .left)), "conflicts-chooser-80x24")
        try GoldenScreen.check(render(try ConflictScreenTests.state(60, 20).pressing(.down, .char("C"))), "conflicts-chooser-60x20")
        try Text.$language.withValue(.id) {
            try GoldenScreen.check(render(try ConflictScreenTests.state(60, 20).pressing(.down, .char("C"))), "conflicts-chooser-id-60x20")
        }
        // Every width from the smallest the app draws to a wide one: Enter and Esc whole, the picked value shown.
        var cut: [String] = []
        for width in Layout.minWidth...140 {
            for keys in [[.down, .char("C")], [.down, .char("C"), .down], [.char("C"), .char("1")]] as [[Key]] {
                let state = try ConflictScreenTests.state(width, 20).pressing(keys)
                let line = render(state).line(state.layout.keyBarY)
                if !line.contains("Enter Keep") || !line.contains("Esc Cancel") || line.displayWidth > width { cut.append("\(width): \(line)") }
            }
        }
        XCTAssertEqual(cut, [])
        // Smaller than the app's minimum: its one message, as for every screen.
        XCTAssertEqual(try ConflictScreenTests.state(40, 12).pressing(.down, .char("C")).layout.mode, .tooSmall)
    }

    func testTheChooserCutsNoValueWhileDroppingSomethingElseMakesRoom() {
        // "Terlaksana …" would read as Terlaksana: at 80 columns the authors go first (the detail pane names them).
        let values = [(value: "Tidak Terlaksana", by: "budi"), (value: "Terlaksana Sebagian", by: "ani")]
        let wide = ChooserFit(field: "1.1.2.1 Mei status", row: "1.1.2.1", values: values, picked: 1, width: 80)
        XCTAssertEqual(wide.prompt, "Mei status:")
        XCTAssertEqual(wide.items.map(\.text), ["1 Tidak Terlaksana", "2 Terlaksana Sebagian"])
        // At 60, only the picked value, whole, with how many there are.
        let narrow = ChooserFit(field: "1.1.2.1 Mei status", row: "1.1.2.1", values: values, picked: 1, width: 60)
        XCTAssertEqual(narrow.items.map(\.text), ["←→ 2/2 Terlaksana Sebagian"])
        XCTAssertEqual(narrow.keys.map(\.key), ["Enter", "Esc"])
    }

    func testTheDetailPaneShowsARowsConflictsWithoutScrolling() throws {
        try GoldenScreen.check(render(try ConflictScreenTests.state(80, 24).pressing(.down, .char("d"))), "conflicts-detail-80x24")
        try GoldenScreen.check(render(try ConflictScreenTests.state(60, 20).pressing(.down, .char("r"), .char("d"))),
                               "conflicts-realisasi-detail-60x20")
    }

    func testAFoldedLineInRealisasiSummarisesItsRealisation() throws {
        // Folded to sub kegiatan: 1.1.1 holds 1.1.1.1 (Jan done), 1.1.2 holds 1.1.2.1 (Jan partly).
        let folded = try RealisasiTests.recorded(200, 50).pressing(.char("z"), .char("3"))
        try GoldenScreen.check(render(folded), "realisasi-folded-200x50")
        try GoldenScreen.check(render(try RealisasiTests.recorded(80, 24).pressing(.char("z"), .char("1"))), "realisasi-folded-80x24")
    }

    func testTheGridsKeyBarOnAFoldedLineOffersOpenNotTheKeysOfOneRow() throws {
        let folded = try Fixture.state(200, 50).pressing(.char("z"), .char("1"))
        try GoldenScreen.check(render(folded), "folded-keybar-200x50")
        let bar = render(folded).line(folded.layout.keyBarY)
        XCTAssertFalse(bar.contains("Space"), bar)
        XCTAssertTrue(bar.contains("+ Open"), bar)
        // Opened again, the row's keys are back.
        let open = folded.pressing(.char("z"), .char("R"))
        XCTAssertTrue(render(open).line(open.layout.keyBarY).contains("Space Toggle"))
    }
}
