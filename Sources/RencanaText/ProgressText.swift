/// Interface strings of monitoring progress (capaian) and the realisation commands.
extension Text {
    public enum Progress {
        /// Shown for a capaian when nothing is due in the period: never 0 % or 100 %.
        public static let nothingDue = "–"
    }
}

extension Text.Progress {
    /// Column headings of the progress table (`rencana progress`), as a Laporan Monev's REKAPITULASI.
    public static let columns = ["NO.", "URAIAN", "JATUH TEMPO", "TERLAKSANA", "SEBAGIAN", "TIDAK TERLAKSANA",
                                 "TERLAMBAT", "% CAPAIAN", "KURANG BUKTI"]
    /// The whole plan's line, last in the table.
    public static let wholePlan = "Seluruh rencana aksi"
    /// A period's name as printed: `TW I`, `Semester II`, `Tahunan`, `s.d. Mei`.
    public static func triwulan(_ number: Int) -> String { "TW " + roman(number) }
    public static func semester(_ number: Int) -> String { "Semester " + roman(number) }
    public static let year = "Tahunan"
    public static func until(_ monthName: String) -> String { "Januari s.d. " + monthName }
    /// The table's caption: the period and the as-of month.
    public static func caption(period: String, asOf: String) -> String { "Capaian \(period), keadaan s.d. \(asOf)" }

    static func roman(_ number: Int) -> String { Text.roman(number) }
}

/// Help and messages of `rencana progress` and `rencana realize`.
extension Text.Progress {
    public static let progressAbstract = "Show the capaian per row, kegiatan or area for a Triwulan, a Semester or up to a month."
    public static var progressDiscussion: String {
        Text.pick("""
            Counts, per line, the planned months due in the period by the as-of month (JATUH TEMPO), those \
            recorded done (TERLAKSANA), partly done (SEBAGIAN, counted half), not done (TIDAK TERLAKSANA), \
            due and not recorded (TERLAMBAT), the capaian (done + ½·partly) ÷ due, and those done without \
            evidence (KURANG BUKTI); the whole plan's line last. A month moved to another month is due where \
            it was moved to. "–" means nothing is due. Without --tw, --semester or --until: January up to the \
            current month when the plan's year is this year (RENCANA_TODAY=YYYY-MM-DD overrides today), \
            December otherwise.
            """, id: """
            Menghitung, per baris, bulan terencana yang jatuh tempo dalam periode s.d. bulan acuan (JATUH TEMPO), yang \
            dicatat terlaksana (TERLAKSANA), terlaksana sebagian (SEBAGIAN, dihitung setengah), tidak terlaksana (TIDAK \
            TERLAKSANA), jatuh tempo dan belum dicatat (TERLAMBAT), capaian (terlaksana + ½·sebagian) ÷ jatuh tempo, dan yang \
            terlaksana tanpa bukti dukung (KURANG BUKTI); baris seluruh rencana paling akhir. Bulan yang digeser ke bulan lain \
            jatuh tempo di bulan tujuannya. "–" berarti belum ada yang jatuh tempo. Tanpa --tw, --semester, atau --until: \
            Januari s.d. bulan berjalan bila tahun rencana adalah tahun ini (RENCANA_TODAY=YYYY-MM-DD menggantikan hari ini), \
            selain itu Desember.
            """)
    }
    public static let twHelp = "Triwulan 1–4 (TW I Jan–Mar … TW IV Okt–Des), as of its last month."
    public static let semesterHelp = "Semester 1 (Jan–Jun) or 2 (Jul–Des), as of its last month."
    public static let untilHelp = "With --tw, --semester or --year: count what is due up to this month; alone: January up to this month (Jan … Des or 1–12)."
    public static let byHelp = "One line per row, kegiatan or area (default: area)."
    public static let formatHelp = "text (default), csv or json."
    public static let onePeriodOnly = "give at most one of --tw, --semester and --year (--until goes with any)"
    public static func twRange(_ value: Int) -> String { "--tw must be 1–4, not \(value)" }
    public static func semesterRange(_ value: Int) -> String { "--semester must be 1 or 2, not \(value)" }
    public static func unknownBy(_ value: String) -> String { "--by must be row, kegiatan or area, not \"\(value)\"" }
    public static func unknownFormat(_ value: String) -> String { "--format must be text, csv or json, not \"\(value)\"" }
    public static func badToday(_ value: String) -> String { "RENCANA_TODAY must be YYYY-MM-DD, not \"\(value)\"" }
}

