import Foundation
import XCTest

/// The checked-in completions and man page (docs/, made by tools/generate-docs.sh) match the commands.
final class ShellDocsTests: XCTestCase {
    private var cli: CommandRunner!
    override func setUpWithError() throws { cli = try CommandRunner() }
    override func tearDown() { cli.cleanUp() }

    func testCheckedInCompletionsAreWhatTheBinaryGenerates() throws {
        for shell in ["bash", "zsh", "fish"] {
            let generated = try cli.run(["--generate-completion-script", shell])
            XCTAssertEqual(generated.status, 0, generated.stderr)
            let file = CommandRunner.packageRoot.appendingPathComponent("docs/completions/rencana.\(shell)")
            XCTAssertEqual(try String(contentsOf: file, encoding: .utf8), generated.stdout,
                           "docs/completions/rencana.\(shell) is stale: run sh tools/generate-docs.sh")
            XCTAssertTrue(generated.stdout.contains("export"), shell)
        }
    }

    func testTheManPageHasEveryCommandAndTheExportOptions() throws {
        let page = try String(contentsOf: CommandRunner.packageRoot.appendingPathComponent("docs/man/rencana.1"), encoding: .utf8)
        let help = try cli.run(["--help"]).stdout
        let section = try XCTUnwrap(help.components(separatedBy: "SUBCOMMANDS:").last)
        let commands = section.split(separator: "\n").compactMap { line -> String? in
            let words = line.split(separator: " ")
            guard line.hasPrefix("  "), !line.hasPrefix("   "), let first = words.first, first.allSatisfy({ $0.isLowercase || $0 == "-" }) else { return nil }
            return String(first)
        }
        XCTAssertGreaterThan(commands.count, 8, help)
        for command in commands { XCTAssertTrue(page.contains(".It Em \(command)"), "man page lacks \(command): regenerate it") }
        for option in ["Fl -format", "Fl -out", "Fl -paper", "xlsx", "html"] { XCTAssertTrue(page.contains(option), option) }
    }
}
