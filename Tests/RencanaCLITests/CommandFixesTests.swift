import Foundation
import XCTest

/// A demanding new user's findings on the command line (cli10): each run through the real binary, as typed.
final class CommandFixesTests: XCTestCase {
    private var cli: CommandRunner!
    override func setUpWithError() throws {
        cli = try CommandRunner()
        cli.environment["RENCANA_LANG"] = "en"
    }
    override func tearDown() { cli.cleanUp() }

    private func temp(_ name: String) -> String { cli.stateHome.appendingPathComponent(name).path }

    @discardableResult
    private func ok(_ arguments: [String], file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let result = try cli.run(arguments)
        XCTAssertEqual(result.status, 0, "\(arguments): \(result.stderr)", file: file, line: line)
        return result.stdout
    }

    /// The log's lines without their seq, time and user columns.
    private func logLines(_ state: String) throws -> [String] {
        try ok(["log", "--state", state]).split(separator: "\n").map { line in
            let words = line.split(separator: " ", omittingEmptySubsequences: true)
            return words.dropFirst(3).joined(separator: " ")
        }
    }

    // MARK: 1. add then undo

    func testAnAddTakenBackByUndoIsTheJournalsOwnHistoryNotAnotherPlansRows() throws {
        let state = temp("st.jsonl")
        try ok(["add", "--after", "1.1.1.1", "--text", "X", "--state", state])
        try ok(["undo", "--state", state])
        let check = try cli.run(["check", "--state", state])
        XCTAssertEqual(check.status, 0, check.stderr)
        XCTAssertEqual(check.stderr, "")
        XCTAssertEqual(check.stdout, "plan.json: 8 areas, 32 kegiatan, 124 rows, 806 scheduled months; state: 2 changes "
                           + "(0 marks differ from the plan as signed)\n")
        // A new area (the dashboard's `A`) taken back the same way.
        try ok(["add", "--after", "1.1.1.1", "--level", "area", "--area", "Area Baru", "--kegiatan", "K", "--sub", "S", "--text", "Z",
                "--state", state])
        try ok(["undo", "--state", state])
        XCTAssertEqual(try cli.run(["check", "--state", state]).stderr, "")
        // An added row later removed is the same: history, not another plan's.
        let id = try ok(["add", "--after", "1.1.1.1", "--text", "Y", "--state", state]).trimmingCharacters(in: .whitespacesAndNewlines)
        try ok(["note", id, "Mar", "catatan", "--state", state])
        try ok(["remove", id, "--yes", "--state", state])
        XCTAssertEqual(try cli.run(["check", "--state", state]).status, 0)
    }

    func testAStateFileOfAnotherPlanStillWarns() throws {
        let state = temp("other.jsonl")
        try ok(["note", "1.1.1.1", "Jan", "catatan", "--state", state])
        let text = try String(contentsOfFile: state, encoding: .utf8).replacingOccurrences(of: "\"1.1.1.1\"", with: "\"9.9.9.9\"")
        try text.write(toFile: state, atomically: true, encoding: .utf8)
        let check = try cli.run(["check", "--state", state])
        XCTAssertEqual(check.status, 1)
        XCTAssertEqual(check.stderr, "rencana: \(state): 1 change is for rows this plan lacks (9.9.9.9); they are kept in the file but not shown\n")
    }

    // MARK: 3. log shows where an edit differs

