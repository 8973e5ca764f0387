import ArgumentParser
import Foundation
import PlanExport
import PlanModel
import PlanStore
import RencanaText

/// `rencana conflicts [PLAN] [--format text|json] [--choose N --value K]`: the values two laptops changed without
/// either seeing the other's change (issue 22), numbered, each value with who wrote it; `--choose` settles one by
/// recording `Intent.choose`. Exits 3 while conflicts remain, so a script can tell.
struct ConflictsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "conflicts", abstract: Text.Conflict.abstract,
                                                    discussion: Text.Conflict.discussion)

    @Argument(help: ArgumentHelp(Text.Command.planHelp, valueName: "plan"))
    var plan = "plan.json"

    @Option(name: .long, help: ArgumentHelp(Text.Conflict.formatHelp, valueName: FormatChoices.conflicts.valueName))
    var format = "text"

    @Option(name: .long, help: ArgumentHelp(Text.Conflict.chooseHelp, valueName: "n"))
    var choose: Int?

    @Option(name: .long, help: ArgumentHelp(Text.Conflict.valueHelp, valueName: "k"))
    var value: Int?

    @OptionGroup var stateOptions: StateOptions

    func validate() throws {
        guard FormatChoices.conflicts.named(format) != nil else { throw ValidationError(Text.Conflict.badFormat(format)) }
        if value != nil && choose == nil { throw ValidationError(Text.Conflict.valueWithoutChoose) }
        if choose != nil && value == nil { throw ValidationError(Text.Conflict.chooseWithoutValue) }
    }

    func run() throws {
        let store = try Session.open(plan, stateOptions)
        let name = TerminalText.safe(plan, limit: 300)
        if let number = choose, let k = value {
            let conflicts = store.conflicts
            guard conflicts.indices.contains(number - 1) else {
                throw Console.fail(Text.Conflict.noSuchConflict(number, count: conflicts.count))
            }
            let conflict = conflicts[number - 1]
            guard conflict.entries.indices.contains(k - 1) else {
                throw Console.fail(Text.Conflict.noSuchValue(k, conflict: number, count: conflict.entries.count))
            }
            let entry = conflict.entries[k - 1]
            do {
                try store.record(.choose(entry: entry.id))
            } catch {
                throw Console.fail(String(describing: error))
            }
            print(Text.Conflict.chose(number, field: ConflictWords.field(of: conflict, in: store.state),
                                      value: ConflictWords.value(conflict.values[k - 1], of: conflict.key),
                                      by: TerminalText.safe(entry.by, limit: 100)))
            let left = store.conflicts.count
            print(Text.Conflict.remaining(left))
            if left > 0 { throw ExitCode(Text.Conflict.remainStatus) }
            return
        }
        let conflicts = store.conflicts
        if format == "json" {
            print(Self.json(conflicts, plan: plan, state: store.state), terminator: "")
        } else {
            print(Self.text(conflicts, plan: name, state: store.state), terminator: "")
        }
        if !conflicts.isEmpty { throw ExitCode(Text.Conflict.remainStatus) }
    }

    /// The list in words: a heading, each conflict numbered with its field, each value numbered under it with who
    /// wrote it (terminal-safe: `by` and the values come from colleagues' files).
    static func text(_ conflicts: [Conflict], plan: String, state: YearState) -> String {
        guard !conflicts.isEmpty else { return Text.Conflict.none(plan) + "\n" }
        var out = Text.Conflict.heading(plan, conflicts.count) + "\n"
        for (n, conflict) in conflicts.enumerated() {
            out += "\(n + 1)  " + TerminalText.safe(ConflictWords.field(of: conflict, in: state), limit: 300) + "\n"
            let words = conflict.values.map { TerminalText.safe(ConflictWords.value($0, of: conflict.key), limit: 300) }
            let width = words.map { TextWidth.of($0) }.max() ?? 0
            for (k, entry) in conflict.entries.enumerated() {
                let author = Text.Conflict.author(TerminalText.safe(entry.by, limit: 100),
                                                  device: entry.device.map { TerminalText.safe($0, limit: 100) }, at: entry.atText)
                let shown = k == conflict.entries.count - 1 ? "  " + Text.Conflict.shownMark : ""
                out += "   \(k + 1)  " + TextWidth.fit(words[k], to: width) + "  " + author + shown + "\n"
            }
        }
        return out + Text.Conflict.hint(plan) + "\n"
    }

    /// The list as JSON: every value in full, with its entry's id (what `Intent.choose` names), who, which device,
    /// when, and whether it is the one shown.
    static func json(_ conflicts: [Conflict], plan: String, state: YearState) -> String {
        func string(_ text: String) -> String { PlanEncoder.terminalSafeQuote(text) }
        var out = "{\"format\":\"rencana-conflicts\",\"version\":1,\"plan\":" + string(plan) + ",\"conflicts\":["
        for (n, conflict) in conflicts.enumerated() {
            out += n == 0 ? "\n" : ",\n"
            out += "{\"number\":\(n + 1),\"kind\":" + string(conflict.key.kind.rawValue)
            out += ",\"row\":" + (ConflictWords.row(of: conflict, in: state).map { string($0.rawValue) } ?? "null")
            out += ",\"month\":" + (ConflictWords.month(of: conflict, in: state).map { string($0.label) } ?? "null")
            out += ",\"field\":" + string(ConflictWords.field(of: conflict, in: state)) + ",\"values\":["
            for (k, entry) in conflict.entries.enumerated() {
                out += k == 0 ? "" : ","
                out += "{\"value\":" + string(conflict.values[k])
                out += ",\"words\":" + string(ConflictWords.value(conflict.values[k], of: conflict.key, limit: Int.max))
                out += ",\"entry\":" + string(entry.id) + ",\"by\":" + string(entry.by)
                out += ",\"device\":" + (entry.device.map(string) ?? "null")
                out += ",\"at\":" + string(StateFormat.timestamp(entry.at))
                out += ",\"shown\":\(k == conflict.entries.count - 1)}"
            }
            out += "]}"
        }
        return out + (conflicts.isEmpty ? "" : "\n") + "]}\n"
    }
}
