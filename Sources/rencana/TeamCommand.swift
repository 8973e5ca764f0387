import ArgumentParser
import Foundation
import PlanModel
import PlanStore
import RencanaText

/// `rencana team …`: setting up how a plan's journals travel between colleagues' laptops (issue 22).
struct TeamCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "team", abstract: Text.Git.teamAbstract,
                                                    discussion: Text.Git.teamDiscussion,
                                                    subcommands: [TeamInit.self, TeamGitSetup.self])
}

/// `rencana team git-setup [PLAN] [--state PATH]`: registers the merge driver in the clone's git config and
/// gives the journals `merge=rencana` in .gitattributes, so `git pull` merges journals instead of conflicting.
/// Checks everything before changing anything; running it twice changes nothing.
struct TeamGitSetup: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "git-setup", abstract: Text.Git.setupAbstract,
                                                    discussion: Text.Git.setupDiscussion)

    @Argument(help: ArgumentHelp(Text.Git.planHelp, valueName: "plan"))
    var plan = "plan.json"

    @OptionGroup var stateOptions: StateOptions

    func run() throws {
        _ = try Session.loadPlan(plan)
        guard let git = Executables.find("git") else { throw Console.fail(Text.Git.gitMissing) }
        let planPath = StateLocation.absolutePath(plan)
        let folder = (planPath as NSString).deletingLastPathComponent
        let answer = try Git.run(git, ["-C", folder, "rev-parse", "--show-toplevel"])
        let shown = answer.out.trimmingCharacters(in: .newlines)
        guard answer.status == 0, !shown.isEmpty else { throw Console.fail(Text.Git.notInWorkTree(plan)) }
        let top = StateLocation.absolutePath(shown)

        // Every check before any change.
        let stem = ((planPath as NSString).lastPathComponent as NSString).deletingPathExtension
        var lines = [try Attributes.line(pattern: Attributes.escaped(relative(folder, to: top) + stem + ".team") + "/*.jsonl")]
        var journal: String?
        if let state = stateOptions.state {
            let absolute = Self.absolute(state)
            guard absolute.hasPrefix(top + "/") else { throw Console.fail(Text.Git.stateOutside(state, top)) }
            lines.append(try Attributes.line(pattern: Attributes.escaped(String(absolute.dropFirst(top.count + 1)))))
            journal = state
        }
        let driver = Executables.runningProgramName() + " merge-driver %O %A %B %P"

        for (key, value) in [("merge.rencana.name", Text.Git.driverName), ("merge.rencana.driver", driver)] {
            let current = try Git.run(git, ["-C", top, "config", "--local", "--get", key])
            if current.status == 0 && current.out.trimmingCharacters(in: .newlines) == value {
                print(Text.Git.configKept(key))
                continue
            }
            let set = try Git.run(git, ["-C", top, "config", "--local", key, value])
            guard set.status == 0 else { throw Console.fail(Text.Git.gitFailed("config \(key)", set.firstErrorLine)) }
            print(Text.Git.configSet(key, value))
        }
        try Attributes.add(lines, to: top + "/.gitattributes")

        if let journal {
            let store = try Session.open(plan, stateOptions)
            let before = JournalHeader.read(path: store.url.path)?.version ?? 0
            do throws(StoreError) {
                try store.upgradeToTeam()
            } catch {
                throw Console.fail(error.description)
            }
            print(before >= 3 ? Text.Git.journalKept(journal) : Text.Git.journalUpgraded(journal))
        } else {
            print(Text.Git.journalElsewhere(stateOptions.url(forPlan: plan).path))
        }
    }

    /// `folder` relative to `top`, ending in "/" (empty when they are the same).
    private func relative(_ folder: String, to top: String) -> String {
        folder == top ? "" : String(folder.dropFirst(top.count + 1)) + "/"
    }

    /// `path` made absolute with its folder's symbolic links resolved (the file itself may not exist yet).
    private static func absolute(_ path: String) -> String {
        let url = URL(fileURLWithPath: path).standardizedFileURL
        let folder = StateLocation.absolutePath(url.deletingLastPathComponent().path)
        return (folder == "/" ? "" : folder) + "/" + url.lastPathComponent
    }
}

