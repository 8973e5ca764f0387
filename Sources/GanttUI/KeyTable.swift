/// The one key table: every binding of the dashboard, grouped into entries that help describes in one line.
///
/// `Keymap`'s lookup tables, the help overlay's key column and the check of the key bar all come from here,
/// so a key cannot be bound without help, and help cannot name a key that is not bound (`KeyTableTests`).
/// The words of each entry are in RencanaText (`Text.Dashboard.keyHelp`, by the entry's `id`).
public struct KeyEntry: Sendable {
    /// Where a binding applies.
    public enum Scope: Hashable, Sendable {
        /// The grid (and the detail pane, which keeps the grid's keys), in either layer.
        case grid
        /// The grid in the Realisasi layer, over the grid's keys.
        case realisasi
        /// The key after `z` (vim's fold commands).
        case afterZ
        /// The views' own keys (Views/): help, the area picker, the detail pane (over the grid's), the search prompt.
        case help
        case picker
        case detail
        case search
        /// The revision view (`v`).
        case revision
    }

    public struct Binding: Sendable {
        public let scope: Scope
        public let key: Key
        public let action: Action
    }

    /// The entry's name in `Text.Dashboard.keyHelp`.
    public let id: String
    public let bindings: [Binding]
    /// False for entries that help does not list (the overlays' own keys, shown in their key bar).
    public let inHelp: Bool

    init(_ id: String, _ scope: Scope, _ pairs: [(Key, Action)], inHelp: Bool = true) {
        self.id = id
        bindings = pairs.map { Binding(scope: scope, key: $0.0, action: $0.1) }
        self.inHelp = inHelp
    }

    init(_ id: String, _ bindings: [Binding]) {
        self.id = id
        self.bindings = bindings
        inHelp = true
    }

    /// How help writes the entry's keys: `↑ ↓ k j`, `1 – 9`, `zc` for a key after `z`.
    public var keysLabel: String {
        var names: [String] = []
        var digits: [Int] = []
        // The grid's keys (an entry may bind the same key in the overlays too: named once).
        for binding in bindings where ![.help, .picker, .detail, .search].contains(binding.scope) || bindings.allSatisfy({ $0.scope == binding.scope }) {
            if case .char(let c) = binding.key, binding.scope != .afterZ, let n = c.wholeNumberValue { digits.append(n); continue }
            let name = KeyTable.name(binding.key)
            let written = binding.scope == .afterZ ? "z" + name : name
            if !names.contains(written) { names.append(written) }
        }
        if let first = digits.first, let last = digits.last {
            names.insert(digits.count > 2 && digits == Array(first...last) ? "\(first) – \(last)" : digits.map(String.init).joined(separator: " "), at: 0)
        }
        return names.joined(separator: " ")
    }
}

public enum KeyTable {
    private static func k(_ c: Character) -> Key { .char(c) }

