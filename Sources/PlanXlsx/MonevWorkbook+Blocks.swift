import CXlsxWriter
import Foundation
import PlanDocuments
import PlanFormats

/// What follows the Laporan's table: REKAPITULASI PER AREA, DAFTAR BUKTI DUKUNG and the signature, each measured
/// as a `Block` first (so it starts a page of its own when it does not fit) and then written.
extension MonevBook {
    /// A new sheet for what follows the table, its pages numbered on from `startPage`.
    mutating func newSheet(_ name: String, startPage: Int) {
        sheet = workbook_add_worksheet(workbook, name)!
        setup(sheet)
        worksheet_set_start_page(sheet, UInt16(min(startPage, 65535)))
        row = 0
        heights = []
        keep = []
    }

    /// DAFTAR BUKTI DUKUNG and the signature from the top of a sheet of their own, the list's column header repeated
    /// on each of its pages (a sheet's print titles): under the recap, its overflow page had no header (issue 21).
    /// On its own sheet the list has its own columns (it took the table's: NO. BARIS 19.4, BULAN 21.9, JENIS 22.1 and
    /// URAIAN only about 45, so "Berita kick off (https://…)" needed three lines of a two-line row): NO., NO. BARIS and
    /// BULAN narrow, NOMOR and TANGGAL as their longest, URAIAN DAN LOKASI the rest of the page.
    mutating func evidenceSheet(startPage: Int) {
        widths = evidenceWidths
        newSheet("BUKTI DUKUNG", startPage: startPage)
        write(block: 1)
        check(worksheet_repeat_rows(sheet, 1, 1))
        write(block: 2)
        var breaks = PageFlow(pageHeight: flow.pageHeight, repeated: evidenceHeadingHeight)
            .breaks(heights, keep: keep)
        setBreaks(&breaks)
    }

    /// The points of the columns `span` covers (before LibreOffice's 7 %).
    func spanPoints(_ span: (Int, Int)) -> Double {
        widths[span.0...span.1].reduce(0) { $0 + LampiranLayout.points(width: $1) }
    }
    /// The recap's and the evidence list's heading rows: at least two lines, as tall as their tallest heading.
    var summaryHeadingHeight: Double {
        max(2 * MonevLayout.lineHeight + MonevLayout.cellPadding,
            headingHeight(zip(MonevReport.summaryColumns, summarySpans).map { ($0, spanPoints($1)) }))
    }
    var evidenceHeadingHeight: Double {
        max(2 * MonevLayout.lineHeight + MonevLayout.cellPadding,
            headingHeight(zip(MonevReport.evidenceColumns, evidenceSpans).map { ($0, spanPoints($1)) }))
    }

    /// The evidence sheet's column widths (spreadsheet units), as many columns as the table's, over the page.
    var evidenceWidths: [Double] {
        let count = last + 1
        // NO., NO. BARIS, BULAN, JENIS, NOMOR (two columns), TANGGAL (two), in points; URAIAN the rest.
        var points: [Double] = [24, 42, 36, 72, 64, 64, 48, 48]
        let page = MonevLayout.printable(report.paper)
        let rest = max(page - points.reduce(0, +), 60)
        let left = max(count - points.count, 1)
        points += Array(repeating: rest / Double(left), count: left)
        return MonevLayout.units(Array(points.prefix(count)))
    }

    /// REKAPITULASI PER AREA: the area's name across KEGIATAN … INDIKATOR (or fewer columns, as the figures need),
    /// then each figure over as many of the following columns as its heading needs, centred.
    var summarySpans: [(Int, Int)] {
        let needs = MonevReport.summaryColumns.dropFirst().map { label in
            label.split(separator: " ").map { TextMeasure.width(String($0), size: MonevLayout.headerSize, bold: true) }.max() ?? 20
        }
        for nameEnd in stride(from: 3, through: 1, by: -1) {
            var spans: [(Int, Int)] = [(1, nameEnd)]
            var next = nameEnd + 1
            for need in needs where next <= last {
                // As printed (LibreOffice draws a column 7 % wider than the formula), less the centred heading's margins.
                func printed(_ c: Int) -> Double { LampiranLayout.points(width: widths[c]) * LampiranLayout.libreOfficeWidth }
                var end = next, width = printed(next) - 3
                while width < need, end + 1 <= last { end += 1; width += printed(end) }
                spans.append((next, end))
                next = end + 1
            }
            if spans.count == needs.count + 1 { return spans }
        }
        // No room to spare (A4): one column each after INDIKATOR.
        return [(1, 3)] + needs.indices.map { (min(4 + $0, last), min(4 + $0, last)) }
    }

    func summaryRowHeight(_ name: String) -> Double {
        let span = summarySpans[0]
        let width = widths[span.0...span.1].reduce(0) { $0 + LampiranLayout.points(width: $1) }
        return MonevLayout.height(lines: TextMeasure.lineCount(name, points: width - MonevLayout.textMargins, size: MonevLayout.fontSize))
    }

