import Foundation
import GanttUI

/// Runs the dashboard's searches of very large plans on another thread, one at a time, newest first:
/// a query typed while another runs replaces any query still waiting, so typing never queues up scans.
///
/// `wakeDescriptor` becomes readable when a search finishes; `takeFinished()` then gives its answer.
final class BackgroundSearch: @unchecked Sendable {
    /// Readable once a search has finished.
    let wakeDescriptor: Int32
    private let writeDescriptor: Int32
    private let lock = NSLock()
    private let queue = DispatchQueue(label: "rencana.search", qos: .userInitiated)
    private var running = false
    private var waiting: (state: AppState, query: String, among: [Int]?)?
    private var finished: (query: String, rows: [Int])?

    init() {
        var ends: [Int32] = [-1, -1]
        if pipe(&ends) == 0 {
            for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
            _ = fcntl(ends[0], F_SETFL, fcntl(ends[0], F_GETFL) | O_NONBLOCK)
        } else {
            ends = [-1, -1]
        }
        wakeDescriptor = ends[0]
        writeDescriptor = ends[1]
    }

    deinit {
        if wakeDescriptor >= 0 { close(wakeDescriptor) }
        if writeDescriptor >= 0 { close(writeDescriptor) }
    }

    /// Finds the rows of `state`'s plan matching `query` (among `among`, nil: all rows).
    /// Without a pipe to signal on, the search runs here and now.
    func start(_ state: AppState, query: String, among: [Int]?) {
        guard writeDescriptor >= 0 else {
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
            var byte: UInt8 = 1
            _ = write(writeDescriptor, &byte, 1)
            if let next { run(next.state, next.query, next.among) }
        }
    }

    /// The answer of the search that finished last, once (nil when none is new).
    func takeFinished() -> (query: String, rows: [Int])? {
        var drain = [UInt8](repeating: 0, count: 64)
        if wakeDescriptor >= 0 { while read(wakeDescriptor, &drain, drain.count) > 0 {} }
        return lock.withLock {
            defer { finished = nil }
            return finished
        }
    }
}
