import RencanaText

/// The one status vocabulary and its one counting rule (issue 20): a month's word comes from the same
/// `MonthProgress` values that `ProgressFigures` count, so a word and a count can never disagree.
extension CellProgress {
    /// The month's word; `movedTo` names the target of a `.moved` month. Nil when nothing is planned,
    /// moved or done there (an empty cell).
    public func word(movedTo: Month?) -> String? {
        switch self {
        case .none: nil
        case .done: Text.Status.done
        case .partly: Text.Status.partly
        case .missed: Text.Status.missed
        case .moved: Text.Status.moved(to: movedTo?.fullName ?? "?")
        case .outside: Text.Status.outside
        case .overdue: Text.Status.late
        case .notYetDue: Text.Status.notYetDue
        }
    }
}

extension ProgressTracker {
    /// One month of one row in the one vocabulary, as of a month; nil for an empty cell.
    public func statusWord(row index: Int, month: Month, asOf: Month, realisation: Realisation) -> String? {
        cell(row: index, month: month, asOf: asOf).word(movedTo: movedTarget(row: index, month: month, realisation))
    }

    /// One row's word over a period, as of a month, counted as `figures(row:period:asOf:)` counts:
    /// the due months' word when they all read the same, `Belum Tuntas: …` with each word's count when
    /// they do not, and every move of the period named after it, so a move never hides a missed or
    /// late month. With nothing due: the move, `Belum Jatuh Tempo` (planned later), done outside the
    /// schedule, or `–`.
    public func rowStatusWord(row index: Int, period: ProgressPeriod, asOf: Month, realisation: Realisation) -> String {
        var due: [CellProgress] = []
        var moves: [(from: String, to: String)] = []
        var later = false, outside = false
        for month in Month.allCases where period.months.contains(month) {
            let cell = self.cell(row: index, month: month, asOf: asOf)
            switch cell {
            case .moved:
                moves.append((month.fullName, movedTarget(row: index, month: month, realisation)?.fullName ?? "?"))
            case .outside:
                if month <= asOf { outside = true }
            case .none: break
            case .notYetDue: later = true
            case .done, .partly, .missed, .overdue:
                if month <= asOf { due.append(cell) } else { later = true }
            }
        }
        guard let first = due.first else {
            if let move = moves.last, moves.count == 1 { return Text.Status.moved(to: move.to) }
            if !moves.isEmpty { return Text.Status.withMoves(later ? Text.Status.notYetDue : Text.Status.nothing, moves: moves) }
            if later { return Text.Status.notYetDue }
            return outside ? Text.Status.outside : Text.Status.nothing
        }
        let word: String
        if due.allSatisfy({ $0 == first }) {
            word = first.word(movedTo: nil)!
        } else {
            let order: [CellProgress] = [.done, .partly, .missed, .overdue]
            word = Text.Status.mixed(order.compactMap { kind in
                let count = due.filter { $0 == kind }.count
                return count == 0 ? nil : (count, kind.word(movedTo: nil)!)
            })
        }
        return Text.Status.withMoves(word, moves: moves)
    }

    private func movedTarget(row index: Int, month: Month, _ realisation: Realisation) -> Month? {
        guard case .moved(let target)? = realisation.record(plan.rows[index].id, month).status else { return nil }
        return target
    }
}

extension RowProgress {
    /// Whether moving `month` of a row to `target` would make one record count for two: after the move,
    /// another planned month of the row is due in the month this one lands in (moves followed on).
    public static func moveLandsOnDueMonth(_ month: Month, to target: Month, planned: MonthSet,
                                           status: (Month) -> RealisationStatus?) -> Bool {
        guard target != month else { return false }
        var records: [Month: RealisationStatus] = [:]
        for other in Month.allCases { records[other] = status(other) }
        records[month] = .moved(target)
        let after: (Month) -> RealisationStatus? = { records[$0] }
        let landing = resolve(month, status: after)
        guard landing != month else { return false }
        return Month.allCases.contains { other in
            other != month && planned.contains(other) && resolve(other, status: after) == landing
        }
    }
}
