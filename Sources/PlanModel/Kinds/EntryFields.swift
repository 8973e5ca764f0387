import Foundation
import RencanaText

/// The keys of one JSON line, read by the journal's general reader: every rule and every message of it, for the
/// kinds' `init(fields:)` (anything the fast reader is unsure of comes here and is accepted or refused with one line).
package struct EntryFields {
    private let nodes: [String: JSONNode]

    package init(_ nodes: [String: JSONNode]) { self.nodes = nodes }

    /// The keys of a JSON object (the first of a repeated key).
    init(object members: [(String, JSONNode)]) { nodes = Dictionary(members, uniquingKeysWith: { a, _ in a }) }

    package func has(_ key: String) -> Bool { nodes[key] != nil }

    package subscript(_ key: String) -> JSONNode? { nodes[key] }

    package func string(_ key: String) throws(EntryFieldProblem) -> String { try Self.string(nodes[key], key: key) }

    static func string(_ node: JSONNode?, key: String) throws(EntryFieldProblem) -> String {
        guard case .string(let value)? = node?.kind else { throw EntryFieldProblem(Text.State.mustBeString(key: key)) }
        return value
    }

    /// A free text of at most `JournalEntry.maxTextLength` characters.
    package func text(_ key: String) throws(EntryFieldProblem) -> String { try Self.text(nodes[key], key: key) }

    static func text(_ node: JSONNode?, key: String) throws(EntryFieldProblem) -> String {
        let value = try string(node, key: key)
        guard JournalEntry.fitsText(value) else {
            throw EntryFieldProblem(Text.State.textTooLong(key: key, limit: JournalEntry.maxTextLength))
        }
        return value
    }

    /// A free text, empty when the key is absent.
    package func optionalText(_ key: String) throws(EntryFieldProblem) -> String { has(key) ? try text(key) : "" }

    package func int(_ key: String) throws(EntryFieldProblem) -> Int {
        guard case .number(let text)? = nodes[key]?.kind, let value = Int(text) else {
            throw EntryFieldProblem(Text.State.mustBeWholeNumber(key: key))
        }
        return value
    }

    package func bool(_ key: String) throws(EntryFieldProblem) -> Bool {
        guard case .bool(let value)? = nodes[key]?.kind else { throw EntryFieldProblem(Text.State.mustBeBool(key: key)) }
        return value
    }

    /// A row id by the one rule (`RowID.isUsable`): what plan.json may hold, the journal reads.
    package func row(_ key: String = "row") throws(EntryFieldProblem) -> RowID { try Self.row(nodes[key], key: key) }

    static func row(_ node: JSONNode?, key: String) throws(EntryFieldProblem) -> RowID {
        let value = try string(node, key: key)
        guard !value.isEmpty else { throw EntryFieldProblem(key == "row" ? Text.State.emptyRow : Text.State.badRowID(key: key)) }
        guard RowID.isUsable(value) else { throw EntryFieldProblem(Text.State.badRowID(key: key)) }
        return RowID(value)
    }

    /// A month as rencana writes it (`Jan` … `Des`), or another spelling `Month(parsing:)` takes (not a number).
    package func month(_ key: String = "month") throws(EntryFieldProblem) -> Month { try Self.month(nodes[key], key: key) }

    private static let monthByLabel = Dictionary(uniqueKeysWithValues: Month.allCases.map { ($0.label, $0) })

    static func month(_ node: JSONNode?, key: String) throws(EntryFieldProblem) -> Month {
        let name = try string(node, key: key)
        // The labels rencana writes, without the general parser (its Foundation trimming shows at 100,000 entries).
        if let month = monthByLabel[name] { return month }
        guard let month = Month(parsing: name), Int(name.trimmingCharacters(in: .whitespaces)) == nil,
              JournalEntry.isPlainID(name) else {
            throw EntryFieldProblem(Text.State.unknownMonth(TextSafety.clip(name)))
        }
        return month
    }

    /// An entry id: 32 lowercase hex digits, or `v1-` and a number.
    package func entryID(_ key: String) throws(EntryFieldProblem) -> String {
        let id = try string(key)
        guard JournalEntry.isEntryID(id) else { throw EntryFieldProblem(Text.State.badEntryID) }
        return id
    }

    /// A status code, empty for none.
    package func status(_ key: String) throws(EntryFieldProblem) -> RealisationStatus? {
        let code = try string(key)
        if code.isEmpty { return nil }
        guard let status = RealisationStatus(code: code) else {
            throw EntryFieldProblem(Text.State.unknownStatus(TextSafety.clip(code)))
        }
        return status
    }

    /// `YYYY-MM-DD` or empty.
    package func date(_ key: String) throws(EntryFieldProblem) -> String {
        let value = try string(key)
        guard value.isEmpty || JournalEntry.isDate(value) else { throw EntryFieldProblem(Text.State.badDate(key: key)) }
        return value
    }

    /// One of a fixed set of words.
    package func choice<T: RawRepresentable & CaseIterable>(_ key: String, _ type: T.Type) throws(EntryFieldProblem) -> T
        where T.RawValue == String {
        guard let value = T(rawValue: try string(key)) else { throw EntryFieldProblem(Text.State.badChoice(key: key)) }
        return value
    }

    /// A list of months.
    package func months(_ key: String) throws(EntryFieldProblem) -> MonthSet { try Self.months(nodes[key], key: key) }

    static func months(_ node: JSONNode?, key: String) throws(EntryFieldProblem) -> MonthSet {
        guard case .array(let items)? = node?.kind else { throw EntryFieldProblem(Text.State.mustBeList(key: key)) }
        var set = MonthSet()
        for item in items { set.set(try month(item, key: key), true) }
        return set
    }

    /// A list of at least one row id.
    package func rows(_ key: String) throws(EntryFieldProblem) -> [RowID] {
        guard case .array(let items)? = nodes[key]?.kind, !items.isEmpty else {
            throw EntryFieldProblem(Text.State.mustBeList(key: key))
        }
        var rows: [RowID] = []
        for item in items { rows.append(try Self.row(item, key: key)) }
        return rows
    }

    /// The keys of the object at `key`.
    package func object(_ key: String) throws(EntryFieldProblem) -> EntryFields {
        guard case .object(let members)? = nodes[key]?.kind else { throw EntryFieldProblem(Text.State.mustBeObject(key: key)) }
        return EntryFields(object: members)
    }

    /// `after` or `before`, nil when neither.
    package func anchor() throws(EntryFieldProblem) -> Anchor? {
        if has("after") { return .after(try row("after")) }
        if has("before") { return .before(try row("before")) }
        return nil
    }

    /// `{"after":…}` or `{"before":…}` at `key`.
    package func place(_ key: String) throws(EntryFieldProblem) -> Anchor {
        guard let anchor = try object(key).anchor() else { throw EntryFieldProblem(Text.State.mustBeObject(key: key)) }
        return anchor
    }

    /// The evidence object at `key`.
    package func evidence(_ key: String = "evidence") throws(EntryFieldProblem) -> Evidence {
        let e = try object(key)
        let id = try e.string("id")
        guard !id.isEmpty, JournalEntry.isPlainID(id) else { throw EntryFieldProblem(Text.State.badID(key: "id")) }
        guard let kind = EvidenceKind(rawValue: try e.string("type")) else { throw EntryFieldProblem(Text.State.badChoice(key: "type")) }
        let location: Evidence.Location
        if e.has("path"), !e.has("url") {
            location = .file(try e.text("path"))
        } else if e.has("url"), !e.has("path") {
            location = .url(try e.text("url"))
        } else {
            throw EntryFieldProblem(Text.State.pathOrURL)
        }
        return Evidence(id: id, row: try e.row("row"), month: e.has("month") ? try e.month("month") : nil, kind: kind,
                        title: try e.text("title"), number: try e.text("number"), date: try e.text("date"), location: location)
    }
}

extension JournalEntry {
    /// 32 lowercase hex digits, or `v1-` and a number.
    package static func isEntryID(_ id: String) -> Bool {
        let utf8 = id.utf8
        if utf8.count == 32 { return utf8.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) } }
        return id.hasPrefix("v1-") && utf8.count > 3 && utf8.count < 24 && utf8.dropFirst(3).allSatisfy { (0x30...0x39).contains($0) }
    }
}