    func testLogShowsWhereTwoLongTextsDifferNotTheSameCutTwice() throws {
        let state = temp("edit.jsonl")
        XCTAssertEqual(try ok(["edit", "1.1.1.1", "--indikator", "SK Tim Reformasi Birokrasi di lingkungan Sekretariat KPU Kab.",
                               "--state", state]),
                       "1.1.1.1 INDIKATOR: \"…di lingkungan Unit/Satuan Kerja\" → \"…di lingkungan Sekretariat KPU Kab.\" (saved as change #1)\n")
        try ok(["edit", "1.1.1.1", "--indikator", "SK Tim Reformasi Birokrasi di lingkungan Sekretariat KPU Kabupaten", "--state", state])
        try ok(["edit", "1.1.1.1", "--indikator", "SK Tim Reformasi Birokrasi di lingkungan Sekretariat KPU Kabupaten Bandung Barat, "
                    + "Provinsi Jawa Barat", "--state", state])
        try ok(["edit", "1.1.1.1", "--indikator", "SK Tim RB", "--state", state])
        XCTAssertEqual(try logLines(state), [
            "edit 1.1.1.1 INDIKATOR: \"SK Tim Reformasi Birokrasi di lingkunga…\" → \"SK Tim RB\"",
            "edit 1.1.1.1 INDIKATOR: \"…Sekretariat KPU Kabupaten\" → \"…Sekretariat KPU Kabupaten Bandung Bara…\"",
            "edit 1.1.1.1 INDIKATOR: \"…di lingkungan Sekretariat KPU Kab.\" → \"…di lingkungan Sekretariat KPU Kabupaten\"",
            "edit 1.1.1.1 INDIKATOR: \"…di lingkungan Unit/Satuan Kerja\" → \"…di lingkungan Sekretariat KPU Kab.\"",
        ])
    }

    // MARK: 4. missing arguments named right

    func testAMissingArgumentIsNamedAsIfThePlanWereLeftOut() throws {
        let cases: [([String], String)] = [
            (["note", "1.1.1.1", "Jan"], "'<text>'"),
            (["realize", "1.1.1.1", "Jan"], "'<status>'"),
            (["assign", "1.1.1.1"], "'<text>'"),
            (["review", "1.1.1.1", "--kendala", "x"], "'--tw <1-4>'"),
            (["note", "plan.json", "1.1.1.1", "Jan"], "'<text>'"),
            (["note", "1.1.1.1"], "'<month>'"),
        ]
        for (arguments, missing) in cases {
            let result = try cli.run(arguments)
            XCTAssertEqual(result.status, 64, "\(arguments)")
            XCTAssertEqual(result.stderr, "rencana: Missing expected argument \(missing) (see `rencana help`)\n", "\(arguments)")
        }
        var indonesian = cli!
        indonesian.environment["RENCANA_LANG"] = "id"
        XCTAssertEqual(try indonesian.run(["assign", "1.1.1.1"]).stderr, "rencana: argumen '<text>' belum diberikan (lihat `rencana help`)\n")
    }

    // MARK: 2. --repair-state keeps the good entries

    func testRepairStateKeepsTheEntriesBeforeADamagedLineAndTheOldFile() throws {
        let state = temp("damaged.jsonl")
        try ok(["note", "1.1.1.1", "Jan", "satu", "--state", state])
        try ok(["note", "1.1.1.1", "Feb", "dua", "--state", state])
        let good = try String(contentsOfFile: state, encoding: .utf8)
        let third = good.split(separator: "\n").last!.replacingOccurrences(of: "\"seq\":2", with: "\"seq\":4")
        try (good + "garbage{\n" + third + "\n").write(toFile: state, atomically: true, encoding: .utf8)
        let check = try cli.run(["check", "--state", state])
        XCTAssertEqual(check.status, 1)
        XCTAssertEqual(check.stderr, "rencana: \(state): line 4: not valid JSON (unexpected 'g' where a value should be) (the file was left "
                           + "as it is; `--repair-state` keeps the entries before the damaged line, `--reset-state` moves it aside and "
                           + "starts afresh)\n")
        let repaired = try cli.run(["check", "--state", state, "--repair-state"])
        XCTAssertEqual(repaired.status, 0, repaired.stderr)
        XCTAssertEqual(repaired.stdout, "plan.json: 8 areas, 32 kegiatan, 124 rows, 806 scheduled months; state: 2 changes "
                           + "(0 marks differ from the plan as signed)\n")
        let aside = try FileManager.default.contentsOfDirectory(atPath: cli.stateHome.path).filter { $0.hasPrefix("damaged.jsonl.broken-") }
        guard aside.count == 1 else { return XCTFail("one file moved aside: \(aside)") }
        XCTAssertEqual(repaired.stderr, "rencana: repaired \(state): kept 2 entries (those before line 4), dropped 2 lines from line 4 on; "
                           + "the damaged file is kept as \(temp(aside[0]))\n")
        XCTAssertEqual(try String(contentsOfFile: state, encoding: .utf8), good, "the good entries, byte for byte")
        XCTAssertEqual(try String(contentsOfFile: temp(aside[0]), encoding: .utf8), good + "garbage{\n" + third + "\n")
        XCTAssertEqual(try logLines(state), ["note 1.1.1.1 Feb catatan: (kosong) → \"dua\"", "note 1.1.1.1 Jan catatan: (kosong) → \"satu\""])
        // A sound file is left as it is.
        let again = try cli.run(["check", "--state", state, "--repair-state"])
        XCTAssertEqual(again.stderr, "rencana: \(state): no damaged line; nothing to repair\n")
        XCTAssertEqual(try String(contentsOfFile: state, encoding: .utf8), good)
    }

