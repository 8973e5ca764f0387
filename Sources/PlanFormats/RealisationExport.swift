import PlanModel
import RencanaText

/// The plan with its monitoring record (`rencana export --realisation`): CSV with status columns after the
/// plan's 18, or the plan's JSON with a versioned `realisation` section. Pure: plan and record in, text out.
/// Rows of the record that the plan lacks (orphans) are left out, as in every other view of the plan.
public enum RealisationExport {
    /// The version of the JSON `realisation` section (docs/PLAN-FORMAT.md).
    public static let version = 1

    /// The extra CSV columns, after the plan's 18 (or 19 with ID): Realisasi Jan … Des, PJ, Tanggal
    /// Realisasi, Catatan, Jumlah Bukti.
    public static var extraColumns: [String] {
        Month.allCases.map { Text.RealisationExport.statusColumn($0.label) }
            + [Text.RealisationExport.pjColumn, Text.RealisationExport.datesColumn, Text.RealisationExport.notesColumn,
               Text.RealisationExport.evidenceColumn]
    }

    /// A recorded cell's status as the CSV writes it, in the one vocabulary the progress counts by
    /// (`ProgressTracker.statusWord`): a month moved into is due there, not done outside the schedule.
    /// Empty when nothing is recorded; a status the counting ignores (missed in a month not planned) keeps
    /// its own word.
    static func statusWord(_ tracker: ProgressTracker, row: Int, month: Month, realisation: Realisation) -> String {
        guard let status = realisation.record(tracker.plan.rows[row].id, month).status else { return "" }
        return tracker.statusWord(row: row, month: month, asOf: .des, realisation: realisation)
            ?? Text.Progress.statusName(status.code)
    }

    /// The CSV: `CSVExport`'s layout and rules (BOM, CRLF, quoting, every cell through
    /// `SpreadsheetText.neutralised`) with the extra columns. Dates and notes are one `Mon: value` per line
    /// of the cell, in month order. `gone` holds the ids of file evidence whose file has gone
    /// (`EvidenceCheck.goneFiles`): no evidence, so not in Jumlah Bukti, as `progress` and the report count it.
    public static func csv(plan: Plan, marks: [MonthSet]?, realisation: Realisation, includeIDs: Bool = false,
                           byteOrderMark: Bool = true, gone: Set<String> = []) -> String {
        var out = byteOrderMark ? CSVExport.byteOrderMark : ""
        out += CSVExport.planLine(PlanColumns.header(includeIDs: includeIDs) + extraColumns)
        let evidenceCount = evidenceCounts(realisation, gone: gone)
        let tracker = ProgressTracker(plan: plan, marks: marks ?? plan.baselineMarks, realisation: realisation, gone: gone)
        for row in plan.rows {
            let months = marks?[row.index] ?? row.baseline
            var cells = PlanColumns.cells(of: row, months: months, includeID: includeIDs)
            let recorded = realisation.cells[row.id] ?? [:]
            var dates: [String] = [], notes: [String] = []
            for month in Month.allCases {
                let record = recorded[month] ?? CellRecord()
                cells.append(statusWord(tracker, row: row.index, month: month, realisation: realisation))
                // Printed in Indonesian (8 April 2022), as every date people read; the JSON keeps the stored form.
                if !record.date.isEmpty { dates.append("\(month.label): \(CalendarDate.indonesian(record.date))") }
                if !record.note.isEmpty { notes.append("\(month.label): \(record.note)") }
            }
            cells.append(realisation.pj[row.id] ?? "")
            cells.append(dates.joined(separator: "\n"))
            cells.append(notes.joined(separator: "\n"))
            cells.append(String(evidenceCount[row.id] ?? 0))
            out += CSVExport.planLine(cells)
        }
        return out
    }

