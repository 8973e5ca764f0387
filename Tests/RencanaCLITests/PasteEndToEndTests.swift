import Foundation
import XCTest

/// Bracketed paste in a real terminal (tmux's `paste-buffer -p` marks a paste only when the program asked for it):
/// two pasted lines in the note editor are one note, and none of their letters runs as a key.
final class PasteEndToEndTests: XCTestCase {
    private var tmux: TmuxSession!
    private var stateFile: URL!

    override func setUpWithError() throws {
        stateFile = FileManager.default.temporaryDirectory.appendingPathComponent("rencana-paste-e2e-\(UUID().uuidString).json")
        tmux = try TmuxSession()
    }

    override func tearDown() {
        tmux?.killServer()
        try? FileManager.default.removeItem(at: stateFile)
        try? tmux?.removeViewPreferences(of: stateFile)
    }

    func testTwoPastedLinesAreOneNoteAndNoKeys() throws {
        let binary = try DashboardBinary.url()
        let command = "env LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=xterm-256color SWIFT_BACKTRACE=interactive=no NO_COLOR= RENCANA_TODAY=2022-11-15 "
            + "'\(binary.path)' plan.json --state '\(stateFile.path)'; echo EXITED $?; sleep 600"
        try tmux.start(command: command, width: 80, height: 24, directory: DashboardBinary.packageRoot)
        try tmux.waitFor("KEGIATAN")
        try tmux.send("r")
        try tmux.waitFor("Realisasi s.d.")
        try tmux.send("j", "l", "l", "l", "l", "l", "l", "l", "e")
        try tmux.waitFor("Catatan Ags of 1.1.2.1")
        try tmux.run(["set-buffer", "Rapat ditunda\nmenunggu arahan pimpinan"], output: false)
        try tmux.run(["paste-buffer", "-p", "-t", tmux.target], output: false)
        try tmux.waitForScreen("paste-note-80x24")  // made by PasteTests from the same keys
        try tmux.send("Enter", "q")
        try tmux.waitFor("EXITED 0")
        let saved = try String(contentsOf: stateFile, encoding: .utf8)
        XCTAssertTrue(saved.contains("Rapat ditunda menunggu arahan pimpinan"), saved)
        XCTAssertFalse(saved.contains("missed"), "the pasted m recorded no status: \(saved)")
    }
}
