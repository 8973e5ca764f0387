import ArgumentParser
import PlanModel
import PlanStore

/// Hidden `rencana debug-record`: records one monitoring entry, so the process tests can run two
/// writers of statuses and evidence at once and kill one mid-save (the user-facing commands for
/// these kinds belong to the monitoring work). Not listed in `--help`.
struct DebugRecord: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "debug-record", shouldDisplay: false)

    @Argument var plan: String
    /// `status` (value: a status code) or `evidence` (value: the title).
    @Argument var kind: String
    @Argument var row: String
    @Argument var month: String
    @Argument var value: String

    @OptionGroup var stateOptions: StateOptions

    func run() throws {
        let store = try Session.open(plan, stateOptions)
        guard let month = Month(parsing: month) else { throw Console.fail("unknown month") }
        do {
            switch kind {
            case "status": try store.record(.status(row: RowID(row), month: month, to: RealisationStatus(code: value)))
            case "evidence":
                try store.record(.addEvidence(Evidence(id: "", row: RowID(row), month: month, kind: .laporan, title: value,
                                               location: .file(value + ".pdf"))))
            default: throw Console.fail("unknown kind")
            }
        } catch let error as StoreError {
            throw Console.fail(String(describing: error))
        }
    }
}
