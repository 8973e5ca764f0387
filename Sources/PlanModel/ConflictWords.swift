import RencanaText

/// Says a conflict in words, as `rencana conflicts`, `rencana check` and the dashboard's detail pane show it: the
/// row and field in the document's words (`1.1.1.1 Jan catatan`), each value as `rencana log` words it. In the
/// model so the command line and the dashboard cannot word one conflict two ways. The kind that writes the value
/// says the words (`JournalKind.conflictField` and its neighbours).
public enum ConflictWords {
    /// The row the conflict is about (a piece of evidence: its row); nil for a report's signer or a document field.
    public static func row(of conflict: Conflict, in state: YearState) -> RowID? {
        kind(conflict.key).map { $0.conflictRow(conflict, in: state) } ?? RowID(conflict.key.row)
    }

    /// The month cell the conflict is about, when it is a cell's (a mark, status, date, note, month evidence).
    public static func month(of conflict: Conflict, in state: YearState) -> Month? {
        kind(conflict.key)?.conflictMonth(conflict, in: state)
    }

    /// The row reference and field: `1.1.1.1 Jan status`, `1.1.1.1 PJ`, `1.1.1.1 TW II Kendala`, `Laporan: Tempat`.
    public static func field(of conflict: Conflict, in state: YearState) -> String {
        guard let kind = kind(conflict.key) else { return "\(conflict.key.row) \(conflict.key.part)" }
        return kind.conflictField(conflict, in: state)
    }

    /// One of a conflict's values in words: a status as the journal names it, a date in Indonesian, a text quoted
    /// (cut to `limit` characters), a mark as √ or ·, evidence present or not.
    public static func value(_ text: String, of key: ValueKey, limit: Int = 120) -> String {
        guard let kind = kind(key) else { return quoted(text, limit: limit) }
        return kind.conflictValue(text, of: key, limit: limit)
    }

    /// The kind whose value `key` names.
    private static func kind(_ key: ValueKey) -> (any JournalKind.Type)? { byValueKind[key.kind] }

    private static let byValueKind: [ValueKey.Kind: any JournalKind.Type] =
        Dictionary(JournalKinds.types.compactMap { type in type.valueKind.map { ($0, type) } }, uniquingKeysWith: { a, _ in a })

    /// A text in quotes on one line, terminal-safe, cut to `limit` characters with `…`; empty as `(kosong)`.
    static func quoted(_ text: String, limit: Int) -> String {
        guard !text.isEmpty else { return Text.Journal.empty }
        let line = JSONParser.oneLine(text)
        return "\"" + (line.count > limit ? String(line.prefix(max(1, limit - 1))) + "…" : line) + "\""
    }

    /// The piece of evidence a conflict's writes are about (an undo or redo: its target's).
    static func evidence(of conflict: Conflict, in state: YearState) -> Evidence? {
        for entry in conflict.entries {
            if case .evidence(let item, _)? = state.resolved(entry.change)?.reach(forward: true) { return item }
        }
        return nil
    }
}
