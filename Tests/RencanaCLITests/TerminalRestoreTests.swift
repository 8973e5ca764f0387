import Foundation
import XCTest

/// However the dashboard ends — q, Ctrl-C, SIGTERM, SIGHUP, a crash — or pauses (Ctrl-Z, fg), the
/// terminal is given back as it was: the same `stty -g` settings, the cursor visible, the normal screen.
final class TerminalRestoreTests: XCTestCase {
    private var tmux: TmuxSession!
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("rencana-restore-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        tmux = try TmuxSession()
    }

    override func tearDown() {
        tmux?.killServer()
        try? FileManager.default.removeItem(at: folder)
    }

    private var statePath: String { folder.appendingPathComponent("state.jsonl").path }

    /// An interactive shell in the pane that saves `stty -g` before and after running the dashboard.
    /// (The markers are typed split by quotes, so only the shell's output shows them whole.)
    private func startDashboard(plan: String? = nil, extra: String = "") throws {
        let binary = try DashboardBinary.url()
        try tmux.start(command: "env PS1='$ ' bash --norc --noprofile -i", width: 120, height: 30,
                       directory: DashboardBinary.packageRoot)
        try tmux.waitFor("$")
        // The trap keeps bash running the rest of the line when the dashboard dies of Ctrl-C's SIGINT.
        try tmux.sendLine("export LANG=C.UTF-8 TERM=xterm-256color SWIFT_BACKTRACE=enable=no; trap 'true' INT; cd '\(folder.path)'; clear")
        try tmux.sendLine("stty -g > before; '\(binary.path)' '\(plan ?? DashboardBinary.packageRoot.path + "/plan.json")' "
                          + "--state '\(statePath)' \(extra); echo EXI''TED $?; stty -g > after; echo SA''VED")
        try tmux.waitFor("KEGIATAN")
        XCTAssertTrue(try tmux.alternateScreen(), "the dashboard uses the alternate screen")
        XCTAssertFalse(try cursorVisible(), "the dashboard hides the cursor")
    }

    private func cursorVisible() throws -> Bool {
        try tmux.run(["display-message", "-p", "-t", tmux.target, "#{cursor_flag}"])
            .trimmingCharacters(in: .whitespacesAndNewlines) == "1"
    }

    /// Waits for the shell to have saved the settings after the dashboard ended, then compares.
    private func assertRestored(exitStatus: Int32, _ how: String, file: StaticString = #filePath, line: UInt = #line) throws {
        try tmux.waitFor("SAVED", file: file, line: line)
        let screen = try tmux.capture()
        XCTAssertTrue(screen.contains("EXITED \(exitStatus)"), "\(how): \(screen)", file: file, line: line)
        let before = try String(contentsOf: folder.appendingPathComponent("before"), encoding: .utf8)
        let after = try String(contentsOf: folder.appendingPathComponent("after"), encoding: .utf8)
        XCTAssertFalse(before.isEmpty, file: file, line: line)
        XCTAssertEqual(after, before, "\(how): stty settings differ", file: file, line: line)
        XCTAssertFalse(try tmux.alternateScreen(), "\(how): still on the alternate screen", file: file, line: line)
        XCTAssertTrue(try cursorVisible(), "\(how): the cursor is hidden", file: file, line: line)
        try tmux.kill()
    }

    private func dashboardPID() throws -> pid_t {
        for entry in try FileManager.default.contentsOfDirectory(atPath: "/proc") {
            guard let pid = pid_t(entry), let raw = FileManager.default.contents(atPath: "/proc/\(entry)/cmdline") else { continue }
            let arguments = raw.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
            if arguments.first?.hasSuffix("/rencana") == true && arguments.contains(statePath) { return pid }
        }
        throw XCTSkip("the dashboard's process was not found")
    }

    func testQuit() throws {
        try startDashboard()
        try tmux.send("j", "l", "q")
        try assertRestored(exitStatus: 0, "q")
    }

    func testCtrlC() throws {
        try startDashboard()
        try tmux.send("C-c")
        try assertRestored(exitStatus: 128 + SIGINT, "Ctrl-C")
    }

    func testCtrlCWhileALargePlanIsStillLoading() throws {
        let plan = folder.appendingPathComponent("large.json")
        let generate = Process()
        generate.executableURL = try DashboardBinary.url()
        generate.arguments = ["generate", "--rows", "10000", "--out", plan.path]
        try generate.run()
        generate.waitUntilExit()
        try startDashboard(plan: plan.path, extra: "--debug-load-delay 20000")
        try tmux.waitFor("loading… first 300 rows")
        try tmux.send("C-c")
        try assertRestored(exitStatus: 128 + SIGINT, "Ctrl-C while loading")
    }

    func testSIGTERM() throws {
        try startDashboard()
        kill(try dashboardPID(), SIGTERM)
        try assertRestored(exitStatus: 128 + SIGTERM, "SIGTERM")
    }

    func testSIGHUP() throws {
        try startDashboard()
        kill(try dashboardPID(), SIGHUP)
        try assertRestored(exitStatus: 128 + SIGHUP, "SIGHUP")
    }

    func testCtrlZThenFgThenQuit() throws {
        try startDashboard()
        try tmux.send("C-z")
        try tmux.waitFor("Stopped")
        // Suspended: the shell goes on with its line, saving the settings it got back.
        try tmux.waitFor("SAVED")
        XCTAssertFalse(try tmux.alternateScreen(), "suspended: the shell's screen is back")
        XCTAssertTrue(try cursorVisible(), "suspended: the cursor is visible")
        let before = try String(contentsOf: folder.appendingPathComponent("before"), encoding: .utf8)
        XCTAssertEqual(try String(contentsOf: folder.appendingPathComponent("after"), encoding: .utf8), before,
                       "suspended: stty settings differ")

        try tmux.sendLine("fg")
        try tmux.waitFor("KEGIATAN")
        XCTAssertTrue(try tmux.alternateScreen(), "fg: the dashboard is back")
        try tmux.send("q")
        try tmux.sendLine("stty -g > after-fg; echo DO''NE")
        try tmux.waitFor("DONE")
        XCTAssertEqual(try String(contentsOf: folder.appendingPathComponent("after-fg"), encoding: .utf8), before,
                       "after fg and q: stty settings differ")
        XCTAssertFalse(try tmux.alternateScreen(), "after fg and q: still on the alternate screen")
        XCTAssertTrue(try cursorVisible(), "after fg and q: the cursor is hidden")
    }

    func testACrashRestoresTheTerminalToo() throws {
        try startDashboard(extra: "--debug-trap")
        try tmux.send("!")
        // A Swift trap: the terminal is given back first, then the process ends in one line with status 1.
        try tmux.waitFor("SAVED")
        let screen = try tmux.capture()
        XCTAssertTrue(screen.contains("rencana: stopped: out of memory or an internal error"), screen)
        XCTAssertTrue(screen.contains("EXITED 1"), screen)
        XCTAssertFalse(screen.contains("Backtracing"), screen)
        let before = try String(contentsOf: folder.appendingPathComponent("before"), encoding: .utf8)
        let after = try String(contentsOf: folder.appendingPathComponent("after"), encoding: .utf8)
        XCTAssertEqual(after, before, "crash: stty settings differ")
        XCTAssertFalse(try tmux.alternateScreen(), "crash: still on the alternate screen")
        XCTAssertTrue(try cursorVisible(), "crash: the cursor is hidden")
    }
}
