import Foundation
import XCTest
import PlanDocuments
import PlanModel

/// The Laporan Monev built from a recorded Triwulan I of area 1 on the real plan, with the progress given
/// by the one progress computation (ProgressTracker) that `rencana progress` prints too.
final class MonevReportTests: XCTestCase {
    /// TW I of area 1 as a Tim RB would record it.
    static func scenario() throws -> (Plan, Realisation) {
        let plan = try RealPlan.load()
        var r = Realisation()
        r.cells["1.1.1.1"] = [.jan: CellRecord(status: .done, date: "2022-01-20")]
        r.cells["1.1.2.1"] = [.jan: CellRecord(status: .done)]
        r.cells["1.2.1.1"] = [.jan: CellRecord(status: .done), .feb: CellRecord(status: .partly),
                              .mar: CellRecord(status: .missed, note: "media belum siap")]
        r.cells["1.3.1.4"] = [.feb: CellRecord(status: .moved(.apr))]
        r.pj["1.1.1.1"] = "Kasubbag Umum"
        r.evidence = [
            Evidence(id: "e1", row: "1.1.1.1", month: .jan, kind: .sk, title: "Tim Reformasi Birokrasi", number: "2/ORT.07/9204/2022",
                     date: "2022-01-20", location: .file("bukti/sk-tim-rb.pdf")),
            Evidence(id: "e2", row: "1.1.2.1", month: .jan, kind: .foto, title: "Kick off RB", location: .url("https://example.org/foto")),
            Evidence(id: "e3", row: "1.1.1.1", month: .jul, kind: .laporan, title: "outside the period", location: .file("x.pdf")),
        ]
        r.reviews["1.2.1.1"] = [1: Review(kendala: "media belum siap", tindakLanjut: "cetak ulang", tenggat: "2022-04-08")]
        return (plan, r)
    }

    func report(period: ReportPeriod = .triwulan(1), nip: String = "") throws -> MonevReport {
        try Self.makeReport(period: period, nip: nip)
    }

    static func makeReport(period: ReportPeriod = .triwulan(1), nip: String = "", paper: Paper = .f4) throws -> MonevReport {
        let (plan, r) = try scenario()
        var signer = ReportSigner()
        signer.place = "Teminabuan"
        signer.date = "2022-04-08"
        signer.signer = "Yohanes Kambu"
        signer.signerTitle = "Sekretaris Komisi Pemilihan Umum Kabupaten Sorong Selatan"
        signer.nip = nip
        // The figures come from the one progress computation (ProgressTracker), as of March.
        let tracker = ProgressTracker(plan: plan, marks: plan.rows.map(\.baseline), realisation: r)
        return MonevReport(plan: plan, realisation: r, period: period, progress: tracker, asOf: .mar, signer: signer, paper: paper)
    }

    /// JADWAL is the schedule after the moves (MONEV.md: a moved month is due where it was moved to), a month moved
    /// here saying where from; before, a Jan moved to Feb read `Jan, Feb`, as if both were planned (issue 21).
    func testJadwalShowsTheScheduleAfterAMove() throws {
        let (plan, base) = try Self.scenario()
        var r = base
        r.cells["1.1.2.1"] = [.jan: CellRecord(status: .moved(.feb)), .feb: CellRecord(status: .done)]
        let tracker = ProgressTracker(plan: plan, marks: plan.rows.map(\.baseline), realisation: r)
        func jadwal(_ period: ReportPeriod, _ number: String) throws -> String {
            let report = MonevReport(plan: plan, realisation: r, period: period, progress: tracker, asOf: .des, signer: ReportSigner())
            return try XCTUnwrap(Self.cells(report, number, area: "1"))[1]
        }
        XCTAssertEqual(try jadwal(.triwulan(1), "2"), "Feb (dari Jan)", "1.1.2.1, planned in Jan, moved to Feb")
        // Changed on purpose (issue 21, second round): a month moved out of the period says where to, not `–`.
        XCTAssertEqual(try jadwal(.triwulan(1), "11"), "Feb (digeser ke Apr)", "1.3.1.4's Feb moved to April")
        XCTAssertEqual(try jadwal(.triwulan(2), "11"), "Apr (dari Feb)")
        XCTAssertEqual(try jadwal(.triwulan(1), "4"), "Jan–Mar", "no move, a range as before")
    }

