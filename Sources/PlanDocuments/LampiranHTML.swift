import Foundation
import PlanModel

/// The LAMPIRAN as one self-contained HTML page for printing: inline CSS, no scripts, nothing
/// fetched. The browser repeats the `thead` (header and numbering rows) on every printed page,
/// never splits a row, and keeps the closing block together.
public enum LampiranHTML {
    /// Bookman Old Style as UU 12/2011 asks, then metric look-alikes and serif fallbacks.
    public static let fontFamily =
        "\"Bookman Old Style\", \"URW Bookman\", \"URW Bookman L\", \"TeX Gyre Bonum\", Bookman, Georgia, \"Times New Roman\", serif"

    /// The whole page.
    public static func html(_ lampiran: Lampiran) -> String {
        var out = ""
        out.reserveCapacity(4096 + lampiran.rows.count * 600)
        out += "<!DOCTYPE html>\n<html lang=\"id\">\n<head>\n<meta charset=\"utf-8\">\n"
        out += "<title>\(escape(lampiran.heading[0]))</title>\n<style>\n\(css(lampiran.paper, numberFirstPage: lampiran.numberFirstPage))"
            + "</style>\n</head>\n<body>\n"
        out += "<div class=\"heading\">\n"
        for line in lampiran.heading { out += "<p>\(escape(line))</p>\n" }
        out += "</div>\n<h1>\(escape(lampiran.title))</h1>\n"
        table(lampiran, into: &out)
        out += "</body>\n</html>\n"
        return out
    }

    static func css(_ paper: Paper, numberFirstPage: Bool = false) -> String {
        let (short, long) = paper.millimetres
        // KPU decrees leave the first page unnumbered and go on with -2-, -3-. An empty box, not `none`: a page
        // margin box the page leaves unset is where a browser prints its own date, title, file address and "1/14".
        let first = numberFirstPage ? "" : "@page :first { @bottom-center { content: \"\"; } }\n"
        return """
            @page { size: \(format(long))mm \(format(short))mm; margin: 12mm 10mm 14mm 10mm;
              @top-left { content: ""; } @top-center { content: ""; } @top-right { content: ""; }
              @bottom-left { content: ""; } @bottom-right { content: ""; }
              @bottom-center { content: "-" counter(page) "-"; font-family: \(fontFamily); font-size: 9pt; } }
            \(first)
            html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
            body { font-family: \(fontFamily); font-size: \(format(LampiranLayout.fontSize - 1))pt; margin: 0; color: #000; }
            .heading { margin-left: 52%; font-size: 9.5pt; }
            .heading p { margin: 0 0 1pt 0; line-height: \(format(LampiranHTMLPages.pitch)); }
            h1 { text-align: center; font-size: 10.5pt; font-weight: bold; margin: 5mm 8% 4mm 8%; line-height: \(format(LampiranHTMLPages.pitch)); }
            table { border-collapse: collapse; width: 100%; table-layout: fixed; }
            th, td { border: 0.6pt solid #000; padding: 2pt 3pt; vertical-align: top; text-align: left;
              overflow-wrap: break-word; hyphens: manual; line-height: \(format(LampiranHTMLPages.pitch)); }
            thead { display: table-header-group; }
            thead th { text-align: center; vertical-align: middle; font-weight: bold; font-size: 8pt;
              overflow-wrap: normal; padding: 1.5pt 1.5pt; }
            thead tr.numbering th { font-weight: normal; }
            thead tr.months th { white-space: nowrap; overflow-wrap: normal; padding: 1pt 1.5pt; font-size: 8pt; font-weight: normal; }
            /* One table a printed page, sized to fit it (LampiranHTMLPages): nothing for the browser to split. */
            table.page { break-after: page; page-break-after: always; }
            tr, td, th { break-inside: avoid; page-break-inside: avoid; }
            td.c { text-align: center; }
            tr.closing td { border: none; padding: 0; }
            .closing { break-inside: avoid; page-break-inside: avoid; margin: 6mm 0 0 \(format2(LampiranLayout.share(before: LampiranLayout.closingColumn)))%; font-size: 9.5pt; }
            .closing table.fields { width: auto; table-layout: auto; }
            .closing table.fields td { border: none; padding: 0; white-space: nowrap; }
            .closing table.fields td.colon { padding: 0 0.4em; }
            .closing p, .salinan p { margin: 0; line-height: \(format(LampiranHTMLPages.pitch)); }
            .closing .space { height: 7mm; }
            .closing .sign { height: 20mm; }
            .closing .name { font-weight: bold; }
            .closing .ttd { height: 12mm; padding-top: 1mm; }
            .salinan { margin: 4mm 0 0 \(format2(LampiranLayout.share(before: LampiranLayout.salinanColumn)))%; font-size: 9.5pt; }
            .salinan .sign { height: 16mm; }

            """
    }

    static func format(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }

