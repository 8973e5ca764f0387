import ArgumentParser
import Foundation
import GanttUI
import PlanModel
import PlanStore
import RencanaText

/// `rencana evidence add|list|remove`
struct EvidenceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evidence", abstract: Text.Progress.evidenceAbstract,
        subcommands: [EvidenceAdd.self, EvidenceList.self, EvidenceRemove.self])
}

/// `rencana evidence add PLAN ROW-ID [--month M] (--file PATH | --url URL) [--kind K] [--title T] [--number N] [--date D]`
struct EvidenceAdd: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "add", abstract: Text.Progress.evidenceAddAbstract)

    @Argument(help: ArgumentHelp(Text.Command.planHelp, valueName: "plan")) var plan = "plan.json"
    @Argument(help: ArgumentHelp(Text.Progress.rowIDHelp, valueName: "row-id")) var row: String
    @Option(name: .long, help: ArgumentHelp(Text.Progress.evidenceMonthHelp, valueName: "month")) var month: String?
    @Option(name: .long, help: ArgumentHelp(Text.Progress.evidenceFileHelp, valueName: "path")) var file: String?
    @Option(name: .long, help: ArgumentHelp(Text.Progress.evidenceURLHelp, valueName: "url")) var url: String?
    @Option(name: .long, help: ArgumentHelp(Text.Progress.evidenceKindHelp, valueName: "kind")) var kind: String?
    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp(Text.Progress.evidenceTitleHelp, valueName: "text")) var title = ""
    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp(Text.Progress.evidenceNumberHelp, valueName: "text")) var number = ""
    @Option(name: .long, help: ArgumentHelp(Text.Progress.evidenceDateHelp, valueName: "date")) var date = ""
    @Flag(name: .customLong("allow-missing"), help: ArgumentHelp(Text.CLI.allowMissingHelp)) var allowMissing = false
    @OptionGroup var stateOptions: StateOptions

    func run() throws {
        guard (file == nil) != (url == nil) else { throw Console.fail(Text.Command.usage(Text.Progress.fileOrURL), code: 64) }
        let month = try self.month.map { try Words.month($0) }
        let kind: EvidenceKind
        if let text = self.kind {
            guard let found = EvidenceKind.allCases.first(where: { $0.rawValue.lowercased() == text.lowercased() }) else {
                throw Console.fail(Text.Command.usage(Text.Progress.unknownKind(text)), code: 64)
            }
            kind = found
        } else {
            kind = url != nil ? .tautan : .lainnya
        }
        let date = try DateOption.parse(self.date, option: "--date")
        // Checked as typed (a relative path from here), before the path is made relative to the plan's folder.
        let given: Evidence.Location = file.map { .file($0) } ?? .url(url!)
        if let problem = EvidenceCheck.problem(given, resolvingFrom: FileManager.default.currentDirectoryPath),
           !(allowMissing && { if case .missingFile = problem { true } else { false } }()) {
            throw Console.fail(Self.refusal(problem), code: 64)
        }
        let location: Evidence.Location = file.map { .file(Self.relative($0, toPlan: plan)) } ?? .url(url!)
        let store = try Session.open(plan, stateOptions)
        do {
            let entry = try store.record(.addEvidence(Evidence(id: "", row: RowID(row), month: month, kind: kind, title: title,
                                                       number: number, date: date, location: location)))!
            let id = store.state.realisation.evidence.last?.id ?? ""
            print(Text.Progress.evidenceSaved(id: id, row: row, seq: entry.seq))
            // Kept as an absolute path only when outside the plan's folder, which a bundle never carries.
            if case .file(let stored) = location, stored.hasPrefix("/") {
                Console.error(Text.CommandFixes.evidenceOutsideFolder(TerminalText.safe(stored, limit: 300)))
            }
        } catch {
            throw Console.fail(error.description)
        }
    }

    /// The one line saying why a piece of evidence is refused (terminal-safe: it echoes what was typed).
    static func refusal(_ problem: EvidenceCheck.Problem, inDashboard: Bool = false) -> String {
        switch problem {
        case .missingFile(let path) where inDashboard: Text.CLI.fileMissingInDashboard(TerminalText.safe(path, limit: 300))
        case .missingFile(let path): Text.CLI.fileMissing(TerminalText.safe(path, limit: 300))
        case .notRegularFile(let path): Text.CLI.notRegularFile(TerminalText.safe(path, limit: 300))
        case .badURL(let url): Text.CLI.badURL(TerminalText.safe(url, limit: 300))
        }
    }

    /// The dashboard's `b`: an evidence effect with a file's path made relative to the plan's folder, or the
    /// refusal to show when what was typed is not an existing regular file or an http(s) link (the same check
    /// as `evidence add`, without `--allow-missing`). Other effects run as they are.
    static func forDashboard(_ effect: Effect, planPath: String) -> PreparedEffect {
        guard case .record(.addEvidence(var item)) = effect else { return .run(effect) }
        if let problem = EvidenceCheck.problem(item.location, resolvingFrom: FileManager.default.currentDirectoryPath) {
            return .refuse(Self.refusal(problem, inDashboard: true))
        }
        if case .file(let path) = item.location { item.location = .file(relative(path, toPlan: planPath)) }
        return .run(.addEvidence(item))
    }

    /// The path relative to the plan's folder when the file is inside it, else absolute.
    static func relative(_ path: String, toPlan plan: String) -> String {
        let cwd = FileManager.default.currentDirectoryPath
        let absolute = URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: cwd, isDirectory: true))
            .standardizedFileURL.path
        let folder = URL(fileURLWithPath: plan, relativeTo: URL(fileURLWithPath: cwd, isDirectory: true))
            .standardizedFileURL.deletingLastPathComponent().path
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        return absolute.hasPrefix(prefix) ? String(absolute.dropFirst(prefix.count)) : absolute
    }
}

