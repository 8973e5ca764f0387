import ArgumentParser
import Foundation
import PlanModel
import PlanStore
import RencanaText

/// `rencana move PLAN ROW-ID (--up | --down | --to-sub ROW-ID | --after ROW-ID | --before ROW-ID) [--level …]`
struct MoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "move", abstract: Text.Authoring.moveAbstract,
                                                    discussion: Text.Authoring.moveDiscussion)

    @Argument(help: ArgumentHelp(Text.Command.planHelp, valueName: "plan")) var plan = "plan.json"
    @Argument(help: ArgumentHelp(Text.Progress.rowIDHelp, valueName: "row-id")) var row: String
    @Flag(name: .long, help: ArgumentHelp(Text.Authoring.upHelp)) var up = false
    @Flag(name: .long, help: ArgumentHelp(Text.Authoring.downHelp)) var down = false
    @Option(name: .customLong("to-sub"), help: ArgumentHelp(Text.Authoring.toSubHelp, valueName: "row-id")) var toSub: String?
    @Option(name: .long, help: ArgumentHelp(Text.Authoring.moveAfterHelp, valueName: "row-id")) var after: String?
    @Option(name: .long, help: ArgumentHelp(Text.Authoring.moveBeforeHelp, valueName: "row-id")) var before: String?
    @Option(name: .long, help: ArgumentHelp(Text.Authoring.moveLevelHelp, valueName: "indikator|sub|kegiatan|area"))
    var level: PlanLevel?
    @OptionGroup var stateOptions: StateOptions

    func run() throws {
        let chosen = [up, down, toSub != nil, after != nil, before != nil].filter { $0 }.count
        guard chosen == 1 else { throw Console.fail(Text.Command.usage(Text.Authoring.moveNeedsOne), code: 64) }
        if level != nil && !(up || down) { throw Console.fail(Text.Command.usage(Text.Authoring.moveLevelOnlyUpDown), code: 64) }
        let store = try Session.open(plan, stateOptions)
        let id = try Authoring.requireRow(row, in: store)
        let entry: JournalEntry?
        if up || down {
            let level = self.level ?? .indikator
            entry = try Authoring.saving { () throws(StoreError) in try store.record(.moveRow(row: id, level: level, up: up)) }
            if entry == nil {
                throw Console.fail(Text.Authoring.cannotMove(row: TerminalText.safe(row, limit: 200),
                                                            level: Text.Journal.levelName(level.rawValue), up: up))
            }
        } else {
            let anchor: Anchor
            if let toSub {
                anchor = .after(Self.lastRowOfSub(holding: try Authoring.requireRow(toSub, in: store), in: store.plan))
            } else if let after {
                anchor = .after(try Authoring.requireRow(after, in: store))
            } else {
                anchor = .before(try Authoring.requireRow(before!, in: store))
            }
            entry = try Authoring.saving { () throws(StoreError) in try store.record(.moveRowTo(row: id, anchor: anchor)) }
        }
        if let entry { Authoring.printSaved(entry, in: store) } else { print(Text.Progress.rowUnchanged(row: TerminalText.safe(row, limit: 200))) }
    }

    /// The last row of the sub kegiatan holding `row` (rows of a sub kegiatan are contiguous in `plan.rows`).
    static func lastRowOfSub(holding row: RowID, in plan: Plan) -> RowID {
        var index = plan.rowIndex(of: row)!
        while index + 1 < plan.rows.count && !plan.rows[index + 1].isFirstInSubKegiatan { index += 1 }
        return plan.rows[index].id
    }
}
