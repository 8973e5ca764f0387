import Foundation
import XCTest

/// `rencana rollup` of a folder of generated bundles, through the real binary: each office's line in text, CSV and
/// JSON agrees with `rencana progress` run on that office alone (its files received into a plan folder with
/// `rencana receive`), an office sent twice is merged, and nothing is written into the folder.
final class RollupBundleCommandTests: XCTestCase {
    private var cli: CommandRunner!
    private var folder: URL!

    override func setUpWithError() throws {
        cli = try CommandRunner()
        cli.environment["XDG_CONFIG_HOME"] = cli.stateHome.appendingPathComponent("config").path
        cli.environment["RENCANA_TODAY"] = "2022-05-20"
        folder = cli.stateHome.appendingPathComponent("offices")
        // Eight offices: the fourth sent twice, some carrying their evidence files.
        let made = try cli.run(["generate", "--offices", "8", "--seed", "11", "--out", folder.path])
        XCTAssertEqual(made.status, 0, made.stderr)
    }

    override func tearDown() { cli.cleanUp() }

    private func json(_ text: String) throws -> [String: Any] {
        try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    private func contents() throws -> [String: Data] {
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            files[name] = try Data(contentsOf: folder.appendingPathComponent(name))
        }
        return files
    }

    func testEachOfficesLineInTextCsvAndJsonAgreesWithProgressOnThatOfficeAlone() throws {
        let before = try contents()
        XCTAssertEqual(before.count, 9, "eight offices, one sent twice")
        let recap = try cli.run(["rollup", folder.path, "--tw", "1", "--format", "json"])
        XCTAssertEqual(recap.status, 0, recap.stderr)
        let object = try json(recap.stdout)
        let merged = try XCTUnwrap(object["merged"] as? [[String: Any]])
        XCTAssertEqual(merged.count, 1, recap.stderr)
        XCTAssertEqual((merged[0]["files"] as? [String])?.count, 2)
        XCTAssertEqual(recap.stderr.split(separator: "\n").filter { $0.contains("merged") }.count, 1, recap.stderr)
        let offices = try XCTUnwrap(object["lines"] as? [[String: Any]]).filter { $0["level"] as? String == "office" }
        XCTAssertEqual(offices.count, 8)
        let csv = try cli.run(["rollup", folder.path, "--tw", "1", "--format", "csv"]).stdout
        let text = try cli.run(["rollup", folder.path, "--tw", "1"]).stdout
        let keys = ["due", "done", "partly", "missed", "overdue", "capaianText", "kurangBukti"]
        for (n, office) in offices.enumerated() {
            let file = try XCTUnwrap(office["file"] as? String)
            let files = (merged.first { ($0["files"] as? [String])?.contains(file) == true }?["files"] as? [String]) ?? [file]
            // The office's files received, the older first, into a plan folder of its own.
            let alone = cli.stateHome.appendingPathComponent("alone-\(n)")
            for (k, received) in files.reversed().enumerated() {
                let result = try cli.run(k == 0 ? ["receive", received, "--into", alone.path]
                                                : ["receive", alone.appendingPathComponent("plan.json").path, received])
                XCTAssertEqual(result.status, 0, result.stderr)
            }
            let progress = try cli.run(["progress", alone.appendingPathComponent("plan.json").path, "--tw", "1", "--format", "json"])
            XCTAssertEqual(progress.status, 0, progress.stderr)
            let whole = try XCTUnwrap((try json(progress.stdout)["lines"] as? [[String: Any]])?.last)
            let expected = keys.map { "\(whole[$0]!)" }
            XCTAssertEqual(keys.map { "\(office[$0]!)" }, expected, file)
            // The same figures on the office's CSV line and its text line.
            let name = try XCTUnwrap(office["name"] as? String)
            let csvLine = try XCTUnwrap(csv.split(separator: "\r\n").first { $0.hasPrefix(name + ",") })
            XCTAssertEqual(Array(Self.fields(String(csvLine))[6...12]), expected, String(csvLine))
            let textLine = try XCTUnwrap(text.split(separator: "\n").first { $0.hasPrefix(name + " ") })
            let columns = textLine.dropFirst(name.count).split(separator: " ").map(String.init)
            XCTAssertEqual(Array(columns[1...7]), expected, String(textLine))
        }
        XCTAssertEqual(try contents(), before, "the roll-up wrote into the folder of bundles")
    }

    func testASecondSendWithOtherContentForOneIdSkipsThatOfficeNamingBothFiles() throws {
        // The office sent twice: its newer bundle with one entry's status changed (and its section's digest fixed),
        // as a forged or corrupted send would be.
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        let older = try XCTUnwrap(names.first { $0.contains("(kiriman lama)") })
        let newer = older.replacingOccurrences(of: " (kiriman lama)", with: "")
        XCTAssertTrue(names.contains(newer))
        var bytes = [UInt8](try Data(contentsOf: folder.appendingPathComponent(newer)))
        let newline = try XCTUnwrap(bytes.firstIndex(of: 0x0A))
        let header = String(decoding: bytes[..<newline], as: UTF8.self)
        let sections = try XCTUnwrap(try json(header)["sections"] as? [[String: Any]])
        let planSize = try XCTUnwrap(sections[0]["size"] as? Int), entriesSize = try XCTUnwrap(sections[1]["size"] as? Int)
        let range = (newline + 1 + planSize)..<(newline + 1 + planSize + entriesSize)
        // Its first entry (which the older send holds too) said to be another user's: same id, other content.
        let entries = String(decoding: bytes[range], as: UTF8.self)
        let by = try XCTUnwrap(entries.range(of: "\"by\":\"tim-rb\""))
        let forged = Array(entries.replacingCharacters(in: by, with: "\"by\":\"tim-xx\"").utf8)
        bytes.replaceSubrange(range, with: forged)
        // The section's digest made to match, so only the merge can find it out.
        let digest = try XCTUnwrap(sections[1]["sha256"] as? String)
        bytes.replaceSubrange(0..<newline, with: Array(header.replacingOccurrences(of: digest, with: try sha256(forged)).utf8))
        try Data(bytes).write(to: folder.appendingPathComponent(newer))
        let recap = try cli.run(["rollup", folder.path, "--tw", "1"])
        XCTAssertEqual(recap.status, 3, recap.stderr)
        let skipped = recap.stderr.split(separator: "\n").filter { $0.hasPrefix("rencana: skipped ") }
        XCTAssertEqual(skipped.count, 2, recap.stderr)
        for line in skipped { XCTAssertTrue(line.contains(older) && line.contains(newer), String(line)) }
        XCTAssertTrue(recap.stdout.hasPrefix("Rekapitulasi capaian TW I 2022, keadaan s.d. Maret: 7 kantor"), recap.stdout)
    }

    /// The fields of one CSV line (a quoted field may hold commas; quotes themselves are dropped).
    static func fields(_ line: String) -> [String] {
        var fields: [String] = [], field = "", quoted = false
        for character in line {
            if character == "\"" {
                quoted.toggle()
            } else if character == "," && !quoted {
                fields.append(field)
                field = ""
            } else {
                field.append(character)
            }
        }
        return fields + [field]
    }

    /// SHA-256 by `sha256sum` (the test target does not link PlanStore).
    private func sha256(_ bytes: [UInt8]) throws -> String {
        let file = cli.stateHome.appendingPathComponent("digest-\(UUID().uuidString)")
        try Data(bytes).write(to: file)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
        process.arguments = [file.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let out = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(String(decoding: out, as: UTF8.self).prefix(64))
    }
}