    // MARK: 5. a .rencana that is no bundle

    func testRollupSaysSoWhenAFileNamedLikeABundleIsNone() throws {
        let folder = temp("offices")
        try FileManager.default.createDirectory(atPath: folder + "/sub", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: CommandRunner.packageRoot.appendingPathComponent("plan.json").path, toPath: folder + "/a.json")
        try "garbage\n".write(toFile: folder + "/junk.rencana", atomically: true, encoding: .utf8)
        try "garbage\n".write(toFile: folder + "/sub/deep.rencana", atomically: true, encoding: .utf8)
        let result = try cli.run(["rollup", folder, "--tw", "1"])
        XCTAssertEqual(result.status, 3, result.stderr)
        XCTAssertEqual(result.stderr, """
            rencana: skipped \(folder)/junk.rencana: neither an office's bundle, nor a plan (.json) or a state journal (.jsonl)
            rencana: skipped \(folder)/sub/deep.rencana: neither an office's bundle, nor a plan (.json) or a state journal (.jsonl)
            rencana: 1 office rolled up, 2 files skipped

            """)
    }

    // MARK: 6. Indonesian leftovers and dates

    func testIndonesianParserListAndANonDateAreSaidPlainly() throws {
        var indonesian = cli!
        indonesian.environment["RENCANA_LANG"] = "id"
        XCTAssertEqual(try indonesian.run(["export", "--format", "pdf"]).stderr,
                       "rencana: nilai 'pdf' tidak sah untuk '--format <csv|markdown|json|xlsx|html>'; pilih salah satu: 'csv', "
                           + "'markdown', 'json', 'xlsx' atau 'html' (lihat `rencana help`)\n")
        let state = temp("dates.jsonl")
        XCTAssertEqual(try indonesian.run(["realize", "1.1.1.1", "Jan", "done", "--date", "kemarin", "--state", state]).stderr,
                       "rencana: --date: \"kemarin\" bukan tanggal; tulis YYYY-MM-DD atau bentuk panjang (8 April 2022) (lihat `rencana help`)\n")
        XCTAssertEqual(try indonesian.run(["realize", "1.1.1.1", "Jan", "done", "--date", "2022-02-31", "--state", state]).stderr,
                       "rencana: --date: \"2022-02-31\" bukan tanggal yang ada di kalender; tulis YYYY-MM-DD atau bentuk panjang "
                           + "(8 April 2022) (lihat `rencana help`)\n")
        XCTAssertEqual(try cli.run(["realize", "1.1.1.1", "Jan", "done", "--date", "kemarin", "--state", state]).stderr,
                       "rencana: --date: \"kemarin\" is not a date; write YYYY-MM-DD or the Indonesian long form (8 April 2022) "
                           + "(see `rencana help`)\n")
        XCTAssertEqual(try cli.run(["realize", "1.1.1.1", "Jan", "done", "--date", "31 Februari 2022", "--state", state]).stderr,
                       "rencana: --date: \"31 Februari 2022\" is not a day of the calendar; give YYYY-MM-DD or the Indonesian long "
                           + "form (8 April 2022) (see `rencana help`)\n")
    }

    // MARK: 7. evidence traces

