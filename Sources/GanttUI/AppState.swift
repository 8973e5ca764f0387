import Foundation
import PlanModel
import RencanaText

/// Everything the dashboard shows, as one value. Only `update` changes it; `render` reads it.
///
/// Work that depends on the plan's size (the visible-row list, search matches, the count of
/// changed cells) is done once when its input changes and kept here, so a keystroke costs
/// time proportional to the screen, not to the plan.
public struct AppState: Sendable {
    /// Whether the last change reached the state file.
    public enum SaveStatus: Equatable, Sendable {
        /// Nothing changed in this session yet.
        case clean
        case saved
        /// The change is kept in memory; the reason is shown until a save succeeds.
        case notSaved(String)
    }

    /// A one-time message, cleared by the next key.
    public enum Notice: Equatable, Sendable {
        case nothingToUndo
        case nothingToRedo
        /// An undo or redo, with the row and (for a cell's change) the month it was about.
        case undid(RowID, Month?)
        case redid(RowID, Month?)
        case noMatches(String)
        case noSuchArea(Int)
        /// A key that needs the whole plan, pressed while only its first rows are loaded.
        case stillLoading
        /// A month toggled on a folded line: open it first.
        case foldedLine
        /// A Realisasi key pressed in the Rencana layer.
        case needsRealisasi
        /// A cell "moved" to its own month.
        case movedToItself
        /// `X` on a cell (and row) without evidence.
        case noEvidence
        /// A key that changes one month, pressed in the Triwulan or Semester view.
        case needsBulan
        /// An add or move key on a folded line: open it first.
        case foldedStructure
        /// `K` / `J` at the top / bottom of the parent (true: up).
        case cannotMove(Bool)
        /// `M` on the only row of its sub kegiatan (moving it would leave the sub kegiatan empty).
        case onlyRowOfSub
        /// `x` on the plan's only area, which is kept.
        case lastArea
        /// A key after `z` that is no fold command (its name; empty for Esc): nothing ran.
        case foldPrefixCancelled(String)
        /// A Triwulan review's tenggat that is not a date (what is wrong with it).
        case reviewDate(String)
        /// `C` on a cell and row without a conflict.
        case noConflict
        /// `n` / `N` with no search typed or kept.
        case noSearch
        /// A change the plan's rules refuse (the store's reason, in the dashboard's words): nothing was written.
        case refused(String)
    }

    /// The current plan: `year.plan`, taken again whenever a text or row edit changes it (see `takeYear`).
    public internal(set) var plan: Plan
    public let text: Text.Dashboard
    public var glyphs: Glyphs
    /// The month of today's date, marked in the header; nil marks none.
    public var today: Month?
    /// Whether mouse clicks reach the dashboard (for the key bar's hints).
    public var mouse: Bool
    /// The time zone history times are shown in (injected, so a screen does not depend on the machine's).
    public var timeZone: TimeZone = .current
    /// The text prompt whose save is being recorded: opened again, with its text, when the change is refused.
    var refusedDraft: Prompt?
    /// True for an office opened from the roll-up: nothing can be recorded, so no hint names a key that records.
    public var readOnly = false

    /// The year as the store holds it: marks, realisation, entries, undo and redo. The store's own value
    /// (shared copy-on-write, never copied into parallel arrays), replaced whole by `saved`/`externalChange`.
    public internal(set) var year: YearState
    /// Entries in `year` and the last one's id when it was taken in: what the next value adds to it.
    var yearEntryCount: Int
    var yearLastEntryID: String?
    /// Where the view was (by row ids) when the year was handed to the store, to find again in the plan it comes back with.
    var handedAnchor: ViewAnchor?
    /// How many rows the plan shown has (kept while the year is with the store, to tell another plan's year).
    var shownRows: Int
    /// The realisation layer (Rencana or Realisasi) and its as-of month.
    public internal(set) var layer: Layer = .rencana
    public internal(set) var asOf: Month
    /// The progress shown: the year's own (`year.progress`, kept by the store's `apply` whoever applies), or, while
    /// some evidence file has gone, that value with the gone pieces uncounted (`goneDiscounted`).
    public var progress: ProgressTracker? { goneDiscounted ?? year.progress }
    /// `year.progress` with the evidence in `goneEvidence` uncounted, made again from it with each new year; nil
    /// when nothing is gone (then the year's value is shown as it is). Not kept in step: derived (GoneEvidence.swift).
    var goneDiscounted: ProgressTracker?
    /// Which file evidence has gone (the opener's file check; nil: none) and what it found at its last run, at open
    /// and after each change of the evidence: uncounted in `progress` (see GoneEvidence.swift).
    var goneFileCheck: (@Sendable (Realisation) -> Set<String>)?
    public internal(set) var goneEvidence: Set<String> = []
    /// The rows and cells with a conflict (issue 22), made again with each new year (`takeYear`).
    public internal(set) var conflictMarks = ConflictMarks()
    /// The month columns as Bulan, Triwulan or Semester (`t`); `month` stays the cursor's month in all three.
    public internal(set) var periods: PeriodView = .bulan

