import PlanModel
import RencanaText

/// Writes a plan as GitHub-flavoured Markdown: the decree's facts, then the 18-column table.
public enum MarkdownExport {
    /// The plan as Markdown.
    ///
    /// A title block (title, institution, NOMOR, TENTANG, unit, year, place and date, signer) is followed by
    /// a table with the same columns as the CSV export (and `ID` first when `includeIDs` is true).
    /// Every indicator row is a table row. NO, AREA PERUBAHAN, KEGIATAN and SUB KEGIATAN are printed only on
    /// the first row of their group, the way the source table merges those cells; the row is still there.
    /// In cells `|` is escaped as `\|`, line breaks become `<br>`, and Markdown's inline marks are escaped.
    ///
    /// - Parameter marks: the current marks, indexed like `plan.rows`; nil writes the plan as signed.
    public static func markdown(plan: Plan, marks: [MonthSet]? = nil, includeIDs: Bool = false) -> String {
        let d = plan.document
        var out = "# " + escape(d.title) + "\n\n"
        var facts: [(String, String)] = [
            (Labels.institution, d.institution), (Labels.number, d.number), (Labels.title, d.title),
            (Labels.unit, d.unit), (Labels.year, String(d.year)),
            (Labels.place, d.place), (Labels.date, d.date),
        ]
        let signer = [d.signerTitle, d.signer].filter { !$0.isEmpty }.joined(separator: ", ")
        facts.append((Labels.signer, signer))
        for (label, value) in facts where !value.isEmpty {
            out += "- **\(label):** \(escape(value))\n"
        }
        out += "\n"

        let header = PlanColumns.header(includeIDs: includeIDs)
        out += "| " + header.joined(separator: " | ") + " |\n"
        out += "|" + header.map { name in
            name.count <= 3 && Month.labels.contains(name) ? ":-:|" : "---|"
        }.joined() + "\n"
        for row in plan.rows {
            var cells = PlanColumns.cells(of: row, months: marks.map { $0[row.index] }, includeID: includeIDs)
            let offset = includeIDs ? 1 : 0
            if !row.isFirstInArea {
                cells[offset] = ""
                cells[offset + 1] = ""
            }
            if !row.isFirstInKegiatan { cells[offset + 2] = "" }
            if !row.isFirstInSubKegiatan { cells[offset + 3] = "" }
            out += "| " + cells.map(escape).joined(separator: " | ") + " |\n"
        }
        return out
    }

    /// The decree's own labels (Indonesian, like the table's column names).
    enum Labels {
        static let institution = "Instansi"
        static let number = "NOMOR"
        static let title = "TENTANG"
        static let unit = "Unit"
        static let year = "Tahun"
        static let place = "Ditetapkan di"
        static let date = "Pada tanggal"
        static let signer = "Penandatangan"
    }

    /// Text made safe for a table cell or a list item: backslash, `|`, `*`, `_`, `` ` ``, `<`, `[`, `]`
    /// escaped with a backslash; CRLF, CR and LF as `<br>`.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var previousCR = false
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\r":
                out += "<br>"
            case "\n":
                if !previousCR { out += "<br>" }
            case "\\", "|", "*", "_", "`", "<", "[", "]":
                out += "\\"
                out.unicodeScalars.append(scalar)
            default:
                // Controls and bidi overrides are written visibly (`\u{1B}`): a Markdown file is read in terminals.
                if TerminalText.isUnsafe(scalar) {
                    out += TerminalText.visible(scalar)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
            previousCR = scalar == "\r"
        }
        return out
    }
}
