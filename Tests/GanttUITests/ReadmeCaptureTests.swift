import Foundation
import XCTest

/// The README's screen captures are golden files' text: a block after `<!-- golden: NAME -->` must equal the text
/// part of Tests/GanttUITests/Golden/NAME.txt, so the README never shows an old screen.
/// `RENCANA_RECORD_GOLDEN=1 swift test` rewrites the blocks from the golden files (after re-recording those).
final class ReadmeCaptureTests: XCTestCase {
    static let readme = Fixture.packageRoot.appendingPathComponent("README.md")

    /// The golden file's screen text, without its style layer.
    static func screenText(_ name: String) throws -> String {
        let golden = try String(contentsOf: GoldenScreen.folder.appendingPathComponent(name + ".txt"), encoding: .utf8)
        let text = golden.components(separatedBy: "\n--- styles ---\n")[0]
        return text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            .reversed().drop(while: \.isEmpty).reversed().joined(separator: "\n")
    }

    func testEveryCaptureIsItsGoldenScreen() throws {
        let readme = try String(contentsOf: Self.readme, encoding: .utf8)
        var lines = readme.components(separatedBy: "\n")
        var checked = 0
        var index = 0
        while index < lines.count {
            defer { index += 1 }
            guard lines[index].hasPrefix("<!-- golden: "), lines[index].hasSuffix(" -->") else { continue }
            let name = String(lines[index].dropFirst("<!-- golden: ".count).dropLast(" -->".count))
            guard index + 1 < lines.count, lines[index + 1] == "```",
                  let end = lines[(index + 2)...].firstIndex(of: "```") else {
                XCTFail("README: the golden marker for \(name) must be followed by a ``` block")
                continue
            }
            let expected = try Self.screenText(name)
            let actual = lines[(index + 2)..<end].joined(separator: "\n")
            if ProcessInfo.processInfo.environment["RENCANA_RECORD_GOLDEN"] == "1" {
                lines.replaceSubrange((index + 2)..<end, with: expected.components(separatedBy: "\n"))
            } else {
                XCTAssertEqual(actual, expected, "README's capture \(name) differs from its golden screen: re-record it")
            }
            checked += 1
        }
        if ProcessInfo.processInfo.environment["RENCANA_RECORD_GOLDEN"] == "1" {
            try lines.joined(separator: "\n").write(to: Self.readme, atomically: true, encoding: .utf8)
        }
        XCTAssertGreaterThanOrEqual(checked, 2, "the README shows the dashboard at 200x50 and 80x24")
    }
}
