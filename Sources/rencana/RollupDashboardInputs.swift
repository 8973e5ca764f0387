import CursesBackend
import Foundation
import GanttUI
import PlanRollup

/// The roll-up dashboard's inputs on a real terminal: keys from curses and, in the same `poll()`, the folder read
/// again when one of its offices' files is new or changed. Once a second the folder's listing is taken
/// (`OfficeSources.find`, which opens no file) with each file's size and time; when that differs from the last
/// one, the offices are read again on another thread (`Rollup.read`, read-only), and the dashboard gets the new
/// model when it is done. Nothing is written into the folder, nor beside it.
final class RollupInputs: RollupInputSource {
    /// How often the folder is looked at.
    static let lookEveryMilliseconds = 1_000
    private let terminal: Terminal
    private let paths: [String]
    /// The roll-up the dashboard's model was made from: offices' years are read from it by index.
    private(set) var rollup: Rollup?
    private var signature: [String: FileStamp] = [:]
    private var nextLook: UInt64
    private let reader = FolderRead()

    /// A file's size and modification time, to tell a changed file without reading it.
    struct FileStamp: Equatable {
        var size: Int64
        var seconds: Int
        var nanoseconds: Int
    }

    /// Starts reading the folder at once (the first model comes as an input like any later one).
    init(terminal: Terminal, paths: [String]) {
        self.terminal = terminal
        self.paths = paths
        nextLook = Self.now()
        lookIfDue(first: true)
    }

    var keyPending: Bool {
        var descriptor = pollfd(fd: terminal.inputDescriptor, events: Int16(POLLIN), revents: 0)
        return poll(&descriptor, 1, 0) > 0 && descriptor.revents & Int16(POLLIN) != 0
    }

    func next(timeoutMilliseconds: Int?) -> RollupInput? {
        if let done = takeRead() { return done }
        if let key = terminal.readKey(timeoutMilliseconds: 0) { return .key(key) }
        lookIfDue()
        let untilLook = Int((nextLook > Self.now() ? nextLook - Self.now() : 0) / 1_000_000) + 1
        let timeout = Int32(clamping: min(untilLook, timeoutMilliseconds ?? Int.max))
        var descriptors = [pollfd(fd: terminal.inputDescriptor, events: Int16(POLLIN), revents: 0),
                           pollfd(fd: reader.wake.readDescriptor, events: Int16(POLLIN), revents: 0)]
        let count = poll(&descriptors, nfds_t(descriptors.count), timeout)
        if count > 0 && descriptors[0].revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 { return .closed }
        return takeRead()
    }

    /// The folder read again, once it is done.
    private func takeRead() -> RollupInput? {
        guard let (newRollup, stamps) = reader.take() else { return nil }
        // An empty folder (every office moved away for a moment) keeps the offices shown.
        if newRollup.offices.isEmpty, let rollup, !rollup.offices.isEmpty { return nil }
        rollup = newRollup
        signature = stamps
        return .folder(RollupDashboard.model(newRollup))
    }

    /// Once a second: the folder's listing and stamps; a difference starts a read of the offices on another thread.
    private func lookIfDue(first: Bool = false) {
        let now = Self.now()
        guard now >= nextLook else { return }
        nextLook = now + UInt64(Self.lookEveryMilliseconds) * 1_000_000
        guard !reader.busy else { return }
        let stamps = Self.signature(of: paths)
        guard first || stamps != signature else { return }
        signature = stamps
        reader.start(paths: paths, stamps: stamps)
    }

    /// Each office file found in `paths` with its stamp (the listing alone opens no file).
    static func signature(of paths: [String]) -> [String: FileStamp] {
        var stamps: [String: FileStamp] = [:]
        let found = OfficeSources.find(paths)
        for path in found.sources.flatMap({ [$0.plan] + ($0.journal.map { [$0] } ?? []) }) + found.skipped.map(\.path) {
            var info = stat()
            guard stat(path, &info) == 0 else { continue }
            stamps[path] = FileStamp(size: Int64(info.st_size), seconds: info.st_mtim.tv_sec, nanoseconds: info.st_mtim.tv_nsec)
        }
        return stamps
    }

    private static func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }
}

/// The offices read again on another thread; `wake` becomes readable when they are, and `take` hands them over once.
private final class FolderRead: @unchecked Sendable {
    let wake = WakePipe()
    private let lock = NSLock()
    private var reading = false
    private var result: (Rollup, [String: RollupInputs.FileStamp])?

    var busy: Bool { lock.withLock { reading } }

    /// Reads `paths` (read-only); the stamps were taken before, so a file changed meanwhile is read again later.
    func start(paths: [String], stamps: [String: RollupInputs.FileStamp]) {
        lock.withLock { reading = true }
        let thread = Thread { [self] in
            let read = Rollup.read(paths)
            lock.withLock {
                result = (read, stamps)
                reading = false
            }
            wake.signal()
        }
        thread.stackSize = 16 << 20
        thread.start()
        if !wake.exists { while busy { usleep(2_000) } }  // no pipe to wake the poll: wait here
    }

    func take() -> (Rollup, [String: RollupInputs.FileStamp])? {
        wake.drain()
        return lock.withLock {
            defer { result = nil }
            return result
        }
    }
}
