import PlanModel
import Foundation

/// Writes journal entries as single JSON lines, keys in the fixed order of docs/STATE-V2.md:
/// `seq`, `id`, `at`, `by`, `device`, `clock` and `seen` (only when present), `kind`, then the kind's keys.
enum StateEntryWriter {
    static func line(for entry: JournalEntry) -> String {
        var out = "{\"seq\":\(entry.seq),\"id\":\(q(entry.id)),\"at\":\"\(StateFormat.timestamp(entry.at))\",\"by\":\(q(entry.by)),"
        if let device = entry.device { out += "\"device\":\(q(device))," }
        if let clock = entry.clock { out += "\"clock\":\(clock)," }
        if !entry.seen.isEmpty { out += "\"seen\":[" + entry.seen.map(q).joined(separator: ",") + "]," }
        if let with = entry.with { out += "\"with\":\(q(with))," }
        out += "\"kind\":\"\(entry.change.kind)\""
        switch entry.change {
        case .declared(let declared):
            var line = JSONLine()
            declared.payload.writeFields(to: &line)
            out += line.text
        case .set(let m): out += mark(m)
        case .undo(let step), .redo(let step):
            out += ",\"undoes\":\(step.undoes)"
            if let target = step.target { out += ",\"target\":\(q(target))" }
            if let m = step.mark { out += mark(m) }
        case .status(let row, let month, let old, let new):
            out += cell(row, month) + ",\"old\":\(q(old?.code ?? "")),\"new\":\(q(new?.code ?? ""))"
        case .date(let row, let month, let old, let new), .note(let row, let month, let old, let new):
            out += cell(row, month) + values(old, new)
        case .pj(let row, let old, let new): out += ",\"row\":\(q(row.rawValue))" + values(old, new)
        case .evidenceAdd(let e), .evidenceRemove(let e): out += ",\"evidence\":" + evidence(e)
        case .review(let row, let tw, let field, let old, let new):
            out += ",\"row\":\(q(row.rawValue)),\"tw\":\(tw),\"field\":\"\(field.rawValue)\"" + values(old, new)
        case .signer(let field, let old, let new): out += ",\"field\":\"\(field.rawValue)\"" + values(old, new)
        case .edit(let row, let field, let old, let new):
            out += ",\"row\":\(q(row.rawValue)),\"field\":\"\(field.rawValue)\"" + values(old, new)
        case .document(let field, let old, let new): out += ",\"field\":\"\(field.rawValue)\"" + values(old, new)
        case .add(let a):
            out += ",\"row\":\(q(a.row.rawValue))" + anchor(a.anchor) + ",\"level\":\"\(a.level.rawValue)\""
            out += ",\"text\":\(q(a.text)),\"months\":\(months(a.months)),\"ket\":\(q(a.ket))"
            if a.level != .indikator { out += ",\"sub\":\(q(a.sub))" }
            if a.level == .kegiatan || a.level == .area { out += ",\"kegiatan\":\(q(a.kegiatan))" }
            if a.level == .area { out += ",\"area\":\(q(a.area))" }
        case .remove(let r):
            out += ",\"rows\":[" + r.rows.map { q($0.rawValue) }.joined(separator: ",") + "]"
            out += ",\"level\":\"\(r.level.rawValue)\",\"snapshot\":" + subtree(r.snapshot) + anchor(r.anchor)
        case .move(let m):
            out += ",\"row\":\(q(m.row.rawValue)),\"level\":\"\(m.level.rawValue)\""
            switch m.direction {
            case .up: out += ",\"direction\":\"up\""
            case .down: out += ",\"direction\":\"down\""
            case .to(let to, let from): out += ",\"to\":" + place(to) + ",\"from\":" + place(from)
            }
        }
        return out + "}"
    }

    private static func q(_ text: String) -> String { PlanEncoder.quote(text) }
    private static func mark(_ m: MarkChange) -> String {
        ",\"row\":\(q(m.row.rawValue)),\"month\":\"\(m.month.label)\",\"old\":\(m.old),\"new\":\(m.new)"
    }
    private static func cell(_ row: RowID, _ month: Month) -> String { ",\"row\":\(q(row.rawValue)),\"month\":\"\(month.label)\"" }
    private static func values(_ old: String, _ new: String) -> String { ",\"old\":\(q(old)),\"new\":\(q(new))" }
    private static func months(_ set: MonthSet) -> String { "[" + set.map { "\"\($0.label)\"" }.joined(separator: ",") + "]" }

    /// `,"after":"<row>"` or `,"before":"<row>"`, nothing when absent.
    private static func anchor(_ anchor: Anchor?) -> String {
        switch anchor {
        case .after(let row)?: ",\"after\":\(q(row.rawValue))"
        case .before(let row)?: ",\"before\":\(q(row.rawValue))"
        case nil: ""
        }
    }

    /// `{"after":"<row>"}` or `{"before":"<row>"}`.
    private static func place(_ anchor: Anchor) -> String { "{" + self.anchor(anchor).dropFirst() + "}" }

    static func evidence(_ e: Evidence) -> String {
        var out = "{\"id\":\(q(e.id)),\"row\":\(q(e.row.rawValue))"
        if let month = e.month { out += ",\"month\":\"\(month.label)\"" }
        out += ",\"type\":\(q(e.kind.rawValue)),\"title\":\(q(e.title)),\"number\":\(q(e.number)),\"date\":\(q(e.date))"
        switch e.location {
        case .file(let path): out += ",\"path\":\(q(path))"
        case .url(let url): out += ",\"url\":\(q(url))"
        }
        return out + "}"
    }

    /// The subtree in plan.json's own keys, on one line, every row with its id.
    static func subtree(_ tree: PlanSubtree) -> String {
        switch tree {
        case .indikator(let i): indicator(i)
        case .sub(let s): sub(s)
        case .kegiatan(let k): kegiatan(k)
        case .area(let a): "{\"name\":\(q(a.name)),\"kegiatan\":[" + a.kegiatan.map(kegiatan).joined(separator: ",") + "]}"
        }
    }
    private static func indicator(_ i: Indicator) -> String {
        "{\"id\":\(q(i.id?.rawValue ?? "")),\"text\":\(q(i.text)),\"months\":\(months(i.months)),\"ket\":\(q(i.ket))}"
    }
    private static func sub(_ s: SubKegiatan) -> String {
        "{\"title\":\(q(s.title)),\"indikator\":[" + s.indicators.map(indicator).joined(separator: ",") + "]}"
    }
    private static func kegiatan(_ k: Kegiatan) -> String {
        "{\"title\":\(q(k.title)),\"subKegiatan\":[" + k.subKegiatan.map(sub).joined(separator: ",") + "]}"
    }
}
