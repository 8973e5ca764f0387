import Foundation
import XCTest
import PlanDocuments
import PlanExport
import PlanModel
import PlanXlsx

/// Issue 21's xlsx as a reviewer reads them, printed through LibreOffice and looked at as images: the LAMPIRAN of the
/// real plan and the Laporan Monev of the reviewer's TW I (with its evidence numbers), F4 and A4, printed once for the
/// class. Each word's distance to the cell border at its right is read off the page image (poppler's gray bitmap) and
/// its box (pdftotext -bbox).
final class PrintedCellsTests: XCTestCase {
    /// A printed word, and the distance from its right end to the first cell border at its right (nil: none near).
    struct Word {
        let text: String
        let xMin, xMax, yMin, yMax: Double
        let border: Double?
        var gap: Double? { border.map { $0 - xMax } }
        /// The first cell border at the word's left (nil: none near).
        var leftBorder: Double? = nil
    }

    /// Document name → pages → words.
    nonisolated(unsafe) static var printed: Result<[String: [[Word]]], Error>?
    /// The Laporan reports printed, by document name.
    nonisolated(unsafe) static var reports: [String: MonevReport] = [:]
    static let lock = NSLock()

    struct Failure: Error, CustomStringConvertible { let description: String }

    func documents() throws -> [String: [[Word]]] {
        Self.lock.lock()
        defer { Self.lock.unlock() }
        if Self.printed == nil { Self.printed = Result { try Self.printAll() } }
        return try Self.printed!.get()
    }

    /// The reviewer's TW I (CutRowBreakTests.reviewerRecording) with the evidence of issue 21's review: numbers with
    /// slashes in a narrow BUKTI DUKUNG column, a `Daftar Hadir`, a URL.
    static func recording() throws -> (Plan, Realisation) {
        let (plan, recorded) = try CutRowBreakTests.reviewerRecording()
        var r = recorded
        for month in [Month.jan, .feb, .mar] { r.cells["6.1.1.1", default: [:]][month] = CellRecord(status: .done) }
        r.evidence = [
            Evidence(id: "e1", row: "1.1.1.1", month: .jan, kind: .sk, title: "Pembentukan Tim Reformasi Birokrasi",
                     number: "3/ORT.07/9204/2022", date: "2022-01-14", location: .file("bukti/sk-tim-rb.pdf")),
            Evidence(id: "e2", row: "1.1.2.1", month: .jan, kind: .foto, title: "Berita kick off",
                     location: .url("https://kab-sorongselatan.kpu.go.id/berita/kick-off-rb-2022")),
            Evidence(id: "e3", row: "1.2.1.1", month: .jan, kind: .daftarHadir, date: "2022-01-28",
                     location: .file("bukti/daftar hadir sosialisasi.pdf")),
            Evidence(id: "e4", row: "1.3.1.2", month: .jan, kind: .laporan, title: "Rekap pelaporan LHKPN", number: "012/LHKPN/I/2022",
                     date: "2022-01-31", location: .file("bukti/laporan-lhkpn.pdf")),
            Evidence(id: "e5", row: "6.1.1.1", month: .feb, kind: .laporan, title: "Reviu Renstra", number: "45/PL.01-Kpt/9204/2022",
                     date: "2022-02-10", location: .url("https://kab-sorongselatan.kpu.go.id/ppid/renstra-2020-2024.pdf")),
            Evidence(id: "e6", row: "7.7.1.1", month: .jan, kind: .surat, title: "Surat edaran LHKPN", number: "7/SDM.12-SD/9204/2022",
                     date: "2022-01-10", location: .file("bukti/laporan-lhkpn.pdf")),
        ]
        return (plan, r)
    }

