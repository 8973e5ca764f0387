import Foundation
import PlanModel

/// The second half of `StateLineDecoder`: a line's values, found by its `Reader`, made into the model's types with
/// `StateEntryParser`'s rules (any doubt gives nil, and the general parser decides).
extension StateLineDecoder {
    /// The values of one object of the line, read into the model's types on demand.
    struct Fields {
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
}
