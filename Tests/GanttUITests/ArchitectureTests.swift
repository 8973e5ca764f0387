import Foundation
import XCTest

/// The module rules of ARCHITECTURE.md, checked on the sources: only the backend talks to curses,
/// and the UI core imports nothing but the model and the strings.
final class ArchitectureTests: XCTestCase {
    let sources = Fixture.packageRoot.appendingPathComponent("Sources")

    func swiftFiles(under folder: String) throws -> [URL] {
        let root = sources.appendingPathComponent(folder)
        let enumerator = try XCTUnwrap(FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil))
        return enumerator.compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" }
    }

    func imports(_ file: URL) throws -> [String] {
        try String(contentsOf: file, encoding: .utf8).split(separator: "\n").compactMap { line in
            let words = line.split(separator: " ")
            guard let at = words.firstIndex(of: "import"), at + 1 < words.count else { return nil }
            return words[..<at].allSatisfy { $0.hasPrefix("@") } ? String(words[at + 1]) : nil
        }
    }

    func testOnlyTheBackendImportsCurses() throws {
        let folders = try FileManager.default.contentsOfDirectory(atPath: sources.path).filter { $0 != "CursesBackend" }
        for folder in folders {
            for file in try swiftFiles(under: folder) {
                XCTAssertFalse(try imports(file).contains("CNCursesW"), "\(file.lastPathComponent) imports curses")
            }
        }
    }

    func testTheUICoreImportsOnlyTheModelAndTheStrings() throws {
        for file in try swiftFiles(under: "GanttUI") {
            for module in try imports(file) {
                XCTAssertTrue(["PlanModel", "RencanaText", "Foundation"].contains(module), "\(file.lastPathComponent) imports \(module)")
            }
        }
    }
}
