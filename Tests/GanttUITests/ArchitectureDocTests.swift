import Foundation
import XCTest

/// docs/ARCHITECTURE.md stays true: every file it names exists, and every list a recipe says to extend is in
/// the file it names (a renamed list or a moved file fails here before a newcomer follows the page).
final class ArchitectureDocTests: XCTestCase {
    let root = Fixture.packageRoot

    func page() throws -> String {
        try String(contentsOf: root.appendingPathComponent("docs/ARCHITECTURE.md"), encoding: .utf8)
    }

    /// The paths in backquotes that name one file or folder of the repository (not a pattern like `<Name>`).
    func namedPaths(in text: String) -> [String] {
        let quoted = text.split(separator: "`", omittingEmptySubsequences: false).enumerated()
            .filter { $0.offset % 2 == 1 }.map { String($0.element) }
        return quoted.filter { word in
            ["Sources/", "Tests/", "docs/", "tools/"].contains { word.hasPrefix($0) } && !word.contains("<") && !word.contains(" ")
        }
    }

    func testEveryNamedFileExists() throws {
        let paths = namedPaths(in: try page())
        XCTAssertGreaterThan(paths.count, 15, "the page names the files of its recipes")
        for path in paths {
            XCTAssertTrue(FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path), "\(path) is named but missing")
        }
    }

    func testEveryListARecipeExtendsIsWhereThePageSays() throws {
        let text = try page()
        let lists: [(file: String, list: String, declaration: String)] = [
            ("Sources/PlanModel/Kinds/JournalKinds.swift", "JournalKinds.declared", "static let declared"),
            ("Sources/PlanExport/Exporter.swift", "Exporters.all", "enum Exporters"),
            ("Sources/PlanExport/Exporter.swift", "Exporters.all", "static let all"),
            ("Sources/rencana/Rencana.swift", "subcommands", "subcommands:"),
            ("Sources/GanttUI/Views/Views.swift", "AppState.Overlay", "enum Overlay"),
            ("Sources/GanttUI/Views/Views.swift", "ViewCommand", "enum ViewCommand"),
        ]
        for (file, list, declaration) in lists {
            XCTAssertTrue(text.contains("`\(file)`") && text.contains("`\(list)`"), "the page names \(list) in \(file)")
            let source = try String(contentsOf: root.appendingPathComponent(file), encoding: .utf8)
            XCTAssertTrue(source.contains(declaration), "\(file) no longer declares \(list)")
        }
    }

    func testTheJournalKindRecipeMatchesTheOneInTheCode() throws {
        // The recipe at the top of JournalKinds.swift and the page's list name the same files.
        let recipe = try String(contentsOf: root.appendingPathComponent("Sources/PlanModel/Kinds/JournalKinds.swift"), encoding: .utf8)
        for file in ["Sources/PlanModel/Kinds/<Name>Kind.swift", "JournalKinds.declared", "docs/state.schema.json", "docs/STATE-V2.md"] {
            XCTAssertTrue(try page().contains(file), "the page's recipe names \(file)")
            XCTAssertTrue(recipe.contains(file), "the code's recipe names \(file)")
        }
    }
}
