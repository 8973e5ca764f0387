import Foundation
import PlanModel
@testable import PlanStore
import XCTest

/// The view preferences file: what is saved is read back; a missing, damaged, foreign or hostile file is
/// ignored (nothing kept, no crash, no wait) and never overwritten.
final class ViewPreferencesFileTests: StoreTestCase {
    private var prefs: ViewPreferencesFile { ViewPreferencesFile(stateURL: stateURL) }
    private let kept = ViewPreferencesFile.Kept(folds: ["1", "4.2"], periods: "triwulan", layer: "realisasi")

    func testItLivesBesideTheStateFile() {
        XCTAssertEqual(prefs.url.lastPathComponent, "state.view.json")
        XCTAssertEqual(prefs.url.deletingLastPathComponent(), stateURL.deletingLastPathComponent())
    }

    func testWhatIsSavedIsReadBack() throws {
        prefs.save(kept)
        XCTAssertEqual(prefs.read(), kept)
        XCTAssertEqual(try String(contentsOf: prefs.url, encoding: .utf8),
                       #"{"folds":["1","4.2"],"layer":"realisasi","periods":"triwulan","version":1}"#)
        prefs.save(.init(folds: [], periods: "bulan", layer: "rencana"))
        XCTAssertEqual(prefs.read(), .init(folds: [], periods: "bulan", layer: "rencana"))
    }

    func testNothingKeptWritesNoFileAndNoFileKeepsNothing() {
        XCTAssertEqual(prefs.read(), .init())
        prefs.save(.init())
        XCTAssertFalse(FileManager.default.fileExists(atPath: prefs.url.path))
    }

    func testAFileOfTheFirstVersionWithFoldsOnlyIsRead() throws {
        try Data(#"{"folds":["2"],"version":1}"#.utf8).write(to: prefs.url)
        XCTAssertEqual(prefs.read(), .init(folds: ["2"]))
    }

    func testDamagedForeignAndHostileFilesAreIgnoredAndLeftAlone() throws {
        let deep = String(repeating: "[", count: 100_000)
        let cases: [(String, Data)] = [
            ("empty", Data()),
            ("not JSON", Data("folds: 1".utf8)),
            ("cut short", Data(#"{"version":1,"folds":["1""#.utf8)),
            ("another version", Data(#"{"version":2,"folds":["1"]}"#.utf8)),
            ("no version", Data(#"{"folds":["1"]}"#.utf8)),
            ("version as a string", Data(#"{"version":"1","folds":["1"]}"#.utf8)),
            ("an array", Data(#"[1]"#.utf8)),
            ("nested past the limit", Data((#"{"version":1,"x":"# + deep).utf8)),
            ("text after the object", Data(#"{"version":1}{"#.utf8)),
            ("binary", Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 31) })),
            ("too large", Data(#"{"version":1,"folds":[""#.utf8) + Data(repeating: 0x61, count: ViewPreferencesFile.maxBytes) + Data(#""]}"#.utf8)),
        ]
        for (name, bytes) in cases {
            try bytes.write(to: prefs.url)
            XCTAssertEqual(prefs.read(), .init(), name)
            prefs.save(kept)
            XCTAssertEqual(try Data(contentsOf: prefs.url), bytes, "\(name): left alone")
        }
    }

    func testValuesOfTheWrongTypeAreNotKeptAndUnknownKeysAreSkipped() throws {
        try Data(#"{"version":1,"folds":["1",2,null,{"a":[]},"3.1"],"periods":7,"layer":["realisasi"],"later":{"x":[1,2]}}"#.utf8)
            .write(to: prefs.url)
        XCTAssertEqual(prefs.read(), .init(folds: ["1", "3.1"]))
    }

    func testAFIFOADirectoryOrADanglingLinkThereIsIgnoredWithoutWaiting() throws {
        XCTAssertEqual(mkfifo(prefs.url.path, 0o600), 0)
        XCTAssertEqual(prefs.read(), .init(), "a FIFO is not opened for reading (it would block)")
        prefs.save(kept)
        var info = stat()
        XCTAssertEqual(lstat(prefs.url.path, &info), 0)
        XCTAssertEqual(info.st_mode & S_IFMT, S_IFIFO, "left alone")
        try FileManager.default.removeItem(at: prefs.url)

        try FileManager.default.createDirectory(at: prefs.url, withIntermediateDirectories: false)
        XCTAssertEqual(prefs.read(), .init())
        prefs.save(kept)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: prefs.url.path), [])
        try FileManager.default.removeItem(at: prefs.url)

        try FileManager.default.createSymbolicLink(atPath: prefs.url.path, withDestinationPath: folder.appendingPathComponent("gone").path)
        XCTAssertEqual(prefs.read(), .init())
        prefs.save(kept)
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent("gone").path), "nothing written through the link")
    }
}
