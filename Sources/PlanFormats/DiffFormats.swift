import PlanModel
import RencanaText

/// Writes a `PlanDiff` for people (text, Markdown) and for spreadsheets and scripts (CSV).
public enum DiffFormat: String, CaseIterable, Sendable {
    case text, markdown, csv

    /// The differences in this format. Text and Markdown write nothing when there is no difference;
    /// CSV writes its header line only.
    public func render(_ diff: PlanDiff) -> String {
        switch self {
        case .text: return DiffFormat.text(diff)
        case .markdown: return DiffFormat.markdown(diff)
        case .csv: return DiffFormat.csv(diff)
        }
    }

    /// One line per difference, e.g. `1.2.1.1 INDIKATOR: "Tersedianya media" → "Tersedianya media sosialisasi"`.
    /// Texts are quoted and shown with control characters as visible escapes, so nothing from the plan
    /// reaches the terminal as a control sequence and every difference stays on one line.
    public static func text(_ diff: PlanDiff) -> String {
        diff.changes.map { line(of: $0) + "\n" }.joined()
    }

    /// One difference as a line of the text form (no newline).
    public static func line(of change: PlanChange) -> String {
        let place = change.level == .document ? Text.Diff.documentPlace : change.place
        let level = Text.Diff.levelName(change.level.rawValue)
        let id = change.row.flatMap { $0.rawValue == change.place || change.level != .indikator ? nil : visible($0.rawValue) }
        let body: String
        switch change.kind {
        case .changed:
            // A row's text whose id is not its place names the row, as a move does.
            body = Text.Diff.fieldName(change.field?.rawValue ?? "") + ": " + quoted(change.old) + Text.Diff.arrow + quoted(change.new)
                + (id.map { " (id \($0))" } ?? "")
        case .added:
            body = Text.Diff.added(level: level, id: id, text: quoted(change.new), months: monthList(change.months))
        case .removed:
            body = Text.Diff.removed(level: level, id: id, text: quoted(change.old))
        case .moved:
            return Text.Diff.moved(level: place + " " + level, from: change.old, to: change.new)
                + (id.map { " (id \($0))" } ?? "")
        case .monthsAdded, .monthsRemoved:
            body = Text.Diff.months(added: change.kind == .monthsAdded, monthList(change.months))
                + (id.map { " (id \($0))" } ?? "")
        }
        return place + " " + body
    }

    /// A table: place, row id, what changed, old, new.
    public static func markdown(_ diff: PlanDiff) -> String {
        guard !diff.isEmpty else { return "" }
        var out = Text.Diff.markdownTitle(diff.changes.count) + "\n\n"
        let header = Text.Diff.markdownColumns
        out += "| " + header.joined(separator: " | ") + " |\n"
        out += "|" + String(repeating: "---|", count: header.count) + "\n"
        for change in diff.changes {
            let cells = [
                change.level == .document ? Text.Diff.documentPlace : change.place,
                change.row?.rawValue ?? "",
                what(change),
                oldCell(change),
                newCell(change),
            ]
            out += "| " + cells.map { MarkdownExport.escape(visible($0)) }.joined(separator: " | ") + " |\n"
        }
        return out
    }

    /// A header line and one record per difference: change, level, place, row, field, old, new, months
    /// (machine names in the first columns so scripts can filter on them).
    public static func csv(_ diff: PlanDiff) -> String {
        var out = CSVExport.line(Text.Diff.columns)
        for c in diff.changes {
            out += CSVExport.line([c.kind.rawValue, c.level.rawValue, c.place, c.row?.rawValue ?? "", c.field?.rawValue ?? "",
                                   c.old, c.new, c.months.map(\.label).joined(separator: " ")])
        }
        return out
    }

    /// "INDIKATOR changed", "row added", "SUB KEGIATAN moved": the Markdown form's third column.
    static func what(_ change: PlanChange) -> String {
        switch change.kind {
        case .changed: return Text.Diff.fieldName(change.field?.rawValue ?? "") + " " + Text.Diff.kindName(change.kind.rawValue)
        default: return Text.Diff.levelName(change.level.rawValue) + " " + Text.Diff.kindName(change.kind.rawValue)
        }
    }

    static func oldCell(_ c: PlanChange) -> String {
        c.kind == .monthsRemoved ? monthList(c.months) : c.kind == .monthsAdded ? "" : c.old
    }

    static func newCell(_ c: PlanChange) -> String {
        switch c.kind {
        case .monthsAdded: return monthList(c.months)
        case .monthsRemoved: return ""
        case .added where !c.months.isEmpty: return c.new + " [" + monthList(c.months) + "]"
        default: return c.new
        }
    }

    static func monthList(_ months: MonthSet) -> String { months.map(\.label).joined(separator: ", ") }

    static func quoted(_ text: String) -> String { "\"" + visible(text) + "\"" }

    /// Text with every control character (C0, DEL, C1) and the line and paragraph separators written as a
    /// visible escape (`\n`, `\t`, `\u{1B}`), so a plan's text cannot move the cursor or change colours.
    static func visible(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0A: out += "\\n"
            case 0x09: out += "\\t"
            case 0x0D: out += "\\r"
            case 0x00..<0x20, 0x7F..<0xA0, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069:
                out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
