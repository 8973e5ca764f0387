import Foundation

/// A pipe a background thread writes a byte to, so the event loop's `poll()` wakes for it together with
/// the keyboard. Without a pipe (the system refused one) `readDescriptor` is -1 and callers do the work at once.
final class WakePipe: @unchecked Sendable {
    /// Readable after `signal()`; -1 when there is no pipe.
    let readDescriptor: Int32
    private let writeDescriptor: Int32

    init() {
        var ends: [Int32] = [-1, -1]
        if pipe(&ends) == 0 {
            for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
            _ = fcntl(ends[0], F_SETFL, fcntl(ends[0], F_GETFL) | O_NONBLOCK)
        } else {
            ends = [-1, -1]
        }
        readDescriptor = ends[0]
        writeDescriptor = ends[1]
    }

    deinit {
        if readDescriptor >= 0 { close(readDescriptor) }
        if writeDescriptor >= 0 { close(writeDescriptor) }
    }

    var exists: Bool { readDescriptor >= 0 }

    /// Makes `readDescriptor` readable (from any thread).
    func signal() {
        var byte: UInt8 = 1
        if writeDescriptor >= 0 { _ = write(writeDescriptor, &byte, 1) }
    }

    /// Empties the pipe, so the next `poll()` waits for the next `signal()`.
    func drain() {
        var bytes = [UInt8](repeating: 0, count: 64)
        if readDescriptor >= 0 { while read(readDescriptor, &bytes, bytes.count) > 0 {} }
    }
}
