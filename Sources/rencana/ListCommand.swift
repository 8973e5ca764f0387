import ArgumentParser
import PlanModel
import RencanaText

/// `rencana list`: the table as aligned text that fits the terminal.
struct List: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: Text.Command.listAbstract)

    @Argument(help: ArgumentHelp(Text.Command.planHelp, valueName: "plan"))
    var plan = "plan.json"

    @Option(name: .long, help: ArgumentHelp(Text.Command.areaHelp, valueName: "n"))
    var area: [Int] = []

    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp(Text.Command.searchHelp, valueName: "text"))
    var search: String?

    @Flag(name: .long, help: ArgumentHelp(Text.Command.idsHelp))
    var ids = false

    @Flag(name: .long, help: ArgumentHelp(Text.Command.baselineHelp))
    var baseline = false

    @Option(name: .long, help: ArgumentHelp(Text.Command.widthHelp, valueName: "columns"))
    var width: Int?

    @OptionGroup var stateOptions: StateOptions

    func run() throws {
        let store = try Session.open(plan, stateOptions)
        let plan = store.plan
        for n in area where plan.area(number: n) == nil {
            throw Console.fail(Text.Command.badArea(n, count: plan.areas.count), code: 64)
        }
        let marks = baseline ? plan.baselineMarks : store.marks
        let filter = RowFilter(areas: Set(area), search: search ?? "")
        let indices = plan.rowIndices(matching: filter)
        let table = ListTable(plan: plan, marks: marks, includeIDs: ids,
                              width: max(40, width ?? Console.terminalWidth ?? 100))
        // Areas without rows are listed too (unless searching), so the list shows the whole plan.
        let empty = search == nil ? Set(plan.areas.filter { $0.kegiatan.allSatisfy { $0.subKegiatan.allSatisfy(\.indicators.isEmpty) }
            && (area.isEmpty || area.contains($0.number)) }.map(\.number)) : []
        for line in table.lines(for: indices, emptyAreas: empty) { print(line) }
    }
}

/// Lays out rows as fixed-width text columns; parents are printed only when they change, as in the document.
struct ListTable {
    let plan: Plan
    let marks: [MonthSet]
    let includeIDs: Bool
    let width: Int

    private static let gap = "  "

    /// Header, rows (with a line for each of `emptyAreas`, which have no rows) and a footer line.
    func lines(for indices: [Int], emptyAreas: Set<Int> = []) -> [String] {
        let idWidth = includeIDs ? max(2, indices.map { TextWidth.of(TerminalText.safe(plan.rows[$0].id.rawValue)) }.max() ?? 2) : 0
        let noWidth = 3
        let stripWidth = 13  // 12 months and the "differs" marker
        let columns = includeIDs ? 8 : 7
        let fixed = noWidth + stripWidth + (includeIDs ? idWidth : 0) + (columns - 1) * Self.gap.count
        let flexible = max(20, width - fixed)
        // Shares of the free width for AREA, KEGIATAN, SUB KEGIATAN, INDIKATOR, KET.
        let shares = [14, 22, 26, 28, 10]
        var widths = shares.map { max(3, flexible * $0 / 100) }
        widths[3] += flexible - widths.reduce(0, +)

        func line(_ id: String, _ no: String, _ texts: [String], _ strip: String) -> String {
            var parts: [String] = []
            // Every text from the plan is made terminal-safe before it is measured, so escapes count in the width.
            if includeIDs { parts.append(TextWidth.fit(TerminalText.safe(id), to: idWidth)) }
            parts.append(TextWidth.fit(no, to: noWidth))
            for (i, text) in texts.prefix(4).enumerated() { parts.append(TextWidth.fit(TerminalText.safe(text), to: widths[i])) }
            parts.append(TextWidth.fit(strip, to: stripWidth))
            parts.append(TextWidth.truncate(TerminalText.safe(texts[4]), to: widths[4]))
            return parts.joined(separator: Self.gap).replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
        }

        var out = [line("ID", TableHeader.no, [TableHeader.area, TableHeader.kegiatan, TableHeader.subKegiatan, TableHeader.indikator, TableHeader.ket],
                        Text.Command.listMonthsHeader)]
        guard !indices.isEmpty || !emptyAreas.isEmpty else { return out + [Text.Command.noRowsMatch] }
        var previous: PlanRow?
        var anyChanged = false
        var nextEmpty = emptyAreas.sorted()[...]
        func emptyAreasBefore(_ number: Int) {
            while let area = nextEmpty.first, area < number {
                out.append(line("", "\(area)", [plan.area(number: area)?.name ?? "", Text.Command.noRowsInArea, "", "", ""], ""))
                nextEmpty = nextEmpty.dropFirst()
            }
        }
        for index in indices {
            let row = plan.rows[index]
            emptyAreasBefore(row.areaNumber)
            let sameArea = previous?.position.area == row.position.area
            let sameKegiatan = sameArea && previous?.position.kegiatan == row.position.kegiatan
            let sameSub = sameKegiatan && previous?.position.sub == row.position.sub
            let changed = marks[index] != row.baseline
            anyChanged = anyChanged || changed
            out.append(line(row.id.rawValue, sameArea ? "" : "\(row.areaNumber)",
                            [sameArea ? "" : row.areaName, sameKegiatan ? "" : row.kegiatan,
                             sameSub ? "" : row.subKegiatan, oneLine(row.indikator), oneLine(row.ket)],
                            marks[index].strip() + (changed ? "*" : "")))
            previous = row
        }
        emptyAreasBefore(Int.max)
        out.append(Text.Command.listFooter(shown: indices.count, total: plan.rows.count, anyChanged: anyChanged))
        return out
    }

    /// A multi-line text on one line: its line breaks become spaces (other controls are shown by `line`).
    private func oneLine(_ text: String) -> String {
        text.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }).joined(separator: " ")
    }
}
