import ArgumentParser
import Foundation
import PlanDocuments
import PlanExport
import PlanModel
import PlanStore
import RencanaText

/// `rencana export --format csv|markdown|json|xlsx|html [--out FILE]`: the current plan (or the plan as
/// signed) through one exporter interface, to standard output or a file.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: Text.Documents.exportAbstract,
                                                    discussion: Text.Documents.exportDiscussion)

    /// A `--format` word: one of `Exporters.all` (its help, check and completions from `FormatChoices.export`).
    struct Format: ExpressibleByArgument {
        let exporter: any Exporter
        init?(argument: String) {
            guard let exporter = Exporters.named(argument) else { return nil }
            self.exporter = exporter
        }
        static var allValueStrings: [String] { FormatChoices.export.words }
        static var defaultCompletionKind: CompletionKind { .list(allValueStrings) }
        var defaultValueDescription: String { exporter.name }
    }

    @Argument(help: ArgumentHelp(Text.Command.planHelp, valueName: "plan"))
    var plan = "plan.json"

    @Option(name: .long, help: ArgumentHelp(Text.Documents.formatHelp, valueName: FormatChoices.export.valueName))
    var format = Format(argument: "csv")!

    @Option(name: .long, help: ArgumentHelp(Text.Documents.outHelp, valueName: "file"))
    var out: String?

    @Option(name: .long, help: ArgumentHelp(Text.Documents.paperHelp, valueName: "f4|a4"))
    var paper: Paper = .f4

    @Flag(name: .long, help: ArgumentHelp(Text.PaperDocuments.salinanHelp))
    var salinan = false

    @Option(name: .customLong("salinan-title"), parsing: .unconditional, help: ArgumentHelp(Text.PaperDocuments.salinanTitleHelp, valueName: "title"))
    var salinanTitle: String?

    @Option(name: .customLong("salinan-signer"), parsing: .unconditional, help: ArgumentHelp(Text.PaperDocuments.salinanSignerHelp, valueName: "name"))
    var salinanSigner: String?

    @Option(name: .customLong("salinan-nip"), help: ArgumentHelp(Text.PaperDocuments.salinanNIPHelp, valueName: "nip"))
    var salinanNIP: String?

    @Flag(name: .customLong("number-first-page"), help: ArgumentHelp(Text.PaperDocuments.numberFirstPageHelp))
    var numberFirstPage = false

    @Flag(name: .long, help: ArgumentHelp(Text.Command.forceHelp))
    var force = false

    @Flag(name: .long, help: ArgumentHelp(Text.Command.idsHelp))
    var ids = false

    @Flag(name: .long, help: ArgumentHelp(Text.Command.baselineHelp))
    var baseline = false

    @Flag(name: .long, help: ArgumentHelp(Text.RealisationExport.flagHelp))
    var realisation = false

    @OptionGroup var stateOptions: StateOptions

    func run() throws {
        let exporter = format.exporter
        if realisation {
            guard exporter.supportsRealisation else { throw Console.fail(Text.RealisationExport.unsupported(exporter.name), code: 64) }
            guard !baseline else { throw Console.fail(Text.RealisationExport.notWithBaseline, code: 64) }
        }
        if !salinan && (salinanTitle != nil || salinanSigner != nil || salinanNIP != nil) {
            throw Console.fail(Text.Command.usage(Text.PaperDocuments.salinanDetailsNeedSalinan), code: 64)
        }
        try NIPOption.check([("--salinan-nip", salinanNIP)])
        if (salinan || numberFirstPage) && !["xlsx", "html"].contains(exporter.name) {
            throw Console.fail(Text.Command.usage(Text.PaperDocuments.salinanOnlyPrinted), code: 64)
        }
        try DocumentOutput.checkDestination(exporter, out: out)
        let plan: Plan
        var marks: [MonthSet]?
        var record: Realisation?
        if baseline {
            plan = try Session.loadPlan(self.plan)
        } else {
            let store = try Session.open(self.plan, stateOptions)
            plan = store.plan
            marks = store.marks
            if realisation { record = store.realisation }
        }
        let data: Data
        do {
            var request = ExportRequest(plan: plan, marks: marks, includeIDs: ids, paper: paper, realisation: record)
            if salinan {
                request.salinan = Lampiran.Salinan(document: plan.document, signerTitle: salinanTitle ?? "",
                                                   signer: salinanSigner ?? "", nip: salinanNIP ?? "")
            }
            request.numberFirstPage = numberFirstPage
            // Evidence whose file is gone is no evidence, by the rule of progress and the report.
            if let record { request.goneEvidence = ReportEvidence.goneFiles(record, plan: self.plan) }
            data = try exporter.produce(request)
        } catch {
            throw Console.fail(Text.Documents.exportFailed(exporter.name, "\(error)"))
        }
        try DocumentOutput.deliver(data, out: out, force: force, plan: self.plan, stateOptions: stateOptions)
    }
}

extension Paper: ExpressibleByArgument {
    public init?(argument: String) { self.init(rawValue: argument.lowercased()) }
}
