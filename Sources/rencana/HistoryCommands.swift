import ArgumentParser
import PlanModel
import PlanStore
import RencanaText

/// `rencana log`: the audit trail, newest first.
struct Log: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: Text.Command.logAbstract)

    @Argument(help: ArgumentHelp(Text.Command.planHelp, valueName: "plan"))
    var plan = "plan.json"

    @Option(name: .long, help: ArgumentHelp(Text.Command.logRowHelp, valueName: "row-id"))
    var row: String?

    @Option(name: .long, help: ArgumentHelp(Text.Command.limitHelp, valueName: "n"))
    var limit: Int?

    @OptionGroup var stateOptions: StateOptions

    func run() throws {
        let store = try Session.open(plan, stateOptions)
        var entries = row.map { store.history(of: RowID($0)) } ?? store.history.reversed()
        if let limit { entries = Array(entries.prefix(max(0, limit))) }
        guard !entries.isEmpty else {
            print(Text.Command.logEmpty)
            return
        }
        let width = Console.terminalWidth ?? 100
        // `by` and `row` come from a shared state file and `by` from $USER: shown terminal-safe, so a control
        // or a newline in them can neither drive a teammate's terminal nor forge a log line.
        let userWidth = min(16, entries.map { TextWidth.of(TerminalText.safe($0.by)) }.max() ?? 4)
        let idWidth = min(40, entries.map { TextWidth.of(TerminalText.safe($0.row.rawValue)) }.max() ?? 7)
        for entry in entries {
            let head = "#\(entry.seq)".padding(toLength: 6, withPad: " ", startingAt: 0)
                + "  " + StateFormat.timestamp(entry.at)
                + "  " + TextWidth.fit(TerminalText.safe(entry.by), to: userWidth)
                + "  " + TextWidth.fit(Text.Command.logKind(entry.kind.rawValue, target: entry.undoes), to: 9)
                + "  " + TextWidth.fit(TerminalText.safe(entry.row.rawValue), to: idWidth)
                + "  " + entry.month.label
                + "  " + (entry.old ? "√" : "·") + " → " + (entry.new ? "√" : "·")
            let text = TerminalText.safe(store.plan.row(entry.row)?.indikator ?? "")
            let room = width - TextWidth.of(head) - 2
            print(room > 8 && !text.isEmpty ? head + "  " + TextWidth.truncate(text, to: room) : head)
        }
    }
}

/// `rencana undo`
struct Undo: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: Text.Command.undoAbstract)

    @Argument(help: ArgumentHelp(Text.Command.planHelp, valueName: "plan"))
    var plan = "plan.json"

    @OptionGroup var stateOptions: StateOptions

    func run() throws {
        try HistoryStep.run(plan, stateOptions, step: { try $0.undo() }, nothing: Text.Command.nothingToUndo,
                            done: Text.Command.undid)
    }
}

/// `rencana redo`
struct Redo: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: Text.Command.redoAbstract)

    @Argument(help: ArgumentHelp(Text.Command.planHelp, valueName: "plan"))
    var plan = "plan.json"

    @OptionGroup var stateOptions: StateOptions

    func run() throws {
        try HistoryStep.run(plan, stateOptions, step: { try $0.redo() }, nothing: Text.Command.nothingToRedo,
                            done: Text.Command.redid)
    }
}

/// What undo and redo share: take the step, say what it did, show the row's months.
enum HistoryStep {
    static func run(_ plan: String, _ options: StateOptions, step: (StateStore) throws -> ChangeEntry?,
                    nothing: String, done: (Int, String, String, Bool) -> String) throws {
        let store = try Session.open(plan, options)
        do {
            guard let entry = try step(store) else { return print(nothing) }
            print(done(entry.undoes ?? 0, TerminalText.safe(entry.row.rawValue, limit: 200), entry.month.label, entry.new))
            if let index = store.plan.rowIndex(of: entry.row) { print(RowText.monthTable(store.marks[index])) }
        } catch {
            throw Console.fail(String(describing: error))
        }
    }
}
