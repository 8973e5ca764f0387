/// The Laporan Monev html's printed geometry (the CSS sizes `MonevReportHTML.css` sets) and its table paged by measure
/// (HTMLPaging): which lines each printed page holds, so a KEGIATAN or SUB KEGIATAN continued from the page before is
/// opened again there with `(lanjutan)`, an area's line stays with its first row and a row with its note.
public enum MonevReportHTMLPages {
    /// Body text and its line pitch (`line-height` set in the CSS), a cell's padding and border, in points.
    static let size = MonevLayout.fontSize
    static let pitch = 1.2
    static var line: Double { size * pitch }
    static let padding = 4.0, notePadding = 5.0, border = 0.6, sidePadding = 5.0, noteSidePadding = 6.0
    /// The share of a page the table is filled to, and of a column its text is measured in (LampiranHTMLPages).
    static let fill = 0.985
    static let widthShare = 0.99

    /// Each column's printed width in points (the workbook's shares over the html's table width).
    static func columns(_ report: MonevReport, points: [Double]) -> [Double] {
        let total = points.reduce(0, +)
        let table = LampiranHTMLPages.tableWidth(report.paper)
        return points.map { $0 / total * table }
    }

    /// The header rows' height (labels and numbering).
    static func header(_ report: MonevReport, columns: [Double]) -> Double {
        let headerLine = MonevLayout.headerSize * pitch
        var labels = 1
        for (column, label) in report.columns.enumerated() {
            let room: Double = (columns[column] - 5 - border) * 0.95
            labels = max(labels, TextMeasure.lineCount(label, points: room, size: MonevLayout.headerSize, bold: true))
        }
        return Double(labels) * headerLine + 3 + border + headerLine + 3 + border + 2
    }

    /// The title above the table on the first page.
    static func title(_ report: MonevReport) -> Double {
        let table = LampiranHTMLPages.tableWidth(report.paper)
        let lines = report.title.reduce(0) { $0 + TextMeasure.lineCount($1, points: table * 0.95, size: 10.5, bold: true) }
        return Double(lines) * 10.5 * pitch + 4 * LampiranHTMLPages.mm + 2
    }

    /// The lines `text` takes in `points` of room (a word wider than that breakable after its slashes, as printed).
    static func lines(_ text: String, points: Double, bold: Bool = false) -> Int {
        text.isEmpty ? 1 : TextMeasure.lineCount(MonevReportHTML.measured(text, room: points), points: points * widthShare, size: size,
                                                 bold: bold)
    }

    /// Each column's room for text in points, and a note's (across INDIKATOR … the table's end).
    static func rooms(_ report: MonevReport, points: [Double]) -> (columns: [Double], note: Double) {
        let columns = columns(report, points: points)
        return (columns.map { $0 - sidePadding - border }, columns.dropFirst(3).reduce(0, +) - noteSidePadding - border)
    }

    /// The paging of `report`'s lines; `points`: its `columnPoints` (worked out once: they measure every word).
    public static func paging(_ report: MonevReport, points: [Double]? = nil) -> HTMLPaging {
        let points = points ?? report.columnPoints
        let columns = columns(report, points: points)
        let (room, noteRoom) = rooms(report, points: points)
        let table = columns.reduce(0, +)
        var heights: [Double] = [], keep: [Bool] = [], groups: [HTMLPaging.Group] = []
        var texts: [[(column: Int, text: String)]] = []
        for (index, line) in report.lines.enumerated() {
            switch line {
            case .area(let name):
                heights.append(Double(lines(name, points: table - sidePadding, bold: true)) * self.line + padding + border)
                texts.append([])
                keep.append(true)
            case .note:
                heights.append(Double(lines(line.noteText, points: noteRoom)) * self.line + notePadding + border)
                texts.append([])
                keep.append(false)
            case .row(_, let kegiatan, let sub, let cells):
                var most = 1
                for (offset, cell) in cells.enumerated() where offset + 3 < room.count {
                    most = max(most, lines(cell, points: room[offset + 3]))
                }
                for (column, span) in [(1, kegiatan), (2, sub)] {
                    guard let span else { continue }
                    groups.append(.init(column: column, rows: index..<min(report.lines.count, index + max(span.rowSpan, 1)), text: span.text))
                }
                heights.append(Double(most) * self.line + padding + border)
                // A tall row may be cut in two at a page's foot (HTMLPaging.split): its own cells.
                texts.append(cells.enumerated().filter { $0.offset + 3 < room.count }.map { (column: $0.offset + 3, text: $0.element) })
                let noted = index + 1 < report.lines.count && { if case .note = report.lines[index + 1] { true } else { false } }()
                keep.append(noted)
            }
        }
        let page = LampiranHTMLPages.pageHeight(report.paper) * fill, header = header(report, columns: columns)
        var paging = HTMLPaging(heights: heights, keep: keep, groups: groups, first: page - title(report) - header, other: page - header,
                                lineHeight: line, padding: padding + border) { text, column in
            lines(text, points: room[column])
        }
        paging.cells = texts
        return paging
    }
}
