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

    public static let abstract = "List the values two laptops changed without seeing each other's change, and settle them."
    public static let discussion = """
        Each conflict is numbered, with its row and field, and every value with who wrote it, on which device and \
        when; the value shown now is marked. --choose N --value K records the K-th value of conflict N as \
        chosen (an entry that has seen them all; send it to the others as any change). Typing a new value \
        (rencana realize, note, assign, review, set, edit…) settles a conflict too.
        Exit status: 0 when no conflict remains, \(remainStatus) when some remain, 1 for bad data, 64 for bad usage.
        """
    /// The exit status while conflicts remain (documented in the discussion and the README).
    public static let remainStatus: Int32 = 3
    public static let chooseHelp = "Settle conflict N (its number in the list)."
    public static let valueHelp = "The value to keep: its number K under the conflict."
    public static let formatHelp = "text or json."
    public static func badFormat(_ format: String) -> String { "--format must be text or json, not \"\(format)\"" }
    public static let valueWithoutChoose = "--value needs --choose N (the conflict it picks a value of)"
    public static let chooseWithoutValue = "--choose needs --value K (which of the conflict's values to keep)"
    public static func noSuchConflict(_ number: Int, count: Int) -> String {
        count == 0 ? "there is no conflict \(number): there are no conflicts"
            : "there is no conflict \(number): the conflicts are numbered 1 to \(count)"
    }
    public static func noSuchValue(_ value: Int, conflict: Int, count: Int) -> String {
        "conflict \(conflict) has no value \(value): its values are numbered 1 to \(count)"
    }
    public static func none(_ plan: String) -> String { "\(plan): no conflicts" }
    public static func heading(_ plan: String, _ count: Int) -> String {
        "\(plan): \(count == 1 ? "1 conflict" : "\(count) conflicts"), values changed on two laptops without either seeing the other's change"
    }
    /// Who wrote a value, where and when: `ani on d-4be1c2a09f3e, 2026-12-06 10:00 UTC`.
    /// An entry from before its journal joined a team (device `early-…`) says so.
    public static func author(_ by: String, device: String?, at: String) -> String {
        if device?.hasPrefix("early-") == true { return "\(by), before the team began, \(at)" }
        return device.map { "\(by) on \($0), \(at)" } ?? "\(by), \(at)"
    }
    /// After the value shown now.
    public static let shownMark = "(shown)"
    public static func hint(_ plan: String) -> String {
        "settle one: rencana conflicts \(plan) --choose N --value K, or type a new value"
    }
    /// What `--choose` did.
    public static func chose(_ number: Int, field: String, value: String, by: String) -> String {
        "conflict \(number) settled: \(field) is \(value) (\(by)'s value)"
    }
    public static func remaining(_ count: Int) -> String {
        count == 0 ? "no conflicts remain" : count == 1 ? "1 conflict remains" : "\(count) conflicts remain"
    }

    // MARK: `rencana check`

    /// `2 conflicts: 1.1.1.1 Jan catatan, 1.2.1.1 PJ (rencana conflicts plan.json)`.
    public static func checkLine(_ count: Int, fields: String, plan: String) -> String {
        "\(count == 1 ? "1 conflict" : "\(count) conflicts"): \(fields) (see rencana conflicts \(plan))"
    }

    // MARK: The dashboard

    /// The title bar's count.
    public static func titleCount(_ count: Int) -> String { count == 1 ? "1 conflict" : "\(count) conflicts" }
    /// The detail pane's label of the row's conflicts.
    public static let detailLabel = "Conflicts"
    /// One value of a conflict in the detail pane (under its field): `1) "SK terbit"  ani on d-…, 2026-12-06 10:00 UTC  (shown)`.
    public static func detailValue(_ n: Int, _ value: String, _ author: String, shown: Bool) -> String {
        "\(n)) \(value)  \(author)" + (shown ? "  " + shownMark : "")
    }
    /// The key that settles a conflict of the cursor's cell or row, for help (`KeyTable` id `conflict`).
    public static let keyHelp: [String: String] = [
        "conflict": "choose a value of a conflict on the cursor's cell or row (marked ≠ / #)",
    ]
    /// The chooser in the key bar: `Conflict 1.1.1.1 Jan catatan, keep:` then the values.
    public static func chooserPrompt(_ field: String) -> String { "Conflict \(field), keep:" }
    public static let keysChooser: [(key: String, label: String)] = [("←→ 1-9", "Value"), ("Enter", "Keep"), ("Esc", "Cancel")]
    /// The key bar's hint while the cursor's row has a conflict.
    public static let keyBar = (key: "C", label: "Conflict")
    /// `C` where the cursor's cell and row have no conflict.
    public static let noConflictHere = "no conflict on this cell or row"
    /// Help's legend line.
    public static func legend(_ glyph: String) -> String {
        "\(glyph)  a conflict (two laptops' values; C chooses, d shows them)"
    }
}
