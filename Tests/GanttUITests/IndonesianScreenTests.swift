import XCTest
import RencanaText
@testable import GanttUI

/// The dashboard in Indonesian (issue 20: the interface exists completely in both languages): the main screen,
/// help and the Realisasi layer as whole golden files at 200x50 and 80x24, made in-process under
/// `Text.$language.withValue(.id)`, the way `RENCANA_LANG=id` makes them for a whole process.
final class IndonesianScreenTests: XCTestCase {
    /// Runs `body` with the interface in Indonesian.
    private func inIndonesian<T>(_ body: () throws -> T) rethrows -> T {
        try Text.$language.withValue(.id) { try body() }
    }

    /// The cursor on Feb of 1.2.1.1, as MainScreenGoldenTests places it.
    private func moved(_ width: Int, _ height: Int) throws -> AppState {
        try Fixture.state(width, height).pressing(.down, .down, .down, .right)
    }

    func testTheMainScreenInIndonesian() throws {
        try inIndonesian {
            try GoldenScreen.check(render(try moved(200, 50)), "id-main-200x50")
            try GoldenScreen.check(render(try moved(80, 24)), "id-main-80x24")
        }
    }

    func testHelpInIndonesian() throws {
        try inIndonesian {
            try GoldenScreen.check(render(try moved(200, 50).pressing(.char("?"))), "id-help-200x50")
            try GoldenScreen.check(render(try moved(80, 24).pressing(.char("?"))), "id-help-80x24")
        }
    }

    func testTheRealisasiLayerInIndonesian() throws {
        try inIndonesian {
            try GoldenScreen.check(render(try RealisasiTests.recorded(200, 50)), "id-realisasi-200x50")
            try GoldenScreen.check(render(try RealisasiTests.recorded(80, 24)), "id-realisasi-80x24")
        }
    }

    /// The same state read in English and in Indonesian differs only in words: the English screen is the
    /// existing golden file, so a language chosen for a test never leaks into the default.
    func testTheDefaultStaysEnglish() throws {
        XCTAssertEqual(Text.language, .en, "tests run in English unless a test asks otherwise")
        let english = try moved(80, 24)
        let indonesian = try inIndonesian { try moved(80, 24) }
        XCTAssertEqual(english.text.saved, "saved")
        XCTAssertEqual(indonesian.text.saved, "tersimpan")
        XCTAssertNotEqual(render(english).lines, render(indonesian).lines)
    }
}
