import PlanModel

/// The statuses one key records on the cursor's cell in the Realisasi layer.
public enum StatusKey: Equatable, Sendable {
    case done, partly, missed

    var status: RealisationStatus {
        switch self {
        case .done: .done
        case .partly: .partly
        case .missed: .missed
        }
    }
}

extension AppState {
    /// The figures the Realisasi layer shows count from January to the as-of month (cumulative, as
    /// `rencana progress --until` does).
    public var progressPeriod: ProgressPeriod { .until(asOf) }

    /// How one cell reads in the Realisasi layer (`.none` while no progress is kept).
    public func cellProgress(row index: Int, month: Month) -> CellProgress {
        progress?.cell(row: index, month: month, asOf: asOf) ?? .none
    }

    /// A row's capaian from January to the as-of month.
    public func rowFigures(_ index: Int) -> ProgressFigures {
        progress?.figures(row: index, period: progressPeriod, asOf: asOf) ?? ProgressFigures()
    }

    /// A group's capaian (a folded line's level, an area, the plan) from January to the as-of month.
    public func groupFigures(_ group: ProgressGroup) -> ProgressFigures {
        progress?.figures(of: group, period: progressPeriod, asOf: asOf) ?? ProgressFigures()
    }

    /// The twelve months of a folded line's group in Realisasi, each read as a cell: its figures for that month
    /// alone (up to it less up to the month before: one sum per month), rated as `Painter.capaianRole` rates a
    /// period; after the as-of month, not yet due where a row of it is planned.
    func foldedProgress(_ group: ProgressGroup, planned: MonthSet) -> [CellProgress] {
        var before = ProgressFigures()
        return Month.allCases.map { month in
            guard let progress, month <= asOf else { return planned.contains(month) ? .notYetDue : .none }
            let upTo = progress.figures(of: group, period: .until(month), asOf: asOf)
            defer { before = upTo }
            let due = upTo.due - before.due, done = upTo.done - before.done, partly = upTo.partly - before.partly
            guard due > 0 else {
                if upTo.moved > before.moved { return .moved }
                return upTo.outside > before.outside ? .outside : .none
            }
            if done == due { return .done }
            if done + partly > 0 { return .partly }
            return upTo.overdue > before.overdue ? .overdue : .missed
        }
    }

    /// The group a folded line stands for.
    func group(of fold: FoldLine, row: PlanRow) -> ProgressGroup {
        let p = row.position
        switch fold.level {
        case 1: return .area(p.area)
        case 2: return .kegiatan(area: p.area, kegiatan: p.kegiatan)
        default: return .sub(area: p.area, kegiatan: p.kegiatan, sub: p.sub)
        }
    }

    /// The recorded status of the cursor's cell.
    var cursorStatus: RealisationStatus? {
        guard let index = selectedRow else { return nil }
        return year.realisation.record(plan.rows[index].id, month).status
    }

    // MARK: Actions of the layer

    /// `r`: Rencana ⇄ Realisasi; the year's progress is built the first time when it has none (`keepYearProgress`,
    /// asked by `update` after every action).
    mutating func toggleLayer() {
        layer = layer == .rencana ? .realisasi : .rencana
    }

    /// `[` `]`: the as-of month, January to December.
    mutating func moveAsOf(_ delta: Int) {
        asOf = Month(index: min(11, max(0, asOf.index + max(-12, min(12, delta))))) ?? asOf
    }

    /// The cursor's cell as a row and month to record, or nil (with a notice) on a folded line or no row.
    func recordableCell() -> (row: RowID, month: Month)? {
        guard let index = selectedRow, foldLines[index] == nil else { return nil }
        return (plan.rows[index].id, month)
    }

    /// A status key: records it on the cursor's cell, or clears it when the cell already has it (a toggle).
    mutating func recordStatus(_ key: StatusKey) -> [Effect] {
        guard let (row, month) = recordableCell() else { notice = .foldedLine; return [] }
        let new: RealisationStatus? = cursorStatus == key.status ? nil : key.status
        return [.setStatus(row: row, month: month, status: new)]
    }

    /// Clears the cursor cell's status (belum dicatat).
    mutating func clearStatus() -> [Effect] {
        guard let (row, month) = recordableCell() else { notice = .foldedLine; return [] }
        guard cursorStatus != nil else { return [] }
        return [.setStatus(row: row, month: month, status: nil)]
    }
}
