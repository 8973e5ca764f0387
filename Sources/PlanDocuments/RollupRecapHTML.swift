/// The province's recap as one self-contained, print-ready HTML page, in the Laporan Monev's print conventions
/// (its CSS: paper, Bookman at 8.5 pt, the header repeated on every page, rows never split, page numbers, the
/// signature kept whole and never alone on a page): the total line stays with the last office's.
public enum RollupRecapHTML {
    public static func html(_ recap: RollupRecap) -> String {
        let e = LampiranHTML.escape, b = LampiranHTML.breakable
        var out = "<!DOCTYPE html>\n<html lang=\"id\">\n<head>\n<meta charset=\"utf-8\">\n<title>\(e(recap.title[0]))</title>\n"
        out += "<style>\n\(MonevReportHTML.css(recap.paper))tr.total td { font-weight: bold; }\n"
            + "tr.last { break-after: avoid; page-break-after: avoid; }\nthead th { hyphens: manual; }\n</style>\n</head>\n<body>\n"
        out += "<div class=\"title\">" + recap.title.map { "<p>\(e($0))</p>" }.joined() + "</div>\n"
        let total = recap.columnPoints.reduce(0, +)
        out += "<table class=\"report\">\n<colgroup>"
            + recap.columnPoints.map { "<col style=\"width:\(LampiranHTML.format2($0 / total * 100))%\">" }.joined()
            + "</colgroup>\n<thead><tr>" + recap.columns.map { "<th>\(b($0))</th>" }.joined() + "</tr>\n<tr class=\"numbering\">"
        out += (1...recap.columns.count).map { "<th>\($0)</th>" }.joined() + "</tr></thead>\n<tbody>\n"
        for (index, line) in recap.lines.enumerated() {
            out += index == recap.lines.count - 1 ? "<tr class=\"last\">" : "<tr>"
            out += cells(line, recap) + "</tr>\n"
        }
        out += "<tr class=\"total\">" + cells(recap.total, recap) + "</tr>\n</tbody>\n</table>\n"
        return out + MonevReportHTML.signature(recap.signature) + "</body>\n</html>\n"
    }

    /// One line's cells: NO. and the figures centred, the office's name as text.
    static func cells(_ line: RollupRecap.Line, _ recap: RollupRecap) -> String {
        line.cells.enumerated().map { offset, cell in
            (offset == 1 ? "<td>" : "<td class=\"c\">") + LampiranHTML.breakable(cell) + "</td>"
        }.joined()
    }
}
