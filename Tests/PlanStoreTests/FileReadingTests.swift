import Foundation
import PlanModel
import PlanStore
import XCTest

/// Reading plan files whole, or only their beginning for the preview of a large plan.
final class FileReadingTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("rencana-read-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDown() { try? FileManager.default.removeItem(at: folder) }

    private func file(_ name: String, _ bytes: [UInt8]) throws -> String {
        let url = folder.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    func testAWholeFileIsReadExactly() throws {
        let bytes = (0..<300_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        XCTAssertEqual(try FileReading.read(try file("a", bytes)), bytes)
        XCTAssertEqual(try FileReading.read(try file("empty", [])), [])
    }

    func testAPrefixIsTheFirstBytesAndTheSize() throws {
        let bytes = (0..<5_000).map { UInt8(truncatingIfNeeded: $0) }
        let path = try file("b", bytes)
        let prefix = try FileReading.readPrefix(path, count: 1_000)
        XCTAssertEqual(prefix.bytes, Array(bytes.prefix(1_000)))
        XCTAssertEqual(prefix.fileSize, 5_000)
        XCTAssertEqual(try FileReading.readPrefix(path, count: 9_000).bytes, bytes, "a shorter file is read whole")
        XCTAssertEqual(try FileReading.readPrefix(path, count: 1_000, minimumSize: 5_001).bytes, [], "too small: nothing read")
    }

    func testAPrefixRefusesWhatIsNotARegularFile() {
        XCTAssertThrowsError(try FileReading.readPrefix(folder.path, count: 10)) { error in
            XCTAssertEqual((error as? FileReading.Failure)?.reason, FileReading.read(folderReason: folder.path))
        }
        XCTAssertThrowsError(try FileReading.readPrefix(folder.appendingPathComponent("missing").path, count: 10))
    }

    func testOnlyLargePlansHaveAPreview() throws {
        let small = try file("small.json", Array(PlanEncoder.json(SyntheticPlan.generate(rows: 500, seed: 2)).utf8))
        XCTAssertNil(PlanFile.preview(small))
        let plan = SyntheticPlan.generate(rows: 10_000, seed: 2)
        let large = try file("large.json", Array(PlanEncoder.json(plan).utf8))
        let preview = try XCTUnwrap(PlanFile.preview(large))
        XCTAssertEqual(preview.rows.count, 300)
        XCTAssertEqual(preview.rows.map(\.id), plan.rows.prefix(300).map(\.id))
    }
}

private extension FileReading {
    /// The reason `read` gives for `path`, to compare the prefix reader's with.
    static func read(folderReason path: String) -> String? {
        do {
            _ = try read(path)
            return nil
        } catch {
            return error.reason
        }
    }
}
