import Foundation
import GanttUI
import PlanStore

/// The dashboard's view preferences for one plan (folds, period view, layer) in `ViewPreferencesFile`, as the
/// dashboard's own values. Names the file holds that the dashboard does not know give the defaults.
struct ViewPreferences {
    let file: ViewPreferencesFile

    /// The view kept from one session to the next.
    struct Kept: Equatable {
        var folds: [String] = []
        var periods: PeriodView = .bulan
        var layer: AppState.Layer = .rencana
    }

    /// The preferences beside the state file at `stateURL`.
    init(stateURL: URL) { file = ViewPreferencesFile(stateURL: stateURL) }

    private static let periodNames: [PeriodView: String] = [.bulan: "bulan", .triwulan: "triwulan", .semester: "semester"]
    private static let layerNames: [AppState.Layer: String] = [.rencana: "rencana", .realisasi: "realisasi"]

    /// The view kept last time (the defaults when nothing is kept).
    func read() -> Kept {
        let kept = file.read()
        return Kept(folds: kept.folds,
                    periods: Self.periodNames.first { $0.value == kept.periods }?.key ?? .bulan,
                    layer: Self.layerNames.first { $0.value == kept.layer }?.key ?? .rencana)
    }

    /// Keeps `kept` for next time.
    func save(_ kept: Kept) {
        file.save(.init(folds: kept.folds, periods: Self.periodNames[kept.periods], layer: Self.layerNames[kept.layer]))
    }
}
