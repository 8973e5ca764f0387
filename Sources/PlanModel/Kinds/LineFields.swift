import Foundation

/// The keys the journal's fast reader knows; any other key sends the line to the general reader.
package enum LineKey: Int, CaseIterable {
    case seq, id, at, by, kind, row, month, old, new, undoes, target, tw, field, evidence
    // Keys of the evidence object.
    case type, path, url, title, number, date
    // A team's entry (version 3): who wrote it, its logical clock and the entries it had seen.
    case device, clock, seen

    /// How many keys there are (slots per object).
    package static let count = allCases.count
}

/// Where one value is in the line (plain old data: nothing to allocate or free per line).
package struct LineSlot {
    package enum Kind: UInt8 { case absent, ascii, string, number, yes, no, object, ids }
    package var kind = Kind.absent
    /// A string's bytes between the quotes; a number's value in `start`; an object's first slot; a list of ids'
    /// bytes between the brackets.
    package var start = 0
    package var end = 0

    package init(kind: Kind = .absent, start: Int = 0, end: Int = 0) {
        self.kind = kind
        self.start = start
        self.end = end
    }
}

/// The values of one object of a journal line as the fast reader found them (PlanStore's `StateLineDecoder`), read
/// into the model's types on demand with the general reader's rules: any doubt gives nil, and the general reader
/// decides. A kind's `init?(line:)` reads its keys through it.
package struct LineFields {
    package let bytes: UnsafeBufferPointer<UInt8>
    package let slots: UnsafeMutableBufferPointer<LineSlot>
    package let base: Int

    package init(bytes: UnsafeBufferPointer<UInt8>, slots: UnsafeMutableBufferPointer<LineSlot>, base: Int) {
        self.bytes = bytes
        self.slots = slots
        self.base = base
    }

    package subscript(_ key: LineKey) -> LineSlot { slots[base + key.rawValue] }
    package func has(_ key: LineKey) -> Bool { self[key].kind != .absent }

    package func string(_ key: LineKey) -> String? {
        let slot = self[key]
        guard slot.kind == .ascii || slot.kind == .string else { return nil }
        let raw = UnsafeBufferPointer(rebasing: bytes[slot.start..<slot.end])
        return slot.kind == .ascii ? String(decoding: raw, as: UTF8.self) : Self.unescaped(raw)
    }

    package func int(_ key: LineKey) -> Int? { self[key].kind == .number ? self[key].start : nil }

    package func bool(_ key: LineKey) -> Bool? {
        switch self[key].kind {
        case .yes: true
        case .no: false
        default: nil
        }
    }

    /// A free text within `JournalEntry.maxTextLength`.
    package func text(_ key: LineKey) -> String? {
        guard let value = string(key), JournalEntry.fitsText(value) else { return nil }
        return value
    }

    /// 32 lowercase hex digits (what rencana writes; `v1-` ids are left to the general reader).
    package func entryID(_ key: LineKey) -> String? {
        let slot = self[key]
        guard slot.kind == .ascii, slot.end - slot.start == 32 else { return nil }
        for i in slot.start..<slot.end {
            let b = bytes[i]
            guard (b >= 0x30 && b <= 0x39) || (b >= 0x61 && b <= 0x66) else { return nil }
        }
        return string(key)
    }

    /// A row id by `RowID.isUsable`: a plain ASCII slot is checked on its bytes (no space, no DEL, at most
    /// 64); any other is left to the general reader, which applies the rule itself.
    package func row() -> RowID? {
        let slot = self[.row]
        guard slot.kind == .ascii, slot.end > slot.start, slot.end - slot.start <= RowID.maxLength else { return nil }
        for i in slot.start..<slot.end where bytes[i] == 0x7F || bytes[i] == 0x20 { return nil }
        return string(.row).map { RowID($0) }
    }

    /// The longest evidence id, in characters (`JournalEntry.isPlainID`).
    static let maxIDLength = 200

    /// A non-empty id by `JournalEntry.isPlainID`'s rule: for a plain ASCII slot (no control byte below
    /// 0x20 by then) the rule is its length and no DEL, checked on the bytes; any other goes through the rule.
    package func plainID(_ key: LineKey) -> String? {
        let slot = self[key]
        guard slot.kind == .ascii else {
            guard let value = string(key), !value.isEmpty, JournalEntry.isPlainID(value) else { return nil }
            return value
        }
        guard slot.end > slot.start, slot.end - slot.start <= Self.maxIDLength else { return nil }
        for i in slot.start..<slot.end where bytes[i] == 0x7F { return nil }
        return string(key)
    }

    /// Only the labels rencana writes; any other spelling goes to the general reader.
    package func month() -> Month? {
        let slot = self[.month]
        guard slot.kind == .ascii, slot.end - slot.start == 3 else { return nil }
        return Self.month(at: slot.start, in: bytes)
    }

    /// True when the slot is a plain string equal to `word`.
    package func equals(_ key: LineKey, _ word: StaticString) -> Bool {
        let slot = self[key]
        let n = word.utf8CodeUnitCount
        guard slot.kind == .ascii, slot.end - slot.start == n else { return false }
        for i in 0..<n where bytes[slot.start + i] != word.utf8Start[i] { return false }
        return true
    }

    /// True when the slot is a plain string equal to `word`'s bytes.
    func equals(_ key: LineKey, _ word: [UInt8]) -> Bool {
        let slot = self[key]
        guard slot.kind == .ascii, slot.end - slot.start == word.count else { return false }
        for i in 0..<word.count where bytes[slot.start + i] != word[i] { return false }
        return true
    }

    /// The status: `.some(nil)` for an empty code (none), nil when not decodable. The codes rencana
    /// writes (`done`, `partly`, `missed`, `moved:Apr`) are read from the bytes; any other is left to
    /// the general reader.
    package func status(_ key: LineKey) -> RealisationStatus?? {
        let slot = self[key]
        guard slot.kind == .ascii else { return nil }
        switch slot.end - slot.start {
        case 0: return .some(nil)
        case 4: return equals(key, "done") ? .some(.done) : nil
        case 6: return equals(key, "partly") ? .some(.partly) : equals(key, "missed") ? .some(.missed) : nil
        case 9:
            let moved: StaticString = "moved:"
            for i in 0..<6 where bytes[slot.start + i] != moved.utf8Start[i] { return nil }
            return Self.month(at: slot.start + 6, in: bytes).map { .some(.moved($0)) }
        default: return nil
        }
    }

    package func date(_ key: LineKey) -> String? {
        guard let value = string(key), value.isEmpty || JournalEntry.isDate(value) else { return nil }
        return value
    }

    package func choice<T: RawRepresentable & CaseIterable>(_ type: T.Type) -> T? where T.RawValue == String {
        string(.field).flatMap { T(rawValue: $0) }
    }

    /// The evidence object at `.evidence` (its keys are its own slots).
    package func evidence() -> Evidence? {
        let slot = self[.evidence]
        guard slot.kind == .object else { return nil }
        return LineFields(bytes: bytes, slots: slots, base: slot.start).evidenceFields()
    }

    /// This object read as a piece of evidence.
    private func evidenceFields() -> Evidence? {
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

    /// The change on this line, by its kind's fast reader; nil for a kind without one or anything it doubts.
    package func change() -> Change? {
        let slot = self[.kind]
        guard slot.kind == .ascii else { return nil }
        let length = slot.end - slot.start
        let packed = Self.packed(bytes, from: slot.start, count: length)
        // The built-in kinds' names, compared as numbers (their first eight bytes and their length), then in full.
        for (index, name) in JournalKinds.builtInPackedNames.enumerated() where name.packed == packed && name.length == length {
            guard length <= 8 || equals(.kind, JournalKinds.builtInNames[index]) else { return nil }
            return JournalKinds.builtIn[index].change(line: self)
        }
        return nil
    }

    /// Up to the first eight of `count` bytes from `start`, big-endian in one number.
    static func packed(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, count: Int) -> UInt64 {
        var value: UInt64 = 0
        for i in start..<(start + min(8, count)) { value = value << 8 | UInt64(bytes[i]) }
        return value
    }

    /// The month whose label is the three bytes at `start` (`Jan` … `Des`, as written), or nil.
    package static func month(at start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Month? {
        let key = UInt32(bytes[start]) << 16 | UInt32(bytes[start + 1]) << 8 | UInt32(bytes[start + 2])
        for (index, label) in monthKeys.enumerated() where label == key { return Month(index: index) }
        return nil
    }

    /// Each month's label as three bytes in one number (a scan of 12 numbers, no hashing).
    private static let monthKeys: [UInt32] = Month.allCases.map { month in
        let u = Array(month.label.utf8)
        return UInt32(u[0]) << 16 | UInt32(u[1]) << 8 | UInt32(u[2])
    }

    /// The text of a string with escapes or non-ASCII bytes; nil for a bad escape, a lone surrogate or
    /// bytes that are not UTF-8.
    package static func unescaped(_ raw: UnsafeBufferPointer<UInt8>) -> String? {
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
