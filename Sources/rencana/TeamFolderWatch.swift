import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Tells the dashboard when a colleague's file in the team folder may have changed: an inotify watch on the folder
/// (a sync tool such as Syncthing or Dropbox writes there on this machine) and, for a network drive whose changes
/// inotify never sees, a look every second. The look itself (`StateStore.pullTeamFolder`) reads only files whose
/// size or time changed, and only what was appended to them.
final class TeamFolderWatch {
    /// How often the folder is looked at without an event.
    static let lookEveryMilliseconds = 1_000
    /// Readable when something happened in the folder; -1 when inotify is not available.
    let fileDescriptor: Int32
    private var nextLook: UInt64

    init(folder: URL) {
        let fd = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        if fd >= 0 {
            let mask = UInt32(IN_MODIFY | IN_CLOSE_WRITE | IN_CREATE | IN_MOVED_TO | IN_ATTRIB)
            if inotify_add_watch(fd, folder.path, mask) < 0 {
                close(fd)
                fileDescriptor = -1
            } else {
                fileDescriptor = fd
            }
        } else {
            fileDescriptor = -1
        }
        nextLook = Self.now() + UInt64(Self.lookEveryMilliseconds) * 1_000_000
    }

    deinit {
        if fileDescriptor >= 0 { close(fileDescriptor) }
    }

    /// Milliseconds until the next look is due (0 when it is).
    var millisecondsToLook: Int {
        let now = Self.now()
        return now >= nextLook ? 0 : Int((nextLook - now) / 1_000_000) + 1
    }

    /// Whether to look at the folder now: an event came (`ready`, drained here) or a second passed since the last
    /// look. Either way the next look is a second away.
    func due(ready: Bool) -> Bool {
        if ready { drain() }
        let now = Self.now()
        guard ready || now >= nextLook else { return false }
        nextLook = now + UInt64(Self.lookEveryMilliseconds) * 1_000_000
        return true
    }

    private func drain() {
        var buffer = [UInt8](repeating: 0, count: 4096)
        while buffer.withUnsafeMutableBytes({ read(fileDescriptor, $0.baseAddress, $0.count) }) > 0 {}
    }

    private static func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }
}