/// Help and messages of `rencana realize`, `note` and `assign`.
extension Text.Progress {
    public static let realizeAbstract = "Record what was done in one month of one row: done, partly, missed, moved:MONTH or clear."
    public static var realizeDiscussion: String {
        Text.pick("""
            done = Terlaksana, partly = Terlaksana Sebagian (counts half), missed = Tidak Terlaksana, \
            moved:MONTH = Digeser ke <Bulan> (due in that month instead), clear = belum dicatat. A month \
            that was not planned may be recorded done: it is counted apart, as done outside the schedule. \
            Saved at once to the state file, like a checkmark; `rencana undo` takes it back.
            """, id: """
            done = Terlaksana, partly = Terlaksana Sebagian (dihitung setengah), missed = Tidak Terlaksana, \
            moved:MONTH = Digeser ke <Bulan> (jatuh tempo di bulan itu), clear = belum dicatat. Bulan yang tidak \
            direncanakan boleh dicatat done: dihitung terpisah, sebagai terlaksana di luar jadwal. \
            Langsung disimpan ke berkas state, seperti centang; `rencana undo` mengurungkannya.
            """)
    }
    public static let rowIDHelp = "The row's ID, as `rencana list --ids` shows it."
    public static let monthHelp = "The month (Jan … Des or 1–12)."
    public static let statusHelp = "done, partly, missed, moved:MONTH or clear."
    public static let dateHelp = "The date it was done: YYYY-MM-DD or 8 April 2022 (empty clears)."
    public static let noteHelp = "A catatan for the cell (empty clears)."
    public static func unknownStatus(_ text: String) -> String {
        "unknown status \"\(text)\"; expected done, partly, missed, moved:MONTH (e.g. moved:Apr) or clear"
    }
    public static func badDate(_ text: String) -> String { "\"\(text)\" is not a date; expected YYYY-MM-DD" }
    /// The status as the document writes it.
    public static func statusName(_ code: String?) -> String {
        switch code {
        case nil: "belum dicatat"
        case "done": "Terlaksana"
        case "partly": "Terlaksana Sebagian"
        case "missed": "Tidak Terlaksana"
        default: Text.Status.moved(to: fullMonthName(code.map { String($0.dropFirst(6)) } ?? ""))
        }
    }

    /// `Apr` → `April`: the document names the month a row moved to in full.
    static func fullMonthName(_ label: String) -> String {
        let labels = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Ags", "Sep", "Okt", "Nov", "Des"]
        let names = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
                     "Oktober", "November", "Desember"]
        return labels.firstIndex(of: label).map { names[$0] } ?? label
    }
    /// The row (an argument, or a plan's id) is shown terminal-safe in every line below (issue 20).
    public static func saved(row: String, month: String, what: String, seq: Int) -> String {
        "\(TerminalText.safe(row, limit: 200)) \(month): \(what) (saved as change #\(seq))"
    }
    public static func unchanged(row: String, month: String, what: String) -> String {
        "\(TerminalText.safe(row, limit: 200)) \(month): \(what) already; nothing to save"
    }
}

/// Help and messages of `rencana evidence`.
extension Text.Progress {
    public static let evidenceAbstract = "Add, list or remove the evidence (bukti dukung) of rows."
    public static let evidenceAddAbstract = "Attach a file or a link as evidence of a row, optionally of one month."
    public static let evidenceListAbstract = "List the evidence, or with --missing what lacks it."
    public static let evidenceRemoveAbstract = "Remove one piece of evidence by its ID."
    public static let evidenceMonthHelp = "The month the evidence is for (default: the whole row)."
    public static let evidenceFileHelp = "An existing regular file; stored relative to the plan's folder when inside it."
    public static let evidenceURLHelp = "A link: http:// or https:// with a host."
    public static let evidenceKindHelp = "SK, Notulen, Daftar Hadir, Laporan, Foto, SOP, Surat, Tautan or Lainnya (default: Lainnya, Tautan for a URL)."
    public static let evidenceTitleHelp = "The document's title."
    public static let evidenceNumberHelp = "The document's number."
    public static let evidenceDateHelp = "The document's date: YYYY-MM-DD or 8 April 2022."
    public static let evidenceIDHelp = "The evidence ID, as `rencana evidence list` shows it."
    public static let missingHelp = "List done cells without evidence, and evidence whose file does not exist (kurang bukti)."
    public static let fileOrURL = "give exactly one of --file and --url"
    public static func unknownKind(_ text: String) -> String {
        "unknown kind \"\(text)\"; expected SK, Notulen, Daftar Hadir, Laporan, Foto, SOP, Surat, Tautan or Lainnya"
    }
    public static func evidenceSaved(id: String, row: String, seq: Int) -> String {
        "evidence \(id) added to \(TerminalText.safe(row, limit: 200)) (saved as change #\(seq))"
    }
    public static func evidenceRemoved(id: String, seq: Int) -> String { "evidence \(TerminalText.safe(id, limit: 200)) removed (saved as change #\(seq))" }
    public static let noEvidence = "no evidence recorded"
    public static let nothingMissing = "nothing is missing evidence"
    public static func withoutEvidence(row: String, month: String, status: String) -> String {
        "\(row) \(month): \(status) without evidence"
    }
    public static func fileGone(id: String, path: String) -> String { "evidence \(id): file not found: \(path)" }
}

/// Help and messages of `rencana note`, `assign` and `review`.
extension Text.Progress {
    public static let noteAbstract = "Set the catatan of one month of one row (empty text clears it)."
    public static let noteTextHelp = "The catatan; empty clears it."
    public static let assignAbstract = "Set the penanggung jawab (person or office) of a row (empty text clears it)."
    public static let assignTextHelp = "The penanggung jawab; empty clears it."
    public static let reviewAbstract = "Record a row's monev notes for a Triwulan: kendala, tindak lanjut, tenggat."
    public static let reviewTWHelp = "The Triwulan, 1–4."
    public static let kendalaHelp = "The obstacles (kendala); empty clears."
    public static let tindakLanjutHelp = "The follow-up (tindak lanjut); empty clears."
    public static let tenggatHelp = "The follow-up's deadline: YYYY-MM-DD or 8 April 2022; empty clears."
    public static let reviewNothing = "give at least one of --kendala, --tindak-lanjut and --tenggat"
    public static func rowSaved(row: String, what: String, seq: Int) -> String { "\(TerminalText.safe(row, limit: 200)): \(what) (saved as change #\(seq))" }
    public static func rowUnchanged(row: String) -> String { "\(TerminalText.safe(row, limit: 200)): unchanged; nothing to save" }
}
