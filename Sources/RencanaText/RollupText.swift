/// Interface strings of the province's roll-up (`rencana rollup`) and `rencana generate --offices`.
extension Text {
    public enum Rollup {}
}

extension Text.Rollup {
    public static var abstract: String {
        Text.pick("Roll up many offices' plans and progress into one recap (read-only).",
                  id: "Rekap rencana dan capaian banyak kantor menjadi satu (hanya membaca).")
    }
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
    public static var pathsHelp: String {
        Text.pick("Folders of offices, or the plan files (.json) of offices.",
                  id: "Folder kantor, atau berkas rencana (.json) kantor.")
    }
    public static var byHelp: String {
        Text.pick("One line per office (default), or per office and area.",
                  id: "Satu baris per kantor (bawaan), atau per kantor dan area.")
    }
    public static var sortHelp: String {
        Text.pick("Sort by office (default), capaian (lowest first) or kurang bukti (most first).",
                  id: "Urutkan menurut kantor (bawaan), capaian (terendah dulu), atau kurang bukti (terbanyak dulu).")
    }
    public static var formatHelp: String {
        Text.pick("text (default), csv, json, jsonl (one line per office × row × month), or the signed recap as xlsx or html.",
                  id: "text (bawaan), csv, json, jsonl (satu baris per kantor × baris × bulan), atau rekap bertanda tangan sebagai xlsx atau html.")
    }
    public static var outHelp: String {
        Text.pick("Write to this file (through a temporary file renamed into place) instead of standard output; an existing file only with --force.",
                  id: "Tulis ke berkas ini (melalui berkas sementara yang lalu diganti namanya), bukan ke keluaran standar; berkas yang sudah ada hanya dengan --force.")
    }
    public static var forceHelp: String {
        Text.pick("Overwrite the --out file if it exists.",
                  id: "Timpa berkas --out bila sudah ada.")
    }
    public static func unknownBy(_ text: String) -> String {
        Text.pick("unknown --by \(text): use office or area",
                  id: "--by \(text) tidak dikenal: gunakan office atau area")
    }
    public static func unknownSort(_ text: String) -> String {
        Text.pick("unknown --sort \(text): use office, capaian or kurang-bukti",
                  id: "--sort \(text) tidak dikenal: gunakan office, capaian, atau kurang-bukti")
    }
    public static func unknownFormat(_ text: String) -> String {
        Text.pick("unknown --format \(text): use text, csv, json, jsonl, xlsx or html",
                  id: "--format \(text) tidak dikenal: gunakan text, csv, json, jsonl, xlsx, atau html")
    }
    public static var noPaths: String {
        Text.pick("give a folder of offices or their plan files",
                  id: "beri folder kantor atau berkas rencananya")
    }
    public static var noOffices: String { Text.pick("no office to roll up", id: "tidak ada kantor untuk direkap") }
    // Why a file was left out.
    public static func skipped(_ path: String, _ reason: String) -> String {
        Text.pick("skipped \(path): \(reason)",
                  id: "\(path) dilewati: \(reason)")
    }
    public static var noSuchFile: String { Text.pick("no such file or folder", id: "berkas atau folder tidak ada") }
    public static var symbolicLink: String {
        Text.pick("a symbolic link (not followed in a folder of offices)",
                  id: "tautan simbolik (tidak diikuti di dalam folder kantor)")
    }
    public static var notRegular: String { Text.pick("not a regular file", id: "bukan berkas biasa") }
    public static var notPlanOrJournal: String {
        Text.pick("neither a plan (.json) nor a state journal (.jsonl)",
                  id: "bukan rencana (.json) dan bukan jurnal state (.jsonl)")
    }
    public static var journalWithoutPlan: String {
        Text.pick("a state journal without its plan beside it",
                  id: "jurnal state tanpa rencana di sampingnya")
    }
    public static func tooLarge(megabytes: Int) -> String {
        Text.pick("too large for an office's file (\(megabytes) MB)",
                  id: "terlalu besar untuk berkas kantor (\(megabytes) MB)")
    }
    public static func otherYear(_ year: Int, rollupYear: Int) -> String {
        Text.pick("a plan of \(year); the roll-up is of \(rollupYear), the year of most offices",
                  id: "rencana tahun \(year); rekap ini untuk \(rollupYear), tahun sebagian besar kantor")
    }
    public static func otherPlansJournal(_ entries: Int) -> String {
        Text.pick("the journal of another plan: none of its \(entries) entries about rows names a row of the plan beside it",
                  id: "jurnal rencana lain: tidak satu pun dari \(entries) entrinya tentang baris menyebut baris rencana di sampingnya")
    }
    public static var noInstitution: String {
        Text.pick("the plan names no institution or unit (document details), so its office is unknown",
                  id: "rencana tidak menyebut instansi atau unit (rincian dokumen), sehingga kantornya tidak diketahui")
    }
    public static func sameOffice(kept: String, keptEntries: Int, other: String, otherEntries: Int, superset: Bool) -> String {
        superset
            ? Text.pick("same office in \(other) and \(kept): kept \(kept) (\(keptEntries) entries), which holds all \(otherEntries) of the other's", id: "kantor yang sama di \(other) dan \(kept): \(kept) dipakai (\(keptEntries) entri), yang memuat seluruh \(otherEntries) entri yang lain")
            : Text.pick("same office in \(other) and \(kept): kept \(kept) (\(keptEntries) entries) over \(otherEntries) entries that it does not all hold (merging them comes with team bundles)", id: "kantor yang sama di \(other) dan \(kept): \(kept) dipakai (\(keptEntries) entri) dan bukan \(otherEntries) entri yang tidak seluruhnya dimuatnya (penggabungannya melalui paket tim)")
    }
    public static func summary(offices: Int, skipped: Int) -> String {
        Text.pick("\(offices) \(offices == 1 ? "office" : "offices") rolled up, \(skipped) \(skipped == 1 ? "file" : "files") skipped", id: "\(offices) kantor direkap, \(skipped) berkas dilewati")
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
    public static var officesHelp: String {
        Text.pick("Write a folder of this many offices (plan.json and journal each), derived from --from, into --out.",
                  id: "Tulis folder berisi sejumlah kantor ini (masing-masing plan.json dan jurnal), diturunkan dari --from, ke --out.")
    }
    public static var fromHelp: String {
        Text.pick("The plan the offices' plans are derived from (with --offices).",
                  id: "Rencana asal rencana-rencana kantor (dengan --offices).")
    }
    public static var officesRange: String {
        Text.pick("--offices must be between 1 and 10000",
                  id: "--offices harus antara 1 dan 10000")
    }
    public static var officesNeedOut: String {
        Text.pick("--offices needs --out FOLDER",
                  id: "--offices memerlukan --out FOLDER")
    }
    public static var officesWithRows: String {
        Text.pick("give either --rows or --offices",
                  id: "beri --rows atau --offices, salah satu saja")
    }
    public static var rowsOrOffices: String {
        Text.pick("give --rows N (a plan) or --offices N --out FOLDER (a folder of offices)",
                  id: "beri --rows N (satu rencana) atau --offices N --out FOLDER (folder kantor)")
    }
    public static func outNotEmpty(_ path: String) -> String {
        Text.pick("\(path) exists and is not an empty folder (use --force to write into it)",
                  id: "\(path) sudah ada dan bukan folder kosong (gunakan --force untuk menulis ke dalamnya)")
    }
    public static func wroteOffices(_ count: Int, _ path: String) -> String {
        Text.pick("wrote \(count) offices into \(path)",
                  id: "\(count) kantor ditulis ke \(path)")
    }
}
