import PlanModel
import Foundation

/// A direct decoder for the journal lines rencana itself writes: it reads the bytes of one line straight
/// into a `JournalEntry`, with no JSON tree and no dictionary per line (opening 100,000 entries was
/// seconds through `JSONParser` + `StateEntryParser`).
///
/// It never refuses a line: anything it is not sure of (whitespace, an unknown or repeated key, an
/// escape it does not know, an array (but a `seen` list of ids), a number that is not a plain whole number, a value any rule of
/// `StateEntryParser` would refuse…) makes it return nil, and the line then goes through the general
/// parser, which accepts it or refuses it with its one-line message. So every rule and every message
/// stays in one place (`StateEntryParser`), and this decoder only has to be right about what it accepts.
enum StateLineDecoder {
    /// The keys this decoder knows; any other key sends the line to the general parser.
    enum Key: Int, CaseIterable {
        case seq, id, at, by, kind, row, month, old, new, undoes, target, tw, field, evidence
        // Keys of the evidence object.
        case type, path, url, title, number, date
        // A team's entry (version 3): who wrote it, its logical clock and the entries it had seen.
        case device, clock, seen

        /// The key whose bytes (at most 8), packed big-endian in one number, are `packed` (one switch of constants;
        /// `StateLineDecoderTests` checks every name against it).
        init?(packed: UInt64) {
            switch packed {
            case 0x736571: self = .seq
            case 0x6964: self = .id
            case 0x6174: self = .at
            case 0x6279: self = .by
            case 0x6B696E64: self = .kind
            case 0x726F77: self = .row
            case 0x6D6F6E7468: self = .month
            case 0x6F6C64: self = .old
            case 0x6E6577: self = .new
            case 0x756E646F6573: self = .undoes
            case 0x746172676574: self = .target
            case 0x7477: self = .tw
            case 0x6669656C64: self = .field
            case 0x65766964656E6365: self = .evidence
            case 0x74797065: self = .type
            case 0x70617468: self = .path
            case 0x75726C: self = .url
            case 0x7469746C65: self = .title
            case 0x6E756D626572: self = .number
            case 0x64617465: self = .date
            case 0x646576696365: self = .device
            case 0x636C6F636B: self = .clock
            case 0x7365656E: self = .seen
            default: return nil
            }
        }

        static let names = ["seq", "id", "at", "by", "kind", "row", "month", "old", "new", "undoes", "target", "tw", "field",
                            "evidence", "type", "path", "url", "title", "number", "date", "device", "clock", "seen"]
    }

    /// Where one value is in the line (plain old data: nothing to allocate or free per line).
    struct Slot {
        enum Kind: UInt8 { case absent, ascii, string, number, yes, no, object, ids }
        var kind = Kind.absent
        /// A string's bytes between the quotes; a number's value in `start`; an object's first slot; a list of ids'
        /// bytes between the brackets.
        var start = 0
        var end = 0
    }

    private static let keyCount = Key.allCases.count


    /// The entry on this line, or nil when the general parser must decide.
    static func entry(_ line: ArraySlice<UInt8>) -> JournalEntry? {
        line.withUnsafeBufferPointer { buffer -> JournalEntry? in
            withUnsafeTemporaryAllocation(of: Slot.self, capacity: 2 * keyCount) { slots -> JournalEntry? in
                slots.initialize(repeating: Slot())
                var reader = Reader(bytes: buffer, slots: slots)
                guard reader.object(base: 0), reader.offset == buffer.count else { return nil }
                return Fields(bytes: buffer, slots: slots, base: 0).entry()
            }
        }
    }

    // MARK: Building the entry, with StateEntryParser's rules

    /// The values of one object of the line, read into the model's types on demand.
    private struct Fields {
        let bytes: UnsafeBufferPointer<UInt8>
        let slots: UnsafeMutableBufferPointer<Slot>
        let base: Int

        subscript(_ key: Key) -> Slot { slots[base + key.rawValue] }
        func has(_ key: Key) -> Bool { self[key].kind != .absent }

        func string(_ key: Key) -> String? {
            let slot = self[key]
            guard slot.kind == .ascii || slot.kind == .string else { return nil }
            let raw = UnsafeBufferPointer(rebasing: bytes[slot.start..<slot.end])
            return slot.kind == .ascii ? String(decoding: raw, as: UTF8.self) : Reader.unescaped(raw)
        }

