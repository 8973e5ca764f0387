import Foundation
import PlanFormats
import PlanModel
import RencanaText

/// The recap written as aligned text, CSV, JSON, or JSON lines per cell. Pure: a roll-up in, text out. Every text
/// from an office's file is made terminal-safe in text and CSV (as `progress` does), and CSV cells that a spreadsheet
/// would take as a formula are neutralised by `CSVExport.line`.
public enum RollupFormats {
    /// The aligned table under a caption; office names cut to `nameWidth` columns, area names to 28.
    public static func text(_ rollup: Rollup, lines: [RollupLine], by: RollupBy, period: ProgressPeriod, asOf: Month,
                            nameWidth: Int = 44) -> String {
        let headings = by == .area ? Text.Rollup.areaColumns : Text.Rollup.officeColumns
        var table = [headings]
        for line in lines {
            var fields = [TextWidth.truncate(TerminalText.safe(line.name), to: nameWidth)]
            if by == .area {
                let area = line.areaNumber.map { "\($0) " + TerminalText.safe(line.areaName) } ?? ""
                fields.append(TextWidth.truncate(area, to: 28))
            }
            let f = line.figures
            fields += [line.rows, f.due, f.done, f.partly, f.missed, f.overdue].map(IndonesianNumber.integer)
            fields += [f.capaianText, IndonesianNumber.integer(f.kurangBukti), IndonesianNumber.integer(line.conflicts),
                       day(line.latestEntry), plan(line.revised)]
            table.append(fields)
        }
        let textColumns = by == .area ? 2 : 1
        var widths = [Int](repeating: 0, count: headings.count)
        for row in table { for (i, field) in row.enumerated() { widths[i] = max(widths[i], TextWidth.of(field)) } }
        var out = Text.Rollup.caption(period: ProgressReport.name(of: period), asOf: asOf.fullName, year: rollup.year,
                                      offices: rollup.offices.count) + "\n"
        for row in table {
            var text = ""
            for (i, field) in row.enumerated() {
                let pad = String(repeating: " ", count: widths[i] - TextWidth.of(field))
                let cell = i < textColumns || i >= headings.count - 2 ? field + pad : pad + field
                text += i == 0 ? cell : "  " + cell
            }
            while text.hasSuffix(" ") { text.removeLast() }
            out += text + "\n"
        }
        return out
    }

    /// CSV (RFC 4180, CRLF, UTF-8 BOM as every export), one line per recap line; capaian as Indonesian text.
    public static func csv(_ rollup: Rollup, lines: [RollupLine], byteOrderMark: Bool = true) -> String {
        var out = byteOrderMark ? CSVExport.byteOrderMark : ""
        out += CSVExport.line(Text.Rollup.csvColumns)
        for line in lines {
            let office = line.office.map { rollup.offices[$0] }
            let f = line.figures
            var fields = [line.name, office?.institution ?? "", office?.unit ?? ""].map { TerminalText.safe($0) }
            fields += [line.areaNumber.map(String.init) ?? "", TerminalText.safe(line.areaName)]
            fields += [line.rows, f.due, f.done, f.partly, f.missed, f.overdue].map { String($0) }
            fields += [f.capaianText, String(f.kurangBukti), String(line.conflicts), line.latestEntry.map(timestamp) ?? "", plan(line.revised),
                       TerminalText.safe(office?.source.plan ?? "")]
            out += CSVExport.line(fields)
        }
        return out
    }

