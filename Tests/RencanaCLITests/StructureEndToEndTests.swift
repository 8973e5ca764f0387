import Foundation
import XCTest

/// Adding, moving and deleting rows in the real dashboard (tmux), as a user does: the changes survive a restart,
/// `rencana diff` reports them, the revision view shows them, and `u` takes the last one back.
final class StructureEndToEndTests: XCTestCase {
    private var tmux: TmuxSession!
    private var stateFile: URL!

    override func setUpWithError() throws {
        stateFile = FileManager.default.temporaryDirectory.appendingPathComponent("rencana-struct-\(UUID().uuidString).json")
        tmux = try TmuxSession()
    }

    override func tearDown() {
        tmux?.killServer()
        try? FileManager.default.removeItem(at: stateFile)
    }

    private func open() throws {
        let binary = try DashboardBinary.url()
        let command = "env LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=xterm-256color SWIFT_BACKTRACE=interactive=no NO_COLOR= RENCANA_TODAY=2022-11-15 "
            + "'\(binary.path)' plan.json --state '\(stateFile.path)'; echo EXITED $?; sleep 600"
        try tmux.start(command: command, width: 200, height: 50, directory: DashboardBinary.packageRoot)
        try tmux.waitFor("KEGIATAN")
    }

    /// The screen's line holding `text`, by position.
    private func line(_ lines: [Substring], _ text: String) -> Int? { lines.firstIndex { $0.contains(text) } }

    func testAddARowMoveItDeleteAnotherQuitReopenAllThereAndDiffAgrees() throws {
        try open()
        // Down to 1.2.1.1, o, the new row's INDIKATOR, Enter: saved at once, the cursor on it.
        try tmux.send("j", "j", "j", "o")
        try tmux.waitFor("New row after 1.2.1.1")
        try tmux.sendLine("Tersedianya video sosialisasi RB")
        try tmux.waitFor("125/125 rows")
        // J: the new row goes below 1.2.1.2.
        try tmux.send("J")
        try tmux.waitFor("saved")
        // Down to 1.2.2.1, x: the chooser (row first), Enter: the question, y: deleted.
        try tmux.send("j", "x")
        try tmux.waitFor("1  row 1.2.2.1 (1 row)")
        try tmux.send("Enter")
        try tmux.waitFor("Delete row 1.2.2.1")
        let asked = try tmux.capture()
        XCTAssertTrue(asked.contains("1 row, nothing recorded on it"), asked)
        try tmux.send("y")
        try tmux.waitFor("124/124 rows")
        try checkRows(try tmux.screenLines())
        try tmux.send("q")
        try tmux.waitFor("EXITED 0")

        // Reopened: all there.
        try tmux.kill()
        try open()
        try tmux.waitForScreen("e2e-structure-reopened-200x50")  // made by EndToEndScreenTests from the same keys

        // `rencana diff` agrees.
        let cli = try CommandRunner()
        defer { cli.cleanUp() }
        let diff = try cli.run(["diff", "plan.json", "--state", stateFile.path])
        XCTAssertEqual(diff.status, 0, diff.stderr)
        let lines = diff.stdout.split(separator: "\n")
        XCTAssertEqual(lines.count, 2, diff.stdout)
        XCTAssertTrue(lines.first?.hasPrefix("r-") == true, diff.stdout)
        XCTAssertTrue(lines.first?.hasSuffix(" row added at SUB KEGIATAN 1.2.1 place 3: \"Tersedianya video sosialisasi RB\"") == true, diff.stdout)
        XCTAssertEqual(lines.last, "1.2.2.1 row removed from SUB KEGIATAN 1.2.2 place 1: \"1) Menurunnya jumlah pelanggaran kode etik penyelenggara pemilu;\"")

        // The revision view shows both; Esc back to the grid.
        try tmux.send("v")
        try tmux.waitFor("Revision against the plan as signed")
        // The new row by its id, random here (the golden's store numbers them).
        let id = String((lines.first ?? "").prefix { $0 != " " })
        XCTAssertTrue(id.hasPrefix("r-"), id)
        try tmux.waitForScreen("e2e-structure-revision-200x50", reading: [(id, "r-000000000001")])
        try tmux.send("Escape")
        try tmux.waitFor("124/124 rows")

        // u takes the deletion back (also after the restart).
        try tmux.send("u")
        try tmux.waitForScreen("e2e-structure-undone-200x50")
    }

    /// The new row under 1.2.1.2 and 1.2.2.1 gone.
    private func checkRows(_ lines: [Substring], file: StaticString = #filePath, line number: UInt = #line) throws {
        let kolom = try XCTUnwrap(line(lines, "2) Pembangunan kolom Reformasi Birokras"), file: file, line: number)
        let video = try XCTUnwrap(line(lines, "Tersedianya video sosialisasi RB"), file: file, line: number)
        XCTAssertEqual(video, kolom + 1, lines.joined(separator: "\n"), file: file, line: number)
        XCTAssertNil(line(lines, "1) Menurunnya jumlah pelanggaran kode e"), "deleted", file: file, line: number)
        XCTAssertNotNil(line(lines, "2) Menurunnya angka pelanggaran disipli"), file: file, line: number)
    }
}
