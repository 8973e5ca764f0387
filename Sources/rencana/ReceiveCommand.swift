import ArgumentParser
import Foundation
import PlanModel
import PlanStore
import RencanaText

/// `rencana receive [PLAN] FILE [--into DIR]`: checks a whole bundle, then merges its entries into the plan's journal
/// (and unpacks its evidence inside the plan's folder), or, with no plan here, unpacks it as a new plan folder.
/// A bundle that fails any check changes nothing; the file's name does not matter.
struct ReceiveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "receive", abstract: Text.Bundle.receiveAbstract,
                                                    discussion: Text.Bundle.receiveDiscussion)

    @Argument(help: ArgumentHelp(Text.Bundle.receivePathsHelp, valueName: "plan-and-file")) var paths: [String] = []
    @Option(name: .long, help: ArgumentHelp(Text.Bundle.intoHelp, valueName: "dir")) var into: String?
    @OptionGroup var stateOptions: StateOptions

    func run() throws {
        guard (1...2).contains(paths.count) else { throw Console.fail(Text.Command.usage(Text.Bundle.receiveUsage), code: 64) }
        if paths.count == 2 && into != nil { throw Console.fail(Text.Command.usage(Text.Bundle.intoWithPlan), code: 64) }
        let file = paths.last!
        let name = TerminalText.safe(file, limit: 300)
        // The bundle is read and checked on another core while the plan's journal opens here (`--reset-state`, which
        // moves the state aside, waits for the bundle: a refused bundle changes nothing). Its refusal comes first.
        let reading = PendingBundle(path: file, name: name)
        func contents() throws -> BundleContents {
            switch reading.result {
            case .success(let contents): return contents
            case .failure(let error): throw Console.fail("\(error)")
            }
        }
        if stateOptions.resetState { _ = try contents() }
        let plan: String
        if paths.count == 2 {
            plan = paths[0]
        } else {
            let candidate = into.map { ($0.hasSuffix("/") ? $0 : $0 + "/") + "plan.json" } ?? "plan.json"
            var info = stat()
            guard lstat(candidate, &info) == 0 else { return try unpackNew(try contents(), planPath: candidate, name: name) }
            plan = candidate
        }
        let store = try Session.open(plan, stateOptions, teamFolder: false, beforeFailing: { _ = try contents() })
        let bundle = try contents()
        Session.joinTeamFolder(store)
        try checkSamePlan(bundle, store: store, planPath: plan, name: name)
        try merge(bundle, into: store, plan: plan, name: name, newFolder: false)
    }

    /// A bundle of another office, year or decree, or of another version of the signed plan, is refused naming both.
    private func checkSamePlan(_ contents: BundleContents, store: StateStore, planPath: String, name: String) throws {
        let here = BundleHeader.Office(store.signedPlan.document)
        guard here == contents.header.office else {
            throw Console.fail("\(name): " + Text.Bundle.otherPlan(bundle: TerminalText.safe(contents.header.office.description, limit: 300),
                                                                   here: TerminalText.safe(here.description, limit: 300)))
        }
        // The same bytes (the usual case) are the same plan; else the plans as decoded must be equal.
        let sameBytes = (try? FileReading.read(planPath)).map { SHA256.hex($0) == contents.header.sections[0].sha256 } ?? false
        guard sameBytes || PlanEncoder.json(contents.plan) == PlanEncoder.json(store.signedPlan) else {
            throw Console.fail("\(name): " + Text.Bundle.otherSignedPlan(TerminalText.safe(here.description, limit: 300)))
        }
    }

    /// No plan here: the bundle's plan written as `planPath` (in a folder made if missing), then merged like any.
    private func unpackNew(_ contents: BundleContents, planPath: String, name: String) throws {
        // The folder first: the state file's name comes from the plan's absolute path.
        var made = false
        if let into {
            made = mkdir(into, 0o755) == 0
            if !made && errno != EEXIST {
                throw Console.fail(Text.Bundle.cannotMakeFolder(TerminalText.safe(into, limit: 300), FileReading.describe(errno: errno)))
            }
        }
        defer { if made, (try? FileManager.default.contentsOfDirectory(atPath: into!))?.isEmpty == true { rmdir(into!) } }
        let url = stateOptions.url(forPlan: planPath)
        let store: StateStore
        do {
            store = try StateStore.open(plan: contents.plan, url: url)
            store.planPath = planPath
        } catch {
            throw Console.fail(Session.Failure(error).message)
        }
        // Everything checked before the plan is written: a refused bundle leaves no folder half made.
        try precheck(contents, store: store, folder: EvidenceCheck.folder(ofPlan: planPath), name: name)
        do {
            try OutputFile.write(contents.planBytes, to: planPath, force: false, protecting: [url.path])
        } catch {
            throw Console.fail(error.message)
        }
        try merge(contents, into: store, plan: planPath, name: name, newFolder: true)
    }

    /// Refusals found without writing anything: a path that cannot be unpacked, an entry the journal refuses.
    private func precheck(_ contents: BundleContents, store: StateStore, folder: String, name: String) throws {
        do {
            try BundleEvidence.checkWay(contents, folder: folder, name: name)
            _ = try JournalMerge.plan(contents.entries, into: store.state, journalName: store.url.lastPathComponent)
        } catch let refusal as JournalMerge.Refusal {
            throw Console.fail("\(name): " + Text.Bundle.entryProblem(line: refusal.index + 2, refusal.message))
        } catch {
            throw Console.fail("\(error)")
        }
    }

    /// Evidence unpacked, entries merged, and the one or two lines saying what came, from whom, and the conflicts.
    private func merge(_ contents: BundleContents, into store: StateStore, plan: String, name: String, newFolder: Bool) throws {
        let folder = EvidenceCheck.folder(ofPlan: plan)
        // Evidence is written before the merge: what the merge would refuse is found first. (Without evidence the
        // merge itself refuses, changing nothing.)
        if !newFolder && !contents.evidence.isEmpty { try precheck(contents, store: store, folder: folder, name: name) }
        let done: (BundleEvidence.Outcome, MergeOutcome)? = {
            do throws(StoreError) {
                return (try BundleEvidence.unpack(contents, folder: folder, name: name),
                        try store.merge(contents.entries, source: name, lines: contents.entryLines))
            } catch {
                if let line = error.line, error.file == name {
                    Console.error("\(name): " + Text.Bundle.entryProblem(line: line + 1, error.message))
                } else {
                    Console.error(Session.Failure(error).message)
                }
                return nil
            }
        }()
        guard let (unpacked, outcome) = done else { throw ExitCode(1) }
        store.publishToTeamFolder()  // a team folder beside the plan gets what came (its laptops have it too)
        let header = contents.header
        let sender = Text.Bundle.sender(user: TerminalText.safe(header.sender.user, limit: 80),
                                        at: Self.readable(header.sender.at))
        let authors = outcome.authors.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            .map { (TerminalText.safe($0.key, limit: 80), $0.value) }
        if newFolder {
            let absolute = StateLocation.absolutePath(folder)
            print(Text.Bundle.unpacked(TerminalText.safe(plan, limit: 300), folder: TerminalText.safe(absolute, limit: 300)))
        }
        print(Text.Bundle.received(name, from: sender, new: outcome.added, authors: authors, known: outcome.known,
                                   conflicts: outcome.conflicts))
        if !contents.evidence.isEmpty {
            print(Text.Bundle.evidenceReceived(unpacked: unpacked.written.count - unpacked.keptBoth.count, alreadyHere: unpacked.alreadyHere))
        }
        for kept in unpacked.keptBoth {
            print(Text.Bundle.keptBoth(TerminalText.safe(kept.path, limit: 300), as: TerminalText.safe(kept.savedAs, limit: 300)))
        }
    }

    /// The sender's time as people read it ("2026-12-06 07:13 UTC"); as written (made safe) when it is no timestamp.
    static func readable(_ at: String) -> String {
        guard StateFormat.parseTimestamp(at) != nil else { return TerminalText.safe(at, limit: 40) }
        return Text.Bundle.utcTime(day: String(at.prefix(10)), time: String(at.dropFirst(11).prefix(5)))
    }
}
