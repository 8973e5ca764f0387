import PlanModel
import RencanaText

/// An office opened from the roll-up: the plan dashboard's own state on that office's year, driven by the plan
/// dashboard's `update`, read-only. Every action that would change the plan (or record anything) is refused before
/// it reaches `update` with a one-line message; the effects that would still come out of it are dropped, and the
/// roll-up has no store to run them on anyway.
public struct RollupOfficeView: Sendable {
    /// The office's index in the roll-up's model.
    public let index: Int
    public internal(set) var state: AppState
    /// True after a key was refused, until the next key: the key bar says why.
    public internal(set) var refused = false

    /// Whether `action` would change a plan or its year: what the roll-up refuses (a whitelist: moving, views,
    /// folds, filters, search, the layer and period view, help, redraw and quit go through; nothing else does).
    public static func changes(_ action: Action) -> Bool {
        switch action {
        case .none, .moveRows, .moveMonths, .cyclePeriod, .pageDown, .pageUp, .halfPageDown, .halfPageUp, .firstRow, .lastRow,
             .wheel, .fold, .unfold, .foldAll, .foldToLevel, .foldPrefix, .cancelFoldPrefix, .showArea, .showAllAreas,
             .nextMatch, .previousMatch, .view, .closeOverlay, .redraw, .quit, .resize, .click, .toggleLayer, .moveAsOf,
             .openRevision, .revision, .searchFinished, .clock, .newDay:
            return false
        case .toggle, .undo, .redo, .editReview, .recordStatus, .clearStatus, .startMove, .editNote, .editPJ, .addEvidence,
             .removeEvidence, .promptKey, .addRow, .addGroup, .deleteRows, .moveRow, .startMoveTo, .structureKey, .editTexts,
             .editDocument, .editorKey, .startConflictChoice, .needsRealisasi, .saved, .saveFailed, .changeRefused, .externalChange, .planLoaded, .retrySave,
             .handYearToStore:
            return true
        }
    }

    /// Whether Esc goes back to the roll-up: nothing of the grid's own is open for it to close first.
    var escapeLeaves: Bool {
        state.overlay == .none && state.search == nil && state.prompt == nil && state.searchQuery.isEmpty && !state.foldPrefixPending
    }
}

extension RollupState {
    /// Opens office `index` on `year`, as the roll-up is looking: its period view, layer, month and area filter.
    mutating func openOffice(_ index: Int, year: YearState, area: Int?) {
        let office = model.offices[index]
        // Where the plan dashboard says whether its changes are saved, the office's grid says it is read-only.
        var words = text
        words.saved = Text.RollupDashboard.readOnlyTag
        var grid = AppState(plan: year.plan, year: year, width: width, height: height, today: today, asOf: defaultAsOf,
                            glyphs: glyphs, mouse: mouse, text: words, searchInBackground: false,
                            progress: office.tracker.plan.rows.count == year.plan.rows.count ? office.tracker : nil)
        grid.readOnly = true
        grid.restoreView(periods: periods, layer: layer)
        grid.month = month
        if let area, year.plan.areas.indices.contains(area) {
            _ = update(&grid, .showArea(year.plan.areas[area].number))
        } else if !areaFilter.isEmpty {
            grid.setAreaFilter(areaFilter)
        }
        self.office = RollupOfficeView(index: index, state: grid)
    }

    /// A key while an office is open: Esc back to the roll-up (at the same place), a key that would change the plan
    /// refused, any other through the plan dashboard's own keymap and update.
    mutating func officeKey(_ key: Key) -> [RollupEffect] {
        guard var view = office else { return [] }
        if key == .escape && view.escapeLeaves {
            office = nil
            return [.redraw]
        }
        let action = Keymap.action(for: key, in: view.state)
        view.refused = RollupOfficeView.changes(action)
        var effects: [RollupEffect] = []
        if !view.refused {
            for effect in update(&view.state, action) {
                switch effect {
                case .quit: effects.append(.quit)
                case .redraw: effects.append(.redraw)
                case .record, .search, .wake, .retrySave, .keepProgress: break  // nothing is recorded or saved from the roll-up
                }
            }
        }
        office = view
        return effects
    }

}
