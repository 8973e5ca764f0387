import ArgumentParser
import PlanModel
import PlanStore
import RencanaText

/// `rencana set [PLAN] ROW-ID MONTH on|off`
struct SetMark: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "set", abstract: Text.Command.setAbstract,
                                                    discussion: Text.Command.setDiscussion)

    @Argument(help: ArgumentHelp(Text.Command.setArgumentsHelp, valueName: "plan row-id month on|off"))
    var words: [String] = []

    @OptionGroup var stateOptions: StateOptions

    func run() throws {
        guard words.count == 3 || words.count == 4 else {
            throw Console.fail(Text.Command.usage(Text.Command.badArgumentCount(expected: Text.Command.setArgumentsHelp)), code: 64)
        }
        let plan = words.count == 4 ? words[0] : "plan.json"
        let rest = words.suffix(3).map { $0 }
        // `set p.json 1.1.1.1 Jan`: three words ending in a month are a plan, a row and a month without on/off.
        if words.count == 3, Month(parsing: words[2]) != nil, Month(parsing: words[1]) == nil {
            throw Console.fail(Text.Command.missingOnOff(words), code: 64)
        }
        let month = try Words.month(rest[1])
        let on = try Words.onOff(rest[2])
        let store = try Session.open(plan, stateOptions)
        let row = RowID(rest[0])
        do {
            if let entry = try store.set(row, month, to: on) {
                print(Text.Command.markSaved(row: TerminalText.safe(row.rawValue, limit: 200), month: month.label, on: on, seq: entry.seq))
            } else {
                print(Text.Command.markUnchanged(row: TerminalText.safe(row.rawValue, limit: 200), month: month.label, on: on))
            }
        } catch {
            throw Console.fail(error.description)
        }
        print(RowText.monthTable(store.marks[store.plan.rowIndex(of: row)!]))
    }
}

/// `rencana toggle [PLAN] ROW-ID MONTH`
struct Toggle: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: Text.Command.toggleAbstract)

    @Argument(help: ArgumentHelp(Text.Command.toggleArgumentsHelp, valueName: "plan row-id month"))
    var words: [String] = []

    @OptionGroup var stateOptions: StateOptions

    func run() throws {
        guard words.count == 2 || words.count == 3 else {
            throw Console.fail(Text.Command.usage(Text.Command.badArgumentCount(expected: Text.Command.toggleArgumentsHelp)), code: 64)
        }
        let plan = words.count == 3 ? words[0] : "plan.json"
        let month = try Words.month(words[words.count - 1])
        let row = RowID(words[words.count - 2])
        let store = try Session.open(plan, stateOptions)
        do {
            let entry = try store.toggle(row, month)
            print(Text.Command.markSaved(row: TerminalText.safe(row.rawValue, limit: 200), month: month.label, on: entry.new, seq: entry.seq))
        } catch {
            throw Console.fail(error.description)
        }
        print(RowText.monthTable(store.marks[store.plan.rowIndex(of: row)!]))
    }
}
