import Foundation
import PlanModel

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
                      t.detailMonthsNow, t.detailMonthsSigned, t.detailHistory]
        let labelWidth = labels.map { glyphs.clean($0).displayWidth }.max() ?? 0
        guard let index = selectedRow else { return DetailContent(labelWidth: labelWidth, lines: []) }
        let row = plan.rows[index]
        let valueWidth = max(1, width - 4 - labelWidth - 2)
        var lines: [DetailContent.Line] = []
        func add(_ label: String, _ value: String) {
            let shown = glyphs.clean(value.isEmpty ? t.detailNone : value)
            let wrapped = shown.displayWidth <= valueWidth ? [shown] : shown.wrapped(toWidth: valueWidth)
            for (n, line) in wrapped.enumerated() { lines.append(.init(label: n == 0 ? label : "", value: line)) }
        }
        add(TableHeader.area, "\(row.areaNumber). \(row.areaName)")
        add(TableHeader.kegiatan, row.kegiatan)
        add(TableHeader.subKegiatan, row.subKegiatan)
        add(TableHeader.indikator, row.indikator)
        add(TableHeader.ket, row.ket)
        add(t.detailMonthsNow, monthsText(marks(of: index)))
        add(t.detailMonthsSigned, monthsText(row.baseline))
        let entries = history(of: row.id)
        if entries.isEmpty { add(t.detailHistory, t.detailNoHistory) }
        for (n, entry) in entries.enumerated() {
            let line = t.historyLine(Painter.timestamp(entry.at), entry.by, entry.month.label, entry.new,
                                     entry.kind.rawValue, entry.undoes)
            add(n == 0 ? t.detailHistory : "", "#\(entry.seq)  " + line)
        }
        return DetailContent(labelWidth: labelWidth, lines: lines)
    }

    /// Twelve three-column slots: the month's label where scheduled, a dot where not.
    private func monthsText(_ months: MonthSet) -> String {
        Month.allCases.map { months.contains($0) ? $0.label : " \(glyphs.empty) " }.joined(separator: " ")
    }
}
