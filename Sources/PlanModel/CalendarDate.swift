import Foundation

/// A day of the calendar, as every date option of the command line and every date in the state takes it:
/// one parser, so `2022-02-30`, `kemarin` or `08-04-2022` is refused everywhere alike and no impossible day is
/// ever stored or printed in a signed document.
public struct CalendarDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Month
    public let day: Int

    /// A real day only: nil for 30 February, 31 April, a year outside 1000–9999.
    public init?(year: Int, month: Month, day: Int) {
        guard (1000...9999).contains(year), (1...CalendarDate.days(in: month, of: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// `YYYY-MM-DD` (the stored form) or the Indonesian long form `8 April 2022` (month names Januari…Desember,
    /// any case); surrounding spaces are ignored. Nil for anything else, impossible days included.
    public init?(parsing text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let date = CalendarDate(stored: trimmed) {
            self = date
            return
        }
        let words = trimmed.split(separator: " ", omittingEmptySubsequences: true)
        guard words.count == 3, words[0].count <= 2, words[2].count == 4,
              words[0].allSatisfy(\.isASCIIDigit), words[2].allSatisfy(\.isASCIIDigit),
              let day = Int(words[0]), let year = Int(words[2]),
              let index = Month.fullNames.firstIndex(where: { $0.lowercased() == words[1].lowercased() }),
              let month = Month(index: index), let date = CalendarDate(year: year, month: month, day: day) else { return nil }
        self = date
    }

    /// Exactly `YYYY-MM-DD` naming a real day; nil otherwise.
    public init?(stored text: String) {
        let u = Array(text.utf8)
        guard u.count == 10, u[4] == 0x2D, u[7] == 0x2D,
              (u[0..<4] + u[5..<7] + u[8..<10]).allSatisfy({ (0x30...0x39).contains($0) }),
              let year = Int(String(decoding: u[0..<4], as: UTF8.self)),
              let month = Int(String(decoding: u[5..<7], as: UTF8.self)).flatMap({ Month(rawValue: $0) }),
              let day = Int(String(decoding: u[8..<10], as: UTF8.self)) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// The stored form, `2022-04-08`.
    public var stored: String {
        let y = String(year), m = month.rawValue < 10 ? "0\(month.rawValue)" : "\(month.rawValue)"
        return y + "-" + m + "-" + (day < 10 ? "0\(day)" : "\(day)")
    }

    /// As the documents print it: `8 April 2022`.
    public var indonesian: String { "\(day) \(month.fullName) \(year)" }

    public var description: String { stored }

    public static func < (a: CalendarDate, b: CalendarDate) -> Bool {
        (a.year, a.month.rawValue, a.day) < (b.year, b.month.rawValue, b.day)
    }

    /// Days in `month` of `year` (Gregorian leap years).
    public static func days(in month: Month, of year: Int) -> Int {
        switch month {
        case .feb: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case .apr, .jun, .sep, .nov: return 30
        default: return 31
        }
    }

    /// A stored date shown in Indonesian; any text that is not one (an old journal's free text) as written.
    public static func indonesian(_ text: String) -> String {
        CalendarDate(stored: text)?.indonesian ?? text
    }
}

private extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
