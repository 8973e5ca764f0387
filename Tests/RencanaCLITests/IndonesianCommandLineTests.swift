import Foundation
import XCTest
import RencanaText

/// Issue 20, "all messages in one language": the command line in Indonesian through the real binary
/// (`RENCANA_LANG=id`, or an `id_ID` locale), whole outputs compared; and how the language is chosen.
final class IndonesianCommandLineTests: XCTestCase {
    private var cli: CommandRunner!
    override func setUpWithError() throws {
        cli = try CommandRunner()
        cli.environment["RENCANA_LANG"] = "id"
        cli.environment["RENCANA_TODAY"] = "2022-07-04"
    }
    override func tearDown() { cli.cleanUp() }

    /// Runs and expects `code`, nothing on standard output and exactly `message` on standard error.
    private func refused(_ arguments: [String], _ code: Int32, _ message: String,
                         file: StaticString = #filePath, line: UInt = #line) throws {
        let result = try cli.run(arguments)
        XCTAssertEqual(result.status, code, "\(arguments): \(result.stderr)", file: file, line: line)
        XCTAssertEqual(result.stderr, message, "\(arguments)", file: file, line: line)
        XCTAssertEqual(result.stdout, "", "\(arguments)", file: file, line: line)
    }

    func testErrorsAreInIndonesian() throws {
        try refused(["realize", "plan.json", "1.1.1.1", "Jan", "done", "--date", "2022-02-30"], 64,
                    "rencana: --date: \"2022-02-30\" bukan tanggal yang ada di kalender; tulis YYYY-MM-DD atau bentuk panjang "
                        + "(8 April 2022) (lihat `rencana help`)\n")
        try refused(["lst"], 64, "rencana: perintah 'lst' tidak dikenal; maksud Anda 'list'? (lihat `rencana help`)\n")
        try refused(["list", "tidak-ada.json"], 1,
                    "rencana: tidak-ada.json: berkas tidak ada (beri jalur berkas rencana, atau buat dengan `rencana import`)\n")
        try refused(["set", "plan.json", "1.1.1.1", "Feb"], 64,
                    "rencana: on atau off belum ditulis sesudah bulan: `rencana set plan.json 1.1.1.1 Feb on` (atau off)\n")
        // swift-argument-parser's own words, too.
        try refused(["note"], 64, "rencana: argumen '<row-id>' belum diberikan (lihat `rencana help`)\n")
        try refused(["list", "--bogus"], 64, "rencana: opsi '--bogus' tidak dikenal (lihat `rencana help`)\n")
        try refused(["progress", "--tw", "x"], 64, "rencana: nilai 'x' tidak sah untuk '--tw <1-4>' (lihat `rencana help`)\n")
    }

    func testOutputsAreInIndonesian() throws {
        let log = try cli.run(["log"])
        XCTAssertEqual(log.stdout, "belum ada perubahan: rencana sesuai yang ditandatangani\n")
        let set = try cli.run(["set", "1.1.1.1", "Feb", "on"])
        XCTAssertEqual(set.stdout, "1.1.1.1 Feb: √ on (disimpan sebagai perubahan #1)\n"
                           + "Jan Feb Mar Apr Mei Jun Jul Ags Sep Okt Nov Des\n √   √   ·   ·   ·   ·   ·   ·   ·   ·   ·   · \n",
                       set.stderr)
        let undo = try cli.run(["undo"])
        XCTAssertEqual(undo.stdout, "perubahan #1 diurungkan: 1.1.1.1 Feb kembali off\n"
                           + "Jan Feb Mar Apr Mei Jun Jul Ags Sep Okt Nov Des\n √   ·   ·   ·   ·   ·   ·   ·   ·   ·   ·   · \n",
                       undo.stderr)
    }

    /// `rencana --help` and a command's help, whole, against golden files (RENCANA_RECORD_GOLDEN=1 records them).
    func testHelpIsInIndonesian() throws {
        cli.environment["COLUMNS"] = "80"
        for (arguments, name) in [(["--help"], "id-help"), (["set", "--help"], "id-set-help")] {
            let result = try cli.run(arguments)
            XCTAssertEqual(result.status, 0, result.stderr)
            try Self.checkGolden(result.stdout, name)
        }
        let english = try { () throws -> String in
            var runner = cli!
            runner.environment["RENCANA_LANG"] = "en"
            return try runner.run(["--help"]).stdout
        }()
        XCTAssertTrue(english.hasPrefix("OVERVIEW: A terminal dashboard for reform action plans"), english)
    }

