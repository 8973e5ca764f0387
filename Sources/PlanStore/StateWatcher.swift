import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Tells when another process may have changed a state file, without polling: an inotify watch
/// on the file's folder (the file itself may not exist yet, or be replaced). Wait on `fileDescriptor`
/// with `poll` next to the terminal's input; when it is readable, call `drain()` then `StateStore.refresh()`.
public final class StateWatcher {
    /// Readable when something happened in the watched folder; -1 when watching is not possible here.
    public let fileDescriptor: Int32
    private let name: String

    /// Starts watching the folder of `url`; creates nothing. Without inotify, `fileDescriptor` is -1.
    public init(url: URL) {
        name = url.lastPathComponent
        let fd = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        if fd >= 0 {
            let mask = UInt32(IN_MODIFY | IN_CLOSE_WRITE | IN_CREATE | IN_MOVED_TO | IN_MOVED_FROM | IN_DELETE)
            if inotify_add_watch(fd, url.deletingLastPathComponent().path, mask) < 0 {
                close(fd)
                fileDescriptor = -1
                return
            }
        }
        fileDescriptor = fd
    }

    deinit {
        if fileDescriptor >= 0 { close(fileDescriptor) }
    }

    /// Reads the pending events; returns whether any concerned the state file.
    public func drain() -> Bool {
        guard fileDescriptor >= 0 else { return false }
        var concerned = false
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(fileDescriptor, $0.baseAddress, $0.count) }
            guard n > 0 else { break }
            var offset = 0
            while offset + MemoryLayout<inotify_event>.size <= n {
                let (length, eventName) = buffer.withUnsafeBytes { raw -> (Int, String) in
                    let event = raw.loadUnaligned(fromByteOffset: offset, as: inotify_event.self)
                    let start = offset + MemoryLayout<inotify_event>.size
                    let bytes = raw[start..<min(n, start + Int(event.len))].prefix { $0 != 0 }
                    return (Int(event.len), String(decoding: bytes, as: UTF8.self))
                }
                if eventName == name { concerned = true }
                offset += MemoryLayout<inotify_event>.size + length
            }
        }
        return concerned
    }
}
