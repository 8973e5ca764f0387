import Foundation
import XCTest

/// The real `rencana` binary in a real terminal (tmux): keys in with `send-keys`, the screen
/// out with `capture-pane`, compared whole with the golden screen `render` gives for the same keys
/// (Tests/GanttUITests/EndToEndScreenTests.swift makes them), so ncurses and the backend's diff lose nothing.
/// Today is fixed (`RENCANA_TODAY`), so every screen is the same on every day. `waitFor` on a fragment only
/// waits for the screen to settle; the assertions are whole screens, except where noted.
final class DashboardEndToEndTests: XCTestCase {
    private var tmux: TmuxSession!
    private var stateFile: URL!

    override func setUpWithError() throws {
        stateFile = FileManager.default.temporaryDirectory.appendingPathComponent("rencana-e2e-\(UUID().uuidString).json")
        tmux = try TmuxSession()
    }

    override func tearDown() {
        tmux?.killServer()
        try? FileManager.default.removeItem(at: stateFile)
        try? FileManager.default.removeItem(at: stateFile.deletingPathExtension().appendingPathExtension("view.json"))
    }

    /// Starts the dashboard on the real plan.json at a size and waits for its first screen.
    private func open(width: Int = 200, height: Int = 50, extra: String = "", environment: String = "RENCANA_TODAY=2022-11-15") throws {
        let binary = try DashboardBinary.url()
        let command = "env LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=xterm-256color SWIFT_BACKTRACE=interactive=no NO_COLOR= \(environment) "
            + "'\(binary.path)' plan.json --state '\(stateFile.path)' \(extra); echo EXITED $?; sleep 600"
        try tmux.start(command: command, width: width, height: height, directory: DashboardBinary.packageRoot)
        try tmux.waitFor("KEGIATAN")
    }

    func testToggleQuitReopenTheMarkIsStillThereAndUndoTakesItBack() throws {
        try open()
        XCTAssertEqual(try tmux.alternateScreen(), true)
        try tmux.send("j", "j", "j", "l")
        try tmux.waitForScreen("main-200x50")

        // Up to 1.1.2.1 (kick off), still on Feb, Space: saved at once.
        try tmux.send("k", "k", "Space")
        try tmux.waitFor("1 row with new months")
        try tmux.send("q")
        try tmux.waitFor("EXITED 0")
        XCTAssertEqual(try tmux.alternateScreen(), false, "the terminal is restored on q")

        try tmux.kill()
        try open()
        try tmux.waitForScreen("e2e-reopened-200x50")
        try tmux.send("u")
        try tmux.waitForScreen("e2e-undone-200x50")
    }

    func testARecordedStatusAndItsProgressSurviveARestartAndUndoTakesItBack() throws {
        // April 2022: the plan's own year, so progress counts to April (269 planned months due by then).
        try open(environment: "RENCANA_TODAY=2022-04-15")
        try tmux.send("r")
        try tmux.waitFor("Realisasi s.d. Apr 0% │")
        // 1.1.1.1 (SK Tim), January: done, saved at once.
        try tmux.send("y")
        try tmux.waitFor("Realisasi s.d. Apr 0,4% │")
        try tmux.send("q")
        try tmux.waitFor("EXITED 0")

        try tmux.kill()
        try open(environment: "RENCANA_TODAY=2022-04-15")
        // The layer is kept across restarts: it opens in Realisasi.
        try tmux.waitForScreen("e2e-status-reopened-200x50")
        try tmux.send("u")
        try tmux.waitForScreen("e2e-status-undone-200x50")
    }

    func testThePeriodViewTheLayerAndTheFoldsAreKeptAcrossARestart() throws {
        try open(width: 80, height: 24)
        try tmux.send("t", "t", "r", "*")
        try tmux.waitFor("Pelayanan Publik (27 rows)")
        try tmux.send("q")
        try tmux.waitFor("EXITED 0")
        try tmux.kill()
        // View preferences, not history: nothing was recorded in the state file.
        let state = (try? String(contentsOf: stateFile, encoding: .utf8)) ?? ""
        XCTAssertFalse(state.contains("fold") || state.contains("semester") || state.contains("realisasi"), state)

        try open(width: 80, height: 24)
        try tmux.waitForScreen("kept-view-80x24")
    }