/// Lines of a .gitattributes file that give `merge=rencana`.
enum Attributes {
    /// `/<pattern> merge=rencana`, anchored at the work tree's top; C-quoted when the pattern has a space or a quote.
    static func line(pattern: String) throws -> String {
        guard !pattern.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else {
            throw Console.fail(Text.Git.unquotablePath(pattern))
        }
        let anchored = "/" + pattern
        guard anchored.contains(where: { $0 == " " || $0 == "\"" || $0 == "\t" }) else { return anchored + " merge=rencana" }
        let quoted = anchored.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        return "\"" + quoted + "\" merge=rencana"
    }

    /// `path` with git's wildcard characters taken literally.
    static func escaped(_ path: String) -> String {
        var out = ""
        for character in path {
            if "*?[]\\!#".contains(character) { out.append("\\") }
            out.append(character)
        }
        return out
    }

    /// Appends the lines `file` lacks (whole lines, compared without trailing spaces), atomically, saying what it did.
    static func add(_ lines: [String], to file: String) throws {
        let existing = (try? FileReading.read(file)).map { String(decoding: $0, as: UTF8.self) } ?? ""
        let held = Set(existing.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) })
        let name = ".gitattributes"
        var missing: [String] = []
        for line in lines {
            if held.contains(line) || missing.contains(line) {
                print(Text.Git.attributeKept(name, line))
            } else {
                missing.append(line)
            }
        }
        guard !missing.isEmpty else { return }
        let text = existing + (existing.isEmpty || existing.hasSuffix("\n") ? "" : "\n") + missing.joined(separator: "\n") + "\n"
        do throws(OutputFile.Failure) {
            try OutputFile.write(Array(text.utf8), to: file, force: true)
        } catch {
            throw Console.fail(error.message)
        }
        for line in missing { print(Text.Git.attributeAdded(name, line)) }
    }
}

/// Running git, its output captured (git's answers here are a line or two).
enum Git {
    struct Answer {
        let status: Int32
        let out: String
        let err: String
        var firstErrorLine: String { err.split(separator: "\n").first.map(String.init) ?? "exit status \(status)" }
    }

    static func run(_ git: String, _ arguments: [String]) throws -> Answer {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: git)
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw Console.fail(Text.Git.gitFailed(arguments.dropFirst(2).joined(separator: " "), "\(error.localizedDescription)"))
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Answer(status: process.terminationStatus, out: String(decoding: outData, as: UTF8.self),
                      err: String(decoding: errData, as: UTF8.self))
    }
}

/// Finding programs on PATH, and how git should name this one.
enum Executables {
    /// The first executable `name` in a PATH folder, or nil.
    static func find(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") where folder.hasPrefix("/") {
            let candidate = "\(folder)/\(name)"
            var info = stat()
            if stat(candidate, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, access(candidate, X_OK) == 0 { return candidate }
        }
        return nil
    }

    /// `rencana` when the rencana on PATH is this program (it survives a reinstall in place and reads well),
    /// else this program's absolute path, quoted for the shell git runs the driver with.
    static func runningProgramName() -> String {
        let running = runningProgram()
        if let onPath = find("rencana"), StateLocation.absolutePath(onPath) == running { return "rencana" }
        let plain = running.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "/._+-".contains($0)) }
        return plain ? running : "'" + running.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    /// The absolute, resolved path of the running program.
    static func runningProgram() -> String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        if count > 0 {
            buffer[count] = 0
            return String(cString: buffer)
        }
        return StateLocation.absolutePath(CommandLine.arguments[0])
    }
}
