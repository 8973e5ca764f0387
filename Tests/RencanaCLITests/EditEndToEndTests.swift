import Foundation
import XCTest

/// Issue 13 in a real terminal (tmux): an indikator edited in the dashboard's editor is saved, is there after a
/// restart and drawn in the changed style, and `u` takes it back.
final class EditEndToEndTests: XCTestCase {
    private var tmux: TmuxSession!
    private var stateFile: URL!

    override func setUpWithError() throws {
        stateFile = FileManager.default.temporaryDirectory.appendingPathComponent("rencana-edit-e2e-\(UUID().uuidString).json")
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

    /// The screen line holding `text`.
    private func line(containing text: String) throws -> Substring {
        try XCTUnwrap(try tmux.screenLines().first { $0.contains(text) }, "no line with \(text)")
    }

    func testAnIndikatorEditedInTheEditorSurvivesARestartMarkedAndUndoTakesItBack() throws {
        try open()
        // 1.1.3.1, the third row: E opens its INDIKATOR, Ctrl-A goes to the start, the new words, Enter saves.
        try tmux.send("j", "j", "E")
        try tmux.waitFor("INDIKATOR KEBERHASILAN · 1.1.3.1")
        try tmux.send("C-a")
        try tmux.run(["send-keys", "-t", tmux.target, "-l", "REVISI "], output: false)
        try tmux.send("Enter")
        try tmux.waitFor("│REVISI 2) Rencana Aksi Tahunan RB dan R…│")
        XCTAssertFalse(try tmux.capture().contains("INDIKATOR KEBERHASILAN · 1.1.3.1"), "the editor closed")
        try tmux.send("q")
        try tmux.waitFor("EXITED 0")

        try tmux.kill()
        try open()
        try tmux.waitForScreen("e2e-edited-reopened-200x50")  // made by EndToEndScreenTests from the same keys
        // Drawn in the changed style (black on yellow, as a changed month): the colour is set just before the text.
        // (The golden's text is compared above; its style layer is checked in GanttUI, this is the terminal's colour.)
        let styled = try tmux.run(["capture-pane", "-p", "-e", "-t", tmux.target])
        let styledRow = try XCTUnwrap(styled.split(separator: "\n").first { $0.contains("REVISI 2)") })
        let before = styledRow[..<styledRow.range(of: "REVISI")!.lowerBound].suffix(24)
        XCTAssertTrue(before.contains("43m") || before.contains("43;") || before.contains(";43"), "no yellow background: \(before.debugDescription)")

        try tmux.send("u")
        try tmux.waitFor("undone: a change of 1.1.3.1")
        try tmux.waitForScreen("e2e-edited-undone-200x50")
    }
}
