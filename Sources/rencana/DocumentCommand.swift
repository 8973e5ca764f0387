import ArgumentParser
import Foundation
import PlanModel
import PlanStore
import RencanaText

/// `rencana document PLAN [--number N] [--title T] [--unit U] [--year Y] [--place P] [--date D] [--signer S]
/// [--signer-title T]`: with no option, the details as they now are.
struct DocumentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "document", abstract: Text.Authoring.documentAbstract,
                                                    discussion: Text.Authoring.documentDiscussion)

    @Argument(help: ArgumentHelp(Text.Command.planHelp, valueName: "plan")) var plan = "plan.json"
    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp(Text.Authoring.institutionHelp, valueName: "text")) var institution: String?
    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp(Text.Authoring.numberHelp, valueName: "text")) var number: String?
    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp(Text.Authoring.docTitleHelp, valueName: "text")) var title: String?
    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp(Text.Authoring.unitHelp, valueName: "text")) var unit: String?
    @Option(name: .long, help: ArgumentHelp(Text.Authoring.docYearHelp, valueName: "yyyy")) var year: String?
    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp(Text.Authoring.placeHelp, valueName: "text")) var place: String?
    @Option(name: .long, help: ArgumentHelp(Text.Authoring.dateHelp, valueName: "date")) var date: String?
    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp(Text.Authoring.signerHelp, valueName: "text")) var signer: String?
    @Option(name: .customLong("signer-title"), parsing: .unconditional, help: ArgumentHelp(Text.Authoring.signerTitleHelp, valueName: "text"))
    var signerTitle: String?
    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp(Text.RollupRecap.codeHelp, valueName: "text")) var code: String?
    @OptionGroup var stateOptions: StateOptions

    func run() throws {
        // The decree's date as the plan file and the LAMPIRAN write it (26 Januari 2022), from either form.
        let date = try self.date.map { try DateOption.parse($0, option: "--date") }.map { CalendarDate.indonesian($0) }
        let given: [(DocumentField, String)] = [
            (.institution, institution), (.number, number), (.title, title), (.unit, unit), (.year, year), (.place, place),
            (.date, date), (.signer, signer), (.signerTitle, signerTitle), (.code, code),
        ].compactMap { field, text in text.map { (field, $0) } }
        for (field, text) in given {
            try Authoring.check(text, column: Text.Diff.fieldName(field.rawValue), required: field == .title)
            if field == .year, Int(text).map({ (1900...2999).contains($0) }) != true {
                throw Console.fail(Text.Command.usage(Text.Authoring.badYear(text)), code: 64)
            }
        }
        let store = try Session.open(plan, stateOptions)
        guard !given.isEmpty else { return print(Self.details(store.plan.document), terminator: "") }
        var saved = false
        for (field, text) in given {
            if let entry = try Authoring.saving({ () throws(StoreError) in try store.record(.document(field: field, to: text)) }) {
                Authoring.printSaved(entry, in: store)
                saved = true
            }
        }
        if !saved { print(Text.Authoring.documentUnchanged()) }
    }

    /// One line per detail, `label: value`, in the decree's own labels.
    static func details(_ d: DocumentInfo) -> String {
        let fields: [(DocumentField, String)] = [(.institution, d.institution), (.number, d.number), (.title, d.title),
                                                 (.unit, d.unit), (.year, String(d.year)), (.place, d.place), (.date, d.date),
                                                 (.signer, d.signer), (.signerTitle, d.signerTitle)]
            // The office code only when the plan has one, so a plan without it reads as before.
            + (d.code.isEmpty ? [] : [(.code, d.code)])
        let width = fields.map { TextWidth.of(Text.Diff.fieldName($0.0.rawValue)) }.max() ?? 0
        return fields.map { field, value in
            TextWidth.fit(Text.Diff.fieldName(field.rawValue) + ":", to: width + 1) + " " + TerminalText.safe(value) + "\n"
        }.joined()
    }
}
