import Foundation
import XCTest

/// The roll-up dashboard (issue 23) end to end: `rencana DIR` in tmux on a small generated folder, an office opened
/// with Enter (its grid, read-only: a mark key refused), Esc back, a new office's files copied into the folder and
/// picked up without a key, and nothing in the folder written.
final class RollupDashboardEndToEndTests: XCTestCase {
    private var tmux: TmuxSession!
    private var cli: CommandRunner!
    private var folder: URL!
    private var spare: URL!

    override func setUpWithError() throws {
        cli = try CommandRunner()
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("rencana-rollup-\(UUID().uuidString)")
        folder = base.appendingPathComponent("provinsi")
        spare = base.appendingPathComponent("spare")
        XCTAssertEqual(try cli.run(["generate", "--offices", "3", "--out", folder.path]).status, 0)
        XCTAssertEqual(try cli.run(["generate", "--offices", "4", "--out", spare.path]).status, 0)
        tmux = try TmuxSession()
    }

    override func tearDown() {
        tmux?.killServer()
        cli?.cleanUp()
        if let folder { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
    }

    /// Every file in `url` with its bytes.
    private func contents(_ url: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: url.path) {
            files[name] = try Data(contentsOf: url.appendingPathComponent(name))
        }
        return files
    }

    func testOpenAnOfficeReadOnlyGoBackAndANewOfficeIsPickedUp() throws {
        let before = try contents(folder)
        let binary = try DashboardBinary.url()
        let environment = ["XDG_STATE_HOME": cli.stateHome.path, "XDG_CACHE_HOME": cli.stateHome.appendingPathComponent("cache").path,
                           "XDG_CONFIG_HOME": cli.stateHome.appendingPathComponent("config").path, "RENCANA_TODAY": "2022-05-15",
                           "RENCANA_LANG": "en", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "TERM": "xterm-256color",
                           "SWIFT_BACKTRACE": "interactive=no"]
        let assignments = environment.sorted { $0.key < $1.key }.map { "\($0.key)='\($0.value)'" }.joined(separator: " ")
        try tmux.start(command: "env \(assignments) '\(binary.path)' '\(folder.path)'; echo EXITED $?; sleep 600",
                       width: 200, height: 50, directory: folder)
        try tmux.waitFor("Roll-up 2022 · 3 offices")
        try tmux.waitFor("+ Malone")

        // The province's line is the recap's (`rencana rollup`, January up to today's month as the dashboard opens).
        var recap: CommandRunner = cli
        recap.environment = ["RENCANA_TODAY": "2022-05-15", "RENCANA_LANG": "en"]
        let text = try recap.run(["rollup", folder.path])
        XCTAssertEqual(text.status, 0, text.stderr)
        let total = try XCTUnwrap(text.stdout.split(separator: "\n").first { $0.hasPrefix("Seluruh kantor") })
        let recapFields = total.split(separator: " ").map(String.init)  // Seluruh kantor BARIS JT T S TT TL % KB KONFLIK ENTRI: 12
        let screenLine = try XCTUnwrap(try tmux.capture().split(separator: "\n").first { $0.contains("All offices (3)") })
        let screenFields = screenLine.split(separator: "│").map { $0.trimmingCharacters(in: .whitespaces) }
        // BARIS, J.TEMPO, TERLAKSANA, CAPAIAN, K.BUKTI, KONFLIK, TERAKHIR.
        guard screenFields.count > 7, recapFields.count == 12 else { return XCTFail("\(screenLine)\n\(total)") }
        XCTAssertEqual(Array(screenFields[1...7]), [recapFields[2], recapFields[3], recapFields[4], recapFields[8], recapFields[9],
                                                    recapFields[10], recapFields[11]], "\(screenLine)\n\(total)")

        // Enter: the first office's own grid, read-only; a mark (Space) is refused with one line; Esc back.
        try tmux.send("Enter")
        try tmux.waitFor("INDIKATOR KEBERHASILAN")
        try tmux.waitFor("Kabupaten Malone")
        try tmux.waitFor("read-only")
        try tmux.send("Space")
        try tmux.waitFor("Read-only: the roll-up changes no office's file (Esc: roll-up)")
        try tmux.send("Escape")
        try tmux.waitFor("OFFICE / AREA")
        XCTAssertTrue(try tmux.capture().contains("+ Malone"))

        // A fourth office's files copied in: on screen without a key.
        for name in try FileManager.default.contentsOfDirectory(atPath: spare.path) where name.hasPrefix("kpu-004-") {
            try FileManager.default.copyItem(at: spare.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
        try tmux.waitFor("Roll-up 2022 · 4 offices", seconds: 10)

        try tmux.send("q")
        try tmux.waitFor("EXITED 0")
        // The offices' files are as they were, and nothing was written beside them.
        let after = try contents(folder)
        XCTAssertEqual(after.filter { !$0.key.hasPrefix("kpu-004-") }, before)
        XCTAssertEqual(after.count, before.count + 2)
    }
}
