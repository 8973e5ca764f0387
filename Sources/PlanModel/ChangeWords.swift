import RencanaText

/// Says a journal change in words, as `rencana log` prints it: `1.2.1.1 Feb: belum dicatat → Terlaksana`.
/// In the model so the command line and the dashboard's detail pane say a change in the same words.
public enum ChangeWords {
    typealias T = Text.Journal

    /// The change in words; `state` resolves undo/redo targets.
    public static func describe(_ change: Change, in state: YearState) -> String {
        switch change {
        case .declared(let declared): return declared.payload.words
        case .set(let m): return "\(m.row) \(m.month.label): " + (m.old ? T.on : T.off) + T.arrow + (m.new ? T.on : T.off)
        case .undo(let step), .redo(let step):
            let head = change.kind == "undo" ? T.undo(step.undoes) : T.redo(step.undoes)
            if let m = step.mark { return head + " " + describe(.set(m), in: state) }
            let target = step.target.flatMap { state.entry(id: $0) } ?? state.entry(seq: step.undoes)
            return head + (target.map { ": " + describe($0.change, in: state) } ?? "")
        case .status(let row, let month, let old, let new): return "\(row) \(month.label): " + status(old) + T.arrow + status(new)
        case .date(let row, let month, let old, let new):
            return "\(row) \(T.dateLabel(month.label)): " + values(CalendarDate.indonesian(old), CalendarDate.indonesian(new))
        case .note(let row, let month, let old, let new): return "\(row) \(T.noteLabel(month.label)): " + values(old, new)
        case .pj(let row, let old, let new): return "\(row) \(T.pjLabel): " + values(old, new)
        case .evidenceAdd(let e): return "\(e.row) " + T.evidenceAdded(e.id, e.kind.rawValue, ChangeClip.evidence(e))
        case .evidenceRemove(let e): return "\(e.row) " + T.evidenceRemoved(e.id, e.kind.rawValue, ChangeClip.evidence(e))
        case .review(let row, let tw, let field, let old, let new):
            let shown = field == .tenggat ? CalendarDate.indonesian : { $0 }  // dates in Indonesian (issue 20)
            return "\(row) \(T.review(tw: roman(tw), field: field.rawValue)): " + values(shown(old), shown(new))
        case .signer(let field, let old, let new): return T.signer(field.rawValue) + ": " + values(old, new)
        case .edit(let row, let field, let old, let new): return "\(row) \(T.fieldName(field.rawValue)): " + values(old, new)
        case .document(let field, let old, let new): return T.document(field.rawValue) + ": " + values(old, new)
        case .add(let a):
            // A new group is named by its title (its first row's text after it), a new row by its text.
            let title: String? = switch a.level {
            case .indikator: nil
            case .sub: a.sub
            case .kegiatan: a.kegiatan
            case .area: a.area
            }
            let words = title.map { quoted($0) + (a.text.isEmpty ? "" : ", " + quoted(a.text)) } ?? quoted(a.text)
            return "\(a.row) " + T.added(level: a.level.rawValue, place: a.anchor.map(place) ?? "") + ": " + words
        case .remove(let r): return "\(r.rows.first.map(\.rawValue) ?? "") " + T.removed(level: r.level.rawValue, rows: r.rows.count)
        case .move(let m):
            switch m.direction {
            case .up: return "\(m.row) " + T.moved(level: m.level.rawValue, direction: "up")
            case .down: return "\(m.row) " + T.moved(level: m.level.rawValue, direction: "down")
            case .to(let to, _): return "\(m.row) " + T.movedTo(place: place(to))
            }
        }
    }

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

    private static func place(_ anchor: Anchor) -> String {
        switch anchor {
        case .after(let row): T.after(row.rawValue)
        case .before(let row): T.before(row.rawValue)
        }
    }

    private static func values(_ old: String, _ new: String) -> String {
        let shown = ChangeClip.pair(old, new)
        return shown.old + T.arrow + shown.new
    }

    /// A text in quotes, cut to 40 characters with `…`, on one line; empty as `(kosong)`.
    public static func quoted(_ text: String) -> String {
        guard !text.isEmpty else { return T.empty }
        let line = JSONParser.oneLine(text)
        let cut = line.count > 40 ? String(line.prefix(39)) + "…" : line
        return "\"" + cut + "\""
    }

    private static func roman(_ tw: Int) -> String { Text.roman(tw) }
}
