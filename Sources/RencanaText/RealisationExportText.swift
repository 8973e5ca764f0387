/// Column names, cell words and messages of `rencana export --realisation` and `rencana generate --realisation`.
extension Text {
    public enum RealisationExport {
        /// The status column of a month: `Realisasi Jan` … `Realisasi Des`.
        public static func statusColumn(_ month: String) -> String { "Realisasi \(month)" }
        /// Penanggung jawab.
        public static let pjColumn = "PJ"
        /// The dates of realisation of the row's months, one `Mon: YYYY-MM-DD` per line.
        public static let datesColumn = "Tanggal Realisasi"
        /// The catatan of the row's months, one `Mon: text` per line.
        public static let notesColumn = "Catatan"
        /// How many pieces of evidence (bukti dukung) the row has.
        public static let evidenceColumn = "Jumlah Bukti"

        public static var flagHelp: String {
            Text.pick("""
                Add the monitoring record (csv and json only): csv gets a status column per month (Realisasi Jan … \
                Realisasi Des: Terlaksana, Terlaksana Sebagian, Tidak Terlaksana, Digeser ke <Bulan>, Terlaksana di luar jadwal, \
                empty when nothing is recorded), then PJ, Tanggal Realisasi, Catatan and Jumlah Bukti; json gets a \
                "realisation" section (statuses, dates, notes, PJ, reviews, evidence, signer).
                """, id: """
                Tambahkan catatan monitoring (hanya csv dan json): csv mendapat kolom status per bulan (Realisasi Jan … \
                Realisasi Des: Terlaksana, Terlaksana Sebagian, Tidak Terlaksana, Digeser ke <Bulan>, Terlaksana di luar jadwal, \
                kosong bila belum dicatat), lalu PJ, Tanggal Realisasi, Catatan, dan Jumlah Bukti; json mendapat bagian \
                "realisation" (status, tanggal, catatan, PJ, reviu, bukti dukung, penandatangan).
                """)
        }
        public static func unsupported(_ format: String) -> String {
            pick("--realisation works with --format csv or json, not \(format); the printed monitoring report is `rencana report`",
                 id: "--realisation hanya untuk --format csv atau json, bukan \(format); laporan monitoring cetak adalah `rencana report`")
        }
        public static var notWithBaseline: String {
            pick("--realisation and --baseline cannot be combined: the realisation is in the state file",
                 id: "--realisation dan --baseline tidak dapat digabung: realisasi ada di berkas state")
        }
        // rencana generate
        public static var generateHelp: String {
            Text.pick("""
                Also write a realisation for benchmarks: a status for about half of the planned cells (done, partly, \
                missed with a note, moved) and --evidence items, as the plan's state file (journal version 2, where \
                `rencana PLAN` looks for it) or at --state. Needs --out.
                """, id: """
                Tulis juga realisasi untuk uji kinerja: status untuk sekitar separuh sel terencana (terlaksana, sebagian, \
                tidak terlaksana dengan catatan, digeser) dan --evidence bukti dukung, sebagai berkas state rencana (jurnal \
                versi 2, tempat `rencana PLAN` mencarinya) atau di --state. Memerlukan --out.
                """)
        }
        public static var evidenceHelp: String {
            pick("With --realisation: how many evidence items to add (default 20,000 per 100,000 rows).",
                 id: "Dengan --realisation: jumlah bukti dukung yang ditambahkan (bawaan 20.000 per 100.000 baris).")
        }
        public static var stateHelp: String {
            pick("With --realisation: where to write the state file.",
                 id: "Dengan --realisation: tempat menulis berkas state.")
        }
        public static var needsOut: String {
            pick("--realisation needs --out (the state file belongs to a plan file)",
                 id: "--realisation memerlukan --out (berkas state milik sebuah berkas rencana)")
        }
        public static var evidenceRange: String { pick("--evidence must be 0 or more", id: "--evidence harus 0 atau lebih") }
        public static var optionsNeedRealisation: String {
            pick("--evidence and --state need --realisation",
                 id: "--evidence dan --state memerlukan --realisation")
        }
        public static func wroteState(_ path: String, entries: Int) -> String {
            pick("wrote \(path) (\(entries) entries)",
                 id: "\(path) ditulis (\(entries) entri)")
        }
    }
}
