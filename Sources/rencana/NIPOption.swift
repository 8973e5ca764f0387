import RencanaText

/// The NIP options of the documents (`report --nip`, `--mengetahui-nip`, `rollup --nip`, `export --salinan-nip`): a
/// civil servant's NIP is 18 digits, written with or without spaces; anything else is refused before a document
/// is signed with it. Empty is allowed (it leaves the line blank).
enum NIPOption {
    /// Refuses (usage, exit 64) the first of `given` (option, value) whose value is not an NIP.
    static func check(_ given: [(option: String, value: String?)]) throws {
        for case let (option, value?) in given where !isNIP(value) {
            throw Console.fail(Text.Command.usage(Text.CommandFixes.badNIP(option: option, TerminalText.safe(value, limit: 60))), code: 64)
        }
    }

    /// Whether `text` is empty or 18 ASCII digits once its spaces are left out.
    static func isNIP(_ text: String) -> Bool {
        let digits = text.filter { $0 != " " }
        return digits.isEmpty || (digits.count == 18 && digits.allSatisfy { $0.isASCII && $0.isNumber })
    }
}
