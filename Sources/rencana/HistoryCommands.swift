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
        var entries = row.map { store.entries(of: RowID($0)) } ?? store.entries.reversed()
        // A row neither in the plan nor in any entry (a removed row keeps its history) is a mistyped one.
        if let row, entries.isEmpty, store.plan.rowIndex(of: RowID(row)) == nil, store.signedPlan.rowIndex(of: RowID(row)) == nil {
            throw Console.fail(Text.State.noSuchRow(TerminalText.safe(row, limit: 200)))
        }
        if let limit { entries = Array(entries.prefix(max(0, limit))) }
        guard !entries.isEmpty else {
            print(Text.Command.logEmpty)
            return
        }
        let width = Console.terminalWidth ?? 100
        // `by` and the change's words come from a shared state file and `by` from $USER: shown terminal-safe,
        // so a control or a newline in them can neither drive a teammate's terminal nor forge a log line.
        let userWidth = min(16, entries.map { TextWidth.of(TerminalText.safe($0.by)) }.max() ?? 4)
        for entry in entries {
            let head = "#\(entry.seq)".padding(toLength: 6, withPad: " ", startingAt: 0)
                + "  " + StateFormat.timestamp(entry.at)
                + "  " + TextWidth.fit(TerminalText.safe(entry.by), to: userWidth)
                + "  " + TextWidth.fit(entry.change.kind, to: 15)
                + "  " + TerminalText.safe(ChangeWords.describe(entry.change, in: store.state))
            // A mark entry also shows its row's indicator, when there is room.
            let text = TerminalText.safe(entry.markEntry.flatMap { store.plan.row($0.row)?.indikator } ?? "")
            let room = width - TextWidth.of(head) - 2
            print(room > 8 && !text.isEmpty ? head + "  " + TextWidth.truncate(text, to: room) : head)
        }
    }
}

/// `rencana undo`
struct Undo: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: Text.Command.undoAbstract, discussion: Text.Team.undoDiscussion)

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
    static let configuration = CommandConfiguration(abstract: Text.Command.redoAbstract, discussion: Text.Team.undoDiscussion)

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
    static func run(_ plan: String, _ options: StateOptions, step: (StateStore) throws -> JournalEntry?,
                    nothing: String, done: (Int, String, String, Bool) -> String) throws {
        let store = try Session.open(plan, options)
        do {
            guard let entry = try step(store) else { return print(nothing) }
            if let mark = entry.markEntry {
                print(done(mark.undoes ?? 0, TerminalText.safe(mark.row.rawValue, limit: 200), mark.month.label, mark.new))
                if let index = store.plan.rowIndex(of: mark.row) { print(RowText.monthTable(store.marks[index])) }
            } else if case .undo(let s) = entry.change, let target = store.state.entry(seq: s.undoes) {
                print(Text.Journal.undid(s.undoes, TerminalText.safe(ChangeWords.describe(target.change, in: store.state))))
            } else if case .redo(let s) = entry.change, let target = store.state.entry(seq: s.undoes) {
                print(Text.Journal.redid(s.undoes, TerminalText.safe(ChangeWords.describe(target.change, in: store.state))))
            }
        } catch {
            throw Console.fail(String(describing: error))
        }
    }
}
