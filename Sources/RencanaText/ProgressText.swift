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
    public static var progressAbstract: String {
        Text.pick("Show the capaian per row, kegiatan or area for a Triwulan, a Semester or up to a month.",
                  id: "Tampilkan capaian per baris, kegiatan, atau area untuk satu Triwulan, satu Semester, atau s.d. satu bulan.")
    }
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
    public static var twHelp: String {
        Text.pick("Triwulan 1–4 (TW I Jan–Mar … TW IV Okt–Des), as of its last month.",
                  id: "Triwulan 1–4 (TW I Jan–Mar … TW IV Okt–Des), s.d. bulan terakhirnya.")
    }
    public static var semesterHelp: String {
        Text.pick("Semester 1 (Jan–Jun) or 2 (Jul–Des), as of its last month.",
                  id: "Semester 1 (Jan–Jun) atau 2 (Jul–Des), s.d. bulan terakhirnya.")
    }
    public static var untilHelp: String {
        Text.pick("With --tw, --semester or --year: count what is due up to this month; alone: January up to this month (Jan … Des or 1–12).",
                  id: "Dengan --tw, --semester, atau --year: hitung yang jatuh tempo s.d. bulan ini; sendiri: Januari s.d. bulan ini (Jan … Des atau 1–12).")
    }
    public static var byHelp: String {
        Text.pick("One line per row, kegiatan or area (default: area).",
                  id: "Satu baris keluaran per baris, kegiatan, atau area (bawaan: area).")
    }
    public static var formatHelp: String { Text.pick("text (default), csv or json.", id: "text (bawaan), csv, atau json.") }
    public static var onePeriodOnly: String {
        Text.pick("give at most one of --tw, --semester and --year (--until goes with any)",
                  id: "beri paling banyak satu dari --tw, --semester, dan --year (--until boleh dengan mana pun)")
    }
    public static func twRange(_ value: Int) -> String {
        Text.pick("--tw must be 1–4, not \(value)",
                  id: "--tw harus 1–4, bukan \(value)")
    }
    public static func semesterRange(_ value: Int) -> String {
        Text.pick("--semester must be 1 or 2, not \(value)",
                  id: "--semester harus 1 atau 2, bukan \(value)")
    }
    public static func unknownBy(_ value: String) -> String {
        Text.pick("--by must be row, kegiatan or area, not \"\(value)\"",
                  id: "--by harus row, kegiatan, atau area, bukan \"\(value)\"")
    }
    public static func unknownFormat(_ value: String) -> String {
        Text.pick("--format must be text, csv or json, not \"\(value)\"",
                  id: "--format harus text, csv, atau json, bukan \"\(value)\"")
    }
    public static func badToday(_ value: String) -> String {
        Text.pick("RENCANA_TODAY must be YYYY-MM-DD, not \"\(value)\"",
                  id: "RENCANA_TODAY harus YYYY-MM-DD, bukan \"\(value)\"")
    }
}

/// Help and messages of `rencana realize`, `note` and `assign`.
extension Text.Progress {
    public static var realizeAbstract: String {
        Text.pick("Record what was done in one month of one row: done, partly, missed, moved:MONTH or clear.",
                  id: "Catat yang dilaksanakan pada satu bulan satu baris: done, partly, missed, moved:MONTH, atau clear.")
    }
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
    public static var rowIDHelp: String {
        Text.pick("The row's ID, as `rencana list --ids` shows it.",
                  id: "ID baris, seperti ditampilkan `rencana list --ids`.")
    }
    public static var monthHelp: String { Text.pick("The month (Jan … Des or 1–12).", id: "Bulan (Jan … Des atau 1–12).") }
    public static var statusHelp: String {
        Text.pick("done, partly, missed, moved:MONTH or clear.",
                  id: "done, partly, missed, moved:MONTH, atau clear.")
    }
    public static var dateHelp: String {
        Text.pick("The date it was done: YYYY-MM-DD or 8 April 2022 (empty clears).",
                  id: "Tanggal pelaksanaan: YYYY-MM-DD atau 8 April 2022 (kosong menghapusnya).")
    }
    public static var noteHelp: String {
        Text.pick("A catatan for the cell (empty clears).",
                  id: "Catatan untuk sel (kosong menghapusnya).")
    }
    public static func unknownStatus(_ text: String) -> String {
        Text.pick("unknown status \"\(text)\"; expected done, partly, missed, moved:MONTH (e.g. moved:Apr) or clear", id: "status \"\(text)\" tidak dikenal; seharusnya done, partly, missed, moved:MONTH (mis. moved:Apr), atau clear")
    }
    public static func badDate(_ text: String) -> String {
        Text.pick("\"\(text)\" is not a date; expected YYYY-MM-DD",
                  id: "\"\(text)\" bukan tanggal; seharusnya YYYY-MM-DD")
    }
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
        Text.pick("\(TerminalText.safe(row, limit: 200)) \(month): \(what) (saved as change #\(seq))",
                  id: "\(TerminalText.safe(row, limit: 200)) \(month): \(what) (disimpan sebagai perubahan #\(seq))")
    }
    public static func unchanged(row: String, month: String, what: String) -> String {
        Text.pick("\(TerminalText.safe(row, limit: 200)) \(month): \(what) already; nothing to save",
                  id: "\(TerminalText.safe(row, limit: 200)) \(month): sudah \(what); tidak ada yang disimpan")
    }
}

