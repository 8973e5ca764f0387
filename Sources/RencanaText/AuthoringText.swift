/// Interface strings of the commands that write and revise the plan: edit, add, remove, move,
/// document, diff, adopt and new-year.
extension Text {
    public enum Authoring {
        // MARK: edit

        public static let editAbstract = "Change a text of the table: a row's INDIKATOR or KET, or the group holding it."
        public static let editDiscussion = """
            Give exactly one of the options. --sub, --kegiatan and --area change the sub kegiatan, kegiatan or \
            area perubahan that holds the row (every row of that group shows the new text). The change is an entry \
            of the state journal, like a checkmark: plan.json stays the plan as signed, `rencana undo` takes it \
            back, `rencana diff` lists it. AREA PERUBAHAN, KEGIATAN and SUB KEGIATAN must not be empty; INDIKATOR \
            and KET may be.
            """
        public static let indikatorHelp = "The row's new INDIKATOR KEBERHASILAN."
        public static let ketHelp = "The row's new KET."
        public static let subHelp = "The new title of the SUB KEGIATAN holding the row."
        public static let kegiatanHelp = "The new title of the KEGIATAN holding the row."
        public static let areaHelp = "The new name of the AREA PERUBAHAN holding the row."
        public static let editNeedsOne = "give one of --indikator, --ket, --sub, --kegiatan, --area"
        public static let editOnlyOne = "give only one of --indikator, --ket, --sub, --kegiatan, --area"
        /// `SUB KEGIATAN must not be empty`
        public static func mustNotBeEmpty(_ column: String) -> String { "\(column) must not be empty" }
        /// `1.2.1.1 INDIKATOR: "a" → "b" (saved as change #7)`
        public static func saved(_ words: String, seq: Int) -> String { "\(words) (saved as change #\(seq))" }

        // MARK: add

        public static let addAbstract = "Add an indicator row, or a new sub kegiatan, kegiatan or area, next to a row."
        public static let addDiscussion = """
            Without --level: a new indicator row after (or before) the row, in the same sub kegiatan. With \
            --level sub, kegiatan or area: a new group of that level, holding the one new row, placed after (or \
            before) the group of that level holding the row; give its titles with --sub (for sub, kegiatan and \
            area), --kegiatan (for kegiatan and area) and --area (for area). Prints the new row's id and nothing \
            else, for scripts (`id=$(rencana add plan.json --after 1.2.1.1 --text …)`); the id never changes and \
            never collides with another row's. `rencana undo` takes the addition back.
            """
        public static let afterHelp = "Put the new row (or group) after this row (or the group of --level holding it)."
        public static let beforeHelp = "Put the new row (or group) before this row (or the group of --level holding it)."
        public static let textHelp = "The new row's INDIKATOR KEBERHASILAN (default: empty)."
        public static let monthsHelp = "The new row's months, comma-separated (e.g. Jan,Mar,Des or 1,3,12)."
        public static let newKetHelp = "The new row's KET."
        public static let addLevelHelp = "What to add: indikator (the default), sub, kegiatan or area."
        public static let newSubHelp = "The new SUB KEGIATAN's title (with --level sub, kegiatan or area)."
        public static let newKegiatanHelp = "The new KEGIATAN's title (with --level kegiatan or area)."
        public static let newAreaHelp = "The new AREA PERUBAHAN's name (with --level area)."
        public static let addNeedsPlace = "give --after ROW-ID or --before ROW-ID"
        public static let addOnePlace = "give only one of --after and --before"
        /// `a new kegiatan needs --kegiatan TEXT`
        public static func addNeedsTitle(level: String, option: String) -> String { "a new \(level) needs --\(option) TEXT" }
        public static func badMonths(_ text: String) -> String {
            "unknown month \"\(TerminalText.safe(text, limit: 40))\" in --months (use Jan…Des or 1–12, comma-separated)"
        }

        // MARK: remove

        public static let removeAbstract = "Delete a row, or the sub kegiatan, kegiatan or area holding it."
        public static let removeDiscussion = """
            Deleting the only row of a sub kegiatan deletes the sub kegiatan (and so up), so no empty group is \
            left. On a terminal it first says how many rows and how much recorded realisation and evidence go \
            with it, and asks; without a terminal give --yes. The realisation, evidence and notes of the deleted \
            rows stay in the state journal (`rencana check` reports them while the rows are gone) and \
            `rencana undo` brings everything back.
            """
        public static let removeLevelHelp = "What to delete: indikator (the default: the row), sub, kegiatan or area."
        public static let yesHelp = "Delete without asking (for scripts)."
        /// `1.2.1.1: indikator, 1 row, 3 months of realisation, 2 pieces of evidence`
        public static func removalSummary(row: String, level: String, rows: Int, cells: Int, evidence: Int) -> String {
            "delete \(row)'s \(level): \(count(rows, "row", "rows")), "
                + "\(count(cells, "month", "months")) of recorded realisation, \(count(evidence, "piece", "pieces")) of evidence"
        }
        public static let confirm = "Delete? (rencana undo brings it back) [y/N] "
        public static let notRemoved = "nothing deleted"
        public static func needsYes(_ summary: String) -> String { "\(summary); not a terminal: pass --yes to delete" }