    static func printAll() throws -> [String: [[Word]]] {
        for tool in ["soffice", "pdftotext", "pdftoppm"] where PrintedWordsTests.which(tool) == nil {
            throw Failure(description: "\(tool) is not installed: .ci/run installs libreoffice-calc and poppler-utils")
        }
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("rencana-cells-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        let plan = try RealPlan.load()
        var names: [String] = []
        for paper in [Paper.f4, .a4] {
            let suffix = paper == .f4 ? "f4" : "a4"
            try XlsxExporter().produce(ExportRequest(plan: plan, marks: nil, paper: paper))
                .write(to: work.appendingPathComponent("lampiran-\(suffix).xlsx"))
            names.append("lampiran-\(suffix)")
            let (recorded, r) = try recording()
            for (label, period) in [("tw1", ReportPeriod.triwulan(1)), ("tahun", .year)] {
                let tracker = ProgressTracker(plan: recorded, marks: recorded.rows.map(\.baseline), realisation: r)
                let report = MonevReport(plan: recorded, realisation: r, period: period, progress: tracker, asOf: .mar,
                                         signer: ReportSigner(), paper: paper)
                let name = "laporan-\(label)-\(suffix)"
                reports[name] = report
                try MonevWorkbook.data(report).write(to: work.appendingPathComponent("\(name).xlsx"))
                names.append(name)
            }
        }
        _ = try PrintedWordsTests.run("soffice", ["--headless", "-env:UserInstallation=file://\(work.path)/lo", "--convert-to", "pdf",
                                                  "--outdir", work.path] + names.map { "\($0).xlsx" }, in: work)
        var out: [String: [[Word]]] = [:]
        for name in names {
            let pdf = work.appendingPathComponent("\(name).pdf").path
            let bbox = try PrintedWordsTests.run("pdftotext", ["-bbox", pdf, "-"], in: work)
            let pages = bbox.components(separatedBy: "<page ").dropFirst()
            var doc: [[Word]] = []
            for (index, page) in pages.enumerated() {
                let image = work.appendingPathComponent("\(name)-\(index + 1)")
                _ = try PrintedWordsTests.run("pdftoppm", ["-f", "\(index + 1)", "-l", "\(index + 1)", "-r", "\(Int(Gray.dpi))", "-gray",
                                                           "-singlefile", pdf, image.path], in: work)
                let gray = try Gray(contentsOf: image.appendingPathExtension("pgm"))
                try? FileManager.default.removeItem(at: image.appendingPathExtension("pgm"))
                doc.append(PrintedPagesTestsWords.words(page).map { w in
                    Word(text: w.text, xMin: w.xMin, xMax: w.xMax, yMin: w.yMin, yMax: w.yMax,
                         border: gray.border(rightOf: w.xMax, from: w.yMin + 2, to: w.yMax - 2),
                         leftBorder: gray.border(leftOf: w.xMin, from: w.yMin + 2, to: w.yMax - 2))
                })
            }
            out[name] = doc
        }
        return out
    }

    /// Issue 21: "cells have an inner margin"; LibreOffice has no right indent, and wrapped text ran to the right border
    /// (LAMPIRAN F4 p.1: "pelaksanaan Reformasi Birokrasi di" 0.8 pt from it). Every line of two words or more in a
    /// cell ends at least 2.5 pt off its right border, in both workbooks on F4 and A4. (A line of one word, a heading's
    /// or a word as wide as its column, has nowhere else to go.)
    func testEveryWrappedLineEndsOffTheRightBorder() throws {
        var lines = 0
        for (name, pages) in try documents().sorted(by: { $0.key < $1.key }) {
            var tight: [String] = []
            for (index, words) in pages.enumerated() {
                // Words by line and cell: the same baseline and the same border at their right.
                var cells: [String: [Word]] = [:]
                for word in words {
                    guard let border = word.border else { continue }
                    cells["\(Int((word.yMax * 2).rounded())) \(Int((border * 2).rounded()))", default: []].append(word)
                }
                for group in cells.values where group.count > 1 {
                    lines += 1
                    let last = group.max { $0.xMax < $1.xMax }!
                    if let gap = last.gap, gap < 2.5 {
                        tight.append("p\(index + 1) \(String(format: "%.2f", gap)) \(group.sorted { $0.xMin < $1.xMin }.map(\.text).joined(separator: " "))")
                    }
                }
            }
            XCTAssertEqual(tight, [], "\(name): lines ending on the right border")
        }
        XCTAssertGreaterThan(lines, 2000, "the lines are read at all")
    }

    /// Issue 21's review: `2)` printed alone on a line before `Menyempurnakan/mengubah`, and markers ended lines with their
    /// text on the next. In the Laporan's workbooks, TW I and year, F4 and A4, no line of a cell is a list marker alone
    /// (`DocumentText.markerJoined`: a no-break space after it where it and its word's first piece fit a line), nor ends
    /// a line with its text on the next.
    func testNoLineOfTheLaporanIsAListMarkerAlone() throws {
        var markers = 0
        for (name, pages) in try documents().sorted(by: { $0.key < $1.key }) where name.hasPrefix("laporan") {
            var alone: [String] = []
            for (index, words) in pages.enumerated() {
                for word in words where word.text.range(of: #"^\(?([0-9]{1,3}|[a-z])[).]$"#, options: .regularExpression) != nil {
                    markers += 1
                    // The next word on its line: on the same baseline, starting just after it.
                    let next = words.contains { abs($0.yMax - word.yMax) < 1 && $0.xMin > word.xMax && $0.xMin < word.xMax + 8 }
                    if !next { alone.append("p\(index + 1) \(word.text)") }
                }
            }
            XCTAssertEqual(alone, [], "\(name): a list marker ending a line")
        }
        XCTAssertGreaterThan(markers, 100, "the markers are read at all")
    }

    /// Issue 21: no text on a border. The LAMPIRAN's month labels are the table's tightest text: in bold, A4's `Jun` stood
    /// 1.44 pt from its right border; in regular weight, as the html prints them, each stands at least 1.5 pt clear of
    /// both borders (1.58 the least), on F4 and A4.
    func testTheLampiranMonthLabelsStandClearOfTheirBorders() throws {
        let months = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Ags", "Sep", "Okt", "Nov", "Des"]
        for name in ["lampiran-f4", "lampiran-a4"] {
            let page = try XCTUnwrap(try documents()[name]?.first, name)
            let top = try XCTUnwrap(page.filter { months.contains($0.text) }.map(\.yMin).min(), "\(name): the months' row")
            let labels = page.filter { months.contains($0.text) && abs($0.yMin - top) < 1 }
            XCTAssertEqual(labels.map(\.text), months, name)
            for label in labels {
                let right = try XCTUnwrap(label.gap, "\(name) \(label.text): its right border")
                let left = try XCTUnwrap(label.leftBorder.map { label.xMin - $0 }, "\(name) \(label.text): its left border")
                XCTAssertGreaterThan(min(left, right), 1.5, "\(name) \(label.text): \(left) pt left, \(right) pt right")
            }
        }
    }

    /// Issue 21: LibreOffice breaks no line after a `/` before a digit, so an evidence number in a narrow BUKTI DUKUNG
    /// was cut inside a number (`012/LHKPN/I/20|22`, `45/PL.01-Kpt/92|04/2022`, `3/ORT.07/9|204/2022`): a printed piece of
    /// one now ends at a slash.
    func testAnEvidenceNumberBreaksOnlyAfterASlash() throws {
        let numbers = try Self.recording().1.evidence.map(\.number).filter { $0.contains("/") }
        var pieces = 0
        for (name, pages) in try documents() where name.hasPrefix("laporan") {
            for (index, words) in pages.enumerated() {
                for word in words.map({ $0.text.replacingOccurrences(of: "\u{200B}", with: "") }) where word.contains("/") {
                    for number in numbers where word != number {
                        // The piece before a break (a piece after one, `22`, reads as any number: NO.).
                        if number.hasPrefix(word) {
                            pieces += 1
                            XCTAssertTrue(word.hasSuffix("/") || word.hasSuffix("-"), "\(name) p\(index + 1): \(word)| of \(number)")
                        }
                    }
                }
            }
        }
        XCTAssertGreaterThan(pieces, 0, "numbers are broken at all (the column is narrower than they are)")
    }

    /// Issue 21 (review): in DAFTAR BUKTI DUKUNG, the rows of one line were not all as tall (`Daftar Hadir`,
    /// `45/PL.01-Kpt/9204/2022`, `7/SDM.12-SD/9204/2022` took two lines' height and printed one): each row is as tall as
    /// its text's printed lines, read off the page, and every one-line row as tall as the others.
    func testEveryOneLineRowOfTheEvidenceListIsOneLineTall() throws {
        let all = try documents()
        for (name, report) in Self.reports.sorted(by: { $0.key < $1.key }) {
            let data = try MonevWorkbook.data(report)
            let sheets = try (1...3).compactMap { try? Workbook(data: data, sheetNumber: $0) }
            let book = try XCTUnwrap(sheets.first { $0.cells.values.contains("DAFTAR BUKTI DUKUNG") }, name)
            let heading = try XCTUnwrap(book.cells.first { $0.value == "DAFTAR BUKTI DUKUNG" }.flatMap { Int($0.key.dropFirst()) })
            let heights = Workbook.matches(#"<row r="([0-9]+)"[^>]* ht="([0-9.]+)""#, in: book.sheet)
                .reduce(into: [Int: Double]()) { $0[Int($1[1])!] = Double($1[2]) }
            let rows = (heading + 2)..<(heading + 2 + report.evidence.count)
            XCTAssertEqual(rows.count, 6, name)
            // The printed words from the list's heading on (its page below it, the pages after).
            let pages = try XCTUnwrap(all[name])
            let start = try XCTUnwrap(pages.indices.last { page in pages[page].contains { $0.text == "DAFTAR" } }, name)
            let top = pages[start].filter { $0.text == "DAFTAR" }.map(\.yMin).max() ?? 0
            let words = pages[start].filter { $0.yMin >= top } + pages[(start + 1)...].flatMap { $0 }
            var single = 0
            for (line, row) in zip(report.evidence, rows) {
                // Printed on one line: each of its JENIS, NOMOR and URAIAN has all its words on one baseline.
                let texts = [line.cells[3], line.cells[4], line.cells[6]]
                let oneLine = texts.allSatisfy { text in
                    let parts = text.split(separator: " ").map(String.init)
                    let baselines = parts.map { part in Set(words.filter { $0.text.replacingOccurrences(of: "\u{200B}", with: "") == part }
                        .map { Int($0.yMax.rounded()) }) }
                    return parts.isEmpty || !(baselines.dropFirst().reduce(baselines[0]) { $0.intersection($1) }).isEmpty
                }
                if oneLine {
                    single += 1
                    XCTAssertEqual(heights[row], MonevLayout.height(lines: 1), "\(name) row \(row) (\(line.cells[3]), \(line.cells[4])) prints one line")
                }
            }
            XCTAssertGreaterThan(single, 0, "\(name): rows of one line are found at all")
        }
    }
}

/// pdftotext's word boxes (as PrintedPagesTests reads them, here without the CLI tests' module).
enum PrintedPagesTestsWords {
    struct Box { let text: String; let xMin, xMax, yMin, yMax: Double }
    static func words(_ html: String) -> [Box] {
        Workbook.matches(#"xMin="([0-9.]+)" yMin="([0-9.]+)" xMax="([0-9.]+)" yMax="([0-9.]+)">([^<]*)<"#, in: html).compactMap { m in
            guard let xMin = Double(m[1]), let yMin = Double(m[2]), let xMax = Double(m[3]), let yMax = Double(m[4]) else { return nil }
            return Box(text: XML.decode(m[5]), xMin: xMin, xMax: xMax, yMin: yMin, yMax: yMax)
        }
    }
}

/// A page as poppler's gray bitmap (PGM), to find the cell borders: a column of dark pixels the whole height of a word.
struct Gray {
    static let dpi = 150.0
    let width, height: Int
    let pixels: [UInt8]

    init(contentsOf url: URL) throws {
        let data = try Data(contentsOf: url)
        // "P5\n<w> <h>\n255\n" then the bytes.
        var fields: [Int] = [], index = 2, number = 0, inNumber = false
        while fields.count < 3 && index < data.count {
            let byte = data[index]
            if byte >= 48 && byte <= 57 { number = number * 10 + Int(byte - 48); inNumber = true }
            else if inNumber { fields.append(number); number = 0; inNumber = false }
            index += 1
        }
        guard fields.count == 3 else { throw PrintedCellsTests.Failure(description: "not a PGM: \(url.path)") }
        width = fields[0]
        height = fields[1]
        pixels = [UInt8](data[index..<min(data.count, index + width * height)])
    }

    /// The x (points) of the first border right of `x` within 60 pt, dark from `top` to `bottom` (points).
    /// The first dark column (a cell's border) left of `x` within 60 pt whose pixels are dark from `top` to `bottom`.
    func border(leftOf x: Double, from top: Double, to bottom: Double) -> Double? {
        let k = Self.dpi / 72
        let y0 = max(0, Int(top * k)), y1 = min(height - 1, Int(bottom * k))
        guard y1 > y0 else { return nil }
        let start = Int(x * k) - 1
        for column in stride(from: start, to: max(-1, start - Int(60 * k)), by: -1)
            where (y0...y1).allSatisfy({ pixels[$0 * width + column] < 140 }) {
            return (Double(column) + 1.5) / k
        }
        return nil
    }

    func border(rightOf x: Double, from top: Double, to bottom: Double) -> Double? {
        let k = Self.dpi / 72
        let y0 = max(0, Int(top * k)), y1 = min(height - 1, Int(bottom * k))
        guard y1 > y0 else { return nil }
        let start = Int(x * k) + 1
        for column in start..<min(width, start + Int(60 * k)) where (y0...y1).allSatisfy({ pixels[$0 * width + column] < 140 }) {
            return (Double(column) - 0.5) / k
        }
        return nil
    }
}
