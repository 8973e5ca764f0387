import ArgumentParser
import Foundation
import PlanModel
import PlanStore
import RencanaText

/// `rencana edit PLAN ROW-ID (--indikator TEXT | --ket TEXT | --sub TEXT | --kegiatan TEXT | --area TEXT)`
struct EditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "edit", abstract: Text.Authoring.editAbstract,
                                                    discussion: Text.Authoring.editDiscussion)

    @Argument(help: ArgumentHelp(Text.Command.planHelp, valueName: "plan")) var plan = "plan.json"
    @Argument(help: ArgumentHelp(Text.Progress.rowIDHelp, valueName: "row-id")) var row: String
    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp(Text.Authoring.indikatorHelp, valueName: "text")) var indikator: String?
    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp(Text.Authoring.ketHelp, valueName: "text")) var ket: String?
    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp(Text.Authoring.subHelp, valueName: "text")) var sub: String?
    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp(Text.Authoring.kegiatanHelp, valueName: "text")) var kegiatan: String?
    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp(Text.Authoring.areaHelp, valueName: "text")) var area: String?
    @OptionGroup var stateOptions: StateOptions

    func run() throws {
        let given: [(PlanTextField, String)] = [(.indikator, indikator), (.ket, ket), (.sub, sub), (.kegiatan, kegiatan),
                                                (.area, area)].compactMap { field, text in text.map { (field, $0) } }
        guard let (field, text) = given.first else { throw Console.fail(Text.Command.usage(Text.Authoring.editNeedsOne), code: 64) }
        guard given.count == 1 else { throw Console.fail(Text.Command.usage(Text.Authoring.editOnlyOne), code: 64) }
        try Authoring.check(text, column: Text.Journal.fieldName(field.rawValue),
                            required: field != .ket)  // as the dashboard's editor: only KET may be empty
        let store = try Session.open(plan, stateOptions)
        let id = try Authoring.requireRow(row, in: store)
        if let entry = try Authoring.saving({ () throws(StoreError) in try store.record(.edit(row: id, field: field, to: text)) }) {
            Authoring.printSaved(entry, in: store)
        } else {
            print(Text.Progress.rowUnchanged(row: TerminalText.safe(row, limit: 200)))
        }
    }
}
