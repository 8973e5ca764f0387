import ArgumentParser
import Foundation
import PlanDocuments
import PlanExport
import PlanModel
import PlanStore
import RencanaText

/// `rencana report [PLAN] [--tw N | --semester N | --year] [--until MONTH] --format xlsx|html|markdown|csv [--out FILE]`:
/// the Laporan Monev from the state's realisation, with the figures of the one progress computation.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "report", abstract: Text.Report.abstract,
                                                    discussion: Text.Report.discussion)

    @Argument(help: ArgumentHelp(Text.Command.planHelp, valueName: "plan"))
    var plan = "plan.json"

    /// The same period options as `progress`, so the report and the figures it prints name one period.
    @OptionGroup var periodOptions: PeriodOptions

    @Option(name: .long, help: ArgumentHelp(Text.Report.formatHelp, valueName: FormatChoices.report.valueName))
    var format = "markdown"

    @Option(name: .long, help: ArgumentHelp(Text.Documents.outHelp, valueName: "file"))
    var out: String?

    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp(Text.Report.placeHelp, valueName: "place"))
    var place: String?

    @Option(name: .long, help: ArgumentHelp(Text.Report.dateHelp, valueName: "date"))
    var date: String?

    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp(Text.Report.signerHelp, valueName: "name"))
    var signer: String?

    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp(Text.Report.signerTitleHelp, valueName: "title"))
    var signerTitle: String?

    @Option(name: .long, help: ArgumentHelp(Text.Report.nipHelp, valueName: "nip"))
    var nip: String?

    @Option(name: .long, help: ArgumentHelp(Text.Documents.paperHelp, valueName: "f4|a4"))
    var paper: Paper = .f4

    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp(Text.PaperDocuments.mengetahuiHelp, valueName: "office"))
    var mengetahui: String?

    @Option(name: .customLong("mengetahui-name"), parsing: .unconditional, help: ArgumentHelp(Text.PaperDocuments.mengetahuiNameHelp, valueName: "name"))
    var mengetahuiName: String?

    @Option(name: .customLong("mengetahui-nip"), help: ArgumentHelp(Text.PaperDocuments.mengetahuiNIPHelp, valueName: "nip"))
    var mengetahuiNIP: String?

    @Flag(name: .long, help: ArgumentHelp(Text.Command.forceHelp))
    var force = false

    @OptionGroup var stateOptions: StateOptions

    func run() throws {
        try periodOptions.check()
        guard let exporter = ReportExporters.named(format) else {
            throw Console.fail(Text.Command.usage(Text.Report.unknownFormat(format)), code: 64)
        }
        try DocumentOutput.checkDestination(exporter, out: out)
        // Checked before anything is written, so the report and the remembered signer never disagree.
        let limit = StateStore.maxTextLength
        if let (field, _) = given.first(where: { ($0.1?.count ?? 0) > limit }) {
            throw Console.fail(Text.Command.usage(Text.State.textTooLong(key: Text.Journal.fieldName(field.rawValue), limit: limit)), code: 64)
        }
        if mengetahui == nil && (mengetahuiName != nil || mengetahuiNIP != nil) {
            throw Console.fail(Text.Command.usage(Text.PaperDocuments.mengetahuiDetailsNeedOffice), code: 64)
        }
        for text in [mengetahui, mengetahuiName, mengetahuiNIP].compactMap({ $0 }) where text.count > limit {
            throw Console.fail(Text.Command.usage(Text.State.textTooLong(key: "mengetahui", limit: limit)), code: 64)
        }
        try NIPOption.check([("--nip", nip), ("--mengetahui-nip", mengetahuiNIP)])
        // The signing date is the one given, else today's: never one remembered from an earlier report.
        let signingDate = try date.map { try DateOption.parse($0, option: "--date", allowEmpty: false) } ?? DateOption.today().stored
        let store = try Session.open(plan, stateOptions)
        let state = store.state
        // The period and as-of month `rencana progress` resolves for the same options, so the figures agree.
        let (progressPeriod, asOf) = try periodOptions.resolve(planYear: state.plan.document.year)
        let period = ReportPeriod(progressPeriod)
        // Evidence whose file is gone is listed and marked, and does not count as evidence.
        let gone = ReportEvidence.goneFiles(state.realisation, plan: plan)
        let tracker = ProgressTracker(plan: state.plan, marks: state.marks, realisation: state.realisation, gone: gone)
        let acknowledgement = mengetahui.map {
            MonevReport.Acknowledgement(title: $0, name: mengetahuiName ?? state.plan.document.signer, nip: mengetahuiNIP ?? "")
        }
        let report = MonevReport(plan: state.plan, marks: state.marks, realisation: state.realisation, period: period,
                                 progress: tracker, asOf: asOf, signer: signature(over: state.realisation.signer, date: signingDate),
                                 paper: paper, goneFiles: gone, acknowledgement: acknowledgement)
        let data: Data
        do {
            data = try exporter.produce(report)
        } catch {
            throw Console.fail(Text.Report.reportFailed(exporter.name, "\(error)"))
        }
        try DocumentOutput.deliver(data, out: out, force: force, plan: plan, stateOptions: stateOptions)
        // Remembered only once the report is written: a refused --out changes nothing.
        try remember(in: store)
    }

    /// The signature fields given on the command line, in the order they are journalled.
    private var given: [(SignerField, String?)] {
        [(.place, place), (.date, date), (.signer, signer), (.signerTitle, signerTitle), (.nip, nip)]
    }

    /// The remembered signature (place, signer, title, NIP) with the fields given this time put over it, signed `date`.
    private func signature(over remembered: ReportSigner, date: String) -> ReportSigner {
        var s = remembered
        s.date = date
        for case let (field, text?) in given {
            switch field {
            case .place: s.place = text
            case .date: break
            case .signer: s.signer = text
            case .signerTitle: s.signerTitle = text
            case .nip: s.nip = text
            }
        }
        return s
    }

    /// Journals the signer details given on the command line (a `signer` entry per changed field, with
    /// who and when), so the next report of this plan uses them without the options.
    private func remember(in store: StateStore) throws {
        do {
            // All or none; the date is not remembered: the next report is signed today unless given its own.
            try store.record(given.compactMap { field, text in
                field == .date ? nil : text.map { .signer(field: field, to: $0) }
            })
        } catch {
            throw Console.fail(error.description)
        }
    }
}

/// The evidence files a report cannot find (relative paths from the plan's folder): `EvidenceCheck.goneFiles`,
/// the rule `evidence list --missing`, `progress` and the dashboard use too.
enum ReportEvidence {
    static func goneFiles(_ realisation: Realisation, plan: String) -> Set<String> {
        EvidenceCheck.goneFiles(realisation, folder: EvidenceCheck.folder(ofPlan: plan))
    }
}
