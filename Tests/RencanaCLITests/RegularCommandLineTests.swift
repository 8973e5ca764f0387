import Foundation
import XCTest

/// Issue 20, the command line's part, through the real binary: dates are real dates, evidence is checked,
/// every command takes PLAN the same way, and nothing from a file reaches a terminal or a journal it should not.
final class RegularCommandLineTests: XCTestCase {
    private var cli: CommandRunner!
    override func setUpWithError() throws {
        cli = try CommandRunner()
        cli.environment["RENCANA_TODAY"] = "2022-07-04"
    }
    override func tearDown() { cli.cleanUp() }

    /// Runs and expects exit 0, returning standard output.
    @discardableResult
    private func ok(_ arguments: [String], file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let result = try cli.run(arguments)
        XCTAssertEqual(result.status, 0, "\(arguments): \(result.stderr)", file: file, line: line)
        return result.stdout
    }

    /// Runs and expects `code`, one line on stderr (equal to `message` when given), nothing on stdout.
    private func refused(_ arguments: [String], _ code: Int32, _ message: String? = nil,
                         file: StaticString = #filePath, line: UInt = #line) throws {
        let result = try cli.run(arguments)
        XCTAssertEqual(result.status, code, "\(arguments): \(result.stderr)", file: file, line: line)
        XCTAssertEqual(result.stderr.filter { $0 == "\n" }.count, 1, "\(arguments): \(result.stderr)", file: file, line: line)
        if let message { XCTAssertEqual(result.stderr, message, "\(arguments)", file: file, line: line) }
        XCTAssertEqual(result.stdout, "", "\(arguments)", file: file, line: line)
    }

    private func journalLines() throws -> Int {
        try ok(["log"]) == "no changes yet: the plan is as signed\n" ? 0 : ok(["log"]).split(separator: "\n").count
    }

    // MARK: Dates

    func testEveryDateOptionRefusesImpossibleAndFreeTextDates() throws {
        let expected = { (option: String, text: String) in
            "rencana: \(option): \"\(text)\" is not a day of the calendar; give YYYY-MM-DD or the Indonesian long form (8 April 2022) (see `rencana help`)\n"
        }
        try refused(["realize", "plan.json", "1.1.1.1", "Jan", "done", "--date", "2022-02-30"], 64, expected("--date", "2022-02-30"))
        try refused(["review", "plan.json", "1.1.1.1", "--tw", "1", "--tenggat", "2022-04-31"], 64, expected("--tenggat", "2022-04-31"))
        // Free text is no date at all, and is told so (cli10); a date-shaped text that is no day keeps the line above.
        let notADate = { (option: String, text: String) in
            "rencana: \(option): \"\(text)\" is not a date; write YYYY-MM-DD or the Indonesian long form (8 April 2022) (see `rencana help`)\n"
        }
        try refused(["evidence", "add", "plan.json", "1.1.1.1", "--url", "https://x.go.id", "--date", "kemarin"], 64,
                    notADate("--date", "kemarin"))
        try refused(["report", "plan.json", "--tw", "1", "--date", "banana"], 64, notADate("--date", "banana"))
        try refused(["report", "plan.json", "--tw", "1", "--date", "08-04-2022"], 64, expected("--date", "08-04-2022"))
        try refused(["document", "plan.json", "--date", "31 Juni 2022"], 64, expected("--date", "31 Juni 2022"))
        try refused(["realize", "1.1.1.1", "Feb", "done", "--date", "2023-02-29"], 64, expected("--date", "2023-02-29"))
        XCTAssertEqual(try journalLines(), 0, "nothing was saved")
    }

