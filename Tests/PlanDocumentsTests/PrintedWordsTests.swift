import Foundation
import XCTest
import PlanDocuments
import PlanModel
import PlanXlsx

/// Issue 21's walkthrough: the Laporan Monev TW I, printed through LibreOffice (xlsx) and Chromium (html), cut
/// ordinary words in its narrow KENDALA, TINDAK LANJUT and KET. columns (`Penyelenggaraa|n`, `(Perundan|gan/Deregulas|i`,
/// `5/ORT.07/92|04/2022`): 22 and 18 such splits on the real plan's F4 TW I (xlsx, html), 59 and 70 on A4. The kendala,
/// tindak lanjut, tenggat and KET. now go in a note under the row, across the table, and each of the eleven columns is
/// as wide as its widest word, the widest words given up first where the page cannot hold them all. Here a TW I with
/// long Indonesian words in its kendala, tindak lanjut and catatan is printed on F4 and A4, and no word is split over
/// two lines in a column (or a note) it fits in: only a word wider than its column may break (a URL, a file name, a
/// long `a/b` compound, which the workbook no longer breaks after its slash).
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

    func testNoWordIsSplitInAColumnItFitsInOnF4AndA4() throws {
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
            // The year report's workbook too: fourteen columns, the narrowest on A4 (issue 21's third review).
            let year = try Self.report(paper: paper, period: .year)
            reports["year-\(paper == .f4 ? "f4" : "a4")"] = year
            try MonevWorkbook.data(year).write(to: work.appendingPathComponent("year-\(paper == .f4 ? "f4" : "a4").xlsx"))
        }
        _ = try Self.run("soffice", ["--headless", "-env:UserInstallation=file://\(work.path)/lo", "--convert-to", "pdf",
                                     "--outdir", work.path, "tw1-f4.xlsx", "tw1-a4.xlsx", "year-f4.xlsx", "year-a4.xlsx"], in: work)
        for name in ["tw1-f4", "tw1-a4"] {
            _ = try Self.run("chromium", ["--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                                          "--user-data-dir=\(work.path)/chromium", "--print-to-pdf=\(work.path)/\(name)-html.pdf",
                                          "file://\(work.path)/\(name).html"], in: work)
        }
        // The words wider than their column that break between letters, at most: none. The plan's `a/b` compounds in
        // KEGIATAN, SUB KEGIATAN and INDIKATOR (`Menyempurnakan/mengubah`, `output/mutu/waktu/biaya)`) break after their
        // slash: the html with `<wbr>`, the workbook with a zero-width space in those words alone (`MonevLayout.cellText`).
        // The year report on A4 is the exception, known and bounded: its fourteen columns need 894 pt for their headings
        // and widest words (`Penyelenggaraan` 110 pt in KEGIATAN, `penandatanganan` 129 in SUB KEGIATAN, 124 in
        // INDIKATOR) and A4 landscape gives 780 (F4: 874), so those three columns give up their longest words, which
        // break (13 on the real plan). Only a column fewer, or type under 8 pt, would make room.
        let most = ["tw1-f4.pdf": 0, "tw1-f4-html.pdf": 0, "tw1-a4.pdf": 0, "tw1-a4-html.pdf": 0, "year-f4.pdf": 0, "year-a4.pdf": 13]
        var afterSlash = 0
        for (name, report) in reports.sorted(by: { $0.key < $1.key }) {
            for pdf in name.hasPrefix("year") ? ["\(name).pdf"] : ["\(name).pdf", "\(name)-html.pdf"] {
                let bbox = try Self.run("pdftotext", ["-bbox", work.appendingPathComponent(pdf).path, "-"], in: work)
                XCTAssertTrue(bbox.contains("Profesionalisme") || bbox.contains("Profesional"), "\(pdf): the tindak lanjut is printed")
                let found = Self.splits(bbox, report: report)
                XCTAssertEqual(found.fitting, [], "\(pdf): words cut over two lines in a column they fit in")
                // A line that ends just after a slash: a compound broken where it may be.
                afterSlash += Workbook.matches(#">([^<]*/\x{200B}?)</word>"#, in: bbox).count
                XCTAssertLessThanOrEqual(found.longer.count, most[pdf] ?? 0, "\(pdf): words wider than their column split: \(found.longer)")
            }
        }
        // The compounds wider than their column do break, after a slash (the test sees them at all).
        XCTAssertGreaterThan(afterSlash, 0)
    }

    /// Each table column's words (letters and digits, lowercased) with the width of the line-breaking piece each is
    /// part of (`MonevLayout.wordWidths`), by column; and the notes' words.
    static func words(_ report: MonevReport) -> (columns: [[String: Double]], notes: [String: Double]) {
        var columns = [[String: Double]](repeating: [:], count: report.columns.count), notes: [String: Double] = [:]
        func add(_ text: String, to words: inout [String: Double]) {
            for piece in text.split(whereSeparator: { $0 == " " || $0 == "\n" }).flatMap(pieces) {
                var widths = Set<Double>()
                MonevLayout.wordWidths(String(piece), into: &widths)
                let width = widths.max() ?? 0
                for run in runs(String(piece)) { words[run] = max(words[run] ?? 0, width) }
            }
        }
        for line in report.lines {
            switch line {
            case .row(let number, let kegiatan, let sub, let cells):
                for (column, text) in ([number, kegiatan?.text ?? "", sub?.text ?? ""] + cells).enumerated() where column < columns.count {
                    add(text, to: &columns[column])
                }
            case .note: add(line.noteText, to: &notes)
            case .area: continue
            }
        }
        return (columns, notes)
    }

    /// A word's pieces as a line may break it: after each `-` (LibreOffice breaks none after a slash).
    static func pieces(_ word: Substring) -> [Substring] {
        var out: [Substring] = [], start = word.startIndex
        for i in word.indices where word[i] == "-" {
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

    /// Each pair of printed pieces, the end of one line and the start of the next in the same cell, that joins into a
    /// word of the table's column at that place (or of a note) while one piece alone is no word: `x|y`; `fitting` when
    /// the column (the note) is wide enough for the word (`MonevLayout.wordRoom`), `longer` when not.
    static func splits(_ bbox: String, report: MonevReport) -> (fitting: [String], longer: [String]) {
        let (columns, notes) = words(report)
        let all = columns.reduce(notes) { $0.merging($1) { max($0, $1) } }
        let points = report.columnPoints
        let noteWidth = points[3...].reduce(0, +)
        // The table starts at the page's left margin (0.4 in in the workbook, 10 mm in the html).
        let left = 28.5
        var fitting: [String] = [], longer: [String] = []
        for page in bbox.components(separatedBy: "<page ").dropFirst() {
            let boxes = Self.boxes(page)
            for a in boxes {
                guard let x = runs(a.text).last, a.text.last.map({ $0.isLetter || $0.isNumber }) == true else { continue }
                for b in boxes where (5...16).contains(b.yMin - a.yMin) && b.xMin <= a.xMin + 1 && b.xMin >= a.xMin - 400 {
                    guard let y = runs(b.text).first, b.text.first.map({ $0.isLetter || $0.isNumber }) == true,
                          all[x + y] != nil, all[x] == nil || all[y] == nil else { continue }
                    // The same cell: a line of it starts where `b` starts (the cells' text is left-aligned).
                    guard boxes.contains(where: { abs($0.yMin - a.yMin) < 1 && abs($0.xMin - b.xMin) < 1.5 }) else { continue }
                    var edge = left, column = 0
                    while column < points.count - 1 && edge + points[column] < b.xMin { edge += points[column]; column += 1 }
                    let room: Double
                    if let width = columns[column][x + y] { room = points[column] - MonevLayout.wordRoom(width) }
                    else if let width = notes[x + y] { room = noteWidth - MonevLayout.wordRoom(width) }
                    else { continue }
                    let split = "\(a.text)|\(b.text) (\(report.columns[column]))"
                    if room >= 0 { fitting.append(split) } else { longer.append(split) }
                }
            }
        }
        return (fitting, longer)
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
