/// Interface strings of conflicts (issue 22): `rencana conflicts`, the conflicts line of `rencana check`, the
/// dashboard's conflict marks, detail lines and chooser.
extension Text {
    public enum Conflict {}
}

extension Text.Conflict {
    // MARK: The field of a conflict, in the document's words (`1.1.1.1 Jan status`, `1.1.1.1 PJ`)

    /// A month's scheduled mark (the plan's √).
    public static func markLabel(_ month: String) -> String { "\(month) jadwal" }
    /// A month's realisation status.
    public static func statusLabel(_ month: String) -> String { "\(month) status" }
    /// A piece of evidence (bukti dukung), by its id.
    public static func evidenceLabel(_ id: String) -> String { "bukti \(id)" }
    /// A piece of evidence present (added) or not (removed), as a conflict's value.
    public static let evidencePresent = "ada (ditambahkan)"
    public static let evidenceAbsent = "tidak ada (dihapus)"

    // MARK: `rencana conflicts`

    public static var abstract: String {
        Text.pick("List the values two laptops changed without seeing each other's change, and settle them.",
                  id: "Tampilkan nilai yang diubah dua laptop tanpa saling melihat perubahannya, lalu selesaikan.")
    }
    public static var discussion: String {
        Text.pick("""
            Each conflict is numbered, with its row and field, and every value with who wrote it, on which device and \
            when; the value shown now is marked. --choose N --value K records the K-th value of conflict N as \
            chosen (an entry that has seen them all; send it to the others as any change). Typing a new value \
            (rencana realize, note, assign, review, set, edit…) settles a conflict too.
            Exit status: 0 when no conflict remains, \(remainStatus) when some remain, 1 for bad data, 64 for bad usage.
            """, id: """
            Setiap konflik diberi nomor, dengan baris dan isiannya, serta setiap nilai dengan penulisnya, perangkatnya \
            dan waktunya; nilai yang kini ditampilkan diberi tanda. --choose N --value K mencatat nilai ke-K dari \
            konflik N sebagai pilihan (entri yang telah melihat semuanya; kirimkan ke rekan seperti perubahan lain). \
            Mengetik nilai baru (rencana realize, note, assign, review, set, edit…) juga menyelesaikan konflik.
            Status keluar: 0 bila tidak ada konflik tersisa, \(remainStatus) bila masih ada, 1 untuk data rusak, 64 untuk \
            penggunaan yang salah.
            """)
    }
    /// The exit status while conflicts remain (documented in the discussion and the README).
    public static let remainStatus: Int32 = 3
    public static var chooseHelp: String {
        Text.pick("Settle conflict N (its number in the list).",
                  id: "Selesaikan konflik N (nomornya dalam daftar).")
    }
    public static var valueHelp: String {
        Text.pick("The value to keep: its number K under the conflict.", id: "Nilai yang dipakai: nomornya K di bawah konflik.")
    }
    public static var formatHelp: String { Text.pick("text or json.", id: "text atau json.") }
    public static func badFormat(_ format: String) -> String {
        Text.pick("--format must be text or json, not \"\(format)\"", id: "--format harus text atau json, bukan \"\(format)\"")
    }
    public static var valueWithoutChoose: String {
        Text.pick("--value needs --choose N (the conflict it picks a value of)",
                  id: "--value memerlukan --choose N (konflik yang nilainya dipilih)")
    }
    public static var chooseWithoutValue: String {
        Text.pick("--choose needs --value K (which of the conflict's values to keep)",
                  id: "--choose memerlukan --value K (nilai konflik yang dipakai)")
    }
    public static func noSuchConflict(_ number: Int, count: Int) -> String {
        count == 0 ? Text.pick("there is no conflict \(number): there are no conflicts",
                               id: "tidak ada konflik \(number): tidak ada konflik sama sekali")
            : Text.pick("there is no conflict \(number): the conflicts are numbered 1 to \(count)",
                        id: "tidak ada konflik \(number): konflik bernomor 1 sampai \(count)")
    }
    public static func noSuchValue(_ value: Int, conflict: Int, count: Int) -> String {
        Text.pick("conflict \(conflict) has no value \(value): its values are numbered 1 to \(count)",
                  id: "konflik \(conflict) tidak memiliki nilai \(value): nilainya bernomor 1 sampai \(count)")
    }
    public static func none(_ plan: String) -> String { Text.pick("\(plan): no conflicts", id: "\(plan): tidak ada konflik") }
    public static func heading(_ plan: String, _ count: Int) -> String {
        Text.pick("\(plan): \(count == 1 ? "1 conflict" : "\(count) conflicts"), values changed on two laptops without either seeing the other's change",
                  id: "\(plan): \(count) konflik, nilai yang diubah di dua laptop tanpa saling melihat perubahannya")
    }
    /// Who wrote a value, where and when: `ani on d-4be1c2a09f3e, 2026-12-06 10:00 UTC`.
    /// An entry from before its journal joined a team (device `early-…`) says so.
    public static func author(_ by: String, device: String?, at: String) -> String {
        if device?.hasPrefix("early-") == true {
            return Text.pick("\(by), before the team began, \(at)", id: "\(by), sebelum tim dibentuk, \(at)")
        }
        return device.map { Text.pick("\(by) on \($0), \(at)", id: "\(by) di \($0), \(at)") } ?? "\(by), \(at)"
    }
    /// After the value shown now.
    public static var shownMark: String { Text.pick("(shown)", id: "(ditampilkan)") }
    public static func hint(_ plan: String) -> String {
        Text.pick("settle one: rencana conflicts \(plan) --choose N --value K, or type a new value",
                  id: "selesaikan: rencana conflicts \(plan) --choose N --value K, atau ketik nilai baru")
    }
    /// What `--choose` did.
    public static func chose(_ number: Int, field: String, value: String, by: String) -> String {
        Text.pick("conflict \(number) settled: \(field) is \(value) (\(by)'s value)",
                  id: "konflik \(number) selesai: \(field) menjadi \(value) (nilai dari \(by))")
    }
    public static func remaining(_ count: Int) -> String {
        count == 0 ? Text.pick("no conflicts remain", id: "tidak ada konflik tersisa")
            : Text.pick(count == 1 ? "1 conflict remains" : "\(count) conflicts remain", id: "\(count) konflik tersisa")
    }