    func testSevenShowsOnlyAreaSeven() throws {
        try open()
        try tmux.send("j", "j", "j", "l", "7")
        try tmux.waitForScreen("area7-200x50")
        try tmux.send("0")
        try tmux.waitForScreen("e2e-area7-then-all-200x50")
    }

    func testResizingThePaneReLaysOutTheScreen() throws {
        try open()
        try tmux.send("j", "j", "j", "l")
        try tmux.waitForScreen("main-200x50")
        try tmux.resize(width: 80, height: 24)
        try tmux.waitForScreen("main-80x24")
        try tmux.resize(width: 40, height: 6)
        try tmux.waitForScreen("too-small-40x6")
        try tmux.resize(width: 200, height: 50)
        try tmux.waitForScreen("e2e-resized-back-200x50")
    }

    func testCtrlCRestoresTheTerminal() throws {
        // From an interactive shell, as a user runs it: Ctrl-C reaches the dashboard's job only.
        let binary = try DashboardBinary.url()
        try tmux.start(command: "env PS1='$ ' bash --norc --noprofile -i", width: 120, height: 30,
                       directory: DashboardBinary.packageRoot)
        try tmux.waitFor("$")
        try tmux.sendLine("export LANG=C.UTF-8 TERM=xterm-256color SWIFT_BACKTRACE=interactive=no; clear")
        try tmux.sendLine("'\(binary.path)' plan.json --state '\(stateFile.path)'; echo EXITED $?")
        try tmux.waitFor("KEGIATAN")
        XCTAssertEqual(try tmux.alternateScreen(), true)
        try tmux.send("C-c")
        try tmux.waitFor("EXITED")
        XCTAssertEqual(try tmux.alternateScreen(), false)
    }

    func testSearchOnAnotherThreadFindsWhatASearchAtOnceFinds() throws {
        try open(extra: "--debug-background-search")
        try tmux.send("/", "i", "n", "t", "e", "g", "r", "i", "t", "a", "s")
        try tmux.waitFor("/integritas: 1/16")  // the first match, of 16
        try tmux.send("Enter", "n")
        // The screen of the same search done at once.
        try tmux.waitForScreen("e2e-search-next-200x50")
        try tmux.send("q")
        try tmux.waitFor("EXITED 0")
    }

    /// A plan of 10,000 rows (over `PlanFile.previewThreshold`), written with `rencana generate`.
    private func largePlan(breakingTheLastMonth: Bool = false) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("rencana-large-\(UUID().uuidString).json")
        let generate = Process()
        generate.executableURL = try DashboardBinary.url()
        generate.arguments = ["generate", "--rows", "10000", "--seed", "5", "--out", url.path]
        generate.standardOutput = FileHandle.nullDevice
        try generate.run()
        generate.waitUntilExit()
        XCTAssertEqual(generate.terminationStatus, 0)
        if breakingTheLastMonth {
            var text = try String(contentsOf: url, encoding: .utf8)
            let last = try XCTUnwrap(text.range(of: "\"Des\"", options: .backwards))
            text.replaceSubrange(last, with: "\"Dez\"")
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url
    }

    private func openLarge(_ plan: URL, delay: Int) throws {
        let binary = try DashboardBinary.url()
        let command = "env LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=xterm-256color SWIFT_BACKTRACE=interactive=no NO_COLOR= "
            + "'\(binary.path)' '\(plan.path)' --state '\(stateFile.path)' --debug-load-delay \(delay); echo EXITED $?; sleep 600"
        try tmux.start(command: command, width: 200, height: 50, directory: DashboardBinary.packageRoot)
    }

