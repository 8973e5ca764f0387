import ArgumentParser
import Foundation
import RencanaText

/// The regular command line of issue 20: PLAN optional and first for every command that takes one, and an unknown
/// command answered as one. ArgumentParser fills positional arguments left to right, so a leading PLAN with a
/// default cannot be left out before required ones; a command line that fails to parse is tried once more with
/// `plan.json` in PLAN's place.
enum CommandLineShape {
    /// The commands whose PLAN comes before required positional arguments (the others have only PLAN).
    static let planBeforeArguments: [[String]] = [["realize"], ["note"], ["assign"], ["review"], ["edit"], ["remove"],
                                                  ["move"], ["evidence", "add"], ["evidence", "remove"]]

    /// Parses `arguments`; on a failure, the same line with the default plan inserted when that parses and the word
    /// it moves into the row's place is not itself a plan (`note plan.json 1.1.1.1 Jan` lacks its text, not its plan).
    static func parse(_ arguments: [String]) throws -> ParsableCommand {
        do {
            return try Rencana.parseAsRoot(arguments)
        } catch {
            guard let retried = withDefaultPlan(arguments) else { throw error }
            let command: ParsableCommand
            do {
                command = try Rencana.parseAsRoot(retried)
            } catch let retriedError {
                // Neither parses: with no plan named, the line was meant without one (`note 1.1.1.1 Jan` lacks its
                // text, not its month), so the retried line's complaint names what is missing.
                let path = planBeforeArguments.first { arguments.starts(with: $0) } ?? []
                let named = arguments.dropFirst(path.count).contains { !$0.hasPrefix("-") && looksLikePlan($0) }
                throw named ? error : retriedError
            }
            guard let shaped = command as? DefaultPlanCommand, !looksLikePlan(shaped.wordAfterPlan) else { throw error }
            return command
        }
    }

    /// `arguments` with `plan.json` right after the subcommand's name, for the commands above; nil for others.
    static func withDefaultPlan(_ arguments: [String]) -> [String]? {
        guard let path = planBeforeArguments.first(where: { arguments.starts(with: $0) }) else { return nil }
        return path + ["plan.json"] + arguments.dropFirst(path.count)
    }

    /// A word that names a plan rather than a row: an existing file, or a name ending in `.json`.
    static func looksLikePlan(_ word: String) -> Bool {
        if word.lowercased().hasSuffix(".json") { return true }
        var info = stat()
        return stat(word, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
    }

    /// The one line for a first word that is neither a command nor a plan file (`rencana lst`), nil otherwise.
    /// A word with a `/` or a `.`, or naming anything that exists, is left to the dashboard as a plan path.
    static func unknownCommand(_ arguments: [String]) -> String? {
        guard let word = arguments.first, !word.hasPrefix("-"), !word.contains("/"), !word.contains("."), !word.isEmpty
        else { return nil }
        let names = commandNames
        // A group (`evidence`) followed by a word that is none of its commands: `evidence lst`.
        if let group = Rencana.configuration.subcommands.first(where: { $0._commandName == word }) {
            let inner = group.configuration.subcommands.map { $0._commandName }
            guard !inner.isEmpty, arguments.count > 1, case let next = arguments[1], !next.hasPrefix("-"), next != "help",
                  !inner.contains(next) else { return nil }
            return Text.CLI.unknownCommand(TerminalText.safe(word + " " + next, limit: 100),
                                           nearest: nearest(to: next, in: inner).map { word + " " + $0 })
        }
        if word == "help" {
            // `rencana help nosuch`: said, not answered with the general help.
            guard arguments.count > 1, case let topic = arguments[1], !topic.hasPrefix("-"), topic != "help",
                  !names.contains(topic) else { return nil }
            return Text.CommandFixes.unknownHelpTopic(TerminalText.safe(topic, limit: 100), nearest: nearest(to: topic, in: names))
        }
        var info = stat()
        guard lstat(word, &info) != 0 else { return nil }
        return Text.CLI.unknownCommand(TerminalText.safe(word, limit: 100), nearest: nearest(to: word, in: names))
    }

    /// The one line for an option given a negative number (`--rows -1`), which the parser reads as an option of
    /// its own and answers with a missing value; nil when no option has one.
    static func negativeNumber(_ arguments: [String]) -> String? {
        for (option, value) in zip(arguments, arguments.dropFirst()) where option.hasPrefix("--") && !option.contains("=") {
            let digits = value.dropFirst()
            guard value.hasPrefix("-"), !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { continue }
            return Text.CommandFixes.notPositive(option: TerminalText.safe(option, limit: 100), value)
        }
        return nil
    }

    /// Every subcommand's name, as typed.
    static var commandNames: [String] { Rencana.configuration.subcommands.map { $0._commandName } }

    /// The name closest to `word` (a prefix of it, or at most a third of its letters away, and at most 2), or nil.
    static func nearest(to word: String, in names: [String]) -> String? {
        let lower = word.lowercased()
        if let prefixed = names.first(where: { $0.hasPrefix(lower) }), lower.count >= 2 { return prefixed }
        let scored = names.map { ($0, distance(lower, $0)) }.min { $0.1 < $1.1 }
        guard let (name, score) = scored, score <= min(2, max(1, lower.count / 3)) else { return nil }
        return name
    }

    /// Levenshtein distance (insertions, deletions, substitutions), with a swap of two neighbours counted once.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var d = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { d[i][0] = i }
        for j in 0...b.count { d[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1) }
            }
        }
        return d[a.count][b.count]
    }
}

/// A command whose PLAN comes before a required argument: the word that argument took (checked by `parse`).
protocol DefaultPlanCommand {
    var wordAfterPlan: String { get }
}

extension Realize: DefaultPlanCommand { var wordAfterPlan: String { row } }
extension NoteCommand: DefaultPlanCommand { var wordAfterPlan: String { row } }
extension AssignCommand: DefaultPlanCommand { var wordAfterPlan: String { row } }
extension ReviewCommand: DefaultPlanCommand { var wordAfterPlan: String { row } }
extension EditCommand: DefaultPlanCommand { var wordAfterPlan: String { row } }
extension RemoveCommand: DefaultPlanCommand { var wordAfterPlan: String { row } }
extension MoveCommand: DefaultPlanCommand { var wordAfterPlan: String { row } }
extension EvidenceAdd: DefaultPlanCommand { var wordAfterPlan: String { row } }
extension EvidenceRemove: DefaultPlanCommand { var wordAfterPlan: String { id } }

/// What `rencana --version` prints.
enum RencanaVersion {
    static let current = "1.0.0"
}