    static func table(_ lampiran: Lampiran, into out: inout String) {
        let widths = LampiranHTMLPages.columnWidths(lampiran)
        let total = widths.reduce(0, +)
        var head = "<colgroup>"
        for width in widths { head += "<col style=\"width:\(String(format2(width / total * 100)))%\">" }
        head += "</colgroup>\n<thead>\n<tr>"
        let labels = Lampiran.columnLabels
        for column in 0..<Lampiran.firstMonthColumn { head += "<th rowspan=\"2\">\(escape(labels[column]))</th>" }
        head += "<th colspan=\"12\">\(escape(Lampiran.monthsLabel))</th><th rowspan=\"2\">\(escape(labels[17]))</th></tr>\n<tr class=\"months\">"
        for month in Month.labels { head += "<th>\(month)</th>" }
        head += "</tr>\n<tr class=\"numbering\">"
        for number in 1...Lampiran.columnCount { head += "<th>\(number)</th>" }
        head += "</tr>\n</thead>\n"
        // One table a printed page (LampiranHTMLPages): a merged cell continued from the page before is opened again
        // at the page's top with its text and (lanjutan); the last page holds the last rows and the closing block.
        let pages = LampiranHTMLPages.paging(lampiran).pages()
        let rows = lampiran.rows
        for (p, page) in pages.enumerated() {
            let last = p == pages.count - 1
            out += (last ? "<table>\n" : "<table class=\"page\">\n") + head + "<tbody>\n"
            var starting: [Int: [HTMLPaging.Piece]] = [:]
            for piece in page.pieces { starting[piece.rows.lowerBound, default: []].append(piece) }
            for index in page.rows {
                let row = rows[index]
                out += "<tr>"
                for piece in (starting[index] ?? []).sorted(by: { $0.column < $1.column }) {
                    out += "<td"
                    if piece.rows.count > 1 { out += " rowspan=\"\(piece.rows.count)\"" }
                    // `cont`: opened again on this page, continued from the page before.
                    let classes = (piece.column == 0 ? ["c"] : []) + (piece.continued ? ["cont"] : [])
                    if !classes.isEmpty { out += " class=\"\(classes.joined(separator: " "))\"" }
                    out += ">" + breakable(piece.text) + "</td>"
                }
                // A row taller than a page, cut at the pages' feet (HTMLPaging.split): each part its lines, the marks on the first.
                var indikator = row.indikator, ket = row.ket, marks = row.months
                if index == page.rows.lowerBound, let head = page.head {
                    (indikator, ket, marks) = (head[4] ?? "", head[17] ?? "", MonthSet())
                }
                if index == page.rows.upperBound - 1, let tail = page.tail { (indikator, ket) = (tail[4] ?? "", tail[17] ?? "") }
                out += "<td>" + breakable(indikator) + "</td>"
                for month in Month.allCases { out += marks.contains(month) ? "<td class=\"c\">√</td>" : "<td></td>" }
                out += "<td>" + breakable(ket) + "</td></tr>\n"
            }
            if last {
                // The closing block is the last table's last row.
                out += "<tr class=\"closing\"><td colspan=\"\(Lampiran.columnCount)\">\n"
                closing(lampiran.closing, into: &out)
                out += "</td></tr>"
            }
            out += "</tbody>\n</table>\n"
        }
    }

    static func format2(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let fraction = hundredths % 100
        return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }

    static func closing(_ closing: Lampiran.Closing, into out: inout String) {
        // Place and date as label, colon, value: the colons one above the other (as the workbook's own column).
        out += "<div class=\"closing\">\n<table class=\"fields\">\n" + field(closing.placeLine) + field(closing.dateLine) + "</table>\n"
        out += "<div class=\"space\"></div>\n"
        for line in closing.signerTitle { out += "<p>\(escape(line))</p>\n" }
        out += closing.salinan == nil ? "<div class=\"sign\"></div>\n" : "<p class=\"ttd\">\(Lampiran.Salinan.signed)</p>\n"
        out += "<p class=\"name\">\(escape(closing.signer))</p>\n</div>\n"
        guard let salinan = closing.salinan else { return }
        out += "<div class=\"salinan\">\n"
        var blank = false
        for line in salinan.lines {
            if line.isEmpty { if !blank { out += "<div class=\"sign\"></div>\n" }; blank = true; continue }
            blank = false
            out += "<p>\(escape(line))</p>\n"
        }
        out += "</div>\n"
    }

    /// A closing line `label : value` as a row of three cells (the label, the colon, the value).
    static func field(_ line: String) -> String {
        guard let colon = line.range(of: " : ") else { return "<tr><td colspan=\"3\">\(escape(line))</td></tr>\n" }
        return "<tr><td>\(escape(String(line[..<colon.lowerBound])))</td><td class=\"colon\">:</td>"
            + "<td>\(escape(String(line[colon.upperBound...])))</td></tr>\n"
    }

    /// `escape(text)` with a break allowed after each slash between two letters (`Perundangan/<wbr>Deregulasi`).
    public static func breakable(_ text: String) -> String {
        let escaped = escape(text)
        guard escaped.utf8.contains(0x2F) else { return escaped }
        return DocumentText.breakable(escaped).replacingOccurrences(of: "/\u{200B}", with: "/<wbr>")
    }

    /// `text` safe inside an element or an attribute: `& < > " '` as entities, line breaks as `<br>`.
    public static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 || $0 == 0x0A })
        else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for character in text.unicodeScalars {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\n": out += "<br>"
            default: out.unicodeScalars.append(character)
            }
        }
        return out
    }
}
