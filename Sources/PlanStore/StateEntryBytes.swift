import PlanModel
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The journal's line of an entry made straight into bytes, for writers of many lines at once (a merge, a rewrite):
/// the same bytes as `StateEntryWriter.line` (tested on every kind's samples), without building a `String` per key.
/// The kinds a year is mostly made of (marks, statuses, dates, notes, PJ, evidence, reviews, undo and redo) are
/// written here; the others go through `StateEntryWriter.line`.
struct StateEntryBytes {
    var out: [UInt8] = []
    /// The last timestamp written and its second: entries of one session share their seconds.
    private var lastSecond: Int = .min
    private var lastStamp: [UInt8] = []

    init(capacity: Int = 0) { out.reserveCapacity(capacity) }

    /// Appends `entry`'s line and its newline.
    mutating func append(_ entry: JournalEntry) {
        switch entry.change {
        case .set, .undo, .redo, .status, .date, .note, .pj, .evidenceAdd, .evidenceRemove, .review: break
        default:
            out.append(contentsOf: StateEntryWriter.line(for: entry).utf8)
            out.append(0x0A)
            return
        }
        raw("{\"seq\":"); number(entry.seq)
        raw(",\"id\":"); quote(entry.id)
        raw(",\"at\":\""); timestamp(entry.at)
        raw("\",\"by\":"); quote(entry.by)
        raw(",")
        if let device = entry.device { raw("\"device\":"); quote(device); raw(",") }
        if let clock = entry.clock { raw("\"clock\":"); number(clock); raw(",") }
        if !entry.seen.isEmpty {
            raw("\"seen\":[")
            for (i, id) in entry.seen.enumerated() {
                if i > 0 { raw(",") }
                quote(id)
            }
            raw("],")
        }
        if let with = entry.with { raw("\"with\":"); quote(with); raw(",") }
        raw("\"kind\":\""); raw(entry.change.kind); raw("\"")
        switch entry.change {
        case .set(let m): mark(m)
        case .undo(let step), .redo(let step):
            raw(",\"undoes\":"); number(step.undoes)
            if let target = step.target { raw(",\"target\":"); quote(target) }
            if let m = step.mark { mark(m) }
        case .status(let row, let month, let old, let new):
            cell(row, month); values(old?.code ?? "", new?.code ?? "")
        case .date(let row, let month, let old, let new), .note(let row, let month, let old, let new):
            cell(row, month); values(old, new)
        case .pj(let row, let old, let new):
            raw(",\"row\":"); quote(row.rawValue); values(old, new)
        case .evidenceAdd(let e), .evidenceRemove(let e):
            raw(",\"evidence\":"); out.append(contentsOf: StateEntryWriter.evidence(e).utf8)
        case .review(let row, let tw, let field, let old, let new):
            raw(",\"row\":"); quote(row.rawValue); raw(",\"tw\":"); number(tw)
            raw(",\"field\":\""); raw(field.rawValue); raw("\""); values(old, new)
        default: break
        }
        raw("}\n")
    }

    /// Appends a held entry's line from its file with another number: `rest` is what followed its `{"seq":N`.
    mutating func appendHeld(seq: Int, rest: ArraySlice<UInt8>) {
        raw("{\"seq\":"); number(seq)
        out.append(contentsOf: rest)
        out.append(0x0A)
    }

    private mutating func raw(_ text: String) {
        var text = text
        text.withUTF8 { out.append(contentsOf: $0) }
    }

    private mutating func number(_ n: Int) { raw(String(n)) }  // a small string: no allocation

    /// `PlanEncoder.quote`, with its plain-ASCII case in bytes.
    private mutating func quote(_ text: String) {
        var text = text
        let plain = text.withUTF8 { bytes -> Bool in
            guard bytes.allSatisfy({ $0 >= 0x20 && $0 < 0x7F && $0 != 0x22 && $0 != 0x5C }) else { return false }
            out.append(0x22)
            out.append(contentsOf: bytes)
            out.append(0x22)
            return true
        }
        if !plain { raw(PlanEncoder.quote(text)) }
    }

    private mutating func timestamp(_ date: Date) {
        let second = Int(date.timeIntervalSince1970.rounded(.down))
        if second != lastSecond {
            lastSecond = second
            lastStamp = Array(StateFormat.timestamp(date).utf8)
        }
        out.append(contentsOf: lastStamp)
    }

    private mutating func mark(_ m: MarkChange) {
        cell(m.row, m.month)
        raw(",\"old\":"); raw(m.old ? "true" : "false")
        raw(",\"new\":"); raw(m.new ? "true" : "false")
    }

    private mutating func cell(_ row: RowID, _ month: Month) {
        raw(",\"row\":"); quote(row.rawValue)
        raw(",\"month\":\""); raw(month.label); raw("\"")
    }

    private mutating func values(_ old: String, _ new: String) {
        raw(",\"old\":"); quote(old)
        raw(",\"new\":"); quote(new)
    }
}
