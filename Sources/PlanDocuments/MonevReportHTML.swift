import PlanModel

/// The Laporan Monev as one self-contained, print-ready HTML page (like the LAMPIRAN's: inline CSS,
/// no scripts, nothing fetched; the table paged by measure, one table with its header a printed page, a merged cell
/// continued from the page before opened again with `(lanjutan)`, no row split, an area's line kept with its first row,
/// the recap and the evidence list as tables of their own without the table's header, the signature kept
/// whole). Body text 8.5 pt, headers 8 pt (MonevLayout).
public enum MonevReportHTML {
    public static func html(_ report: MonevReport) -> String {
        let e = LampiranHTML.escape
        var out = "<!DOCTYPE html>\n<html lang=\"id\">\n<head>\n<meta charset=\"utf-8\">\n<title>\(e(report.title[0]))</title>\n"
        out += "<style>\n\(css(report.paper))</style>\n</head>\n<body>\n"
        out += "<div class=\"title\">" + report.title.map { "<p>\(e($0))</p>" }.joined() + "</div>\n"
        // The columns' printed widths, the workbook's (worked out once: they measure every word of the table).
        let points = report.columnPoints
        let head = "<colgroup>"
            + shares(points).map { "<col style=\"width:\(LampiranHTML.format2($0 * 100))%\">" }.joined()
            + "</colgroup>\n<thead><tr>" + report.columns.map { "<th>\(e($0))</th>" }.joined() + "</tr>\n<tr class=\"numbering\">"
            + (1...report.columns.count).map { "<th>\($0)</th>" }.joined() + "</tr></thead>\n<tbody>\n"
        // One table a printed page (MonevReportHTMLPages): a KEGIATAN or SUB KEGIATAN continued from the page before is
        // opened again at the page's top with its text and (lanjutan); no row is left for the browser to split.
        let pages = MonevReportHTMLPages.paging(report, points: points).pages()
        let (room, noteRoom) = MonevReportHTMLPages.rooms(report, points: points)
        for (p, page) in pages.enumerated() {
            out += "<table class=\"report\(p < pages.count - 1 ? " page" : "")\">\n" + head
            var starting: [Int: [HTMLPaging.Piece]] = [:]
            for piece in page.pieces { starting[piece.rows.lowerBound, default: []].append(piece) }
            for index in page.rows {
                let line = report.lines[index]
                switch line {
                case .area(let name):
                    out += "<tr class=\"area\"><td colspan=\"\(report.columns.count)\">\(e(name))</td></tr>\n"
                case .note:
                    // Under its row, from INDIKATOR to the table's end (NO., KEGIATAN and SUB KEGIATAN run on beside it).
                    out += "<tr class=\"note\"><td colspan=\"\(report.columns.count - 3)\">\(breakable(line.noteText, room: noteRoom))</td></tr>\n"
                case .row(let number, _, _, var cells):
                    var noted = index + 1 < report.lines.count && { if case .note = report.lines[index + 1] { true } else { false } }()
                    // A tall row cut at a page's foot: its first part (NO. and the cells' first lines) ends this page, the
                    // rest opens the next with NO. again, each text going on mid-text opening with (lanjutan) (HTMLPaging.split).
                    if index == page.rows.lowerBound, let head = page.head {
                        cells = cells.indices.map { head[$0 + 3] ?? cells[$0] }
                    }
                    if index == page.rows.upperBound - 1, let tail = page.tail {
                        cells = cells.indices.map { tail[$0 + 3] ?? cells[$0] }
                        noted = false
                    }
                    out += "<tr><td class=\"c\"\(noted ? " rowspan=\"2\"" : "")>\(e(number))</td>"
                    for piece in (starting[index] ?? []).sorted(by: { $0.column < $1.column }) {
                        out += "<td" + (piece.rows.count > 1 ? " rowspan=\"\(piece.rows.count)\"" : "") + (piece.continued ? " class=\"cont\"" : "")
                            + ">" + breakable(piece.text, room: room[piece.column]) + "</td>"
                    }
                    out += cells.enumerated().map { offset, cell in
                        (report.figureCells.contains(offset) ? "<td class=\"c\">" : "<td>") + "\(breakable(cell, room: room[offset + 3]))</td>"
                    }.joined() + "</tr>\n"
                }
            }
            out += "</tbody>\n</table>\n"
        }
        out += "<section class=\"block\"><h2>REKAPITULASI PER AREA</h2>\n"
            + simpleTable(MonevReport.summaryColumns, report.summary.map(\.cells)) + "</section>\n"
        out += "<section class=\"list\"><h2>DAFTAR BUKTI DUKUNG</h2>\n"
        out += report.evidence.isEmpty ? "<p>–</p>\n" : evidenceTable(report.evidence)
        out += "</section>\n" + signature(report.signature) + "</body>\n</html>\n"
        return out
    }

    /// A cell's text escaped, with a line break allowed after every slash inside a word (`<wbr>`): Chromium finds
    /// none before a digit (`5/ORT.07/9204/2022`) by itself.
    static func breakable(_ text: String) -> String {
        LampiranHTML.breakable(MonevLayout.breakable(text))
    }

    /// A table cell's text escaped, a line break allowed (`<wbr>`) after the slashes of a word wider than `room` points
    /// only (`MonevLayout.breakable(_:wordsWiderThan:)`): a number or compound the column holds stays whole on its line.
    static func breakable(_ text: String, room: Double) -> String {
        LampiranHTML.escape(measured(text, room: room)).replacingOccurrences(of: "\u{200B}", with: "<wbr>")
    }

    /// A table cell's text as measured and printed in `room` points: a break allowed after a slash counts as one (a
    /// zero-width space).
    static func measured(_ text: String, room: Double) -> String {
        MonevLayout.breakable(text, wordsWiderThan: room * MonevReportHTMLPages.widthShare)
    }

    /// The columns' shares of the page: the same printed widths as the workbook's.
    static func shares(_ points: [Double]) -> [Double] {
        let total = points.reduce(0, +)
        return points.map { $0 / total }
    }

    /// Place and date, the office, room to sign, the name, NIP; `Mengetahui,` and its office at the left.
    static func signature(_ s: MonevReport.Signature) -> String {
        let e = LampiranHTML.escape
        var out = "<div class=\"signatures\">\n"
        if let a = s.acknowledgement {
            out += "<div class=\"ack\">\n<p>Mengetahui,</p>\n" + a.title.map { "<p>\(e($0))</p>\n" }.joined()
            out += "<div class=\"sign\"></div>\n<p class=\"name\">\(e(a.name))</p>\n" + (a.nip.map { "<p>\(e($0))</p>\n" } ?? "") + "</div>\n"
        }
        out += "<div class=\"signature\">\n<p>\(e(s.placeAndDate))</p>\n"
        out += s.title.map { "<p>\(e($0))</p>\n" }.joined() + "<div class=\"sign\"></div>\n<p class=\"name\">\(e(s.name))</p>\n"
        if let nip = s.nip { out += "<p>\(e(nip))</p>\n" }
        return out + "</div>\n</div>\n"
    }

    static func simpleTable(_ header: [String], _ rows: [[String]]) -> String {
        let e = LampiranHTML.escape
        return "<table class=\"block\">\n<thead><tr>" + header.map { "<th>\(e($0))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
            + rows.enumerated().map { index, cells in
                // The last line is the whole plan's (JUMLAH), its label bold as in the workbook.
                (index == rows.count - 1 ? "<tr class=\"total\">" : "<tr>") + cells.enumerated().map { i, cell in (i == 0 ? "<td>" : "<td class=\"c\">") + "\(e(cell))</td>" }.joined() + "</tr>\n"
            }.joined() + "</tbody>\n</table>\n"
    }

    /// NO., the report's row number, month, kind, number, date, then the title and where it is (a link for a URL).
    static func evidenceTable(_ lines: [MonevReport.EvidenceLine]) -> String {
        let e = LampiranHTML.escape
        var out = "<table class=\"evidence\">\n<colgroup><col style=\"width:4%\"><col style=\"width:6%\"><col style=\"width:6%\">"
            + "<col style=\"width:9%\"><col style=\"width:15%\"><col style=\"width:12%\"><col style=\"width:48%\"></colgroup>\n<thead><tr>"
            + MonevReport.evidenceColumns.map { "<th>\(e($0))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
        for line in lines {
            out += "<tr>" + line.cells.dropLast().enumerated().map { i, cell in
                ([0, 1, 2, 5].contains(i) ? "<td class=\"c\">" : "<td>") + breakable(cell) + "</td>"
            }.joined()
            if let url = line.url {
                out += "<td><a href=\"\(e(url))\">\(breakable(line.text))</a></td></tr>\n"
            } else {
                out += "<td>\(breakable(line.text))</td></tr>\n"
            }
        }
        return out + "</tbody>\n</table>\n"
    }

    static func css(_ paper: Paper) -> String {
        let (short, long) = paper.millimetres
        return """
            @page { size: \(LampiranHTML.format(long))mm \(LampiranHTML.format(short))mm; margin: 12mm 10mm 14mm 10mm;
              @top-left { content: ""; } @top-center { content: ""; } @top-right { content: ""; }
              @bottom-left { content: ""; } @bottom-right { content: ""; }
              @bottom-center { content: "-" counter(page) "-"; font-family: \(LampiranHTML.fontFamily); font-size: 9pt; } }
            html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
            body { font-family: \(LampiranHTML.fontFamily); font-size: \(LampiranHTML.format(MonevLayout.fontSize))pt; margin: 0; color: #000; }
            .title { text-align: center; font-weight: bold; font-size: 10.5pt; margin-bottom: 4mm; }
            .title p { margin: 0; }
            h2 { font-size: 9.5pt; margin: 5mm 0 2mm 0; break-after: avoid; page-break-after: avoid; }
            table { border-collapse: collapse; width: 100%; }
            table.report, table.evidence { table-layout: fixed; }
            table.block { width: auto; }
            /* The recap and the evidence list move whole to the next page when they do not fit (a longer list runs on). */
            section.block, section.list { break-inside: avoid; page-break-inside: avoid; }
            th, td { border: 0.6pt solid #000; padding: 2pt 2.5pt; vertical-align: top; text-align: left;
              /* Words wrap at spaces and after a slash only (no hyphenation); a word longer than its column (a URL, a file
                 name) breaks where it must. */
              overflow-wrap: break-word; word-break: normal; hyphens: manual; }
            thead { display: table-header-group; }
            thead th { text-align: center; vertical-align: middle; font-size: \(LampiranHTML.format(MonevLayout.headerSize))pt; padding: 1.5pt 2.5pt; }
            /* A label wider than its column wraps at its spaces, clear of the borders. */
            tr.numbering th { font-weight: normal; }
            tr.area td { font-weight: bold; background: #eee; }
            tr.total td:first-child { font-weight: bold; }
            /* An area's line is never left at the foot of a page. */
            tr.area { break-after: avoid; page-break-after: avoid; }
            /* One table a printed page, sized to fit it (MonevReportHTMLPages): nothing for the browser to split. */
            table.page { break-after: page; page-break-after: always; }
            tr, td { break-inside: avoid; page-break-inside: avoid; }
            table.report td, table.report th { line-height: \(LampiranHTML.format(MonevReportHTMLPages.pitch)); }
            .title p { line-height: \(LampiranHTML.format(MonevReportHTMLPages.pitch)); }
            /* A row's note (kendala, tindak lanjut, tenggat, KET.) stays with its row. */
            tr.note { break-before: avoid; page-break-before: avoid; }
            tr.note td { padding: 2pt 3pt 3pt 3pt; }
            td.c { text-align: center; }
            a { color: #00c; }
            .signatures { display: flex; justify-content: space-between; break-inside: avoid; page-break-inside: avoid;
              break-before: avoid; margin: 8mm 0 0 0; font-size: 9.5pt; }
            .ack { margin-left: 4%; }
            .signature { margin-left: auto; width: 36%; }
            .signatures p { margin: 0; }
            .signatures .sign { height: 20mm; }
            .signatures .name { font-weight: bold; text-decoration: underline; }

            """
    }
}