        // MARK: move

        public static let moveAbstract = "Move a row (or the group holding it) up or down, or a row to another sub kegiatan."
        public static let moveDiscussion = """
            --up and --down move the row, or with --level the sub kegiatan, kegiatan or area holding it, one \
            place within its parent. --to-sub moves the row to the end of the sub kegiatan holding another row; \
            --after and --before put it right after or before another row. Ids never change: the row's \
            realisation, evidence and notes follow it.
            """
        public static let upHelp = "One place up within its parent."
        public static let downHelp = "One place down within its parent."
        public static let toSubHelp = "Move the row to the end of the sub kegiatan holding this row."
        public static let moveAfterHelp = "Move the row right after this row (in that row's sub kegiatan)."
        public static let moveBeforeHelp = "Move the row right before this row (in that row's sub kegiatan)."
        public static let moveLevelHelp = "What --up/--down move: indikator (the default), sub, kegiatan or area."
        public static let moveNeedsOne = "give one of --up, --down, --to-sub, --after, --before"
        public static let moveLevelOnlyUpDown = "--level goes with --up or --down only (another sub kegiatan takes an indicator)"
        public static func cannotMove(row: String, level: String, up: Bool) -> String {
            "\(row): its \(level) is already the \(up ? "first" : "last") of its parent; nothing moved"
        }

        // MARK: document

        public static let documentAbstract = "Show or change the decree's details (number, title, unit, year, place, date, signer)."
        public static let documentDiscussion = """
            With no option: prints the details as they now are. Each option changes one detail as an entry of the \
            state journal (undo, log and diff cover it). The title must not be empty; the year is 1900–2999.
            """
        public static let institutionHelp = "The issuing body."
        public static let numberHelp = "The decree number (NOMOR)."
        public static let docTitleHelp = "What the decree is about (TENTANG)."
        public static let unitHelp = "The unit whose plan it is."
        public static let docYearHelp = "The plan's year."
        public static let placeHelp = "Where it was signed (Ditetapkan di)."
        public static let dateHelp = "When it was signed (Pada tanggal): YYYY-MM-DD or 26 Januari 2022; kept in the long form the decree prints."
        public static let signerHelp = "Who signed."
        public static let signerTitleHelp = "The signer's office."
        public static func badYear(_ text: String) -> String { "--year must be a year from 1900 to 2999, found \"\(TerminalText.safe(text, limit: 40))\"" }
        public static func documentUnchanged() -> String { "document: unchanged; nothing to save" }

        // MARK: diff

        public static let diffAbstract = "List every difference between the plan as signed and the plan as it now is."
        public static let diffDiscussion = """
            Rows added, removed and moved, texts changed (old → new), months added and removed, and the decree's \
            details changed, in the table's terms. Rows are matched by id, never by position. With no difference \
            the text and markdown forms write nothing (on a terminal the text form says so in one line) and csv \
            writes its header line only; the exit status is 0 either way.
            """
        public static let diffFormatHelp = "Output format: text (the default), markdown or csv."
        public static let noDifferences = "no differences: the plan is as signed"

        // MARK: adopt, new-year

        public static let adoptAbstract = "Write the plan as it now is as a new plan file, to be signed."
        public static let adoptDiscussion = """
            Writes the current plan (every edit and every moved month) in plan.json's canonical layout: areas \
            numbered by position and every row's id its position in the new file, so the new decree's references \
            read in order and none names two rows. The rows whose reference changed are listed (old → new); \
            this plan's journal and reports keep the old ones. The new file starts with no changes of its own: \
            `rencana export --baseline NEW.json` equals `rencana export PLAN`. Never writes over PLAN or its \
            state; an existing --out needs --force.
            """
        public static let adoptOutHelp = "The new plan file."
        public static let newYearAbstract = "Start next year's plan from this one."
        public static let newYearDiscussion = """
            Copies the areas, kegiatan, sub kegiatan, indicators and their months of the plan as it now is (its \
            edits and moved months included; --baseline: as signed), every row's id its position in the new plan \
            (the renumbered rows are listed, old → new); the realisation, \
            evidence and notes are not copied. The decree's number and date are emptied for the new decree, the \
            year is set and the old year in the title replaced. Then edit it like any plan.
            """
        public static let newYearHelp = "The new plan's year (1900–2999)."
        public static let newYearBaselineHelp = "Start from the plan as signed, without this year's edits and moved months."
        public static func adopted(path: String, rows: Int) -> String { "wrote \(path) (\(count(rows, "row", "rows")))" }
        public static func wouldNotLoad(_ reason: String) -> String { "the new plan would not load: \(reason)" }
        /// Issue 9: a plan written over an existing one whose state has changes.
        public static func oldHistory(plan: String, state: String) -> String {
            "warning: \(plan) had changes in \(state); they name rows by id, so they now apply to the new plan's rows "
                + "with the same ids (check them with `rencana diff \(plan)`; to start the new plan with no changes: "
                + "`rencana check \(plan) --reset-state`)"
        }

        static func count(_ n: Int, _ one: String, _ many: String) -> String { "\(n) \(n == 1 ? one : many)" }
    }
}
