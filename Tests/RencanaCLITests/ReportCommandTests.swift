import Foundation
import XCTest

/// `rencana report` through the real binary: the Laporan Monev of a recorded TW I gives the figures
/// `rencana progress` prints, and the signer given once is remembered for the next report.
final class ReportCommandTests: XCTestCase {
    /// TW I of area 1: two done, one partly, one missed, one moved to April.
    func recordTriwulanI(_ runner: CommandRunner) throws {
        let steps: [[String]] = [
            ["realize", "plan.json", "1.1.1.1", "Jan", "done", "--date", "2022-01-20"],
            ["realize", "plan.json", "1.1.2.1", "Jan", "done"],
            ["realize", "plan.json", "1.3.1.1", "Jan", "partly"],
            ["realize", "plan.json", "1.3.1.4", "Feb", "missed", "--note", "Narasumber berhalangan"],
            ["realize", "plan.json", "1.4.3.1", "Mar", "moved:Apr"],
        ]
        for step in steps {
            let result = try runner.run(step)
            XCTAssertEqual(result.status, 0, "\(step): \(result.stderr)")
        }
    }

    /// The figure fields (due … kurang bukti) of a line, after its name.
    func figures(_ fields: [String]) -> [String] { Array(fields.suffix(7)) }

    func testReportGivesTheFiguresOfProgress() throws {
        let runner = try CommandRunner()
        try recordTriwulanI(runner)
        let progress = try runner.run(["progress", "plan.json", "--tw", "1", "--by", "area", "--format", "csv"])
        XCTAssertEqual(progress.status, 0, progress.stderr)
        let progressLine = progress.stdout.components(separatedBy: "\r\n")[1]
        // By hand (see MonitoringCommandTests): 22 due, 2 done, 1 partly, 1 missed, 18 overdue, 11,4 %,
        // and 3 done or partly without evidence (no evidence recorded here).
        XCTAssertEqual(progressLine, "1,Manajemen Perubahan,22,2,1,1,18,\"11,4%\",3")
        let progressFigures = ["22", "2", "1", "1", "18", "11,4%", "3"]

        let csv = try runner.run(["report", "plan.json", "--tw", "1", "--format", "csv"])
        XCTAssertEqual(csv.status, 0, csv.stderr)
        let csvLines = csv.stdout.components(separatedBy: "\r\n")
        let summary = try XCTUnwrap(csvLines.firstIndex(of: "REKAPITULASI PER AREA"))
        XCTAssertEqual(csvLines[summary + 2], "1. Manajemen Perubahan,22,2,1,1,18,\"11,4%\",3")
        // The same figure fields, after the name, as `rencana progress`.
        XCTAssertEqual(String(csvLines[summary + 2].dropFirst("1. Manajemen Perubahan,".count)),
                       String(progressLine.dropFirst("1,Manajemen Perubahan,".count)))

        let markdown = try runner.run(["report", "plan.json", "--tw", "1", "--format", "markdown"])
        XCTAssertEqual(markdown.status, 0, markdown.stderr)
        let mdLine = try XCTUnwrap(markdown.stdout.components(separatedBy: "\n")
            .first { $0.hasPrefix("| 1. Manajemen Perubahan |") })
        XCTAssertEqual(mdLine, "| 1. Manajemen Perubahan | 22 | 2 | 1 | 1 | 18 | 11,4% | 3 |")
        let mdFields = mdLine.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
        XCTAssertEqual(figures(mdFields), progressFigures)
        // The whole plan's line too: 216 planned in TW I, one moved out.
        let progressPlan = progress.stdout.components(separatedBy: "\r\n")[9]
        XCTAssertEqual(progressPlan, ",Seluruh rencana aksi,215,2,1,1,211,\"1,2%\",3")
        XCTAssertTrue(markdown.stdout.contains("| JUMLAH | 215 | 2 | 1 | 1 | 211 | 1,2% | 3 |\n"))
    }

