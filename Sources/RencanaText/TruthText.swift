/// Strings of issue 20's last parts (session 8): the report's `--until` period, `diff`'s row lines, `adopt`'s
/// renumbering, and the refusals that keep one record from counting for two months.
extension Text.Report {
    /// The Laporan's period for `--until` alone: `SAMPAI DENGAN JUNI` (then `TAHUN 2022 (JANUARI – JUNI 2022)`).
    public static func untilHeading(_ month: String) -> String { "SAMPAI DENGAN \(month)" }
}

extension Text.Diff {
    /// `row added at SUB KEGIATAN 1.4.1 place 1: "text" [Feb, Mar]`, after the row's id (the place in the words of the
    /// dashboard's revision view, `Text.Dashboard.placeInSub`).
    public static func rowAdded(place: String, text: String, months: String) -> String {
        "row added at \(place): \(text)" + (months.isEmpty ? "" : " [\(months)]")
    }
    /// `row removed from SUB KEGIATAN 1.4.3 place 2: "text"`, after the row's id.
    public static func rowRemoved(place: String, text: String) -> String { "row removed from \(place): \(text)" }
}

extension Text.Authoring {
    /// After `adopt` or `new-year` wrote a plan whose rows were renumbered into their positions.
    public static func renumbered(_ count: Int) -> String {
        "\(count == 1 ? "1 row has" : "\(count) rows have") a new reference, its position in the new plan (old → new):"
    }
    /// One renumbered row: `  1.4.1.1 → 1.5.1.1`.
    public static func renamedRow(old: String, new: String) -> String { "  \(old) → \(new)" }
}

extension Text.Status {
    /// The refusal of a change that would make one month's record count for two planned months: ticking a month
    /// another month was moved into, or an undo or redo that puts such a mark or move back.
    public static func countsTwice(row: String, what: String, month: String) -> String {
        "\(row): \(what) would make \(month)'s one record count for two planned months; "
            + "record the moved month as missed (\(missed)), or move it to a month with nothing planned"
    }
    /// `planning Maret`: ticking a month, as `countsTwice` names it.
    public static func planning(_ month: String) -> String { "planning \(month)" }
    public static let thisUndo = "this undo"
    public static let thisRedo = "this redo"
}

extension Text.Status {
    /// `recording Januari`: a status, as `countsTwice` names it.
    public static func recording(_ month: String) -> String { "recording \(month)" }
}

extension Text.Dashboard {
    /// After a piece of evidence in the detail pane whose file is gone, in `evidence list --missing`'s words.
    public var detailFileGone: String { "kurang bukti, file not found" }
}

extension Text.Authoring {
    /// `oldHistory` when the new plan's rows were renumbered: the old changes' ids may now be other rows'.
    public static func oldHistoryRenumbered(plan: String, state: String) -> String {
        "warning: \(plan) had changes in \(state); they name rows by their old ids, and the new plan's rows are "
            + "numbered afresh, so some may now name other rows (check them with `rencana diff \(plan)`; to start the new "
            + "plan with no changes: `rencana check \(plan) --reset-state`)"
    }
}
