// The dashboard's counts, keys and Triwulan reviews (issue 20: one truth in every output).

extension Text.Dashboard {
    /// The plan's distance from the plan as signed, in rows, in the title bar and the revision view alike:
    /// "1 row added · 2 rows moved · 1 row with new months"; "as signed" when nothing differs.
    public var changeCounts: @Sendable (_ added: Int, _ removed: Int, _ moved: Int, _ text: Int, _ months: Int) -> String {
        { added, removed, moved, text, months in
            func rows(_ n: Int) -> String { n == 1 ? "1 row" : "\(n) rows" }
            var parts: [String] = []
            if added > 0 { parts.append(rows(added) + " added") }
            if removed > 0 { parts.append(rows(removed) + " removed") }
            if moved > 0 { parts.append(rows(moved) + " moved") }
            if text > 0 { parts.append(rows(text) + " with new text") }
            if months > 0 { parts.append(rows(months) + " with new months") }
            return parts.isEmpty ? "as signed" : parts.joined(separator: " · ")
        }
    }

    /// The same count in one figure, where the title bar has no room for the words: "6 rows changed".
    public var changedRows: @Sendable (_ rows: Int) -> String {
        { $0 == 0 ? "as signed" : $0 == 1 ? "1 row changed" : "\($0) rows changed" }
    }

    /// The kept search in the title bar: which match the cursor is on, of how many ("/rapat: 3/11"), or how many
    /// there are while the cursor is on none.
    public var searchPosition: @Sendable (_ query: String, _ current: Int?, _ matches: Int) -> String {
        { query, current, matches in
            if let current { return "/\(query): \(current)/\(matches)" }
            return "/\(query): " + (matches == 1 ? "1 match" : "\(matches) matches")
        }
    }

    /// A row's place in the revision view's words: "SUB KEGIATAN 1.3.1 place 2"; "place 1" in the same sub kegiatan.
    public static func placeInSub(_ level: String?, _ sub: String, _ n: String) -> String {
        level.map { "\($0) \(sub) place \(n)" } ?? "place \(n)"
    }

    // MARK: z, the fold prefix

    /// The key bar while `z` waits for its second key.
    public var keysAfterZ: [(key: String, label: String)] {
        [("z", "then:"), ("c", "Fold"), ("o", "Open"), ("a", "All"), ("M", "Fold all"), ("R", "Open all"), ("1-3", "Level"),
         ("Esc", "Cancel")]
    }

    /// A key after `z` that is no fold command: nothing ran.
    public var foldPrefixCancelled: @Sendable (_ key: String) -> String {
        { $0.isEmpty ? "z cancelled" : "z \($0): no such fold command, nothing done (zc zo za zM zR z1 z2 z3)" }
    }

    /// Help's legend line for folded lines (after the current month's marker, on the same line).
    public var legendFolded: @Sendable (_ marker: String) -> String {
        { "\($0)  starts a folded line (+ or a click on it opens it)" }
    }

    // MARK: Triwulan reviews (T in the Realisasi layer)

    /// The review form's question in the key bar: "TW I of 1.4.1.1, Kendala (1/3):" (Tab / Enter: the next field).
    public var reviewPrompt: @Sendable (_ tw: String, _ row: String, _ field: String, _ n: Int, _ of: Int) -> String {
        { "TW \($0) of \($1), \($2) (\($3)/\($4)):" }
    }
    /// The review's fields, as the Laporan Monev names them.
    public var reviewFields: [String] { ["Kendala", "Tindak lanjut", "Tenggat (YYYY-MM-DD or 8 April 2022)"] }
    /// The review form's keys (on its last field Enter saves).
    public var keysReview: @Sendable (_ last: Bool) -> [(key: String, label: String)] {
        { [("Tab", "Field"), ("Enter", $0 ? "Save" : "Next"), ("Esc", "Cancel")] }
    }
    /// A tenggat that is not a real date.
    public var reviewBadDate: @Sendable (_ text: String) -> String {
        { "tenggat \"\($0)\" is not a date: write YYYY-MM-DD or 8 April 2022" }
    }
    /// The detail pane's heading and lines of the row's reviews.
    public var detailReviews: String { "Triwulan reviews" }
    public var detailNoReviews: String { "none yet (T in Realisasi adds one)" }
    public var detailReview: @Sendable (_ tw: String, _ field: String, _ text: String) -> String { { "TW \($0)  \($1): \($2)" } }
}

extension Text.Structure {
    /// The chooser's keys, counting its options: "↑↓ 1-3 Choose".
    public var keysChooserOf: @Sendable (_ options: Int) -> [(key: String, label: String)] {
        { n in [("↑↓ " + (n <= 1 ? "1" : "1-\(n)"), "Choose"), ("Enter", "OK"), ("Esc", "Cancel")] }
    }
}
