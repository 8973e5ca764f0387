/// Interface strings of the `rencana` command line.
extension Text {
    public enum Command {
        // MARK: Help texts
        /// The one line a command ends with when it dies of a trap (most often a failed allocation).
        public static let crashed = "stopped: out of memory or an internal error (no file was left half-written); "
            + "free some memory and run the command again"
        public static let rootAbstract = "A terminal dashboard for reform action plans (Rencana Aksi Reformasi Birokrasi)."
        public static let rootDiscussion = """
            Opens PLAN (default ./plan.json) as a month-by-activity Gantt grid. Changes to the \
            checkmarks are saved at once to a state file beside the plan's own file, which is \
            never rewritten: plan.json stays the plan as signed.

            The state lives in $XDG_STATE_HOME/rencana/ (or ~/.local/state/rencana/), one file \
            per plan; --state PATH chooses another. To go back to the plan as signed, move that \
            file away or use `rencana undo`.
            """
        public static let openAbstract = "Open the dashboard on a plan (the default command)."
        public static let checkAbstract = "Validate a plan and its state, and count what they hold."
        public static let listAbstract = "Print the plan as an aligned text table."
        public static let exportAbstract = "Write the plan as CSV, Markdown or JSON to standard output."
        public static let setAbstract = "Set one month of one row on or off."
        public static let setDiscussion = """
            Examples:
              rencana set plan.json 1.1.1.1 Feb on
              rencana set 7.3.1.2 Agustus off        (PLAN defaults to ./plan.json)
            MONTH may be Jan…Des in any case, a full Indonesian name (Januari…Desember), \
            Agu/Agt, English Aug/Oct/Dec, or a number 1–12.
            """
        public static let toggleAbstract = "Flip one month of one row."
        public static let logAbstract = "Show the history of changes, newest first."
        public static let undoAbstract = "Take back this laptop's latest change."
        public static let redoAbstract = "Put back the latest undone change."
        public static let importAbstract = "Build a plan from a CSV in the export's 18-column layout."
        public static let importDiscussion = """
            The CSV has the header NO,AREA PERUBAHAN,KEGIATAN,SUB KEGIATAN,INDIKATOR KEBERHASILAN,\
            Jan,…,Des,KET (an ID column first is allowed). Parent columns may be repeated on every \
            line or left blank under their first line, as merged cells are saved. Marks may be \
            √, ✓, v, V, x or X. Comma- or semicolon-separated.
            """

        public static let generateAbstract = "Write a synthetic plan of any size (for benchmarks and trials)."
        public static let rowsHelp = "How many indicator rows."
        public static let seedHelp = "Seed: the same seed always gives the same plan."
        public static let rowsRange = "--rows must be from 1 to 10000000"
        public static let planHelp = "The plan file (default: ./plan.json)."
        public static let stateHelp = "The state file holding your changes (default: one per plan under $XDG_STATE_HOME/rencana/)."
        public static let resetStateHelp = "Move a damaged state file aside to a timestamped backup, then start with no changes."
        public static let noMouseHelp = "Do not capture the mouse, so the terminal's own text selection works."
        public static let areaHelp = "Show only this change area (NO. 1–8); repeat for several."
        public static let searchHelp = "Show only rows containing this text (any column, case and accents ignored)."
        public static let idsHelp = "Include each row's ID."
        public static let baselineHelp = "Show the plan as signed, without the changes in the state file."
        public static let widthHelp = "Width of the table in columns (default: the terminal's, or 100)."
        public static let formatHelp = "Output format: csv, markdown or json."
        public static let rowHelp = "Row ID, as shown by `rencana list --ids` (e.g. 7.3.1.2)."
        public static let monthHelp = "Month: Jan…Des, Januari…Desember, 1–12."
        public static let valueHelp = "on or off."
        public static let setArgumentsHelp = "[PLAN] ROW-ID MONTH on|off"
        public static let toggleArgumentsHelp = "[PLAN] ROW-ID MONTH"
        public static let logRowHelp = "Only changes of this row."
        public static let limitHelp = "Show at most this many entries."
        public static let csvHelp = "The CSV file to read."
        public static let outHelp = "Write the plan here instead of standard output."
        public static let forceHelp = "Overwrite the --out file if it exists."
        public static let titleHelp = "The plan's title (default: from the file name)."
        public static let yearHelp = "The plan's year (default: this year)."

