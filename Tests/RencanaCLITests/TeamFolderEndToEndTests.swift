import Foundation
import XCTest

/// The dashboard picking up a colleague's change through the team folder (issue 22): Ani's dashboard runs in tmux,
/// Budi (another home, another device) changes a mark with another `rencana` process, which appends it to his file
/// in `plan.team/`; Ani's screen shows it without a key pressed.
final class TeamFolderEndToEndTests: XCTestCase {
    private var tmux: TmuxSession!
    private var ani: CommandRunner!
    private var budi: CommandRunner!
    private var shared: URL!

    override func setUpWithError() throws {
        shared = FileManager.default.temporaryDirectory.appendingPathComponent("rencana-shared-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: shared, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: DashboardBinary.packageRoot.appendingPathComponent("plan.json"),
                                         to: shared.appendingPathComponent("plan.json"))
        ani = try laptop("ani", device: "d-aaaaaaaaaaaa")
        budi = try laptop("budi", device: "d-bbbbbbbbbbbb")
        tmux = try TmuxSession()
    }

    override func tearDown() {
        tmux?.killServer()
        ani?.cleanUp()
        budi?.cleanUp()
        try? FileManager.default.removeItem(at: shared)
    }

    private func laptop(_ user: String, device: String) throws -> CommandRunner {
        var cli = try CommandRunner()
        cli.currentDirectory = shared
        cli.environment = ["USER": user, "XDG_CONFIG_HOME": cli.stateHome.appendingPathComponent("config").path,
                           "RENCANA_DEVICE": device, "RENCANA_TODAY": "2022-11-15"]
        return cli
    }

    func testTheDashboardShowsAColleaguesChangeAppendedToTheFolder() throws {
        XCTAssertEqual(try ani.run(["team", "init"]).status, 0)
        let binary = try DashboardBinary.url()
        let environment = ani.environment.merging(["XDG_STATE_HOME": ani.stateHome.path, "XDG_CACHE_HOME": ani.cacheHome.path,
                                                   "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "TERM": "xterm-256color",
                                                   "SWIFT_BACKTRACE": "interactive=no", "NO_COLOR": ""]) { $1 }
        let assignments = environment.sorted { $0.key < $1.key }.map { "\($0.key)='\($0.value)'" }.joined(separator: " ")
        try tmux.start(command: "env \(assignments) '\(binary.path)' plan.json; echo EXITED $?; sleep 600",
                       width: 200, height: 50, directory: shared)
        try tmux.waitFor("KEGIATAN")

        // Budi, on his laptop, marks 1.1.2.1 (kick off) in February: the screen Ani gets is the one a restart
        // after that mark shows (DashboardEndToEndTests' golden), with no key pressed.
        let toggled = try budi.run(["toggle", "1.1.2.1", "Feb"])
        XCTAssertEqual(toggled.status, 0, toggled.stderr)
        let changed = Date()
        try tmux.waitForScreen("e2e-reopened-200x50", seconds: 3)
        print("the colleague's change was on screen after \(Int(Date().timeIntervalSince(changed) * 1000)) ms")

        // Merging Budi's change wrote nothing of his into a file of Ani's.
        try tmux.send("q")
        try tmux.waitFor("EXITED 0")
        let files = try FileManager.default.contentsOfDirectory(atPath: shared.appendingPathComponent("plan.team").path).sorted()
        XCTAssertEqual(files, ["d-aaaaaaaaaaaa.jsonl", "d-bbbbbbbbbbbb.jsonl"], "each laptop's file is made as it joins")
        let anis = try String(contentsOf: shared.appendingPathComponent("plan.team/d-aaaaaaaaaaaa.jsonl"), encoding: .utf8)
        XCTAssertEqual(anis.split(separator: "\n").count, 1, "Ani has written nothing but the header: \(anis)")
    }
}
