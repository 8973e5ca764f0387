import Glibc
import RencanaText

/// Ends the process in one line instead of a crash report when a command dies of a trap.
///
/// Swift stops the program with a trap (SIGILL or SIGTRAP) when an allocation fails — memory taken by
/// another process mid-run, or a limit (`ulimit -v`) that the up-front checks (`MemoryBudget`) could not
/// foresee — and the runtime's backtracer would then print a page of stack frames. This handler writes
/// one line instead and exits with status 1. Nothing is left half-written by such a stop: every file is
/// written to a temporary file and renamed, and the state journal's torn last line is cut on the next open.
///
/// The dashboard installs its own handler over this one (`SignalGuard`), which gives the terminal back
/// first and then calls this one.
enum CrashGuard {
    static let signals: [Int32] = [SIGILL, SIGTRAP, SIGABRT, SIGSEGV, SIGBUS, SIGFPE]

    /// The message, made once, before any signal can arrive (the handler may not allocate).
    nonisolated(unsafe) private static var message: UnsafeMutableBufferPointer<UInt8> = .init(start: nil, count: 0)

    static func install() {
        let bytes = Array("rencana: \(Text.Command.crashed)\n".utf8)
        let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: bytes.count)
        _ = buffer.initialize(from: bytes)
        message = buffer
        for signal in signals {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = crashed
            sigemptyset(&action.sa_mask)
            action.sa_flags = Int32(truncatingIfNeeded: SA_RESETHAND)
            sigaction(signal, &action, nil)
        }
    }

    /// Writes the line, with the signal's number before its newline (`… again (signal 4)`), without allocating.
    static func write(signal: Int32) {
        _ = Glibc.write(STDERR_FILENO, message.baseAddress, max(0, message.count - 1))
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (32, 40, 115, 105, 103, 110, 97, 108, 32, 0, 0, 0)  // " (signal "
        let n = max(0, min(Int(signal), 99))
        withUnsafeMutableBytes(of: &digits) { bytes in
            var count = 9
            if n >= 10 { bytes[count] = UInt8(48 + n / 10); count += 1 }
            bytes[count] = UInt8(48 + n % 10)
            bytes[count + 1] = 41  // ")"
            _ = Glibc.write(STDERR_FILENO, bytes.baseAddress, count + 2)
        }
        var newline: UInt8 = 10
        _ = Glibc.write(STDERR_FILENO, &newline, 1)
    }
}

/// Writes the prepared line and exits at once (async-signal-safe: `write` and `_exit` only).
private let crashed: @convention(c) (Int32) -> Void = { signal in
    CrashGuard.write(signal: signal)
    _exit(1)
}
