import Foundation
import XCTest

/// Exports, reports and diffs printed on a real terminal (tmux): a cell's OSC, CSI, C1 or bidi override is shown
/// as text and never obeyed; bound for a pipe the CSV shows them as escapes too (which `import` reads back exactly).
final class TerminalOutputEndToEndTests: XCTestCase {
    private var tmux: TmuxSession!
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("rencana-out-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: DashboardBinary.packageRoot.appendingPathComponent("plan.json"),
                                         to: folder.appendingPathComponent("plan.json"))
        tmux = try TmuxSession()
    }

    override func tearDown() {
        tmux?.killServer()
        try? FileManager.default.removeItem(at: folder)
    }

    /// Fragments on purpose: the point is what the terminal did with bytes (a title not set, a clipboard not written,
    /// a screen not cleared, raw bytes kept in a pipe), and the screen is a shell's scrollback, not the dashboard's.
    func testHostileCellsPrintedOnATerminalAreShownNotObeyed() throws {
        let binary = try DashboardBinary.url().path
        let hostile = #"=HYPERLINK(1)\e]0;pwned\a\e]52;c;QUFB\a\e[2J\xc2\x9b31m\xe2\x80\xaeRLO"#
        let r = "'\(binary)' "
        let script = "export LANG=C.UTF-8 RENCANA_TODAY=2022-04-08 SWIFT_BACKTRACE=enable=no; S='--state s.jsonl'; "
            + r + "edit plan.json 1.1.1.1 --indikator $'\(hostile)' $S >/dev/null; "
            + r + "realize plan.json 1.1.1.1 Jan done --note $'@\(hostile)' $S >/dev/null; "
            + r + "diff plan.json --format csv $S; "
            + r + "export plan.json --format csv --realisation $S | tail -n +2 | head -1 > piped.csv; "
            + r + "export plan.json --format json --realisation $S | grep -c pwned; "
            + "echo DO''NE; sleep 600"
        try tmux.start(command: "bash --norc", width: 200, height: 50, directory: folder)
        try tmux.sendLine(script)
        try tmux.waitFor("DONE")
        let title = try tmux.run(["display-message", "-p", "-t", tmux.target, "#{pane_title}"])
        XCTAssertFalse(title.contains("pwned"), "the pane title was set: \(title)")
        let screen = try tmux.capture()
        XCTAssertTrue(screen.contains(#"\u{1B}]0;pwned\u{7}"#), screen)
        XCTAssertFalse(screen.contains(#"\r\n"#), "lines stay lines: \(screen)")
        // Lines longer than the pane wrap; the escapes are checked on the lines joined.
        XCTAssertTrue(screen.replacingOccurrences(of: "\n", with: "").contains(#"\u{9B}31m\u{202E}RLO"#), screen)
        XCTAssertTrue(screen.contains("'=HYPERLINK(1)"), "a formula stays guarded: \(screen)")
        XCTAssertTrue(screen.contains("DONE"), "the screen was not cleared")
        // Into a pipe too the CSV holds no raw control (issue 20: a spreadsheet would get them): the escape is written
        // `\u{1B}`, which `import` reads back exactly (SpreadsheetControlsTests). Changed on purpose: it kept raw ESC.
        let piped = try Data(contentsOf: folder.appendingPathComponent("piped.csv"))
        XCTAssertFalse(piped.contains(0x1B), "no raw ESC in the piped CSV")
        XCTAssertTrue(String(decoding: piped, as: UTF8.self).contains(#"\u{1B}]0;pwned\u{7}"#), "the escape shown in the piped CSV")
    }
}