    /// The state file's mark history (the version-1 view), oldest first.
    public var history: [ChangeEntry] { year.markHistory }
    public var canUndo: Bool { year.canUndo }
    public var canRedo: Bool { year.canRedo }
    /// Month cells that differ from the plan as planned.
    public var changedCells: Int { year.changedCells }
    /// Rows that differ from the plan as signed (texts, rows, months; net of undo): what the title bar says, in the
    /// revision view's words. Kept change by change (`refreshTally`).
    public internal(set) var changeTally = ChangeTally()
    /// The plan rows the view holds: the rows shown plus those inside folded lines (in the areas shown).
    public internal(set) var rowsInView = 0

    public private(set) var width: Int
    public private(set) var height: Int
    /// Where everything goes at this size; recomputed only when the size changes.
    public private(set) var layout: Layout

    /// Area numbers shown; empty shows all.
    public private(set) var areaFilter: Set<Int> = []
    /// Indices into `plan.rows` of the rows the filter lets through, in document order.
    public internal(set) var visibleRows: [Int]
    /// Folded groups (view preferences, kept per plan in a file beside the state file, not in the journal).
    public internal(set) var folds: Set<FoldKey> = []
    /// True after vim's `z`, waiting for the fold command's second key.
    public internal(set) var foldPrefixPending = false
    /// The tree as flat arrays, built on the first fold (see `TreeIndex`).
    var treeIndex: TreeIndex?
    /// The fold lines among `visibleRows`, by plan row index of the group's first row.
    var foldLines: [Int: FoldLine] = [:]
    /// Position of the selected row in `visibleRows`.
    public internal(set) var cursor = 0
    public internal(set) var month: Month = .jan
    /// Position in `visibleRows` of the first row on screen.
    public internal(set) var top = 0
    /// Table mode: whether the rule before the top row (an area's first row) is on screen too, as the grid's first
    /// line. The table scrolls by lines, so that rule scrolls away one move before its row does.
    public internal(set) var ruleAboveTop = false

    /// The view over the grid (help, detail, area picker), carrying its own state: the view list is Views/Views.swift.
    public internal(set) var overlay: Overlay = .none
    /// The question open in the key bar (a move's target month, a note or penanggung-jawab editor), taking every key.
    public internal(set) var prompt: Prompt?
    /// The search prompt, while it is open (it takes every key; the detail pane may stay open under it).
    public internal(set) var search: SearchPrompt?
    /// The kept search, highlighted and reached with n / N.
    public internal(set) var searchQuery = ""
    /// Plan-row indices matching the active query, ascending.
    public private(set) var matchRows: [Int] = []

    public internal(set) var saveStatus: SaveStatus = .clean
    public internal(set) var notice: Notice?
    /// True while `plan` is only the first rows of a large plan that is still loading: the view moves,
    /// but changes, filters and search wait for the whole plan.
    public let isLoading: Bool
    /// Whether search runs on another thread (`Effect.search`): for plans where one scan takes longer than
    /// a keystroke should (`backgroundSearchRows` and more), so typing never waits for it.
    public let searchesInBackground: Bool
    /// The query whose matches are being found in the background; nil when `matchRows` is up to date.
    public private(set) var searchingFor: String?
    /// The longest search query, in characters: the prompt says so when it is reached, and more is not typed.
    public static let searchLimit = 200
    /// Plans with at least this many rows search in the background.
    public static let backgroundSearchRows = 250_000

