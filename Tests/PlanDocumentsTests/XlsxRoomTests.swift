import Foundation
import XCTest

/// libxlsxwriter stays in its room: only PlanXlsx imports it, and the document model imports no library.
final class XlsxRoomTests: XCTestCase {
    func imports(under folder: String) throws -> [(file: String, module: String)] {
        let root = RealPlan.root.appendingPathComponent("Sources").appendingPathComponent(folder)
        let files = try FileManager.default.contentsOfDirectory(atPath: root.path).filter { $0.hasSuffix(".swift") }
        return try files.flatMap { file in
            try String(contentsOf: root.appendingPathComponent(file), encoding: .utf8).split(separator: "\n")
                .filter { $0.hasPrefix("import ") }.map { (file, String($0.dropFirst(7))) }
        }
    }

    func testOnlyPlanXlsxImportsLibxlsxwriter() throws {
        let folders = try FileManager.default.contentsOfDirectory(atPath: RealPlan.root.appendingPathComponent("Sources").path)
        for folder in folders where folder != "PlanXlsx" && folder != "CXlsxWriter" {
            for (file, module) in try imports(under: folder) { XCTAssertNotEqual(module, "CXlsxWriter", "\(folder)/\(file)") }
        }
        XCTAssertTrue(try imports(under: "PlanXlsx").contains { $0.module == "CXlsxWriter" })
    }

    func testTheDocumentModelIsPure() throws {
        for (file, module) in try imports(under: "PlanDocuments") {
            XCTAssertTrue(["PlanModel", "PlanFormats", "RencanaText", "Foundation"].contains(module), "\(file) imports \(module)")
        }
    }
}