    // The two large-plan tests check fragments on purpose: their screens are of a generated plan at a moment of a
    // background load (the preview's title, the load's message), and what they test is the order of events and
    // the state file, not a layout the golden screens above do not already cover.
    func testALargePlanOpensOnItsFirstRowsAndTheWholePlanTakesOverTheView() throws {
        try openLarge(try largePlan(), delay: 3_000)
        try tmux.waitFor("loading… first 300 rows", seconds: 10)
        XCTAssertTrue(try tmux.capture().contains("INDIKATOR KEBERHASILAN"))
        try tmux.send("Space")
        try tmux.waitFor("still loading the plan")
        try tmux.send("j", "j", "l")  // moving works meanwhile: to the third row, February
        try tmux.waitFor("all areas │ 10000/10000 rows", seconds: 20)
        try tmux.send("Space")  // now it edits, where the cursor was
        try tmux.waitFor("1 row with new months")
        try tmux.send("q")
        try tmux.waitFor("EXITED 0")
        let state = try String(contentsOf: stateFile, encoding: .utf8)
        XCTAssertTrue(state.contains(#""row":"1.1.2.1","month":"Feb""#), state)
    }

    func testALargePlanBrokenAtItsEndIsReportedAfterThePreview() throws {
        try openLarge(try largePlan(breakingTheLastMonth: true), delay: 500)
        try tmux.waitFor("EXITED 1", seconds: 20)
        let screen = try tmux.capture()
        XCTAssertTrue(screen.contains("unknown month \"Dez\""), screen)
        XCTAssertEqual(try tmux.alternateScreen(), false, "the terminal is restored before the message")
        XCTAssertFalse(FileManager.default.fileExists(atPath: stateFile.path), "nothing was written")
    }

    /// Not a screen: one line on stderr.
    func testWithoutATerminalItPointsToList() throws {
        let process = Process()
        process.executableURL = try DashboardBinary.url()
        process.arguments = ["plan.json", "--state", stateFile.path]
        process.currentDirectoryURL = DashboardBinary.packageRoot
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = Pipe()
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        XCTAssertEqual(process.terminationStatus, 1)
        XCTAssertTrue(message.contains("rencana list"), message)
        XCTAssertEqual(message.split(separator: "\n").count, 1, message)
    }
}

/// The golden screens of the GanttUI tests (Tests/GanttUITests/Golden), whose text the tmux tests compare.
enum GoldenScreenText {
    /// The screen's text, one string per line (the style letters after it are for the GanttUI tests).
    static func lines(_ name: String) throws -> [String] {
        let url = DashboardBinary.packageRoot.appendingPathComponent("Tests/GanttUITests/Golden/\(name).txt")
        let text = try String(contentsOf: url, encoding: .utf8).components(separatedBy: "\n--- styles ---\n")[0]
        return text.components(separatedBy: "\n")
    }
}

/// Finds the built `rencana` next to the test bundle (any scratch path), else in `.build/debug`.
enum DashboardBinary {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    private final class Marker {}

    static func url() throws -> URL {
        let candidates = [
            Bundle(for: Marker.self).bundleURL.deletingLastPathComponent().appendingPathComponent("rencana"),
            Bundle.main.bundleURL.appendingPathComponent("rencana"),
            packageRoot.appendingPathComponent(".build/debug/rencana"),
        ]
        guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
            XCTFail("the rencana binary was not found (looked at \(candidates.map(\.path))); run `swift build` first")
            throw CocoaError(.fileNoSuchFile)
        }
        return found
    }
}

/// One tmux server of our own (its own socket), so tests never touch the user's sessions.
final class TmuxSession {
    let socket = "rencana-e2e-\(UUID().uuidString.prefix(8))"
    let target = "dash"
    private let tmux: URL

    init() throws {
        let paths = ["/usr/bin/tmux", "/usr/local/bin/tmux", "/opt/homebrew/bin/tmux"]
        guard let found = paths.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            XCTFail("tmux is needed for the dashboard's end-to-end tests: install it (apt-get install tmux)")
            throw CocoaError(.fileNoSuchFile)
        }
        tmux = URL(fileURLWithPath: found)
    }

