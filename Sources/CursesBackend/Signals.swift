@preconcurrency import CNCursesW
import Glibc

/// Puts the terminal back before the process dies of a signal, so a crash or a kill never
/// leaves the shell on the alternate screen with echo off.
///
/// Crash signals (SIGSEGV, SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE) and termination signals
/// (SIGINT, SIGTERM, SIGHUP, SIGQUIT) get a handler that calls `endwin`, puts back the action
/// that was there before (Swift's backtracer, or the default), and raises the signal again.
/// SIGTSTP and SIGWINCH are left to ncurses, which suspends/resumes and reports resizes itself.
enum SignalGuard {
    static let crashSignals: [Int32] = [SIGSEGV, SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE]
    static let stopSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]

    /// The action each signal had before ours, indexed by signal number.
    nonisolated(unsafe) private static let previous: UnsafeMutablePointer<sigaction> = {
        let table = UnsafeMutablePointer<sigaction>.allocate(capacity: 65)
        table.initialize(repeating: sigaction(), count: 65)
        return table
    }()

    static func install() {
        _ = previous  // allocate before any signal can arrive
        for signal in crashSignals + stopSignals {
            _ = rencana_install_handler(signal, restoreAndReraise, 1, previous + Int(signal))
        }
        _ = pasteModeBytes
        // ncurses' own SIGTSTP handler (installed by initscr) suspends and resumes; ours around it turns bracketed
        // paste off for the shell and back on after, where ncurses handles the signal at all.
        var current = sigaction()
        sigaction(SIGTSTP, nil, &current)
        if isHandler(current) { _ = rencana_install_handler(SIGTSTP, suspendAroundPasteMode, 0, previous + Int(SIGTSTP)) }
    }

    /// Whether `action` is a function (not the default or ignoring).
    static func isHandler(_ action: sigaction) -> Bool {
        guard let handler = action.__sigaction_handler.sa_handler else { return false }
        let raw = unsafeBitCast(handler, to: Int.self)
        return raw != 0 && raw != 1  // SIG_DFL, SIG_IGN
    }

    /// `BracketedPaste.disable` then `.enable`, made before any signal arrives (a handler must not allocate).
    nonisolated(unsafe) static let pasteModeBytes: (off: UnsafeMutableBufferPointer<UInt8>, on: UnsafeMutableBufferPointer<UInt8>) = {
        func bytes(_ text: String) -> UnsafeMutableBufferPointer<UInt8> {
            let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: text.utf8.count)
            _ = buffer.initialize(from: text.utf8)
            return buffer
        }
        return (bytes("\u{1B}[?2004l"), bytes("\u{1B}[?2004h"))
    }()

    /// Puts back the actions that were there before `install`.
    static func uninstall() {
        for signal in crashSignals + stopSignals {
            sigaction(signal, previous + Int(signal), nil)
        }
        var current = sigaction()
        sigaction(SIGTSTP, nil, &current)
        if let handler = current.__sigaction_handler.sa_handler,
           unsafeBitCast(handler, to: Int.self) == unsafeBitCast(suspendAroundPasteMode, to: Int.self) {
            sigaction(SIGTSTP, previous + Int(SIGTSTP), nil)
        }
    }
}

/// Ctrl-Z: bracketed paste off, then ncurses' handler (which suspends, and returns once the shell resumes the
/// process), then on again, so the shell never gets pastes marked.
private let suspendAroundPasteMode: @convention(c) (Int32) -> Void = { signal in
    let bytes = SignalGuard.pasteModeBytes
    _ = write(STDOUT_FILENO, bytes.off.baseAddress, bytes.off.count)
    SignalGuard.previousAction(signal).__sigaction_handler.sa_handler?(signal)
    _ = write(STDOUT_FILENO, bytes.on.baseAddress, bytes.on.count)
}

/// The handler: restore the terminal first, then let the signal do what it would have done
/// (Swift's backtracer for a crash, the default for a termination signal). The signal is re-raised unblocked, so
/// that action runs right here; if it returns (a backtracer resuming after a `kill -SEGV`), the
/// process ends instead of drawing on a terminal that was already given back.
private let restoreAndReraise: @convention(c) (Int32) -> Void = { signal in
    endwin()
    if SignalGuard.stopSignals.contains(signal) {
        // Die of the signal itself (exit status 128 + n, as shells expect), not through ncurses'
        // own cleanup handler, which would exit with status 1.
        var defaultAction = sigaction()
        defaultAction.__sigaction_handler.sa_handler = SIG_DFL
        sigaction(signal, &defaultAction, nil)
    } else if signal > 0 && signal < 65 {
        _ = withUnsafePointer(to: SignalGuard.previousAction(signal)) { sigaction(signal, $0, nil) }
    }
    rencana_unblock_signal(signal)
    raise(signal)
    _exit(128 + signal)
}

extension SignalGuard {
    static func previousAction(_ signal: Int32) -> sigaction { previous[Int(signal)] }
}
