import Foundation
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// When the terminal goes away without a SIGHUP reaching the dashboard (its pseudo-terminal closed by a
/// program that never made it the controlling terminal), the dashboard ends instead of spinning on a
/// descriptor that is "ready" forever.
final class HangUpTests: XCTestCase {
    func testClosingTheTerminalEndsTheDashboard() throws {
        var master: Int32 = -1, slave: Int32 = -1
        var size = winsize(ws_row: 24, ws_col: 80, ws_xpixel: 0, ws_ypixel: 0)
        XCTAssertEqual(openpty(&master, &slave, nil, nil, &size), 0)
        let state = FileManager.default.temporaryDirectory.appendingPathComponent("rencana-hup-\(UUID().uuidString).jsonl")
        defer { try? FileManager.default.removeItem(at: state) }

        let process = Process()
        process.executableURL = try DashboardBinary.url()
        process.arguments = ["plan.json", "--state", state.path]
        process.currentDirectoryURL = DashboardBinary.packageRoot
        process.environment = ["TERM": "xterm-256color", "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin"]
        let terminal = FileHandle(fileDescriptor: slave, closeOnDealloc: true)
        process.standardInput = terminal
        process.standardOutput = terminal
        process.standardError = terminal
        try process.run()

        // Wait for the first screen, then close the terminal's master side.
        var seen = [UInt8]()
        let deadline = Date().addingTimeInterval(15)
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while Date() < deadline, !String(decoding: seen, as: UTF8.self).contains("KEGIATAN") {
            var pollMaster = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            guard poll(&pollMaster, 1, 200) > 0 else { continue }
            let n = read(master, &buffer, buffer.count)
            if n > 0 { seen += buffer[0..<n] }
        }
        XCTAssertTrue(String(decoding: seen, as: UTF8.self).contains("KEGIATAN"), "the dashboard drew its first screen")
        try terminal.close()
        close(master)

        let ended = Date().addingTimeInterval(5)
        while process.isRunning && Date() < ended { usleep(20_000) }
        if process.isRunning {
            process.terminate()
            XCTFail("the dashboard kept running after its terminal closed")
        }
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 129, "ends as a hang-up does")
    }
}
