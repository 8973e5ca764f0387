import Foundation
import XCTest

/// The real binary in tmux draws exactly the golden screens `render` is checked against: the terminal's
/// whole screen, line by line, is the golden file's text (so the backend's diff and ncurses lose nothing).
final class WholeScreenEndToEndTests: XCTestCase {
    private var tmux: TmuxSession!
    private var stateFile: URL!

    override func setUpWithError() throws {
        stateFile = FileManager.default.temporaryDirectory.appendingPathComponent("rencana-screen-\(UUID().uuidString).json")
        tmux = try TmuxSession()
    }

    override func tearDown() {
        tmux?.killServer()
        try? FileManager.default.removeItem(at: stateFile)
    }

    /// Opens the dashboard at a size with November as today (as the golden screens have it) and presses `keys`.
    private func screen(width: Int, height: Int, keys: [String]) throws -> [String] {
        let binary = try DashboardBinary.url()
        let command = "env LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=xterm-256color RENCANA_TODAY=2022-11-15 SWIFT_BACKTRACE=interactive=no "
            + "'\(binary.path)' plan.json --state '\(stateFile.path)'; echo EXITED $?; sleep 600"
        try tmux.start(command: command, width: width, height: height, directory: DashboardBinary.packageRoot)
        try tmux.waitFor("KEGIATAN")
        for key in keys { try tmux.send(key) }
        usleep(400_000)
        return try tmux.trimmedLines()
    }

    func testTheScreenAt200x50IsTheGoldenOne() throws {
        let lines = try screen(width: 200, height: 50, keys: ["j", "j", "j", "l"])
        XCTAssertEqual(lines, try GoldenScreenText.lines("main-200x50"))
    }

    func testTheScreenAt80x24IsTheGoldenOne() throws {
        let lines = try screen(width: 80, height: 24, keys: ["j", "j", "j", "l"])
        XCTAssertEqual(lines, try GoldenScreenText.lines("main-80x24"))
    }
}
