import ArgumentParser
import Foundation
import PlanModel
import PlanRollup
import PlanStore
import RencanaText

/// `rencana generate --offices N --out FOLDER [--from PLAN] [--seed S]`: a province of offices for the roll-up, each
/// as `kpu-NNN-name.json` with its journal `kpu-NNN-name.jsonl` beside it (`SyntheticOffices`).
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
        let base = try Session.loadPlan(command.from)
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
