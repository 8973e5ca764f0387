import XCTest
@testable import GanttUI
import PlanModel

/// What keys do: movement, toggling with its effect, undo and redo, saving status, mouse, resize.
final class InteractionTests: XCTestCase {
    func testToggleChangesTheCellAsksTheStoreAndCountsTheChange() throws {
        let start = try Fixture.state(200, 50).pressing(.down, .right)  // 1.1.2.1, Feb
        XCTAssertEqual(handle(start, .char(" ")).1, [.toggle(row: "1.1.2.1", month: .feb, on: true)])
        let toggled = start.pressing(.char(" "))
        XCTAssertEqual(toggled.changedCells, 1)
        XCTAssertTrue(render(toggled).line(0).contains("1 row with new months"))
        // Away from the cursor the changed cell carries the marker and its own colour.
        let away = toggled.pressing(.down)
        let screen = render(away)
        let y = try XCTUnwrap(away.lineOf("1.1.2.1"))
        let feb = away.layout.months[1]
        XCTAssertEqual(screen.text(x: feb.x, y: y, width: 3), " √*")
        XCTAssertEqual(screen[feb.x + 1, y].style.role, .barChanged)
        // Clearing a signed month is a change too.
        let cleared = start.pressing(.left, .enter)
        XCTAssertEqual(handle(start.pressing(.left), .enter).1, [.toggle(row: "1.1.2.1", month: .jan, on: false)])
        let clearedScreen = render(cleared.pressing(.down))
        XCTAssertEqual(clearedScreen.text(x: away.layout.months[0].x, y: y, width: 3), " ·*")
        XCTAssertEqual(cleared.pressing(.enter).changedCells, 0, "toggling back restores the signed plan")
    }

    func testUndoAndRedoGoThroughTheStoreAndShowWhereTheyHappened() throws {
        let start = try Fixture.state(200, 50)
        XCTAssertEqual(handle(start, .char("u")).1, [])
        XCTAssertTrue(render(start.pressing(.char("u"))).line(0).contains("nothing to undo"))
        // The store's answer: the undo entry moves the cursor to the cell it changed.
        var state = try start.selecting("2.1.1.1").pressing(.char(" "))
        XCTAssertTrue(state.marks(of: try XCTUnwrap(state.plan.rowIndex(of: "2.1.1.1"))).contains(.jan))
        XCTAssertEqual(handle(state, .char("u")).1, [.undo])
        state = state.pressing(.char("0"), .home, .char("u"))
        XCTAssertEqual(state.plan.rows[try XCTUnwrap(state.selectedRow)].id, "2.1.1.1")
        XCTAssertEqual(state.month, .jan)
        XCTAssertEqual(state.changedCells, 0)
        XCTAssertTrue(render(state).line(0).contains("undone: Jan of 2.1.1.1"))
        XCTAssertEqual(handle(state, .ctrl("r")).1, [.redo])
        XCTAssertEqual(state.pressing(.ctrl("r")).changedCells, 1)
    }

    func testAFailedSaveIsShownUntilASaveSucceeds() throws {
        let start = try Fixture.state(200, 50)
        var failed = start
        let store = MemoryStore(year: start.year)
        store.failing = "disk full"
        _ = runEffects(update(&failed, .toggle), on: &failed, store: store)
        XCTAssertEqual(failed.changedCells, 1, "the change stays in memory")
        XCTAssertTrue(render(failed).line(0).contains("not saved: disk full"))
        XCTAssertTrue(render(failed.pressing(.down, .up)).line(0).contains("not saved: disk full"), "persistent")
        let ok = failed.pressing(.right, .char(" "))
        XCTAssertFalse(render(ok).line(0).contains("not saved"))
        XCTAssertEqual(ok.changedCells, 2)
    }

    func testAnotherProcessesChangesArriveWithoutMovingTheCursor() throws {
        let start = try Fixture.state(200, 50).pressing(.down, .down, .down, .right)
        let other = MemoryStore(year: start.year)
        _ = try other.setMark(start.plan.rows[0].id, .des, to: true)
        let after = update(start, .externalChange(other.state)).0
        XCTAssertEqual(after.cursor, 3)
        XCTAssertEqual(after.month, .feb)
        XCTAssertEqual(after.changedCells, 1)
        XCTAssertTrue(after.marks(of: 0).contains(.des))
    }

    func testMovementStaysInsideThePlan() throws {
        let start = try Fixture.state(200, 50)
        XCTAssertEqual(start.pressing(.up, .left, .char("k"), .char("h")).cursor, 0)
        XCTAssertEqual(start.pressing(.up, .left).month, .jan)
        XCTAssertEqual(start.pressing(Array(repeating: Key.right, count: 20)).month, .des)
        let last = start.pressing(.end)
        XCTAssertEqual(last.cursor, 123)
        XCTAssertEqual(last.pressing(.down).cursor, 123)
        XCTAssertEqual(last.pressing(.char("g")).cursor, 0)
        XCTAssertEqual(start.pressing(.char("G")).cursor, 123)
        let paged = start.pressing(.pageDown)
        XCTAssertGreaterThan(paged.cursor, 30)
        XCTAssertEqual(paged.pressing(.pageUp).cursor, 0)
        XCTAssertEqual(start.pressing(.ctrl("d")).cursor, 23)
        XCTAssertEqual(start.pressing(.ctrl("d"), .ctrl("u")).cursor, 0)
        // Scrolling keeps the header frozen and repeats the top row's parents.
        let scrolled = render(start.pressing(.char("5"), .down, .down, .down, .char("0"), .pageDown))
        XCTAssertTrue(scrolled.line(1).hasPrefix("NO.│AREA PERUBAHAN"))
    }

    func testMouseClickSelectsACellAndTheWheelScrolls() throws {
        let start = try Fixture.state(200, 50)
        let apr = start.layout.months[3]
        let clicked = start.pressing(.mouse(x: apr.x + 1, y: 8, .press))
        XCTAssertEqual(clicked.cursor, 5)
        XCTAssertEqual(clicked.month, .apr)
        XCTAssertEqual(start.pressing(.mouse(x: 0, y: 0, .wheelDown)).top, 3)
        XCTAssertEqual(start.pressing(.mouse(x: 0, y: 0, .wheelDown), .mouse(x: 0, y: 0, .wheelUp)).top, 0)
    }

    func testResizeReLaysOutAtOnceAndAsksForARepaint() throws {
        let start = try Fixture.state(200, 50)
        let (small, effects) = handle(start, .resize(width: 80, height: 24))
        XCTAssertEqual(effects, [.redraw])
        XCTAssertEqual(small.layout.mode, .outline)
        XCTAssertEqual(render(small).width, 80)
        XCTAssertEqual(handle(start, .ctrl("l")).1, [.redraw])
        XCTAssertEqual(handle(start, .char("q")).1, [.quit])
    }

    func testWithoutUTF8TheMarksAndRulesAreASCII() throws {
        let state = try Fixture.state(80, 24, glyphs: .ascii).pressing(.char("2"))
        let text = render(state).text
        XCTAssertTrue(text.unicodeScalars.allSatisfy { $0.isASCII }, text)
        XCTAssertTrue(text.contains("|[.]  .   v   .   .   v   .   .   v   .   .   v"), text)
        XCTAssertTrue(text.contains("KEGIATAN > SUB > INDIKATOR"), text)
    }
}
