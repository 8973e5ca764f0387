import Foundation
import GanttUI

/// Runs the dashboard's searches of very large plans on another thread, one at a time, newest first:
/// a query typed while another runs replaces any query still waiting, so typing never queues up scans.
///
/// The effect runner hands it each `Effect.search` (`request`, as the performer's `startSearch`); the event loop
/// starts the newest request once the keys read in one batch (a paste) are all handled (`startRequested`), so a
/// paste is searched once. `wakeDescriptor` becomes readable when a search finishes; `takeFinished()` then
/// gives its answer, which goes back through `update` as `.searchFinished`.
final class BackgroundSearch: @unchecked Sendable {
    /// Readable once a search has finished.
    var wakeDescriptor: Int32 { wake.readDescriptor }
    private let wake = WakePipe()
    private let lock = NSLock()
    private let queue = DispatchQueue(label: "rencana.search", qos: .userInitiated)
    private var running = false
    private var waiting: SearchJob?
    private var finished: (query: String, rows: [Int])?
    /// The newest search asked for and not started yet (the event loop's thread only).
    private var requested: SearchJob?

    /// Takes a search to start (a newer request replaces one not started yet).
    func request(_ job: SearchJob) { requested = job }

    /// Starts the search last requested, if any.
    func startRequested() {
        guard let job = requested else { return }
        requested = nil
        start(job)
    }

    /// Finds the rows of `job`. Without a pipe to signal on, the search runs here and now.
    func start(_ job: SearchJob) {
        guard wake.exists else {
            lock.withLock { finished = (job.query, job.run()) }
            return
        }
        let startNow: Bool = lock.withLock {
            if running {
                waiting = job
                return false
            }
            running = true
            return true
        }
        if startNow { run(job) }
    }

    private func run(_ job: SearchJob) {
        queue.async { [self] in
            let rows = job.run()
            let next: SearchJob? = lock.withLock {
                finished = (job.query, rows)
                defer { waiting = nil }
                if waiting == nil { running = false }
                return waiting
            }
            wake.signal()
            if let next { run(next) }
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
