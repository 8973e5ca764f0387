import ArgumentParser
import Foundation
import PlanModel
import PlanStore
import RencanaText

/// `rencana add [PLAN] (--after ROW-ID | --before ROW-ID) [--level indikator|sub|kegiatan|area] --text TEXT
/// [--months M,M,…] [--ket TEXT] [--sub TEXT] [--kegiatan TEXT] [--area TEXT]`: prints the new row's id.
struct AddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "add", abstract: Text.Authoring.addAbstract,
                                                    discussion: Text.Authoring.addDiscussion)

    @Argument(help: ArgumentHelp(Text.Command.planHelp, valueName: "plan")) var plan = "plan.json"
    @Option(name: .long, help: ArgumentHelp(Text.Authoring.afterHelp, valueName: "row-id")) var after: String?
    @Option(name: .long, help: ArgumentHelp(Text.Authoring.beforeHelp, valueName: "row-id")) var before: String?
    @Option(name: .long, help: ArgumentHelp(Text.Authoring.addLevelHelp, valueName: "indikator|sub|kegiatan|area"))
    var level: PlanLevel = .indikator
    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp(Text.Authoring.textHelp, valueName: "text")) var text: String = ""
    @Option(name: .long, help: ArgumentHelp(Text.Authoring.monthsHelp, valueName: "m,m,…")) var months: String?
    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp(Text.Authoring.newKetHelp, valueName: "text")) var ket: String = ""
    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp(Text.Authoring.newSubHelp, valueName: "text")) var sub: String?
    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp(Text.Authoring.newKegiatanHelp, valueName: "text")) var kegiatan: String?
    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp(Text.Authoring.newAreaHelp, valueName: "text")) var area: String?
    @OptionGroup var stateOptions: StateOptions

    func run() throws {
        let anchor: Anchor
        switch (after, before) {
        case (let row?, nil): anchor = .after(RowID(row))
        case (nil, let row?): anchor = .before(RowID(row))
        case (nil, nil): throw Console.fail(Text.Command.usage(Text.Authoring.addNeedsPlace), code: 64)
        default: throw Console.fail(Text.Command.usage(Text.Authoring.addOnePlace), code: 64)
        }
        let months = try Authoring.months(self.months)
        try Authoring.check(text, column: Text.Journal.fieldName("indikator"), required: false)
        try Authoring.check(ket, column: Text.Journal.fieldName("ket"), required: false)
        // The titles the new groups need, from the level up; a title above the level is not used.
        let titles: [(PlanLevel, String, String?)] = [(.sub, "sub", sub), (.kegiatan, "kegiatan", kegiatan), (.area, "area", area)]
        let levels = PlanLevel.allCases
        for (needed, option, value) in titles where levels.firstIndex(of: needed)! <= levels.firstIndex(of: level)! {
            guard let value else {
                throw Console.fail(Text.Command.usage(Text.Authoring.addNeedsTitle(level: Text.Journal.levelName(level.rawValue),
                                                                                  option: option)), code: 64)
            }
            try Authoring.check(value, column: Text.Journal.fieldName(option), required: true)
        }
        // A new row needs its INDIKATOR, as in the dashboard (checked after the titles its level needs).
        try Authoring.check(text, column: Text.Journal.fieldName("indikator"), required: true)
        let store = try Session.open(plan, stateOptions)
        _ = try Authoring.requireRow(anchor.row.rawValue, in: store)
        let addition = RowAddition(row: "", anchor: anchor, level: level, text: text, months: months, ket: ket,
                                   sub: sub ?? "", kegiatan: kegiatan ?? "", area: area ?? "")
        let entry = try Authoring.saving { () throws(StoreError) in try store.record(.addRow(addition))! }
        print(entry.change.row?.rawValue ?? "")
    }
}