    func testDatesInEitherFormAreStoredAsYYYYMMDDAndPrintedInIndonesian() throws {
        XCTAssertEqual(try ok(["realize", "1.1.1.1", "Jan", "done", "--date", "8 april 2022"]),
                       "1.1.1.1 Jan: Terlaksana (saved as change #1)\n1.1.1.1 Jan: 8 April 2022 (saved as change #2)\n")
        XCTAssertEqual(try ok(["review", "1.1.1.1", "--tw", "1", "--tindak-lanjut", "Rapat ulang", "--tenggat", "2024-02-29"]),
                       "1.1.1.1: TW I Tindak lanjut \"Rapat ulang\" (saved as change #3)\n1.1.1.1: TW I Tenggat \"29 Februari 2024\" (saved as change #4)\n")
        let log = try ok(["log"])
        XCTAssertFalse(log.contains("tindakLanjut"), "the field is named as the document names it")
        XCTAssertTrue(log.contains("1.1.1.1 Jan tanggal: (kosong) → \"8 April 2022\""), log)
        XCTAssertTrue(log.contains("1.1.1.1 TW I Tenggat: (kosong) → \"29 Februari 2024\""), log)
        let journal = try ok(["export", "--realisation", "--format", "csv"])
        XCTAssertTrue(journal.contains("2022-04-08") || journal.contains("8 April 2022"), journal)
        let markdown = try ok(["report", "--tw", "1", "--format", "markdown"])
        XCTAssertTrue(markdown.contains("29 Februari 2024"), "tenggat in Indonesian")
        // The state keeps YYYY-MM-DD.
        let stateFiles = FileManager.default.enumerator(atPath: cli.stateHome.path)?.compactMap { $0 as? String }
            .filter { $0.hasSuffix(".jsonl") } ?? []
        let state = try String(contentsOfFile: cli.stateHome.appendingPathComponent(try XCTUnwrap(stateFiles.first)).path,
                               encoding: .utf8)
        XCTAssertTrue(state.contains("\"2022-04-08\"") && state.contains("\"2024-02-29\""), state)
    }

    func testAReportIsSignedTodayUnlessDatedAndTheDateIsNotRemembered() throws {
        try ok(["report", "--tw", "1", "--place", "Teminabuan", "--date", "2022-04-08", "--signer", "Yohanes Kambu"])
        let semester = try ok(["report", "--semester", "1"])
        XCTAssertTrue(semester.contains("Teminabuan, 4 Juli 2022"), String(semester.suffix(200)))
        XCTAssertFalse(semester.contains("8 April 2022"))
        XCTAssertTrue(semester.contains("YOHANES KAMBU"), "the signer stays remembered")
    }

    // MARK: Evidence

    func testEvidenceMustBeAnExistingFileOrAWebLink() throws {
        for url in ["notaurl", "ftp://x", "javascript:alert(1)", "file:///etc/passwd", "https://", "http:///path", "https://a b"] {
            try refused(["evidence", "add", "1.1.1.1", "--url", url], 64,
                        "rencana: \"\(url)\" is not an http:// or https:// link with a host\n")
        }
        try refused(["evidence", "add", "1.1.1.1", "--file", "Sources"], 64, "rencana: Sources: not a regular file\n")
        try refused(["evidence", "add", "1.1.1.1", "--file", "tidak-ada.pdf"], 64,
                    "rencana: tidak-ada.pdf: no such file (give --allow-missing for a paper document to be scanned later)\n")
        XCTAssertEqual(try journalLines(), 0, "nothing was saved")
        XCTAssertTrue(try ok(["evidence", "add", "1.1.1.1", "--month", "Jan", "--file", "README.md"]).hasPrefix("evidence e-"))
        XCTAssertTrue(try ok(["evidence", "add", "1.1.1.1", "--url", "HTTPS://kpu.go.id/sk?x=1"]).hasPrefix("evidence e-"))
        XCTAssertTrue(try ok(["evidence", "add", "1.1.2.1", "--file", "scan-nanti.pdf", "--allow-missing"]).hasPrefix("evidence e-"))
    }

