import Foundation

/// What `Runtime.prepare` makes of an effect before it runs: the effect (perhaps changed), or a refusal.
public enum PreparedEffect {
    case run(Effect)
    /// Not run; the reason is shown as a failed save.
    case refuse(String)
}

/// The dashboard's event loop: every input and every due timer becomes one message to `update`, here and
/// nowhere else; the effects run through the performer (their results come back as messages); the frame is
/// rendered and drawn on the backend when something changed and no key waits behind it.
///
/// It owns the state while it runs. Timers are asked for with `Effect.wake`; of each kind the earliest
/// deadline is kept, and the source's wait ends in time for it. The clock is passed in, so a test moves it.
public final class Runtime {
    /// The dashboard now (the final state after `run`).
    public private(set) var state: AppState
    /// What effects run with; the whole plan's store replaces the preview's when it is loaded.
    public private(set) var performer: EffectPerformer
    /// Applied to each effect before it runs: the executable checks evidence and makes its file's path relative
    /// to the plan; a refusal reaches `update` as a failed save.
    public var prepare: ((Effect) -> PreparedEffect)?
    private let backend: Backend
    private let source: InputSource
    private let clock: RuntimeClock
    private let days: DayPolicy
    /// The deadline of each timer asked for, in the clock's milliseconds.
    public private(set) var deadlines: [Wake: Int64] = [:]
    private var needsDraw = true
    private var fullRepaint = true

    public init(state: AppState, backend: Backend, source: InputSource, performer: EffectPerformer,
                clock: RuntimeClock, days: DayPolicy) {
        self.state = state
        self.backend = backend
        self.source = source
        self.performer = performer
        self.clock = clock
        self.days = days
    }

    /// Runs until the user quits, the input closes or a source fails. The first message, once the first frame is
    /// drawn, is the clock's reading, which arms the change-of-day timer.
    public func run() -> RuntimeEnd {
        var keyJustRead = false
        var clockRead = false
        while true {
            // Keys typed ahead or pasted draw one frame when they are all read, not one per key.
            if needsDraw && !(keyJustRead && source.keyPending) {
                backend.draw(render(state), full: fullRepaint)
                fullRepaint = false
                needsDraw = false
            }
            keyJustRead = false
            if !clockRead {
                // After the first frame: the calendar's first use loads the time zone data (tens of milliseconds).
                clockRead = true
                let today = state.today
                if send(.clock(dayReading())) { return .quit }
                needsDraw = state.today != today
                continue
            }
            let input = source.next(timeoutMilliseconds: timeout())
            switch input {
            case nil: break
            case .key(let key)?:
                keyJustRead = true
                if send(Keymap.action(for: key, in: state)) { return .quit }
            case .message(let action)?:
                if send(action) { return .quit }
            case .loaded(let store, let whole)?:
                performer.store = store
                if send(.planLoaded(whole)) { return .quit }
                state.prepareSearch()
                fullRepaint = true
            case .failed(let message)?: return .failed(message)
            case .closed?: return .inputClosed
            }
            if fireDueTimers() { return .quit }
        }
    }

    /// One message through `update`, its effects through the performer; true when the user quit.
    @discardableResult
    public func send(_ action: Action) -> Bool {
        // One value of the state at a time (no old copy alive), so the effects change it in place.
        var effects = update(&state, action)
        if let prepare, !effects.isEmpty {
            var refusals: [String] = []
            effects = effects.compactMap { effect in
                switch prepare(effect) {
                case .run(let prepared): return prepared
                case .refuse(let reason): refusals.append(reason); return nil
                }
            }
            for reason in refusals { effects += update(&state, .changeRefused(reason, performer.store.state)) }
        }
        let outcome = runEffects(effects, on: &state, performer: performer)
        let now = outcome.wakes.isEmpty ? 0 : clock.milliseconds
        for timer in outcome.wakes {
            let deadline = now + Int64(max(0, timer.after))
            if deadlines[timer.wake].map({ deadline < $0 }) ?? true { deadlines[timer.wake] = deadline }
        }
        fullRepaint = fullRepaint || outcome.fullRepaint
        needsDraw = true
        return outcome.quit
    }

    /// Milliseconds until the earliest deadline (nil: none).
    private func timeout() -> Int? {
        guard let earliest = deadlines.values.min() else { return nil }
        return Int(max(0, earliest - clock.milliseconds))
    }

    /// Delivers the message of every timer whose deadline passed; true when the user quit (never, today).
    private func fireDueTimers() -> Bool {
        guard !deadlines.isEmpty else { return false }
        let now = clock.milliseconds
        for (wake, deadline) in deadlines where deadline <= now {
            deadlines[wake] = nil
            switch wake {
            case .retrySave: if send(.retrySave) { return true }
            case .clock: if send(.clock(dayReading())) { return true }
            }
        }
        return false
    }

    private func dayReading() -> DayReading {
        days.reading(at: clock.date, planYear: state.plan.document.year, fallbackAsOf: state.asOf)
    }
}
