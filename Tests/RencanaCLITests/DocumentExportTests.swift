import Foundation
import XCTest

/// `rencana export` through the one exporter seam: --out, the binary-on-terminal refusal, the files it
/// must never overwrite, and the LAMPIRAN printed by a real browser.
final class DocumentExportTests: XCTestCase {
    private var cli: CommandRunner!
    private let plan = CommandRunner.packageRoot.appendingPathComponent("plan.json").path
    private var folder: URL { cli.stateHome }

    override func setUpWithError() throws { cli = try CommandRunner() }
    override func tearDown() { cli.cleanUp() }

    func testOutWritesExactlyWhatStandardOutputGets() throws {
        for format in ["csv", "markdown", "json"] {
            let out = folder.appendingPathComponent("plan.\(format)").path
            let written = try cli.run(["export", plan, "--format", format, "--out", out])
            XCTAssertEqual(written.status, 0, written.stderr)
            XCTAssertEqual(written.stdout, "")
            let printed = try cli.run(["export", plan, "--format", format])
            XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: out)), Data(printed.stdout.utf8), format)
        }
        let xlsx = folder.appendingPathComponent("lampiran.xlsx").path
        XCTAssertEqual(try cli.run(["export", plan, "--format", "xlsx", "--out", xlsx]).status, 0)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: xlsx)).prefix(2), Data("PK".utf8), "a ZIP container")
        let again = try cli.run(["export", plan, "--format", "xlsx", "--out", xlsx])
        XCTAssertEqual(again.status, 1)
        XCTAssertEqual(again.stderr, "rencana: \(xlsx) already exists; pass --force to overwrite it\n")
        XCTAssertEqual(try cli.run(["export", plan, "--format", "xlsx", "--out", xlsx, "--force"]).status, 0)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains(".rencana-") }
        XCTAssertEqual(leftovers, [], "no temporary file left behind")
    }

    func testTheWorkbookIsRefusedOnATerminalWithAHint() throws {
        let process = try cli.shell(#"script -qec "\"$RENCANA\" export '\#(plan)' --format xlsx" /dev/null"#)
        let output = try cli.capture(process) { process in
            try process.run()
            process.waitUntilExit()
        }
        XCTAssertEqual(process.terminationStatus, 64, output.stdout + output.stderr)
        XCTAssertEqual(output.stdout.replacingOccurrences(of: "\r", with: ""),
                       "rencana: xlsx is a binary format and is not written to a terminal; add --out FILE (e.g. --out lampiran.xlsx)\n")
        // In a pipe it is written.
        let piped = try cli.run(["export", plan, "--format", "xlsx"])
        XCTAssertEqual(piped.status, 0)
        XCTAssertTrue(piped.stdout.hasPrefix("PK"))
    }

    func testNeverOverwritesThePlanOrItsStateAndAFailedWriteLeavesNothing() throws {
        let copy = folder.appendingPathComponent("plan.json")
        try FileManager.default.copyItem(atPath: plan, toPath: copy.path)
        let before = try Data(contentsOf: copy)
        let overPlan = try cli.run(["export", copy.path, "--format", "json", "--out", copy.path])
        XCTAssertEqual(overPlan.status, 1)
        XCTAssertEqual(overPlan.stderr, "rencana: \(copy.path): not written: is the plan being read or its state file; choose another --out file\n")
        XCTAssertEqual(try Data(contentsOf: copy), before)

        let state = folder.appendingPathComponent("state.jsonl").path
        XCTAssertEqual(try cli.run(["set", copy.path, "1.1.1.1", "Feb", "on", "--state", state]).status, 0)
        let stateBefore = try Data(contentsOf: URL(fileURLWithPath: state))
        let overState = try cli.run(["export", copy.path, "--format", "csv", "--state", state, "--out", state, "--force"])
        XCTAssertEqual(overState.status, 1)
        XCTAssertEqual(overState.stderr, "rencana: \(state): not written: is the plan being read or its state file; choose another --out file\n")
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: state)), stateBefore)

        let missing = folder.appendingPathComponent("no/such/folder/l.xlsx").path
        let failed = try cli.run(["export", plan, "--format", "xlsx", "--out", missing])
        XCTAssertEqual(failed.status, 1)
        XCTAssertEqual(failed.stderr, "rencana: \(missing): not written: its folder does not exist\n")
        let intoFolder = try cli.run(["export", plan, "--format", "html", "--out", folder.path])
        XCTAssertEqual(intoFolder.stderr,
                       "rencana: \(folder.path): not written: is a directory; give a file name for --out (--force never replaces a folder)\n")
    }

    func testTheLampiranShowsTheCurrentMarksUnlessBaseline() throws {
        XCTAssertEqual(try cli.run(["set", plan, "1.1.1.1", "Feb", "on"]).status, 0)
        let current = try cli.run(["export", plan, "--format", "html"]).stdout
        let signed = try cli.run(["export", plan, "--format", "html", "--baseline"]).stdout
        XCTAssertEqual(current.components(separatedBy: "<td class=\"c\">√</td>").count - 1, 807)
        XCTAssertEqual(signed.components(separatedBy: "<td class=\"c\">√</td>").count - 1, 806)
    }

    /// The page printed by headless Chromium as a user prints it (the browser's own headers and footers on): the
    /// header on every page, the signature whole on the last, and none of the browser's date, title, address or "1/14".
    func testChromiumPrintsTheHeaderOnEveryPageAndTheSignatureOnTheLast() throws {
        for tool in ["chromium", "pdftotext", "pdfinfo"] {
            guard let _ = Self.which(tool) else {
                return XCTFail("\(tool) is not installed: the document tests need chromium and poppler-utils (.ci/run installs them)")
            }
        }
        for (paper, size) in [("f4", (935.4, 609.4)), ("a4", (841.9, 595.3))] {
            let html = folder.appendingPathComponent("lampiran-\(paper).html").path
            let pdf = folder.appendingPathComponent("lampiran-\(paper).pdf").path
            XCTAssertEqual(try cli.run(["export", plan, "--format", "html", "--paper", paper, "--out", html]).status, 0)
            let profile = folder.appendingPathComponent("chromium-\(paper)").path
            let printed = try Self.tool("chromium", ["--headless", "--no-sandbox", "--disable-gpu",
                                                    "--user-data-dir=\(profile)", "--print-to-pdf=\(pdf)", "file://\(html)"])
            XCTAssertTrue(FileManager.default.fileExists(atPath: pdf), "chromium printed nothing: \(printed)")
            let info = try Self.tool("pdfinfo", [pdf])
            let pages = try XCTUnwrap(Workbookless.firstInt(after: "Pages:", in: info))
            XCTAssertGreaterThan(pages, 5, "the real plan takes several pages")
            let sizeLine = try XCTUnwrap(info.split(separator: "\n").first { $0.hasPrefix("Page size:") })
            let numbers = sizeLine.split(separator: " ").compactMap { Double($0) }
            XCTAssertEqual(numbers.first ?? 0, size.0, accuracy: 2, "\(paper) landscape width: \(sizeLine)")
            XCTAssertEqual(numbers.dropFirst().first ?? 0, size.1, accuracy: 2, "\(paper) landscape height: \(sizeLine)")
            for page in 1...pages {
                // Without spaces: pdftotext splits words where the font is kerned ("K ABUPATEN").
                let text = try Self.tool("pdftotext", ["-f", "\(page)", "-l", "\(page)", pdf, "-"]).filter { !$0.isWhitespace }
                for label in ["NO.", "AREA", "KEGIATAN", "SUB KEGIATAN", "INDIKATOR KEBERHASILAN", "PELAKSANAAN (BULAN)", "KET."] {
                    XCTAssertTrue(text.contains(label.filter { !$0.isWhitespace }), "\(paper) page \(page) lacks the header's \(label)")
                }
                XCTAssertEqual(text.contains("-\(page)-"), page > 1, "\(paper) page \(page): -2-, -3-… and page 1 unnumbered")
                XCTAssertFalse(text.contains("file:"), "\(paper) page \(page): the browser's footer (the file's address)")
                // The heading is the first page's alone; on another page it would be the browser's header (the <title>).
                XCTAssertEqual(text.contains("LAMPIRANKEPUTUSANKOMISIPEMILIHANUMUM"), page == 1, "\(paper) page \(page): the browser's header")
                let signature = ["Ditetapkan di : Teminabuan", "Pada tanggal : 26 Januari 2022", "KETUA KOMISI PEMILIHAN UMUM",
                                 "ESTER HOMER"]
                for line in signature {
                    XCTAssertEqual(text.contains(line.filter { !$0.isWhitespace }), page == pages, "\(paper) page \(page) of \(pages): \(line)")
                }
            }
            let first = try Self.tool("pdftotext", ["-f", "1", "-l", "1", pdf, "-"]).filter { !$0.isWhitespace }
            XCTAssertTrue(first.contains("LAMPIRANKEPUTUSANKOMISIPEMILIHANUMUM"), first)
            XCTAssertTrue(first.contains("Manajemen"), "the table starts on the first page")
        }
    }

    static func which(_ tool: String) -> String? {
        for folder in ["/usr/bin", "/usr/local/bin", "/bin"] where FileManager.default.isExecutableFile(atPath: "\(folder)/\(tool)") {
            return "\(folder)/\(tool)"
        }
        return nil
    }

    /// Runs a system tool and returns its standard output (its standard error is dropped).
    static func tool(_ name: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try XCTUnwrap(which(name)))
        process.arguments = arguments
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("tool-\(UUID().uuidString)")
        FileManager.default.createFile(atPath: out.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: out) }
        let handle = try FileHandle(forWritingTo: out)
        process.standardOutput = handle
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try handle.close()
        return String(decoding: try Data(contentsOf: out), as: UTF8.self)
    }
}

enum Workbookless {
    static func firstInt(after label: String, in text: String) -> Int? {
        text.split(separator: "\n").first { $0.hasPrefix(label) }.flatMap { Int($0.dropFirst(label.count).trimmingCharacters(in: .whitespaces)) }
    }
}