/// Help and messages of `rencana evidence`.
extension Text.Progress {
    public static var evidenceAbstract: String {
        Text.pick("Add, list or remove the evidence (bukti dukung) of rows.",
                  id: "Tambah, tampilkan, atau hapus bukti dukung baris.")
    }
    public static var evidenceAddAbstract: String {
        Text.pick("Attach a file or a link as evidence of a row, optionally of one month.",
                  id: "Lampirkan berkas atau tautan sebagai bukti dukung sebuah baris, bila perlu untuk satu bulan.")
    }
    public static var evidenceListAbstract: String {
        Text.pick("List the evidence, or with --missing what lacks it.",
                  id: "Tampilkan bukti dukung, atau dengan --missing yang belum memilikinya.")
    }
    public static var evidenceRemoveAbstract: String {
        Text.pick("Remove one piece of evidence by its ID.",
                  id: "Hapus satu bukti dukung menurut ID-nya.")
    }
    public static var evidenceMonthHelp: String {
        Text.pick("The month the evidence is for (default: the whole row).",
                  id: "Bulan bukti dukung itu (bawaan: seluruh baris).")
    }
    public static var evidenceFileHelp: String {
        Text.pick("An existing regular file; stored relative to the plan's folder when inside it.",
                  id: "Berkas biasa yang sudah ada; disimpan relatif terhadap folder rencana bila berada di dalamnya.")
    }
    public static var evidenceURLHelp: String {
        Text.pick("A link: http:// or https:// with a host.",
                  id: "Tautan: http:// atau https:// dengan nama host.")
    }
    public static var evidenceKindHelp: String {
        Text.pick("SK, Notulen, Daftar Hadir, Laporan, Foto, SOP, Surat, Tautan or Lainnya (default: Lainnya, Tautan for a URL).",
                  id: "SK, Notulen, Daftar Hadir, Laporan, Foto, SOP, Surat, Tautan, atau Lainnya (bawaan: Lainnya, Tautan untuk URL).")
    }
    public static var evidenceTitleHelp: String { Text.pick("The document's title.", id: "Judul dokumen.") }
    public static var evidenceNumberHelp: String { Text.pick("The document's number.", id: "Nomor dokumen.") }
    public static var evidenceDateHelp: String {
        Text.pick("The document's date: YYYY-MM-DD or 8 April 2022.",
                  id: "Tanggal dokumen: YYYY-MM-DD atau 8 April 2022.")
    }
    public static var evidenceIDHelp: String {
        Text.pick("The evidence ID, as `rencana evidence list` shows it.",
                  id: "ID bukti dukung, seperti ditampilkan `rencana evidence list`.")
    }
    public static var missingHelp: String {
        Text.pick("List done cells without evidence, and evidence whose file does not exist (kurang bukti).",
                  id: "Tampilkan sel terlaksana tanpa bukti dukung, dan bukti dukung yang berkasnya tidak ada (kurang bukti).")
    }
    public static var fileOrURL: String {
        Text.pick("give exactly one of --file and --url",
                  id: "beri tepat satu dari --file dan --url")
    }
    public static func unknownKind(_ text: String) -> String {
        Text.pick("unknown kind \"\(text)\"; expected SK, Notulen, Daftar Hadir, Laporan, Foto, SOP, Surat, Tautan or Lainnya", id: "jenis \"\(text)\" tidak dikenal; seharusnya SK, Notulen, Daftar Hadir, Laporan, Foto, SOP, Surat, Tautan, atau Lainnya")
    }
    public static func evidenceSaved(id: String, row: String, seq: Int) -> String {
        Text.pick("evidence \(id) added to \(TerminalText.safe(row, limit: 200)) (saved as change #\(seq))",
                  id: "bukti \(id) ditambahkan ke \(TerminalText.safe(row, limit: 200)) (disimpan sebagai perubahan #\(seq))")
    }
    public static func evidenceRemoved(id: String, seq: Int) -> String {
        Text.pick("evidence \(TerminalText.safe(id, limit: 200)) removed (saved as change #\(seq))",
                  id: "bukti \(TerminalText.safe(id, limit: 200)) dihapus (disimpan sebagai perubahan #\(seq))")
    }
    public static var noEvidence: String { Text.pick("no evidence recorded", id: "belum ada bukti dukung tercatat") }
    public static var nothingMissing: String { Text.pick("nothing is missing evidence", id: "tidak ada yang kurang bukti") }
    public static func withoutEvidence(row: String, month: String, status: String) -> String {
        Text.pick("\(row) \(month): \(status) without evidence", id: "\(row) \(month): \(status) tanpa bukti dukung")
    }
    public static func fileGone(id: String, path: String) -> String {
        Text.pick("evidence \(id): file not found: \(path)",
                  id: "bukti \(id): berkas tidak ditemukan: \(path)")
    }
}

