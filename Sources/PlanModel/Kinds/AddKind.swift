import RencanaText

/// `add`: a new row; at `sub`, `kegiatan` or `area` level it starts a new group holding that one row.
public struct RowAddition: Equatable, Sendable {
    public var row: RowID
    /// Absent only for an empty plan.
    public var anchor: Anchor?
    public var level: PlanLevel
    public var text: String
    public var months: MonthSet
    public var ket: String
    /// Titles of the new groups (used from `level` up).
    public var sub: String
    public var kegiatan: String
    public var area: String

    public init(row: RowID, anchor: Anchor?, level: PlanLevel = .indikator, text: String = "",
                months: MonthSet = MonthSet(), ket: String = "", sub: String = "", kegiatan: String = "", area: String = "") {
        self.row = row
        self.anchor = anchor
        self.level = level
        self.text = text
        self.months = months
        self.ket = ket
        self.sub = sub
        self.kegiatan = kegiatan
        self.area = area
    }

    /// The new row as a subtree of its level.
    public var subtree: PlanSubtree {
        let indicator = Indicator(id: row, text: text, months: months, ket: ket)
        switch level {
        case .indikator: return .indikator(indicator)
        case .sub: return .sub(SubKegiatan(title: sub, indicators: [indicator]))
        case .kegiatan:
            return .kegiatan(Kegiatan(title: kegiatan, subKegiatan: [SubKegiatan(title: sub, indicators: [indicator])]))
        case .area:
            return .area(ChangeArea(number: 0, name: area, kegiatan: [
                Kegiatan(title: kegiatan, subKegiatan: [SubKegiatan(title: sub, indicators: [indicator])])]))
        }
    }
}

extension RowAddition: JournalKind {
    package static let name = "add"
    package static let fields = ["row", "after", "before", "level", "text", "months", "ket", "sub", "kegiatan", "area"]
    package static let version = 2
    package static var samples: [RowAddition] {
        [RowAddition(row: "r-0123456789ab", anchor: .after("1.1.1.1"), text: "baru", months: MonthSet([.jan, .des])),
         RowAddition(row: "r-0123456789ac", anchor: .before("1.1.1.1"), level: .area, text: "t", ket: "k", sub: "s", kegiatan: "g", area: "a"),
         RowAddition(row: "r-0123456789ad", anchor: nil, level: .sub, text: "t", sub: "s")]
    }
    package var change: Change { .add(self) }

    package init(fields f: EntryFields) throws(EntryFieldProblem) {
        let level = try f.choice("level", PlanLevel.self)
        self.init(row: try f.row(), anchor: try f.anchor(), level: level, text: try f.text("text"), months: try f.months("months"),
                  ket: try f.text("ket"), sub: try f.optionalText("sub"), kegiatan: try f.optionalText("kegiatan"),
                  area: try f.optionalText("area"))
    }

    package func writeFields(to line: inout JSONLine) {
        line.row(row)
        line.anchor(anchor)
        line.string("level", level.rawValue)
        line.string("text", text)
        line.months("months", months)
        line.string("ket", ket)
        if level != .indikator { line.string("sub", sub) }
        if level == .kegiatan || level == .area { line.string("kegiatan", kegiatan) }
        if level == .area { line.string("area", area) }
    }

    package func encode(to w: inout ByteWriter) {
        w.string(row.rawValue)
        w.anchor(anchor)
        w.choice(level)
        w.string(text)
        w.count(Int(months.bits))
        w.string(ket)
        w.string(sub)
        w.string(kegiatan)
        w.string(area)
    }

    package init(decoding r: inout ByteReader) throws(ByteDecodingError) {
        let row = RowID(try r.string())
        let anchor = try r.anchor()
        let level = try r.choice(PlanLevel.self)
        let text = try r.string()
        let months = MonthSet(bits: UInt16(try r.number(upTo: 0x0FFF)))
        self.init(row: row, anchor: anchor, level: level, text: text, months: months, ket: try r.string(),
                  sub: try r.string(), kegiatan: try r.string(), area: try r.string())
    }

    package var entryRow: RowID? { row }
    package static var isStructural: Bool { true }

    package func apply(to year: inout YearState) -> Bool { year.restructure { $0.insert(subtree, at: anchor) } }

    // Taking back an add needs the tree as it is: the row removed again.
    package func takeBack(in year: inout YearState) {
        _ = RowRemoval(rows: [row], snapshot: subtree, anchor: anchor).apply(to: &year)
    }

    package var inverse: Change? { nil }
    package func reach(forward: Bool) -> EntryReach { .rows }

    package func words(in year: YearState) -> String {
        // A new group is named by its title (its first row's text after it), a new row by its text.
        let title: String? = switch level {
        case .indikator: nil
        case .sub: sub
        case .kegiatan: kegiatan
        case .area: area
        }
        let words = title.map { ChangeWords.quoted($0) + (text.isEmpty ? "" : ", " + ChangeWords.quoted(text)) } ?? ChangeWords.quoted(text)
        return "\(row) " + Text.Journal.added(level: level.rawValue, place: anchor.map(ChangeWords.place) ?? "") + ": " + words
    }

    /// `addition` put in the plan with a new row id, against the year as it is.
    static func change(_ addition: RowAddition, ids: NewIDs, in year: inout YearState) throws(IntentRefusal) -> Change? {
        var addition = addition
        if let anchor = addition.anchor { try year.needRow(anchor.row) } else if !year.plan.rows.isEmpty {
            throw IntentRefusal(Text.State.needsAnchor)
        }
        for (text, key) in [(addition.text, "text"), (addition.ket, "ket"), (addition.sub, "sub"),
                            (addition.kegiatan, "kegiatan"), (addition.area, "area")] { try year.needText(text, key: key) }
        repeat { addition.row = ids.row() }
        while year.plan.rowIndex(of: addition.row) != nil || year.entries.contains { $0.change.row == addition.row }
        return .add(addition)
    }
}
