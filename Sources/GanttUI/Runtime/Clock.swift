import Foundation
import PlanModel

/// What a timer delivers when it is due (`Effect.wake`): each kind has at most one deadline, the earliest asked.
public enum Wake: Hashable, Sendable {
    /// A failed save's retry: `Action.retrySave`.
    case retrySave
    /// The next change of day: `Action.clock` with the clock's reading then.
    case clock
}

/// The clock's answer to "what day is it" for the dashboard: today's month, the as-of month progress then
/// defaults to, and how long until the next change of day (the next `Wake.clock`).
public struct DayReading: Equatable, Sendable {
    /// Today's month; nil when the day is unknown (nothing changes then).
    public var today: Month?
    public var defaultAsOf: Month
    public var millisecondsToNextDay: Int

    public init(today: Month?, defaultAsOf: Month, millisecondsToNextDay: Int) {
        self.today = today
        self.defaultAsOf = defaultAsOf
        self.millisecondsToNextDay = millisecondsToNextDay
    }
}

/// The time the runtime reads: passed in, so tests move it by hand and nothing really sleeps.
public protocol RuntimeClock: AnyObject {
    /// Milliseconds on a clock that only goes forward: the timers' deadlines.
    var milliseconds: Int64 { get }
    /// The date and time now: what day it is.
    var date: Date { get }
}

/// The machine's clocks.
public final class SystemClock: RuntimeClock {
    public init() {}

    public var milliseconds: Int64 {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return Int64(now.tv_sec) * 1_000 + Int64(now.tv_nsec) / 1_000_000
    }

    public var date: Date { Date() }
}

/// How a date becomes the dashboard's day: the command line's rule (which may pin today, `RENCANA_TODAY`) and the
/// calendar whose midnight starts the next day.
public struct DayPolicy: Sendable {
    /// Today's month and the as-of month progress defaults to for a plan of `planYear`, at `date`; nil: unknown.
    public var read: @Sendable (_ date: Date, _ planYear: Int) -> (today: Month, defaultAsOf: Month)?
    public var calendar: Calendar

    public init(calendar: Calendar = .current,
                read: @escaping @Sendable (_ date: Date, _ planYear: Int) -> (today: Month, defaultAsOf: Month)?) {
        self.calendar = calendar
        self.read = read
    }

    /// The reading at `date` for a plan of `planYear`; `fallbackAsOf` when the day is unknown.
    public func reading(at date: Date, planYear: Int, fallbackAsOf: Month) -> DayReading {
        let day = read(date, planYear)
        return DayReading(today: day?.today, defaultAsOf: day?.defaultAsOf ?? fallbackAsOf,
                          millisecondsToNextDay: Self.millisecondsToNextDay(after: date, calendar: calendar))
    }

    /// Milliseconds to one second after the next midnight (at least one second, at most a day).
    public static func millisecondsToNextDay(after date: Date, calendar: Calendar) -> Int {
        guard let next = calendar.nextDate(after: date, matching: DateComponents(hour: 0, minute: 0, second: 1),
                                           matchingPolicy: .nextTime) else { return 3_600_000 }
        return Int(min(86_400_000, max(1_000, (next.timeIntervalSince(date) * 1_000).rounded(.up))))
    }
}
