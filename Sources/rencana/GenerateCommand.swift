import ArgumentParser
import Foundation
import PlanModel
import PlanStore
import RencanaText

/// `rencana generate --rows N`: a synthetic plan for benchmarks and trials.
struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: Text.Command.generateAbstract)

    @Option(name: .long, help: ArgumentHelp(Text.Command.rowsHelp, valueName: "n"))
    var rows: Int

    @Option(name: .long, help: ArgumentHelp(Text.Command.seedHelp, valueName: "n"))
    var seed: UInt64 = 1

    @Option(name: .long, help: ArgumentHelp(Text.Command.outHelp, valueName: "file"))
    var out: String?

    @Flag(name: .long, help: ArgumentHelp(Text.Command.forceHelp))
    var force = false

    func validate() throws {
        guard (1...10_000_000).contains(rows) else { throw ValidationError(Text.Command.rowsRange) }
    }

    func run() throws {
        let json = PlanEncoder.json(SyntheticPlan.generate(rows: rows, seed: seed))
        guard let out else {
            print(json, terminator: "")
            return
        }
        do {
            try OutputFile.write(Array(json.utf8), to: out, force: force)
        } catch {
            throw Console.fail(error.message)
        }
    }
}
