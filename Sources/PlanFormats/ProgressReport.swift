import PlanModel
import RencanaText

/// What one line of the progress table adds up.
public enum ProgressBy: String, CaseIterable, Sendable {
    case row, kegiatan, area
}

/// One line of the progress table: a row, a kegiatan, an area or the whole plan, with its counts.
public struct ProgressLine: Equatable, Sendable {
    public enum Level: String, Sendable { case row, kegiatan, area, plan }
    public var level: Level
    /// The row's ID, `1.2` for a kegiatan (area NO. and its position), `1` for an area, empty for the plan.
    public var id: String
    public var name: String
    public var figures: ProgressFigures
}

/// The progress table of `rencana progress`: lines by row, kegiatan or area, the whole plan's line
/// last, written as aligned text, CSV or JSON. Pure: figures in, text out.
public enum ProgressReport {
    /// The lines of the table, in document order, the whole plan's last.
    public static func lines(_ tracker: ProgressTracker, by: ProgressBy, period: ProgressPeriod,
                             asOf: Month) -> [ProgressLine] {
        let plan = tracker.plan
        var lines: [ProgressLine] = []
        for (a, area) in plan.areas.enumerated() {
            switch by {
            case .area:
                lines.append(ProgressLine(level: .area, id: String(area.number), name: area.name,
                                          figures: tracker.figures(of: .area(a), period: period, asOf: asOf)))
            case .kegiatan:
                for (k, kegiatan) in area.kegiatan.enumerated() {
                    lines.append(ProgressLine(
                        level: .kegiatan, id: "\(area.number).\(k + 1)", name: kegiatan.title,
                        figures: tracker.figures(of: .kegiatan(area: a, kegiatan: k), period: period, asOf: asOf)))
                }
            case .row:
                break
            }
        }
        if by == .row {
            for row in plan.rows {
                lines.append(ProgressLine(level: .row, id: row.id.rawValue, name: row.indikator,
                                          figures: tracker.figures(row: row.index, period: period, asOf: asOf)))
            }
        }
        lines.append(ProgressLine(level: .plan, id: "", name: Text.Progress.wholePlan,
                                  figures: tracker.figures(of: .plan, period: period, asOf: asOf)))
        return lines
    }

    /// The period's printed name: `TW I`, `Semester II`, `Tahunan`, `Januari s.d. Mei`.
    public static func name(of period: ProgressPeriod) -> String {
        switch period {
        case .triwulan(let n): Text.Progress.triwulan(n)
        case .semester(let n): Text.Progress.semester(n)
        case .year: Text.Progress.year
        case .until(let month): Text.Progress.until(month.fullName)
        }
    }

    private static func cells(_ line: ProgressLine, number: (Int) -> String) -> [String] {
        let f = line.figures
        return [line.id, line.name, number(f.due), number(f.done), number(f.partly), number(f.missed),
                number(f.overdue), f.capaianText, number(f.kurangBukti)]
    }

    /// An aligned text table under a caption; names cut to `nameWidth` columns; control characters
    /// from the plan escaped (`\\n`), never sent to the terminal.
    public static func text(_ lines: [ProgressLine], period: ProgressPeriod, asOf: Month, nameWidth: Int = 40) -> String {
        let rows = [Text.Progress.columns] + lines.map { line in
            var fields = cells(line, number: IndonesianNumber.integer)
            fields[1] = TextWidth.truncate(TerminalText.safe(fields[1]), to: nameWidth)
            return fields
        }
        var widths = [Int](repeating: 0, count: Text.Progress.columns.count)
        for row in rows { for (i, field) in row.enumerated() { widths[i] = max(widths[i], TextWidth.of(field)) } }
        var out = Text.Progress.caption(period: name(of: period), asOf: asOf.fullName) + "\n"
        for row in rows {
            var line = ""
            for (i, field) in row.enumerated() {
                let pad = String(repeating: " ", count: widths[i] - TextWidth.of(field))
                // Names left-aligned, numbers right-aligned.
                let cell = i < 2 ? field + pad : pad + field
                line += i == 0 ? cell : "  " + cell
            }
            while line.hasSuffix(" ") { line.removeLast() }
            out += line + "\n"
        }
        return out
    }

    /// CSV (RFC 4180, CRLF, UTF-8 BOM as in the plan's export); capaian as Indonesian text (`87,5%`, `–`).
    /// Text that a spreadsheet would take as a formula gets a leading apostrophe (`CSVExport.line` does it,
    /// through the one rule `SpreadsheetText.neutralised`).
    public static func csv(_ lines: [ProgressLine], byteOrderMark: Bool = true) -> String {
        var out = byteOrderMark ? CSVExport.byteOrderMark : ""
        out += CSVExport.line(Text.Progress.columns)
        for line in lines {
            var fields = cells(line, number: String.init)
            // A progress table is read, never imported back: its names are shown terminal-safe as in the text form.
            fields[1] = TerminalText.safe(fields[1])
            out += CSVExport.line(fields)
        }
        return out
    }

    /// JSON: `{"format":"rencana-progress","version":1,"period":…,"asOf":…,"lines":[…]}`, capaian as a
    /// fraction (null when nothing is due) and as text.
    public static func json(_ lines: [ProgressLine], period: ProgressPeriod, asOf: Month) -> String {
        var out = "{\"format\":\"rencana-progress\",\"version\":1,\"period\":" + string(name(of: period))
        out += ",\"from\":" + string(period.months.lowerBound.label) + ",\"to\":" + string(period.months.upperBound.label)
        out += ",\"asOf\":" + string(asOf.label) + ",\"lines\":["
        for (i, line) in lines.enumerated() {
            let f = line.figures
            out += i == 0 ? "\n" : ",\n"
            out += "{\"level\":" + string(line.level.rawValue) + ",\"id\":" + string(line.id)
            out += ",\"name\":" + string(line.name)
            out += ",\"due\":\(f.due),\"done\":\(f.done),\"partly\":\(f.partly),\"missed\":\(f.missed)"
            out += ",\"overdue\":\(f.overdue),\"moved\":\(f.moved),\"outside\":\(f.outside)"
            out += ",\"kurangBukti\":\(f.kurangBukti)"
            out += ",\"capaian\":" + (f.capaianTenths.map { fraction(tenths: $0) } ?? "null")
            out += ",\"capaianText\":" + string(f.capaianText) + "}"
        }
        return out + "\n]}\n"
    }

    /// Tenths of a percent as a fraction with up to four decimals: 875 → 0.875.
    static func fraction(tenths: Int) -> String {
        let whole = tenths / 1000
        var decimals = String(tenths % 1000)
        decimals = String(repeating: "0", count: 3 - decimals.count) + decimals
        while decimals.hasSuffix("0") { decimals.removeLast() }
        return decimals.isEmpty ? String(whole) : "\(whole).\(decimals)"
    }

    /// A JSON string that never carries a control to a terminal (`PlanEncoder.terminalSafeQuote`).
    static func string(_ text: String) -> String { PlanEncoder.terminalSafeQuote(text) }
}