        func int(_ key: Key) -> Int? { self[key].kind == .number ? self[key].start : nil }

        func bool(_ key: Key) -> Bool? {
            switch self[key].kind {
            case .yes: true
            case .no: false
            default: nil
            }
        }

        /// A free text within `StateEntryParser.maxTextLength`.
        func text(_ key: Key) -> String? {
            guard let value = string(key) else { return nil }
            let limit = StateEntryParser.maxTextLength
            guard value.utf8.count <= limit || value.count <= limit else { return nil }
            return value
        }

        /// 32 lowercase hex digits (what rencana writes; `v1-` ids are left to the general parser).
        func entryID(_ key: Key) -> String? {
            let slot = self[key]
            guard slot.kind == .ascii, slot.end - slot.start == 32 else { return nil }
            for i in slot.start..<slot.end {
                let b = bytes[i]
                guard (b >= 0x30 && b <= 0x39) || (b >= 0x61 && b <= 0x66) else { return nil }
            }
            return string(key)
        }

        /// A row id by `RowID.isUsable`: a plain ASCII slot is checked on its bytes (no space, no DEL, at most
        /// 64); any other is left to the general parser, which applies the rule itself.
        func row() -> RowID? {
            let slot = self[.row]
            guard slot.kind == .ascii, slot.end > slot.start, slot.end - slot.start <= RowID.maxLength else { return nil }
            for i in slot.start..<slot.end where bytes[i] == 0x7F || bytes[i] == 0x20 { return nil }
            return string(.row).map { RowID($0) }
        }

        /// A non-empty id by `StateEntryParser.isPlainID`'s rule: for a plain ASCII slot (no control byte below
        /// 0x20 by then) the rule is its length and no DEL, checked on the bytes; any other goes through the rule.
        func plainID(_ key: Key) -> String? {
            let slot = self[key]
            guard slot.kind == .ascii else {
                guard let value = string(key), !value.isEmpty, StateEntryParser.isPlainID(value) else { return nil }
                return value
            }
            guard slot.end > slot.start, slot.end - slot.start <= StateEntryParser.maxIDLength else { return nil }
            for i in slot.start..<slot.end where bytes[i] == 0x7F { return nil }
            return string(key)
        }

        /// Only the labels rencana writes; any other spelling goes to the general parser.
        func month() -> Month? {
            let slot = self[.month]
            guard slot.kind == .ascii, slot.end - slot.start == 3 else { return nil }
            return StateLineDecoder.month(at: slot.start, in: bytes)
        }

        /// True when the slot is a plain string equal to `word`.
        func equals(_ key: Key, _ word: StaticString) -> Bool {
            let slot = self[key]
            let n = word.utf8CodeUnitCount
            guard slot.kind == .ascii, slot.end - slot.start == n else { return false }
            for i in 0..<n where bytes[slot.start + i] != word.utf8Start[i] { return false }
            return true
        }

        /// The status: `.some(nil)` for an empty code (none), nil when not decodable. The codes rencana
        /// writes (`done`, `partly`, `missed`, `moved:Apr`) are read from the bytes; any other is left to
        /// the general parser.
        func status(_ key: Key) -> RealisationStatus?? {
            let slot = self[key]
            guard slot.kind == .ascii else { return nil }
            switch slot.end - slot.start {
            case 0: return .some(nil)
            case 4: return equals(key, "done") ? .some(.done) : nil
            case 6: return equals(key, "partly") ? .some(.partly) : equals(key, "missed") ? .some(.missed) : nil
            case 9:
                let moved: StaticString = "moved:"
                for i in 0..<6 where bytes[slot.start + i] != moved.utf8Start[i] { return nil }
                return StateLineDecoder.month(at: slot.start + 6, in: bytes).map { .some(.moved($0)) }
            default: return nil
            }
        }

        func date(_ key: Key) -> String? {
            guard let value = string(key), value.isEmpty || StateEntryParser.isDate(value) else { return nil }
            return value
        }

        func choice<T: RawRepresentable & CaseIterable>(_ type: T.Type) -> T? where T.RawValue == String {
            string(.field).flatMap { T(rawValue: $0) }
        }