    /// JSON: `{"format":"rencana-rollup","version":1,…,"skipped":[…],"merged":[…],"lines":[…]}`; capaian as a fraction
    /// (null when nothing is due) and as text.
    public static func json(_ rollup: Rollup, lines: [RollupLine], period: ProgressPeriod, asOf: Month) -> String {
        var out = "{\"format\":\"rencana-rollup\",\"version\":1,\"year\":\(rollup.year),\"period\":" + quote(ProgressReport.name(of: period))
        out += ",\"from\":" + quote(period.months.lowerBound.label) + ",\"to\":" + quote(period.months.upperBound.label)
        out += ",\"asOf\":" + quote(asOf.label) + ",\"offices\":\(rollup.offices.count),\"skipped\":["
        out += rollup.skipped.map { "{\"file\":" + quote($0.path) + ",\"reason\":" + quote($0.reason) + "}" }.joined(separator: ",")
        out += "],\"merged\":["
        out += rollup.merged.map { m in
            "{\"kept\":" + quote(m.kept) + ",\"keptEntries\":\(m.keptEntries),\"setAside\":" + quote(m.setAside)
                + ",\"setAsideEntries\":\(m.setAsideEntries),\"superset\":\(m.superset)}"
        }.joined(separator: ",")
        out += "],\"lines\":["
        for (i, line) in lines.enumerated() {
            let office = line.office.map { rollup.offices[$0] }
            let f = line.figures
            out += i == 0 ? "\n" : ",\n"
            out += "{\"level\":" + quote(line.level.rawValue) + ",\"name\":" + quote(line.name)
            if let office {
                out += ",\"institution\":" + quote(office.institution) + ",\"unit\":" + quote(office.unit)
                out += ",\"file\":" + quote(office.source.plan)
            }
            if let number = line.areaNumber { out += ",\"area\":\(number),\"areaName\":" + quote(line.areaName) }
            out += ",\"rows\":\(line.rows),\"due\":\(f.due),\"done\":\(f.done),\"partly\":\(f.partly),\"missed\":\(f.missed)"
            out += ",\"overdue\":\(f.overdue),\"moved\":\(f.moved),\"outside\":\(f.outside),\"kurangBukti\":\(f.kurangBukti),\"conflicts\":\(line.conflicts)"
            out += ",\"capaian\":" + (f.capaianTenths.map(fraction) ?? "null") + ",\"capaianText\":" + quote(f.capaianText)
            out += ",\"latestEntry\":" + (line.latestEntry.map { quote(timestamp($0)) } ?? "null")
            if let revised = line.revised { out += ",\"revised\":\(revised)" }
            out += "}"
        }
        return out + "\n]}\n"
    }

    /// One JSON object per line for every office × row × month of the period: what DuckDB's `read_json` and pandas'
    /// `read_json(lines=True)` read as a table. `progress` is the cell as of `asOf` (`done`, `partly`, `missed`,
    /// `overdue`, `notYetDue`, `moved`, `outside`, `none`); `evidence` counts the month's bukti, `rowEvidence` the row's;
    /// `due`, `done`, `partly`, `missed`, `overdue` and `kurangBukti` are the cell's counts as `progress` has them by
    /// `asOf` (a month moved here counts here), so their sums over an office are the recap's figures.
    public static func jsonl(_ rollup: Rollup, period: ProgressPeriod, asOf: Month, into out: inout String) {
        jsonl(rollup, period: period, asOf: asOf) { out += $0 }
    }

