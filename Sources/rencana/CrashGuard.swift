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

    static func write() {
        _ = Glibc.write(STDERR_FILENO, message.baseAddress, message.count)
    }
}

/// Writes the prepared line and exits at once (async-signal-safe: `write` and `_exit` only).
private let crashed: @convention(c) (Int32) -> Void = { _ in
    CrashGuard.write()
    _exit(1)
}