    func testSignerGivenOnceIsRememberedAndJournalled() throws {
        var runner = try CommandRunner()
        runner.environment["RENCANA_TODAY"] = "2022-07-04"
        try recordTriwulanI(runner)
        let first = try runner.run(["report", "plan.json", "--tw", "1", "--format", "markdown",
                                    "--place", "Teminabuan", "--date", "2022-04-08", "--signer", "Yohanes Kambu",
                                    "--signer-title", "Sekretaris", "--nip", "19700101 199003 1 001"])
        XCTAssertEqual(first.status, 0, first.stderr)
        let closing = "Teminabuan, 8 April 2022  \nSEKRETARIS  \nYOHANES KAMBU  \nNIP 19700101 199003 1 001  \n"
        XCTAssertTrue(first.stdout.hasSuffix(closing), String(first.stdout.suffix(200)))
        // A second report without the options signs with the same place, signer, title and NIP, but today
        // (issue 20: a signing date is never taken silently from an earlier report).
        let second = try runner.run(["report", "plan.json", "--tw", "1", "--format", "markdown"])
        XCTAssertEqual(second.status, 0, second.stderr)
        XCTAssertTrue(second.stdout.hasSuffix(closing.replacingOccurrences(of: "8 April 2022", with: "4 Juli 2022")),
                      String(second.stdout.suffix(200)))
        // Each remembered field is one `signer` entry of the journal, with who and when; the date is not remembered.
        let log = try runner.run(["log", "plan.json"])
        XCTAssertEqual(log.stdout.components(separatedBy: "\n").filter { $0.contains("  signer  ") || $0.contains(" signer ") }.count, 4,
                       log.stdout)
        // Changing one field keeps the others; an empty NIP drops it; the Indonesian long form is a date too.
        let third = try runner.run(["report", "plan.json", "--tw", "1", "--format", "markdown", "--nip", "", "--date", "8 april 2022"])
        XCTAssertEqual(third.status, 0, third.stderr)
        XCTAssertTrue(third.stdout.hasSuffix("Teminabuan, 8 April 2022  \nSEKRETARIS  \nYOHANES KAMBU  \n"),
                      String(third.stdout.suffix(200)))
    }

    func testOutputFileAndBadUsage() throws {
        let runner = try CommandRunner()
        let out = runner.stateHome.appendingPathComponent("laporan.xlsx")
        let written = try runner.run(["report", "plan.json", "--tw", "1", "--format", "xlsx", "--out", out.path])
        XCTAssertEqual(written.status, 0, written.stderr)
        XCTAssertEqual(try Data(contentsOf: out).prefix(2), Data("PK".utf8))
        // An existing file is kept unless --force, and a refused report remembers no signer.
        let again = try runner.run(["report", "plan.json", "--tw", "1", "--format", "xlsx", "--out", out.path, "--signer", "Z"])
        XCTAssertEqual(again.status, 1)
        XCTAssertEqual(again.stderr.components(separatedBy: "\n").count, 2, again.stderr)
        let log = try runner.run(["log", "plan.json"])
        XCTAssertEqual(log.status, 0, log.stderr)
        XCTAssertFalse(log.stdout.contains("signer"), log.stdout)
        // No period is January up to today's month, as in `progress` (ReportPeriodOptionsTests): not a usage error.
        for (arguments, code) in [(["report", "plan.json", "--tw", "1", "--year", "--format", "csv"], Int32(64)),
                                  (["report", "plan.json", "--tw", "5", "--format", "csv"], 64),
                                  (["report", "plan.json", "--tw", "1", "--format", "pdf"], 64),
                                  (["report", "plan.json", "--tw", "1", "--format", "csv",
                                    "--signer", String(repeating: "x", count: 10_001)], 64)] {
            let result = try runner.run(arguments)
            XCTAssertEqual(result.status, code, "\(arguments)")
            XCTAssertEqual(result.stderr.components(separatedBy: "\n").count, 2, result.stderr)
            XCTAssertEqual(result.stdout, "")
        }
    }

    /// The paper options go with what they shape: a clear one-line usage error otherwise (issue 21).
    func testPaperOptionsAreRefusedWhereTheyMeanNothing() throws {
        let plan = CommandRunner.packageRoot.appendingPathComponent("plan.json").path
        let cli = try CommandRunner()
        defer { cli.cleanUp() }
        for (arguments, message) in [
            (["report", plan, "--tw", "1", "--mengetahui-name", "Ester Homer"], "--mengetahui-name and --mengetahui-nip go with --mengetahui"),
            (["export", plan, "--format", "csv", "--salinan"], "--salinan and --number-first-page shape the printed LAMPIRAN"),
            (["export", plan, "--format", "html", "--salinan-nip", "1"], "--salinan-title, --salinan-signer and --salinan-nip go with --salinan"),
        ] {
            let result = try cli.run(arguments)
            XCTAssertEqual(result.status, 64, arguments.joined(separator: " "))
            XCTAssertTrue(result.stderr.contains(message), result.stderr)
            XCTAssertEqual(result.stdout, "")
        }
        let ok = try cli.run(["report", plan, "--tw", "1", "--format", "markdown", "--mengetahui", "Ketua KPU Kabupaten Sorong Selatan"])
        XCTAssertEqual(ok.status, 0, ok.stderr)
        XCTAssertTrue(ok.stdout.contains("Mengetahui,  \nKETUA KPU  \nKABUPATEN SORONG SELATAN  \nESTER HOMER  \n"), ok.stdout)
    }
}