    /// Runs one tmux command with `posix_spawn` and `waitpid`. (Foundation's `Process` never reports
    /// the end of a client whose command forked the tmux server, which keeps inherited descriptors.)
    /// Output goes through a temporary file, read only when asked.
    @discardableResult
    func run(_ arguments: [String], output wanted: Bool = true) throws -> String {
        let outputPath = FileManager.default.temporaryDirectory.appendingPathComponent("tmux-\(UUID().uuidString)").path
        defer { unlink(outputPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, wanted ? outputPath : "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ([tmux.path, "-L", socket, "-f", "/dev/null"] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, tmux.path, &actions, nil, argv, environ)
        guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EIO) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        guard wanted else { return "" }
        return (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
    }

    func start(command: String, width: Int, height: Int, directory: URL) throws {
        try run(["new-session", "-d", "-s", target, "-x", "\(width)", "-y", "\(height)", "-c", directory.path, command],
                output: false)
    }

    func send(_ keys: String...) throws {
        for key in keys {
            try run(["send-keys", "-t", target, key], output: false)
            usleep(50_000)
        }
    }

    /// Types a line and presses Enter.
    func sendLine(_ text: String) throws {
        try run(["send-keys", "-t", target, "-l", text], output: false)
        try run(["send-keys", "-t", target, "Enter"], output: false)
        usleep(50_000)
    }

    func capture() throws -> String { try run(["capture-pane", "-p", "-t", target]) }

    /// The pane's lines without their trailing blanks, as a golden screen's text has them.
    func trimmedLines() throws -> [String] {
        try screenLines().map { String($0.reversed().drop(while: { $0 == " " }).reversed()) }
    }

    /// Waits up to `seconds` for the whole screen to be the golden screen `name`; fails with the difference.
    /// `reading` puts the golden's strings for strings that differ by run (a new row's random id).
    func waitForScreen(_ name: String, seconds: Double = 10, reading: [(String, String)] = [], file: StaticString = #filePath,
                       line: UInt = #line) throws {
        let golden = try GoldenScreenText.lines(name)
        let deadline = Date().addingTimeInterval(seconds)
        var lines: [String] = []
        while Date() < deadline {
            lines = try trimmedLines().map { line in reading.reduce(line) { $0.replacingOccurrences(of: $1.0, with: $1.1) } }
            if lines == golden { return }
            usleep(100_000)
        }
        XCTAssertEqual(lines, golden, "the screen is not \(name)", file: file, line: line)
        throw CocoaError(.userCancelled)
    }

    /// Removes the view preferences kept beside `stateFile` (the next start opens as the first did).
    func removeViewPreferences(of stateFile: URL) throws {
        try? FileManager.default.removeItem(at: stateFile.deletingPathExtension().appendingPathExtension("view.json"))
    }

    /// The pane's lines, one string per terminal line.
    func screenLines() throws -> [Substring] {
        var lines = try capture().split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    func alternateScreen() throws -> Bool {
        try run(["display-message", "-p", "-t", target, "#{alternate_on}"]).trimmingCharacters(in: .whitespacesAndNewlines) == "1"
    }

    func resize(width: Int, height: Int) throws {
        try run(["resize-window", "-t", target, "-x", "\(width)", "-y", "\(height)"], output: false)
    }

    func kill() throws { try run(["kill-session", "-t", target], output: false) }

    func killServer() { _ = try? run(["kill-server"], output: false) }

    /// Waits up to `seconds` for `text` on the screen; fails with the screen when it never comes.
    func waitFor(_ text: String, seconds: Double = 15, file: StaticString = #filePath, line: UInt = #line) throws {
        let deadline = Date().addingTimeInterval(seconds)
        var screen = ""
        while Date() < deadline {
            screen = try capture()
            if screen.contains(text) { return }
            usleep(100_000)
        }
        XCTFail("\"\(text)\" never appeared; the screen:\n\(screen)", file: file, line: line)
        throw CocoaError(.userCancelled)
    }
}