    func testMissingListsGoneFilesAsKurangBuktiAndListTakesARow() throws {
        let folder = cli.stateHome.appendingPathComponent("p")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: CommandRunner.packageRoot.appendingPathComponent("plan.json"),
                                         to: folder.appendingPathComponent("plan.json"))
        try Data("SK".utf8).write(to: folder.appendingPathComponent("sk.pdf"))
        cli.currentDirectory = folder
        try ok(["evidence", "add", "1.1.1.1", "--month", "Jan", "--file", "sk.pdf", "--date", "20 Januari 2022"])
        try ok(["evidence", "add", "1.1.2.1", "--month", "Jan", "--url", "https://example.org/notulen"])
        try ok(["evidence", "add", "1.1.2.1", "--file", "kertas.pdf", "--allow-missing"])
        let ids = try ok(["evidence", "list"]).split(separator: "\n").map { String($0.prefix(14)) }
        XCTAssertEqual(ids.count, 3)
        let row = try ok(["evidence", "list", "--row", "1.1.1.1"])
        XCTAssertEqual(row, "\(ids[0])  1.1.1.1  Jan  Lainnya      20 Januari 2022  sk.pdf\n")
        try refused(["evidence", "list", "--row", "9.9.9.9"], 1, "rencana: the plan has no row \"9.9.9.9\" (see `rencana list --ids`)\n")
        XCTAssertEqual(try ok(["evidence", "list", "--missing"]), "evidence \(ids[2]) (1.1.2.1): kurang bukti, file not found: kertas.pdf\n")
        try FileManager.default.removeItem(at: folder.appendingPathComponent("sk.pdf"))
        XCTAssertEqual(try ok(["evidence", "list", "--missing", "--row", "1.1.1.1"]),
                       "evidence \(ids[0]) (1.1.1.1): kurang bukti, file not found: sk.pdf\n")
    }

    // MARK: The command line's shape

    func testPlanIsOptionalAndFirstForEveryCommand() throws {
        XCTAssertEqual(try ok(["note", "1.1.1.1", "Jan", "Rapat ditunda"]), "1.1.1.1 Jan: \"Rapat ditunda\" (saved as change #1)\n")
        try ok(["assign", "1.1.1.1", "Tim RB"])
        try ok(["realize", "1.1.1.1", "Jan", "done"])
        try ok(["review", "1.1.1.1", "--tw", "1", "--kendala", "Hujan"])
        try ok(["edit", "1.1.1.1", "--ket", "Humas"])
        let added = String(try ok(["add", "--after", "1.1.1.1", "--text", "Baru"]).dropLast())
        try ok(["move", added, "--up"])
        try ok(["remove", added, "--yes"])
        try ok(["document", "--place", "Sorong"])
        try ok(["diff"])
        try ok(["evidence", "add", "1.1.1.1", "--url", "https://example.org/a"])
        let id = String(try ok(["evidence", "list"]).prefix(14))
        try ok(["evidence", "remove", id])
        XCTAssertEqual(try ok(["log", "plan.json"]).split(separator: "\n").count, 11)
        // With PLAN given, a missing argument is named as before (PLAN is not shifted into the row's place).
        try refused(["note", "plan.json", "1.1.1.1", "Jan"], 64, "rencana: Missing expected argument '<text>' (see `rencana help`)\n")
    }

    func testVersionAndUnknownCommands() throws {
        let version = try cli.run(["--version"])
        XCTAssertEqual(version.status, 0)
        XCTAssertEqual(version.stdout, "1.0.0\n")
        try refused(["lst"], 64, "rencana: unknown command 'lst'; did you mean 'list'? (see `rencana help`)\n")
        try refused(["reprot", "--tw", "1"], 64, "rencana: unknown command 'reprot'; did you mean 'report'? (see `rencana help`)\n")
        try refused(["evidense"], 64, "rencana: unknown command 'evidense'; did you mean 'evidence'? (see `rencana help`)\n")
        try refused(["evidence", "lst"], 64, "rencana: unknown command 'evidence lst'; did you mean 'evidence list'? (see `rencana help`)\n")
        try refused(["evidence", "xyzzy"], 64, "rencana: unknown command 'evidence xyzzy' (see `rencana help`)\n")
        try refused(["xyzzy"], 64, "rencana: unknown command 'xyzzy' and no such plan file (see `rencana help`)\n")
        // A path is still a plan for the dashboard: its refusal names the file.
        let path = try cli.run(["tidak-ada.json"])
        XCTAssertEqual(path.status, 1)
        XCTAssertTrue(path.stderr.contains("tidak-ada.json"), path.stderr)
    }

    func testLogOfAnUnknownRowIsRefused() throws {
        try ok(["set", "1.1.1.1", "Jan", "off"])
        try refused(["log", "--row", "9.9.9.9"], 1, "rencana: the plan has no row \"9.9.9.9\" (see `rencana list --ids`)\n")
        XCTAssertEqual(try ok(["log", "--row", "1.1.2.1"]), "no changes yet: the plan is as signed\n")
    }

    func testOutDashIsStandardOutputAndNoOutReplacesAJournal() throws {
        let folder = cli.stateHome.appendingPathComponent("o")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        cli.currentDirectory = folder
        try FileManager.default.copyItem(at: CommandRunner.packageRoot.appendingPathComponent("plan.json"),
                                         to: folder.appendingPathComponent("plan.json"))
        let csv = try ok(["export", "--format", "csv", "--out", "-"])
        XCTAssertEqual(csv, try ok(["export", "--format", "csv"]))
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent("-").path))
        XCTAssertTrue(try ok(["report", "--tw", "1", "--out", "-"]).contains("LAPORAN"))
        // A binary format with --out - goes into a pipe, never to a terminal.
        XCTAssertTrue(try ok(["export", "--format", "xlsx", "--out", "-"]).hasPrefix("PK"))
        let terminal = try cli.shell(#"script -qec "\"$RENCANA\" export --format xlsx --out -" /dev/null"#)
        let shown = try cli.capture(terminal) { process in
            try process.run()
            process.waitUntilExit()
        }
        XCTAssertEqual(terminal.terminationStatus, 64, shown.stdout)
        XCTAssertTrue(shown.stdout.hasPrefix("rencana: xlsx is a binary format and is not written to a terminal"), shown.stdout)
        for arguments in [["adopt", "--out", "-"], ["new-year", "--year", "2023", "--out", "-"], ["generate", "--rows", "3", "--out", "-"]] {
            XCTAssertNotNil(try JSONSerialization.jsonObject(with: Data(ok(arguments).utf8)), "\(arguments)")
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent("-").path))
        // A command that writes a state file as such still may: generate --realisation --force over its own.
        try ok(["generate", "--rows", "5", "--out", "g.json", "--realisation", "--state", "g.jsonl"])
        try ok(["generate", "--rows", "5", "--out", "g.json", "--realisation", "--state", "g.jsonl", "--force", "--seed", "2"])
        // Another plan's journal, and this plan's own under --state.
        try ok(["set", "1.1.1.1", "Jan", "off", "--state", "other.jsonl"])
        let journal = try String(contentsOfFile: folder.appendingPathComponent("other.jsonl").path, encoding: .utf8)
        let refusal = "rencana: other.jsonl: not written: is a Rencana state file (a plan's journal); --out never replaces one, even with --force\n"
        try refused(["export", "--format", "csv", "--out", "other.jsonl", "--force"], 1, refusal)
        try refused(["report", "--tw", "1", "--out", "other.jsonl", "--force"], 1, refusal)
        try refused(["adopt", "--out", "other.jsonl", "--force"], 1, refusal)
        try refused(["new-year", "--year", "2023", "--out", "other.jsonl", "--force"], 1, refusal)
        XCTAssertEqual(try String(contentsOfFile: folder.appendingPathComponent("other.jsonl").path, encoding: .utf8), journal)
    }

    func testProgressTakesTheReportsPeriodOptions() throws {
        try ok(["realize", "1.1.1.1", "Jan", "done"])
        let progress = try ok(["progress", "--tw", "2", "--until", "Apr", "--format", "csv"])
        XCTAssertTrue(try ok(["progress", "--tw", "2", "--until", "Apr"]).hasPrefix("Capaian TW II, keadaan s.d. April\n"))
        let report = try ok(["report", "--tw", "2", "--until", "Apr", "--format", "csv"])
        XCTAssertFalse(progress.isEmpty || report.isEmpty)
        XCTAssertTrue(try ok(["progress", "--year", "--until", "Des"]).hasPrefix("Capaian Tahunan, keadaan s.d. Desember\n"))
        try refused(["progress", "--tw", "1", "--semester", "1"], 64)
    }

    // MARK: Controls

    func testProgressShowsControlsInTextsAndEscapesThemInJSONAndAPlanWithAControlInAnIdIsRefused() throws {
        let folder = cli.stateHome.appendingPathComponent("h")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        cli.currentDirectory = folder
        try ok(["generate", "--rows", "3", "--out", "h.json"])
        var plan = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("h.json"))) as? [String: Any])
        var areas = plan["areas"] as! [[String: Any]]
        var kegiatan = areas[0]["kegiatan"] as! [[String: Any]]
        var subs = kegiatan[0]["subKegiatan"] as! [[String: Any]]
        var indicators = subs[0]["indikator"] as! [[String: Any]]
        indicators[0]["text"] = "evil\u{202E}txt\u{2066}iso\u{2069}"
        indicators[0]["months"] = ["Jan", "Feb", "Mar"]
        subs[0]["indikator"] = indicators
        kegiatan[0]["subKegiatan"] = subs
        areas[0]["kegiatan"] = kegiatan
        plan["areas"] = areas
        try JSONSerialization.data(withJSONObject: plan).write(to: folder.appendingPathComponent("h.json"))
        let json = try ok(["progress", "h.json", "--by", "row", "--format", "json", "--tw", "1"])
        XCTAssertTrue(json.contains("evil\\u202etxt\\u2066iso\\u2069") || json.contains("evil\\u202Etxt\\u2066iso\\u2069"), json)
        XCTAssertNotNil(try JSONSerialization.jsonObject(with: Data(json.utf8)), "still JSON")
        // On a terminal the text table shows the controls, never sends them.
        let process = try cli.shell(#"script -qec "\"$RENCANA\" progress h.json --by row --tw 1" /dev/null"#)
        let output = try cli.capture(process) { process in
            try process.run()
            process.waitUntilExit()
        }
        XCTAssertEqual(process.terminationStatus, 0, output.stderr)
        for scalar in output.stdout.unicodeScalars {
            let v = scalar.value
            XCTAssertFalse((0x80...0x9F).contains(v) || (0x2028...0x202E).contains(v) || (0x2066...0x2069).contains(v)
                           || v == 0x1B, "U+\(String(v, radix: 16)) reached the terminal")
        }
        // A row id with a C1 control is one the journal would refuse (issue 19): the plan is refused when it is
        // opened, with one line naming the row, and the control is shown, never sent.
        indicators[0]["id"] = "1.1.1.1\u{9B}2J"
        subs[0]["indikator"] = indicators
        kegiatan[0]["subKegiatan"] = subs
        areas[0]["kegiatan"] = kegiatan
        plan["areas"] = areas
        try JSONSerialization.data(withJSONObject: plan).write(to: folder.appendingPathComponent("h.json"))
        let result = try cli.run(["progress", "h.json", "--tw", "1"])
        XCTAssertEqual(result.status, 1, result.stderr)
        XCTAssertEqual(result.stderr.filter { $0 == "\n" }.count, 1, result.stderr)
        XCTAssertTrue(result.stderr.contains("areas[0].kegiatan[0].subKegiatan[0].indikator[0].id"), result.stderr)
        XCTAssertFalse(result.stderr.unicodeScalars.contains { (0x80...0x9F).contains($0.value) }, result.stderr)
    }
}
