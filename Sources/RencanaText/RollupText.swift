/// Interface strings of the province's roll-up (`rencana rollup`) and `rencana generate --offices`.
extension Text {
    public enum Rollup {}
}

extension Text.Rollup {
    public static let abstract = "Roll up many offices' plans and progress into one recap (read-only)."
    public static var discussion: String {
        Text.pick("""
            Reads every office in the folders and files given: a plan (.json) with its state journal beside it \
            (NAME.jsonl, NAME.state.jsonl or NAME-xxxxxxxx.jsonl, the name the state folder gives it), in the folder \
            or one or two folders down. Nothing in the offices' folders is written. Each office is named by its \
            document details (institution and unit); two files of one office are counted once (the one whose journal \
            holds the other's, else the longer, is kept, and this is said on standard error). A file that is \
            damaged, foreign, of another year than most offices, or hostile is listed with its reason and left out; \
            the rest are still rolled up and the exit status is 3. Figures as `rencana progress` counts them: \
            capaian is Σ/Σ over the rows due (the province's line too, never a mean of the offices' percentages), \
            "–" when nothing is due. --format jsonl writes one line per office × row × month of the period, for \
            DuckDB or pandas.
            """, id: """
            Membaca setiap kantor dalam folder dan berkas yang diberikan: rencana (.json) dengan jurnal state di sampingnya \
            (NAME.jsonl, NAME.state.jsonl, atau NAME-xxxxxxxx.jsonl, nama yang diberikan folder state), di folder itu atau \
            satu atau dua folder di bawahnya. Tidak ada yang ditulis di folder kantor. Setiap kantor dinamai menurut rincian \
            dokumennya (instansi dan unit); dua berkas dari satu kantor dihitung sekali (yang jurnalnya memuat jurnal yang \
            lain, atau yang lebih panjang, dipakai, dan hal itu disebutkan di galat standar). Berkas yang rusak, asing, dari \
            tahun yang berbeda dengan sebagian besar kantor, atau berbahaya ditampilkan dengan alasannya dan tidak diikutkan; \
            sisanya tetap direkap dan status keluar 3. Angka dihitung seperti `rencana progress`: capaian adalah Σ/Σ atas \
            baris yang jatuh tempo (juga baris provinsi, bukan rata-rata persentase kantor), "–" bila belum ada yang jatuh \
            tempo. --format jsonl menulis satu baris per kantor × baris × bulan dalam periode, untuk DuckDB atau pandas.
            """)
    }
    public static let pathsHelp = "Folders of offices, or the plan files (.json) of offices."
    public static let byHelp = "One line per office (default), or per office and area."
    public static let sortHelp = "Sort by office (default), capaian (lowest first) or kurang bukti (most first)."
    public static let formatHelp = "text (default), csv, json, jsonl (one line per office × row × month), or the signed recap as xlsx or html."
    public static let outHelp = "Write to this file (through a temporary file renamed into place) instead of standard output; an existing file only with --force."
    public static let forceHelp = "Overwrite the --out file if it exists."

    public static func unknownBy(_ text: String) -> String { "unknown --by \(text): use office or area" }
    public static func unknownSort(_ text: String) -> String { "unknown --sort \(text): use office, capaian or kurang-bukti" }
    public static func unknownFormat(_ text: String) -> String { "unknown --format \(text): use text, csv, json, jsonl, xlsx or html" }
    public static let noPaths = "give a folder of offices or their plan files"
    public static let noOffices = "no office to roll up"

    // Why a file was left out.
    public static func skipped(_ path: String, _ reason: String) -> String { "skipped \(path): \(reason)" }
    public static let noSuchFile = "no such file or folder"
    public static let symbolicLink = "a symbolic link (not followed in a folder of offices)"
    public static let notRegular = "not a regular file"
    public static let notPlanOrJournal = "neither a plan (.json) nor a state journal (.jsonl)"
    public static let journalWithoutPlan = "a state journal without its plan beside it"
    public static func tooLarge(megabytes: Int) -> String { "too large for an office's file (\(megabytes) MB)" }
    public static func otherYear(_ year: Int, rollupYear: Int) -> String {
        "a plan of \(year); the roll-up is of \(rollupYear), the year of most offices"
    }
    public static func otherPlansJournal(_ entries: Int) -> String {
        "the journal of another plan: none of its \(entries) entries about rows names a row of the plan beside it"
    }
    public static let noInstitution = "the plan names no institution or unit (document details), so its office is unknown"
    public static func sameOffice(kept: String, keptEntries: Int, other: String, otherEntries: Int, superset: Bool) -> String {
        superset
            ? "same office in \(other) and \(kept): kept \(kept) (\(keptEntries) entries), which holds all \(otherEntries) of the other's"
            : "same office in \(other) and \(kept): kept \(kept) (\(keptEntries) entries) over \(otherEntries) entries that it does not all hold (merging them comes with team bundles)"
    }
    public static func summary(offices: Int, skipped: Int) -> String {
        "\(offices) \(offices == 1 ? "office" : "offices") rolled up, \(skipped) \(skipped == 1 ? "file" : "files") skipped"
    }

    // The recap's headings.
    public static let officeColumns = ["KANTOR", "BARIS", "JATUH TEMPO", "TERLAKSANA", "SEBAGIAN", "TIDAK TERLAKSANA",
                                       "TERLAMBAT", "% CAPAIAN", "KURANG BUKTI", "KONFLIK", "ENTRI TERAKHIR", "RENCANA"]
    public static let areaColumns = ["KANTOR", "AREA", "BARIS", "JATUH TEMPO", "TERLAKSANA", "SEBAGIAN", "TIDAK TERLAKSANA",
                                     "TERLAMBAT", "% CAPAIAN", "KURANG BUKTI", "KONFLIK", "ENTRI TERAKHIR", "RENCANA"]
    public static let csvColumns = ["kantor", "institusi", "unit", "area", "nama area", "baris", "jatuh tempo", "terlaksana",
                                    "sebagian", "tidak terlaksana", "terlambat", "% capaian", "kurang bukti",
                                    "konflik", "entri terakhir", "rencana", "file"]
    public static let province = "Seluruh kantor"
    public static func provinceArea(_ number: Int) -> String { "Seluruh kantor, area \(number)" }
    public static let asSigned = "sesuai TTD"
    public static let revised = "direvisi"
    public static let noEntry = "–"
    public static func caption(period: String, asOf: String, year: Int, offices: Int) -> String {
        "Rekapitulasi capaian \(period) \(year), keadaan s.d. \(asOf): \(offices) kantor"
    }

    // rencana generate --offices
    public static let officesHelp = "Write a folder of this many offices (plan.json and journal each), derived from --from, into --out."
    public static let fromHelp = "The plan the offices' plans are derived from (with --offices)."
    public static let officesRange = "--offices must be between 1 and 10000"
    public static let officesNeedOut = "--offices needs --out FOLDER"
    public static let officesWithRows = "give either --rows or --offices"
    public static let rowsOrOffices = "give --rows N (a plan) or --offices N --out FOLDER (a folder of offices)"
    public static func outNotEmpty(_ path: String) -> String { "\(path) exists and is not an empty folder (use --force to write into it)" }
    public static func wroteOffices(_ count: Int, _ path: String) -> String { "wrote \(count) offices into \(path)" }
}
