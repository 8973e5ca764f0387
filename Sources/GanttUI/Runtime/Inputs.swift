/// One thing that reached the dashboard from outside: a key (a resize is one), or the answer of another
/// source (another process's save, a background search, the whole plan loaded), each as a message to `update`.
public enum Input {
    case key(Key)
    /// A message for `update` as it is (`.externalChange`, `.searchFinished`).
    case message(Action)
    /// The whole plan is loaded: its store takes over the effects, its value the dashboard (`.planLoaded`).
    case loaded(YearStore, WholePlan)
    /// A source failed in a way the dashboard cannot go on from (the background load): ends the run.
    case failed(String)
    /// The terminal is gone (its input hung up or closed): ends the run as a hang-up would.
    case closed
}

/// Where the runtime's inputs come from: the terminal with its neighbours (the executable's), or a script (tests).
public protocol InputSource: AnyObject {
    /// The next input, waiting for one at most `timeoutMilliseconds` (nil: as long as it takes). nil when that
    /// time passed first, or a signal cut the wait short: the runtime then looks at its timers and asks again.
    func next(timeoutMilliseconds: Int?) -> Input?
    /// Whether a key is already waiting (the rest of a paste): the frame is drawn once they are all read.
    var keyPending: Bool { get }
}

/// How a run ended.
public enum RuntimeEnd: Equatable, Sendable {
    /// The user quit.
    case quit
    /// The terminal's input closed.
    case inputClosed
    /// An input failed (`Input.failed`) with this message.
    case failed(String)
}
