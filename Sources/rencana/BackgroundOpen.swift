import Foundation
import PlanStore

/// Loads a large plan and opens its state on another thread while the dashboard shows the plan's first rows.
///
/// `wakeDescriptor` becomes readable when the work is done, so the event loop can wait for it together
/// with the keyboard in one `poll()`; `take()` then hands over the result, once.
final class BackgroundOpen: @unchecked Sendable {
    /// Readable once the result is ready.
    let wakeDescriptor: Int32
    private let writeDescriptor: Int32
    private let lock = NSLock()
    private var result: Result<StateStore, Session.Failure>?

    init(_ work: @escaping @Sendable () -> Result<StateStore, Session.Failure>) {
        var ends: [Int32] = [-1, -1]
        if pipe(&ends) == 0 {
            for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        } else {
            ends = [-1, -1]  // no pipe: the event loop waits for the result instead
        }
        wakeDescriptor = ends[0]
        writeDescriptor = ends[1]
        let thread = Thread { [self] in
            let outcome = work()
            lock.withLock { result = outcome }
            var byte: UInt8 = 1
            if writeDescriptor >= 0 { _ = write(writeDescriptor, &byte, 1) }
        }
        thread.stackSize = 16 << 20  // the decoder recurses (at most 64 levels); room to spare
        thread.start()
    }

    deinit {
        if wakeDescriptor >= 0 { close(wakeDescriptor) }
        if writeDescriptor >= 0 { close(writeDescriptor) }
    }

    /// The result once the work is done (nil before); later calls return nil.
    func take() -> Result<StateStore, Session.Failure>? {
        lock.withLock {
            defer { result = nil }
            return result
        }
    }

    /// Blocks until the work is done and returns its result (when there is no pipe to wait on).
    func wait() -> Result<StateStore, Session.Failure> {
        while true {
            if let done = take() { return done }
            usleep(2_000)
        }
    }
}
