import RencanaText

/// `move`: a row, sub kegiatan or kegiatan moved.
public struct RowMove: Equatable, Sendable {
    public enum Direction: Equatable, Sendable {
        /// One place up or down within its parent.
        case up, down
        /// An indicator into another place (another sub kegiatan too): `to` where it goes, `from` where it was.
        case to(Anchor, from: Anchor)
    }
    /// A row of the group that moves (the row itself at `indikator` level).
    public var row: RowID
    public var level: PlanLevel
    public var direction: Direction

    public init(row: RowID, level: PlanLevel, direction: Direction) {
        self.row = row
        self.level = level
        self.direction = direction
    }

    /// The move that takes this one back.
    public var inverseMove: RowMove {
        switch direction {
        case .up: RowMove(row: row, level: level, direction: .down)
        case .down: RowMove(row: row, level: level, direction: .up)
        case .to(let to, let from): RowMove(row: row, level: level, direction: .to(from, from: to))
        }
    }
}

extension RowMove: JournalKind {
    package static let name = "move"
    package static let fields = ["row", "level", "direction", "to", "from"]
    package static let version = 2
    package static var samples: [RowMove] {
        [RowMove(row: "1.1.1.1", level: .kegiatan, direction: .up), RowMove(row: "1.1.1.1", level: .indikator, direction: .down),
         RowMove(row: "1.1.1.1", level: .indikator, direction: .to(.after("2.1.1.1"), from: .before("1.1.1.2")))]
    }
    package var change: Change { .move(self) }

    package init(fields f: EntryFields) throws(EntryFieldProblem) {
        let row = try f.row(), level = try f.choice("level", PlanLevel.self)
        if f.has("direction") {
            let direction = try f.string("direction")
            guard direction == "up" || direction == "down" else { throw EntryFieldProblem(Text.State.badChoice(key: "direction")) }
            self.init(row: row, level: level, direction: direction == "up" ? .up : .down)
            return
        }
        guard level == .indikator, f.has("to"), f.has("from") else { throw EntryFieldProblem(Text.State.badChoice(key: "direction")) }
        self.init(row: row, level: level, direction: .to(try f.place("to"), from: try f.place("from")))
    }

    package func writeFields(to line: inout JSONLine) {
        line.row(row)
        line.string("level", level.rawValue)
        switch direction {
        case .up: line.string("direction", "up")
        case .down: line.string("direction", "down")
        case .to(let to, let from):
            line.place("to", to)
            line.place("from", from)
        }
    }

    package func encode(to w: inout ByteWriter) {
        w.string(row.rawValue)
        w.choice(level)
        switch direction {
        case .up: w.u8(0)
        case .down: w.u8(1)
        case .to(let to, let from): w.u8(2); w.anchor(to); w.anchor(from)
        }
    }

    package init(decoding r: inout ByteReader) throws(ByteDecodingError) {
        let row = RowID(try r.string())
        let level = try r.choice(PlanLevel.self)
        let direction: Direction
        switch try r.u8() {
        case 0: direction = .up
        case 1: direction = .down
        case 2:
            guard let to = try r.anchor() else { throw ByteDecodingError(offset: r.offset) }
            guard let from = try r.anchor() else { throw ByteDecodingError(offset: r.offset) }
            direction = .to(to, from: from)
        default: throw ByteDecodingError(offset: r.offset)
        }
        self.init(row: row, level: level, direction: direction)
    }

    package var entryRow: RowID? { row }
    package static var isStructural: Bool { true }

    package func apply(to year: inout YearState) -> Bool {
        year.restructure { tree in
            switch direction {
            case .up: return tree.move(level, holding: row, up: true)
            case .down: return tree.move(level, holding: row, up: false)
            case .to(let to, _):
                // The anchor is checked before the row is taken out, so a move to a row that is gone loses nothing.
                guard level == .indikator, row != to.row, tree.indicator(to.row) != nil,
                      let (removed, from) = tree.remove(.indikator, holding: row) else { return false }
                guard case .indikator = removed else { _ = tree.insert(removed, at: from); return false }
                if tree.insert(removed, at: to) { return true }
                _ = tree.insert(removed, at: from)
                return false
            }
        }
    }

    package var inverse: Change? { .move(inverseMove) }
    package func reach(forward: Bool) -> EntryReach { .rows }

    package func words(in year: YearState) -> String {
        switch direction {
        case .up: "\(row) " + Text.Journal.moved(level: level.rawValue, direction: "up")
        case .down: "\(row) " + Text.Journal.moved(level: level.rawValue, direction: "down")
        case .to(let to, _): "\(row) " + Text.Journal.movedTo(place: ChangeWords.place(to))
        }
    }

    /// The group of `level` holding `row` one place up or down, against the year as it is.
    static func change(row: RowID, level: PlanLevel, up: Bool, in year: inout YearState) throws(IntentRefusal) -> Change? {
        try year.needRow(row)
        return year.canMove(row, level: level, up: up) ? .move(RowMove(row: row, level: level, direction: up ? .up : .down)) : nil
    }

    /// An indicator moved after or before another row, against the year as it is.
    static func change(row: RowID, to anchor: Anchor, in year: inout YearState) throws(IntentRefusal) -> Change? {
        try year.needRow(row)
        try year.needRow(anchor.row)
        guard anchor.row != row else { return nil }
        guard let from = year.place(of: row) else { throw IntentRefusal(Text.State.onlyRowOfSub) }
        return .move(RowMove(row: row, level: .indikator, direction: .to(anchor, from: from)))
    }
}
