/// Messages of the regular command line (issue 20): dates, evidence checks, unknown commands, outputs.
/// The rule for languages (README "Languages"): messages and help in English; the plan's own words (labels,
/// status names, field names as the document prints them, dates) in Indonesian.
extension Text {
    public enum CLI {}
}

extension Text.CLI {
    public static func badDate(option: String, _ text: String) -> String {
        "\(option): \"\(text)\" is not a day of the calendar; give YYYY-MM-DD or the Indonesian long form (8 April 2022)"
    }

    // Evidence
    public static func fileMissing(_ path: String) -> String {
        "\(path): no such file (give --allow-missing for a paper document to be scanned later)"
    }
    /// The dashboard's `b` has no option: the hint names the command that records a file to be scanned later.
    public static func fileMissingInDashboard(_ path: String) -> String {
        "\(path): no such file (a paper document to scan later: rencana evidence add --allow-missing)"
    }
    public static func notRegularFile(_ path: String) -> String { "\(path): not a regular file" }
    public static func badURL(_ url: String) -> String { "\"\(url)\" is not an http:// or https:// link with a host" }
    public static let allowMissingHelp = "Record a --file that does not exist yet (a paper document to be scanned later); flagged by `evidence list --missing`."
    public static let evidenceRowHelp = "Only the evidence of this row."
    public static func evidenceFileNotYet(id: String, row: String, path: String) -> String {
        "evidence \(id) (\(row)): kurang bukti, file not found: \(path)"
    }

    // Commands
    public static func unknownCommand(_ word: String, nearest: String?) -> String {
        nearest.map { "unknown command '\(word)'; did you mean '\($0)'?" }
            ?? (word.contains(" ") ? "unknown command '\(word)'" : "unknown command '\(word)' and no such plan file")
    }
    public static let isStateJournal = "is a Rencana state file (a plan's journal); --out never replaces one, even with --force"
}
