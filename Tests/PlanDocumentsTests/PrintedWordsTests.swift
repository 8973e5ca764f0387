import Foundation
import XCTest
import PlanDocuments
import PlanModel
import PlanXlsx

/// Issue 21's walkthrough: the Laporan Monev TW I, printed through LibreOffice (xlsx) and Chromium (html), cut
/// ordinary words in its narrow KENDALA, TINDAK LANJUT and KET. columns (`Penyelenggaraa|n`, `(Perundan|gan/Deregulas|i`,
/// `5/ORT.07/92|04/2022`). Each column is now at least as wide as its widest word up to the cap the page allows
/// (`MonevReport.wordCap`), and a line may break after every slash. Here a TW I with long Indonesian words in its
/// kendala, tindak lanjut and catatan is printed on F4 and A4, and no word up to the cap may be split over two lines.
final class PrintedWordsTests: XCTestCase {
    static func report(paper: Paper, period: ReportPeriod = .triwulan(1)) throws -> MonevReport {
        let (plan, base) = try MonevReportTests.scenario()
        var r = base
        r.reviews["1.1.1.1"] = [1: Review(kendala: "Penyelenggaraan rapat koordinasi bertabrakan dengan tahapan (Perundangan/Deregulasi) "
                                          + "yang dijadwalkan ulang", tindakLanjut: "Peningkatan Profesionalisme pegawai Subbagian "
                                          + "Keuangan melalui bimbingan teknis", tenggat: "2022-04-20")]
        r.cells["1.1.1.1"]?[.jan]?.note = "Pertanggungjawaban Penyelenggaraan (Perundangan/Deregulasi) Profesionalisme Subbagian"
        r.evidence[0].number = "5/ORT.07/9204/2022"
        let tracker = ProgressTracker(plan: plan, marks: plan.rows.map(\.baseline), realisation: r)
        var signer = ReportSigner()
        signer.place = "Teminabuan"
        signer.date = "2022-04-08"
        signer.signer = "Yohanes Kambu"
        return MonevReport(plan: plan, realisation: r, period: period, progress: tracker, asOf: .mar, signer: signer, paper: paper)
    }