    var searchIndex: SearchIndex
    /// The query `matchRows` was computed for.
    private var matchedQuery = ""

    /// A dashboard on `plan` with the store's current `year` (nil: nothing recorded yet). `asOf` is the month
    /// progress is counted to (as `rencana progress` chooses it; nil: December). `progress`, when the caller has
    /// the year's at hand (a snapshot's), becomes the year's own (`YearState.keepProgress`), not a second copy.
    public init(plan: Plan, year: YearState? = nil,
                width: Int, height: Int, today: Month? = nil, asOf: Month? = nil, glyphs: Glyphs = .unicode, mouse: Bool = true,
                text: Text.Dashboard = .current, loading: Bool = false, searchInBackground: Bool? = nil,
                progress: ProgressTracker? = nil) {
        var year = year ?? YearState(signed: plan)
        // The year's progress when the caller has it at hand (the snapshot's): the first switch to Realisasi is then a key like any other.
        if let progress, year.progress == nil, progress.plan.rows.count == year.plan.rows.count { year.keepProgress(progress) }
        self.plan = year.plan
        isLoading = loading
        searchesInBackground = searchInBackground ?? (plan.rows.count >= Self.backgroundSearchRows)
        self.text = text
        self.glyphs = glyphs
        self.today = today
        self.mouse = mouse
        self.year = year
        yearEntryCount = year.entries.count
        yearLastEntryID = year.entries.last?.id
        shownRows = year.plan.rows.count
        self.asOf = asOf ?? .des
        self.width = min(max(0, width), Self.maxSize.width)
        self.height = min(max(0, height), Self.maxSize.height)
        layout = Layout(width: self.width, height: self.height)
        visibleRows = Array(year.plan.rows.indices)
        rowsInView = year.plan.rows.count
        changeTally = ChangeTally(initial: year)
        conflictMarks = ConflictMarks(year)
        searchIndex = SearchIndex(plan: year.plan)
    }

    /// Takes over where `other` (a state on the first rows of the same plan) was looking:
    /// the cursor's row and month, the scroll, the layer and period view, and an open help or detail pane.
    public mutating func adoptView(of other: AppState) {
        month = other.month
        if let row = other.selectedRow { cursor = min(position(ofPlanRow: row), max(0, visibleRows.count - 1)) }
        top = other.top
        ruleAboveTop = other.ruleAboveTop
        layer = other.layer
        asOf = other.asOf
        if periods != other.periods {
            periods = other.periods
            setSize(width: width, height: height)  // the layout of the same month columns
        }
        switch other.overlay {
        case .help, .detail: overlay = other.overlay
        case .none, .picker, .editor, .structure, .revision: break
        }
        clampView()
    }

    /// Starts building the search index on another thread, so the first `/` finds it ready.
    public func prepareSearch() { searchIndex.prepareInBackground() }

    /// The query being highlighted: the one being typed, else the kept one.
    public var activeQuery: String { search?.draft ?? searchQuery }

    /// The plan-row index of the selected row, nil when no row is visible.
    public var selectedRow: Int? { visibleRows.indices.contains(cursor) ? visibleRows[cursor] : nil }

    /// Which match (1-based, of `matchRows`) the cursor's row is, nil when it is on none.
    public var currentMatch: Int? {
        guard !activeQuery.isEmpty, searchingFor == nil, let row = selectedRow else { return nil }
        let k = Self.lowerBound(matchRows, row)
        return k < matchRows.count && matchRows[k] == row ? k + 1 : nil
    }

    /// Whether plan row `index` matches the active query.
    public func isMatch(_ index: Int) -> Bool {
        guard !activeQuery.isEmpty else { return false }
        return Self.sortedContains(matchRows, index)
    }

    /// Marks of plan row `index` now.
    public func marks(of index: Int) -> MonthSet {
        year.marks.indices.contains(index) ? year.marks[index] : MonthSet()
    }

    /// The history of one row, newest first.
    public func history(of row: RowID) -> [ChangeEntry] { history.reversed().filter { $0.row == row } }

    // MARK: - Changes to cached data (each recomputes only what it invalidates)

