import Foundation
import XCTest
@testable import GanttUI
import PlanModel

/// A clock the test moves: time passes only when a script waits, so nothing really sleeps.
final class FakeClock: RuntimeClock {
    private(set) var milliseconds: Int64 = 1_000_000
    private(set) var date: Date

    init(date: Date) { self.date = date }

    func advance(_ ms: Int) {
        milliseconds += Int64(ms)
        date += Double(ms) / 1_000
    }
}

/// The runtime's inputs as a script: keys, messages built when they are reached (another process's save), time
/// passing up to the runtime's next timer, and looks at the screen drawn so far. The end of the script closes the
/// input, so a run that does not quit ends anyway.
final class ScriptedInputs: InputSource {
    enum Step {
        case key(Key)
        /// An input made when it is reached (the store's year at that moment).
        case input(() -> Input)
        /// Something done outside between two inputs (the disk frees up), no input.
        case outside(() -> Void)
        /// Time passes until the runtime's next deadline (it must have one: a run never waits forever here).
        case wait
        /// The screen as drawn now, kept under a name.
        case look(String)
    }

    private var steps: [Step]
    private let clock: FakeClock
    private let backend: TestBackend
    private(set) var looks: [String: Buffer] = [:]
    /// How many times time passed, and by how much in all.
    private(set) var waited: [Int] = []

    init(_ steps: [Step], clock: FakeClock, backend: TestBackend) {
        self.steps = steps
        self.clock = clock
        self.backend = backend
    }

    /// Steps not reached (a run that quit leaves the rest unread).
    var remaining: Int { steps.count }

    var keyPending: Bool {
        if case .key = steps.first { return true }
        return false
    }

    func next(timeoutMilliseconds: Int?) -> Input? {
        while !steps.isEmpty {
            switch steps.removeFirst() {
            case .key(let key): return .key(key)
            case .input(let make): return make()
            case .outside(let work): work()
            case .look(let name): looks[name] = backend.screen
            case .wait:
                guard let timeout = timeoutMilliseconds else {
                    XCTFail("the runtime waits with no deadline: the script would hang")
                    return .closed
                }
                clock.advance(timeout)
                waited.append(timeout)
                return nil
            }
        }
        return .closed
    }
}

extension Runtime {
    /// A run of the script on `state` with an in-memory store, a test backend and a fake clock.
    static func scripted(_ state: AppState, store: YearStore, clock: FakeClock, _ steps: (TestBackend) -> [ScriptedInputs.Step])
        -> (Runtime, ScriptedInputs, TestBackend) {
        let backend = TestBackend(width: state.width, height: state.height)
        let inputs = ScriptedInputs(steps(backend), clock: clock, backend: backend)
        let runtime = Runtime(state: state, backend: backend, source: inputs, performer: EffectPerformer(store: store),
                              clock: clock, days: .utcMonths)
        return (runtime, inputs, backend)
    }
}

extension DayPolicy {
    /// The month of the date in UTC; progress to it in the plan's year, else December (the command line's rule).
    static let utcMonths: DayPolicy = {
        var utc = Calendar(identifier: .gregorian)
        utc.timeZone = TimeZone(identifier: "UTC")!
        let calendar = utc
        return DayPolicy(calendar: calendar) { date, planYear in
            let parts = calendar.dateComponents([.year, .month], from: date)
            guard let year = parts.year, let month = parts.month.flatMap(Month.init(rawValue:)) else { return nil }
            return (month, year == planYear ? month : .des)
        }
    }()
}

/// A UTC date: `day` of `month` 2022 (the fixture plan's year) at `time` ("23:59:50").
func utcDate(_ month: Int, _ day: Int, _ time: String) -> Date {
    let formatter = ISO8601DateFormatter()
    return formatter.date(from: String(format: "2022-%02d-%02dT%@Z", month, day, time))!
}
