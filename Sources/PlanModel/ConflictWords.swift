import RencanaText

/// Says a conflict in words, as `rencana conflicts`, `rencana check` and the dashboard's detail pane show it: the
/// row and field in the document's words (`1.1.1.1 Jan catatan`), each value as `rencana log` words it. In the
/// model so the command line and the dashboard cannot word one conflict two ways.
public enum ConflictWords {
    typealias T = Text.Journal

    /// The row the conflict is about (a piece of evidence: its row); nil for a report's signer or a document field.
    public static func row(of conflict: Conflict, in state: YearState) -> RowID? {
        switch conflict.key.kind {
        case .signer, .document: return nil
        case .evidence: return evidence(of: conflict, in: state)?.row
        default: return RowID(conflict.key.row)
        }
    }

    /// The month cell the conflict is about, when it is a cell's (a mark, status, date, note, month evidence).
    public static func month(of conflict: Conflict, in state: YearState) -> Month? {
        switch conflict.key.kind {
        case .mark, .status, .date, .note: return Month(parsing: conflict.key.part)
        case .evidence: return evidence(of: conflict, in: state)?.month
        default: return nil
        }
    }

    /// The row reference and field: `1.1.1.1 Jan status`, `1.1.1.1 PJ`, `1.1.1.1 TW II Kendala`, `Laporan: Tempat`.
    public static func field(of conflict: Conflict, in state: YearState) -> String {
        let key = conflict.key
        let row = key.row
        switch key.kind {
        case .mark: return "\(row) " + Text.Conflict.markLabel(key.part)
        case .status: return "\(row) " + Text.Conflict.statusLabel(key.part)
        case .date: return "\(row) " + T.dateLabel(key.part)
        case .note: return "\(row) " + T.noteLabel(key.part)
        case .pj: return "\(row) " + T.pjLabel
        case .evidence:
            let owner = evidence(of: conflict, in: state).map { "\($0.row) " } ?? ""
            return owner + Text.Conflict.evidenceLabel(row)
        case .review:
            let parts = key.part.split(separator: " ").map(String.init)
            let tw = parts.first.flatMap { Int($0) } ?? 0
            return "\(row) " + T.review(tw: roman(tw), field: parts.count > 1 ? parts[1] : "")
        case .signer: return T.signer(key.part)
        case .edit: return "\(row) " + T.fieldName(key.part)
        case .document: return T.document(key.part)
        }
    }

    /// One of a conflict's values in words: a status as the journal names it, a date in Indonesian, a text quoted
    /// (cut to `limit` characters), a mark as √ or ·, evidence present or not.
    public static func value(_ text: String, of key: ValueKey, limit: Int = 120) -> String {
        switch key.kind {
        case .mark: return text.isEmpty ? T.off : T.on
        case .status: return ChangeWords.status(text.isEmpty ? nil : RealisationStatus(code: text))
        case .evidence: return text == "+" ? Text.Conflict.evidencePresent : Text.Conflict.evidenceAbsent
        case .date: return quoted(CalendarDate.indonesian(text), limit: limit)
        case .review where key.part.hasSuffix(ReviewField.tenggat.rawValue):
            return quoted(CalendarDate.indonesian(text), limit: limit)
        case .signer where key.part == SignerField.date.rawValue, .document where key.part == DocumentField.date.rawValue:
            return quoted(CalendarDate.indonesian(text), limit: limit)
        default: return quoted(text, limit: limit)
        }
    }

    /// A text in quotes on one line, terminal-safe, cut to `limit` characters with `…`; empty as `(kosong)`.
    static func quoted(_ text: String, limit: Int) -> String {
        guard !text.isEmpty else { return T.empty }
        let line = JSONParser.oneLine(text)
        return "\"" + (line.count > limit ? String(line.prefix(max(1, limit - 1))) + "…" : line) + "\""
    }

    /// The piece of evidence a conflict's writes are about (an undo or redo: its target's).
    private static func evidence(of conflict: Conflict, in state: YearState) -> Evidence? {
        for entry in conflict.entries {
            switch state.resolved(entry.change) {
            case .evidenceAdd(let item)?, .evidenceRemove(let item)?: return item
            default: continue
            }
        }
        return nil
    }

    private static func roman(_ tw: Int) -> String { tw >= 1 && tw <= 4 ? ["I", "II", "III", "IV"][tw - 1] : "\(tw)" }
}
