import ArgumentParser
import Foundation
import PlanModel
import PlanStore
import RencanaText

/// `rencana note PLAN ROW-ID MONTH TEXT`
struct NoteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "note", abstract: Text.Progress.noteAbstract)

    @Argument(help: ArgumentHelp(Text.Command.planHelp, valueName: "plan")) var plan = "plan.json"
    @Argument(help: ArgumentHelp(Text.Progress.rowIDHelp, valueName: "row-id")) var row: String
    @Argument(help: ArgumentHelp(Text.Progress.monthHelp, valueName: "month")) var month: String
    @Argument(help: ArgumentHelp(Text.Progress.noteTextHelp, valueName: "text")) var text: String
    @OptionGroup var stateOptions: StateOptions

    func run() throws {
        let month = try Words.month(self.month)
        let store = try Session.open(plan, stateOptions)
        do {
            if let entry = try store.record(.note(row: RowID(row), month: month, to: text)) {
                print(Text.Progress.saved(row: row, month: month.label, what: JSONParser.quote(text), seq: entry.seq))
            } else {
                print(Text.Progress.rowUnchanged(row: row))
            }
        } catch {
            throw Console.fail(error.description)
        }
    }
}

/// `rencana assign PLAN ROW-ID TEXT`: the penanggung jawab.
struct AssignCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "assign", abstract: Text.Progress.assignAbstract)

    @Argument(help: ArgumentHelp(Text.Command.planHelp, valueName: "plan")) var plan = "plan.json"
    @Argument(help: ArgumentHelp(Text.Progress.rowIDHelp, valueName: "row-id")) var row: String
    @Argument(help: ArgumentHelp(Text.Progress.assignTextHelp, valueName: "text")) var text: String
    @OptionGroup var stateOptions: StateOptions

    func run() throws {
        let store = try Session.open(plan, stateOptions)
        do {
            if let entry = try store.record(.pj(row: RowID(row), to: text)) {
                print(Text.Progress.rowSaved(row: row, what: "PJ " + JSONParser.quote(text), seq: entry.seq))
            } else {
                print(Text.Progress.rowUnchanged(row: row))
            }
        } catch {
            throw Console.fail(error.description)
        }
    }
}

/// `rencana review PLAN ROW-ID --tw 1..4 [--kendala TEXT] [--tindak-lanjut TEXT] [--tenggat YYYY-MM-DD]`
struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "review", abstract: Text.Progress.reviewAbstract)

    @Argument(help: ArgumentHelp(Text.Command.planHelp, valueName: "plan")) var plan = "plan.json"
    @Argument(help: ArgumentHelp(Text.Progress.rowIDHelp, valueName: "row-id")) var row: String
    @Option(name: .long, help: ArgumentHelp(Text.Progress.reviewTWHelp, valueName: "1-4")) var tw: Int
    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp(Text.Progress.kendalaHelp, valueName: "text")) var kendala: String?
    @Option(name: .customLong("tindak-lanjut"), parsing: .unconditional, help: ArgumentHelp(Text.Progress.tindakLanjutHelp, valueName: "text"))
    var tindakLanjut: String?
    @Option(name: .long, help: ArgumentHelp(Text.Progress.tenggatHelp, valueName: "date")) var tenggat: String?
    @OptionGroup var stateOptions: StateOptions

    func run() throws {
        guard (1...4).contains(tw) else { throw Console.fail(Text.Command.usage(Text.Progress.twRange(tw)), code: 64) }
        let tenggat = try self.tenggat.map { try DateOption.parse($0, option: "--tenggat") }
        let fields: [(ReviewField, String)] = [(.kendala, kendala), (.tindakLanjut, tindakLanjut), (.tenggat, tenggat)]
            .compactMap { field, value in value.map { (field, $0) } }
        guard !fields.isEmpty else { throw Console.fail(Text.Command.usage(Text.Progress.reviewNothing), code: 64) }
        let store = try Session.open(plan, stateOptions)
        do {
            var saved = false
            let entries = try store.record(fields.map { .review(row: RowID(row), tw: tw, field: $0.0, to: $0.1) })  // all or none
            for ((field, value), entry) in zip(fields, entries) {
                if let entry {
                    saved = true
                    print(Text.Progress.rowSaved(row: row, what: Text.Progress.triwulan(tw) + " \(Text.Journal.fieldName(field.rawValue)) "
                                                 + JSONParser.quote(field == .tenggat ? CalendarDate.indonesian(value) : value),
                                                 seq: entry.seq))
                }
            }
            if !saved { print(Text.Progress.rowUnchanged(row: row)) }
        } catch {
            throw Console.fail(error.description)
        }
    }
}