    // MARK: `rencana check`

    /// `2 conflicts: 1.1.1.1 Jan catatan, 1.2.1.1 PJ (rencana conflicts plan.json)`.
    public static func checkLine(_ count: Int, fields: String, plan: String) -> String {
        Text.pick("\(count == 1 ? "1 conflict" : "\(count) conflicts"): \(fields) (see rencana conflicts \(plan))",
                  id: "\(count) konflik: \(fields) (lihat rencana conflicts \(plan))")
    }

    // MARK: The dashboard

    /// The title bar's count.
    public static func titleCount(_ count: Int) -> String {
        Text.pick(count == 1 ? "1 conflict" : "\(count) conflicts", id: "\(count) konflik")
    }
    /// The detail pane's label of the row's conflicts.
    public static var detailLabel: String { Text.pick("Conflicts", id: "Konflik") }
    /// One value of a conflict in the detail pane (under its field): `1) "SK terbit"  ani on d-…, 2026-12-06 10:00 UTC  (shown)`.
    public static func detailValue(_ n: Int, _ value: String, _ author: String, shown: Bool) -> String {
        "\(n)) \(value)  \(author)" + (shown ? "  " + shownMark : "")
    }
    /// The key that settles a conflict of the cursor's cell or row, for help (`KeyTable` id `conflict`).
    public static var keyHelp: [String: String] {
        ["conflict": Text.pick("choose a value of a conflict on the cursor's cell or row (marked ≠ / #)",
                               id: "pilih nilai konflik di sel/baris kursor (≠ / #)")]
    }
    /// The chooser in the key bar: `Conflict 1.1.1.1 Jan catatan, keep:` then the values.
    public static func chooserPrompt(_ field: String) -> String {
        Text.pick("Conflict \(field), keep:",
                  id: "Konflik \(field), pakai:")
    }
    public static var keysChooser: [(key: String, label: String)] {
        [("←→ 1-9", Text.pick("Value", id: "Nilai")), ("Enter", Text.pick("Keep", id: "Pakai")), ("Esc", Text.pick("Cancel", id: "Batal"))]
    }
    /// The key bar's hint while the cursor's row has a conflict.
    public static var keyBar: (key: String, label: String) { (key: "C", label: Text.pick("Conflict", id: "Konflik")) }
    /// `C` where the cursor's cell and row have no conflict.
    public static var noConflictHere: String {
        Text.pick("no conflict on this cell or row", id: "tidak ada konflik pada sel atau baris ini")
    }
    /// Help's legend line.
    public static func legend(_ glyph: String) -> String {
        Text.pick("\(glyph)  a conflict (two laptops' values; C chooses, d shows them)",
                  id: "\(glyph)  konflik (nilai dari dua laptop; C memilih, d menampilkannya)")
    }
}
