import Foundation
import XCTest

/// Runs the built `rencana` binary the way a user would, with a private state folder.
struct CommandRunner {
    struct Result {
        let stdout: String
        let stderr: String
        let status: Int32
    }

    /// The package's root folder (holding plan.json).
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The `rencana` executable built beside the test bundle.
    static var binary: URL {
        get throws {
            let candidates = [
                Bundle.main.bundleURL.appendingPathComponent("rencana"),
                Bundle(for: Marker.self).bundleURL.deletingLastPathComponent().appendingPathComponent("rencana"),
            ]
            guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
                throw XCTSkip("the rencana binary was not found beside the tests; run `swift build` first")
            }
            return found
        }
    }

    private final class Marker {}

    /// A fresh state folder, used as `XDG_STATE_HOME`.
    let stateHome: URL
    var currentDirectory: URL = CommandRunner.packageRoot
    /// Variables set for the runs on top of the usual ones (RENCANA_TODAY, for a test that needs today's date).
    var environment: [String: String] = [:]

    init() throws {
        stateHome = FileManager.default.temporaryDirectory.appendingPathComponent("rencana-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: stateHome, withIntermediateDirectories: true)
    }

    /// Runs `rencana arguments…` and waits for it.
    func run(_ arguments: [String]) throws -> Result {
        let process = try start(arguments)
        let output = try capture(process) { process in
            try process.run()
            process.waitUntilExit()
        }
        return Result(stdout: output.stdout, stderr: output.stderr, status: process.terminationStatus)
    }

    /// Sends `process`'s output to temporary files while `body` runs and waits for it, then returns it.
    /// Files rather than pipes, so a large output can never fill a pipe and block the process.
    func capture(_ process: Process, _ body: (Process) throws -> Void) throws -> (stdout: String, stderr: String) {
        let outURL = stateHome.appendingPathComponent("out-\(UUID().uuidString)")
        let errURL = stateHome.appendingPathComponent("err-\(UUID().uuidString)")
        FileManager.default.createFile(atPath: outURL.path, contents: nil)
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        defer {
            try? FileManager.default.removeItem(at: outURL)
            try? FileManager.default.removeItem(at: errURL)
        }
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
        process.standardOutput = out
        process.standardError = err
        try body(process)
        try out.close()
        try err.close()
        return (String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
                String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    }

    /// Runs a shell script with the same environment, `$RENCANA` naming the binary.
    func shell(_ script: String) throws -> Process {
        let process = try start([])
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", script]
        process.environment?["RENCANA"] = try CommandRunner.binary.path
        return process
    }

    /// A configured, not yet started process (for tests that kill it).
    /// Runs `arguments` and kills it with SIGKILL at a random moment of its life (`lifetime` microseconds, a
    /// fifth more so some kills land after the exit): the kill-at-any-instant tests' one way of doing it.
    func runKilled<G: RandomNumberGenerator>(_ arguments: [String], lifetime: UInt32, using generator: inout G) throws {
        let process = try start(arguments)
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        usleep(UInt32.random(in: 0...(lifetime + lifetime / 5), using: &generator))
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    func start(_ arguments: [String]) throws -> Process {
        let process = Process()
        process.executableURL = try CommandRunner.binary
        process.arguments = arguments
        process.currentDirectoryURL = currentDirectory
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_STATE_HOME"] = stateHome.path
        environment["XDG_CACHE_HOME"] = cacheHome.path  // never the real home's cache
        environment["USER"] = "tester"
        environment["LANG"] = "C.UTF-8"
        environment["SWIFT_BACKTRACE"] = "enable=no"
        environment.removeValue(forKey: "COLUMNS")
        environment.merge(self.environment) { _, given in given }
        process.environment = environment
        process.standardInput = FileHandle.nullDevice
        return process
    }

    func cleanUp() {
        try? FileManager.default.removeItem(at: stateHome)
        try? FileManager.default.removeItem(at: cacheHome)
    }

    /// The cache folder of this runner's processes (`XDG_CACHE_HOME`), beside the state folder.
    var cacheHome: URL { URL(fileURLWithPath: stateHome.path + "-cache") }
}
