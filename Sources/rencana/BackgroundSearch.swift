import Foundation
import GanttUI

/// Runs the dashboard's searches of very large plans on another thread, one at a time, newest first:
/// a query typed while another runs replaces any query still waiting, so typing never queues up scans.
///
/// `wakeDescriptor` becomes readable when a search finishes; `takeFinished()` then gives its answer.
final class BackgroundSearch: @unchecked Sendable {
    /// Readable once a search has finished.
    var wakeDescriptor: Int32 { wake.readDescriptor }
    private let wake = WakePipe()
    private let lock = NSLock()
    private let queue = DispatchQueue(label: "rencana.search", qos: .userInitiated)
    private var running = false
    private var waiting: (state: AppState, query: String, among: [Int]?)?
    private var finished: (query: String, rows: [Int])?

    /// Finds the rows of `state`'s plan matching `query` (among `among`, nil: all rows).
    /// Without a pipe to signal on, the search runs here and now.
    func start(_ state: AppState, query: String, among: [Int]?) {
        guard wake.exists else {
            lock.withLock { finished = (query, state.matches(for: query, among: among)) }
            return
        }
        let startNow: Bool = lock.withLock {
            if running {
                waiting = (state, query, among)
                return false
            }
            running = true
            return true
        }
        if startNow { run(state, query, among) }
    }

    private func run(_ state: AppState, _ query: String, _ among: [Int]?) {
        queue.async { [self] in
            let rows = state.matches(for: query, among: among)
            let next: (state: AppState, query: String, among: [Int]?)? = lock.withLock {
                finished = (query, rows)
                defer { waiting = nil }
                if waiting == nil { running = false }
                return waiting
            }
            wake.signal()
            if let next { run(next.state, next.query, next.among) }
        }
    }

    /// The answer of the search that finished last, once (nil when none is new).
    func takeFinished() -> (query: String, rows: [Int])? {
        wake.drain()
        return lock.withLock {
            defer { finished = nil }
            return finished
        }
    }
}