    func cells(_ report: MonevReport, _ number: String, area: String) -> [String]? {
        Self.cells(report, number, area: area)
    }

    /// The note under row `number`, if it has one.
    static func note(_ report: MonevReport, _ number: String) -> MonevReport.Line? {
        guard let index = report.lines.firstIndex(where: { if case .row(number, _, _, _) = $0 { true } else { false } }),
              index + 1 < report.lines.count, case .note = report.lines[index + 1] else { return nil }
        return report.lines[index + 1]
    }

    static func cells(_ report: MonevReport, _ number: String, area: String) -> [String]? {
        var inArea = false
        for line in report.lines {
            switch line {
            case .area(let name): inArea = name.hasPrefix(area + ".")
            case .row(let n, _, _, let cells) where inArea && n == number: return cells
            default: continue
            }
        }
        return nil
    }

    func testTitleRowsAndOneLinePerIndicatorUnderItsArea() throws {
        let report = try report()
        XCTAssertEqual(report.title, ["LAPORAN MONITORING DAN EVALUASI RENCANA AKSI REFORMASI BIROKRASI",
                                      "SEKRETARIAT KOMISI PEMILIHAN UMUM KABUPATEN SORONG SELATAN",
                                      "TRIWULAN I TAHUN 2022 (JANUARI – MARET 2022)"])
        XCTAssertEqual(ReportPeriod.semester(2).heading(year: 2022), "SEMESTER II TAHUN 2022 (JULI – DESEMBER 2022)")
        XCTAssertEqual(report.lines.filter { if case .area = $0 { true } else { false } }.count, 8)
        XCTAssertEqual(report.lines.count, 8 + 124 + 3, "three notes: 1.2.1.1's review and catatan, the plan's two KETs")
        XCTAssertEqual(report.lines.first, .area("1. Manajemen Perubahan"))
        // Kendala, tindak lanjut, tenggat and KET. in a note under the row (issue 21: fifteen columns cut words).
        XCTAssertEqual(report.columns, ["NO.", "KEGIATAN", "SUB KEGIATAN", "INDIKATOR KEBERHASILAN", "JADWAL", "REALISASI",
                                        "% CAPAIAN", "% KUMULATIF", "STATUS", "BUKTI DUKUNG", "PENANGGUNG JAWAB"])
        XCTAssertEqual(try self.report(period: .year).columns[6...], ["TW I", "TW II", "TW III", "TW IV", "% TAHUN", "STATUS",
                                                                      "BUKTI DUKUNG", "PENANGGUNG JAWAB"])
    }