    /// Every entry, in the order help lists them.
    public static let entries: [KeyEntry] = [
        KeyEntry("rows", .grid, [(.up, .moveRows(-1)), (.down, .moveRows(1)), (k("k"), .moveRows(-1)), (k("j"), .moveRows(1))]),
        KeyEntry("months", .grid, [(.left, .moveMonths(-1)), (.right, .moveMonths(1)), (k("h"), .moveMonths(-1)), (k("l"), .moveMonths(1))]),
        KeyEntry("pages", .grid, [(.pageUp, .pageUp), (.pageDown, .pageDown), (.ctrl("b"), .pageUp), (.ctrl("f"), .pageDown)]),
        KeyEntry("halfPages", .grid, [(.ctrl("u"), .halfPageUp), (.ctrl("d"), .halfPageDown)]),
        KeyEntry("ends", .grid, [(.home, .firstRow), (.end, .lastRow), (k("g"), .firstRow), (k("G"), .lastRow)]),
        KeyEntry("toggle", .grid, [(k(" "), .toggle), (.enter, .toggle)]),
        KeyEntry("undo", .grid, [(k("u"), .undo)]),
        KeyEntry("redo", .grid, [(.ctrl("r"), .redo)]),
        KeyEntry("area", .grid, (1...9).map { (k(Character(String($0))), .showArea($0)) }),
        KeyEntry("allAreas", .grid, [(k("0"), .showAllAreas)]),
        KeyEntry("areaPicker", .grid, [(k("a"), .view(.picker(.open)))]),
        KeyEntry("search", .grid, [(k("/"), .view(.search(.open)))]),
        KeyEntry("matches", .grid, [(k("n"), .nextMatch), (k("N"), .previousMatch)]),
        KeyEntry("detail", .grid, [(.tab, .view(.detail(.toggle))), (k("d"), .view(.detail(.toggle)))]),
        KeyEntry("period", .grid, [(k("t"), .cyclePeriod)]),
        KeyEntry("layer", .grid, [(k("r"), .toggleLayer)]),
        KeyEntry("done", .realisasi, [(k("y"), .recordStatus(.done)), (k(" "), .recordStatus(.done)), (.enter, .recordStatus(.done))]),
        KeyEntry("partlyMissed", .realisasi, [(k("p"), .recordStatus(.partly)), (k("m"), .recordStatus(.missed))]),
        KeyEntry("moved", .realisasi, [(k(">"), .startMove)]),
        KeyEntry("clear", .realisasi, [(k("c"), .clearStatus), (.backspace, .clearStatus), (.delete, .clearStatus)]),
        KeyEntry("asOf", .realisasi, [(k("["), .moveAsOf(-1)), (k("]"), .moveAsOf(1))]),
        KeyEntry("editors", .realisasi, [(k("e"), .editNote), (k("P"), .editPJ), (k("T"), .editReview)]),
        KeyEntry("evidence", .realisasi, [(k("b"), .addEvidence), (k("X"), .removeEvidence)]),
        KeyEntry("addRow", .grid, [(k("o"), .addRow(above: false)), (k("O"), .addRow(above: true))]),
        KeyEntry("addGroup", .grid, [(k("A"), .addGroup)]),
        KeyEntry("delete", .grid, [(k("x"), .deleteRows), (.delete, .deleteRows)]),
        KeyEntry("moveRow", .grid, [(k("K"), .moveRow(up: true)), (k("J"), .moveRow(up: false))]),
        KeyEntry("moveTo", .grid, [(k("M"), .startMoveTo)]),
        KeyEntry("revision", .grid, [(k("v"), .openRevision)]),
        KeyEntry("editText", .grid, [(k("E"), .editTexts)]),
        KeyEntry("editDocument", .grid, [(k("D"), .editDocument)]),
        KeyEntry("conflict", .grid, [(k("C"), .startConflictChoice)]),
        KeyEntry("fold", [.init(scope: .grid, key: k("-"), action: .fold), .init(scope: .afterZ, key: k("c"), action: .fold)]),
        KeyEntry("unfold", [.init(scope: .grid, key: k("+"), action: .unfold), .init(scope: .grid, key: k("="), action: .unfold),
                            .init(scope: .afterZ, key: k("o"), action: .unfold)]),
        KeyEntry("foldAll", [.init(scope: .grid, key: k("*"), action: .foldAll), .init(scope: .afterZ, key: k("a"), action: .foldAll)]),
        KeyEntry("foldEverything", .afterZ, [(k("M"), .foldToLevel(1)), (k("R"), .foldToLevel(0))]),
        KeyEntry("foldToLevel", .afterZ, [(k("1"), .foldToLevel(1)), (k("2"), .foldToLevel(2)), (k("3"), .foldToLevel(3))]),
        KeyEntry("foldPrefix", .grid, [(k("z"), .foldPrefix)]),
        KeyEntry("help", .grid, [(k("?"), .view(.help(.open))), (.function(1), .view(.help(.open)))]),
        KeyEntry("close", .grid, [(.escape, .closeOverlay)]),
        KeyEntry("redraw", [.init(scope: .grid, key: .ctrl("l"), action: .redraw), .init(scope: .help, key: .ctrl("l"), action: .redraw),
                            .init(scope: .picker, key: .ctrl("l"), action: .redraw), .init(scope: .search, key: .ctrl("l"), action: .redraw),
                            .init(scope: .revision, key: .ctrl("l"), action: .redraw)]),
        KeyEntry("quit", .grid, [(k("q"), .quit), (.function(10), .quit)]),
        // The overlays' own keys: their key bar names them.
        KeyEntry("helpClose", .help, [(.escape, .closeOverlay), (k("?"), .closeOverlay), (k("q"), .closeOverlay), (.enter, .closeOverlay)],
                 inHelp: false),
        KeyEntry("helpScroll", .help, [(.up, .view(.help(.scroll(-1)))), (k("k"), .view(.help(.scroll(-1)))),
                                       (.down, .view(.help(.scroll(1)))), (k("j"), .view(.help(.scroll(1)))),
                                       (.pageUp, .view(.help(.scroll(-10)))), (.pageDown, .view(.help(.scroll(10))))],
                 inHelp: false),
        KeyEntry("pickerClose", .picker, [(.escape, .closeOverlay), (k("q"), .closeOverlay)], inHelp: false),
        KeyEntry("pickerMove", .picker, [(.up, .view(.picker(.move(-1)))), (k("k"), .view(.picker(.move(-1)))),
                                         (.down, .view(.picker(.move(1)))), (k("j"), .view(.picker(.move(1))))],
                 inHelp: false),
        KeyEntry("pickerSelect", .picker, [(k(" "), .view(.picker(.toggle))), (k("x"), .view(.picker(.toggle)))], inHelp: false),
        KeyEntry("pickerApply", .picker, [(.enter, .view(.picker(.apply)))], inHelp: false),
        KeyEntry("revisionRows", .revision, [(.up, .revision(.rows(-1))), (k("k"), .revision(.rows(-1))), (.down, .revision(.rows(1))),
                                             (k("j"), .revision(.rows(1)))], inHelp: false),
        KeyEntry("revisionPages", .revision, [(.pageUp, .revision(.pages(-1))), (.pageDown, .revision(.pages(1))),
                                              (.ctrl("b"), .revision(.pages(-1))), (.ctrl("f"), .revision(.pages(1)))], inHelp: false),
        KeyEntry("revisionEnds", .revision, [(.home, .revision(.first)), (k("g"), .revision(.first)), (.end, .revision(.last)),
                                             (k("G"), .revision(.last))], inHelp: false),
        KeyEntry("revisionDifferences", .revision, [(.tab, .revision(.differences)), (.enter, .revision(.differences)),
                                                    (k("d"), .revision(.differences))], inHelp: false),
        KeyEntry("revisionClose", .revision, [(k("v"), .revision(.close)), (.escape, .revision(.close)), (k("q"), .revision(.close))],
                 inHelp: false),
        KeyEntry("pickerArea", .picker, (0...9).map { (k(Character(String($0))), $0 == 0 ? .showAllAreas : .showArea($0)) }, inHelp: false),
        KeyEntry("detailClose", .detail, [(k("q"), .closeOverlay)], inHelp: false),
        KeyEntry("detailScroll", .detail, [(.pageDown, .view(.detail(.page(1)))), (.ctrl("d"), .view(.detail(.page(1)))),
                                           (.pageUp, .view(.detail(.page(-1)))), (.ctrl("u"), .view(.detail(.page(-1))))], inHelp: false),
        // The search prompt's keys; any other printable character is typed (SearchPrompt).
        KeyEntry("searchErase", .search, [(.backspace, .view(.search(.erase))), (.delete, .view(.search(.erase))),
                                          (.ctrl("h"), .view(.search(.erase)))], inHelp: false),
        KeyEntry("searchKeep", .search, [(.enter, .view(.search(.keep)))], inHelp: false),
        KeyEntry("searchClear", .search, [(.escape, .view(.search(.clear))), (.ctrl("c"), .view(.search(.clear))),
                                          (.ctrl("g"), .view(.search(.clear)))], inHelp: false),
        KeyEntry("searchMatches", .search, [(.up, .previousMatch), (.ctrl("p"), .previousMatch), (.down, .nextMatch),
                                            (.ctrl("n"), .nextMatch)], inHelp: false),
    ]

    /// The lookup table of one scope.
    public static func map(_ scope: KeyEntry.Scope) -> [Key: Action] {
        var map: [Key: Action] = [:]
        for entry in entries {
            for binding in entry.bindings where binding.scope == scope { map[binding.key] = binding.action }
        }
        return map
    }

    /// The entry by its id.
    public static func entry(_ id: String) -> KeyEntry? { entries.first { $0.id == id } }

    /// A key as help and the key bar write it.
    public static func name(_ key: Key) -> String {
        switch key {
        case .char(" "): "Space"
        case .char(let c): String(c)
        case .ctrl(let c): "Ctrl-" + c.uppercased()
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .home: "Home"
        case .end: "End"
        case .enter: "Enter"
        case .escape: "Esc"
        case .tab: "Tab"
        case .backTab: "Shift-Tab"
        case .backspace: "Backspace"
        case .delete: "Del"
        case .function(let n): "F\(n)"
        case .resize, .mouse, .paste, .unknown: ""
        }
    }
}
