import Foundation
import PlanStore

/// Loads a large plan and opens its state on another thread while the dashboard shows the plan's first rows.
///
/// `wakeDescriptor` becomes readable when the work is done, so the event loop can wait for it together
/// with the keyboard in one `poll()`; `take()` then hands over the result, once.
final class BackgroundOpen: @unchecked Sendable {
    /// Readable once the result is ready.
    var wakeDescriptor: Int32 { wake.readDescriptor }
    private let wake = WakePipe()
    private let lock = NSLock()
    private var result: Result<StateStore, Session.Failure>?

    init(_ work: @escaping @Sendable () -> Result<StateStore, Session.Failure>) {
        let thread = Thread { [self] in
            let outcome = work()
            lock.withLock { result = outcome }
            wake.signal()
        }
        thread.stackSize = 16 << 20  // the decoder recurses (at most 64 levels); room to spare
        thread.start()
    }

    /// The result once the work is done (nil before); later calls return nil.
    func take() -> Result<StateStore, Session.Failure>? {
        lock.withLock {
            defer { result = nil }
            return result
        }
    }

    /// Blocks until the work is done and returns its result (when there is no pipe to wait on, the event loop
    /// waits here instead).
    func wait() -> Result<StateStore, Session.Failure> {
        while true {
            if let done = take() { return done }
            usleep(2_000)
        }
    }
}
