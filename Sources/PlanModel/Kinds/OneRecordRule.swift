import RencanaText

/// One record counts once (issue 20): no change may leave a month of a row with more planned months due in it
/// than before, and more than one (a month moved into a month that is itself due), because that month's one
/// record would then count for each of them. Recording such a move was refused already; this is the same rule
/// for every other way in: planning (ticking) a month another month was moved into, undo and redo of a mark or a
/// status, and an unsaved change put back after others' entries (`rebased`).
extension YearState {
    /// Where `change` would make one record count for two: the row and the month, or nil when it would not.
    /// Only marks and statuses (and undo or redo of one) move where a planned month is due.
    public func doubleCount(by change: Change) -> (row: RowID, month: Month)? {
        guard let (row, month, mark, status) = effect(of: change), let index = plan.rowIndex(of: row) else { return nil }
        // Unplanning a month, or a status that is no move and ends none, never sends a second month anywhere.
        if let mark, !mark, status == nil { return nil }
        var codes = StatusCodes()
        for m in Month.allCases { codes.set(m.index, realisation.record(row, m).status) }
        let planned = marks[index]
        var plannedAfter = planned, codesAfter = codes
        if let mark { if mark { plannedAfter.insert(month) } else { plannedAfter.remove(month) } }
        if let status { codesAfter.set(month.index, status) }
        let before = Self.itemsDue(planned: planned, codes: codes)
        let after = Self.itemsDue(planned: plannedAfter, codes: codesAfter)
        guard let doubled = Month.allCases.first(where: { after[$0.index] > 1 && after[$0.index] > before[$0.index] }) else { return nil }
        return (row, doubled)
    }

    /// The refusal `change(for:)` gives for `change`, with the words for what it is, when it would count a record twice.
    func refusingDoubleCount(_ change: Change, what: String) throws(IntentRefusal) {
        guard let (row, month) = doubleCount(by: change) else { return }
        throw IntentRefusal(Text.Status.countsTwice(row: row.rawValue, what: what, month: month.fullName))
    }

    /// A mark or status change's row, month, new mark (nil: unchanged) and new status (`.some(nil)`: cleared).
    private func effect(of change: Change) -> (RowID, Month, Bool?, RealisationStatus??)? {
        switch change {
        case .set(let m): return (m.row, m.month, m.new, nil)
        case .status(let s): return (s.row, s.month, nil, .some(s.new))
        case .undo(let step), .redo(let step):
            let undo: Bool
            if case .undo = change { undo = true } else { undo = false }
            if let mark = step.mark { return (mark.row, mark.month, mark.new, nil) }
            guard let target = step.target.flatMap({ entry(id: $0) }) ?? entry(seq: step.undoes),
                  case .status(let s) = target.change else { return nil }
            return (s.row, s.month, nil, .some(undo ? s.old : s.new))
        default: return nil
        }
    }

    /// How many planned months are due in each month (index 0–11) once their moves are followed.
    static func itemsDue(planned: MonthSet, codes: StatusCodes) -> [Int] {
        var items = [Int](repeating: 0, count: 12)
        for month in planned { items[RowProgress.resolve(month.index, codes: codes)] += 1 }
        return items
    }
}
