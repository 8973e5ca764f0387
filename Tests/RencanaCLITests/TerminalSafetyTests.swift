import Foundation
import XCTest

/// Nothing from a plan, a state file, an argument or the environment reaches the terminal as a control:
/// list, log, check, set, Markdown export and every error message show them visibly (`\u{1B}`),
/// and a newline never breaks a line (so `$USER` cannot forge a log line).
final class TerminalSafetyTests: XCTestCase {
    private var cli: CommandRunner!
    private var folder: URL!

    /// Hostile texts of several kinds: OSC 52 clipboard and OSC 0 title, screen clear, DCS, 8-bit CSI,
    /// bidi override and isolate, DEL, tab and line breaks, a lone CR, the line separator.
    static let hostile = [
        "F\u{1B}]52;c;cHduZWQ=\u{07}\u{1B}]0;pwned\u{07}\u{1B}[2J",
        "x\u{1B}P1$qm\u{1B}\\y\u{90}dcs\u{9C}",
        "\u{9B}31mred\u{9B}0m \u{7F}del",
        "evil\u{202E}txt.exe\u{2066}iso\u{2069}\u{202A}",
        "a\tb\nc\r\nd\re\u{2028}f\u{0}g",
    ]

    override func setUpWithError() throws {
        cli = try CommandRunner()
        folder = cli.stateHome.appendingPathComponent("plans")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        cli.currentDirectory = folder
    }

    override func tearDown() { cli.cleanUp() }

    /// Fails when `text` holds any scalar that a terminal would obey rather than show.
    private func assertHarmless(_ text: String, _ what: String, file: StaticString = #filePath, line: UInt = #line) {
        for scalar in text.unicodeScalars {
            let v = scalar.value
            let bad = (v < 0x20 && v != 0x0A) || (0x7F...0x9F).contains(v) || (0x2028...0x202E).contains(v)
                || (0x2066...0x2069).contains(v)
            if bad {
                XCTFail("[\(what)] U+\(String(v, radix: 16)) reached the output: \(text.debugDescription)", file: file, line: line)
                return
            }
        }
    }

    /// A three-row plan whose texts (ids too) hold the hostile strings.
    private func hostilePlan() throws -> String {
        let path = folder.appendingPathComponent("h.json").path
        XCTAssertEqual(try cli.run(["generate", "--rows", "3", "--out", path]).status, 0)
        var plan = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any])
        var document = plan["document"] as! [String: Any]
        document["title"] = Self.hostile[0]
        document["signer"] = Self.hostile[3]
        plan["document"] = document
        var areas = plan["areas"] as! [[String: Any]]
        areas[0]["name"] = "Area " + Self.hostile[1]
        var kegiatan = areas[0]["kegiatan"] as! [[String: Any]]
        kegiatan[0]["title"] = Self.hostile[2]
        var subs = kegiatan[0]["subKegiatan"] as! [[String: Any]]
        var indicators = subs[0]["indikator"] as! [[String: Any]]
        indicators[0]["text"] = Self.hostile.joined()
        indicators[0]["ket"] = Self.hostile[4]
        subs[0]["indikator"] = indicators
        kegiatan[0]["subKegiatan"] = subs
        areas[0]["kegiatan"] = kegiatan
        plan["areas"] = areas
        try JSONSerialization.data(withJSONObject: plan).write(to: URL(fileURLWithPath: path))
        return path
    }

    func testListAndMarkdownShowControlsVisiblyOnOneLinePerRow() throws {
        let plan = try hostilePlan()
        let list = try cli.run(["list", plan, "--width", "400", "--ids"])
        XCTAssertEqual(list.status, 0, list.stderr)
        assertHarmless(list.stdout, "list")
        // Header, three rows, five empty areas, the footer: a newline in a text adds no line.
        XCTAssertEqual(list.stdout.split(separator: "\n", omittingEmptySubsequences: false).count, 1 + 3 + 5 + 1 + 1)
        XCTAssertTrue(list.stdout.contains("F\\u{1B}]52;c;cHduZWQ=\\u{7}\\u{1B}]0;pwned\\u{7}\\u{1B}[2J"), list.stdout)
        XCTAssertTrue(list.stdout.contains("Area x\\u{1B}P1$qm\\u{1B}\\y\\u{90}dcs\\u{9C}"), list.stdout)
        XCTAssertTrue(list.stdout.contains("\\u{9B}31mred\\u{9B}0m \\u{7F}del"), list.stdout)

        let markdown = try cli.run(["export", plan, "--format", "markdown"])
        XCTAssertEqual(markdown.status, 0, markdown.stderr)
        assertHarmless(markdown.stdout, "markdown")
        XCTAssertTrue(markdown.stdout.contains("evil\\u{202E}txt.exe\\u{2066}iso\\u{2069}\\u{202A}"), markdown.stdout)
        XCTAssertTrue(markdown.stdout.contains("a\\tb<br>c<br>d<br>e\\u{2028}f\\u{0}g"), markdown.stdout)
    }

    func testLogShowsAHostileUserAndRowVisiblyAndCannotBeForged() throws {
        let plan = try hostilePlan()
        for user in ["mal\n#99     2026-01-01T00:00:00Z  boss  set  1.1.1.1  Jan  · → √", "\u{1B}]52;c;eA==\u{07}u",
                     "\u{1B}P+q\u{1B}\\", "r\u{202E}oot"] {
            let process = try cli.start(["toggle", plan, "1.1.1.1", "Jan"])
            process.environment?["USER"] = user
            let output = try cli.capture(process) { try $0.run(); $0.waitUntilExit() }
            XCTAssertEqual(process.terminationStatus, 0, output.stderr)
        }
        let log = try cli.run(["log", plan])
        XCTAssertEqual(log.status, 0, log.stderr)
        assertHarmless(log.stdout, "log")
        let lines = log.stdout.split(separator: "\n")
        XCTAssertEqual(lines.count, 4, log.stdout)
        XCTAssertEqual(lines.filter { $0.hasPrefix("#") }.count, 4, log.stdout)
        XCTAssertTrue(lines[3].contains("mal\\n#99"), log.stdout)
    }

    func testErrorMessagesShowControlsAndCutOverlongArguments() throws {
        let plan = try hostilePlan()
        let long = String(repeating: "\u{1B}]0;x\u{07}", count: 5_000)
        let cases: [[String]] = [
            ["check", "missing\u{1B}]0;pwned\u{07}.json"],
            ["set", plan, "1.1.1.1", "J\u{1B}[2Jan", "on"],
            ["set", plan, "1.1.1.1", "Jan", "o\u{9B}n"],
            ["export", plan, "--format", "c\u{1B}sv"],
            ["list", plan, "--\u{1B}]0;opt\u{07}"],
            ["set", plan, "1.1.1.1", long, "on"],
            ["check", long],
            ["import", "x\u{202E}.csv"],
        ]
        for arguments in cases {
            let result = try cli.run(arguments)
            XCTAssertNotEqual(result.status, 0, "\(arguments)")
            assertHarmless(result.stderr, "\(arguments.prefix(2))")
            XCTAssertEqual(result.stderr.split(separator: "\n").count, 1, result.stderr)
            XCTAssertLessThan(result.stderr.count, 2_200, "an overlong argument is cut")
            XCTAssertTrue(result.stderr.contains("\\u{"), result.stderr)
        }
    }
}
