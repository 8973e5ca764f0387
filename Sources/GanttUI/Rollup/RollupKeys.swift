import PlanModel
import RencanaText

/// What the roll-up dashboard's keys and its outside sources ask `updateRollup` for.
public enum RollupAction: Sendable {
    case none
    case moveRows(Int), pageDown, pageUp, halfPageDown, halfPageUp, firstRow, lastRow, wheel(Int)
    /// ← →: the period the figures are of.
    case moveMonths(Int)
    case cyclePeriod, toggleLayer, cycleSort
    case fold, unfold, foldAll, foldToLevel(Int), foldPrefix, cancelFoldPrefix(String)
    case showArea(Int), showAllAreas
    case openSearch, searchKey(Key), nextMatch, previousMatch
    /// Enter: the cursor's office, its own grid read-only.
    case openOffice
    case openHelp, scrollHelp(Int), closeOverlay
    /// A key of the plan's dashboard that changes a plan: refused, the roll-up is read-only.
    case refused
    case redraw, quit, resize(width: Int, height: Int)
    case click(x: Int, y: Int)
    /// The folder was read again (a file in it is new or changed).
    case folderChanged(RollupModel)
    /// The year of office `index`, asked for by `.loadOffice` (nil: its files cannot be read now).
    case officeLoaded(Int, YearState?)
    /// A key while an office is open: to its grid, read-only (RollupOfficeView.swift).
    case officeKey(Key)
}

/// What `updateRollup` asks the event loop to do.
public enum RollupEffect: Equatable, Sendable {
    case quit
    case redraw
    /// Read office `index`'s year and send it back as `.officeLoaded`.
    case loadOffice(Int)
}

/// The roll-up's key table: each entry's keys, its action and its words in help (`Text.RollupDashboard.keyHelp`).
/// The keys are the plan dashboard's wherever the roll-up does the same thing (moving, folding, areas, search,
/// period view, layer, help); `s` sorts and Enter opens an office.
public enum RollupKeys {
    /// One line of help: an id for its words and the keys bound with their actions.
    public struct Entry: Sendable {
        public let id: String
        public let keys: [(Key, RollupAction)]
        /// Keys after `z` (vim's fold commands).
        public let afterZ: Bool

        init(_ id: String, _ keys: [(Key, RollupAction)], afterZ: Bool = false) {
            self.id = id
            self.keys = keys
            self.afterZ = afterZ
        }

        /// How help writes the keys: `↑ ↓ k j`, `1 – 9`, `zc`.
        public var label: String {
            let digits = keys.compactMap { if case .char(let c) = $0.0, !afterZ { c.wholeNumberValue } else { nil } }
            if digits.count > 2 { return "\(digits.first!) – \(digits.last!)" }
            return keys.map { (afterZ ? "z" : "") + KeyTable.name($0.0) }.joined(separator: " ")
        }
    }

    private static func k(_ c: Character) -> Key { .char(c) }

    /// Every entry, in the order help lists them.
    public static let entries: [Entry] = [
        Entry("rows", [(.up, .moveRows(-1)), (.down, .moveRows(1)), (k("k"), .moveRows(-1)), (k("j"), .moveRows(1))]),
        Entry("periods", [(.left, .moveMonths(-1)), (.right, .moveMonths(1)), (k("h"), .moveMonths(-1)), (k("l"), .moveMonths(1))]),
        Entry("pages", [(.pageUp, .pageUp), (.pageDown, .pageDown), (.ctrl("b"), .pageUp), (.ctrl("f"), .pageDown)]),
        Entry("halfPages", [(.ctrl("u"), .halfPageUp), (.ctrl("d"), .halfPageDown)]),
        Entry("ends", [(.home, .firstRow), (.end, .lastRow), (k("g"), .firstRow), (k("G"), .lastRow)]),
        Entry("open", [(.enter, .openOffice)]),
        Entry("area", (1...9).map { (k(Character(String($0))), .showArea($0)) }),
        Entry("allAreas", [(k("0"), .showAllAreas)]),
        Entry("search", [(k("/"), .openSearch)]),
        Entry("matches", [(k("n"), .nextMatch), (k("N"), .previousMatch)]),
        Entry("period", [(k("t"), .cyclePeriod)]),
        Entry("layer", [(k("r"), .toggleLayer)]),
        Entry("sort", [(k("s"), .cycleSort)]),
        Entry("fold", [(k("-"), .fold)]),
        Entry("unfold", [(k("+"), .unfold), (k("="), .unfold)]),
        Entry("foldAll", [(k("*"), .foldAll)]),
        Entry("foldPrefix", [(k("z"), .foldPrefix)]),
        Entry("help", [(k("?"), .openHelp), (.function(1), .openHelp)]),
        Entry("close", [(.escape, .closeOverlay)]),
        Entry("redraw", [(.ctrl("l"), .redraw)]),
        Entry("quit", [(k("q"), .quit), (.function(10), .quit)]),
        Entry("fold", [(k("c"), .fold)], afterZ: true),
        Entry("unfold", [(k("o"), .unfold)], afterZ: true),
        Entry("foldAll", [(k("a"), .foldAll)], afterZ: true),
        Entry("foldLevels", [(k("M"), .foldToLevel(1)), (k("R"), .foldToLevel(2)), (k("1"), .foldToLevel(1)), (k("2"), .foldToLevel(2))],
              afterZ: true),
    ]

    static let main: [Key: RollupAction] = table(afterZ: false)
    static let afterZ: [Key: RollupAction] = table(afterZ: true)

    private static func table(afterZ: Bool) -> [Key: RollupAction] {
        var map: [Key: RollupAction] = [:]
        for entry in entries where entry.afterZ == afterZ { for (key, action) in entry.keys { map[key] = action } }
        return map
    }

    /// The action for `key` in the roll-up's current mode: the open office's, the search prompt's, help's, after
    /// `z`, else the roll-up's; a key that changes a plan in the plan dashboard is refused.
    public static func action(for key: Key, in state: RollupState) -> RollupAction {
        if case .resize(let width, let height) = key { return .resize(width: width, height: height) }
        if state.office != nil { return .officeKey(key) }
        if case .mouse(let x, let y, let kind) = key {
            switch kind {
            case .press: return state.overlay == .none && state.searchDraft == nil ? .click(x: x, y: y) : .none
            case .wheelUp: return state.overlay == .none ? .wheel(-3) : .scrollHelp(-3)
            case .wheelDown: return state.overlay == .none ? .wheel(3) : .scrollHelp(3)
            }
        }
        if state.searchDraft != nil { return .searchKey(key) }
        if case .paste = key { return .none }  // a paste is text for a prompt, never keys
        if state.overlay != .none {
            switch key {
            case .escape, .char("q"), .char("?"), .enter: return .closeOverlay
            case .up, .char("k"): return .scrollHelp(-1)
            case .down, .char("j"): return .scrollHelp(1)
            case .pageUp: return .scrollHelp(-10)
            case .pageDown: return .scrollHelp(10)
            case .ctrl("l"): return .redraw
            default: return .none
            }
        }
        if state.foldPrefixPending { return afterZ[key] ?? .cancelFoldPrefix(key == .escape ? "" : KeyTable.name(key)) }
        if let action = main[key] { return action }
        return RollupOfficeView.changes(Keymap.grid[key] ?? Keymap.realisasi[key] ?? .none) ? .refused : .none
    }
}
