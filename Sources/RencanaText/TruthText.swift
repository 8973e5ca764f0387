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
        Text.pick("row added at \(place): \(text)", id: "baris ditambah di \(place): \(text)") + (months.isEmpty ? "" : " [\(months)]")
    }
    /// `row removed from SUB KEGIATAN 1.4.3 place 2: "text"`, after the row's id.
    public static func rowRemoved(place: String, text: String) -> String {
        Text.pick("row removed from \(place): \(text)", id: "baris dihapus dari \(place): \(text)")
    }
}

extension Text.Authoring {
    /// After `adopt` or `new-year` wrote a plan whose rows were renumbered into their positions.
    public static func renumbered(_ count: Int) -> String {
        Text.pick("\(count == 1 ? "1 row has" : "\(count) rows have") a new reference, its position in the new plan (old → new):",
                  id: "\(count) baris mendapat rujukan baru, yaitu posisinya di rencana baru (lama → baru):")
    }
    /// One renumbered row: `  1.4.1.1 → 1.5.1.1`.
    public static func renamedRow(old: String, new: String) -> String { "  \(old) → \(new)" }
}

extension Text.Status {
    /// The refusal of a change that would make one month's record count for two planned months: ticking a month
    /// another month was moved into, or an undo or redo that puts such a mark or move back.
    public static func countsTwice(row: String, what: String, month: String) -> String {
        Text.pick("\(row): \(what) would make \(month)'s one record count for two planned months; "
                      + "record the moved month as missed (\(missed)), or move it to a month with nothing planned",
                  id: "\(row): \(what) akan membuat satu catatan \(month) terhitung untuk dua bulan terencana; "
                      + "catat bulan yang digeser sebagai missed (\(missed)), atau geser ke bulan yang tidak direncanakan")
    }
    /// `planning Maret`: ticking a month, as `countsTwice` names it.
    public static func planning(_ month: String) -> String { Text.pick("planning \(month)", id: "merencanakan \(month)") }
    public static var thisUndo: String { Text.pick("this undo", id: "undo ini") }
    public static var thisRedo: String { Text.pick("this redo", id: "redo ini") }
}

extension Text.Status {
    /// `recording Januari`: a status, as `countsTwice` names it.
    public static func recording(_ month: String) -> String { Text.pick("recording \(month)", id: "mencatat \(month)") }
}

extension Text.Dashboard {
    /// After a piece of evidence in the detail pane whose file is gone, in `evidence list --missing`'s words.
    public var detailFileGone: String { Text.pick("kurang bukti, file not found", id: "kurang bukti, berkas tidak ditemukan") }
}

extension Text.Authoring {
    /// `oldHistory` when the new plan's rows were renumbered: the old changes' ids may now be other rows'.
    public static func oldHistoryRenumbered(plan: String, state: String) -> String {
        Text.pick("warning: \(plan) had changes in \(state); they name rows by their old ids, and the new plan's rows are "
                      + "numbered afresh, so some may now name other rows (check them with `rencana diff \(plan)`; to start the new "
                      + "plan with no changes: `rencana check \(plan) --reset-state`)",
                  id: "peringatan: \(plan) memiliki perubahan di \(state); perubahan itu menunjuk baris menurut id lamanya, dan baris "
                      + "rencana baru dinomori ulang, sehingga sebagian mungkin kini menunjuk baris lain (periksa dengan `rencana diff \(plan)`; "
                      + "untuk memulai rencana baru tanpa perubahan: `rencana check \(plan) --reset-state`)")
    }
}
