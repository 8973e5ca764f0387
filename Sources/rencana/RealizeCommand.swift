import ArgumentParser
import Foundation
import PlanModel
import PlanStore
import RencanaText

/// `rencana realize PLAN ROW-ID MONTH done|partly|missed|moved:MONTH|clear [--date YYYY-MM-DD] [--note TEXT]`
struct Realize: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: Text.Progress.realizeAbstract,
                                                    discussion: Text.Progress.realizeDiscussion)

    @Argument(help: ArgumentHelp(Text.Command.planHelp, valueName: "plan"))
    var plan = "plan.json"

    @Argument(help: ArgumentHelp(Text.Progress.rowIDHelp, valueName: "row-id"))
    var row: String

    @Argument(help: ArgumentHelp(Text.Progress.monthHelp, valueName: "month"))
    var month: String

    @Argument(help: ArgumentHelp(Text.Progress.statusHelp, valueName: "status"))
    var status: String

    @Option(name: .long, help: ArgumentHelp(Text.Progress.dateHelp, valueName: "date"))
    var date: String?

    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp(Text.Progress.noteHelp, valueName: "text"))
    var note: String?

    @OptionGroup var stateOptions: StateOptions

    func run() throws {
        let month = try Words.month(self.month)
        let newStatus: RealisationStatus?
        if status.lowercased() == "clear" {
            newStatus = nil
        } else if let parsed = Self.status(status) {
            newStatus = parsed
        } else {
            throw Console.fail(Text.Command.usage(Text.Progress.unknownStatus(status)), code: 64)
        }
        let date = try self.date.map { try DateOption.parse($0, option: "--date") }
        let store = try Session.open(plan, stateOptions)
        let id = RowID(row)
        let name = Text.Progress.statusName(newStatus?.code)
        do {
            // One command, one record: the status, date and note are all saved or none is.
            let entries = try store.record([.status(row: id, month: month, to: newStatus)]
                                           + (date.map { [.date(row: id, month: month, to: $0)] } ?? [])
                                           + (note.map { [.note(row: id, month: month, to: $0)] } ?? []))
            if let entry = entries[0] {
                print(Text.Progress.saved(row: row, month: month.label, what: name, seq: entry.seq))
            } else {
                print(Text.Progress.unchanged(row: row, month: month.label, what: name))
            }
            if let date, let entry = entries[1] {
                print(Text.Progress.saved(row: row, month: month.label, what: date.isEmpty ? "–" : CalendarDate.indonesian(date), seq: entry.seq))
            }
            if let note, let entry = entries[date == nil ? 1 : 2] {
                print(Text.Progress.saved(row: row, month: month.label, what: JSONParser.quote(note), seq: entry.seq))
            }
        } catch {
            throw Console.fail(error.description)
        }
    }

    /// `done`, `partly`, `missed`, `moved:MONTH` with any month spelling `rencana` accepts.
    static func status(_ text: String) -> RealisationStatus? {
        let lower = text.lowercased()
        if lower.hasPrefix("moved:") {
            return Month(parsing: String(lower.dropFirst(6))).map { .moved($0) }
        }
        return RealisationStatus(code: lower)
    }

}
