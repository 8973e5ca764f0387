import ArgumentParser
import Foundation
import PlanFormats
import PlanModel
import PlanStore
import RencanaText

/// `rencana import FILE.csv [--out plan.json]`: a plan from a spreadsheet in the export's layout.
struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "import", abstract: Text.Command.importAbstract,
                                                    discussion: Text.Command.importDiscussion)

    @Argument(help: ArgumentHelp(Text.Command.csvHelp, valueName: "file.csv"))
    var csv: String

    @Option(name: .long, help: ArgumentHelp(Text.Command.outHelp, valueName: "plan.json"))
    var out: String?

    @Flag(name: .long, help: ArgumentHelp(Text.Command.forceHelp))
    var force = false

    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp(Text.Command.titleHelp, valueName: "text"))
    var title: String?

    @Option(name: .long, help: ArgumentHelp(Text.Command.yearHelp, valueName: "yyyy"))
    var year: Int?

    func run() throws {
        let bytes: [UInt8]
        do {
            bytes = try FileReading.read(csv)
        } catch {
            throw Console.fail("\(csv): \(error.reason)")
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            throw Console.fail(Text.Command.csvIsUTF16(csv))
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw Console.fail("\(csv): not UTF-8 text (save the spreadsheet as \"CSV UTF-8\")")
        }
        let plan: Plan
        do {
            var imported = try CSVImport.plan(fromCSV: text, file: csv, year: year)
            if let title {
                var document = imported.document
                document.title = title
                imported = Plan(document: document, areas: imported.areas)
            }
            plan = imported
        } catch {
            throw Console.fail(error.description)
        }
        let json = PlanEncoder.json(plan)
        // The plan written is read back by the decoder every command uses: import never writes a plan that
        // `check` would refuse (a control character in an id, a 10 MB cell, year 0).
        do {
            _ = try PlanDecoder.decode(Array(json.utf8), file: out ?? "plan.json")
        } catch {
            throw Console.fail(Text.Command.importWouldNotLoad(csv, error.description))
        }
        guard let out, out != "-" else {  // `--out -` is standard output, as no --out
            Console.writeOutput(Data(json.utf8))
            return
        }
        // Issue 9: a plan imported over one whose state has changes is told that the history names rows by id.
        let oldState = NewPlanFile.existingHistory(of: out)
        do {
            try OutputFile.write(Array(json.utf8), to: out, force: force, protecting: [csv])
        } catch {
            throw Console.fail(error.message)
        }
        if let oldState { Console.error(Text.Authoring.oldHistory(plan: TerminalText.safe(out, limit: 300), state: oldState)) }
        Console.error(Text.Command.importDone(path: out, areas: plan.areas.count, rows: plan.rows.count))
    }
}
