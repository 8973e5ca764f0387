import PlanStore
import RencanaText

/// Runs the full-screen dashboard; replaced by the real one in the dashboard work.
func runDashboard(store: StateStore, planPath: String, mouse: Bool) -> Int32 {
    Console.error(Text.Command.dashboardMissing)
    return 1
}