    func testRowsShowScheduleRealisationFiguresStatusAndEvidence() throws {
        let report = try report()
        // cells: INDIKATOR, JADWAL, REALISASI, % CAPAIAN, % KUMULATIF, STATUS, BUKTI, PJ.
        XCTAssertEqual(try XCTUnwrap(cells(report, "1", area: "1"))[1...7],
                       ["Jan", "Jan: Terlaksana", "100%", "100%", "Terlaksana", "(1) SK 2/ORT.07/9204/2022", "Kasubbag Umum"])
        // 1.2.1.1: done in January and partly in February without evidence; the review and March's catatan in its note.
        XCTAssertEqual(try XCTUnwrap(cells(report, "4", area: "1"))[1...7],
                       ["Jan–Mar", "Jan: Terlaksana; Feb: Terlaksana Sebagian; Mar: Tidak Terlaksana", "50%", "50%",
                        "Belum Tuntas: 1 Terlaksana, 1 Terlaksana Sebagian, 1 Tidak Terlaksana", "Kurang bukti: Jan, Feb", ""])
        let note = try XCTUnwrap(Self.note(report, "4"))
        XCTAssertEqual(note, .note(review: "Kendala: media belum siap; Tindak lanjut: cetak ulang (tenggat 8 April 2022)", ket: "Mar: media belum siap"))
        XCTAssertEqual(note.noteText, "Kendala: media belum siap; Tindak lanjut: cetak ulang (tenggat 8 April 2022)\n"
                       + "KET.: Mar: media belum siap")
        XCTAssertNil(Self.note(report, "1"), "no note without a review or a KET.")
        XCTAssertEqual(try XCTUnwrap(cells(report, "11", area: "1"))[1...5],
                       ["Feb (digeser ke Apr)", "Feb: Digeser ke April", "–", "–", "Digeser ke April"], "1.3.1.4: nothing due in TW I, its Feb moved out")
        XCTAssertEqual(try XCTUnwrap(cells(report, "3", area: "1"))[1...5], ["–", "", "–", "–", "–"], "1.1.3.1: nothing planned")
        XCTAssertEqual(try XCTUnwrap(cells(report, "5", area: "1"))[5], "Terlambat", "due and nothing recorded")
        let plan = try RealPlan.load()
        let firstOfArea2 = try XCTUnwrap(plan.rows.firstIndex { $0.position.area == 1 })
        XCTAssertEqual(try XCTUnwrap(cells(report, "\(firstOfArea2 + 1)", area: "2"))[0], plan.rows[firstOfArea2].indikator,
                       "rows are numbered through the report, not per area")
        // The evidence list cites the report's own row numbers, with month, kind, number and date.
        XCTAssertEqual(report.evidence.map(\.cells), [
            ["1", "1", "Jan", "SK", "2/ORT.07/9204/2022", "20 Januari 2022", "Tim Reformasi Birokrasi (bukti/sk-tim-rb.pdf)"],
            ["2", "2", "Jan", "Foto", "", "", "Kick off RB (https://example.org/foto)"],
        ], "each piece of the period once; July's is not in TW I")
        XCTAssertEqual(report.evidence.map(\.url), [nil, "https://example.org/foto"])
    }

    /// Evidence whose file is gone is listed and said to be gone, and its month counts as kurang bukti.
    func testAGoneFileIsSaidAndCountsAsKurangBukti() throws {
        let (plan, r) = try Self.scenario()
        var counted = r
        counted.evidence.removeAll { $0.id == "e1" }
        let tracker = ProgressTracker(plan: plan, marks: plan.rows.map(\.baseline), realisation: counted)
        let report = MonevReport(plan: plan, realisation: r, period: .triwulan(1), progress: tracker, asOf: .mar,
                                 signer: ReportSigner(), goneFiles: ["e1"],
                                 acknowledgement: .init(title: "Ketua Komisi Pemilihan Umum Kabupaten Sorong Selatan", name: "Ester Homer"))
        XCTAssertEqual(try XCTUnwrap(cells(report, "1", area: "1"))[6],
                       "(1) SK 2/ORT.07/9204/2022 – berkas tidak ditemukan\nKurang bukti: Jan")
        XCTAssertEqual(report.evidence.first?.text, "Tim Reformasi Birokrasi (bukti/sk-tim-rb.pdf – berkas tidak ditemukan)")
        XCTAssertEqual(report.summary[0].figures.kurangBukti, 3)
        XCTAssertEqual(report.signature.acknowledgement?.title, ["KETUA KOMISI PEMILIHAN UMUM", "KABUPATEN SORONG SELATAN"])
        XCTAssertTrue(MonevReportHTML.html(report).contains("<div class=\"ack\">\n<p>Mengetahui,</p>\n<p>KETUA KOMISI PEMILIHAN UMUM</p>"))
        XCTAssertEqual(try self.report(period: .year).title,
                       ["LAPORAN TAHUNAN MONITORING DAN EVALUASI RENCANA AKSI REFORMASI BIROKRASI",
                        "SEKRETARIAT KOMISI PEMILIHAN UMUM KABUPATEN SORONG SELATAN", "TAHUN 2022", "KEADAAN S.D. MARET 2022"],
                       "changed on purpose (issue 21, second round): printed as of March, the year report says so")
        XCTAssertEqual(try self.report().title.count, 3, "TW I as of March, its last month: no cut-off line")
    }

