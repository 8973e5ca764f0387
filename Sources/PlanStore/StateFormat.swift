import PlanModel
import Foundation
import RencanaText

/// The state file's text format: JSON Lines, one header line, then one line per change.
///
/// ```
/// {"format":"rencana-state","version":1,"plan":"plan.json"}
/// {"seq":1,"at":"2026-11-24T10:00:00Z","by":"ani","kind":"set","row":"1.1.1.1","month":"Feb","old":false,"new":true}
/// {"seq":2,"at":"2026-11-24T10:00:05Z","by":"ani","kind":"undo","undoes":1,"row":"1.1.1.1","month":"Feb","old":true,"new":false}
/// ```
/// Keys are always written in this order so diffs stay readable. docs/PLAN-FORMAT.md has the full description.
public enum StateFormat {
    public static let formatName = "rencana-state"
    /// The newest state format version this build reads and the one it writes.
    public static let currentVersion = 1

    /// The header line (without newline) for a new state file.
    public static func headerLine(planName: String) -> String {
        "{\"format\":\"\(formatName)\",\"version\":\(currentVersion),\"plan\":\(PlanEncoder.quote(planName))}"
    }

    /// One entry as a line (without newline).
    public static func line(for entry: ChangeEntry) -> String {
        var text = "{\"seq\":\(entry.seq),\"at\":\"\(timestamp(entry.at))\",\"by\":\(PlanEncoder.quote(entry.by)),"
        text += "\"kind\":\"\(entry.kind.rawValue)\","
        if let undoes = entry.undoes { text += "\"undoes\":\(undoes)," }
        text += "\"row\":\(PlanEncoder.quote(entry.row.rawValue)),\"month\":\"\(entry.month.label)\","
        text += "\"old\":\(entry.old),\"new\":\(entry.new)}"
        return text
    }

    /// Checks a header line; throws a phrase saying what is wrong.
    static func checkHeader(_ bytes: ArraySlice<UInt8>) throws(FormatProblem) {
        let node = try parseObject(bytes)
        guard case .object(let members) = node.kind else { throw FormatProblem(Text.State.notHeader) }
        let fields = Dictionary(members, uniquingKeysWith: { a, _ in a })
        guard case .string(let format)? = fields["format"]?.kind, format == formatName else {
            throw FormatProblem(Text.State.notStateFile(formatName: formatName))
        }
        guard case .number(let text)? = fields["version"]?.kind, let version = Int(text), version >= 1 else {
            throw FormatProblem(Text.State.noVersion)
        }
        guard version <= currentVersion else {
            throw FormatProblem(Text.State.newerVersion(version, current: currentVersion))
        }
    }

    /// Parses one entry line.
    static func entry(_ bytes: ArraySlice<UInt8>) throws(FormatProblem) -> ChangeEntry {
        let node = try parseObject(bytes)
        guard case .object(let members) = node.kind else { throw FormatProblem(Text.State.entryNotObject) }
        let fields = Dictionary(members, uniquingKeysWith: { a, _ in a })
        func int(_ key: String) throws(FormatProblem) -> Int {
            guard case .number(let text)? = fields[key]?.kind, let value = Int(text) else {
                throw FormatProblem(Text.State.mustBeWholeNumber(key: key))
            }
            return value
        }
        func string(_ key: String) throws(FormatProblem) -> String {
            guard case .string(let value)? = fields[key]?.kind else { throw FormatProblem(Text.State.mustBeString(key: key)) }
            return value
        }
        func bool(_ key: String) throws(FormatProblem) -> Bool {
            guard case .bool(let value)? = fields[key]?.kind else { throw FormatProblem(Text.State.mustBeBool(key: key)) }
            return value
        }
        let kindName = try string("kind")
        guard let kind = ChangeEntry.Kind(rawValue: kindName) else {
            throw FormatProblem(Text.State.unknownKind(String(kindName.prefix(20))))
        }
        let monthName = try string("month")
        guard let month = Month(parsing: monthName), Int(monthName.trimmingCharacters(in: .whitespaces)) == nil else {
            throw FormatProblem(Text.State.unknownMonth(String(monthName.prefix(20))))
        }
        let atText = try string("at")
        guard let at = parseTimestamp(atText) else { throw FormatProblem(Text.State.badTime) }
        let row = try string("row")
        guard !row.isEmpty else { throw FormatProblem(Text.State.emptyRow) }
        var undoes: Int?
        if kind != .set { undoes = try int("undoes") }
        return ChangeEntry(seq: try int("seq"), at: at, by: try string("by"), row: RowID(row), month: month,
                           old: try bool("old"), new: try bool("new"), kind: kind, undoes: undoes)
    }

    private static func parseObject(_ bytes: ArraySlice<UInt8>) throws(FormatProblem) -> JSONNode {
        if PlanDecoder.firstInvalidUTF8(Array(bytes)) != nil { throw FormatProblem(Text.State.notUTF8) }
        do {
            return try JSONParser.parse(Array(bytes))
        } catch {
            throw FormatProblem(Text.State.notJSON(error.message))
        }
    }

    /// `2026-11-24T10:00:00Z`, in UTC.
    public static func timestamp(_ date: Date) -> String {
        var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
        var parts = tm()
        gmtime_r(&seconds, &parts)
        func two(_ n: Int32) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(parts.tm_year + 1900)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday))T\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec))Z"
    }

    /// Parses `timestamp`'s format back into a date.
    public static func parseTimestamp(_ text: String) -> Date? {
        let utf8 = Array(text.utf8)
        guard utf8.count == 20, utf8[4] == 0x2D, utf8[7] == 0x2D, utf8[10] == 0x54, utf8[13] == 0x3A,
              utf8[16] == 0x3A, utf8[19] == 0x5A else { return nil }
        func number(_ range: Range<Int>) -> Int32? { Int32(String(decoding: utf8[range], as: UTF8.self)) }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
              let hour = number(11..<13), let minute = number(14..<16), let second = number(17..<19),
              (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second < 61 else { return nil }
        var parts = tm()
        parts.tm_year = year - 1900
        parts.tm_mon = month - 1
        parts.tm_mday = day
        parts.tm_hour = hour
        parts.tm_min = minute
        parts.tm_sec = second
        return Date(timeIntervalSince1970: TimeInterval(timegm(&parts)))
    }
}

/// A phrase describing what is wrong with one line of a state file.
struct FormatProblem: Error {
    let message: String
    init(_ message: String) { self.message = message }
}