/// `rencana evidence list [PLAN] [--row ROW-ID] [--missing]`
struct EvidenceList: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: Text.Progress.evidenceListAbstract)

    @Argument(help: ArgumentHelp(Text.Command.planHelp, valueName: "plan")) var plan = "plan.json"
    @Option(name: .long, help: ArgumentHelp(Text.CLI.evidenceRowHelp, valueName: "row-id")) var row: String?
    @Flag(name: .long, help: ArgumentHelp(Text.Progress.missingHelp)) var missing = false
    @OptionGroup var stateOptions: StateOptions

    func run() throws {
        let store = try Session.open(plan, stateOptions)
        let state = store.state
        let only = try row.map { try Authoring.requireRow($0, in: store) }
        let evidence = state.realisation.evidence.filter { only == nil || $0.row == only }
        let folder = EvidenceCheck.folder(ofPlan: plan)
        if !missing {
            guard !evidence.isEmpty else { return print(Text.Progress.noEvidence) }
            for item in evidence {
                let place: String
                switch item.location {
                case .file(let path): place = path
                case .url(let url): place = url
                }
                let fields = [item.id, item.row.rawValue, item.month?.label ?? "–", item.kind.rawValue, item.title,
                              item.number, CalendarDate.indonesian(item.date), place]
                print(TerminalText.safe(fields.map { JSONParser.oneLine($0) }.joined(separator: "  ")))
            }
            return
        }
        var lines: [String] = []
        // A file that has gone (or was recorded with --allow-missing and not scanned yet) is no evidence: kurang bukti.
        let gone = EvidenceCheck.goneFiles(state.realisation, folder: folder)
        let tracker = ProgressTracker(plan: state.plan, marks: state.marks, realisation: state.realisation, gone: gone)
        for row in state.plan.rows where only == nil || row.id == only {
            let values = tracker.months(ofRow: row.index)
            for month in Month.allCases {
                let value = values[month.index]
                guard value.withoutEvidence else { continue }
                let code = state.realisation.record(row.id, month).status?.code
                lines.append(Text.Progress.withoutEvidence(row: row.id.rawValue, month: month.label,
                                                           status: Text.Progress.statusName(code)))
            }
        }
        for item in evidence {
            guard case .file(let path) = item.location, gone.contains(item.id) else { continue }
            lines.append(Text.CLI.evidenceFileNotYet(id: item.id, row: item.row.rawValue, path: JSONParser.oneLine(path)))
        }
        print(lines.isEmpty ? Text.Progress.nothingMissing : lines.map { TerminalText.safe($0) }.joined(separator: "\n"))
    }
}

/// `rencana evidence remove PLAN EVIDENCE-ID`
struct EvidenceRemove: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "remove", abstract: Text.Progress.evidenceRemoveAbstract)

    @Argument(help: ArgumentHelp(Text.Command.planHelp, valueName: "plan")) var plan = "plan.json"
    @Argument(help: ArgumentHelp(Text.Progress.evidenceIDHelp, valueName: "evidence-id")) var id: String
    @OptionGroup var stateOptions: StateOptions

    func run() throws {
        let store = try Session.open(plan, stateOptions)
        do {
            let entry = try store.record(.removeEvidence(id: id))!
            print(Text.Progress.evidenceRemoved(id: id, seq: entry.seq))
        } catch {
            throw Console.fail(error.description)
        }
    }
}
