import ArgumentParser
import Foundation
import PlanStore
import RencanaText

/// `rencana`: the dashboard by default, and scriptable subcommands over the same plan and state.
@main
struct Rencana: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rencana",
        abstract: Text.Command.rootAbstract,
        discussion: Text.Command.rootDiscussion,
        version: RencanaVersion.current,
        subcommands: [Open.self, Check.self, List.self, Export.self, SetMark.self, Toggle.self,
                      Log.self, Undo.self, Redo.self, Import.self, Generate.self, ProgressCommand.self, Realize.self, EvidenceCommand.self,
                      NoteCommand.self, AssignCommand.self, ReviewCommand.self, DebugRecord.self,
                      ReportCommand.self, EditCommand.self, AddCommand.self, RemoveCommand.self, MoveCommand.self,
                      DocumentCommand.self, DiffCommand.self, AdoptCommand.self, NewYearCommand.self,
                      RollupCommand.self,
                      ConflictsCommand.self, SendCommand.self, ReceiveCommand.self, TeamCommand.self,
                      MergeDriver.self, DebugMerge.self],
        defaultSubcommand: Open.self
    )

    /// Parses and runs, turning every failure into one line on stderr and an exit code:
    /// 1 for bad data, 64 for bad usage, never a stack trace.
    static func main() {
        // A trap (a failed allocation, most often) ends in one line, not a crash report;
        // RENCANA_CRASH_REPORT=1 keeps Swift's report, for developers.
        if getenv("RENCANA_CRASH_REPORT") == nil { CrashGuard.install() }
        let arguments = Array(CommandLine.arguments.dropFirst())
        if let unknown = CommandLineShape.unknownCommand(arguments) {
            Console.error(Text.Command.usage(unknown))
            Foundation.exit(64)
        }
        do {
            var command = try CommandLineShape.parse(arguments)
            try command.run()
            fflush(nil)
        } catch let exit as ExitCode {
            fflush(nil)
            Foundation.exit(exit.rawValue)
        } catch {
            fflush(nil)
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if code == .success {
                print(Text.CLI.parserHelp(message))
                Foundation.exit(0)
            }
            let first = message.split(separator: "\n").first.map(String.init) ?? "\(error)"
            var text = Text.CLI.parserMessage(first.hasPrefix("Error: ") ? String(first.dropFirst(7)) : first)
            if first.contains("Missing value for "), let negative = CommandLineShape.negativeNumber(arguments) { text = negative }
            Console.error(code == .validationFailure ? Text.Command.usage(text) : text)
            Foundation.exit(code.rawValue)
        }
    }
}

/// Writing to the terminal's streams.
enum Console {
    /// One line on stderr, prefixed with the program's name.
    /// Shown through `TerminalText.safe` (controls visible, cut at 2,000 characters): a message may echo a
    /// file's text, an argument or an environment variable, and must stay one harmless line.
    static func error(_ message: String) {
        fflush(nil)
        FileHandle.standardError.write(Data("rencana: \(TerminalText.safe(message, limit: 2_000))\n".utf8))
    }

    /// Prints `message` on stderr and returns the exit code to throw: 1 for bad data.
    static func fail(_ message: String, code: Int32 = 1) -> ExitCode {
        error(message)
        return ExitCode(code)
    }

    /// Whether standard output is a terminal.
    static var isTerminal: Bool { isatty(STDOUT_FILENO) == 1 }

    /// Writes a text output (an export, a report, a diff) to standard output. Bound for a file or a pipe it goes
    /// as it is (CSV keeps its exact bytes for `import`); bound for a terminal each line goes through
    /// `TerminalText.safe`, so a control or a bidi override in a cell is shown, never obeyed.
    static func writeOutput(_ data: Data) {
        guard isTerminal, let text = String(data: data, encoding: .utf8) else {
            FileHandle.standardOutput.write(data)
            return
        }
        // "\r\n" (CSV's line end) is one Character in Swift: split on it as on "\n".
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
            .map { TerminalText.safe(String($0)) }
        FileHandle.standardOutput.write(Data(lines.joined(separator: "\n").utf8))
    }

    /// Columns of the terminal on standard output, or nil when it is not a terminal.
    static var terminalWidth: Int? {
        guard isTerminal else { return nil }
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }
}
