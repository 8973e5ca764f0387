import PlanModel
import Foundation
import RencanaText

/// Reads one journal line into a `JournalEntry`, refusing anything hostile with a phrase that says
/// what is wrong (the store adds the file and line): unknown kinds, wrong types, texts over
/// `maxTextLength`, control characters or bad shapes in ids and months. The common keys are read here; the
/// kind's keys by the kind (`JournalKind.init(fields:)`).
struct StateEntryParser {
    /// The longest text an entry may hold, in characters.
    static let maxTextLength = JournalEntry.maxTextLength
    private let fields: [String: JSONNode]
    static func entry(_ node: JSONNode) throws(FormatProblem) -> JournalEntry {
        guard case .object(let members) = node.kind else { throw FormatProblem(Text.State.entryNotObject) }
        let parser = StateEntryParser(fields: Dictionary(members, uniquingKeysWith: { a, _ in a }))
        return try parser.entry()
    }

    private func entry() throws(FormatProblem) -> JournalEntry {
        let seq = try int("seq")
        let kind = try string("kind")
        let id: String
        if fields["id"] == nil {
            id = "v1-\(seq)"
        } else {
            id = try string("id")
            guard Self.isEntryID(id) else { throw FormatProblem(Text.State.badEntryID) }
        }
        let atText = try string("at")
        guard let at = StateFormat.parseTimestamp(atText) else { throw FormatProblem(Text.State.badTime) }
        let by = try text("by")
        var device: String?
        if fields["device"] != nil {
            device = try string("device")
            guard JournalEntry.isDeviceID(device!) else { throw FormatProblem(Text.State.badRowID(key: "device")) }
        }
        var clock: Int?
        if fields["clock"] != nil {
            clock = try int("clock")
            guard clock! >= 0, clock! <= Self.maxClock else { throw FormatProblem(Text.State.mustBeWholeNumber(key: "clock")) }
        }
        var seen: [String] = []
        if let node = fields["seen"] {
            guard case .array(let items) = node.kind, items.count <= Self.maxSeen else {
                throw FormatProblem(Text.State.badSeen)
            }
            for item in items {
                guard case .string(let value) = item.kind, Self.isEntryID(value) else { throw FormatProblem(Text.State.badSeen) }
                seen.append(value)
            }
        }
        var with: String?
        if fields["with"] != nil {
            with = try string("with")
            guard Self.isEntryID(with!) else { throw FormatProblem(Text.State.badEntryID) }
        }
        return JournalEntry(seq: seq, id: id, at: at, by: by, device: device, clock: clock, seen: seen, with: with,
                            change: try change(kind))
    }

    /// The highest logical clock a line may hold: far beyond any real journal (one more per entry), and far from
    /// `Int.max`, so that one more (a new entry's clock) never overflows.
    static let maxClock = LineFields.maxClock

    /// The most ids a `seen` may name (a value overwritten while that many laptops disagreed on it).
    static let maxSeen = LineFields.maxSeen

    /// 32 lowercase hex digits, or `v1-` and a number.
    static func isEntryID(_ id: String) -> Bool { JournalEntry.isEntryID(id) }

    /// The kind's keys, read by the kind (`JournalKind.init(fields:)`, its rules and messages in `EntryFields`).
    private func change(_ kind: String) throws(FormatProblem) -> Change {
        do throws(EntryFieldProblem) {
            if let change = try Change(kind: kind, fields: EntryFields(fields)) { return change }
        } catch {
            throw FormatProblem(error.message)
        }
        throw FormatProblem(Text.State.unknownKind(TextSafety.clip(kind), kinds: Change.kinds))
    }

    // MARK: Values

    private func int(_ key: String) throws(FormatProblem) -> Int {
        guard case .number(let text)? = fields[key]?.kind, let value = Int(text) else {
            throw FormatProblem(Text.State.mustBeWholeNumber(key: key))
        }
        return value
    }

    private func string(_ key: String) throws(FormatProblem) -> String { try Self.string(fields[key], key: key) }

    private static func string(_ node: JSONNode?, key: String) throws(FormatProblem) -> String {
        guard case .string(let value)? = node?.kind else { throw FormatProblem(Text.State.mustBeString(key: key)) }
        return value
    }

    /// A free text: any characters, at most `maxTextLength`.
    private func text(_ key: String) throws(FormatProblem) -> String { try Self.text(fields[key], key: key) }

    private static func text(_ node: JSONNode?, key: String) throws(FormatProblem) -> String {
        let value = try string(node, key: key)
        guard value.utf8.count <= maxTextLength || value.count <= maxTextLength else {
            throw FormatProblem(Text.State.textTooLong(key: key, limit: maxTextLength))
        }
        return value
    }
}
