import Foundation
import PlanStore
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// `OutputFile.write` against real files, folders, FIFOs, symlinks (dangling too), devices and the plan itself:
/// every refusal leaves each file as it was; a write keeps the old mode or uses 0666 less the umask.
final class OutputFileTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("rencana-out-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDown() {
        try? FileManager.default.removeItem(at: folder)
    }

    private func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    private func refusal(_ target: String, force: Bool = true, protecting: [String] = []) -> String? {
        do {
            try OutputFile.write(Array("new".utf8), to: target, force: force, protecting: protecting)
            return nil
        } catch {
            return error.message
        }
    }

    /// The folder's names, so a refusal is seen to leave no temporary file behind.
    private func names() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    func testNewFileGetsUmaskModeAndContent() throws {
        let old = umask(0o027)
        defer { umask(old) }
        try OutputFile.write(Array("hello".utf8), to: path("a.json"), force: false)
        XCTAssertEqual(try String(contentsOfFile: path("a.json"), encoding: .utf8), "hello")
        var info = stat()
        XCTAssertEqual(stat(path("a.json"), &info), 0)
        XCTAssertEqual(info.st_mode & 0o777, 0o640)
        XCTAssertEqual(try names(), ["a.json"])
    }

    func testExistingFileNeedsForceAndKeepsItsMode() throws {
        try Data("old".utf8).write(to: URL(fileURLWithPath: path("a.json")))
        chmod(path("a.json"), 0o604)
        XCTAssertEqual(refusal(path("a.json"), force: false), "\(path("a.json")) already exists; pass --force to overwrite it")
        XCTAssertEqual(try String(contentsOfFile: path("a.json"), encoding: .utf8), "old")
        XCTAssertNil(refusal(path("a.json")))
        XCTAssertEqual(try String(contentsOfFile: path("a.json"), encoding: .utf8), "new")
        var info = stat()
        XCTAssertEqual(stat(path("a.json"), &info), 0)
        XCTAssertEqual(info.st_mode & 0o7777, 0o604)
    }

    func testNonRegularTargetsAreRefusedWithOrWithoutForce() throws {
        try FileManager.default.createDirectory(atPath: path("dir"), withIntermediateDirectories: false)
        XCTAssertEqual(mkfifo(path("fifo"), 0o644), 0)
        try Data("keep".utf8).write(to: URL(fileURLWithPath: path("real")))
        XCTAssertEqual(symlink("real", path("link")), 0)
        XCTAssertEqual(symlink("nowhere", path("dangling")), 0)
        XCTAssertEqual(symlink("dir", path("dirlink")), 0)
        let cases: [(String, String)] = [
            ("dir", "is a directory"), ("fifo", "is not a regular file"), ("link", "is a symbolic link"),
            ("dangling", "is a symbolic link"), ("dirlink", "is a symbolic link"),
        ]
        for (name, reason) in cases {
            for force in [false, true] {
                let message = try XCTUnwrap(refusal(path(name), force: force), name)
                XCTAssertTrue(message.hasPrefix("\(path(name)): not written: \(reason)"), message)
                XCTAssertFalse(message.contains("\n") || message.contains("NSCocoa"), message)
            }
        }
        XCTAssertEqual(try String(contentsOfFile: path("real"), encoding: .utf8), "keep")
        XCTAssertNil(try? FileManager.default.destinationOfSymbolicLink(atPath: path("nowhere")))
        XCTAssertEqual(try FileManager.default.destinationOfSymbolicLink(atPath: path("dangling")), "nowhere")
        XCTAssertEqual(try names(), ["dangling", "dir", "dirlink", "fifo", "link", "real"])
        // Devices: /dev/null and /dev/full stay character devices, even for root with --force.
        for device in ["/dev/null", "/dev/full"] {
            XCTAssertEqual(refusal(device).map { $0.contains("is not a regular file") }, true, device)
            var info = stat()
            XCTAssertEqual(lstat(device, &info), 0)
            XCTAssertEqual(info.st_mode & S_IFMT, S_IFCHR)
        }
    }

    func testTheProtectedFilesAreNeverTheTarget() throws {
        try Data("plan".utf8).write(to: URL(fileURLWithPath: path("plan.json")))
        XCTAssertEqual(link(path("plan.json"), path("hard.json")), 0)
        try FileManager.default.createDirectory(atPath: path("sub"), withIntermediateDirectories: false)
        let protecting = [path("plan.json")]
        for target in [path("plan.json"), path("hard.json"), path("sub/../plan.json"), folder.path + "//plan.json"] {
            let message = try XCTUnwrap(refusal(target, protecting: protecting), target)
            XCTAssertTrue(message.contains("is the plan being read or its state file"), message)
        }
        // An absent state file is protected by its path.
        XCTAssertNotNil(refusal(path("state.jsonl"), protecting: [path("state.jsonl")]))
        XCTAssertEqual(try String(contentsOfFile: path("plan.json"), encoding: .utf8), "plan")
    }

    func testAFailedWriteLeavesNoHalfFile() throws {
        try Data("old".utf8).write(to: URL(fileURLWithPath: path("a.json")))
        chmod(folder.path, 0o555)
        defer { chmod(folder.path, 0o755) }
        if geteuid() != 0 {
            XCTAssertEqual(refusal(path("a.json")).map { $0.contains("permission denied") }, true)
            XCTAssertEqual(try String(contentsOfFile: path("a.json"), encoding: .utf8), "old")
        }
        XCTAssertEqual(refusal(path("missing/a.json")), "\(path("missing/a.json")): not written: its folder does not exist")
    }

    func testControlCharactersInThePathAreShownVisibly() throws {
        let hostile = path("d\u{1B}]0;pwned\u{07}\nir")
        try FileManager.default.createDirectory(atPath: hostile, withIntermediateDirectories: false)
        let message = try XCTUnwrap(refusal(hostile))
        XCTAssertTrue(message.contains("d\\u{1B}]0;pwned\\u{7}\\nir: not written"), message)
        XCTAssertFalse(message.unicodeScalars.contains { $0.value < 0x20 })
    }
}
