import ArgumentParser
import Foundation
import PlanModel
import PlanRollup
import PlanStore
import RencanaText

/// `rencana generate --offices N --out FOLDER [--from PLAN] [--seed S] [--as-plans]`: a province of offices for the
/// roll-up, as the bundles they would send (`SyntheticBundles`: `kpu-NNN-name.rencana`, some under the name WhatsApp
/// gives a file, a few offices sent twice), or with `--as-plans` each as `kpu-NNN-name.json` with its journal
/// `kpu-NNN-name.jsonl` beside it (`SyntheticOffices`).
enum GenerateOffices {
    static func validate(_ command: Generate) throws {
        guard let offices = command.offices, (1...10_000).contains(offices) else { throw ValidationError(Text.Rollup.officesRange) }
        guard command.rows == nil else { throw ValidationError(Text.Rollup.officesWithRows) }
        guard command.out != nil else { throw ValidationError(Text.Rollup.officesNeedOut) }
        if command.realisation || command.evidence != nil || command.state != nil {
            throw ValidationError(Text.RealisationExport.optionsNeedRealisation)
        }
    }

    static func run(_ command: Generate) throws {
        guard let count = command.offices, let folder = command.out else { return }
        let base: Plan
        do {
            base = try PlanFile.load(command.from)
        } catch {
            // The plan the offices are made from is missing: say which option names it.
            throw Console.fail(access(command.from, F_OK) == 0 ? error.description : Text.CommandFixes.officesNeedPlan(error.description))
        }
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            guard isFolder.boolValue, names.isEmpty || command.force else {
                throw Console.fail(Text.Rollup.outNotEmpty(TerminalText.safe(folder, limit: 300)))
            }
        } else {
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                throw Console.fail(Text.Output.refused(TerminalText.safe(folder, limit: 300), error.localizedDescription))
            }
        }
        guard !command.asPlans else { return try writePlans(count, base: base, folder: folder, command) }
        var names = Set<String>()
        var files = 0
        for index in 0..<count {
            for file in SyntheticBundles.files(index, base: base, seed: command.seed) {
                // Two files WhatsApp named alike: the second gets ` (1)` as a phone would give it.
                var name = file.name, copy = 0
                while !names.insert(name).inserted {
                    copy += 1
                    let dot = file.name.lastIndex(of: ".") ?? file.name.endIndex
                    name = file.name[..<dot] + " (\(copy))" + file.name[dot...]
                }
                do {
                    try OutputFile.write(file.bytes, to: folder + "/" + name, force: command.force)
                } catch {
                    throw Console.fail(error.message)
                }
                files += 1
            }
        }
        Console.error(Text.RollupRead.wroteBundles(count, files: files, folder: TerminalText.safe(folder, limit: 300)))
    }

    /// Each office as its plan and journal (the way offices sent their year before the team's bundle).
    static func writePlans(_ count: Int, base: Plan, folder: String, _ command: Generate) throws {
        for index in 0..<count {
            let office = SyntheticOffices.office(index, base: base, seed: command.seed)
            let planPath = folder + "/" + office.stem + ".json"
            let text = StateFormat.text(planName: office.stem + ".json", entries: office.entries)
            do {
                try OutputFile.write(Array(PlanEncoder.json(office.plan).utf8), to: planPath, force: command.force)
                try OutputFile.write(Array(text.utf8), to: folder + "/" + office.stem + ".jsonl", force: command.force,
                                     protecting: [planPath])
            } catch {
                throw Console.fail(error.message)
            }
        }
        Console.error(Text.Rollup.wroteOffices(count, folder))
    }
}
