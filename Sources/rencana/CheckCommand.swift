import ArgumentParser
import PlanModel
import RencanaText

/// `rencana check`: validates plan and state and prints one line of counts.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: Text.Command.checkAbstract)

    @Argument(help: ArgumentHelp(Text.Command.planHelp, valueName: "plan"))
    var plan = "plan.json"

    @OptionGroup var stateOptions: StateOptions

    func run() throws {
        let store = try Session.open(plan, stateOptions)
        let counts = PlanCounts(plan: store.plan, marks: store.marks)
        print(Text.Command.checkSummary(file: TerminalText.safe(plan, limit: 300), areas: counts.areas.count, kegiatan: counts.kegiatan,
                                        rows: counts.rows, months: counts.scheduledMonths,
                                        changes: store.entries.count, differing: store.differences))
        let deleted = store.recordsOfDeletedRows
        if !deleted.isEmpty {
            let ids = Array(Set(deleted.flatMap { entry -> [String] in
                if case .remove(let removal) = entry.change { return removal.rows.map(\.rawValue) }
                return entry.row.map { [$0.rawValue] } ?? []
            })).sorted()
            print(Text.Command.deletedRecords(count: deleted.count, ids: TerminalText.safe(ids.prefix(5).joined(separator: ", ")
                + (ids.count > 5 ? ", …" : ""), limit: 300)))
        }
        let conflicts = store.conflicts
        if !conflicts.isEmpty {
            let fields = conflicts.prefix(5).map { ConflictWords.field(of: $0, in: store.state) }.joined(separator: ", ")
                + (conflicts.count > 5 ? ", …" : "")
            print(Text.Conflict.checkLine(conflicts.count, fields: TerminalText.safe(fields, limit: 300),
                                          plan: TerminalText.safe(plan, limit: 300)))
        }
        let orphans = store.orphans
        if !orphans.isEmpty {
            let ids = Array(Set(orphans.compactMap { $0.row?.rawValue })).sorted()
            let shown = ids.prefix(5).joined(separator: ", ") + (ids.count > 5 ? ", …" : "")
            throw Console.fail(Text.Command.orphans(file: store.url.path, count: orphans.count, ids: shown))
        }
        if !store.warnings.isEmpty { throw ExitCode(1) }
    }
}
