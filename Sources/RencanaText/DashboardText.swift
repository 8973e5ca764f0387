extension Text {
    /// Every string the dashboard shows. The document's own column labels stay Indonesian in any language.
    public struct Dashboard: Sendable {
        // The document's column headers are data of the plan (PlanModel.TableHeader), never translated.

        /// Headers of the single outline column on narrow terminals, longest first; the first that fits is used.
        public var outlineHeaders: @Sendable (_ separator: String) -> [String] = { sep in
            [
                "AREA \(sep) KEGIATAN \(sep) SUB KEGIATAN \(sep) INDIKATOR KEBERHASILAN",
                "AREA \(sep) KEGIATAN \(sep) SUB KEGIATAN \(sep) INDIKATOR",
                "KEGIATAN \(sep) SUB KEGIATAN \(sep) INDIKATOR",
                "KEGIATAN \(sep) SUB \(sep) INDIKATOR",
            ]
        }

        // MARK: Title bar

        /// The document as named in the title bar: the plan's title without its "di Lingkungan …" clause,
        /// its year, and the unit, e.g. "Rencana Aksi Reformasi Birokrasi 2022 · Sekretariat …".
        public var documentTitle: @Sendable (_ title: String, _ year: Int, _ unit: String) -> String = { title, year, unit in
            var short = title
            for clause in [" di Lingkungan ", " di lingkungan ", " DI LINGKUNGAN ", " Tahun ", " TAHUN "] {
                if let range = short.firstRange(of: clause) { short = String(short[..<range.lowerBound]) }
            }
            let named = "\(short) \(year)"
            return unit.isEmpty ? named : "\(named) · \(unit)"
        }
        public var allAreas = Text.pick("all areas", id: "semua area")
        /// The area filter, e.g. "area 7" or "areas 2 5".
        public var areaFilter: @Sendable (_ areas: [Int]) -> String = { areas in
            areas.count == 1 ? "area \(areas[0])"
                : Text.pick("areas ", id: "area ") + areas.map(String.init).joined(separator: " ")
        }
        public var rowsShown: @Sendable (_ shown: Int, _ total: Int) -> String = { Text.pick("\($0)/\($1) rows", id: "\($0)/\($1) baris") }
        /// While a large plan loads, its first rows are shown: "loading… first 300 rows".
        public var loadingRows: @Sendable (_ shown: Int) -> String = {
            Text.pick("loading… first \($0) rows", id: "memuat… \($0) baris pertama")
        }
        /// A key that needs the whole plan, pressed while it loads.
        public var stillLoading = Text.pick("still loading the plan: this key works once it is loaded",
                                            id: "rencana masih dimuat: tombol ini berfungsi setelah selesai dimuat")
        public var saved = Text.pick("saved", id: "tersimpan")
        public var notSaved: @Sendable (_ reason: String) -> String = { Text.pick("not saved: \($0)", id: "tidak tersimpan: \($0)") }
        /// The search prompt when its query has reached the longest one typed.
        public var searchFull: @Sendable (_ limit: Int) -> String = {
            Text.pick("(\($0) characters at most)", id: "(paling banyak \($0) karakter)")
        }
        /// A search still running in the background (plans of hundreds of thousands of rows).
        public var searching: @Sendable (_ query: String) -> String = { Text.pick("/\($0): searching…", id: "/\($0): mencari…") }

        // MARK: Notices (shown once, until the next key)

        public var nothingToUndo = Text.pick("nothing to undo", id: "tidak ada yang dapat diurungkan")
        public var nothingToRedo = Text.pick("nothing to redo", id: "tidak ada yang dapat diulangi")
        /// An undo or redo of a change of `row` (in `month`, for a cell's change).
        public var undid: @Sendable (_ row: String, _ month: String?) -> String = { row, month in
            month.map { Text.pick("undone: \($0) of \(row)", id: "diurungkan: \($0) pada \(row)") }
                ?? Text.pick("undone: a change of \(row)", id: "diurungkan: perubahan pada \(row)")
        }
        public var redid: @Sendable (_ row: String, _ month: String?) -> String = { row, month in
            month.map { Text.pick("redone: \($0) of \(row)", id: "diulangi: \($0) pada \(row)") }
                ?? Text.pick("redone: a change of \(row)", id: "diulangi: perubahan pada \(row)")
        }
        public var noMatches: @Sendable (_ query: String) -> String = {
            Text.pick("no row contains \"\($0)\"", id: "tidak ada baris yang memuat \"\($0)\"")
        }
        public var noSuchArea: @Sendable (_ number: Int) -> String = { Text.pick("there is no area \($0)", id: "tidak ada area \($0)") }
        public var foldedLine = Text.pick("a folded line: press + to open it, then toggle a month",
                                          id: "baris terlipat: tekan + untuk membukanya, lalu centang bulannya")
        public var needsRealisasi = Text.pick("press r for the Realisasi layer to record what was done",
                                              id: "tekan r untuk lapisan Realisasi guna mencatat yang sudah dilaksanakan")
        public var movedToItself = Text.pick("a month cannot be moved to itself", id: "bulan tidak dapat digeser ke bulan itu sendiri")
        public var noEvidence = Text.pick("no bukti dukung on this month or row to remove",
                                          id: "tidak ada bukti dukung pada bulan atau baris ini untuk dihapus")
        /// Space or a status key pressed in the Triwulan or Semester view.
        public var needsBulan = Text.pick("switch to Bulan with t to change a month", id: "pindah ke tampilan Bulan dengan t untuk mengubah bulan")
        /// What a folded line shows after its title: how many indicator rows it holds.
        public var foldedRows: @Sendable (_ rows: Int) -> String = {
            $0 == 1 ? Text.pick("(1 row)", id: "(1 baris)") : Text.pick("(\($0) rows)", id: "(\($0) baris)")
        }
        public var noRows = Text.pick("No rows to show. Press 0 to show all areas.",
                                      id: "Tidak ada baris untuk ditampilkan. Tekan 0 untuk menampilkan semua area.")

        // MARK: Period views (t)

        /// The month columns' view named in the title bar: Bulan (12 months), Triwulan, Semester.
        public var periodViewNames = ["Bulan", "Triwulan", "Semester"]
        /// The column headers of the Triwulan and Semester views.
        public var triwulanHeaders = ["TW I", "TW II", "TW III", "TW IV"]
        public var semesterHeaders = ["Sem I", "Sem II"]

        // MARK: Realisasi layer

        /// The layer named in the title bar.
        public var layerRencana = "Rencana"
        /// Realisasi with its as-of month and the whole plan's capaian: "Realisasi s.d. Mar 45,5%".
        public var layerRealisasi: @Sendable (_ asOf: String, _ capaian: String) -> String = { "Realisasi s.d. \($0) \($1)" }
        /// Headers of the capaian column (in the place of KET), longest first; the first that fits is used.
        public var capaianHeaders = ["CAPAIAN", "%"]
        /// The move prompt: "Digeser: Feb of 1.1.1.1 to".
        public var movePrompt: @Sendable (_ row: String, _ month: String) -> String = {
            Text.pick("Digeser: \($1) of \($0) to", id: "Digeser: \($1) pada \($0) ke")
        }
        public var notePrompt: @Sendable (_ row: String, _ month: String) -> String = {
            Text.pick("Catatan \($1) of \($0):", id: "Catatan \($1) pada \($0):")
        }
        public var pjPrompt: @Sendable (_ row: String) -> String = {
            Text.pick("Penanggung jawab of \($0):", id: "Penanggung jawab \($0):")
        }
        public var evidencePrompt: @Sendable (_ row: String, _ month: String) -> String = {
            Text.pick("Bukti dukung \($1) of \($0), file or URL:", id: "Bukti dukung \($1) pada \($0), berkas atau URL:")
        }
        public var keysMovePrompt: [(key: String, label: String)] = [
            ("Enter", Text.pick("Record", id: "Catat")), ("←→ 1-9 0", Text.pick("Month", id: "Bulan")),
            ("Esc", Text.pick("Cancel", id: "Batal")),
        ]
        /// The Realisasi layer's own keys, `r` (back to Rencana) first so it stays on the narrowest bar that has a layer key.
        public var keysRealisasi: [(key: String, label: String)] = [
            ("?", Text.pick("Help", id: "Bantuan")), ("r", "Rencana"), ("y", Text.pick("Done", id: "Ya")),
            ("p", Text.pick("Partly", id: "Sebagian")), ("m", Text.pick("Missed", id: "Tidak")), (">", Text.pick("Moved", id: "Geser")),
            ("c", Text.pick("Clear", id: "Kosong")), ("u", Text.pick("Undo", id: "Urungkan")), ("[ ]", Text.pick("As of", id: "s.d.")),
            ("e", Text.pick("Note", id: "Catatan")), ("b", "Bukti"), ("T", Text.pick("Review", id: "Reviu")), ("P", "PJ"),
            ("d", Text.pick("Detail", id: "Rincian")), ("q", Text.pick("Quit", id: "Keluar")),
        ]
        /// The legend of the Realisasi cells, in the help.
        public var legendRealisasi: @Sendable (_ glyphs: [String]) -> [String] = { g in
            Text.pick([
                "Realisasi:  \(g[0]) done  \(g[1]) partly  \(g[2]) missed  \(g[3]) moved  \(g[4]) overdue",
                "            \(g[5]) done outside the schedule  \(g[6]) planned, not yet due",
                "CAPAIAN = (done + ½ partly) ÷ months due, from January to the as-of month",
                "          (– when nothing is due)",
            ], id: [
                "Realisasi:  \(g[0]) terlaksana  \(g[1]) sebagian  \(g[2]) tidak terlaksana  \(g[3]) digeser  \(g[4]) terlambat",
                "            \(g[5]) terlaksana di luar jadwal  \(g[6]) direncanakan, belum jatuh tempo",
                "CAPAIAN = (terlaksana + ½ sebagian) ÷ bulan jatuh tempo, dari Januari s.d. bulan acuan",
                "          (– bila belum ada yang jatuh tempo)",
            ])
        }

        // MARK: Key bar (key, label)

        /// The grid's keys in the Rencana layer; `r` (the monitoring layer) right after help, so it stays as the bar narrows.
        public var keysGrid: [(key: String, label: String)] = [
            ("?", Text.pick("Help", id: "Bantuan")), ("r", "Realisasi"), ("Space", Text.pick("Toggle", id: "Centang")),
            ("u", Text.pick("Undo", id: "Urungkan")), ("/", Text.pick("Search", id: "Cari")), ("0-8", "Area"),
            ("a", Text.pick("Areas", id: "Pilih area")), ("-+*", Text.pick("Fold", id: "Lipat")), ("t", Text.pick("Periods", id: "Periode")),
            ("d", Text.pick("Detail", id: "Rincian")), ("E", Text.pick("Edit", id: "Ubah")), ("o", Text.pick("Add row", id: "Tambah baris")),
            ("x", Text.pick("Delete", id: "Hapus")), ("K J", Text.pick("Move", id: "Pindah")), ("v", Text.pick("Revision", id: "Revisi")),
            ("q", Text.pick("Quit", id: "Keluar")),
        ]
        public var keysSearchKept: [(key: String, label: String)] = [
            ("n", Text.pick("Next", id: "Berikutnya")), ("N", Text.pick("Previous", id: "Sebelumnya")), ("Esc", Text.pick("Clear", id: "Hapus")),
        ]
        public var keysSearching: [(key: String, label: String)] = [
            ("Enter", Text.pick("Keep", id: "Pakai")), ("Esc", Text.pick("Clear", id: "Hapus")),
            ("↑↓", Text.pick("Previous/Next", id: "Sebelum/Berikut")),
        ]
        public var keysDetail: [(key: String, label: String)] = [
            ("Esc", Text.pick("Close", id: "Tutup")), ("↑↓", Text.pick("Row", id: "Baris")), ("PgUp PgDn", Text.pick("Scroll", id: "Gulir")),
            ("Space", Text.pick("Toggle", id: "Centang")), ("u", Text.pick("Undo", id: "Urungkan")),
        ]
        public var keysDetailRealisasi: [(key: String, label: String)] = [
            ("Esc", Text.pick("Close", id: "Tutup")), ("↑↓", Text.pick("Row", id: "Baris")), ("PgUp PgDn", Text.pick("Scroll", id: "Gulir")),
            ("y p m > c", "Status"), ("e", Text.pick("Note", id: "Catatan")), ("P", "Penanggung jawab"), ("b X", "Bukti"),
            ("T", Text.pick("Review", id: "Reviu")), ("u", Text.pick("Undo", id: "Urungkan")),
        ]
        public var keysHelp: [(key: String, label: String)] = [
            ("Esc", Text.pick("Close", id: "Tutup")), ("↑↓", Text.pick("Scroll", id: "Gulir")),
        ]
        public var keysPicker: [(key: String, label: String)] = [
            ("↑↓", Text.pick("Move", id: "Pindah")), ("Space", Text.pick("Select", id: "Pilih")), ("Enter", Text.pick("Apply", id: "Terapkan")),
            ("0-8", Text.pick("One area", id: "Satu area")), ("Esc", Text.pick("Cancel", id: "Batal")),
        ]
        public var searchPrompt = "/"

        // MARK: Help overlay

        public var helpTitle = Text.pick("Keys", id: "Tombol")
        /// What each entry of the key table (GanttUI's `KeyTable`, by id) does; help lists them with their keys.
        public var keyHelp: [String: String] = Dashboard.keyHelpPicked
            .merging(Text.Editor.keyHelp) { old, _ in old }.merging(Text.Conflict.keyHelp) { old, _ in old }
        /// Help lines that are not keys.
        public var helpMouse: (keys: String, what: String) = (
            Text.pick("mouse", id: "tetikus"),
            Text.pick("click selects a cell, the wheel scrolls; --no-mouse turns it off",
                      id: "klik memilih sel, roda menggulir; --no-mouse mematikannya")
        )
        /// The legend under the keys: what the marks mean.
        public var legend: @Sendable (_ mark: String, _ changed: String, _ current: String) -> [String] = { mark, changed, current in
            Text.pick([
                "\(mark)  scheduled month      \(changed)  differs from the plan as signed",
                "\(current)  under the current month's header",
            ], id: [
                "\(mark)  bulan terjadwal      \(changed)  berbeda dari rencana yang ditandatangani",
                "\(current)  di bawah judul kolom bulan berjalan",
            ])
        }

        // MARK: Area picker

        public var pickerTitle = Text.pick("Show areas", id: "Tampilkan area")
        public var pickerAll = Text.pick("all areas", id: "semua area")

        // MARK: Detail pane

        public var detailTitle: @Sendable (_ id: String) -> String = { Text.pick("Row \($0)", id: "Baris \($0)") }
        public var detailMonthsNow = Text.pick("Months", id: "Bulan")
        public var detailMonthsSigned = Text.pick("As signed", id: "Saat ditandatangani")
        public var detailHistory = Text.pick("History", id: "Riwayat")
        public var detailNoHistory = Text.pick("no changes recorded", id: "belum ada perubahan tercatat")
        public var detailNone = "—"
        public var detailPJ = "Penanggung jawab"
        public var detailRealisasi = "Realisasi"
        public var detailNotRecorded = "belum dicatat"
        public var detailNotes = "Catatan"
        public var detailEvidence = "Bukti dukung"
        public var detailNoEvidence = Text.pick("none yet (b adds one)", id: "belum ada (b untuk menambah)")
        /// Evidence tied to the whole row rather than one month.
        public var detailWholeRow = Text.pick("all year", id: "setahun")
        /// A status as the document writes it (Terlaksana, Digeser ke April…), from its journal code.
        public var statusName: @Sendable (_ code: String) -> String = { Text.Progress.statusName($0) }
        /// One history line: when, who, which month, from → to, and what kind.
        public var historyLine: @Sendable (_ when: String, _ who: String, _ month: String, _ on: Bool, _ kind: String, _ undoes: Int?) -> String = {
            when, who, month, on, kind, undoes in
            let what = on ? Text.pick("\(month) scheduled", id: "\(month) dijadwalkan")
                : Text.pick("\(month) cleared", id: "\(month) dikosongkan")
            switch kind {
            case "undo": return Text.pick("\(when)  \(who)  \(what) (undo of #\(undoes ?? 0))",
                                          id: "\(when)  \(who)  \(what) (urungkan #\(undoes ?? 0))")
            case "redo": return Text.pick("\(when)  \(who)  \(what) (redo of #\(undoes ?? 0))",
                                          id: "\(when)  \(who)  \(what) (ulangi #\(undoes ?? 0))")
            default: return "\(when)  \(who)  \(what)"
            }
        }

        /// A monitoring entry in the history: when, who, what ("Jan Tidak Terlaksana").
        public var historyOther: @Sendable (_ when: String, _ who: String, _ what: String) -> String = { "\($0)  \($1)  \($2)" }
        public var historyDate = "tanggal"
        public var historyEvidence: @Sendable (_ added: Bool, _ kind: String) -> String = {
            $0 ? Text.pick("bukti dukung added (\($1))", id: "bukti dukung ditambahkan (\($1))")
                : Text.pick("bukti dukung removed (\($1))", id: "bukti dukung dihapus (\($1))")
        }

        // MARK: Terminal

        public var tooSmall: @Sendable (_ width: Int, _ height: Int, _ minWidth: Int, _ minHeight: Int) -> String = { w, h, mw, mh in
            Text.pick("Terminal too small (\(w)x\(h)). Rencana needs at least \(mw)x\(mh).",
                      id: "Terminal terlalu kecil (\(w)x\(h)). Rencana memerlukan paling sedikit \(mw)x\(mh).")
        }
        public var notATerminal = Text.pick(
            "the dashboard needs a terminal on stdin and stdout; use `rencana list` to print the plan instead",
            id: "dasbor memerlukan terminal pada stdin dan stdout; gunakan `rencana list` untuk mencetak rencana")

        /// Adding, deleting and moving rows, and the revision view.
        public var structure = Structure()

        /// The interface in the language of `Text.language` when it is made (its functions speak the language in
        /// force when they are called, which in the dashboard is the same one).
        public init() {}

        /// The interface in English (tests and any caller that must not follow the environment).
        public static let english = Text.$language.withValue(.en) { Dashboard() }
        /// The interface in Indonesian.
        public static let indonesian = Text.$language.withValue(.id) { Dashboard() }
        /// The interface in the process's language (`Text.language`): the dashboard's default.
        public static var current: Dashboard { Text.language == .id ? indonesian : english }

        /// What each key does (by its id in GanttUI's `KeyTable`), in the interface's language.
        static var keyHelpPicked: [String: String] {
            [
                "rows": Text.pick("previous / next row",
                                 id: "baris sebelumnya / berikutnya"),
                "months": Text.pick("previous / next month",
                                 id: "bulan sebelumnya / berikutnya"),
                "pages": Text.pick("a page up / down",
                                 id: "satu halaman ke atas / ke bawah"),
                "halfPages": Text.pick("half a page up / down",
                                 id: "setengah halaman ke atas / ke bawah"),
                "ends": Text.pick("first / last row",
                                 id: "baris pertama / terakhir"),
                "toggle": Text.pick("Rencana: toggle the selected month (saved at once)",
                                 id: "Rencana: ubah centang bulan (langsung tersimpan)"),
                "undo": Text.pick("undo your own last change, never a colleague's",
                                 id: "urungkan perubahan terakhir Anda (bukan rekan)"),
                "redo": Text.pick("redo",
                                 id: "ulangi"),
                "area": Text.pick("show only that change area",
                                 id: "tampilkan hanya area perubahan tersebut"),
                "allAreas": Text.pick("show all areas",
                                 id: "tampilkan semua area"),
                "areaPicker": Text.pick("choose several areas",
                                 id: "pilih beberapa area"),
                "search": Text.pick("search all text columns (up to 200 characters); Enter keeps it",
                                 id: "cari semua kolom (≤ 200 karakter); Enter: tetap"),
                "matches": Text.pick("next / previous match",
                                 id: "hasil berikutnya / sebelumnya"),
                "detail": Text.pick("detail pane of the selected row (PgUp PgDn scroll it)",
                                 id: "rincian baris terpilih (PgUp PgDn menggulir)"),
                "period": Text.pick("month columns by Bulan / Triwulan (TW I–IV) / Semester; ← → move by period",
                                 id: "tampilan Bulan / Triwulan / Semester; ← → periode"),
                "layer": Text.pick("switch the grid: Rencana (the plan's √) / Realisasi (what was done)",
                                 id: "lapisan Rencana (√) / Realisasi (pelaksanaan)"),
                "done": Text.pick("Realisasi: record the month done (again: clear it)",
                                 id: "Realisasi: catat terlaksana (lagi: kosongkan)"),
                "partlyMissed": Text.pick("Realisasi: record partly done / not done",
                                 id: "Realisasi: catat sebagian / tidak terlaksana"),
                "moved": Text.pick("Realisasi: moved to another month (← → or a digit, Enter)",
                                 id: "Realisasi: geser ke bulan lain (← →/angka, Enter)"),
                "clear": Text.pick("Realisasi: clear the month's status",
                                 id: "Realisasi: kosongkan status bulan"),
                "asOf": Text.pick("Realisasi: count progress as of the month before / after",
                                 id: "Realisasi: capaian s.d. bulan sebelum / sesudahnya"),
                "editors": Text.pick("Realisasi: edit the catatan / the row's penanggung jawab / its Triwulan review (kendala, tindak lanjut, tenggat)",
                                 id: "Realisasi: ubah catatan / PJ / reviu Triwulan (kendala, tindak lanjut, tenggat)"),
                "evidence": Text.pick("Realisasi: add bukti dukung (a file or URL) / remove the month's latest",
                                 id: "Realisasi: tambah bukti (berkas/URL) / hapus yang terakhir"),
                "addRow": Text.pick("add an indicator row below / above the cursor's, in its sub kegiatan",
                                 id: "tambah baris indikator di bawah / di atas kursor"),
                "addGroup": Text.pick("add a sub kegiatan, kegiatan or area after the cursor's",
                                 id: "tambah sub kegiatan, kegiatan, atau area baru"),
                "delete": Text.pick("delete the row or its sub kegiatan / kegiatan / area (asks first; u brings it back)",
                                 id: "hapus baris/kelompok (ditanya dulu; u urungkan)"),
                "moveRow": Text.pick("move the row up / down in its sub kegiatan (on a folded line: the folded group)",
                                 id: "pindahkan baris (atau kelompok terlipat) naik / turun"),
                "moveTo": Text.pick("move the row to another place, also another sub kegiatan (↑ ↓, then Enter)",
                                 id: "pindahkan baris ke tempat lain (↑ ↓, lalu Enter)"),
                "revision": Text.pick("revision view: the plan against the plan as signed (Tab: the row's differences)",
                                 id: "revisi: rencana kini vs yang ditandatangani (Tab)"),
                "fold": Text.pick("fold the group around the cursor (again: the level above)",
                                 id: "lipat kelompok kursor (lagi: tingkat di atasnya)"),
                "unfold": Text.pick("open the folded line under the cursor (or click the + it starts with)",
                                 id: "buka baris terlipat di kursor (atau klik +-nya)"),
                "foldAll": Text.pick("fold every area; when all are folded, open everything",
                                 id: "lipat semua area; bila sudah, buka semuanya"),
                "foldEverything": Text.pick("fold everything to areas / open every fold",
                                 id: "lipat semua ke area / buka semua lipatan"),
                "foldToLevel": Text.pick("fold to areas / kegiatan / sub kegiatan",
                                 id: "lipat ke tingkat area / kegiatan / sub kegiatan"),
                "foldPrefix": Text.pick("starts vim's fold keys (zc zo za zM zR z1 z2 z3)",
                                 id: "awal tombol lipat vim (zc zo za zM zR z1 z2 z3)"),
                "help": Text.pick("this help",
                                 id: "bantuan ini"),
                "close": Text.pick("close the overlay or pane, clear the search",
                                 id: "tutup jendela atau panel, hapus pencarian"),
                "redraw": Text.pick("redraw the screen",
                                 id: "gambar ulang layar"),
                "quit": Text.pick("quit (everything is saved already)",
                                 id: "keluar (semua sudah tersimpan)"),
            ]
        }
    }
}
