import Foundation
import XCTest
@testable import GanttUI

/// Whole-screen golden files: the text of every line, then a second layer with one letter per cell for its style,
/// so a colour regression fails as surely as a text one. `RENCANA_RECORD_GOLDEN=1 swift test` re-records them.
enum GoldenScreen {
    static let folder = Fixture.packageRoot.appendingPathComponent("Tests/GanttUITests/Golden")

    /// One letter per style role (upper case when bold): what the style layer of a golden file shows.
    static func letter(_ style: Style) -> Character {
        let letters: [StyleRole: Character] = [
            .normal: ".", .dim: "d", .header: "h", .headerCursor: "m", .currentMonth: "t", .rule: "r", .title: "T",
            .warning: "w", .key: "k", .keyLabel: "l", .bar: "b", .barChanged: "c", .removed: "x",
            .cursorRow: "u", .cursorCell: "C", .match: "s", .overlay: "o", .overlayTitle: "v", .selection: "e",
            .done: "y", .partly: "p", .missed: "n", .moved: "g", .overdue: "a", .outside: "f", .notYetDue: "j",
            .added: "+", .deleted: "-", .movedRow: "^", .textChanged: "~",
        ]
        let base = letters[style.role] ?? "?"
        return style.bold && base.isLowercase ? Character(base.uppercased()) : base
    }

    /// The golden text of `buffer`: its lines, a separator, and its style lines.
    static func text(_ buffer: Buffer) -> String {
        let lines = buffer.lines.map { line in String(line.reversed().drop(while: { $0 == " " }).reversed()) }
        let styles = (0..<buffer.height).map { y in String((0..<buffer.width).map { letter(buffer[$0, y].style) }) }
        return lines.joined(separator: "\n") + "\n--- styles ---\n" + styles.joined(separator: "\n") + "\n"
    }

    /// Compares `buffer` with the golden file `name` (or records it when RENCANA_RECORD_GOLDEN=1).
    static func check(_ buffer: Buffer, _ name: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let url = folder.appendingPathComponent(name + ".txt")
        let actual = text(buffer)
        if ProcessInfo.processInfo.environment["RENCANA_RECORD_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            XCTFail("no golden file \(name).txt: record it with RENCANA_RECORD_GOLDEN=1", file: file, line: line)
            return
        }
        if expected != actual {
            let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
            let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let first = (0..<min(a.count, e.count)).first { a[$0] != e[$0] } ?? min(a.count, e.count)
            XCTFail("screen \(name) differs from its golden file at line \(first + 1):\n got: \(first < a.count ? a[first] : "")\nwant: \(first < e.count ? e[first] : "")",
                    file: file, line: line)
        }
    }
}
