import ArgumentParser
import Foundation
import PlanModel
import PlanStore
import RencanaText

/// Hidden `rencana debug-merge PLAN FILE`: merges the entries of another laptop's state file into this plan's journal,
/// so the process tests can kill a merge at any instant (the user-facing `receive` and `merge-driver` are other
/// commands). Not listed in `--help`.
struct DebugMerge: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "debug-merge", shouldDisplay: false)

    @Argument var plan: String
    /// Another laptop's state file (version 3).
    @Argument var file: String

    @OptionGroup var stateOptions: StateOptions

    /// Kills this process (SIGKILL) after writing that many bytes of an append (the process tests' exact instant).
    @Option(name: .customLong("kill-after")) var killAfter: Int?

    func run() throws {
        let store = try Session.open(plan, stateOptions)
        store.debugKillAfterAppending = killAfter
        do {
            let entries = try JournalFile.read(URL(fileURLWithPath: file))
            let outcome = try store.merge(entries, source: file)
            print(Text.Team.debugMerged(added: outcome.added, known: outcome.known, rewrote: outcome.rewrote,
                                        conflicts: outcome.conflicts))
        } catch let error as StoreError {
            throw Console.fail(String(describing: error))
        }
    }
}
