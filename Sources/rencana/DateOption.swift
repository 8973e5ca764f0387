import Foundation
import PlanModel
import RencanaText

/// Every date option of every command goes through here: one parser (`CalendarDate`), one refusal, one stored form.
enum DateOption {
    /// The stored form (`YYYY-MM-DD`) of the date given to `option`; an empty text stays empty where `allowEmpty`
    /// (it clears). Anything that is not a real day is refused with one line (usage, exit 64).
    static func parse(_ text: String, option: String, allowEmpty: Bool = true) throws -> String {
        if allowEmpty && text.isEmpty { return "" }
        guard let date = CalendarDate(parsing: text) else {
            let shown = TerminalText.safe(text, limit: 200)
            throw Console.fail(Text.Command.usage(looksLikeDate(text) ? Text.CLI.badDate(option: option, shown)
                                                      : Text.CommandFixes.notADate(option: option, shown)), code: 64)
        }
        return date.stored
    }

    /// Whether `text` is written as a date is (`2022-02-31`, `31 Februari 2022`: digits, a month, a year), so a
    /// refusal says the day does not exist rather than that this is no date at all (`kemarin`).
    static func looksLikeDate(_ text: String) -> Bool {
        let digits = { (part: Substring) in !part.isEmpty && part.allSatisfy(\.isASCII) && part.allSatisfy(\.isNumber) }
        let dashed = text.split(separator: "-", omittingEmptySubsequences: false)
        if dashed.count == 3 && dashed.allSatisfy(digits) { return true }
        let words = text.split(separator: " ")
        return words.count == 3 && digits(words[0]) && digits(words[2])
    }

    /// Today: from RENCANA_TODAY (`YYYY-MM-DD`, for tests) when set, else the clock's local day.
    static func today() throws -> CalendarDate {
        if let text = ProcessInfo.processInfo.environment["RENCANA_TODAY"] {
            guard let date = CalendarDate(stored: text) else {
                throw Console.fail(Text.Command.usage(Text.Progress.badToday(TerminalText.safe(text, limit: 200))), code: 64)
            }
            return date
        }
        let parts = Calendar(identifier: .gregorian).dateComponents([.year, .month, .day], from: Date())
        return CalendarDate(year: parts.year ?? 2000, month: Month(rawValue: parts.month ?? 1) ?? .jan, day: parts.day ?? 1)
            ?? CalendarDate(year: 2000, month: .jan, day: 1)!
    }
}