    func testEvidenceNamesItsFileInTheLogWarnsWhenOutsideAndSendNamesWhatItLeft() throws {
        let state = temp("evidence.jsonl")
        let outside = temp("elsewhere.pdf")
        try "x".write(toFile: outside, atomically: true, encoding: .utf8)
        try ok(["evidence", "add", "1.1.1.1", "--file", "README.md", "--state", state])
        let added = try cli.run(["evidence", "add", "1.1.1.1", "--file", outside, "--title", "SK Tim", "--state", state])
        XCTAssertEqual(added.status, 0)
        XCTAssertEqual(added.stderr, "rencana: warning: \(outside) is outside the plan's folder: it is recorded, but `rencana send "
                           + "--with-evidence` will not carry it (copy it into the plan's folder to send it)\n")
        let log = try logLines(state).map { $0.replacingOccurrences(of: #"e-[0-9a-f]{12}"#, with: "e-ID", options: .regularExpression) }
        let shown = outside.count > 39 ? "…" + String(outside.suffix(39)) : outside
        XCTAssertEqual(log, ["evidence-add 1.1.1.1 bukti e-ID ditambahkan: Lainnya \"SK Tim\" (\"\(shown)\")",
                             "evidence-add 1.1.1.1 bukti e-ID ditambahkan: Lainnya \"README.md\""])
        let sent = try cli.run(["send", "--with-evidence", "--state", state, "--out", temp("out.rencana")])
        XCTAssertEqual(sent.status, 0, sent.stderr)
        XCTAssertEqual(sent.stdout.split(separator: "\n").last.map(String.init),
                       "1 evidence file named by the entries not sent (missing, a link, or outside the plan's folder): \(outside)")
    }

    // MARK: 8. new-year

    func testNewYearRefusesAYearThatIsNotAfterThePlans() throws {
        for year in ["2022", "2021"] {
            let out = temp("next-\(year).json")
            let result = try cli.run(["new-year", "--year", year, "--out", out])
            XCTAssertEqual(result.status, 64)
            XCTAssertEqual(result.stderr, "rencana: --year \(year) is not after the plan's year (2022); give a later year, such as 2023 "
                               + "(see `rencana help`)\n")
            XCTAssertFalse(FileManager.default.fileExists(atPath: out))
        }
        try ok(["new-year", "--year", "2023", "--out", temp("next.json")])
    }

    // MARK: 9. minor

    func testHelpForNoCommandNegativeNumbersNIPsAndAMissingPlanForOffices() throws {
        let help = try cli.run(["help", "nosuch"])
        XCTAssertEqual(help.status, 64)
        XCTAssertEqual(help.stdout, "")
        XCTAssertEqual(help.stderr, "rencana: no help for 'nosuch': there is no such command (see `rencana help`)\n")
        XCTAssertEqual(try cli.run(["help", "nte"]).stderr,
                       "rencana: no help for 'nte': there is no such command; did you mean 'note'? (see `rencana help`)\n")
        XCTAssertEqual(try cli.run(["help", "note"]).status, 0)
        XCTAssertEqual(try cli.run(["help", "help"]).status, 0)
        XCTAssertTrue(try ok(["note", "--help"]).contains("  <plan>                  The plan file. (default: plan.json)\n"))

        let rows = try cli.run(["generate", "--rows", "-1"])
        XCTAssertEqual(rows.status, 64)
        XCTAssertEqual(rows.stderr, "rencana: --rows must be a positive number, not -1 (see `rencana help`)\n")

        for arguments in [["report", "--nip", "abc", "--out", temp("r.html"), "--format", "html"],
                          ["report", "--mengetahui", "Kepala", "--mengetahui-nip", "1970 0101", "--out", temp("r.html"), "--format", "html"],
                          ["export", "--format", "html", "--salinan", "--salinan-nip", "12345678901234567X", "--out", temp("e.html")]] {
            let result = try cli.run(arguments + ["--state", temp("nip.jsonl")])
            XCTAssertEqual(result.status, 64, "\(arguments)")
            XCTAssertTrue(result.stderr.hasPrefix("rencana: --") && result.stderr.contains("is not an NIP; an NIP is 18 digits (spaces allowed)"),
                          result.stderr)
            XCTAssertFalse(FileManager.default.fileExists(atPath: arguments[arguments.firstIndex(of: "--out")! + 1]))
        }
        try ok(["report", "--nip", "19700101 199003 1 001", "--out", temp("r.html"), "--format", "html", "--state", temp("nip.jsonl")])

        var elsewhere = cli!
        elsewhere.currentDirectory = cli.stateHome
        let offices = try elsewhere.run(["generate", "--offices", "5", "--out", temp("DIR")])
        XCTAssertEqual(offices.status, 1)
        XCTAssertTrue(offices.stderr.hasPrefix("rencana: plan.json: no such file"), offices.stderr)
        XCTAssertTrue(offices.stderr.hasSuffix("; --offices makes the offices from a plan: name one with --from PLAN\n"), offices.stderr)
    }

    func testAnUndoAColleagueOverwroteTellsWhatWillBringTheValueBack() throws {
        var ani = cli!, budi = cli!
        ani.environment["USER"] = "ani"
        ani.environment["RENCANA_DEVICE"] = "dev-ani"
        budi.environment["USER"] = "budi"
        budi.environment["RENCANA_DEVICE"] = "dev-budi"
        let a = temp("a.jsonl"), b = temp("b.jsonl")
        XCTAssertEqual(try ani.run(["assign", "1.1.1.1", "Ani", "--state", a]).status, 0)
        XCTAssertEqual(try ani.run(["send", "--state", a, "--out", temp("a.rencana")]).status, 0)
        XCTAssertEqual(try budi.run(["receive", temp("a.rencana"), "--state", b]).status, 0)
        XCTAssertEqual(try budi.run(["assign", "1.1.1.1", "Budi", "--state", b]).status, 0)
        XCTAssertEqual(try budi.run(["send", "--state", b, "--out", temp("b.rencana")]).status, 0)
        XCTAssertEqual(try ani.run(["receive", temp("b.rencana"), "--state", a]).status, 0)
        let undo = try ani.run(["undo", "--state", a])
        XCTAssertEqual(undo.status, 1)
        let message = undo.stderr.replacingOccurrences(of: #"\(\d{4}-\d\d-\d\d \d\d:\d\d UTC\)"#, with: "(TIME)", options: .regularExpression)
        XCTAssertEqual(message, "rencana: \(a): nothing undone: budi changed that value since (TIME); to have yours back, set it again "
                           + "yourself (`rencana log` shows what it was)\n")
    }

    /// A text may begin with `-` or `+` (`-anggaran`, `+62 811…`): a reviewer's `--ket "-anggaran"` was refused as a
    /// missing value. Text options take the next word whatever it is; a missing one is still said.
    func testATextOptionMayBeginWithADash() throws {
        let state = temp("dash.jsonl")
        try ok(["edit", "1.1.1.1", "--ket", "-anggaran", "--state", state])
        try ok(["review", "1.1.1.1", "--tw", "1", "--kendala", "-dana belum cair", "--tindak-lanjut", "+ajukan ulang", "--state", state])
        try ok(["realize", "1.1.1.1", "Jan", "done", "--note", "-", "--state", state])
        try ok(["evidence", "add", "1.1.1.1", "--month", "Jan", "--url", "https://kpu.go.id/a", "--title", "-foto", "--state", state])
        XCTAssertEqual(try logLines(state).map {
            $0.replacingOccurrences(of: #"\s+"#, with: " ", options: .regularExpression)
                .replacingOccurrences(of: #"e-[0-9a-f]{12}"#, with: "e-ID", options: .regularExpression)
        }, [
            "evidence-add 1.1.1.1 bukti e-ID ditambahkan: Tautan \"-foto\" (\"https://kpu.go.id/a\")",
            "note 1.1.1.1 Jan catatan: (kosong) → \"-\"",
            "status 1.1.1.1 Jan: belum dicatat → Terlaksana",
            "review 1.1.1.1 TW I Tindak lanjut: (kosong) → \"+ajukan ulang\"",
            "review 1.1.1.1 TW I Kendala: (kosong) → \"-dana belum cair\"",
            "edit 1.1.1.1 KET: (kosong) → \"-anggaran\"",
        ])
        let missing = try cli.run(["edit", "1.1.1.1", "--ket"])
        XCTAssertEqual(missing.status, 64)
        XCTAssertEqual(missing.stderr, "rencana: Missing value for '--ket <text>' (see `rencana help`)\n")
    }
}
