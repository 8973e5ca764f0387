// The dashboard's counts, keys and Triwulan reviews (issue 20: one truth in every output).

extension Text.Dashboard {
    /// The plan's distance from the plan as signed, in rows, in the title bar and the revision view alike:
    /// "1 row added · 2 rows moved · 1 row with new months"; "as signed" when nothing differs.
    public var changeCounts: @Sendable (_ added: Int, _ removed: Int, _ moved: Int, _ text: Int, _ months: Int) -> String {
        { added, removed, moved, text, months in
            func rows(_ n: Int) -> String { Text.pick(n == 1 ? "1 row" : "\(n) rows", id: "\(n) baris") }
            var parts: [String] = []
            if added > 0 { parts.append(rows(added) + Text.pick(" added", id: " ditambah")) }
            if removed > 0 { parts.append(rows(removed) + Text.pick(" removed", id: " dihapus")) }
            if moved > 0 { parts.append(rows(moved) + Text.pick(" moved", id: " dipindah")) }
            if text > 0 { parts.append(rows(text) + Text.pick(" with new text", id: " teksnya baru")) }
            if months > 0 { parts.append(rows(months) + Text.pick(" with new months", id: " bulannya baru")) }
            return parts.isEmpty ? Text.pick("as signed", id: "sesuai TTD") : parts.joined(separator: " · ")
        }
    }

    /// The same count in one figure, where the title bar has no room for the words: "6 rows changed".
    public var changedRows: @Sendable (_ rows: Int) -> String {
        { n in
            n == 0 ? Text.pick("as signed", id: "sesuai TTD")
                : Text.pick(n == 1 ? "1 row changed" : "\(n) rows changed", id: "\(n) baris berubah")
        }
    }

    /// The kept search in the title bar: which match the cursor is on, of how many ("/rapat: 3/11"), or how many
    /// there are while the cursor is on none.
    public var searchPosition: @Sendable (_ query: String, _ current: Int?, _ matches: Int) -> String {
        { query, current, matches in
            if let current { return "/\(query): \(current)/\(matches)" }
            return "/\(query): " + Text.pick(matches == 1 ? "1 match" : "\(matches) matches", id: "\(matches) hasil")
        }
    }

    /// A row's place in the revision view's words: "SUB KEGIATAN 1.3.1 place 2"; "place 1" in the same sub kegiatan.
    public static func placeInSub(_ level: String?, _ sub: String, _ n: String) -> String {
        level.map { Text.pick("\($0) \(sub) place \(n)", id: "\($0) \(sub) urutan \(n)") }
            ?? Text.pick("place \(n)", id: "urutan \(n)")
    }

    // MARK: z, the fold prefix

    /// The key bar while `z` waits for its second key.
    public var keysAfterZ: [(key: String, label: String)] {
        [("z", Text.pick("then:", id: "lalu:")), ("c", Text.pick("Fold", id: "Lipat")), ("o", Text.pick("Open", id: "Buka")),
         ("a", Text.pick("All", id: "Semua")), ("M", Text.pick("Fold all", id: "Lipat semua")),
         ("R", Text.pick("Open all", id: "Buka semua")), ("1-3", Text.pick("Level", id: "Tingkat")),
         ("Esc", Text.pick("Cancel", id: "Batal"))]
    }

    /// A key after `z` that is no fold command: nothing ran.
    public var foldPrefixCancelled: @Sendable (_ key: String) -> String {
        { key in
            key.isEmpty ? Text.pick("z cancelled", id: "z dibatalkan")
                : Text.pick("z \(key): no such fold command, nothing done (zc zo za zM zR z1 z2 z3)",
                            id: "z \(key): bukan perintah lipat, tidak ada yang dijalankan (zc zo za zM zR z1 z2 z3)")
        }
    }

    /// Help's legend line for folded lines (after the current month's marker, on the same line).
    public var legendFolded: @Sendable (_ marker: String) -> String {
        { Text.pick("\($0)  starts a folded line (+ or a click on it opens it)",
                    id: "\($0)  awal baris terlipat (+ atau klik untuk membukanya)") }
    }

    // MARK: Triwulan reviews (T in the Realisasi layer)

    /// The review form's question in the key bar: "TW I of 1.4.1.1, Kendala (1/3):" (Tab / Enter: the next field).
    public var reviewPrompt: @Sendable (_ tw: String, _ row: String, _ field: String, _ n: Int, _ of: Int) -> String {
        { Text.pick("TW \($0) of \($1), \($2) (\($3)/\($4)):", id: "TW \($0) pada \($1), \($2) (\($3)/\($4)):") }
    }
    /// The review's fields, as the Laporan Monev names them.
    public var reviewFields: [String] {
        ["Kendala", "Tindak lanjut", Text.pick("Tenggat (YYYY-MM-DD or 8 April 2022)", id: "Tenggat (YYYY-MM-DD atau 8 April 2022)")]
    }
    /// The review form's keys (on its last field Enter saves).
    public var keysReview: @Sendable (_ last: Bool) -> [(key: String, label: String)] {
        { [("Tab", Text.pick("Field", id: "Isian")),
           ("Enter", $0 ? Text.pick("Save", id: "Simpan") : Text.pick("Next", id: "Lanjut")),
           ("Esc", Text.pick("Cancel", id: "Batal"))] }
    }
    /// A tenggat that is not a real date.
    public var reviewBadDate: @Sendable (_ text: String) -> String {
        { Text.pick("tenggat \"\($0)\" is not a date: write YYYY-MM-DD or 8 April 2022",
                    id: "tenggat \"\($0)\" bukan tanggal: tulis YYYY-MM-DD atau 8 April 2022") }
    }
    /// The detail pane's heading and lines of the row's reviews.
    public var detailReviews: String { Text.pick("Triwulan reviews", id: "Reviu Triwulan") }
    public var detailNoReviews: String { Text.pick("none yet (T in Realisasi adds one)", id: "belum ada (T di Realisasi untuk menambah)") }
    public var detailReview: @Sendable (_ tw: String, _ field: String, _ text: String) -> String { { "TW \($0)  \($1): \($2)" } }
}

extension Text.Structure {
    /// The chooser's keys, counting its options: "↑↓ 1-3 Choose".
    public var keysChooserOf: @Sendable (_ options: Int) -> [(key: String, label: String)] {
        { n in [("↑↓ " + (n <= 1 ? "1" : "1-\(n)"), Text.pick("Choose", id: "Pilih")), ("Enter", "OK"),
                ("Esc", Text.pick("Cancel", id: "Batal"))] }
    }
}