    /// The plan as `export --format json` writes it, with one more member last: `"realisation"`, holding
    /// `version`, `rows` (rows with anything recorded, in plan order: `id`, `pj`, `months` by label with
    /// `status` in the journal's codes, `date`, `note`; `reviews` by Triwulan), `evidence` (in the order
    /// added) and `signer`. Empty values are left out of rows and months.
    public static func json(plan: Plan, marks: [MonthSet]?, realisation: Realisation) -> String {
        var out = PlanEncoder.json(plan, marks: marks)
        // The plan's object ends with "\n}\n": the section goes in before its closing brace.
        if out.hasSuffix("\n}\n") { out.removeLast(3) }
        out += ",\n  \"realisation\": {\n    \"version\": \(version),\n    \"rows\": ["
        var first = true
        for row in plan.rows {
            let cells = realisation.cells[row.id] ?? [:], pj = realisation.pj[row.id] ?? ""
            let reviews = realisation.reviews[row.id] ?? [:]
            guard !cells.isEmpty || !pj.isEmpty || !reviews.isEmpty else { continue }
            out += first ? "\n" : ",\n"
            first = false
            var members = ["\"id\": \(q(row.id.rawValue))"]
            if !pj.isEmpty { members.append("\"pj\": \(q(pj))") }
            if !cells.isEmpty {
                let months = Month.allCases.compactMap { month -> String? in
                    guard let record = cells[month] else { return nil }
                    var fields: [String] = []
                    if let status = record.status { fields.append("\"status\": \(q(status.code))") }
                    if !record.date.isEmpty { fields.append("\"date\": \(q(record.date))") }
                    if !record.note.isEmpty { fields.append("\"note\": \(q(record.note))") }
                    return "\(q(month.label)): {" + fields.joined(separator: ", ") + "}"
                }
                members.append("\"months\": {" + months.joined(separator: ", ") + "}")
            }
            if !reviews.isEmpty {
                let items = reviews.keys.sorted().map { tw -> String in
                    let r = reviews[tw]!
                    var fields: [String] = []
                    if !r.kendala.isEmpty { fields.append("\"kendala\": \(q(r.kendala))") }
                    if !r.tindakLanjut.isEmpty { fields.append("\"tindakLanjut\": \(q(r.tindakLanjut))") }
                    if !r.tenggat.isEmpty { fields.append("\"tenggat\": \(q(r.tenggat))") }
                    return "\"\(tw)\": {" + fields.joined(separator: ", ") + "}"
                }
                members.append("\"reviews\": {" + items.joined(separator: ", ") + "}")
            }
            out += "      {" + members.joined(separator: ", ") + "}"
        }
        out += first ? "],\n" : "\n    ],\n"
        let evidence = realisation.evidence.filter { plan.rowIndex(of: $0.row) != nil }
        out += "    \"evidence\": ["
        for (n, e) in evidence.enumerated() {
            out += n == 0 ? "\n" : ",\n"
            var fields = ["\"id\": \(q(e.id))", "\"row\": \(q(e.row.rawValue))"]
            if let month = e.month { fields.append("\"month\": \(q(month.label))") }
            fields += ["\"type\": \(q(e.kind.rawValue))", "\"title\": \(q(e.title))", "\"number\": \(q(e.number))",
                       "\"date\": \(q(e.date))"]
            switch e.location {
            case .file(let path): fields.append("\"path\": \(q(path))")
            case .url(let url): fields.append("\"url\": \(q(url))")
            }
            out += "      {" + fields.joined(separator: ", ") + "}"
        }
        out += evidence.isEmpty ? "],\n" : "\n    ],\n"
        let s = realisation.signer
        out += "    \"signer\": {\"place\": \(q(s.place)), \"date\": \(q(s.date)), \"signer\": \(q(s.signer)), "
        out += "\"signerTitle\": \(q(s.signerTitle)), \"nip\": \(q(s.nip))}\n"
        out += "  }\n}\n"
        return out
    }

    private static func q(_ text: String) -> String { PlanEncoder.quote(text) }

    /// Evidence items per row, counted once (not a scan of every item per row); the ones in `gone` left out.
    private static func evidenceCounts(_ realisation: Realisation, gone: Set<String>) -> [RowID: Int] {
        var counts: [RowID: Int] = [:]
        for item in realisation.evidence where !gone.contains(item.id) { counts[item.row, default: 0] += 1 }
        return counts
    }
}
