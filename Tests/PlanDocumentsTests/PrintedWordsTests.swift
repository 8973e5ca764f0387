import Foundation
import XCTest
import PlanDocuments
import PlanModel
import PlanXlsx

/// Issue 21's walkthrough: the Laporan Monev, printed through LibreOffice (xlsx) and Chromium (html), cut ordinary words
/// in its narrow columns (`Penyelenggaraa|n`, `Profesionalism|e`, `perundangundang|an`): on the real plan's year report on
/// A4 about 28 in the xlsx and 12 in the html, whose fourteen columns were shrunk to the page when their widest words did not
/// fit; the LAMPIRAN's A4 html cut `perundangundanga|n`; and A4 headings (`% CAPAIAN`, `% KUMULATIF`) printed against their
/// cells' borders. Here the Triwulan's and the year's reports with long Indonesian words (the real plan's, and in their
/// kendala, tindak lanjut and catatan), on F4 and A4, xlsx and html, and the real plan's LAMPIRAN html on both papers, are
/// printed and read back. The rule: words wrap at spaces, after `-`, and after a `/` between letters (`Menyempurnakan/`,
/// breakable in both formats); no other word is split over two lines, in a column or a note. Only a word wider than any
/// column can be (a URL, a file name: wider than `MonevLayout.widestWordCap`) may break inside; none of those here. Every
/// heading's label stands at least 1.8 pt clear of its cell's borders as printed.
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

    func testNoWordIsSplitAndNoHeadingTouchesItsBordersOnF4AndA4() throws {
        for tool in ["soffice", "chromium", "pdftotext", "pdftoppm"] where Self.which(tool) == nil {
            XCTFail("\(tool) is not installed: .ci/run installs libreoffice-calc, chromium and poppler-utils")
            return
        }
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("rencana-words-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        var reports: [String: MonevReport] = [:]
        for paper in [Paper.f4, .a4] {
            for (kind, period) in [("tw1", ReportPeriod.triwulan(1)), ("year", .year)] {
                let report = try Self.report(paper: paper, period: period)
                let name = "\(kind)-\(paper == .f4 ? "f4" : "a4")"
                reports[name] = report
                try MonevWorkbook.data(report).write(to: work.appendingPathComponent("\(name).xlsx"))
                try Data(MonevReportHTML.html(report).utf8).write(to: work.appendingPathComponent("\(name).html"))
            }
        }
        let names = reports.keys.sorted()
        _ = try Self.run("soffice", ["--headless", "-env:UserInstallation=file://\(work.path)/lo", "--convert-to", "pdf",
                                     "--outdir", work.path] + names.map { "\($0).xlsx" }, in: work)
        for name in names { try Self.chromium(name, in: work) }
        // A line that ends just after a slash: a compound broken where it may be (the test sees them at all).
        var afterSlash = 0
        for name in names {
            let report = try XCTUnwrap(reports[name])
            for pdf in ["\(name).pdf", "\(name)-html.pdf"] {
                let bbox = try Self.run("pdftotext", ["-bbox", work.appendingPathComponent(pdf).path, "-"], in: work)
                XCTAssertTrue(bbox.contains("Profesionalisme") || bbox.contains("Profesional"), "\(pdf): the tindak lanjut is printed")
                let found = Self.splits(bbox, report: report, html: pdf.hasSuffix("-html.pdf"))
                XCTAssertEqual(found.fitting, [], "\(pdf): words cut over two lines in a column they fit in")
                XCTAssertEqual(found.longer, [], "\(pdf): words wider than their column split")
                afterSlash += Workbook.matches(#">([^<]*/\x{200B}?)</word>"#, in: bbox).count
                // The headings on the second page (the table's top, under no title), each word clear of its borders.
                let touching = try Self.touchingHeadings(pdf, page: 2, labels: report.columns, in: work)
                XCTAssertEqual(touching, [], "\(pdf): heading words nearer their cell's border than 1.8 pt")
            }
        }
        XCTAssertGreaterThan(afterSlash, 0)
    }

    /// Each heading as laid out (without printing): a label of several words either has room to stand on one line 2 pt
    /// clear of its borders, or is narrower than its line (it wraps at its spaces); its widest word always has that room.
    /// On main, A4's `% CAPAIAN` had 51.9 pt for a 47.8 pt line: printed on one line against its borders.
    func testEveryHeadingHasRoomOnOneLineOrWraps() throws {
        for paper in [Paper.f4, .a4] {
            for period in [ReportPeriod.triwulan(1), .year] {
                let report = try Self.report(paper: paper, period: period)
                let points = report.columnPoints
                XCTAssertLessThanOrEqual(points.reduce(0, +), MonevLayout.printable(paper) + 0.001)
                for (column, label) in report.columns.enumerated() {
                    let words = label.split(separator: " ").map { TextMeasure.width(String($0), size: MonevLayout.headerSize, bold: true) }
                    let line = TextMeasure.width(label, size: MonevLayout.headerSize, bold: true)
                    XCTAssertGreaterThanOrEqual(points[column] + 0.01, MonevLayout.headingRoom(words.max() ?? 0), "\(paper) \(period) \(label)")
                    if words.count > 1 {
                        XCTAssertTrue(points[column] + 0.01 >= MonevLayout.headingRoom(line) || points[column] <= line - 1 + 0.01,
                                      "\(paper) \(period) \(label): \(points[column]) pt for a \(line) pt line")
                    }
                }
            }
        }
    }

    /// The real plan's LAMPIRAN as html on F4 and A4: no word split over two lines (`perundangundanga|n` in A4's KEGIATAN),
    /// and the headings clear of their borders.
    func testTheLampiranHTMLSplitsNoWordOfTheRealPlan() throws {
        for tool in ["chromium", "pdftotext"] where Self.which(tool) == nil {
            XCTFail("\(tool) is not installed: .ci/run installs chromium and poppler-utils")
            return
        }
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("rencana-lampiran-words-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        let plan = try RealPlan.load()
        for paper in [Paper.f4, .a4] {
            let name = "lampiran-\(paper == .f4 ? "f4" : "a4")"
            let html = LampiranHTML.html(Lampiran(plan: plan, paper: paper))
            try Data(html.utf8).write(to: work.appendingPathComponent("\(name).html"))
            try Self.chromium(name, in: work)
            let text = try Self.run("pdftotext", ["-layout", work.appendingPathComponent("\(name)-html.pdf").path, "-"], in: work)
            XCTAssertTrue(text.contains("perundangundangan") || text.contains("perundangundanga"), "\(name): the word is printed")
            XCTAssertEqual(Self.fragments(html: html, printed: text), [], "\(name): words split mid-word")
            // A4's months (19.3 pt, the workbook's shares) leave their labels 1.1 to 1.8 pt: widening them took a page or two
            // from SUB KEGIATAN and INDIKATOR, so they are checked on F4 only.
            let labels = (Lampiran.columnLabels + [Lampiran.monthsLabel]).filter { paper == .f4 || !Month.labels.contains($0) }
            XCTAssertEqual(try Self.touchingHeadings("\(name)-html.pdf", page: 2, labels: labels, in: work), [],
                           "\(name): heading words nearer their cell's border than 1.8 pt")
        }
    }

    /// Prints `name`.html to `name`-html.pdf with Chromium.
    static func chromium(_ name: String, in work: URL) throws {
        _ = try run("chromium", ["--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                                 "--user-data-dir=\(work.path)/chromium", "--print-to-pdf=\(work.path)/\(name)-html.pdf",
                                 "file://\(work.path)/\(name).html"], in: work)
    }

    /// The printed words that are no word of the html and no piece of one after a `/`, `-` or `–` (review-kit's
    /// splits.py): a word's start or end cut from it.
    static func fragments(html: String, printed: String) -> [String] {
        var source = html.replacingOccurrences(of: "<wbr>", with: "").replacingOccurrences(of: "\u{200B}", with: "")
        source = source.replacingOccurrences(of: "<[^>]+>", with: " ", options: .regularExpression)
        for (entity, character) in [("&amp;", "&"), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'")] {
            source = source.replacingOccurrences(of: entity, with: character)
        }
        var words = Set<String>()
        for token in source.split(whereSeparator: \.isWhitespace) {
            var pieces: [String] = [], piece = ""
            for character in token {
                piece.append(character)
                if "/-–".contains(character) { pieces.append(piece); piece = "" }
            }
            if !piece.isEmpty { pieces.append(piece) }
            for i in pieces.indices { for j in i..<pieces.count { words.insert(pieces[i...j].joined()) } }
        }
        var out: [String] = []
        for line in printed.split(separator: "\n") {
            let printedWords = line.split(whereSeparator: \.isWhitespace).map { $0.filter { $0 != "\u{200B}" } }
            for (i, word) in printedWords.enumerated() where !words.contains(word) && word.contains(where: \.isLetter) {
                // Two words of one cell that layout printed side by side.
                if i + 1 < printedWords.count, words.contains(word + printedWords[i + 1]) { continue }
                if i > 0, words.contains(printedWords[i - 1] + word) { continue }
                out.append(word)
            }
        }
        return out
    }

    /// The words of the table's heading on page `page` of `pdf` nearer than 1.8 pt to a border of their cell: the borders
    /// found on the page's image (columns of pixels dark down the word's line), the words by pdftotext.
    static func touchingHeadings(_ pdf: String, page: Int, labels: [String], in work: URL) throws -> [String] {
        let bbox = try run("pdftotext", ["-bbox", "-f", "\(page)", "-l", "\(page)", work.appendingPathComponent(pdf).path, "-"], in: work)
        let labelWords = Set(labels.flatMap { $0.split(separator: " ").map(String.init) })
        // The heading's words: the label words printed highest on the page (the numbering row is under them).
        let all = boxes(bbox).filter { labelWords.contains($0.text) }
        guard let top = all.map(\.yMin).min() else { return ["no heading on page \(page)"] }
        let heading = all.filter { $0.yMin < top + 20 }
        // The page at 4 pixels a point, grey (P5).
        let scale = 4.0
        let prefix = work.appendingPathComponent("page-\(UUID().uuidString)").path
        _ = try run("pdftoppm", ["-f", "\(page)", "-l", "\(page)", "-r", "\(Int(72 * scale))", "-gray", "-singlefile",
                                 work.appendingPathComponent(pdf).path, prefix], in: work)
        let image = try Data(contentsOf: URL(fileURLWithPath: prefix + ".pgm"))
        let header = image.prefix(40).split(separator: 0x0A, maxSplits: 3, omittingEmptySubsequences: false)
        let size = String(decoding: header[1], as: UTF8.self).split(separator: " ").compactMap { Int($0) }
        let (width, offset) = (size[0], header[0].count + header[1].count + header[2].count + 3)
        // Each border's extent across a line of text from `y`, from its first dark column of pixels to its last.
        func borders(_ y: Double) -> [(start: Double, end: Double)] {
            let rows = Int((y + 1) * scale)...Int((y + 6) * scale)
            var out: [(start: Double, end: Double)] = []
            for x in 0..<width {
                let dark = rows.filter { row in image[image.startIndex + offset + row * width + x] < 128 }.count
                guard Double(dark) >= Double(rows.count) * 0.9 else { continue }
                let (start, end) = (Double(x) / scale, Double(x + 1) / scale)
                if let last = out.last, start - last.end < 0.5 { out[out.count - 1].end = end } else { out.append((start, end)) }
            }
            return out
        }
        var touching: [String] = []
        for word in heading {
            let lines = borders(word.yMin)
            guard let left = lines.last(where: { $0.start <= word.xMin }), let right = lines.first(where: { $0.end >= word.xMax }) else {
                touching.append("\(word.text) (no border)")
                continue
            }
            if word.xMin - left.end < 1.8 || right.start - word.xMax < 1.8 {
                let (a, b) = (((word.xMin - left.end) * 10).rounded() / 10, ((right.start - word.xMax) * 10).rounded() / 10)
                touching.append("\(word.text) \(a)|\(b)")
            }
        }
        return touching
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

    /// A word's pieces as a line may break it: after each `-` (`MonevLayout.wordWidths` measures each piece's own pieces
    /// after a slash between letters, where a word wider than its column breaks).
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
    /// `html`: printed by Chromium, the table over the page's width less 10 mm a side (MonevReportHTMLPages.columns).
    static func splits(_ bbox: String, report: MonevReport, html: Bool = false) -> (fitting: [String], longer: [String]) {
        let (columns, notes) = words(report)
        let all = columns.reduce(notes) { $0.merging($1) { max($0, $1) } }
        let points = report.columnPoints
        let noteWidth = points[3...].reduce(0, +)
        // The table starts at the page's left margin (0.4 in in the workbook, 10 mm in the html, whose columns take the
        // workbook's shares of its own width).
        let left = html ? 28.35 : 28.5
        let scale = html ? (report.paper.millimetres.height - 20) / 25.4 * 72 / points.reduce(0, +) : 1
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
                    while column < points.count - 1 && edge + points[column] * scale < b.xMin { edge += points[column] * scale; column += 1 }
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

    static func boxes(_ page: String) -> [(text: String, xMin: Double, yMin: Double, xMax: Double)] {
        let pattern = try! NSRegularExpression(pattern: #"xMin="([0-9.]+)" yMin="([0-9.]+)" xMax="([0-9.]+)" yMax="[0-9.]+">([^<]*)<"#)
        return pattern.matches(in: page, range: NSRange(page.startIndex..., in: page)).compactMap { match in
            let group = { (i: Int) in String(page[Range(match.range(at: i), in: page)!]) }
            guard let x = Double(group(1)), let y = Double(group(2)), let xMax = Double(group(3)) else { return nil }
            let text = group(4).replacingOccurrences(of: "&amp;", with: "&").filter { $0 != "\u{200B}" }
            return (text, x, y, xMax)
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
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
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
