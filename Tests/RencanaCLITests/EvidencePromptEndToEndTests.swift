import Foundation
import XCTest

/// Issue 20: the dashboard's `b` checks evidence as `rencana evidence add` does (one check, `EvidenceCheck`):
/// a file that is not there, a folder or a link that is not http(s) is refused with the reason in the title bar
/// and nothing is saved; an existing file is saved. The real binary in tmux; the state file is the judge.
final class EvidencePromptEndToEndTests: XCTestCase {
    private var tmux: TmuxSession!
    private var stateFile: URL!

    override func setUpWithError() throws {
        stateFile = FileManager.default.temporaryDirectory.appendingPathComponent("rencana-b-\(UUID().uuidString).jsonl")
        tmux = try TmuxSession()
    }

    override func tearDown() {
        tmux?.killServer()
        try? FileManager.default.removeItem(at: stateFile)
        try? FileManager.default.removeItem(at: stateFile.deletingPathExtension().appendingPathExtension("view.json"))
    }

    private func evidenceEntries() -> [String] {
        ((try? String(contentsOf: stateFile, encoding: .utf8)) ?? "").split(separator: "\n").map(String.init)
            .filter { $0.contains("\"evidence-add\"") }
    }

    func testTheEvidencePromptRefusesWhatEvidenceAddRefuses() throws {
        let binary = try DashboardBinary.url()
        let command = "env LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=xterm-256color SWIFT_BACKTRACE=interactive=no NO_COLOR= "
            + "RENCANA_TODAY=2022-04-15 '\(binary.path)' plan.json --state '\(stateFile.path)'; echo EXITED $?; sleep 600"
        try tmux.start(command: command, width: 240, height: 30, directory: DashboardBinary.packageRoot)
        try tmux.waitFor("KEGIATAN")
        try tmux.send("r")
        try tmux.waitFor("Realisasi s.d. Apr")
        try tmux.send("b")
        try tmux.sendLine("tidak-ada.pdf")
        // A refusal (not a failed save), the prompt open again with the typed text; Esc closes it.
        try tmux.waitFor("refused: tidak-ada.pdf: no such file (a paper document to scan later: rencana evidence add --allow-missing)")
        try tmux.waitFor("file or URL: tidak-ada.pdf")
        try tmux.send("Escape", "b")
        try tmux.sendLine("Sources")
        try tmux.waitFor("refused: Sources: not a regular file")
        try tmux.send("Escape", "b")
        try tmux.sendLine("https://")
        try tmux.waitFor("refused: \"https://\" is not an http:// or https:// link with a host")
        try tmux.send("Escape")
        XCTAssertEqual(evidenceEntries(), [], "nothing refused was saved")
        try tmux.send("b")
        try tmux.sendLine("README.md")
        try tmux.waitFor("│ saved")
        try tmux.send("q")
        try tmux.waitFor("EXITED 0")
        let saved = evidenceEntries()
        XCTAssertEqual(saved.count, 1)
        XCTAssertTrue(saved.first?.contains("\"path\":\"README.md\"") == true, saved.description)
    }
}
