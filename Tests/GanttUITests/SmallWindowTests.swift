import Foundation
import XCTest
@testable import GanttUI
import PlanModel

/// Every overlay at the documented smallest size (60x8) shows, and below it (20x5) an open editor takes no
/// text: the reviewer typed `q` into an invisible INDIKATOR editor at 60x8, and it was saved.
final class SmallWindowTests: XCTestCase {
    /// The overlays, each opened by its keys from the grid (Realisasi's after `r`).
    static let overlays: [(name: String, keys: [Key])] = [
        ("help", [.char("?")]), ("picker", [.char("a")]), ("detail", [.char("d")]), ("search", [.char("/"), .char("T")]),
        ("texts", [.char("E")]), ("document", [.char("D")]), ("delete", [.char("x")]), ("add", [.char("A")]),
        ("new-row", [.char("o")]), ("move-row", [.down, .down, .down, .char("M")]), ("revision", [.char("v")]),
        ("move-month", [.char("r"), .char(">")]), ("note", [.char("r"), .char("e")]), ("review", [.char("r"), .char("T")]),
    ]

    func testEveryOverlayShowsAtTheSmallestSize() throws {
        let state = try Fixture.state(60, 8)
        for (name, keys) in Self.overlays {
            try GoldenScreen.check(render(state.pressing(keys)), "small-60x8-\(name)")
        }
    }

    /// Below the smallest size: the too-small message says the editor is open, typed keys go nowhere, Esc closes it.
    func testBelowTheSmallestSizeAnEditorTakesNoTextButEsc() throws {
        let plan = try Fixture.plan()
        let store = MemoryStore(plan: plan)
        let state = AppState(plan: plan, year: store.state, width: 20, height: 5, today: .nov, asOf: .nov)
        let clock = FakeClock(date: utcDate(11, 10, "09:00:00"))
        let (runtime, inputs, _) = Runtime.scripted(state, store: store, clock: clock) { _ in
            [.key(.char("E")), .look("editor"), .key(.char("q")), .key(.paste("x")), .key(.enter), .key(.escape),
             .look("closed"), .key(.resize(width: 80, height: 24)), .key(.char("q"))]
        }
        XCTAssertEqual(runtime.run(), .quit, "after Esc, q quits")
        XCTAssertEqual(store.state.entries.count, 0, "nothing typed was saved")
        try GoldenScreen.check(XCTUnwrap(inputs.looks["editor"]), "small-20x5-editor")
        try GoldenScreen.check(XCTUnwrap(inputs.looks["closed"]), "small-20x5-closed")
        // Every overlay under the too-small message: that message alone (with the editor's line for those taking text).
        let plain = GoldenScreen.text(try XCTUnwrap(inputs.looks["closed"]))
        let editor = GoldenScreen.text(try XCTUnwrap(inputs.looks["editor"]))
        for (name, keys) in Self.overlays {
            let opened = try Fixture.state(20, 5).pressing(keys)
            XCTAssertEqual(GoldenScreen.text(render(opened)), opened.takesText ? editor : plain, name)
        }
    }
}