    /// An area's name in the recap as written: its lines ended where `summaryRowHeight` measures them (`CellLines`).
    func summaryName(_ name: String) -> String {
        let span = summarySpans[0]
        let width = widths[span.0...span.1].reduce(0) { $0 + LampiranLayout.points(width: $1) }
        return CellLines.wrapped(name, points: width - MonevLayout.textMargins,
                                 full: width * LampiranLayout.libreOfficeWidth - MonevLayout.textMargins, size: MonevLayout.fontSize)
    }

    func summaryBlock() -> Block {
        let rows = [16.0, summaryHeadingHeight] + report.summary.map { summaryRowHeight($0.name) }
        return Block(heights: rows, keep: rows.indices.map { $0 < rows.count - 1 })
    }

    mutating func summary() {
        height(16, keepWithNext: true)
        put(1, "REKAPITULASI PER AREA", f.bold)
        row += 1
        let spans = summarySpans
        height(summaryHeadingHeight, keepWithNext: true)
        for (i, label) in MonevReport.summaryColumns.enumerated() where i < spans.count {
            across(spans[i].0, spans[i].1, headingText(label, points: spanPoints(spans[i])), f.header)
        }
        row += 1
        for (index, line) in report.summary.enumerated() {
            height(summaryRowHeight(line.name), keepWithNext: index < report.summary.count - 1)
            for (i, cell) in line.cells.enumerated() where i < spans.count {
                let (a, b) = spans[i]
                if i == 0 { across(a, b, summaryName(cell), line.name == "JUMLAH" ? f.boldText : f.listed); continue }
                if a < b { for c in (a + 1)...b { blank(c, f.centred) } }
                if a < b { check(worksheet_merge_range(sheet, row, UInt16(a), row, UInt16(b), "", f.middle.centred)) }
                // % CAPAIAN exact (15,9% is 3,5/22).
                figure(a, cell, middle: true, exact: i == 6 ? line.figures.capaian : nil)
            }
            row += 1
        }
    }

    /// DAFTAR BUKTI DUKUNG: NO., the report's row number, month, kind, number, date, then the title and
    /// where the piece is across the rest of the page (a link for a URL).
    /// The date over two columns when they hold the longest Indonesian date (a date cell never wraps), else three.
    var evidenceSpans: [(Int, Int)] {
        let two = (6...7).reduce(0) { $0 + LampiranLayout.points(width: widths[$1]) * LampiranLayout.libreOfficeWidth }
        let dateEnd = two >= TextMeasure.width("30 September 2022", size: MonevLayout.fontSize) + 10 ? 7 : 8
        return [(0, 0), (1, 1), (2, 2), (3, 3), (4, 5), (6, dateEnd), (dateEnd + 1, last)]
    }

    /// The points LibreOffice wraps the text of the evidence list's cell `i` in (its columns as printed, less the indent
    /// and margins), and those its lines are measured and wrapped in (`rightRoom` off the right border).
    func evidencePoints(_ i: Int) -> (full: Double, lines: Double) {
        let (a, b) = evidenceSpans[i]
        // Over several columns, their widths as LibreOffice prints each (`printedPoints`): `libreOfficeWidth` gave the
        // 200-character file name in URAIAN 5 pt it did not have, and its break fell a letter late ("…Tim_Re" | "f").
        let full = a == b
            ? LampiranLayout.points(width: widths[a]) * LampiranLayout.libreOfficeWidth - MonevLayout.textMargins + Self.printedRoom
            : widths[a...b].reduce(0) { $0 + LampiranLayout.printedPoints(width: $1) } - MonevLayout.textMargins
        return (full, full - Self.rightRoom)
    }

    /// A row as tall as its tallest text cell's lines as written (`evidencePoints`). The NO., NO. BARIS and TANGGAL are a
    /// number and a date on one line; measured as text in a column without its printed 7 % (and JENIS, NOMOR so too),
    /// `Daftar Hadir` and `45/PL.01-Kpt/9204/2022` asked for two lines and printed one, in rows taller than the others.
    func evidenceRowHeight(_ line: MonevReport.EvidenceLine) -> Double {
        var n = 1
        for (i, cell) in line.cells.enumerated() where ![0, 1, 5].contains(i) {
            n = max(n, TextMeasure.lineCount(evidenceText(cell, i), points: evidencePoints(i).lines, size: MonevLayout.fontSize))
        }
        return min(MonevLayout.height(lines: n), LampiranLayout.maxRowHeight)
    }

    /// The evidence list's cell `i` as written: breakable after a slash in a word wider than its lines (a number), its
    /// lines ended where they are measured (`CellLines`).
    func evidenceText(_ cell: String, _ i: Int) -> String {
        let (full, lines) = evidencePoints(i)
        return CellLines.wrapped(MonevLayout.breakable(cell, wordsWiderThan: lines, size: MonevLayout.fontSize), points: lines, full: full,
                                 size: MonevLayout.fontSize)
    }

