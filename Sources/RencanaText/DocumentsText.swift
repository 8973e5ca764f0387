/// Interface strings of the export seam and the printed documents (LAMPIRAN, Laporan Monev).
extension Text {
    public enum Documents {
        public static let exportAbstract = "Write the plan as CSV, Markdown, JSON, or the LAMPIRAN as xlsx or HTML."
        public static let exportDiscussion = """
            csv, markdown and json go to standard output unless --out is given; xlsx (a binary workbook) \
            needs --out. xlsx and html are the decree's LAMPIRAN: heading, the 18-column table with its \
            merged cells, and the signature, set up for printing landscape on F4 (or A4 with --paper a4).
            Examples:
              rencana export plan.json --format xlsx --out lampiran.xlsx
              rencana export plan.json --format html --paper a4 --out lampiran.html
              rencana export plan.json --format csv --realisation --out realisasi.csv
            """
        public static let formatHelp = "Output format: csv, markdown, json, xlsx or html."
        public static let outHelp = "Write to this file (through a temporary file renamed into place) instead of standard output; an existing file only with --force."
        public static let paperHelp = "Paper of the printed documents (xlsx, html): f4 (215 × 330 mm) or a4, landscape."

        public static func binaryOnTerminal(_ format: String) -> String {
            "\(format) is a binary format and is not written to a terminal; add --out FILE (e.g. --out lampiran.\(format))"
        }
        public static func exportFailed(_ format: String, _ reason: String) -> String { "cannot export \(format): \(reason)" }
    }
}
