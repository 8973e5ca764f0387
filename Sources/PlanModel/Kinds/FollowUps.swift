import Foundation

/// What a command records after its first entry, in the same append and undone with it (`JournalEntry.with`):
/// the decree's `n)` numbering after a structural edit, and the rest of a group being undone or redone.
extension YearState {
    /// The changes to record after `entry` (just applied) as part of the same command.
    /// - After adding, removing or moving a kegiatan or sub kegiatan: its siblings' `n)` prefixes renumbered, so
    ///   the LAMPIRAN reads 1), 2), 3) … — only where those prefixes read 1…m in order before the edit (a decree's
    ///   own irregular numbering is left as signed) and only on titles that carry one.
    /// - After an undo or redo of an entry of a group: the undo or redo of the group's next entry.
    public mutating func followUps(after entry: JournalEntry) -> [Change] {
        switch entry.change {
        case .undo(let step), .redo(let step):
            guard let target = step.target.flatMap({ self.entry(id: $0) }) else { return [] }
            if case .undo = entry.change {
                guard let group = target.with, let next = nextUndo, next.id == group || next.with == group else { return [] }
                return (try? change(for: .undo)).flatMap { $0.map { [$0] } } ?? []
            }
            let group = target.with ?? target.id
            guard let next = nextRedo, next.with == group else { return [] }
            return (try? change(for: .redo)).flatMap { $0.map { [$0] } } ?? []
        case .add(let addition):
            guard addition.level == .sub || addition.level == .kegiatan else { return [] }
            let title = addition.level == .sub ? addition.sub : addition.kegiatan
            return renumbering(addition.level, holding: addition.row, added: Self.number(of: title))
        case .remove(let removal):
            guard removal.level == .sub || removal.level == .kegiatan, let anchor = removal.anchor else { return [] }
            let removed: String
            switch removal.snapshot {
            case .sub(let sub): removed = sub.title
            case .kegiatan(let kegiatan): removed = kegiatan.title
            default: return []
            }
            return renumbering(removal.level, holding: anchor.row, removed: Self.number(of: removed))
        case .move(let move):
            guard move.level == .sub || move.level == .kegiatan else { return [] }
            return renumbering(move.level, holding: move.row)
        default:
            return []
        }
    }

    /// The edits that number the siblings of the `level` group holding `row` 1), 2), 3) …, when their numbers,
    /// with `added` taken out and `removed` put back, read 1…m (the numbering was in order before the edit).
    private func renumbering(_ level: PlanLevel, holding row: RowID, added: Int? = nil, removed: Int? = nil) -> [Change] {
        guard let index = plan.rowIndex(of: row) else { return [] }
        let p = plan.rows[index].position
        // Each sibling: its title and a row inside it (the edit names the group by one of its rows).
        var siblings: [(title: String, row: RowID)] = []
        let field: PlanTextField = level == .sub ? .sub : .kegiatan
        let range = level == .sub ? plan.rowRange(area: p.area, kegiatan: p.kegiatan) : plan.rowRange(ofAreas: p.area..<(p.area + 1))
        var last: Int?
        for i in range {
            let q = plan.rows[i].position
            let key = level == .sub ? q.sub : q.kegiatan
            guard key != last else { continue }
            last = key
            siblings.append((level == .sub ? plan.rows[i].subKegiatan : plan.rows[i].kegiatan, plan.rows[i].id))
        }
        var numbers = siblings.compactMap { Self.number(of: $0.title) }
        if let added, let at = numbers.firstIndex(of: added) { numbers.remove(at: at) }
        if let removed { numbers.append(removed) }
        guard !numbers.isEmpty, numbers.sorted() == Array(1...numbers.count) else { return [] }
        var changes: [Change] = []
        var next = 1
        for sibling in siblings {
            guard let number = Self.number(of: sibling.title) else { continue }
            if number != next {
                let renumbered = String(next) + sibling.title.drop { $0.isASCII && $0.isNumber }
                changes.append(.edit(row: sibling.row, field: field, old: sibling.title, new: renumbered))
            }
            next += 1
        }
        return changes
    }

    /// The `n` of a title starting `n)` (digits, then a closing parenthesis).
    static func number(of title: String) -> Int? {
        let digits = title.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 4, title.dropFirst(digits.count).first == ")" else { return nil }
        return Int(digits)
    }
}