        // MARK: Output
        public static func checkSummary(file: String, areas: Int, kegiatan: Int, rows: Int, months: Int,
                                        changes: Int, differing: Int) -> String {
            "\(file): \(areas) areas, \(kegiatan) kegiatan, \(rows) rows, \(months) scheduled months; "
                + "state: \(changes) \(changes == 1 ? "change" : "changes")"
                + (changes > 0 ? " (\(differing) \(differing == 1 ? "mark differs" : "marks differ") from the plan as signed)" : "")
        }
        public static func orphans(file: String, count: Int, ids: String) -> String {
            "\(file): \(count) \(count == 1 ? "change is" : "changes are") for rows this plan lacks (\(ids)); they are kept in the file but not shown"
        }
        public static func deletedRecords(count: Int, ids: String) -> String {
            "state: \(count) \(count == 1 ? "entry is" : "entries are") for rows deleted in Rencana (\(ids)); "
                + "kept on record (`rencana undo` of the removal brings them back)"
        }
        public static func warning(_ text: String) -> String { "warning: \(text)" }
        public static func movedAside(from: String, to: String) -> String { "moved the state file \(from) aside to \(to); starting with no changes" }
        public static func listFooter(shown: Int, total: Int, anyChanged: Bool) -> String {
            "\(shown) of \(total) rows" + (anyChanged ? "; * = differs from the plan as signed" : "")
        }
        public static let listMonthsHeader = "JFMAMJJASOND"
        public static let noRowsMatch = "no rows match"
        public static let noRowsInArea = "(no rows)"
        public static func markSaved(row: String, month: String, on: Bool, seq: Int) -> String {
            "\(row) \(month): \(on ? "√ on" : "off") (saved as change #\(seq))"
        }
        public static func markUnchanged(row: String, month: String, on: Bool) -> String {
            "\(row) \(month): already \(on ? "on" : "off"); nothing to save"
        }
        public static let nothingToUndo = "nothing to undo"
        public static let nothingToRedo = "nothing to redo"
        public static func undid(seq: Int, row: String, month: String, on: Bool) -> String {
            "undid change #\(seq): \(row) \(month) is \(on ? "√ on" : "off") again"
        }
        public static func redid(seq: Int, row: String, month: String, on: Bool) -> String {
            "redid change #\(seq): \(row) \(month) is \(on ? "√ on" : "off") again"
        }
        public static let logEmpty = "no changes yet: the plan is as signed"
        public static func importDone(path: String, areas: Int, rows: Int) -> String {
            "wrote \(path): \(areas) areas, \(rows) rows"
        }

        // MARK: Errors
        public static func unknownMonth(_ text: String) -> String {
            "unknown month \"\(TerminalText.safe(text, limit: 40))\" (use Jan Feb Mar Apr Mei Jun Jul Ags Sep Okt Nov Des, Januari…Desember or 1–12)"
        }
        public static func badOnOff(_ text: String) -> String { "expected on or off, found \"\(TerminalText.safe(text, limit: 40))\"" }
        /// `set PLAN ROW MONTH` with the on/off left out (the words were read as ROW MONTH on/off).
        public static func missingOnOff(_ words: [String]) -> String {
            let shown = words.map { TerminalText.safe($0, limit: 40) }.joined(separator: " ")
            return "on or off is missing after the month: `rencana set \(shown) on` (or off)"
        }
        public static func badArgumentCount(expected: String) -> String { "expected \(expected)" }
        public static func badArea(_ n: Int, count: Int) -> String { "there is no area \(n); this plan has areas 1–\(count)" }
        public static func unknownFormat(_ text: String) -> String { "unknown format \"\(TerminalText.safe(text, limit: 40))\" (use csv, markdown or json)" }
        public static func csvIsUTF16(_ path: String) -> String {
            "\(path): is UTF-16 text; save it as UTF-8 (Excel: \"CSV UTF-8 (Comma delimited)\"; LibreOffice: Save As, Character set \"Unicode (UTF-8)\")"
        }
        public static func importWouldNotLoad(_ path: String, _ reason: String) -> String {
            "\(path): not imported: the plan it makes would be refused: \(reason)"
        }
        public static func generateTooLarge(rows: Int, neededMB: Int, availableMB: Int, fits: Int) -> String {
            "--rows \(rows) needs about \(neededMB) MB of memory but only \(availableMB) MB is available; at most \(fits) rows fit"
        }
        public static func outExists(_ path: String) -> String { "\(path) already exists; pass --force to overwrite it" }
        public static func stateHint(_ message: String) -> String {
            "\(message) (the file was left as it is; `--reset-state` moves it aside and starts afresh)"
        }
        public static func usage(_ message: String) -> String { "\(message) (see `rencana help`)" }
        public static let dashboardMissing = "the dashboard is not built yet; use `rencana list` to see the plan"
    }
}