    /// Area 1, TW I, counted by hand: 22 planned months due (1.3.1.4's Feb moved to April), 3 done, 1 partly,
    /// 1 missed, 17 not recorded; (3 + ½) ÷ 22 = 15,9 %; 2 done/partly cells without evidence (1.2.1.1).
    func testTheSummaryAndEveryFormatPrintTheSameAreaFigures() throws {
        let report = try report()
        XCTAssertEqual(report.summary.count, 9)
        XCTAssertEqual(report.summary[0].cells, ["1. Manajemen Perubahan", "22", "3", "1", "1", "17", "15,9%", "2"])
        XCTAssertEqual(report.summary[1].cells[6], "0%")
        XCTAssertEqual(report.summary.last?.cells[0], "JUMLAH")
        let markdown = MonevReportText.markdown(report)
        XCTAssertTrue(markdown.contains("| 1. Manajemen Perubahan | 22 | 3 | 1 | 1 | 17 | 15,9% | 2 |"), markdown)
        let csv = MonevReportText.csv(report)
        XCTAssertTrue(csv.contains("\r\n1. Manajemen Perubahan,22,3,1,1,17,\"15,9%\",2\r\n"))
        let html = MonevReportHTML.html(report)
        XCTAssertTrue(html.contains("<tr><td>1. Manajemen Perubahan</td><td class=\"c\">22</td><td class=\"c\">3</td><td class=\"c\">1</td>"
            + "<td class=\"c\">1</td><td class=\"c\">17</td><td class=\"c\">15,9%</td><td class=\"c\">2</td></tr>"), "figures centred")
        XCTAssertTrue(html.contains("<tr class=\"total\"><td>JUMLAH</td>"), "the whole plan's line marked")
        XCTAssertTrue(html.contains("tr.total td:first-child { font-weight: bold; }"), "JUMLAH bold, as in the workbook")
        for text in [markdown, csv, html] {
            XCTAssertTrue(text.contains("REKAPITULASI PER AREA"))
            XCTAssertTrue(text.contains("DAFTAR BUKTI DUKUNG"))
            XCTAssertTrue(text.contains("Teminabuan, 8 April 2022"))
            XCTAssertTrue(text.contains("YOHANES KAMBU"))
            XCTAssertFalse(text.contains("NIP"), "no NIP line when none is given")
        }
        XCTAssertTrue(MonevReportHTML.html(try self.report(nip: "197001012000031001")).contains("<p>NIP 197001012000031001</p>"))
        XCTAssertFalse(html.lowercased().contains("<script"))
    }

    func testNumbersAndDatesAreWrittenTheIndonesianWay() {
        XCTAssertEqual(IndonesianFormat.percent(0.875), "87,5%")
        XCTAssertEqual(IndonesianFormat.percent(1), "100%")
        XCTAssertEqual(IndonesianFormat.percent(0), "0%")
        XCTAssertEqual(IndonesianFormat.percent(nil), "–")
        XCTAssertEqual(IndonesianFormat.percent(2.0 / 3.0), "66,7%")
        XCTAssertEqual(IndonesianFormat.date("2022-04-08"), "8 April 2022")
        XCTAssertEqual(IndonesianFormat.date("26 Januari 2022"), "26 Januari 2022")
    }
}

import PlanXlsx