    func evidenceBlock() -> Block {
        let rows = [16.0, evidenceHeadingHeight]
            + (report.evidence.isEmpty ? [15] : report.evidence.map(evidenceRowHeight))
        // The heading keeps with the header and the first piece; the last two pieces keep with the signature.
        return Block(heights: rows, keep: rows.indices.map { $0 < 2 || $0 >= rows.count - 2 })
    }

    mutating func evidence() {
        height(16, keepWithNext: true)
        put(1, "DAFTAR BUKTI DUKUNG", f.bold)
        row += 1
        let spans = evidenceSpans
        height(evidenceHeadingHeight, keepWithNext: true)
        for (i, label) in MonevReport.evidenceColumns.enumerated() {
            across(spans[i].0, spans[i].1, headingText(label, points: spanPoints(spans[i])), f.header)
        }
        row += 1
        if report.evidence.isEmpty {
            height(15, keepWithNext: true)
            put(1, "–", f.plain)
            row += 1
            return
        }
        for (index, line) in report.evidence.enumerated() {
            height(evidenceRowHeight(line), keepWithNext: index >= report.evidence.count - 2)
            // LibreOffice shows a cell's link as one field it never wraps: a link text longer than its line would
            // run off the page, so it is written as wrapped text and the link goes on the kind (JENIS) instead.
            let longLink = line.url != nil && line.cells.count > 6
                && TextMeasure.lineCount(line.cells[6], points: evidencePoints(6).lines, size: MonevLayout.fontSize) > 1
            for (i, cell) in line.cells.enumerated() {
                let (a, b) = spans[i]
                switch i {
                case 0, 1, 5: if a < b { across(a, b, "", f.middle.centred) }; figure(a, cell, middle: true)
                case 3 where longLink:
                    if a < b { across(a, b, "", f.link) }
                    check(worksheet_write_url_opt(sheet, row, UInt16(a), line.url!, f.link, monevCell(cell), nil))
                case 6:
                    if let url = line.url, !longLink {
                        if a < b { for c in (a + 1)...b { blank(c, f.link) } }
                        check(worksheet_write_url_opt(sheet, row, UInt16(a), url, f.link, monevCell(cell), nil))
                        if a < b { check(worksheet_merge_range(sheet, row, UInt16(a), row, UInt16(b), monevCell(cell), f.link)) }
                        check(worksheet_write_url_opt(sheet, row, UInt16(a), url, f.link, monevCell(cell), nil))
                    } else {
                        across(a, b, evidenceText(cell, i), f.listed)
                    }
                default: across(a, b, i == 2 ? cell : evidenceText(cell, i), i == 2 ? f.middle.centred : f.listed)
                }
            }
            row += 1
        }
    }

    /// Place and date, the office, room to sign, the name, NIP; `Mengetahui,` with its office at the left.
    var signatureLines: (right: [(String, Bool)], left: [(String, Bool)]) {
        let s = report.signature
        let right = [(s.placeAndDate, false)] + s.title.map { ($0, false) } + [("", false), ("", false), ("", false), (s.name, true)]
            + (s.nip.map { [($0, false)] } ?? [])
        guard let a = s.acknowledgement else { return (right, []) }
        let left = [("Mengetahui,", false)] + a.title.map { ($0, false) }
        let gap = max(0, right.count - (s.nip == nil ? 1 : 2) - left.count)
        return (right, left + Array(repeating: ("", false), count: gap) + [(a.name, true)] + (a.nip.map { [($0, false)] } ?? []))
    }

    func signatureBlock() -> Block {
        let count = max(signatureLines.right.count, signatureLines.left.count)
        return Block(heights: Array(repeating: 15, count: count), keep: (0..<count).map { $0 < count - 1 })
    }

    mutating func signature() {
        let (right, left) = signatureLines
        // At the page's right edge, as the html: as few of the last columns as hold its widest line (from column F it
        // stood mid-page), never over the acknowledgement's columns at the left.
        let widest = right.map { TextMeasure.width($0.0, size: 10, bold: $0.1) }.max() ?? 0
        var first = last
        while first > 5 && widths[first...last].reduce(0, { $0 + LampiranLayout.points(width: $1) }) < widest + 16 { first -= 1 }
        for index in 0..<max(right.count, left.count) {
            height(15, keepWithNext: index < max(right.count, left.count) - 1)
            if index < right.count, !right[index].0.isEmpty { across(first, last, right[index].0, right[index].1 ? f.boldName : f.plain) }
            if index < left.count, !left[index].0.isEmpty { across(1, 4, left[index].0, left[index].1 ? f.boldName : f.plain) }
            row += 1
        }
    }
}
