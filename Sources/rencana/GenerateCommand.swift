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

    /// Peak memory per generated row, measured (about 1.7 KB at 100,000 rows) and rounded up.
    static let bytesPerRow = 2_000

    func run() throws {
        // Refused before any work when it would not fit: a clean line instead of an out-of-memory crash.
        if let available = MemoryBudget.availableBytes(), rows > available / Self.bytesPerRow {
            throw Console.fail(Text.Command.generateTooLarge(rows: rows, neededMB: rows / 1_000 * Self.bytesPerRow / 1_000,
                                                            availableMB: available / 1_000_000,
                                                            fits: max(1, available / Self.bytesPerRow)))
        }
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
