/// Interface strings of the export seam and the printed documents (LAMPIRAN, Laporan Monev).
extension Text {
    public enum Documents {
        public static var exportAbstract: String {
            pick("Write the plan as CSV, Markdown, JSON, or the LAMPIRAN as xlsx or HTML.",
                 id: "Tulis rencana sebagai CSV, Markdown, JSON, atau LAMPIRAN sebagai xlsx atau HTML.")
        }
        public static var exportDiscussion: String {
            pick("""
                csv, markdown and json go to standard output unless --out is given; xlsx (a binary workbook) \
                needs --out. xlsx and html are the decree's LAMPIRAN: heading, the 18-column table with its \
                merged cells, and the signature, set up for printing landscape on F4 (or A4 with --paper a4).
                Examples:
                  rencana export plan.json --format xlsx --out lampiran.xlsx
                  rencana export plan.json --format html --paper a4 --out lampiran.html
                  rencana export plan.json --format csv --realisation --out realisasi.csv
                """, id: """
                csv, markdown, dan json ditulis ke keluaran standar kecuali --out diberikan; xlsx (buku kerja biner) \
                memerlukan --out. xlsx dan html adalah LAMPIRAN keputusan: kepala, tabel 18 kolom dengan sel \
                gabungannya, dan tanda tangan, siap dicetak mendatar pada kertas F4 (atau A4 dengan --paper a4).
                Contoh:
                  rencana export plan.json --format xlsx --out lampiran.xlsx
                  rencana export plan.json --format html --paper a4 --out lampiran.html
                  rencana export plan.json --format csv --realisation --out realisasi.csv
                """)
        }
        public static var formatHelp: String {
            pick("Output format: csv, markdown, json, xlsx or html.",
                 id: "Format keluaran: csv, markdown, json, xlsx, atau html.")
        }
        public static var outHelp: String {
            pick("Write to this file (through a temporary file renamed into place) instead of standard output; an existing file only with --force.",
                 id: "Tulis ke berkas ini (melalui berkas sementara yang lalu diganti namanya), bukan ke keluaran standar; berkas yang sudah ada hanya dengan --force.")
        }
        public static var paperHelp: String {
            pick("Paper of the printed documents (xlsx, html): f4 (215 × 330 mm) or a4, landscape.",
                 id: "Kertas dokumen cetak (xlsx, html): f4 (215 × 330 mm) atau a4, mendatar.")
        }
        public static func binaryOnTerminal(_ format: String) -> String {
            pick("\(format) is a binary format and is not written to a terminal; add --out FILE (e.g. --out lampiran.\(format))",
                 id: "\(format) adalah format biner dan tidak ditulis ke terminal; tambahkan --out FILE (mis. --out lampiran.\(format))")
        }
        public static func exportFailed(_ format: String, _ reason: String) -> String {
            pick("cannot export \(format): \(reason)",
                 id: "tidak dapat mengekspor \(format): \(reason)")
        }
    }
}
