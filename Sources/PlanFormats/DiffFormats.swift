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
    /// A row's line starts with its id, the one reference every command takes; where a row is, is said by its
    /// sub kegiatan (`SUB KEGIATAN 1.4.1 place 2`, the dashboard's words), never as a four-part number that could be
    /// another row's id.
    /// Texts are quoted and shown with control characters as visible escapes, so nothing from the plan
    /// reaches the terminal as a control sequence and every difference stays on one line.
    public static func text(_ diff: PlanDiff) -> String {
        diff.changes.map { line(of: $0) + "\n" }.joined()
    }

    /// One difference as a line of the text form (no newline).
    public static func line(of change: PlanChange) -> String {
        if change.level == .indikator, let row = change.row { return rowLine(of: change, id: visible(row.rawValue)) }
        let place = change.level == .document ? Text.Diff.documentPlace : change.place
        let level = Text.Diff.levelName(change.level.rawValue)
        let body: String
        switch change.kind {
        case .changed:
            body = Text.Diff.fieldName(change.field?.rawValue ?? "") + ": " + quoted(change.old) + Text.Diff.arrow + quoted(change.new)
        case .added:
            body = Text.Diff.added(level: level, id: nil, text: quoted(change.new), months: monthList(change.months))
        case .removed:
            body = Text.Diff.removed(level: level, id: nil, text: quoted(change.old))
        case .moved:
            return Text.Diff.moved(level: place + " " + level, from: change.old, to: change.new)
        case .monthsAdded, .monthsRemoved:
            body = Text.Diff.months(added: change.kind == .monthsAdded, monthList(change.months))
        }
        return place + " " + body
    }

    /// A row's line: its id, then what changed; its place only where it was added, removed or moved.
    static func rowLine(of change: PlanChange, id: String) -> String {
        let body: String
        switch change.kind {
        case .changed:
            body = Text.Diff.fieldName(change.field?.rawValue ?? "") + ": " + quoted(change.old) + Text.Diff.arrow + quoted(change.new)
        case .added:
            body = Text.Diff.rowAdded(place: rowPlace(change.place), text: quoted(change.new), months: monthList(change.months))
        case .removed:
            body = Text.Diff.rowRemoved(place: rowPlace(change.place), text: quoted(change.old))
        case .moved:
            // As the dashboard's revision view says it: `row moved from SUB KEGIATAN 1.2.1 place 2 to place 1`.
            let sameSub = subPlace(change.old) == subPlace(change.new)
            body = Text.Diff.moved(level: Text.Diff.levelName(DiffLevel.indikator.rawValue), from: rowPlace(change.old),
                                   to: sameSub ? Text.Dashboard.placeInSub(nil, "", rowNumber(change.new)) : rowPlace(change.new))
        case .monthsAdded, .monthsRemoved:
            body = Text.Diff.months(added: change.kind == .monthsAdded, monthList(change.months))
        }
        return id + " " + body
    }

    /// `1.4.1.2` (a row's positions) as `SUB KEGIATAN 1.4.1 place 2`; anything else as it is.
    static func rowPlace(_ positions: String) -> String {
        guard positions.filter({ $0 == "." }).count == 3 else { return positions }
        return Text.Dashboard.placeInSub(Text.Diff.levelName(DiffLevel.sub.rawValue), subPlace(positions), rowNumber(positions))
    }

    /// `1.4.1` of `1.4.1.2`.
    static func subPlace(_ positions: String) -> String { String(positions[..<(positions.lastIndex(of: ".") ?? positions.endIndex)]) }

    /// `2` of `1.4.1.2`.
    static func rowNumber(_ positions: String) -> String { positions.lastIndex(of: ".").map { String(positions[positions.index(after: $0)...]) } ?? "" }

    /// The place column of the Markdown and CSV forms: a row's sub kegiatan and its place in it, a group's place.
    static func placeCell(_ change: PlanChange) -> String {
        switch change.level {
        case .document: return Text.Diff.documentPlace
        case .indikator: return rowPlace(change.place)
        default: return change.place
        }
    }

    /// A table: place (a row's by its sub kegiatan), row id, what changed, old, new.
    public static func markdown(_ diff: PlanDiff) -> String {
        guard !diff.isEmpty else { return "" }
        var out = Text.Diff.markdownTitle(diff.changes.count) + "\n\n"
        let header = Text.Diff.markdownColumns
        out += "| " + header.joined(separator: " | ") + " |\n"
        out += "|" + String(repeating: "---|", count: header.count) + "\n"
        for change in diff.changes {
            let cells = [
                placeCell(change),
                change.row?.rawValue ?? "",
                what(change),
                oldCell(change),
                newCell(change),
            ]
            out += "| " + cells.map { MarkdownExport.escape(visible($0)) }.joined(separator: " | ") + " |\n"
        }
        return out
    }

    /// A header line and one record per difference: change, level, place (a row's by its sub kegiatan, as in the text
    /// form), row, field, old, new, months
    /// (machine names in the first columns so scripts can filter on them).
    public static func csv(_ diff: PlanDiff) -> String {
        var out = CSVExport.line(Text.Diff.columns)
        for c in diff.changes {
            let moved = c.kind == .moved && c.level == .indikator
            out += CSVExport.line([c.kind.rawValue, c.level.rawValue, c.level == .document ? "" : placeCell(c), c.row?.rawValue ?? "",
                                   c.field?.rawValue ?? "", moved ? rowPlace(c.old) : c.old, moved ? rowPlace(c.new) : c.new,
                                   c.months.map(\.label).joined(separator: " ")])
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
        if c.kind == .moved && c.level == .indikator { return rowPlace(c.old) }
        return c.kind == .monthsRemoved ? monthList(c.months) : c.kind == .monthsAdded ? "" : c.old
    }

    static func newCell(_ c: PlanChange) -> String {
        switch c.kind {
        case .monthsAdded: return monthList(c.months)
        case .monthsRemoved: return ""
        case .moved where c.level == .indikator: return rowPlace(c.new)
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
