import Foundation
import PlanModel
import RencanaText

/// The detail pane's text for the selected row, wrapped to the pane's width: label and value per line.
public struct DetailContent: Equatable, Sendable {
    public struct Line: Equatable, Sendable {
        public var label: String
        public var value: String
    }

    public var labelWidth: Int
    public var lines: [Line]
}

extension AppState {
    /// What the detail pane shows for the selected row (empty when no row is selected).
    public var detailContent: DetailContent {
        let t = text
        let labels = [TableHeader.area, TableHeader.kegiatan, TableHeader.subKegiatan, TableHeader.indikator, TableHeader.ket,
                      t.detailMonthsNow, t.detailMonthsSigned, t.detailHistory, t.detailPJ, t.detailRealisasi, t.detailNotes,
                      t.detailReviews, t.detailEvidence, Text.DashboardFixes.foldedLabel]
        let labelWidth = labels.map { glyphs.clean($0).displayWidth }.max() ?? 0
        guard let index = selectedRow else { return DetailContent(labelWidth: labelWidth, lines: []) }
        let row = plan.rows[index]
        let valueWidth = max(1, width - 4 - labelWidth - 2)
        var lines: [DetailContent.Line] = []
        func add(_ label: String, _ value: String) {
            // A line break (Ctrl-O in the editor) starts a new line here too, as the editor shows it.
            var first = true
            for paragraph in (value.isEmpty ? t.detailNone : value).split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
                let shown = glyphs.clean(String(paragraph))
                let wrapped = shown.displayWidth <= valueWidth ? [shown] : shown.wrapped(toWidth: valueWidth)
                for line in wrapped.isEmpty ? [""] : wrapped {
                    lines.append(.init(label: first ? label : "", value: line))
                    first = false
                }
            }
        }
        // A folded line is its group, not its first row: the group's titles, and how many rows it holds.
        if let fold = foldLines[index] {
            add(TableHeader.area, "\(row.areaNumber). \(row.areaName)")
            if fold.level >= 2 { add(TableHeader.kegiatan, row.kegiatan) }
            if fold.level >= 3 { add(TableHeader.subKegiatan, row.subKegiatan) }
            add(Text.DashboardFixes.foldedLabel, Text.DashboardFixes.foldedRows(fold.rows.count))
            return DetailContent(labelWidth: labelWidth, lines: lines)
        }
        // A text changed since the plan was signed reads old → new.
        let signed = isTextChanged(.area, row: index) || isTextChanged(.kegiatan, row: index) || isTextChanged(.sub, row: index)
            || isTextChanged(.indikator, row: index) || isTextChanged(.ket, row: index) ? year.signed.row(row.id) : nil
        func now(_ field: PlanTextField) -> String {
            guard let old = signed?.text(field), old != row.text(field) else { return row.text(field) }
            return Text.Editor.oldToNew(old.isEmpty ? t.detailNone : old, row.text(field).isEmpty ? t.detailNone : row.text(field))
        }
        // A conflict first: it is what asks for action, and at 80x24 it would sit below the fold; the pane's title
        // and the grid's line above already say which row this is.
        addConflicts(row, add)
        add(TableHeader.area, "\(row.areaNumber). \(now(.area))")
        add(TableHeader.kegiatan, now(.kegiatan))
        add(TableHeader.subKegiatan, now(.sub))
        add(TableHeader.indikator, now(.indikator))
        add(TableHeader.ket, now(.ket))
        add(t.detailMonthsNow, monthsText(marks(of: index)))
        add(t.detailMonthsSigned, monthsText(row.baseline))
        addRealisation(row, add)
        // Every entry about the row, newest first: marks as before, the monitoring kinds in words.
        let entries = year.history(of: row.id)
        if entries.isEmpty { add(t.detailHistory, t.detailNoHistory) }
        for (n, entry) in entries.enumerated() {
            let when = Painter.timestamp(entry.at, timeZone)
            let line: String
            if let mark = entry.markEntry {
                line = t.historyLine(when, entry.by, mark.month.label, mark.new, mark.kind.rawValue, mark.undoes)
            } else {
                line = t.historyOther(when, entry.by, describe(entry.change))
            }
            add(n == 0 ? t.detailHistory : "", "#\(entry.seq)  " + line)
        }
        return DetailContent(labelWidth: labelWidth, lines: lines)
    }

    /// The row's monitoring record: penanggung jawab, each recorded month's status (and date), the notes,
    /// the evidence (bukti dukung) with the month each is tied to.
    private func addRealisation(_ row: PlanRow, _ add: (String, String) -> Void) {
        let t = text
        let r = year.realisation
        add(t.detailPJ, r.pj[row.id] ?? "")
        let cells = r.cells[row.id] ?? [:]
        let statuses = Month.allCases.compactMap { month -> String? in
            guard let record = cells[month], let status = record.status else { return nil }
            // Dates in Indonesian (8 April 2022), as `log`, the Laporan and every export print them.
            let date = record.date.isEmpty ? "" : " (\(CalendarDate.indonesian(record.date)))"
            return "\(month.label) \(t.statusName(status.code))\(date)"
        }
        add(t.detailRealisasi, statuses.isEmpty ? t.detailNotRecorded : statuses.joined(separator: " · "))
        let notes = Month.allCases.compactMap { month in
            cells[month].flatMap { $0.note.isEmpty ? nil : "\(month.label): \($0.note)" }
        }
        if notes.isEmpty { add(t.detailNotes, "") }
        for (n, note) in notes.enumerated() { add(n == 0 ? t.detailNotes : "", note) }
        // The Triwulan reviews (T), each field that has a text, as the Laporan Monev names it.
        var reviews: [String] = []
        for tw in 1...4 {
            guard let review = r.reviews[row.id]?[tw], !review.isEmpty else { continue }
            for (field, value) in [(ReviewField.kendala, review.kendala), (.tindakLanjut, review.tindakLanjut),
                                   (.tenggat, ReviewDraft.printed(review.tenggat))]
                where !value.isEmpty {
                reviews.append(t.detailReview(Self.roman(tw), Text.Journal.fieldName(field.rawValue), value))
            }
        }
        if reviews.isEmpty { add(t.detailReviews, readOnly ? Text.DashboardFixes.noneYet : t.detailNoReviews) }
        for (n, line) in reviews.enumerated() { add(n == 0 ? t.detailReviews : "", line) }
        let evidence = r.evidence(of: row.id)
        if evidence.isEmpty { add(t.detailEvidence, readOnly ? Text.DashboardFixes.noneYet : t.detailNoEvidence) }
        for (n, item) in evidence.enumerated() {
            let place: String
            switch item.location {
            case .file(let path): place = path
            case .url(let url): place = url
            }
            // A file that is gone is kurang bukti here as in `evidence list --missing`, progress and the Laporan.
            let gone = goneEvidence.contains(item.id) ? "(\(t.detailFileGone))" : ""
            let parts = [item.month?.label ?? t.detailWholeRow, item.kind.rawValue, item.title, item.number,
                         CalendarDate.indonesian(item.date), place, gone]
            add(n == 0 ? t.detailEvidence : "", parts.filter { !$0.isEmpty }.joined(separator: "  "))
        }
    }

    /// A monitoring entry in a few words: "Jan Tidak Terlaksana", "Jan catatan", "undo of #3".
    private func describe(_ change: Change) -> String {
        let t = text
        switch change {
        case .status(let s): return "\(s.month.label) " + (s.new.map { t.statusName($0.code) } ?? t.detailNotRecorded)
        case .date(let d):
            return "\(d.month.label) \(t.historyDate) \(d.new.isEmpty ? t.detailNone : CalendarDate.indonesian(d.new))"
        case .note(let n): return "\(n.month.label) \(t.detailNotes.lowercased())"
        case .pj(let p): return "\(t.detailPJ.lowercased()): \(p.new.isEmpty ? t.detailNone : p.new)"
        case .evidenceAdd(let item): return t.historyEvidence(true, item.kind.rawValue)
        case .evidenceRemove(let item): return t.historyEvidence(false, item.kind.rawValue)
        case .edit(let e): return "\(AppState.fieldName(e.field)): \(e.new.isEmpty ? t.detailNone : e.new)"
        default:
            // Everything else (reviews, rows added, removed and moved, undo and redo) in the words of `rencana log`,
            // without the row's id at the start: the pane is about that row.
            let words = ChangeWords.describe(change, in: year)
            guard let row = change.row?.rawValue, words.hasPrefix(row + " ") else { return words }
            return String(words.dropFirst(row.count + 1))
        }
    }

    /// A Triwulan's number as the document writes it: I, II, III, IV.
    static func roman(_ tw: Int) -> String { Text.roman(tw) }

    /// Twelve three-column slots: the month's label where scheduled, a dot where not.
    private func monthsText(_ months: MonthSet) -> String {
        Month.allCases.map { months.contains($0) ? $0.label : " \(glyphs.empty) " }.joined(separator: " ")
    }
}
