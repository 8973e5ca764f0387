import PlanModel
import Foundation
import RencanaText

/// Reads one journal line into a `JournalEntry`, refusing anything hostile with a phrase that says
/// what is wrong (the store adds the file and line): unknown kinds, wrong types, texts over
/// `maxTextLength`, control characters or bad shapes in ids and months.
struct StateEntryParser {
    /// The longest text an entry may hold, in characters.
    static let maxTextLength = JournalEntry.maxTextLength
    /// The longest id (row, entry, evidence), in characters.
    static let maxIDLength = 200

    private let fields: [String: JSONNode]
    private static let monthByLabel = Dictionary(uniqueKeysWithValues: Month.allCases.map { ($0.label, $0) })

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
    static let maxClock = 1 << 52

    /// The most ids a `seen` may name (a value overwritten while that many laptops disagreed on it).
    static let maxSeen = 64

    /// 32 lowercase hex digits, or `v1-` and a number.
    static func isEntryID(_ id: String) -> Bool {
        let utf8 = id.utf8
        if utf8.count == 32 { return utf8.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) } }
        return id.hasPrefix("v1-") && utf8.count > 3 && utf8.count < 24 && utf8.dropFirst(3).allSatisfy { (0x30...0x39).contains($0) }
    }

    private func change(_ kind: String) throws(FormatProblem) -> Change {
        switch kind {
        case "set": return .set(try mark())
        case "undo", "redo":
            let undoes = try int("undoes")
            var target: String?
            if fields["target"] != nil {
                target = try string("target")
                guard Self.isEntryID(target!) else { throw FormatProblem(Text.State.badEntryID) }
            }
            let step = Step(undoes: undoes, target: target, mark: fields["month"] == nil ? nil : try mark())
            guard target != nil || step.mark != nil else { throw FormatProblem(Text.State.mustBeString(key: "target")) }
            return kind == "undo" ? .undo(step) : .redo(step)
        case "status":
            return .status(row: try row(), month: try month("month"), old: try status("old"), new: try status("new"))
        case "date": return .date(row: try row(), month: try month("month"), old: try date("old"), new: try date("new"))
        case "note": return .note(row: try row(), month: try month("month"), old: try text("old"), new: try text("new"))
        case "pj": return .pj(row: try row(), old: try text("old"), new: try text("new"))
        case "evidence-add": return .evidenceAdd(try evidence())
        case "evidence-remove": return .evidenceRemove(try evidence())
        case "review":
            let tw = try int("tw")
            guard (1...4).contains(tw) else { throw FormatProblem(Text.State.badTriwulan) }
            return .review(row: try row(), tw: tw, field: try choice("field", ReviewField.self),
                           old: try text("old"), new: try text("new"))
        case "signer": return .signer(field: try choice("field", SignerField.self), old: try text("old"), new: try text("new"))
        case "edit":
            return .edit(row: try row(), field: try choice("field", PlanTextField.self), old: try text("old"), new: try text("new"))
        case "document":
            return .document(field: try choice("field", DocumentField.self), old: try text("old"), new: try text("new"))
        case "add":
            let level = try choice("level", PlanLevel.self)
            func optional(_ key: String) throws(FormatProblem) -> String { fields[key] == nil ? "" : try text(key) }
            return .add(RowAddition(row: try row(), anchor: try anchor(in: self), level: level, text: try text("text"),
                                    months: try Self.months(fields["months"], key: "months"), ket: try text("ket"),
                                    sub: try optional("sub"), kegiatan: try optional("kegiatan"), area: try optional("area")))
        case "remove":
            let level = try choice("level", PlanLevel.self)
            guard case .array(let items)? = fields["rows"]?.kind, !items.isEmpty else {
                throw FormatProblem(Text.State.mustBeList(key: "rows"))
            }
            var rows: [RowID] = []
            for item in items { rows.append(try Self.rowID(item, key: "rows")) }
            guard let node = fields["snapshot"] else { throw FormatProblem(Text.State.mustBeObject(key: "snapshot")) }
            let snapshot = try Self.subtree(node, level: level)
            guard snapshot.indicators.map({ $0.id! }) == rows else { throw FormatProblem(Text.State.snapshotMismatch) }
            return .remove(RowRemoval(rows: rows, snapshot: snapshot, anchor: try anchor(in: self)))
        case "move":
            let row = try row(), level = try choice("level", PlanLevel.self)
            if fields["direction"] != nil {
                let direction = try string("direction")
                guard direction == "up" || direction == "down" else { throw FormatProblem(Text.State.badChoice(key: "direction")) }
                return .move(RowMove(row: row, level: level, direction: direction == "up" ? .up : .down))
            }
            guard level == .indikator, let to = fields["to"], let from = fields["from"] else {
                throw FormatProblem(Text.State.badChoice(key: "direction"))
            }
            return .move(RowMove(row: row, level: level, direction: .to(try place(to, key: "to"), from: try place(from, key: "from"))))
        default:
            if let type = JournalKinds.declared(named: kind) {  // a kind declared in its own file
                do throws(EntryFieldProblem) {
                    return .declared(DeclaredChange(try type.init(fields: EntryFields(fields))))
                } catch {
                    throw FormatProblem(error.message)
                }
            }
            throw FormatProblem(Text.State.unknownKind(TextSafety.clip(kind), kinds: Change.kinds))
        }
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

    private func bool(_ key: String) throws(FormatProblem) -> Bool {
        guard case .bool(let value)? = fields[key]?.kind else { throw FormatProblem(Text.State.mustBeBool(key: key)) }
        return value
    }

    private func row() throws(FormatProblem) -> RowID { try Self.rowID(fields["row"], key: "row") }

    /// A row id by the plan's own rule (`RowID.isUsable`): what plan.json may hold, the journal reads.
    private static func rowID(_ node: JSONNode?, key: String) throws(FormatProblem) -> RowID {
        let value = try string(node, key: key)
        guard !value.isEmpty else { throw FormatProblem(key == "row" ? Text.State.emptyRow : Text.State.badRowID(key: key)) }
        guard RowID.isUsable(value) else { throw FormatProblem(Text.State.badRowID(key: key)) }
        return RowID(value)
    }

    /// No controls (C0, DEL, C1), no bidirectional overrides, not overlong (`JournalEntry.isPlainID`).
    static func isPlainID(_ value: String) -> Bool { JournalEntry.isPlainID(value) }

    private func month(_ key: String) throws(FormatProblem) -> Month { try Self.month(fields[key], key: key) }

    private static func month(_ node: JSONNode?, key: String) throws(FormatProblem) -> Month {
        let name = try string(node, key: key)
        // The labels rencana writes, without the general parser (its Foundation trimming shows at 100,000 entries).
        if let month = monthByLabel[name] { return month }
        guard let month = Month(parsing: name), Int(name.trimmingCharacters(in: .whitespaces)) == nil, isPlainID(name) else {
            throw FormatProblem(Text.State.unknownMonth(TextSafety.clip(name)))
        }
        return month
    }

    private func mark() throws(FormatProblem) -> MarkChange {
        MarkChange(row: try row(), month: try month("month"), old: try bool("old"), new: try bool("new"))
    }

    private func status(_ key: String) throws(FormatProblem) -> RealisationStatus? {
        let code = try string(key)
        if code.isEmpty { return nil }
        guard let status = RealisationStatus(code: code) else { throw FormatProblem(Text.State.unknownStatus(TextSafety.clip(code))) }
        return status
    }

    /// `YYYY-MM-DD` or empty.
    private func date(_ key: String) throws(FormatProblem) -> String {
        let value = try string(key)
        guard value.isEmpty || Self.isDate(value) else { throw FormatProblem(Text.State.badDate(key: key)) }
        return value
    }

    static func isDate(_ value: String) -> Bool { JournalEntry.isDate(value) }

    private func choice<T: RawRepresentable & CaseIterable>(_ key: String, _ type: T.Type) throws(FormatProblem) -> T
        where T.RawValue == String {
        guard let value = T(rawValue: try string(key)) else { throw FormatProblem(Text.State.badChoice(key: key)) }
        return value
    }

    private static func months(_ node: JSONNode?, key: String) throws(FormatProblem) -> MonthSet {
        guard case .array(let items)? = node?.kind else { throw FormatProblem(Text.State.mustBeList(key: key)) }
        var set = MonthSet()
        for item in items { set.set(try month(item, key: key), true) }
        return set
    }

    private func evidence() throws(FormatProblem) -> Evidence {
        guard case .object(let members)? = fields["evidence"]?.kind else { throw FormatProblem(Text.State.mustBeObject(key: "evidence")) }
        let e = Dictionary(members, uniquingKeysWith: { a, _ in a })
        let id = try Self.string(e["id"], key: "id")
        guard !id.isEmpty, Self.isPlainID(id) else { throw FormatProblem(Text.State.badID(key: "id")) }
        guard let kind = EvidenceKind(rawValue: try Self.string(e["type"], key: "type")) else {
            throw FormatProblem(Text.State.badChoice(key: "type"))
        }
        let location: Evidence.Location
        if e["path"] != nil, e["url"] == nil {
            location = .file(try Self.text(e["path"], key: "path"))
        } else if e["url"] != nil, e["path"] == nil {
            location = .url(try Self.text(e["url"], key: "url"))
        } else {
            throw FormatProblem(Text.State.pathOrURL)
        }
        return Evidence(id: id, row: try Self.rowID(e["row"], key: "row"),
                        month: e["month"] == nil ? nil : try Self.month(e["month"], key: "month"), kind: kind,
                        title: try Self.text(e["title"], key: "title"), number: try Self.text(e["number"], key: "number"),
                        date: try Self.text(e["date"], key: "date"), location: location)
    }

    private func anchor(in parser: StateEntryParser) throws(FormatProblem) -> Anchor? {
        if fields["after"] != nil { return .after(try Self.rowID(fields["after"], key: "after")) }
        if fields["before"] != nil { return .before(try Self.rowID(fields["before"], key: "before")) }
        return nil
    }

    private func place(_ node: JSONNode, key: String) throws(FormatProblem) -> Anchor {
        guard case .object(let members) = node.kind else { throw FormatProblem(Text.State.mustBeObject(key: key)) }
        let inner = StateEntryParser(fields: Dictionary(members, uniquingKeysWith: { a, _ in a }))
        guard let anchor = try inner.anchor(in: inner) else { throw FormatProblem(Text.State.mustBeObject(key: key)) }
        return anchor
    }

    // MARK: Snapshots

    private static func object(_ node: JSONNode, key: String) throws(FormatProblem) -> [String: JSONNode] {
        guard case .object(let members) = node.kind else { throw FormatProblem(Text.State.mustBeObject(key: key)) }
        return Dictionary(members, uniquingKeysWith: { a, _ in a })
    }

    private static func list(_ node: JSONNode?, key: String) throws(FormatProblem) -> [JSONNode] {
        guard case .array(let items)? = node?.kind else { throw FormatProblem(Text.State.mustBeList(key: key)) }
        return items
    }

    static func subtree(_ node: JSONNode, level: PlanLevel) throws(FormatProblem) -> PlanSubtree {
        switch level {
        case .indikator: return .indikator(try indicator(node))
        case .sub: return .sub(try sub(node))
        case .kegiatan: return .kegiatan(try kegiatan(node))
        case .area:
            let o = try object(node, key: "snapshot")
            var groups: [Kegiatan] = []
            for item in try list(o["kegiatan"], key: "kegiatan") { groups.append(try kegiatan(item)) }
            return .area(ChangeArea(number: 0, name: try text(o["name"], key: "name"), kegiatan: groups))
        }
    }

    private static func indicator(_ node: JSONNode) throws(FormatProblem) -> Indicator {
        let o = try object(node, key: "indikator")
        return Indicator(id: try rowID(o["id"], key: "id"), text: try text(o["text"], key: "text"),
                         months: try months(o["months"], key: "months"), ket: try text(o["ket"], key: "ket"))
    }

    private static func sub(_ node: JSONNode) throws(FormatProblem) -> SubKegiatan {
        let o = try object(node, key: "subKegiatan")
        var rows: [Indicator] = []
        for item in try list(o["indikator"], key: "indikator") { rows.append(try indicator(item)) }
        return SubKegiatan(title: try text(o["title"], key: "title"), indicators: rows)
    }

    private static func kegiatan(_ node: JSONNode) throws(FormatProblem) -> Kegiatan {
        let o = try object(node, key: "kegiatan")
        var subs: [SubKegiatan] = []
        for item in try list(o["subKegiatan"], key: "subKegiatan") { subs.append(try sub(item)) }
        return Kegiatan(title: try text(o["title"], key: "title"), subKegiatan: subs)
    }
}