/// Help and messages of `rencana note`, `assign` and `review`.
extension Text.Progress {
    public static var noteAbstract: String {
        Text.pick("Set the catatan of one month of one row (empty text clears it).",
                  id: "Isi catatan satu bulan pada satu baris (teks kosong menghapusnya).")
    }
    public static var noteTextHelp: String { Text.pick("The catatan; empty clears it.", id: "Catatannya; kosong menghapusnya.") }
    public static var assignAbstract: String {
        Text.pick("Set the penanggung jawab (person or office) of a row (empty text clears it).",
                  id: "Isi penanggung jawab (orang atau unit) sebuah baris (teks kosong menghapusnya).")
    }
    public static var assignTextHelp: String {
        Text.pick("The penanggung jawab; empty clears it.",
                  id: "Penanggung jawabnya; kosong menghapusnya.")
    }
    public static var reviewAbstract: String {
        Text.pick("Record a row's monev notes for a Triwulan: kendala, tindak lanjut, tenggat.",
                  id: "Catat hasil monev sebuah baris untuk satu Triwulan: kendala, tindak lanjut, tenggat.")
    }
    public static var reviewTWHelp: String { Text.pick("The Triwulan, 1–4.", id: "Triwulan, 1–4.") }
    public static var kendalaHelp: String {
        Text.pick("The obstacles (kendala); empty clears.",
                  id: "Kendala; kosong menghapusnya.")
    }
    public static var tindakLanjutHelp: String {
        Text.pick("The follow-up (tindak lanjut); empty clears.",
                  id: "Tindak lanjut; kosong menghapusnya.")
    }
    public static var tenggatHelp: String {
        Text.pick("The follow-up's deadline: YYYY-MM-DD or 8 April 2022; empty clears.",
                  id: "Tenggat tindak lanjut: YYYY-MM-DD atau 8 April 2022; kosong menghapusnya.")
    }
    public static var reviewNothing: String {
        Text.pick("give at least one of --kendala, --tindak-lanjut and --tenggat",
                  id: "beri paling sedikit satu dari --kendala, --tindak-lanjut, dan --tenggat")
    }
    public static func rowSaved(row: String, what: String, seq: Int) -> String {
        Text.pick("\(TerminalText.safe(row, limit: 200)): \(what) (saved as change #\(seq))",
                  id: "\(TerminalText.safe(row, limit: 200)): \(what) (disimpan sebagai perubahan #\(seq))")
    }
    public static func rowUnchanged(row: String) -> String {
        Text.pick("\(TerminalText.safe(row, limit: 200)): unchanged; nothing to save",
                  id: "\(TerminalText.safe(row, limit: 200)): tidak berubah; tidak ada yang disimpan")
    }
}