    /// The largest screen drawn; a bigger terminal shows this much of it.
    public static let maxSize = (width: 2_000, height: 1_000)

    /// The terminal's new size (clamped to something sane).
    mutating func setSize(width w: Int, height h: Int) {
        width = min(max(0, w), Self.maxSize.width)
        height = min(max(0, h), Self.maxSize.height)
        layout = Layout(width: width, height: height, periods: periods)
    }

    /// Changes the area filter and recomputes the visible rows, keeping the selected row when it stays visible.
    mutating func setAreaFilter(_ areas: Set<Int>) {
        areaFilter = areas
        recomputeVisibleRows()
    }

    /// Recomputes the rows matching `query`, or (a large plan) asks for them to be found on another thread:
    /// the effect to run, whose answer comes back as `.searchFinished`.
    mutating func setMatches(for query: String) -> [Effect] {
        // A query that contains the last one can only match rows the last one matched: search those only.
        let narrowing = !matchedQuery.isEmpty && foldForSearch(query).contains(foldForSearch(matchedQuery))
        if searchesInBackground && !query.isEmpty {
            // The matches shown stay until the new ones arrive (`finishSearch`); a newer query replaces this one.
            searchingFor = query
            return [.search(query: query, among: narrowing ? matchRows : nil)]
        }
        searchingFor = nil
        matchRows = query.isEmpty ? []
            : searchIndex.rows(matching: query, among: narrowing ? matchRows : Array(plan.rows.indices))
        matchedQuery = query
        return []
    }

    /// After the texts of `rows` changed: whether each of them matches the query now (costs those rows).
    mutating func refreshMatches(_ rows: ClosedRange<Int>) {
        guard !matchedQuery.isEmpty else { return }
        let low = Self.lowerBound(matchRows, rows.lowerBound), high = Self.lowerBound(matchRows, rows.upperBound + 1)
        matchRows.replaceSubrange(low..<high, with: searchIndex.rows(matching: matchedQuery, among: Array(rows)))
    }

    /// After rows changed: the matches before `old` stay, those after it move by the change of count, those of the
    /// rows at `new` are found again (costs the matches and the new rows).
    mutating func spliceMatches(old: Range<Int>, new: Range<Int>) {
        guard !matchedQuery.isEmpty, searchingFor == nil, matchedQuery == activeQuery else { return rematch() }
        let low = Self.lowerBound(matchRows, old.lowerBound), high = Self.lowerBound(matchRows, old.upperBound)
        let delta = new.count - old.count
        var rows = Array(matchRows[..<low])
        rows += searchIndex.rows(matching: matchedQuery, among: Array(new))
        rows += matchRows[high...].lazy.map { $0 + delta }
        matchRows = rows
    }

    /// Finds the matches of the active query again from scratch (the plan's rows changed).
    mutating func rematch() {
        matchedQuery = ""
        matchRows = []
        setMatches(for: activeQuery)
    }

    /// Takes the matches found in the background for `query`; false (and nothing changes) when a newer
    /// query was typed meanwhile.
    mutating func finishSearch(_ query: String, rows: [Int]) -> Bool {
        guard searchingFor == query else { return false }
        searchingFor = nil
        matchRows = rows
        matchedQuery = query
        return true
    }

    /// The rows, among `candidates` (nil: all), that match `query`: the work of `Effect.search`,
    /// safe to run on another thread.
    public func matches(for query: String, among candidates: [Int]?) -> [Int] {
        searchJob(query: query, among: candidates).run()
    }

    /// `Effect.search` as work the effect runner can hand to another thread.
    public func searchJob(query: String, among candidates: [Int]?) -> SearchJob {
        SearchJob(query: query, among: candidates, index: searchIndex, rowCount: plan.rows.count)
    }

    // MARK: - Sorted-array helpers

    /// First position in ascending `list` whose value is ≥ `value`.
    static func lowerBound(_ list: [Int], _ value: Int) -> Int {
        var low = 0, high = list.count
        while low < high {
            let mid = (low + high) / 2
            if list[mid] < value { low = mid + 1 } else { high = mid }
        }
        return low
    }

    static func sortedContains(_ list: [Int], _ value: Int) -> Bool {
        let i = lowerBound(list, value)
        return i < list.count && list[i] == value
    }
}
