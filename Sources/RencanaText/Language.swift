import Foundation

/// The interface's language (messages, help, the dashboard's keys and prompts). The plan's own words (the
/// document's labels, status names, field names as the document prints them, dates) are Indonesian in both.
public enum Language: String, Sendable, CaseIterable {
    case en, id

    /// The language a process starts in: `RENCANA_LANG` (`en` or `id`) when set, else the first of
    /// `LC_ALL`, `LC_MESSAGES`, `LANG` that is set and not empty: Indonesian when it names `id` (`id_ID.UTF-8`),
    /// English otherwise (POSIX `C` included).
    public static func chosen(by environment: [String: String]) -> Language {
        if let asked = environment["RENCANA_LANG"].flatMap({ Language(rawValue: $0.lowercased()) }) { return asked }
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[name], !value.isEmpty else { continue }
            let code = value.prefix { $0.isLetter }.lowercased()
            return code == "id" || code == "in" ? .id : .en
        }
        return .en
    }
}

extension Text {
    /// The language of every message: chosen once per process from the environment and never changed while
    /// it runs; a test or a caller may read a piece of the interface in another one with
    /// `Text.$language.withValue(.id) { … }`.
    @TaskLocal public static var language: Language = Language.chosen(by: ProcessInfo.processInfo.environment)

    /// A message in the interface's language: the English text and its Indonesian translation, written side
    /// by side where the message is declared (only the one shown is built).
    public static func pick(_ en: @autoclosure () -> String, id: @autoclosure () -> String) -> String {
        language == .id ? id() : en()
    }
}

extension Text {
    /// A piece of the interface that is not one string (a list of lines, a key bar), in the interface's language.
    public static func pick<T>(_ en: @autoclosure () -> T, id: @autoclosure () -> T) -> T {
        language == .id ? id() : en()
    }
}
