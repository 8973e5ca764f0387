import PlanModel

/// The whole plan and its state, loaded on another thread while the dashboard showed the plan's first rows.
public struct WholePlan: Equatable, Sendable {
    public var plan: Plan
    public var year: YearState
    /// The folds kept from last time (view preferences).
    public var folds: [String]
    /// The as-of month progress counts to by default for this plan.
    public var asOf: Month
    /// The command line's choice of searching in the background (nil: by the plan's size).
    public var searchInBackground: Bool?
    /// The year's progress, when the opener has it (from the snapshot); else it is built on the first switch to Realisasi.
    public var progress: ProgressTracker?

    public init(plan: Plan, year: YearState, folds: [String], asOf: Month, searchInBackground: Bool? = nil,
                progress: ProgressTracker? = nil) {
        self.progress = progress
        self.plan = plan
        self.year = year
        self.folds = folds
        self.asOf = asOf
        self.searchInBackground = searchInBackground
    }

    public static func == (a: WholePlan, b: WholePlan) -> Bool {
        a.plan.rows.count == b.plan.rows.count && a.year.entries.count == b.year.entries.count && a.folds == b.folds
            && a.asOf == b.asOf && a.searchInBackground == b.searchInBackground
    }
}

/// Inputs from outside the keyboard that reach the state through `update` like any key.
extension AppState {
    /// The whole plan takes over the view of its first rows: the same cursor row and month, scroll, layer,
    /// as-of month and open pane, now with every row, its changes, its folds and editing.
    mutating func takeOver(_ whole: WholePlan) {
        var next = AppState(plan: whole.plan, year: whole.year, width: width, height: height, today: today,
                            asOf: whole.asOf, glyphs: glyphs, mouse: mouse, text: text, loading: false,
                            searchInBackground: whole.searchInBackground, progress: whole.progress)
        next.restoreFolds(whole.folds)
        if let check = goneFileCheck { next.checkFiles(with: check) }
        next.adoptView(of: self)
        self = next
    }

    /// A new day: the header marks today's month; progress that was counted to the current month (the
    /// default) follows it to the new one, a month chosen with [ ] stays.
    /// The clock's reading: a new day when its month is not today's; the next reading at the next change of day.
    mutating func clock(_ reading: DayReading) -> [Effect] {
        if let day = reading.today, day != today { newDay(today: day, defaultAsOf: reading.defaultAsOf) }
        return [.wake(after: reading.millisecondsToNextDay, .clock)]
    }

    /// How long a change the disk refused waits before it is written again (a lock, a full disk).
    static let saveRetryMilliseconds = 500

    mutating func newDay(today day: Month?, defaultAsOf: Month) {
        let followedToday = today != nil && asOf == today
        today = day
        if followedToday {
            asOf = defaultAsOf
        }
    }
}
