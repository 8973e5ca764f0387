import ArgumentParser
import Foundation
import PlanExport
import PlanModel
import PlanRollup
import PlanStore
import RencanaText

/// `rencana rollup DIR|FILES… [--tw N|--semester N|--year|--until MON] [--by office|area]
/// [--sort office|capaian|kurang-bukti] [--format text|csv|json|jsonl|xlsx|html] [--out FILE]`: the province's recap of
/// its offices, read-only; xlsx and html are the recap as the document the province signs (`RollupRecapOptions`). Exit 0, or 3 when some files were skipped (the recap of the rest is still written).
struct RollupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "rollup", abstract: Text.Rollup.abstract,
                                                    discussion: Text.RollupRead.discussion)

    @Argument(help: ArgumentHelp(Text.RollupRead.pathsHelp, valueName: "folder|file"))
    var paths: [String] = []

    @OptionGroup var periodOptions: PeriodOptions

    @Option(name: .long, help: ArgumentHelp(Text.Rollup.byHelp, valueName: "office|area"))
    var by = "office"

    @Option(name: .long, help: ArgumentHelp(Text.Rollup.sortHelp, valueName: "office|capaian|kurang-bukti"))
    var sort = "office"

    @Option(name: .long, help: ArgumentHelp(Text.Rollup.formatHelp, valueName: FormatChoices.rollup.valueName))
    var format = "text"

    @Option(name: .long, help: ArgumentHelp(Text.Rollup.outHelp, valueName: "file"))
    var out: String?

    @Flag(name: .long, help: ArgumentHelp(Text.Rollup.forceHelp))
    var force = false

    @OptionGroup var recapOptions: RollupRecapOptions

    /// Writes `--out` (never one of the offices' own files).
    private func write(_ bytes: [UInt8], to path: String, protecting: [String]) throws {
        do { try OutputFile.write(bytes, to: path, force: force, protecting: protecting) } catch { throw Console.fail(error.message) }
    }

    /// The roll-up read, held until the process exits (freeing every office's year only costs time then).
    nonisolated(unsafe) static var keptUntilExit: Rollup?

    /// The exit status when the recap was written but some files were left out.
    static let someSkipped: Int32 = 3

    func run() throws {
        guard !paths.isEmpty else { throw Console.fail(Text.Command.usage(Text.Rollup.noPaths), code: 64) }
        try periodOptions.check()
        guard let grouping = RollupBy(rawValue: by) else { throw Console.fail(Text.Command.usage(Text.Rollup.unknownBy(by)), code: 64) }
        guard let order = RollupSort(rawValue: sort) else {
            throw Console.fail(Text.Command.usage(Text.Rollup.unknownSort(sort)), code: 64)
        }
        // On a terminal, without --format or --out: the roll-up dashboard, opened on the period, sort and --by asked.
        if RollupDashboard.wanted(arguments: CommandLine.arguments) {
            let code = RollupDashboard.run(paths: paths, mouse: true, start: .init(periodOptions, sort: order, by: grouping))
            if code != 0 { throw ExitCode(code) }
            return
        }
        guard FormatChoices.rollup.named(format) != nil else {
            throw Console.fail(Text.Command.usage(Text.Rollup.unknownFormat(format)), code: 64)
        }
        let signingDate = try recapOptions.check(format: format)
        let out = self.out == "-" ? nil : self.out
        if RollupExporters.recapExporter(named: format)?.isBinary == true && out == nil && Console.isTerminal {
            throw Console.fail(Text.Documents.binaryOnTerminal(format), code: 64)
        }
        let rollup = Rollup.read(paths)
        Self.keptUntilExit = rollup  // 514 offices' years are not taken apart one by one when the process ends
        for item in rollup.skipped { Console.error(Text.Rollup.skipped(item.path, item.reason)) }
        for item in rollup.merged {
            Console.error(Text.RollupRead.merged(item.office, files: Array(zip(item.files, item.fileEntries)), entries: item.entries))
        }
        guard !rollup.offices.isEmpty else { throw Console.fail(Text.Rollup.noOffices) }
        let (period, asOf) = try periodOptions.resolve(planYear: rollup.year)
        let protected = rollup.offices.flatMap { $0.sources.flatMap(\.files) } + rollup.skipped.map(\.path)
        if format == "jsonl" {
            // Office by office, as it is made: a national year is some 450 MB.
            if let out {
                do {
                    try OutputFile.write(to: out, force: force, protecting: protected) { put in
                        RollupFormats.jsonl(rollup, period: period, asOf: asOf) { chunk in _ = put(Array(chunk.utf8)) }
                    }
                } catch {
                    throw Console.fail(error.message)
                }
            } else {
                RollupFormats.jsonl(rollup, period: period, asOf: asOf) { Console.writeOutput(Data($0.utf8)) }
            }
        } else {
            let lines = rollup.lines(by: grouping, period: period, asOf: asOf, sort: order)
            if RollupRecapOutput.formats.contains(format) {
                let recap = RollupRecapOutput.recap(rollup, lines: rollup.lines(by: .office, period: period, asOf: asOf, sort: order),
                                                    period: period, asOf: asOf, options: recapOptions, signingDate: signingDate)
                let data = try RollupRecapOutput.data(recap, format: format)
                if let out { try write(Array(data), to: out, protecting: protected) } else { Console.writeOutput(data) }
                return try finish(rollup)
            }
            let text: String
            switch format {
            case "csv": text = RollupFormats.csv(rollup, lines: lines)
            case "json": text = RollupFormats.json(rollup, lines: lines, period: period, asOf: asOf)
            default: text = RollupFormats.text(rollup, lines: lines, by: grouping, period: period, asOf: asOf)
            }
            if let out { try write(Array(text.utf8), to: out, protecting: protected) } else { Console.writeOutput(Data(text.utf8)) }
        }
        try finish(rollup)
    }

    /// Says how many offices were rolled up and how many files left out, with exit status 3, when some were.
    private func finish(_ rollup: Rollup) throws {
        if !rollup.skipped.isEmpty {
            Console.error(Text.Rollup.summary(offices: rollup.offices.count, skipped: rollup.skipped.count))
            throw ExitCode(Self.someSkipped)
        }
    }
}
