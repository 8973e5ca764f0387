import PlanModel

/// The Laporan Monev as one self-contained, print-ready HTML page (like the LAMPIRAN's: inline CSS,
/// no scripts, the header repeated on every page, rows never split, the signature kept whole).
public enum MonevReportHTML {
    public static func html(_ report: MonevReport) -> String {
        let e = LampiranHTML.escape
        var out = "<!DOCTYPE html>\n<html lang=\"id\">\n<head>\n<meta charset=\"utf-8\">\n<title>\(e(report.title[0]))</title>\n"
        out += "<style>\n\(css(report.paper))</style>\n</head>\n<body>\n"
        out += "<div class=\"title\">" + report.title.map { "<p>\(e($0))</p>" }.joined() + "</div>\n"
        let total = report.columnWidths.reduce(0, +)
        out += "<table class=\"report\">\n<colgroup>"
            + report.columnWidths.map { "<col style=\"width:\(LampiranHTML.format2($0 / total * 100))%\">" }.joined()
            + "</colgroup>\n<thead><tr>" + report.columns.map { "<th>\(e($0))</th>" }.joined() + "</tr>\n<tr class=\"numbering\">"
        out += (1...report.columns.count).map { "<th>\($0)</th>" }.joined() + "</tr></thead>\n<tbody>\n"
        for line in report.lines {
            switch line {
            case .area(let name):
                out += "<tr class=\"area\"><td colspan=\"\(report.columns.count)\">\(e(name))</td></tr>\n"
            case .row(let number, let kegiatan, let sub, let cells):
                out += "<tr><td class=\"c\">\(e(number))</td>"
                for cell in [kegiatan, sub] {
                    guard let cell else { continue }
                    out += "<td" + (cell.rowSpan > 1 ? " rowspan=\"\(cell.rowSpan)\"" : "") + ">\(e(cell.text))</td>"
                }
                out += cells.enumerated().map { offset, cell in
                    (report.figureCells.contains(offset) ? "<td class=\"c\">" : "<td>") + "\(e(cell))</td>"
                }.joined() + "</tr>\n"
            }
        }
        out += "</tbody>\n</table>\n"
        out += "<h2>REKAPITULASI PER AREA</h2>\n" + simpleTable(MonevReport.summaryColumns, report.summary.map(\.cells))
        out += "<h2>DAFTAR BUKTI DUKUNG</h2>\n"
            + (report.evidence.isEmpty ? "<p>–</p>\n" : simpleTable(MonevReport.evidenceColumns, report.evidence.map(\.cells)))
        let s = report.signature
        out += "<div class=\"signature\">\n<p>\(e(s.placeAndDate))</p>\n"
        out += s.title.map { "<p>\(e($0))</p>\n" }.joined() + "<div class=\"sign\"></div>\n<p class=\"name\">\(e(s.name))</p>\n"
        if let nip = s.nip { out += "<p>\(e(nip))</p>\n" }
        out += "</div>\n</body>\n</html>\n"
        return out
    }

    static func simpleTable(_ header: [String], _ rows: [[String]]) -> String {
        let e = LampiranHTML.escape
        return "<table class=\"block\">\n<thead><tr>" + header.map { "<th>\(e($0))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
            + rows.map { cells in
                "<tr>" + cells.enumerated().map { i, cell in (i == 0 ? "<td>" : "<td class=\"c\">") + "\(e(cell))</td>" }.joined() + "</tr>\n"
            }.joined() + "</tbody>\n</table>\n"
    }

    static func css(_ paper: Paper) -> String {
        let (short, long) = paper.millimetres
        return """
            @page { size: \(LampiranHTML.format(long))mm \(LampiranHTML.format(short))mm; margin: 12mm 10mm 14mm 10mm;
              @top-left { content: ""; } @top-center { content: ""; } @top-right { content: ""; }
              @bottom-left { content: ""; } @bottom-right { content: ""; }
              @bottom-center { content: "-" counter(page) "-"; font-family: \(LampiranHTML.fontFamily); font-size: 9pt; } }
            html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
            body { font-family: \(LampiranHTML.fontFamily); font-size: 8pt; margin: 0; color: #000; }
            table.report td { font-size: 6.8pt; }
            .title { text-align: center; font-weight: bold; font-size: 10.5pt; margin-bottom: 4mm; }
            .title p { margin: 0; }
            h2 { font-size: 9.5pt; margin: 5mm 0 2mm 0; break-after: avoid; }
            table { border-collapse: collapse; width: 100%; }
            table.report { table-layout: fixed; }
            table.block { width: auto; break-inside: avoid; }
            th, td { border: 0.6pt solid #000; padding: 1.5pt 2pt; vertical-align: top; text-align: left; overflow-wrap: break-word; }
            thead { display: table-header-group; }
            thead th { text-align: center; vertical-align: middle; font-size: 6pt; padding: 1pt 0.5pt; }
            tr.numbering th { font-weight: normal; }
            tr.area td { font-weight: bold; background: #eee; }
            td:not([rowspan]) { break-inside: avoid; }
            td.c { text-align: center; }
            .signature { break-inside: avoid; margin: 8mm 0 0 64%; font-size: 9.5pt; }
            .signature p { margin: 0; }
            .signature .sign { height: 20mm; }
            .signature .name { font-weight: bold; text-decoration: underline; }

            """
    }
}
