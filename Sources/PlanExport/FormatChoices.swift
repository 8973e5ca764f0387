import PlanFormats

/// The `--format` words of one command, written once: the command's help (`valueName`) and its check (`named`)
/// are made from this list, and the shell completions from the help, so the three cannot disagree.
public struct FormatChoice: Sendable {
    /// The words, in the order the help lists them.
    public let words: [String]
    /// Other spellings taken for a word (`md` for markdown), lower case.
    public let aliases: [String: String]
    /// Whether `CSV` is taken for `csv` (the exporters' lists); the other commands take their words as written.
    public let anyCase: Bool

    public init(_ words: [String], aliases: [String: String] = [:], anyCase: Bool = false) {
        self.words = words
        self.aliases = aliases
        self.anyCase = anyCase
    }

    /// `text|csv|json`: the help's value name (and the completions' list).
    public var valueName: String { words.joined(separator: "|") }

    /// The word `given` stands for (an alias taken), or nil when it is none of them.
    public func named(_ given: String) -> String? {
        let word = anyCase ? given.lowercased() : given
        let resolved = aliases[word] ?? word
        return words.contains(resolved) ? resolved : nil
    }
}

/// Every command's `--format` words, in one table: the exporter lists where a command has exporters (`export`,
/// `report`), the formats' own lists beside them (`diff`), and the words of the commands that print tables.
public enum FormatChoices {
    /// `rencana export`: `Exporters.all`.
    public static let export = FormatChoice(Exporters.all.map(\.name), aliases: ["md": "markdown"], anyCase: true)
    /// `rencana report`: `ReportExporters.all`.
    public static let report = FormatChoice(ReportExporters.all.map(\.name), aliases: ["md": "markdown"], anyCase: true)
    /// `rencana progress`: the progress table as text, or its rows as csv or json (`ProgressReport`).
    public static let progress = FormatChoice(["text", "csv", "json"])
    /// `rencana diff`: `DiffFormat`'s cases.
    public static let diff = FormatChoice(DiffFormat.allCases.map(\.rawValue), anyCase: true)
    /// `rencana conflicts`: text, or one json object per conflict.
    public static let conflicts = FormatChoice(["text", "json"])
    /// `rencana rollup`: its tables, then its signed recap's exporters (`RollupExporters`).
    public static let rollup = FormatChoice(RollupExporters.tables + RollupExporters.recap.map(\.name))
    /// The roll-up's formats that are its signed recap (a document, with the recap's options): `RollupExporters.recap`.
    public static let rollupRecap = FormatChoice(RollupExporters.recap.map(\.name))
}