    /// The locale chooses when RENCANA_LANG is not set; RENCANA_LANG wins over it.
    func testTheLocaleChoosesTheLanguage() throws {
        cli.environment["RENCANA_LANG"] = ""
        cli.environment["LC_ALL"] = "id_ID.UTF-8"
        XCTAssertEqual(try cli.run(["lst"]).stderr, "rencana: perintah 'lst' tidak dikenal; maksud Anda 'list'? (lihat `rencana help`)\n")
        cli.environment["RENCANA_LANG"] = "en"
        XCTAssertEqual(try cli.run(["lst"]).stderr, "rencana: unknown command 'lst'; did you mean 'list'? (see `rencana help`)\n")
    }

    func testLanguageChosenByTheEnvironment() {
        XCTAssertEqual(Language.chosen(by: [:]), .en)
        XCTAssertEqual(Language.chosen(by: ["RENCANA_LANG": "id"]), .id)
        XCTAssertEqual(Language.chosen(by: ["RENCANA_LANG": "ID"]), .id)
        XCTAssertEqual(Language.chosen(by: ["RENCANA_LANG": "en", "LANG": "id_ID.UTF-8"]), .en)
        XCTAssertEqual(Language.chosen(by: ["RENCANA_LANG": "fr", "LANG": "id_ID.UTF-8"]), .id, "an unknown RENCANA_LANG falls to the locale")
        XCTAssertEqual(Language.chosen(by: ["LANG": "id_ID.UTF-8"]), .id)
        XCTAssertEqual(Language.chosen(by: ["LANG": "id"]), .id)
        XCTAssertEqual(Language.chosen(by: ["LC_ALL": "C", "LANG": "id_ID.UTF-8"]), .en, "LC_ALL over LANG")
        XCTAssertEqual(Language.chosen(by: ["LC_ALL": "id_ID.UTF-8", "LANG": "en_US.UTF-8"]), .id)
        XCTAssertEqual(Language.chosen(by: ["LC_MESSAGES": "id_ID.UTF-8", "LANG": "C"]), .id, "LC_MESSAGES over LANG")
        XCTAssertEqual(Language.chosen(by: ["LC_ALL": "", "LANG": "id_ID.UTF-8"]), .id, "an empty LC_ALL is not set")
        XCTAssertEqual(Language.chosen(by: ["LANG": "C"]), .en)
        XCTAssertEqual(Language.chosen(by: ["LANG": "C.UTF-8"]), .en)
        XCTAssertEqual(Language.chosen(by: ["LANG": "en_US.UTF-8"]), .en)
        XCTAssertEqual(Language.chosen(by: ["LANG": "ind_ID"]), .en, "only the code id (or the old in) is Indonesian")
        XCTAssertEqual(Language.chosen(by: ["LANG": ""]), .en)
    }

    /// `pick` builds only the text shown, and a task can read the other language without changing the process's.
    func testPickFollowsTheTaskLanguage() {
        XCTAssertEqual(Text.language, .en, "tests run in English")
        XCTAssertEqual(Text.Command.nothingToUndo, "nothing to undo")
        Text.$language.withValue(.id) {
            XCTAssertEqual(Text.Command.nothingToUndo, "tidak ada yang dapat diurungkan")
            XCTAssertEqual(Text.Status.done, "Terlaksana", "the plan's words are Indonesian in both")
        }
        XCTAssertEqual(Text.Status.done, "Terlaksana")
    }

    static func checkGolden(_ actual: String, _ name: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let url = CommandRunner.packageRoot.appendingPathComponent("Tests/RencanaCLITests/Golden/\(name).txt")
        if ProcessInfo.processInfo.environment["RENCANA_RECORD_GOLDEN"] == "1" {
            try actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        XCTAssertEqual(actual, expected, "\(name) differs from its golden file", file: file, line: line)
    }
}
