import ArgumentParser
import Foundation
import PlanModel
import PlanStore
import RencanaText

/// `rencana send [PLAN] --out FILE [--since YYYY-MM-DD] [--with-evidence] [--force]`: the plan as signed, its
/// entries and optionally the evidence files, in one bundle file (format: `BundleHeader`) for another laptop.
struct SendCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "send", abstract: Text.Bundle.sendAbstract,
                                                    discussion: Text.Bundle.sendDiscussion)

    @Argument(help: ArgumentHelp(Text.Command.planHelp, valueName: "plan")) var plan = "plan.json"
    @Option(name: .long, help: ArgumentHelp(Text.Bundle.outHelp, valueName: "file")) var out: String
    @Option(name: .long, help: ArgumentHelp(Text.Bundle.sinceHelp, valueName: "date")) var since: String?
    @Flag(name: .customLong("with-evidence"), help: ArgumentHelp(Text.Bundle.withEvidenceHelp)) var withEvidence = false
    @Flag(name: .long, help: ArgumentHelp(Text.Bundle.forceHelp)) var force = false
    @OptionGroup var stateOptions: StateOptions

    func run() throws {
        if out == "-" && Console.isTerminal { throw Console.fail(Text.Bundle.noTerminal, code: 64) }
        let sinceDay = try since.map { try DateOption.parse($0, option: "--since", allowEmpty: false) }
        let store = try Session.open(plan, stateOptions)
        let planBytes: [UInt8]
        do {
            planBytes = try FileReading.read(plan)
            try store.upgradeToTeam()
        } catch let error as FileReading.Failure {
            throw Console.fail("\(TerminalText.safe(plan, limit: 300)): \(error.reason)")
        } catch {
            throw Console.fail("\(error)")
        }
        var entries = store.teamEntries
        if let sinceDay, let start = Self.startOfDay(sinceDay) { entries = entries.filter { $0.at >= start } }
        var evidence: [(path: String, bytes: [UInt8])] = []
        var notSent: [String] = []
        if withEvidence { (evidence, notSent) = Self.evidence(named: entries, plan: plan) }
        let sender = BundleHeader.Sender(user: store.user, device: store.state.localDevice ?? "",
                                         at: StateFormat.timestamp(Date()))
        let bytes = BundleFile.make(planBytes: planBytes, planName: URL(fileURLWithPath: plan).lastPathComponent,
                                    plan: store.signedPlan, entries: entries, sender: sender, since: sinceDay, evidence: evidence)
        guard bytes.count <= BundleFile.maxBytes else {
            throw Console.fail(Text.Bundle.tooLarge(megabytes: bytes.count / 1_000_000, limit: BundleFile.maxBytes / 1_000_000))
        }
        let shownOut: String
        if out == "-" {
            FileHandle.standardOutput.write(Data(bytes))
            shownOut = Text.Bundle.standardOutput
        } else {
            do {
                try OutputFile.write(bytes, to: out, force: force, protecting: [plan, store.url.path])
            } catch {
                throw Console.fail(error.message)
            }
            shownOut = TerminalText.safe(out, limit: 300)
        }
        let files = Set(evidence.map { SHA256.hex($0.bytes) }).count
        var report = [Text.Bundle.sent(shownOut, entries: entries.count, since: sinceDay, evidence: files, bytes: bytes.count)]
        if !notSent.isEmpty {
            report.append(Text.CommandFixes.evidenceNotSent(notSent.map { TerminalText.safe($0, limit: 120) }))
        }
        // With the bundle on standard output, what was done goes to stderr.
        for line in report {
            if out == "-" { FileHandle.standardError.write(Data((line + "\n").utf8)) } else { print(line) }
        }
    }

    /// The start of the day `stored` (YYYY-MM-DD) on this laptop's calendar.
    static func startOfDay(_ stored: String) -> Date? {
        guard let day = CalendarDate(stored: stored) else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone.current
        return calendar.date(from: DateComponents(year: day.year, month: day.month.rawValue, day: day.day))
    }

    /// The evidence files the entries name inside the plan's folder (regular files, not links), each path once,
    /// and the named files that could not be sent.
    static func evidence(named entries: [JournalEntry], plan: String) -> ([(path: String, bytes: [UInt8])], [String]) {
        let folder = EvidenceCheck.folder(ofPlan: plan)
        var seen = Set<String>()
        var files: [(path: String, bytes: [UInt8])] = []
        var skipped: [String] = []
        for entry in entries {
            guard case .evidenceAdd(let item) = entry.change, case .file(let path) = item.location,
                  seen.insert(path).inserted else { continue }
            var info = stat()
            guard BundleEvidence.pathProblem(path) == nil, lstat(folder + "/" + path, &info) == 0,
                  info.st_mode & S_IFMT == S_IFREG, let bytes = try? FileReading.read(folder + "/" + path) else {
                skipped.append(path)
                continue
            }
            files.append((path, bytes))
        }
        return (files, skipped)
    }
}
