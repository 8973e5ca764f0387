import Foundation
import XCTest

/// Issue 20: `report` takes `progress`'s period options (the shared `PeriodOptions`), so every period `progress`
/// counts can be printed as a Laporan with the same figures, and the old report spellings still work.
final class ReportPeriodOptionsTests: XCTestCase {
    private var cli: CommandRunner!
    override func setUpWithError() throws {
        cli = try CommandRunner()
        cli.environment["RENCANA_TODAY"] = "2022-07-04"
    }
    override func tearDown() { cli.cleanUp() }

    @discardableResult
    private func ok(_ arguments: [String], file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let result = try cli.run(arguments)
        XCTAssertEqual(result.status, 0, "\(arguments): \(result.stderr)", file: file, line: line)
        return result.stdout
    }

    /// The report's REKAPITULASI figures (due … kurang bukti, the total last), without the area names.
    private func reportFigures(_ options: [String]) throws -> [String] {
        let csv = try ok(["report", "--format", "csv"] + options)
        let lines = csv.components(separatedBy: "\r\n")
        guard let start = lines.firstIndex(where: { $0.hasPrefix("AREA PERUBAHAN,JATUH TEMPO") }) else {
            XCTFail("no summary in \(csv)")
            return []
        }
        return lines[(start + 1)...].prefix { !$0.isEmpty }.map { Self.figures($0) }
    }

    /// `progress`'s figures by area, the total last, in the same shape.
    private func progressFigures(_ options: [String]) throws -> [String] {
        let csv = try ok(["progress", "--format", "csv"] + options)
        return csv.components(separatedBy: "\r\n").dropFirst().filter { !$0.isEmpty }.map { Self.figures($0) }
    }

    /// The last seven cells of a CSV line (a quoted percentage holds a comma): due, done, partly, missed, overdue, %, kurang bukti.
    private static func figures(_ line: String) -> String {
        var cells: [String] = [], cell = "", quoted = false
        for c in line {
            if c == "\"" { quoted.toggle() } else if c == "," && !quoted { cells.append(cell); cell = "" } else { cell.append(c) }
        }
        cells.append(cell)
        return cells.suffix(7).joined(separator: "|")
    }

    func testReportTakesUntilAloneAndNoPeriodAsProgressDoes() throws {
        try ok(["realize", "1.1.1.1", "Jan", "done"])
        try ok(["realize", "1.2.1.1", "Feb", "partly"])
        try ok(["realize", "1.2.1.1", "Jun", "missed"])
        for options in [["--until", "Jun"], ["--until", "2"], [], ["--tw", "2", "--until", "Apr"], ["--semester", "1"], ["--year"]] {
            let report = try reportFigures(options), progress = try progressFigures(options)
            XCTAssertEqual(report.count, 9, "\(options)")
            XCTAssertEqual(report, progress, "\(options): the report prints progress's figures")
        }
        let markdown = try ok(["report", "--until", "Jun"])
        XCTAssertTrue(markdown.contains("**SAMPAI DENGAN JUNI TAHUN 2022 (JANUARI – JUNI 2022)**"), markdown)
        // No period: January up to today's month (RENCANA_TODAY is in July), as progress counts it.
        XCTAssertTrue(try ok(["report"]).contains("**SAMPAI DENGAN JULI TAHUN 2022 (JANUARI – JULI 2022)**"))
        XCTAssertTrue(try ok(["progress"]).hasPrefix("Capaian Januari s.d. Juli, keadaan s.d. Juli\n"))
        // The old spellings still name their periods.
        XCTAssertTrue(try ok(["report", "--tw", "1"]).contains("**TRIWULAN I TAHUN 2022 (JANUARI – MARET 2022)**"))
        XCTAssertTrue(try ok(["report", "--year"]).contains("**LAPORAN TAHUNAN MONITORING"))
    }

    func testReportAndProgressRefuseTheSamePeriodOptionsInTheSameWords() throws {
        for options in [["--tw", "1", "--semester", "1"], ["--tw", "5"], ["--semester", "3"], ["--until", "Juno"], ["--year", "--tw", "2"]] {
            let report = try cli.run(["report"] + options), progress = try cli.run(["progress"] + options)
            XCTAssertEqual(report.status, 64, "\(options): \(report.stderr)")
            XCTAssertEqual(report.stderr, progress.stderr, "\(options)")
            XCTAssertEqual(report.status, progress.status, "\(options)")
        }
    }
}
