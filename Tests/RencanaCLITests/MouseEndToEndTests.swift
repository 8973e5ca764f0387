import Foundation
import XCTest

/// Mouse reports in a real terminal: under tmux's terminal description (X10 mouse, which ends at column 223)
/// the dashboard asks for SGR reports and decodes them itself, so a click on the last month of a 250-column
/// screen lands there, and a garbled report is dropped instead of being read as keys.
final class MouseEndToEndTests: XCTestCase {
    private var tmux: TmuxSession!
    private var stateFile: URL!

    override func setUpWithError() throws {
        stateFile = FileManager.default.temporaryDirectory.appendingPathComponent("rencana-mouse-\(UUID().uuidString).json")
        tmux = try TmuxSession()
    }

    override func tearDown() {
        tmux?.killServer()
        try? FileManager.default.removeItem(at: stateFile)
    }

    private func sendRaw(_ bytes: String) throws {
        try tmux.run(["send-keys", "-t", tmux.target, "-l", bytes], output: false)
        usleep(100_000)
    }

    func testAClickPastColumn223LandsOnItsMonthAndGarbledReportsAreNotKeys() throws {
        let binary = try DashboardBinary.url()
        let command = "env LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=tmux-256color SWIFT_BACKTRACE=interactive=no NO_COLOR=1 RENCANA_TODAY=2022-11-15 "
            + "'\(binary.path)' plan.json --state '\(stateFile.path)'; echo EXITED $?; sleep 600"
        try tmux.start(command: command, width: 250, height: 50, directory: DashboardBinary.packageRoot)
        try tmux.waitFor("KEGIATAN")
        let header = try tmux.screenLines()[1]
        let des = try XCTUnwrap(header.range(of: "Des")).lowerBound
        let desColumn = header.distance(from: header.startIndex, to: des) + 1  // the √ sits under the 'e'
        XCTAssertGreaterThan(desColumn, 223, "the test needs the month past X10's last column")

        // The third row (1.1.1.3, planned in Jun and Nov), at screen line 6 (1-based), its Des cell.
        try sendRaw("\u{1B}[<0;\(desColumn + 1);6M")
        try tmux.send("Space")
        try tmux.waitFor("1 row with new months")

        // Garbled reports: read as keys, "9" would say there is no area 9 and "1" would show area 1 only.
        try sendRaw("\u{1B}[<0;999999;6M")
        try sendRaw("\u{1B}[<0;1x")
        try sendRaw("\u{1B}[<64;1;1;1M")
        try tmux.send("j")
        // The whole screen: the Des cell of 1.1.1.3 ticked, the cursor one row down on Des, no notice, all areas.
        try tmux.waitForScreen("e2e-mouse-250x50")

        // Esc and the keys after it still arrive as before.
        try tmux.send("Escape", "q")
        try tmux.waitFor("EXITED 0")
    }
}