    /// The same lines, given to `emit` one office at a time, so a national year (765,000 lines) is never held whole.
    public static func jsonl(_ rollup: Rollup, period: ProgressPeriod, asOf: Month, emit: (String) -> Void) {
        let names = rollup.displayNames()
        let months = Month.allCases.filter { period.months.contains($0) }
        let monthParts = Month.allCases.map { ",\"month\":" + quote($0.label) + ",\"monthNumber\":\($0.rawValue)" }
        for (index, office) in rollup.offices.enumerated() {
            let prefix = "{\"office\":" + quote(names[index]) + ",\"institution\":" + quote(office.institution)
                + ",\"unit\":" + quote(office.unit) + ",\"file\":" + quote(office.source.plan) + ",\"year\":\(office.planYear)"
            var evidence: [RowID: SIMD16<Int32>] = [:]
            for item in office.realisation.evidence { evidence[item.row, default: SIMD16()][item.month?.index ?? 12] += 1 }
            let areaPrefixes = office.plan.areas.map { ",\"area\":\($0.number),\"areaName\":" + quote($0.name) }
            var out = ""
            out.reserveCapacity(office.plan.rows.count * months.count * 640)
            for row in office.plan.rows {
                let rowPart = areaPrefixes[row.position.area] + ",\"row\":" + quote(row.id.rawValue)
                    + ",\"indicator\":" + quote(row.indikator)
                let counts = evidence[row.id] ?? SIMD16()
                let recorded = office.realisation.cells[row.id]
                let changes = office.latestChanges[row.id]
                let planned = row.index < office.marks.count ? office.marks[row.index] : MonthSet()
                let values = office.tracker.months(ofRow: row.index)
                for month in months {
                    let record = recorded?[month]
                    out += prefix
                    out += rowPart
                    out += monthParts[month.index]
                    out += planned.contains(month) ? ",\"planned\":true,\"status\":" : ",\"planned\":false,\"status\":"
                    if let status = record?.status { out += quote(status.code) } else { out += "null" }
                    out += ",\"progress\":\""
                    out += progressName(office.tracker.cell(row: row.index, month: month, asOf: asOf))
                    out += "\",\"date\":"
                    if let date = record?.date, !date.isEmpty { out += quote(date) } else { out += "null" }
                    out += ",\"evidence\":\(counts[month.index]),\"rowEvidence\":\(counts[12])"
                    let f = month <= asOf ? values[month.index].figures : ProgressFigures()
                    out += ",\"due\":\(f.due),\"done\":\(f.done),\"partly\":\(f.partly),\"missed\":\(f.missed)"
                    out += ",\"overdue\":\(f.overdue),\"kurangBukti\":\(f.kurangBukti),\"latestChange\":"
                    let change = changes.map { max($0[month.index], $0[12]) } ?? -.infinity
                    if change.isFinite { out += quote(timestamp(Date(timeIntervalSince1970: change))) } else { out += "null" }
                    out += "}\n"
                }
            }
            emit(out)
        }
    }

    static func progressName(_ cell: CellProgress) -> String {
        switch cell {
        case .none: "none"
        case .notYetDue: "notYetDue"
        case .done: "done"
        case .partly: "partly"
        case .missed: "missed"
        case .overdue: "overdue"
        case .moved: "moved"
        case .outside: "outside"
        }
    }

    /// `sesuai TTD` or `direvisi` (empty for the province's lines).
    static func plan(_ revised: Bool?) -> String {
        revised.map { $0 ? Text.Rollup.revised : Text.Rollup.asSigned } ?? ""
    }

    /// The day of an entry in UTC, `2022-03-31`, or `–`.
    static func day(_ date: Date?) -> String {
        date.map { String(timestamp($0).prefix(10)) } ?? Text.Rollup.noEntry
    }

    /// `2022-03-31T10:00:00Z`.
    static func timestamp(_ date: Date) -> String {
        var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
        var parts = tm()
        gmtime_r(&seconds, &parts)
        func two(_ n: Int32) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(parts.tm_year + 1900)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday))T\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec))Z"
    }

    /// Tenths of a percent as a fraction: 875 → 0.875.
    static func fraction(_ tenths: Int) -> String {
        var decimals = String(tenths % 1000)
        decimals = String(repeating: "0", count: 3 - decimals.count) + decimals
        while decimals.hasSuffix("0") { decimals.removeLast() }
        return decimals.isEmpty ? String(tenths / 1000) : "\(tenths / 1000).\(decimals)"
    }

    /// A JSON string with every control escaped (`PlanEncoder.terminalSafeQuote`), so a line read on a terminal or
    /// by a careless tool never carries a control.
    static func quote(_ text: String) -> String { PlanEncoder.terminalSafeQuote(text) }
}
