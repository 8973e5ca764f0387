import PlanModel
import Foundation

/// Writes journal entries as single JSON lines, keys in the fixed order of docs/STATE-V2.md:
/// `seq`, `id`, `at`, `by`, `device`, `clock` and `seen` (only when present), `kind`, then the kind's keys
/// (each kind writes its own: `JournalKind.writeFields`).
enum StateEntryWriter {
    static func line(for entry: JournalEntry) -> String {
        var out = "{\"seq\":\(entry.seq),\"id\":\(q(entry.id)),\"at\":\"\(StateFormat.timestamp(entry.at))\",\"by\":\(q(entry.by)),"
        if let device = entry.device { out += "\"device\":\(q(device))," }
        if let clock = entry.clock { out += "\"clock\":\(clock)," }
        if !entry.seen.isEmpty { out += "\"seen\":[" + entry.seen.map(q).joined(separator: ",") + "]," }
        if let with = entry.with { out += "\"with\":\(q(with))," }
        out += "\"kind\":\"\(entry.change.kind)\""
        var line = JSONLine()
        entry.change.writeFields(to: &line)
        out += line.text
        return out + "}"
    }

    private static func q(_ text: String) -> String { PlanEncoder.quote(text) }
}
