import ArgumentParser
import Foundation
import PlanModel
import PlanStore
import RencanaText

/// `rencana generate --rows N [--realisation]`: a synthetic plan (and its realisation) for benchmarks and trials.
struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: Text.Command.generateAbstract)

    @Option(name: .long, help: ArgumentHelp(Text.Command.rowsHelp, valueName: "n"))
    var rows: Int?

    /// `--offices N --out FOLDER [--from PLAN]`: a folder of offices for the roll-up (GenerateOfficesCommand.swift).
    @Option(name: .long, help: ArgumentHelp(Text.RollupRead.officesHelp, valueName: "n"))
    var offices: Int?

    @Option(name: .long, help: ArgumentHelp(Text.Rollup.fromHelp, valueName: "plan"))
    var from = "plan.json"

    /// With `--offices`: plan folders (plan and journal) instead of the bundles offices send.
    @Flag(name: .customLong("as-plans"), help: ArgumentHelp(Text.RollupRead.asPlansHelp))
    var asPlans = false

    @Option(name: .long, help: ArgumentHelp(Text.Command.seedHelp, valueName: "n"))
    var seed: UInt64 = 1

    @Option(name: .long, help: ArgumentHelp(Text.Command.outHelp, valueName: "file"))
    var out: String?

    @Flag(name: .long, help: ArgumentHelp(Text.Command.forceHelp))
    var force = false

    @Flag(name: .long, help: ArgumentHelp(Text.RealisationExport.generateHelp))
    var realisation = false

    @Option(name: .long, help: ArgumentHelp(Text.RealisationExport.evidenceHelp, valueName: "n"))
    var evidence: Int?

    @Option(name: .long, help: ArgumentHelp(Text.RealisationExport.stateHelp, valueName: "file"))
    var state: String?

    func validate() throws {
        if offices != nil { return try GenerateOffices.validate(self) }
        if asPlans { throw ValidationError(Text.RollupRead.asPlansNeedsOffices) }
        guard let rows else { throw ValidationError(Text.Rollup.rowsOrOffices) }
        guard (1...10_000_000).contains(rows) else { throw ValidationError(Text.Command.rowsRange) }
        if !realisation && (evidence != nil || state != nil) { throw ValidationError(Text.RealisationExport.optionsNeedRealisation) }
        if let evidence, evidence < 0 { throw ValidationError(Text.RealisationExport.evidenceRange) }
        if realisation && (out == nil || out == "-") { throw ValidationError(Text.RealisationExport.needsOut) }
    }

    /// Peak memory per generated row, measured (about 1.7 KB at 100,000 rows) and rounded up.
    static let bytesPerRow = 2_000

    func run() throws {
        guard let rows else { return try GenerateOffices.run(self) }
        // Refused before any work when it would not fit: a clean line instead of an out-of-memory crash.
        if let available = MemoryBudget.availableBytes(), rows > available / Self.bytesPerRow {
            throw Console.fail(Text.Command.generateTooLarge(rows: rows, neededMB: rows / 1_000 * Self.bytesPerRow / 1_000,
                                                            availableMB: available / 1_000_000,
                                                            fits: max(1, available / Self.bytesPerRow)))
        }
        let plan = SyntheticPlan.generate(rows: rows, seed: seed)
        let json = PlanEncoder.json(plan)
        guard let out, out != "-" else {  // `--out -` is standard output, as no --out
            print(json, terminator: "")
            return
        }
        // The state's path is checked before anything is written, so a refused state leaves no plan behind.
        let stateURL = realisation ? (state.map { URL(fileURLWithPath: $0) } ?? StateLocation.defaultURL(forPlan: out)) : nil
        if let stateURL {
            do { try StateFileGuard.checkNotPlan(state: stateURL.path, plan: out) } catch { throw Console.fail(error.description) }
        }
        do {
            try OutputFile.write(Array(json.utf8), to: out, force: force)
        } catch {
            throw Console.fail(error.message)
        }
        guard let stateURL else { return }
        let entries = SyntheticRealisation.entries(plan: plan, seed: seed,
                                                   evidence: evidence ?? SyntheticRealisation.defaultEvidence(rows: rows))
        let text = StateFormat.text(planName: URL(fileURLWithPath: out).lastPathComponent, entries: entries)
        do {
            try? FileManager.default.createDirectory(at: stateURL.deletingLastPathComponent(), withIntermediateDirectories: true)
            try OutputFile.write(Array(text.utf8), to: stateURL.path, force: force, protecting: [out], replacingJournal: true)
        } catch {
            throw Console.fail(error.message)
        }
        Console.error(Text.RealisationExport.wroteState(stateURL.path, entries: entries.count))
    }
}
