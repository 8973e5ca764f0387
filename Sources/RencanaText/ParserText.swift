import Foundation

/// swift-argument-parser's own words (its usage errors and the headings of its help screens) in the interface's
/// language: the library writes them in English, the command line shows them in the language chosen.
extension Text.CLI {
    /// A usage error of the parser (`Missing expected argument '<row-id>'`), in the interface's language.
    public static func parserMessage(_ message: String) -> String {
        guard Text.language == .id else { return message }
        let patterns: [(prefix: String, make: (String) -> String)] = [
            ("Missing expected argument ", { "argumen \($0) belum diberikan" }),
            ("Unknown option ", { "opsi \($0) tidak dikenal" }),
            ("Unexpected argument ", { "argumen \($0) tidak terduga" }),
            ("Missing value for ", { "nilai untuk \($0) belum diberikan" }),
        ]
        for (prefix, make) in patterns where message.hasPrefix(prefix) {
            var rest = String(message.dropFirst(prefix.count))
            var suggestion = ""
            if let range = rest.range(of: ". Did you mean ") {
                suggestion = "; maksud Anda " + rest[range.upperBound...].dropLast(rest.hasSuffix("?") ? 1 : 0) + "?"
                rest = String(rest[..<range.lowerBound])
            }
            return make(rest) + suggestion
        }
        if message.hasPrefix("The value "), let range = message.range(of: " is invalid for ") {
            let value = message[message.index(message.startIndex, offsetBy: 10)..<range.lowerBound]
            var option = String(message[range.upperBound...]), choices = ""
            // The list of allowed values the parser adds (`. Please provide one of 'csv', … or 'html'.`).
            if let list = option.range(of: ". Please provide one of ") {
                choices = "; " + Text.CommandFixes.provideOneOf(String(option[list.upperBound...].dropLast(option.hasSuffix(".") ? 1 : 0)))
                option = String(option[..<list.lowerBound])
            }
            return "nilai \(value) tidak sah untuk \(option)" + choices
        }
        return message
    }

    /// A help screen of the parser with its headings and its own options' help in the interface's language.
    public static func parserHelp(_ help: String) -> String {
        // Only a help screen: a completion script or `--experimental-dump-help`'s JSON goes through unchanged.
        guard Text.language == .id, help.hasPrefix("OVERVIEW: ") || help.hasPrefix("USAGE: ") else { return help }
        var text = help
        for (english, indonesian) in [
            ("OVERVIEW: ", "IKHTISAR: "), ("USAGE: ", "PENGGUNAAN: "), ("ARGUMENTS:", "ARGUMEN:"), ("OPTIONS:", "OPSI:"),
            ("SUBCOMMANDS:", "SUBPERINTAH:"), ("Show help information.", "Tampilkan bantuan."),
            ("Show the version.", "Tampilkan versi."), ("(default: ", "(bawaan: "), ("(default)  ", "(bawaan)   "),
            ("(default)", "(bawaan)"),
        ] {
            text = text.replacingOccurrences(of: english, with: indonesian)
        }
        if let range = text.range(of: "  See '"), let end = text.range(of: "' for detailed help.", range: range.upperBound..<text.endIndex) {
            let command = text[range.upperBound..<end.lowerBound]
            text.replaceSubrange(range.lowerBound..<end.upperBound, with: "  Lihat '\(command)' untuk bantuan lengkap.")
        }
        return text
    }
}
