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
        public var allAreas = "all areas"
        /// The area filter, e.g. "area 7" or "areas 2 5".
        public var areaFilter: @Sendable (_ areas: [Int]) -> String = { areas in
            areas.count == 1 ? "area \(areas[0])" : "areas " + areas.map(String.init).joined(separator: " ")
        }
        public var rowsShown: @Sendable (_ shown: Int, _ total: Int) -> String = { "\($0)/\($1) rows" }
        /// While a large plan loads, its first rows are shown: "loading… first 300 rows".
        public var loadingRows: @Sendable (_ shown: Int) -> String = { "loading… first \($0) rows" }
        /// A key that needs the whole plan, pressed while it loads.
        public var stillLoading = "still loading the plan: this key works once it is loaded"
        public var saved = "saved"
        public var notSaved: @Sendable (_ reason: String) -> String = { "not saved: \($0)" }
        /// The search prompt when its query has reached the longest one typed.
        public var searchFull: @Sendable (_ limit: Int) -> String = { "(\($0) characters at most)" }
        /// A search still running in the background (plans of hundreds of thousands of rows).
        public var searching: @Sendable (_ query: String) -> String = { "/\($0): searching…" }

        // MARK: Notices (shown once, until the next key)

        public var nothingToUndo = "nothing to undo"
        public var nothingToRedo = "nothing to redo"
        /// An undo or redo of a change of `row` (in `month`, for a cell's change).
        public var undid: @Sendable (_ row: String, _ month: String?) -> String = { row, month in
            month.map { "undone: \($0) of \(row)" } ?? "undone: a change of \(row)"
        }
        public var redid: @Sendable (_ row: String, _ month: String?) -> String = { row, month in
            month.map { "redone: \($0) of \(row)" } ?? "redone: a change of \(row)"
        }
        public var noMatches: @Sendable (_ query: String) -> String = { "no row contains \"\($0)\"" }
        public var noSuchArea: @Sendable (_ number: Int) -> String = { "there is no area \($0)" }
        public var foldedLine = "a folded line: press + to open it, then toggle a month"
        public var needsRealisasi = "press r for the Realisasi layer to record what was done"
        public var movedToItself = "a month cannot be moved to itself"
        public var noEvidence = "no bukti dukung on this month or row to remove"
        /// Space or a status key pressed in the Triwulan or Semester view.
        public var needsBulan = "switch to Bulan with t to change a month"
        /// What a folded line shows after its title: how many indicator rows it holds.
        public var foldedRows: @Sendable (_ rows: Int) -> String = { $0 == 1 ? "(1 row)" : "(\($0) rows)" }
        public var noRows = "No rows to show. Press 0 to show all areas."

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
        public var movePrompt: @Sendable (_ row: String, _ month: String) -> String = { "Digeser: \($1) of \($0) to" }
        public var notePrompt: @Sendable (_ row: String, _ month: String) -> String = { "Catatan \($1) of \($0):" }
        public var pjPrompt: @Sendable (_ row: String) -> String = { "Penanggung jawab of \($0):" }
        public var evidencePrompt: @Sendable (_ row: String, _ month: String) -> String = { "Bukti dukung \($1) of \($0), file or URL:" }
        public var keysMovePrompt: [(key: String, label: String)] = [
            ("Enter", "Record"), ("←→ 1-9 0", "Month"), ("Esc", "Cancel"),
        ]
        /// The Realisasi layer's own keys, `r` (back to Rencana) first so it stays on the narrowest bar that has a layer key.
        public var keysRealisasi: [(key: String, label: String)] = [
            ("?", "Help"), ("r", "Rencana"), ("y", "Done"), ("p", "Partly"), ("m", "Missed"), (">", "Moved"), ("c", "Clear"),
            ("u", "Undo"), ("[ ]", "As of"), ("e", "Note"), ("b", "Bukti"), ("T", "Review"), ("P", "PJ"), ("d", "Detail"),
            ("q", "Quit"),
        ]
        /// The legend of the Realisasi cells, in the help.
        public var legendRealisasi: @Sendable (_ glyphs: [String]) -> [String] = { g in
            [
                "Realisasi:  \(g[0]) done  \(g[1]) partly  \(g[2]) missed  \(g[3]) moved  \(g[4]) overdue",
                "            \(g[5]) done outside the schedule  \(g[6]) planned, not yet due",
                "CAPAIAN = (done + ½ partly) ÷ months due, from January to the as-of month",
                "          (– when nothing is due)",
            ]
        }

        // MARK: Key bar (key, label)

        /// The grid's keys in the Rencana layer; `r` (the monitoring layer) right after help, so it stays as the bar narrows.
        public var keysGrid: [(key: String, label: String)] = [
            ("?", "Help"), ("r", "Realisasi"), ("Space", "Toggle"), ("u", "Undo"), ("/", "Search"), ("0-8", "Area"),
            ("a", "Areas"), ("-+*", "Fold"), ("t", "Periods"), ("d", "Detail"),
            ("E", "Edit"), ("o", "Add row"), ("x", "Delete"), ("K J", "Move"), ("v", "Revision"),
            ("q", "Quit"),
        ]
        public var keysSearchKept: [(key: String, label: String)] = [("n", "Next"), ("N", "Previous"), ("Esc", "Clear")]
        public var keysSearching: [(key: String, label: String)] = [
            ("Enter", "Keep"), ("Esc", "Clear"), ("↑↓", "Previous/Next"),
        ]
        public var keysDetail: [(key: String, label: String)] = [
            ("Esc", "Close"), ("↑↓", "Row"), ("PgUp PgDn", "Scroll"), ("Space", "Toggle"), ("u", "Undo"),
        ]
        public var keysDetailRealisasi: [(key: String, label: String)] = [
            ("Esc", "Close"), ("↑↓", "Row"), ("PgUp PgDn", "Scroll"), ("y p m > c", "Status"), ("e", "Note"),
            ("P", "Penanggung jawab"), ("b X", "Bukti"), ("T", "Review"), ("u", "Undo"),
        ]
        public var keysHelp: [(key: String, label: String)] = [("Esc", "Close"), ("↑↓", "Scroll")]
        public var keysPicker: [(key: String, label: String)] = [
            ("↑↓", "Move"), ("Space", "Select"), ("Enter", "Apply"), ("0-8", "One area"), ("Esc", "Cancel"),
        ]
        public var searchPrompt = "/"

        // MARK: Help overlay

        public var helpTitle = "Keys"
        /// What each entry of the key table (GanttUI's `KeyTable`, by id) does; help lists them with their keys.
        public var keyHelp: [String: String] = [
            "rows": "previous / next row",
            "months": "previous / next month",
            "pages": "a page up / down",
            "halfPages": "half a page up / down",
            "ends": "first / last row",
            "toggle": "Rencana: toggle the selected month (saved at once)",
            "undo": "undo your own last change, never a colleague's",
            "redo": "redo",
            "area": "show only that change area",
            "allAreas": "show all areas",
            "areaPicker": "choose several areas",
            "search": "search all text columns (up to 200 characters); Enter keeps it",
            "matches": "next / previous match",
            "detail": "detail pane of the selected row (PgUp PgDn scroll it)",
            "period": "month columns by Bulan / Triwulan (TW I–IV) / Semester; ← → move by period",
            "layer": "switch the grid: Rencana (the plan's √) / Realisasi (what was done)",
            "done": "Realisasi: record the month done (again: clear it)",
            "partlyMissed": "Realisasi: record partly done / not done",
            "moved": "Realisasi: moved to another month (← → or a digit, Enter)",
            "clear": "Realisasi: clear the month's status",
            "asOf": "Realisasi: count progress as of the month before / after",
            "editors": "Realisasi: edit the catatan / the row's penanggung jawab / its Triwulan review (kendala, tindak lanjut, tenggat)",
            "evidence": "Realisasi: add bukti dukung (a file or URL) / remove the month's latest",
            "addRow": "add an indicator row below / above the cursor's, in its sub kegiatan",
            "addGroup": "add a sub kegiatan, kegiatan or area after the cursor's",
            "delete": "delete the row or its sub kegiatan / kegiatan / area (asks first; u brings it back)",
            "moveRow": "move the row up / down in its sub kegiatan (on a folded line: the folded group)",
            "moveTo": "move the row to another place, also another sub kegiatan (↑ ↓, then Enter)",
            "revision": "revision view: the plan against the plan as signed (Tab: the row's differences)",
            "fold": "fold the group around the cursor (again: the level above)",
            "unfold": "open the folded line under the cursor (or click the + it starts with)",
            "foldAll": "fold every area; when all are folded, open everything",
            "foldEverything": "fold everything to areas / open every fold",
            "foldToLevel": "fold to areas / kegiatan / sub kegiatan",
            "foldPrefix": "starts vim's fold keys (zc zo za zM zR z1 z2 z3)",
            "help": "this help",
            "close": "close the overlay or pane, clear the search",
            "redraw": "redraw the screen",
            "quit": "quit (everything is saved already)",
        ].merging(Text.Editor.keyHelp) { old, _ in old }.merging(Text.Conflict.keyHelp) { old, _ in old }
        /// Help lines that are not keys.
        public var helpMouse: (keys: String, what: String) = ("mouse", "click selects a cell, the wheel scrolls; --no-mouse turns it off")
        /// The legend under the keys: what the marks mean.
        public var legend: @Sendable (_ mark: String, _ changed: String, _ current: String) -> [String] = { mark, changed, current in
            [
                "\(mark)  scheduled month      \(changed)  differs from the plan as signed",
                "\(current)  under the current month's header",
            ]
        }

        // MARK: Area picker

        public var pickerTitle = "Show areas"
        public var pickerAll = "all areas"

        // MARK: Detail pane

        public var detailTitle: @Sendable (_ id: String) -> String = { "Row \($0)" }
        public var detailMonthsNow = "Months"
        public var detailMonthsSigned = "As signed"
        public var detailHistory = "History"
        public var detailNoHistory = "no changes recorded"
        public var detailNone = "—"
        public var detailPJ = "Penanggung jawab"
        public var detailRealisasi = "Realisasi"
        public var detailNotRecorded = "belum dicatat"
        public var detailNotes = "Catatan"
        public var detailEvidence = "Bukti dukung"
        public var detailNoEvidence = "none yet (b adds one)"
        /// Evidence tied to the whole row rather than one month.
        public var detailWholeRow = "all year"
        /// A status as the document writes it (Terlaksana, Digeser ke April…), from its journal code.
        public var statusName: @Sendable (_ code: String) -> String = { Text.Progress.statusName($0) }
        /// One history line: when, who, which month, from → to, and what kind.
        public var historyLine: @Sendable (_ when: String, _ who: String, _ month: String, _ on: Bool, _ kind: String, _ undoes: Int?) -> String = {
            when, who, month, on, kind, undoes in
            let what = on ? "\(month) scheduled" : "\(month) cleared"
            switch kind {
            case "undo": return "\(when)  \(who)  \(what) (undo of #\(undoes ?? 0))"
            case "redo": return "\(when)  \(who)  \(what) (redo of #\(undoes ?? 0))"
            default: return "\(when)  \(who)  \(what)"
            }
        }

        /// A monitoring entry in the history: when, who, what ("Jan Tidak Terlaksana").
        public var historyOther: @Sendable (_ when: String, _ who: String, _ what: String) -> String = { "\($0)  \($1)  \($2)" }
        public var historyDate = "tanggal"
        public var historyEvidence: @Sendable (_ added: Bool, _ kind: String) -> String = {
            $0 ? "bukti dukung added (\($1))" : "bukti dukung removed (\($1))"
        }

        // MARK: Terminal

        public var tooSmall: @Sendable (_ width: Int, _ height: Int, _ minWidth: Int, _ minHeight: Int) -> String = { w, h, mw, mh in
            "Terminal too small (\(w)x\(h)). Rencana needs at least \(mw)x\(mh)."
        }
        public var notATerminal = "the dashboard needs a terminal on stdin and stdout; use `rencana list` to print the plan instead"

        /// Adding, deleting and moving rows, and the revision view.
        public var structure = Structure()

        public init() {}

        /// The interface in English.
        public static let english = Dashboard()
    }
}
