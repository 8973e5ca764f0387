import PlanFormats
import PlanModel

/// The Laporan Monev as Markdown and as CSV: the same blocks as the printed report, in order.
public enum MonevReportText {
    /// Title lines, the table (area lines in bold), REKAPITULASI PER AREA, DAFTAR BUKTI DUKUNG, the signature.
    public static func markdown(_ report: MonevReport) -> String {
        var out = report.title.map { "**\(MarkdownExport.escape($0))**  \n" }.joined() + "\n"
        let columns = report.columns + MonevReport.noteColumns
        out += table(columns, report.rowsWithNotes.map { line, review, ket -> [String] in
            switch line {
            case .row(let number, let kegiatan, let sub, let cells):
                return [number, kegiatan?.text ?? "", sub?.text ?? ""] + cells + [review, ket]
            case .area(let name): return ["**\(MarkdownExport.escape(name))**"] + Array(repeating: "", count: columns.count - 1)
            case .note: return []
            }
        })
        out += "\n**REKAPITULASI PER AREA**\n\n" + table(MonevReport.summaryColumns, report.summary.map(\.cells))
        out += "\n**DAFTAR BUKTI DUKUNG**\n\n"
            + (report.evidence.isEmpty ? "–\n" : table(MonevReport.evidenceColumns, report.evidence.map(\.cells)))
        out += "\n" + signatureLines(report.signature).map { MarkdownExport.escape($0) + "  \n" }.joined()
        return out
    }

    /// One CSV (CRLF, BOM for Excel) holding the blocks one after another, separated by an empty line.
    public static func csv(_ report: MonevReport) -> String {
        var out = CSVExport.byteOrderMark
        for line in report.title { out += CSVExport.line([line]) }
        out += "\r\n" + CSVExport.line(report.columns + MonevReport.noteColumns)
        for (line, review, ket) in report.rowsWithNotes {
            switch line {
            case .area(let name): out += CSVExport.line([name])
            // Merged cells repeated on every line, as the plan's CSV does, so a filter keeps rows whole; the note's two
            // parts as the last two columns.
            case .row(let number, let kegiatan, let sub, let cells):
                out += CSVExport.line([number, kegiatan?.text ?? "", sub?.text ?? ""] + cells + [review, ket])
            case .note: break
            }
        }
        out += "\r\n" + CSVExport.line(["REKAPITULASI PER AREA"]) + CSVExport.line(MonevReport.summaryColumns)
        for line in report.summary { out += CSVExport.line(line.cells) }
        out += "\r\n" + CSVExport.line(["DAFTAR BUKTI DUKUNG"]) + CSVExport.line(MonevReport.evidenceColumns)
        for line in report.evidence { out += CSVExport.line(line.cells) }
        out += "\r\n"
        for line in signatureLines(report.signature) { out += CSVExport.line([line]) }
        return out
    }

    /// Place and date, the office, room to sign, the name, NIP when given; then the Mengetahui block.
    public static func signatureLines(_ signature: MonevReport.Signature) -> [String] {
        var lines = [signature.placeAndDate] + signature.title + [signature.name] + (signature.nip.map { [$0] } ?? [])
        if let a = signature.acknowledgement { lines += ["Mengetahui,"] + a.title + [a.name] + (a.nip.map { [$0] } ?? []) }
        return lines
    }

    static func table(_ header: [String], _ rows: [[String]]) -> String {
        var out = "| " + header.map(MarkdownExport.escape).joined(separator: " | ") + " |\n"
        out += "|" + String(repeating: "---|", count: header.count) + "\n"
        for row in rows { out += "| " + row.map { $0.hasPrefix("**") ? $0 : MarkdownExport.escape($0) }.joined(separator: " | ") + " |\n" }
        return out
    }
}
