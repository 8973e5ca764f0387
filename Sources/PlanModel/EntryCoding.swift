import Foundation

/// The binary form of journal entries for the snapshot cache: every kind, every field, so a decoded entry is
/// equal to the one parsed from its JSON line (`EntryCodingTests`).
package enum EntryCoding {
    package static func write(_ entry: JournalEntry, to w: inout ByteWriter) {
        writeID(entry.id, extras: (entry.device != nil ? 0x10 : 0) | (entry.clock != nil ? 0x20 : 0) | (entry.seen.isEmpty ? 0 : 0x40)
                | (entry.with == nil ? 0 : 0x80),
                to: &w)
        w.double(entry.at.timeIntervalSinceReferenceDate)
        w.string(entry.by)
        if let device = entry.device { w.string(device) }
        if let clock = entry.clock { w.count(clock) }
        if !entry.seen.isEmpty {
            w.count(entry.seen.count)
            for id in entry.seen { w.string(id) }
        }
        if let with = entry.with { w.string(with) }
        write(entry.change, to: &w)
    }

    /// The entry at position `seq` (its seq is not stored: entries are in order).
    package static func entry(seq: Int, from r: inout ByteReader) throws(ByteDecodingError) -> JournalEntry {
        var packed: (UInt64, UInt64)?
        return try entry(seq: seq, from: &r, packedID: &packed)
    }

    /// The entry, and in `packedID` its id's two 64-bit halves when it is 32 hex digits (for `EntryIndex`).
    static func entry(seq: Int, from r: inout ByteReader, packedID: inout (UInt64, UInt64)?) throws(ByteDecodingError) -> JournalEntry {
        var extras: UInt8 = 0
        let id = try readID(from: &r, packed: &packedID, extras: &extras)
        let at = Date(timeIntervalSinceReferenceDate: try r.double())
        let by = try r.string()
        var device: String?, clock: Int?
        if extras & 0x10 != 0 { device = try r.string() }
        if extras & 0x20 != 0 { clock = try r.number(upTo: Int.max) }
        var seen: [String] = []
        if extras & 0x40 != 0 {
            let count = try r.number(upTo: 64)
            for _ in 0..<count { seen.append(try r.string()) }
        }
        let with = extras & 0x80 != 0 ? try r.string() : nil
        return JournalEntry(seq: seq, id: id, at: at, by: by, device: device, clock: clock, seen: seen, with: with,
                            change: try change(from: &r))
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// A 32-lowercase-hex-digit id as its 16 bytes; any other id as a string. The tag's high bits (`extras`) say
    /// which optional fields follow `by` (0x10 device, 0x20 clock, 0x40 seen, 0x80 with): entries without them code as before.
    private static func writeID(_ id: String, extras: UInt8, to w: inout ByteWriter) {
        var copy = id
        let packed: [UInt8]? = copy.withUTF8 { u in
            guard u.count == 32 else { return nil }
            var out = [UInt8](repeating: 0, count: 16)
            for i in 0..<32 {
                let c = u[i]
                let digit: UInt8
                if c >= 0x30 && c <= 0x39 { digit = c - 0x30 } else if c >= 0x61 && c <= 0x66 { digit = c - 0x61 + 10 } else { return nil }
                out[i / 2] |= digit << (i % 2 == 0 ? 4 : 0)
            }
            return out
        }
        if let packed {
            w.u8(0 | extras)
            w.raw(packed)
        } else {
            w.u8(1 | extras)
            w.string(id)
        }
    }

    private static func readID(from r: inout ByteReader, packed halves: inout (UInt64, UInt64)?,
                               extras: inout UInt8) throws(ByteDecodingError) -> String {
        let tag = try r.u8()
        guard tag & 0x0E == 0 else { throw ByteDecodingError(offset: r.offset) }
        extras = tag & 0xF0
        switch tag & 0x01 {
        case 0:
            let packed = try r.raw(16)
            var high: UInt64 = 0, low: UInt64 = 0
            for i in 0..<8 {
                high = high << 8 | UInt64(packed[i])
                low = low << 8 | UInt64(packed[8 + i])
            }
            halves = (high, low)
            return String(unsafeUninitializedCapacity: 32) { buffer in
                for i in 0..<16 {
                    buffer[2 * i] = hexDigits[Int(packed[i] >> 4)]
                    buffer[2 * i + 1] = hexDigits[Int(packed[i] & 0x0F)]
                }
                return 32
            }
        case 1:
            halves = nil
            return try r.string()
        default: throw ByteDecodingError(offset: r.offset)
        }
    }

    private static func write(_ mark: MarkChange, to w: inout ByteWriter) {
        w.string(mark.row.rawValue)
        w.u8(UInt8(mark.month.index) | (mark.old ? 0x10 : 0) | (mark.new ? 0x20 : 0))
    }

    private static func mark(from r: inout ByteReader) throws(ByteDecodingError) -> MarkChange {
        let row = RowID(try r.string())
        let packed = try r.u8()
        guard packed & 0xC0 == 0, let month = Month(index: Int(packed & 0x0F)) else { throw ByteDecodingError(offset: r.offset) }
        return MarkChange(row: row, month: month, old: packed & 0x10 != 0, new: packed & 0x20 != 0)
    }

    private static func write(_ anchor: Anchor?, to w: inout ByteWriter) {
        switch anchor {
        case nil: w.u8(0)
        case .after(let row): w.u8(1); w.string(row.rawValue)
        case .before(let row): w.u8(2); w.string(row.rawValue)
        }
    }

    private static func anchor(from r: inout ByteReader) throws(ByteDecodingError) -> Anchor? {
        switch try r.u8() {
        case 0: return nil
        case 1: return .after(RowID(try r.string()))
        case 2: return .before(RowID(try r.string()))
        default: throw ByteDecodingError(offset: r.offset)
        }
    }

    private static func some(_ anchor: Anchor?, _ r: ByteReader) throws(ByteDecodingError) -> Anchor {
        guard let anchor else { throw ByteDecodingError(offset: r.offset) }
        return anchor
    }

    private static func write<E: CaseIterable & Equatable>(_ value: E, to w: inout ByteWriter) {
        w.u8(UInt8(Array(E.allCases).firstIndex(of: value)!))
    }

    private static func read<E: CaseIterable>(_: E.Type, from r: inout ByteReader) throws(ByteDecodingError) -> E {
        let all = Array(E.allCases)
        let index = Int(try r.u8())
        guard index < all.count else { throw ByteDecodingError(offset: r.offset) }
        return all[index]
    }

    private static func write(_ change: Change, to w: inout ByteWriter) {
        switch change {
        case .declared(let declared): w.u8(declaredTag); w.string(declared.kind); declared.payload.encode(to: &w)
        case .set(let m): w.u8(0); write(m, to: &w)
        case .undo(let s), .redo(let s):
            w.u8(change.kind == "undo" ? 1 : 2)
            w.int(s.undoes)
            w.bool(s.target != nil)
            if let target = s.target { w.string(target) }
            w.bool(s.mark != nil)
            if let mark = s.mark { write(mark, to: &w) }
        case .status(let row, let month, let old, let new):
            w.u8(3); w.string(row.rawValue); w.u8(UInt8(month.index))
            PlanCoding.write(old, to: &w); PlanCoding.write(new, to: &w)
        case .date(let row, let month, let old, let new): w.u8(4); cell(row, month, old, new, &w)
        case .note(let row, let month, let old, let new): w.u8(5); cell(row, month, old, new, &w)
        case .pj(let row, let old, let new): w.u8(6); w.string(row.rawValue); w.string(old); w.string(new)
        case .evidenceAdd(let e): w.u8(7); PlanCoding.write(e, to: &w)
        case .evidenceRemove(let e): w.u8(8); PlanCoding.write(e, to: &w)
        case .review(let row, let tw, let field, let old, let new):
            w.u8(9); w.string(row.rawValue); w.int(tw); write(field, to: &w); w.string(old); w.string(new)
        case .signer(let field, let old, let new): w.u8(10); write(field, to: &w); w.string(old); w.string(new)
        case .edit(let row, let field, let old, let new):
            w.u8(11); w.string(row.rawValue); write(field, to: &w); w.string(old); w.string(new)
        case .document(let field, let old, let new): w.u8(12); write(field, to: &w); w.string(old); w.string(new)
        case .add(let a):
            w.u8(13); w.string(a.row.rawValue); write(a.anchor, to: &w); write(a.level, to: &w)
            w.string(a.text); w.count(Int(a.months.bits)); w.string(a.ket); w.string(a.sub); w.string(a.kegiatan)
            w.string(a.area)
        case .remove(let removal):
            w.u8(14)
            w.count(removal.rows.count)
            for row in removal.rows { w.string(row.rawValue) }
            PlanCoding.write(removal.snapshot, to: &w)
            write(removal.anchor, to: &w)
        case .move(let m):
            w.u8(15); w.string(m.row.rawValue); write(m.level, to: &w)
            switch m.direction {
            case .up: w.u8(0)
            case .down: w.u8(1)
            case .to(let to, let from): w.u8(2); write(to, to: &w); write(from, to: &w)
            }
        }
    }

    private static func cell(_ row: RowID, _ month: Month, _ old: String, _ new: String, _ w: inout ByteWriter) {
        w.string(row.rawValue)
        w.u8(UInt8(month.index))
        w.string(old)
        w.string(new)
    }

    private static func change(from r: inout ByteReader) throws(ByteDecodingError) -> Change {
        let kind = try r.u8()
        switch kind {
        case 0: return .set(try mark(from: &r))
        case 1, 2:
            let undoes = try r.int()
            let target = try r.bool() ? try r.string() : nil
            let mark = try r.bool() ? try self.mark(from: &r) : nil
            let step = Step(undoes: undoes, target: target, mark: mark)
            return kind == 1 ? .undo(step) : .redo(step)
        case 3:
            let row = RowID(try r.string())
            let month = try PlanCoding.month(from: &r)
            return .status(row: row, month: month, old: try PlanCoding.status(from: &r), new: try PlanCoding.status(from: &r))
        case 4, 5:
            let row = RowID(try r.string())
            let month = try PlanCoding.month(from: &r)
            let old = try r.string(), new = try r.string()
            return kind == 4 ? .date(row: row, month: month, old: old, new: new) : .note(row: row, month: month, old: old, new: new)
        case 6: return .pj(row: RowID(try r.string()), old: try r.string(), new: try r.string())
        case 7: return .evidenceAdd(try PlanCoding.evidence(from: &r))
        case 8: return .evidenceRemove(try PlanCoding.evidence(from: &r))
        case 9:
            let row = RowID(try r.string())
            let tw = try r.int()
            return .review(row: row, tw: tw, field: try read(ReviewField.self, from: &r), old: try r.string(), new: try r.string())
        case 10: return .signer(field: try read(SignerField.self, from: &r), old: try r.string(), new: try r.string())
        case 11:
            let row = RowID(try r.string())
            return .edit(row: row, field: try read(PlanTextField.self, from: &r), old: try r.string(), new: try r.string())
        case 12: return .document(field: try read(DocumentField.self, from: &r), old: try r.string(), new: try r.string())
        case 13:
            let row = RowID(try r.string())
            let anchor = try anchor(from: &r)
            let level = try read(PlanLevel.self, from: &r)
            let text = try r.string()
            let months = MonthSet(bits: UInt16(try r.number(upTo: 0x0FFF)))
            return .add(RowAddition(row: row, anchor: anchor, level: level, text: text, months: months, ket: try r.string(),
                                    sub: try r.string(), kegiatan: try r.string(), area: try r.string()))
        case 14:
            let count = try r.count()
            var rows: [RowID] = []
            for _ in 0..<count { rows.append(RowID(try r.string())) }
            let snapshot = try PlanCoding.subtree(from: &r)
            return .remove(RowRemoval(rows: rows, snapshot: snapshot, anchor: try anchor(from: &r)))
        case 15:
            let row = RowID(try r.string())
            let level = try read(PlanLevel.self, from: &r)
            let direction: RowMove.Direction
            switch try r.u8() {
            case 0: direction = .up
            case 1: direction = .down
            case 2:
                let to = try some(try anchor(from: &r), r)
                direction = .to(to, from: try some(try anchor(from: &r), r))
            default: throw ByteDecodingError(offset: r.offset)
            }
            return .move(RowMove(row: row, level: level, direction: direction))
        case declaredTag:
            guard let type = JournalKinds.declared(named: try r.string()) else { throw ByteDecodingError(offset: r.offset) }
            return .declared(DeclaredChange(try type.init(decoding: &r)))
        default: throw ByteDecodingError(offset: r.offset)
        }
    }

    /// A kind declared in its own file: this tag, its name, then its own bytes.
    private static let declaredTag: UInt8 = 200
}
