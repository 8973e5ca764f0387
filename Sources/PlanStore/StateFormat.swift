import PlanModel
import Foundation
import RencanaText

/// The state file's text format: JSON Lines, one header line, then one line per change.
///
/// ```
/// {"format":"rencana-state","version":2,"plan":"plan.json"}
/// {"seq":1,"id":"9f0c…","at":"2026-11-24T10:00:00Z","by":"ani","kind":"set","row":"1.1.1.1","month":"Feb","old":false,"new":true}
/// {"seq":2,"id":"1b7e…","at":"2026-11-24T10:00:05Z","by":"ani","kind":"status","row":"1.1.1.1","month":"Feb","old":"","new":"done"}
/// ```
/// Keys are always written in one order so diffs stay readable. Version-1 files are read as they are; a
/// file holding only `set`/`undo`/`redo` entries keeps version 1 (see `version(for:)`). docs/PLAN-FORMAT.md
/// and docs/STATE-V2.md have the full description.
public enum StateFormat {
    public static let formatName = "rencana-state"
    /// The newest state format version this build reads and writes.
    public static let currentVersion = 3

    /// The header line (without newline) for a new state file at `version`.
    public static func headerLine(planName: String, version: Int = 1) -> String {
        "{\"format\":\"\(formatName)\",\"version\":\(version),\"plan\":\(PlanEncoder.quote(planName))}"
    }

    /// The version a file needs to hold this change: 1 for the kinds version 1 has, else 2.
    public static func version(for change: Change) -> Int { change.isVersion1 ? 1 : 2 }

    /// The version a file needs to hold this entry: 3 for a team's entry (with a logical clock), else its change's.
    public static func version(for entry: JournalEntry) -> Int { entry.clock != nil ? 3 : version(for: entry.change) }

    /// A whole state file: the header (version 2 when any entry needs it) and one line per entry.
    public static func text(planName: String, entries: [JournalEntry], version least: Int = 1) -> String {
        let version = max(least, entries.map { Self.version(for: $0) }.max() ?? 1)
        var out = headerLine(planName: planName, version: version) + "\n"
        for entry in entries { out += line(for: entry) + "\n" }
        return out
    }

    /// One entry as a line (without newline), keys in the fixed order.
    public static func line(for entry: JournalEntry) -> String { StateEntryWriter.line(for: entry) }

    /// A version-1 mark entry as a line (its id `v1-<seq>` is not written).
    public static func line(for entry: ChangeEntry) -> String {
        var text = "{\"seq\":\(entry.seq),\"at\":\"\(timestamp(entry.at))\",\"by\":\(PlanEncoder.quote(entry.by)),"
        text += "\"kind\":\"\(entry.kind.rawValue)\","
        if let undoes = entry.undoes { text += "\"undoes\":\(undoes)," }
        text += "\"row\":\(PlanEncoder.quote(entry.row.rawValue)),\"month\":\"\(entry.month.label)\","
        text += "\"old\":\(entry.old),\"new\":\(entry.new)}"
        return text
    }

    /// What a header says: its version, and where in the line the version's single digit is
    /// (so a version-1 file can be upgraded in place by rewriting that one byte).
    struct Header {
        let version: Int
        /// Offset of the digit within the line, when the version is written as one digit.
        let digitOffset: Int?
    }

    /// Checks a header line; throws a phrase saying what is wrong.
    @discardableResult
    static func checkHeader(_ bytes: ArraySlice<UInt8>) throws(FormatProblem) -> Header {
        let node = try parseObject(bytes)
        guard case .object(let members) = node.kind else { throw FormatProblem(Text.State.notHeader) }
        let fields = Dictionary(members, uniquingKeysWith: { a, _ in a })
        guard case .string(let format)? = fields["format"]?.kind, format == formatName else {
            throw FormatProblem(Text.State.notStateFile(formatName: formatName))
        }
        guard let versionNode = fields["version"], case .number(let text) = versionNode.kind,
              let version = Int(text), version >= 1 else {
            throw FormatProblem(Text.State.noVersion)
        }
        guard version <= currentVersion else {
            throw FormatProblem(Text.State.newerVersion(version, current: currentVersion))
        }
        let offset = versionNode.offset
        let isOneDigit = text.utf8.count == 1 && offset >= 0 && offset < bytes.count
            && bytes[bytes.startIndex + offset] == text.utf8.first
        return Header(version: version, digitOffset: isOneDigit ? offset : nil)
    }

    /// Parses one entry line.
    /// The lines rencana writes go through `StateLineDecoder` (no JSON tree); anything it is not sure of,
    /// and every line to refuse, through `StateEntryParser`, whose rules and messages decide.
    static func entry(_ bytes: ArraySlice<UInt8>) throws(FormatProblem) -> JournalEntry {
        if let entry = StateLineDecoder.entry(bytes) { return entry }
        return try generalEntry(bytes)
    }

    /// One entry line through the general parser only (a JSON tree, then `StateEntryParser`'s rules).
    static func generalEntry(_ bytes: ArraySlice<UInt8>) throws(FormatProblem) -> JournalEntry {
        try StateEntryParser.entry(try parseObject(bytes))
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
