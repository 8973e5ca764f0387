import RencanaText

/// Says a journal change in words, as `rencana log` prints it: `1.2.1.1 Feb: belum dicatat → Terlaksana`.
/// In the model so the command line and the dashboard's detail pane say a change in the same words.
public enum ChangeWords {
    typealias T = Text.Journal

    /// The change in words (each kind says its own: `JournalKind.words`); `state` resolves undo/redo targets.
    public static func describe(_ change: Change, in state: YearState) -> String { change.words(in: state) }

    /// A month's status as the journal's words name it (belum dicatat, Terlaksana, Digeser ke April…).
    public static func status(_ status: RealisationStatus?) -> String {
        switch status {
        case nil: T.notRecorded
        case .done?: T.done
        case .partly?: T.partly
        case .missed?: T.missed
        case .moved(let month)?: T.moved(month.fullName)
        }
    }

    /// `after 1.1.1.1` / `before 1.1.1.1`.
    static func place(_ anchor: Anchor) -> String {
        switch anchor {
        case .after(let row): T.after(row.rawValue)
        case .before(let row): T.before(row.rawValue)
        }
    }

    /// `"old" → "new"`, each quoted (`kept "X"` when both are the same); where both are cut, shown from near where they differ (`ChangeClip.pair`).
    static func values(_ old: String, _ new: String) -> String {
        // The value already shown, written again: a conflict settled by choosing it, not a change.
        if old == new { return Text.UX22.kept(quoted(old)) }
        let shown = ChangeClip.pair(old, new)
        return shown.old + T.arrow + shown.new
    }

    /// A text in quotes, cut to 40 characters with `…`, on one line; empty as `(kosong)`.
    public static func quoted(_ text: String) -> String {
        guard !text.isEmpty else { return T.empty }
        // Cut on the text's own characters, then made one safe line: a cut never falls inside a control's `\u{…}`.
        let cut = text.count > 40 ? JSONParser.oneLine(String(text.prefix(39))) + "…" : JSONParser.oneLine(text)
        return "\"" + cut + "\""
    }

}