        func entry() -> JournalEntry? {
            guard let seq = int(.seq), let kind = kind(), let by = text(.by), self[.at].kind == .ascii,
                  let at = StateLineDecoder.timestamp(bytes, self[.at]) else { return nil }
            let id: String
            if has(.id) {
                guard let value = entryID(.id) else { return nil }
                id = value
            } else {
                id = "v1-\(seq)"  // a version-1 entry
            }
            guard let change = change(kind) else { return nil }
            var device: String?, clock: Int?
            if has(.device) {
                guard let value = string(.device), JournalEntry.isDeviceID(value) else { return nil }
                device = value
            }
            if has(.clock) {
                guard let value = int(.clock), value >= 0, value <= StateEntryParser.maxClock else { return nil }
                clock = value
            }
            return JournalEntry(seq: seq, id: id, at: at, by: by, device: device, clock: clock, seen: seen(), change: change)
        }

        /// The `seen` ids (checked by the reader: each `"` + 32 lowercase hex digits + `"`, 35 bytes apart).
        func seen() -> [String] {
            let slot = self[.seen]
            guard slot.kind == .ids, slot.end > slot.start else { return [] }
            var out: [String] = []
            out.reserveCapacity((slot.end - slot.start + 1) / 35)
            var i = slot.start
            while i < slot.end {
                out.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[(i + 1)..<(i + 33)]), as: UTF8.self))
                i += 35
            }
            return out
        }

        /// The entry kinds this decoder reads (any other goes to the general parser).
        enum Kind { case set, undo, redo, status, date, note, pj, evidenceAdd, evidenceRemove, review, signer, edit, document }

        /// The kind, compared as bytes (no string made per line); nil for a kind left to the general parser.
        func kind() -> Kind? {
            for (word, kind) in Self.kinds where equals(.kind, word) { return kind }
            return nil
        }

        /// Most frequent first (a status line is the usual one).
        private static let kinds: [(StaticString, Kind)] = [
            ("status", .status), ("set", .set), ("note", .note), ("evidence-add", .evidenceAdd), ("undo", .undo),
            ("redo", .redo), ("date", .date), ("pj", .pj), ("evidence-remove", .evidenceRemove), ("review", .review),
            ("signer", .signer), ("edit", .edit), ("document", .document),
        ]

        private func change(_ kind: Kind) -> Change? {
            switch kind {
            case .set: return mark().map { .set($0) }
            case .undo, .redo:
                guard let undoes = int(.undoes) else { return nil }
                var target: String?
                if has(.target) {
                    guard let t = entryID(.target) else { return nil }
                    target = t
                }
                var mark: MarkChange?
                if has(.month) {
                    guard let m = self.mark() else { return nil }
                    mark = m
                }
                guard target != nil || mark != nil else { return nil }
                let step = Step(undoes: undoes, target: target, mark: mark)
                return kind == .undo ? .undo(step) : .redo(step)
            case .status:
                guard let row = row(), let month = month(), let old = status(.old), let new = status(.new) else { return nil }
                return .status(row: row, month: month, old: old, new: new)
            case .date:
                guard let row = row(), let month = month(), let old = date(.old), let new = date(.new) else { return nil }
                return .date(row: row, month: month, old: old, new: new)
            case .note:
                guard let row = row(), let month = month(), let old = text(.old), let new = text(.new) else { return nil }
                return .note(row: row, month: month, old: old, new: new)
            case .pj:
                guard let row = row(), let old = text(.old), let new = text(.new) else { return nil }
                return .pj(row: row, old: old, new: new)
            case .evidenceAdd, .evidenceRemove:
                let slot = self[.evidence]
                guard slot.kind == .object, let evidence = Fields(bytes: bytes, slots: slots, base: slot.start).evidence() else {
                    return nil
                }
                return kind == .evidenceAdd ? .evidenceAdd(evidence) : .evidenceRemove(evidence)
            case .review:
                guard let tw = int(.tw), (1...4).contains(tw), let row = row(), let field = choice(ReviewField.self),
                      let old = text(.old), let new = text(.new) else { return nil }
                return .review(row: row, tw: tw, field: field, old: old, new: new)
            case .signer:
                guard let field = choice(SignerField.self), let old = text(.old), let new = text(.new) else { return nil }
                return .signer(field: field, old: old, new: new)
            case .edit:
                guard let row = row(), let field = choice(PlanTextField.self), let old = text(.old), let new = text(.new) else {
                    return nil
                }
                return .edit(row: row, field: field, old: old, new: new)
            case .document:
                guard let field = choice(DocumentField.self), let old = text(.old), let new = text(.new) else { return nil }
                return .document(field: field, old: old, new: new)
            }
            // add, remove, move (arrays, snapshots) and unknown kinds have no `Kind`: the general parser reads them.
        }

        private func mark() -> MarkChange? {
            guard let row = row(), let month = month(), let old = bool(.old), let new = bool(.new) else { return nil }
            return MarkChange(row: row, month: month, old: old, new: new)
        }

        /// The evidence object (these fields are its slots).
        func evidence() -> Evidence? {
            guard let id = plainID(.id),
                  let type = string(.type), let kind = EvidenceKind(rawValue: type) else { return nil }
            let location: Evidence.Location
            switch (has(.path), has(.url)) {
            case (true, false): guard let path = text(.path) else { return nil }; location = .file(path)
            case (false, true): guard let url = text(.url) else { return nil }; location = .url(url)
            default: return nil
            }
            guard let row = row(), let title = text(.title), let number = text(.number), let date = text(.date) else {
                return nil
            }
            var month: Month?
            if has(.month) {
                guard let m = self.month() else { return nil }
                month = m
            }
            return Evidence(id: id, row: row, month: month, kind: kind, title: title, number: number, date: date,
                            location: location)
        }
    }

    /// The month whose label is the three bytes at `start` (`Jan` … `Des`, as written), or nil.
    static func month(at start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Month? {
        let key = UInt32(bytes[start]) << 16 | UInt32(bytes[start + 1]) << 8 | UInt32(bytes[start + 2])
        for (index, label) in monthKeys.enumerated() where label == key { return Month(index: index) }
        return nil
    }

    /// Each month's label as three bytes in one number (a scan of 12 numbers, no hashing).
    private static let monthKeys: [UInt32] = Month.allCases.map { month in
        let u = Array(month.label.utf8)
        return UInt32(u[0]) << 16 | UInt32(u[1]) << 8 | UInt32(u[2])
    }

    /// `StateFormat.parseTimestamp` for plain digits from 1900 on, without `timegm` and `Int32(String)` per
    /// field (same result: a day past the month's end runs on into the next month, as `timegm` does);
    /// anything else is left to it.
    static func timestamp(_ bytes: UnsafeBufferPointer<UInt8>, _ slot: Slot) -> Date? {
        let u = UnsafeBufferPointer(rebasing: bytes[slot.start..<slot.end])
        guard u.count == 20, u[4] == 0x2D, u[7] == 0x2D, u[10] == 0x54, u[13] == 0x3A, u[16] == 0x3A, u[19] == 0x5A else {
            return nil
        }
        func number(_ from: Int, _ count: Int) -> Int? {
            var value = 0
            for i in from..<(from + count) {
                guard u[i] >= 0x30 && u[i] <= 0x39 else { return nil }
                value = value * 10 + Int(u[i] - 0x30)
            }
            return value
        }
        guard var year = number(0, 4), let month = number(5, 2), let day = number(8, 2), let hour = number(11, 2),
              let minute = number(14, 2), let second = number(17, 2), year >= 1900, month >= 1, month <= 12,
              day >= 1, day <= 31, hour < 24, minute < 60, second < 61 else { return nil }
        // Days from 1970-01-01 to the civil date (H. Hinnant's algorithm), proleptic Gregorian like timegm.
        if month <= 2 { year -= 1 }
        let era = year / 400, yearOfEra = year - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        let days = era * 146_097 + dayOfEra - 719_468
        return Date(timeIntervalSince1970: TimeInterval(days * 86_400 + hour * 3_600 + minute * 60 + second))
    }

    // MARK: Reading bytes

    /// Reads the compact JSON rencana writes: `{"key":value,…}` with no whitespace, values strings, plain
    /// whole numbers, `true`/`false`, and (one level down) the evidence object. False on anything else.
    private struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        let slots: UnsafeMutableBufferPointer<Slot>
        var offset = 0

        init(bytes: UnsafeBufferPointer<UInt8>, slots: UnsafeMutableBufferPointer<Slot>) {
            self.bytes = bytes
            self.slots = slots
        }

        /// An object, its values in the slots from `base`; false on an unknown or repeated key.
        mutating func object(base: Int) -> Bool {
            guard take(UInt8(ascii: "{")) else { return false }
            if take(UInt8(ascii: "}")) { return true }
            while true {
                guard let key = key(), slots[base + key.rawValue].kind == .absent, take(UInt8(ascii: ":")),
                      value(into: base + key.rawValue, nested: base == 0 && key == .evidence, ids: base == 0 && key == .seen)
                else { return false }
                if take(UInt8(ascii: ",")) { continue }
                return take(UInt8(ascii: "}"))
            }
        }

        private mutating func take(_ byte: UInt8) -> Bool {
            guard offset < bytes.count, bytes[offset] == byte else { return false }
            offset += 1
            return true
        }

        /// A key: lowercase ASCII letters between quotes, one of `Key`.
        private mutating func key() -> Key? {
            guard take(UInt8(ascii: "\"")) else { return nil }
            let start = offset
            while offset < bytes.count, bytes[offset] != UInt8(ascii: "\"") {
                guard bytes[offset] >= 0x61 && bytes[offset] <= 0x7A else { return nil }
                offset += 1
            }
            guard offset < bytes.count, offset - start <= 8 else { return nil }
            var number: UInt64 = 0
            for i in start..<offset { number = number << 8 | UInt64(bytes[i]) }
            offset += 1
            return Key(packed: number)
        }

        private mutating func value(into index: Int, nested: Bool, ids: Bool) -> Bool {
            guard offset < bytes.count else { return false }
            switch bytes[offset] {
            case UInt8(ascii: "\""): return string(into: index)
            case UInt8(ascii: "t"):
                guard word("true") else { return false }
                slots[index].kind = .yes
                return true
            case UInt8(ascii: "f"):
                guard word("false") else { return false }
                slots[index].kind = .no
                return true
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                guard let value = number() else { return false }
                slots[index] = Slot(kind: .number, start: value, end: 0)
                return true
            case UInt8(ascii: "["):
                guard ids, let (start, end) = idList() else { return false }
                slots[index] = Slot(kind: .ids, start: start, end: end)
                return true
            case UInt8(ascii: "{"):
                guard nested else { return false }
                slots[index] = Slot(kind: .object, start: StateLineDecoder.keyCount, end: 0)
                return object(base: StateLineDecoder.keyCount)
            default: return false
            }
        }

        /// A list of entry ids as rencana writes `seen`: `["<32 lowercase hex>",…]` without spaces, at most
        /// `StateEntryParser.maxSeen` of them; the bytes between the brackets. Nil on anything else.
        private mutating func idList() -> (Int, Int)? {
            offset += 1  // the opening bracket
            let start = offset
            if take(UInt8(ascii: "]")) { return (start, start) }
            var count = 0
            while true {
                guard offset + 34 <= bytes.count, bytes[offset] == 0x22, bytes[offset + 33] == 0x22 else { return nil }
                for i in (offset + 1)..<(offset + 33) {
                    let b = bytes[i]
                    guard (b >= 0x30 && b <= 0x39) || (b >= 0x61 && b <= 0x66) else { return nil }
                }
                offset += 34
                count += 1
                guard count <= StateEntryParser.maxSeen else { return nil }
                if take(UInt8(ascii: ",")) { continue }
                let end = offset
                return take(UInt8(ascii: "]")) ? (start, end) : nil
            }
        }

        private mutating func word(_ text: StaticString) -> Bool {
            let n = text.utf8CodeUnitCount
            guard offset + n <= bytes.count else { return false }
            for i in 0..<n where bytes[offset + i] != text.utf8Start[i] { return false }
            offset += n
            return true
        }

        /// A whole number without sign, fraction or exponent, and without a leading zero (as JSON requires).
        private mutating func number() -> Int? {
            let start = offset
            var value = 0
            while offset < bytes.count, bytes[offset] >= 0x30 && bytes[offset] <= 0x39 {
                let (times, o1) = value.multipliedReportingOverflow(by: 10)
                let (sum, o2) = times.addingReportingOverflow(Int(bytes[offset] - 0x30))
                guard !o1, !o2 else { return nil }
                value = sum
                offset += 1
            }
            if offset - start > 1 && bytes[start] == 0x30 { return nil }
            if offset < bytes.count, bytes[offset] == UInt8(ascii: ".") || bytes[offset] == UInt8(ascii: "e")
                || bytes[offset] == UInt8(ascii: "E") { return nil }
            return value
        }

        /// A string's place: plain ASCII, or with escapes / other UTF-8 (checked when it is read). No raw
        /// control characters.
        private mutating func string(into index: Int) -> Bool {
            offset += 1  // the opening quote
            let start = offset
            var ascii = true
            // Eight bytes at a time while none is special (a quote, a backslash, a control character, not ASCII).
            if let base = bytes.baseAddress {
                let raw = UnsafeRawPointer(base)
                while offset + 8 <= bytes.count, Self.isPlain(raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) {
                    offset += 8
                }
            }
            while offset < bytes.count {
                let b = bytes[offset]
                if b == UInt8(ascii: "\"") { break }
                if b < 0x20 { return false }
                if b == UInt8(ascii: "\\") {
                    ascii = false
                    offset += 2
                    continue
                }
                if b >= 0x80 { ascii = false }
                offset += 1
            }
            guard offset < bytes.count else { return false }
            slots[index] = Slot(kind: ascii ? .ascii : .string, start: start, end: offset)
            offset += 1
            return true
        }

        /// True when none of the eight bytes of `word` is a quote, a backslash, below 0x20 or above 0x7F (exact bit tests,
        /// "Bit Twiddling Hacks": a byte less than n, a zero byte after an exclusive or).
        static func isPlain(_ word: UInt64) -> Bool {
            let ones: UInt64 = 0x0101_0101_0101_0101, high: UInt64 = 0x8080_8080_8080_8080
            func hasZero(_ v: UInt64) -> Bool { (v &- ones) & ~v & high != 0 }
            let below20 = (word &- ones &* 0x20) & ~word & high != 0
            return word & high == 0 && !below20 && !hasZero(word ^ (ones &* 0x22)) && !hasZero(word ^ (ones &* 0x5C))
        }

        /// The text of a string with escapes or non-ASCII bytes; nil for a bad escape, a lone surrogate or
        /// bytes that are not UTF-8.
        static func unescaped(_ raw: UnsafeBufferPointer<UInt8>) -> String? {
            var out: [UInt8] = []
            out.reserveCapacity(raw.count)
            var i = 0
            func hex4(_ at: Int) -> UInt32? {
                guard at + 4 <= raw.count else { return nil }
                var v: UInt32 = 0
                for k in at..<(at + 4) {
                    let c = raw[k]
                    let d: UInt8
                    switch c {
                    case 0x30...0x39: d = c - 0x30
                    case 0x61...0x66: d = c - 0x61 + 10
                    case 0x41...0x46: d = c - 0x41 + 10
                    default: return nil
                    }
                    v = v << 4 | UInt32(d)
                }
                return v
            }
            while i < raw.count {
                let b = raw[i]
                guard b == UInt8(ascii: "\\") else {
                    out.append(b)
                    i += 1
                    continue
                }
                guard i + 1 < raw.count else { return nil }
                switch raw[i + 1] {
                case UInt8(ascii: "\""): out.append(0x22)
                case UInt8(ascii: "\\"): out.append(0x5C)
                case UInt8(ascii: "/"): out.append(0x2F)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "u"):
                    guard var scalar = hex4(i + 2) else { return nil }
                    i += 6
                    if (0xD800...0xDBFF).contains(scalar) {
                        guard i + 1 < raw.count, raw[i] == UInt8(ascii: "\\"), raw[i + 1] == UInt8(ascii: "u"),
                              let low = hex4(i + 2), (0xDC00...0xDFFF).contains(low) else { return nil }
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                        i += 6
                    } else if (0xDC00...0xDFFF).contains(scalar) {
                        return nil
                    }
                    guard let unicode = Unicode.Scalar(scalar) else { return nil }
                    UTF8.encode(unicode) { out.append($0) }
                    continue
                default: return nil
                }
                i += 2
            }
            return String(validating: out, as: UTF8.self)
        }
    }
}