    func testNoWordUpToTheCapIsSplitOverTwoLinesOnF4AndA4() throws {
        for tool in ["soffice", "chromium", "pdftotext"] where Self.which(tool) == nil {
            XCTFail("\(tool) is not installed: .ci/run installs libreoffice-calc, chromium and poppler-utils")
            return
        }
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("rencana-words-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        var reports: [String: MonevReport] = [:]
        for paper in [Paper.f4, .a4] {
            let report = try Self.report(paper: paper)
            let name = "tw1-\(paper == .f4 ? "f4" : "a4")"
            reports[name] = report
            try MonevWorkbook.data(report).write(to: work.appendingPathComponent("\(name).xlsx"))
            try Data(MonevReportHTML.html(report).utf8).write(to: work.appendingPathComponent("\(name).html"))
        }
        // The widest word every column has room for: on the real plan, whose KEGIATAN, SUB KEGIATAN and INDIKATOR need
        // their room for their own long words, F4 leaves every column room for words of 36 pt (`Penyelenggaraan` is 70 pt), A4 of 29 pt.
        XCTAssertGreaterThanOrEqual(try XCTUnwrap(reports["tw1-f4"]).wordCap, 35, "F4: every column has room for `Terlaksana`")
        XCTAssertGreaterThanOrEqual(try XCTUnwrap(reports["tw1-a4"]).wordCap, 28, "A4: every column has room for `Sebagian`")
        _ = try Self.run("soffice", ["--headless", "-env:UserInstallation=file://\(work.path)/lo", "--convert-to", "pdf",
                                     "--outdir", work.path, "tw1-f4.xlsx", "tw1-a4.xlsx"], in: work)
        for name in ["tw1-f4", "tw1-a4"] {
            _ = try Self.run("chromium", ["--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                                          "--user-data-dir=\(work.path)/chromium", "--print-to-pdf=\(work.path)/\(name)-html.pdf",
                                          "file://\(work.path)/\(name).html"], in: work)
        }
        for (name, report) in reports.sorted(by: { $0.key < $1.key }) {
            for pdf in ["\(name).pdf", "\(name)-html.pdf"] {
                let bbox = try Self.run("pdftotext", ["-bbox", work.appendingPathComponent(pdf).path, "-"], in: work)
                XCTAssertTrue(bbox.contains("Profesionalisme") || bbox.contains("Profesional"), "\(pdf): the tindak lanjut is printed")
                XCTAssertEqual(Self.splits(bbox, report: report), [], "\(pdf): words cut over two lines (cap \(Int(report.wordCap)) pt)")
            }
        }
    }

    /// The words of the report's table (letters and digits) with the width of the narrowest line-breaking piece
    /// (`MonevLayout.wordWidths`) each is part of.
    static func words(_ report: MonevReport) -> [String: Double] {
        var words: [String: Double] = [:]
        for line in report.lines {
            guard case .row(let number, let kegiatan, let sub, let cells) = line else { continue }
            for text in [number, kegiatan?.text ?? "", sub?.text ?? ""] + cells {
                for piece in text.split(whereSeparator: { $0 == " " || $0 == "\n" }).flatMap(pieces) {
                    var widths = Set<Double>()
                    MonevLayout.wordWidths(String(piece), into: &widths)
                    let width = widths.max() ?? 0
                    for run in runs(String(piece)) { words[run] = max(words[run] ?? 0, width) }
                }
            }
        }
        return words
    }

    /// A word's pieces as a line may break it: after each `/` or `-`.
    static func pieces(_ word: Substring) -> [Substring] {
        var out: [Substring] = [], start = word.startIndex
        for i in word.indices where word[i] == "/" || word[i] == "-" {
            out.append(word[start...i])
            start = word.index(after: i)
        }
        if start < word.endIndex { out.append(word[start...]) }
        return out
    }

    /// The runs of letters and digits of `text`, lowercased.
    static func runs(_ text: String) -> [String] {
        text.lowercased().split { !($0.isLetter || $0.isNumber) }.map(String.init)
    }

    /// Each pair of printed pieces, the end of one line and the start of the next in the same cell, that joins
    /// into a word of the report up to its cap while one piece alone is no word: `x|y`.
    static func splits(_ bbox: String, report: MonevReport) -> [String] {
        let words = words(report), cap = report.wordCap + 0.5
        var found: [String] = []
        for page in bbox.components(separatedBy: "<page ").dropFirst() {
            let boxes = Self.boxes(page)
            for a in boxes {
                guard let x = runs(a.text).last, a.text.last.map({ $0.isLetter || $0.isNumber }) == true else { continue }
                for b in boxes where (5...16).contains(b.yMin - a.yMin) && b.xMin <= a.xMin + 1 && b.xMin >= a.xMin - 400 {
                    guard let y = runs(b.text).first, b.text.first.map({ $0.isLetter || $0.isNumber }) == true,
                          let width = words[x + y], width <= cap, words[x] == nil || words[y] == nil else { continue }
                    // The same cell: a line of it starts where `b` starts (the cells' text is left-aligned).
                    guard boxes.contains(where: { abs($0.yMin - a.yMin) < 1 && abs($0.xMin - b.xMin) < 1.5 }) else { continue }
                    found.append("\(a.text)|\(b.text)")
                }
            }
        }
        return found
    }

    static func boxes(_ page: String) -> [(text: String, xMin: Double, yMin: Double)] {
        let pattern = try! NSRegularExpression(pattern: #"xMin="([0-9.]+)" yMin="([0-9.]+)" xMax="[0-9.]+" yMax="[0-9.]+">([^<]*)<"#)
        return pattern.matches(in: page, range: NSRange(page.startIndex..., in: page)).compactMap { match in
            let group = { (i: Int) in String(page[Range(match.range(at: i), in: page)!]) }
            guard let x = Double(group(1)), let y = Double(group(2)) else { return nil }
            let text = group(3).replacingOccurrences(of: "&amp;", with: "&").filter { $0 != "\u{200B}" }
            return (text, x, y)
        }
    }

    static func which(_ tool: String) -> String? {
        ["/usr/bin", "/usr/local/bin", "/bin"].map { "\($0)/\(tool)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Runs a tool in `folder` and returns its standard output (through a file: a large output never blocks it).
    static func run(_ tool: String, _ arguments: [String], in folder: URL) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try XCTUnwrap(which(tool)))
        process.arguments = arguments
        process.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment
        environment["HOME"] = folder.path
        process.environment = environment
        let out = folder.appendingPathComponent("out-\(UUID().uuidString)")
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