/// The Laporan Monev workbook, read back: the same figures as the other formats, merges as in the LAMPIRAN.
final class MonevWorkbookTests: XCTestCase {
    func testTheWorkbookHoldsTheSameAreaFiguresAndTheMerges() throws {
        let report = try MonevReportTests.makeReport()
        let data = try MonevWorkbook.data(report)
        let book = try Workbook(data: data)
        // Title rows 1–3, header 5, numbering 6, the first area line at 7.
        XCTAssertEqual(book.cells["A1"], "LAPORAN MONITORING DAN EVALUASI RENCANA AKSI REFORMASI BIROKRASI")
        XCTAssertEqual(book.cells["A3"], "TRIWULAN I TAHUN 2022 (JANUARI – MARET 2022)")
        XCTAssertEqual((0..<11).map { book.cells[Workbook.ref($0, 4)] ?? "" }, report.columns)
        XCTAssertEqual(book.cells["A7"], "1. Manajemen Perubahan")
        XCTAssertTrue(book.merges.contains("A7:K7"), "the area line spans the table")
        // Area 1's kegiatan 1) spans its 3 rows (8–10); kegiatan 2) the next 4 and 1.2.1.1's note (from 11), in pieces
        // where a page breaks inside it (1.2.1.1, of 8 lines since its lines end 4 pt off the right border, may be cut at
        // the page's foot: where depends on the columns' widths, so its rows are found, not assumed).
        XCTAssertTrue(book.merges.contains("B8:B10"), "\(book.merges.sorted().prefix(12))")
        // A note across INDIKATOR … under its row, the row's NO. merged down over it, its tenggat a date in the last
        // columns (changed on purpose, issue 21: the tenggat was text inside the note).
        // Read with the line feeds that end its lines as spaces (`Workbook.planText`); its own line feed before KET. stays.
        let noteCell = try XCTUnwrap(book.cells.first {
            $0.key.hasPrefix("D") && $0.value == "Kendala: media belum siap; Tindak lanjut: cetak ulang KET.: Mar: media belum siap"
        }?.key, "1.2.1.1's note")
        let noteRow = try XCTUnwrap(Int(noteCell.dropFirst()))
        XCTAssertTrue(book.sheet.contains("cetak ulang\nKET.: Mar"))
        // Kegiatan 2)'s pieces: the B merges from row 11 or 12 on, the first holding its name, each next one its name and
        // `(lanjutan)` (the Laporan repeats a KEGIATAN on a new page), one after another.
        let merged = book.merges.compactMap { merge -> ClosedRange<Int>? in
            let ends = merge.split(separator: ":").map { Int($0.dropFirst()) ?? 0 }
            return merge.hasPrefix("B") && ends.count == 2 && ends[0] >= 11 ? ends[0]...ends[1] : nil
        }.sorted { $0.lowerBound < $1.lowerBound }
        var pieces: [ClosedRange<Int>] = []
        for range in merged where (pieces.last.map { $0.upperBound + 1 } ?? range.lowerBound) == range.lowerBound {
            let text = book.cells["B\(range.lowerBound)"] ?? ""
            guard pieces.isEmpty ? text.hasPrefix("2) Pelaksanaan") : text == "2) Pelaksanaan manajemen perubahan (lanjutan)" else { break }
            pieces.append(range)
        }
        XCTAssertTrue([11, 12].contains(pieces.first?.lowerBound), "kegiatan 2) from row 11 (or 12 after a one-row piece at a page's foot): \(merged.prefix(4))")
        XCTAssertEqual(pieces.last?.upperBound, noteRow + 3, "1.2.1.2–1.2.2.1 after the note: \(pieces)")
        let note = try XCTUnwrap(book.merges.first { $0.hasPrefix("D\(noteRow):") && $0.hasSuffix("\(noteRow)") }, "\(book.merges.sorted())")
        let end = try XCTUnwrap(note.split(separator: ":").last?.first?.asciiValue)
        let tenggat = String(UnicodeScalar(end + 1)) + "\(noteRow)"
        // The row's NO. (on each piece when it is cut) merged down over its note.
        XCTAssertTrue(book.merges.contains(tenggat + ":K\(noteRow)"), "\(book.merges.sorted())")
        XCTAssertTrue(book.merges.contains { $0.hasPrefix("A") && $0.hasSuffix(":A\(noteRow)") }, "\(book.merges.sorted())")
        XCTAssertEqual(book.numbers[tenggat], 44659, "8 April 2022")
        XCTAssertEqual(book.numberFormat(of: tenggat), "[$-421]\"Tenggat: \"d mmmm yyyy")
        // Figures are numbers shown the Indonesian way, dates are dates (1.2.1.1 starts at row 11).
        XCTAssertEqual(book.numbers["G11"], 0.5)
        XCTAssertEqual(book.numberFormat(of: "G11"), "[$-421]0%")
        let status = (11..<noteRow).compactMap { book.cells["I\($0)"] }
            .map { $0.hasPrefix("(lanjutan) ") ? String($0.dropFirst("(lanjutan) ".count)) : $0 }.joined(separator: " ")
        XCTAssertEqual(status, "Belum Tuntas: 1 Terlaksana, 1 Terlaksana Sebagian, 1 Tidak Terlaksana", "the row's STATUS, over its pieces if cut")
        // A cell's text is the plan's (read without its print aids, `Workbook.planText`): a zero-width space stands only
        // after a slash of a word wider than its column's lines (`MonevLayout.breakable`), where LibreOffice would cut it
        // between letters or digits.
        XCTAssertEqual(book.cells["J8"], "(1) SK 2/ORT.07/9204/2022")
        let texts = Workbook.matches(#"<t(?: [^>]*)?>(.*?)</t>"#, in: book.sheet).map { XML.decode($0[1]) }
        // A line feed after a zero-width space ends a line inside a word (`CellLines`).
        let words = texts.flatMap { $0.replacingOccurrences(of: "\u{200B}\n", with: "\u{200B}").split(whereSeparator: { $0 == " " || $0 == "\n" }) }
        for word in words where word.contains("\u{200B}") {
            XCTAssertTrue(word.contains("/\u{200B}"), "\(word)")
            XCTAssertGreaterThan(TextMeasure.width(word.replacingOccurrences(of: "\u{200B}", with: ""), size: MonevLayout.fontSize), 60, "\(word)")
        }
        // The recap follows the table, or starts the second sheet when it does not fit below it.
        let recap = book.cells.values.contains("REKAPITULASI PER AREA") ? book : try Workbook(data: data, sheetNumber: 2)
        let summary = try XCTUnwrap(recap.cells.first { $0.value == "REKAPITULASI PER AREA" }?.key)
        let headingRow = try XCTUnwrap(Int(summary.dropFirst()))
        let firstArea = headingRow + 2  // 1-based row of area 1's line
        XCTAssertEqual(recap.cells["B\(firstArea)"], "1. Manajemen Perubahan")
        let figures = (4..<15).compactMap { recap.numbers[Workbook.ref($0, firstArea - 1)] }
        // % capaian stored exact, (3 + ½) ÷ 22, shown 15,9%.
        XCTAssertEqual(figures, [22, 3, 1, 1, 17, 3.5 / 22, 2])
        let percent = try XCTUnwrap((4..<15).map { Workbook.ref($0, firstArea - 1) }.first { recap.numbers[$0] == 3.5 / 22 })
        XCTAssertEqual(recap.numberFormat(of: percent), "[$-421]0.0%", "15,9%")
        XCTAssertTrue(recap.merges.contains("B\(firstArea):D\(firstArea)"), "\(recap.merges.sorted())")
        // The evidence list and the signature: under the recap, or on the second sheet when they do not fit there.
        let list = recap.cells.values.contains("DAFTAR BUKTI DUKUNG") ? recap : try Workbook(data: data, sheetNumber: 2)
        XCTAssertTrue(list.sheet.contains("<hyperlink ref="), "the evidence's URL is a link")
        XCTAssertTrue(list.cells.values.contains("YOHANES KAMBU"))
        XCTAssertTrue(book.sheet.contains(#"orientation="landscape""#))
        XCTAssertFalse(book.sheet.contains("<f>") || recap.sheet.contains("<f>") || list.sheet.contains("<f>"))
    }
}
