import ArgumentParser
import Foundation
import PlanDocuments
import PlanExport
import PlanModel
import PlanRollup
import PlanXlsx
import RencanaText

/// The options of the province's signed recap (`rollup --format xlsx|html`): the province of the title, the
/// signature block as the Laporan Monev's (not remembered: the roll-up writes nothing), and the paper.
struct RollupRecapOptions: ParsableArguments {
    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp(Text.RollupRecap.provinsiHelp, valueName: "name"))
    var provinsi = ""

    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp(Text.RollupRecap.placeHelp, valueName: "place"))
    var place: String?

    @Option(name: .long, help: ArgumentHelp(Text.RollupRecap.dateHelp, valueName: "date"))
    var date: String?

    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp(Text.RollupRecap.signerHelp, valueName: "name"))
    var signer: String?

    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp(Text.RollupRecap.signerTitleHelp, valueName: "title"))
    var signerTitle: String?

    @Option(name: .long, help: ArgumentHelp(Text.RollupRecap.nipHelp, valueName: "nip"))
    var nip: String?

    @Option(name: .long, help: ArgumentHelp(Text.Documents.paperHelp, valueName: "f4|a4"))
    var paper: Paper = .f4

    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp(Text.PaperDocuments.mengetahuiHelp, valueName: "office"))
    var mengetahui: String?

    @Option(name: .customLong("mengetahui-name"), parsing: .unconditional, help: ArgumentHelp(Text.PaperDocuments.mengetahuiNameHelp, valueName: "name"))
    var mengetahuiName: String?

    @Option(name: .customLong("mengetahui-nip"), help: ArgumentHelp(Text.PaperDocuments.mengetahuiNIPHelp, valueName: "nip"))
    var mengetahuiNIP: String?

    /// The options given that only the signed recap uses, by their names.
    var given: [String] {
        [("--provinsi", provinsi.isEmpty ? nil : provinsi), ("--place", place), ("--date", date), ("--signer", signer),
         ("--signer-title", signerTitle), ("--nip", nip), ("--mengetahui", mengetahui), ("--mengetahui-name", mengetahuiName),
         ("--mengetahui-nip", mengetahuiNIP)].compactMap { $0.1 == nil ? nil : $0.0 } + (paper == .f4 ? [] : ["--paper"])
    }

    /// Refuses what cannot make a recap before anything is read: a document option with another format, a text
    /// longer than a journal field, details of `Mengetahui,` without its office, a date that is no date.
    func check(format: String) throws -> String {
        if !RollupRecapOutput.formats.contains(format), let option = given.first {
            throw Console.fail(Text.Command.usage(Text.RollupRecap.onlyForDocuments(option)), code: 64)
        }
        let limit = 2000
        for case let (option, text?) in [("--provinsi", provinsi), ("--place", place), ("--date", date), ("--signer", signer),
                                          ("--signer-title", signerTitle), ("--nip", nip), ("--mengetahui", mengetahui),
                                          ("--mengetahui-name", mengetahuiName), ("--mengetahui-nip", mengetahuiNIP)]
            where text.count > limit {
            throw Console.fail(Text.Command.usage(Text.State.textTooLong(key: option, limit: limit)), code: 64)
        }
        if mengetahui == nil && (mengetahuiName != nil || mengetahuiNIP != nil) {
            throw Console.fail(Text.Command.usage(Text.PaperDocuments.mengetahuiDetailsNeedOffice), code: 64)
        }
        try NIPOption.check([("--nip", nip), ("--mengetahui-nip", mengetahuiNIP)])
        return try date.map { try DateOption.parse($0, option: "--date", allowEmpty: false) } ?? DateOption.today().stored
    }
}

/// The signed recap made from a roll-up: the offices in the recap's order with each area's figures, the province's
/// Σ/Σ line, drawn by `RollupWorkbook` or `RollupRecapHTML`.
enum RollupRecapOutput {
    /// The formats that are the signed recap: `FormatChoices.rollupRecap` (from `RollupExporters.recap`).
    static var formats: [String] { FormatChoices.rollupRecap.words }

    static func recap(_ rollup: Rollup, lines: [RollupLine], period: ProgressPeriod, asOf: Month, options: RollupRecapOptions,
                      signingDate: String) -> RollupRecap {
        // The area columns: every area number an office has, named as the first office that has it names it.
        var names: [Int: String] = [:]
        for office in rollup.offices { for area in office.plan.areas where names[area.number] == nil { names[area.number] = area.name } }
        let areas = names.keys.sorted().map { (number: $0, name: names[$0]!) }
        var offices: [RollupRecap.Figures] = []
        var provinceAreas: [Int: ProgressFigures] = [:]
        var province = ProgressFigures()
        var conflicts = 0
        for line in lines where line.level == .office {
            guard let index = line.office else { continue }
            let office = rollup.offices[index]
            var byArea: [Int: ProgressFigures] = [:]
            for (a, area) in office.plan.areas.enumerated() {
                byArea[area.number, default: ProgressFigures()] += office.tracker.figures(of: .area(a), period: period, asOf: asOf)
            }
            for (number, figures) in byArea { provinceAreas[number, default: ProgressFigures()] += figures }
            province += line.figures
            offices.append(RollupRecap.Figures(name: line.name, areas: byArea, total: line.figures, conflicts: line.conflicts))
            conflicts += line.conflicts
        }
        var signer = ReportSigner()
        signer.place = options.place ?? ""
        signer.date = signingDate
        signer.signer = options.signer ?? ""
        signer.signerTitle = options.signerTitle ?? ""
        signer.nip = options.nip ?? ""
        let acknowledgement = options.mengetahui.map {
            MonevReport.Acknowledgement(title: $0, name: options.mengetahuiName ?? "", nip: options.mengetahuiNIP ?? "")
        }
        return RollupRecap(provinsi: options.provinsi, period: ReportPeriod(period), year: rollup.year, areas: areas,
                           offices: offices, province: RollupRecap.Figures(name: "", areas: provinceAreas, total: province, conflicts: conflicts),
                           signer: signer, acknowledgement: acknowledgement, paper: options.paper)
    }

    /// The recap's bytes in `format` (xlsx or html).
    static func data(_ recap: RollupRecap, format: String) throws -> Data {
        guard let exporter = RollupExporters.recapExporter(named: format) else { return Data() }
        do {
            return try exporter.produce(recap)
        } catch {
            throw Console.fail(Text.RollupRecap.failed(format, "\(error)"))
        }
    }
}
