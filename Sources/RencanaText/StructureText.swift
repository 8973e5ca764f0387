extension Text {
    /// The dashboard's strings for adding, deleting and moving rows, and for the revision view.
    /// The document's own terms (KEGIATAN, SUB KEGIATAN, catatan, bukti dukung) stay Indonesian.
    public struct Structure: Sendable {
        /// A level of the table as the dashboard names it: "row", "SUB KEGIATAN", "KEGIATAN", "AREA PERUBAHAN".
        public var levelName: @Sendable (_ level: String) -> String = { Text.Diff.levelName($0) }
        /// A level with its place and title: `KEGIATAN 1.2 "Penyusunan …"`.
        public var what: @Sendable (_ level: String, _ place: String, _ title: String) -> String = { level, place, title in
            "\(Text.Diff.levelName(level)) \(place) \"\(title)\""
        }
        /// A line of the chooser of `x`: `KEGIATAN 1.2 (4 rows) "Pelaksanaan …"` (the count before the title, which may be cut).
        public var deleteChoice: @Sendable (_ level: String, _ place: String, _ rows: Int, _ title: String) -> String = {
            level, place, rows, title in
            let count = Text.pick(rows == 1 ? "1 row" : "\(rows) rows", id: "\(rows) baris")
            return "\(Text.Diff.levelName(level)) \(place) (\(count)) \"\(title)\""
        }

        // MARK: Notices

        public var foldedLine = Text.pick("a folded line: press + to open it first", id: "baris terlipat: tekan + untuk membukanya dahulu")
        public var cannotMove: @Sendable (_ up: Bool) -> String = {
            $0 ? Text.pick("already the first in its group", id: "sudah yang pertama dalam kelompoknya")
                : Text.pick("already the last in its group", id: "sudah yang terakhir dalam kelompoknya")
        }
        public var lastArea = Text.pick("the plan's only area stays: add another area (A) before deleting this one",
                                        id: "satu-satunya area rencana tidak dapat dihapus: tambah area lain (A) terlebih dahulu")
        public var onlyRowOfSub = Text.pick("the only row of its sub kegiatan: move the sub kegiatan with K / J on its folded line",
                                            id: "satu-satunya baris sub kegiatannya: pindahkan sub kegiatan dengan K / J pada baris terlipatnya")

        // MARK: The chooser of the level

        public var addTitle = Text.pick("Add", id: "Tambah")
        public var deleteTitle = Text.pick("Delete", id: "Hapus")
        /// A chooser line of `A`: "SUB KEGIATAN after 1.2.1".
        public var addChoice: @Sendable (_ level: String, _ place: String) -> String = {
            Text.pick("new \(Text.Diff.levelName($0)) after \($1)", id: "\(Text.Diff.levelName($0)) baru sesudah \($1)")
        }

        // MARK: The new row's texts

        /// The form's title: "New row after 1.2.1.3", "New KEGIATAN after 1.2".
        public var formTitle: @Sendable (_ level: String, _ before: Bool, _ place: String) -> String = { level, before, place in
            Text.pick("New \(Text.Diff.levelName(level)) \(before ? "before" : "after") \(place)",
                      id: "\(Text.Diff.levelName(level).capitalizedFirst) baru \(before ? "sebelum" : "sesudah") \(place)")
        }
        public var keysForm: [(key: String, label: String)] = [
            ("Enter", Text.pick("Next / Add", id: "Lanjut / Tambah")), ("Esc", Text.pick("Cancel", id: "Batal")),
        ]

        // MARK: The confirmation

        public var confirmTitle = Text.pick("Delete?", id: "Hapus?")
        public var confirmWhat: @Sendable (_ what: String) -> String = { Text.pick("Delete \($0)", id: "Hapus \($0)") }
        /// What goes with it: rows, and the realisation recorded on them.
        public var confirmCounts: @Sendable (_ rows: Int, _ statuses: Int, _ notes: Int, _ evidence: Int) -> String = { rows, s, n, e in
            let rowsText = Text.pick(rows == 1 ? "1 row" : "\(rows) rows", id: "\(rows) baris")
            guard s + n + e > 0 else {
                return Text.pick("\(rowsText), nothing recorded on \(rows == 1 ? "it" : "them")",
                                 id: "\(rowsText), belum ada yang dicatat")
            }
            var parts: [String] = []
            if s > 0 { parts.append(Text.pick(s == 1 ? "1 status" : "\(s) statuses", id: "\(s) status")) }
            if n > 0 { parts.append("\(n) catatan") }
            if e > 0 { parts.append("\(e) bukti dukung") }
            return Text.pick("\(rowsText) with " + parts.joined(separator: ", ") + " recorded",
                             id: "\(rowsText) dengan " + parts.joined(separator: ", ") + " tercatat")
        }
        public var confirmKept = Text.pick(
            "What was recorded stays in the journal (rencana check lists it); u brings everything back.",
            id: "Yang sudah dicatat tetap ada di jurnal (rencana check menampilkannya); u mengembalikan semuanya.")
        public var keysConfirm: [(key: String, label: String)] = [
            ("y Enter", Text.pick("Delete", id: "Hapus")), ("n Esc", Text.pick("Keep", id: "Batal")),
        ]

        // MARK: Moving to another place

        public var movePrompt: @Sendable (_ place: String) -> String = { Text.pick("Move \($0) to:", id: "Pindahkan \($0) ke:") }
        public var keysMoveTo: [(key: String, label: String)] = [
            ("↑↓", Text.pick("Choose a row", id: "Pilih baris")), ("Enter", Text.pick("After it", id: "Sesudahnya")),
            ("b", Text.pick("Before it", id: "Sebelumnya")), ("Esc", Text.pick("Cancel", id: "Batal")),
        ]

        // MARK: The revision view

        /// The view named in the title bar, longest first; the first that fits is used.
        public var revisionTitles = Text.pick(["Revision against the plan as signed", "Revision vs signed", "Revision"],
                                              id: ["Revisi terhadap rencana yang ditandatangani", "Revisi vs TTD", "Revisi"])
        /// The markers' legend in the header: added, removed, moved, text changed, months changed.
        public var revisionLegend: @Sendable (_ glyphs: [String]) -> String = { g in
            Text.pick("\(g[0]) added  \(g[1]) removed  \(g[2]) moved  \(g[3]) text  \(g[4]) months",
                      id: "\(g[0]) ditambah  \(g[1]) dihapus  \(g[2]) dipindah  \(g[3]) teks  \(g[4]) bulan")
        }
        public var differencesTitle: @Sendable (_ place: String) -> String = { Text.pick("Differences of \($0)", id: "Perbedaan \($0)") }
        public var noDifferences = Text.pick("as signed: no differences", id: "sesuai TTD: tidak ada perbedaan")
        public var keysRevision: [(key: String, label: String)] = [
            ("↑↓", Text.pick("Row", id: "Baris")), ("Tab", Text.pick("Differences", id: "Perbedaan")),
            ("PgUp PgDn", Text.pick("Page", id: "Halaman")), ("v Esc", Text.pick("Back", id: "Kembali")),
        ]

        public init() {}
    }
}

extension String {
    /// The text with its first letter in capitals ("baris" → "Baris"; "KEGIATAN" stays), for a title that starts with a word.
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
