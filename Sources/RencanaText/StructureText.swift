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
            "\(Text.Diff.levelName(level)) \(place) (\(rows == 1 ? "1 row" : "\(rows) rows")) \"\(title)\""
        }

        // MARK: Notices

        public var foldedLine = "a folded line: press + to open it first"
        public var cannotMove: @Sendable (_ up: Bool) -> String = { $0 ? "already the first in its group" : "already the last in its group" }
        public var lastArea = "the plan's only area stays: add another area (A) before deleting this one"
        public var onlyRowOfSub = "the only row of its sub kegiatan: move the sub kegiatan with K / J on its folded line"

        // MARK: The chooser of the level

        public var addTitle = "Add"
        public var deleteTitle = "Delete"
        /// A chooser line of `A`: "SUB KEGIATAN after 1.2.1".
        public var addChoice: @Sendable (_ level: String, _ place: String) -> String = { "new \(Text.Diff.levelName($0)) after \($1)" }

        // MARK: The new row's texts

        /// The form's title: "New row after 1.2.1.3", "New KEGIATAN after 1.2".
        public var formTitle: @Sendable (_ level: String, _ before: Bool, _ place: String) -> String = { level, before, place in
            "New \(Text.Diff.levelName(level)) \(before ? "before" : "after") \(place)"
        }
        public var keysForm: [(key: String, label: String)] = [("Enter", "Next / Add"), ("Esc", "Cancel")]

        // MARK: The confirmation

        public var confirmTitle = "Delete?"
        public var confirmWhat: @Sendable (_ what: String) -> String = { "Delete \($0)" }
        /// What goes with it: rows, and the realisation recorded on them.
        public var confirmCounts: @Sendable (_ rows: Int, _ statuses: Int, _ notes: Int, _ evidence: Int) -> String = { rows, s, n, e in
            let rowsText = rows == 1 ? "1 row" : "\(rows) rows"
            guard s + n + e > 0 else { return "\(rowsText), nothing recorded on \(rows == 1 ? "it" : "them")" }
            var parts: [String] = []
            if s > 0 { parts.append(s == 1 ? "1 status" : "\(s) statuses") }
            if n > 0 { parts.append("\(n) catatan") }
            if e > 0 { parts.append("\(e) bukti dukung") }
            return "\(rowsText) with " + parts.joined(separator: ", ") + " recorded"
        }
        public var confirmKept = "What was recorded stays in the journal (rencana check lists it); u brings everything back."
        public var keysConfirm: [(key: String, label: String)] = [("y Enter", "Delete"), ("n Esc", "Keep")]

        // MARK: Moving to another place

        public var movePrompt: @Sendable (_ place: String) -> String = { "Move \($0) to:" }
        public var keysMoveTo: [(key: String, label: String)] = [
            ("↑↓", "Choose a row"), ("Enter", "After it"), ("b", "Before it"), ("Esc", "Cancel"),
        ]

        // MARK: The revision view

        /// The view named in the title bar, longest first; the first that fits is used.
        public var revisionTitles = ["Revision against the plan as signed", "Revision vs signed", "Revision"]
        /// The markers' legend in the header: added, removed, moved, text changed, months changed.
        public var revisionLegend: @Sendable (_ glyphs: [String]) -> String = { g in
            "\(g[0]) added  \(g[1]) removed  \(g[2]) moved  \(g[3]) text  \(g[4]) months"
        }
        public var differencesTitle: @Sendable (_ place: String) -> String = { "Differences of \($0)" }
        public var noDifferences = "as signed: no differences"
        public var keysRevision: [(key: String, label: String)] = [
            ("↑↓", "Row"), ("Tab", "Differences"), ("PgUp PgDn", "Page"), ("v Esc", "Back"),
        ]

        public init() {}
    }
}
