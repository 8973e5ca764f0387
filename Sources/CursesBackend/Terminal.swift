@preconcurrency import CNCursesW
import Glibc
import GanttUI

/// The one object that talks to ncursesw: starts and restores the terminal, reads keys,
/// and paints `Buffer`s, sending only the cells that changed since the last frame.
public final class Terminal: Backend {
    /// Unicode glyphs when the locale's character set is UTF-8, ASCII otherwise.
    public let glyphs: Glyphs
    /// Whether colours are used (false under `NO_COLOR` or on a monochrome terminal).
    public let usesColor: Bool
    private let palette: Palette
    /// Whether "─" is sent as the DEC line-drawing character (one byte a column instead of UTF-8's three).
    private let lineDrawing: Bool
    /// The last frame sent, with the styles its cells were drawn in.
    private var previous: Frame?
    private var running = false
    /// True when this backend asked the terminal for SGR (1006) mouse reports itself and decodes them
    /// (`SGRMouse`), because the terminal description gives ncurses only the X10 encoding, which ends at
    /// column 223 (tmux's and screen's descriptions).
    private var sgrByHand = false

    /// Takes over the terminal (the order from NCURSES-SWIFT.md). Call `stop()` before exiting.
    public init(mouse: Bool) {
        setlocale(LC_ALL, "")
        let codeset = rencana_codeset().map { String(cString: $0) } ?? ""
        glyphs = codeset.uppercased().replacingOccurrences(of: "-", with: "") == "UTF8" ? .unicode : .ascii
        initscr()
        cbreak()
        noecho()
        nonl()
        keypad(rencana_stdscr(), true)
        curs_set(0)
        set_escdelay(25)
        let noColor = getenv("NO_COLOR").map { $0.pointee != 0 } ?? false
        if !noColor && has_colors() {
            start_color()
            use_default_colors()
            usesColor = true
        } else {
            usesColor = false
        }
        palette = Palette(color: usesColor, colors: Int(COLORS))
        palette.install()
        if mouse {
            let mask = rencana_button1_pressed() | rencana_button4_pressed() | rencana_button5_pressed()
            mousemask(mask, nil)
            mouseinterval(0)
            if rencana_kmous_is_sgr() == 0 {
                sgrByHand = true
                Self.writeToTerminal("\u{1B}[?1006h")
            }
        }
        // Rules are long runs of "─": in the terminal's line-drawing set each is the byte 'q' instead of three (ncurses
        // switches sets around the run, and sends Unicode where the terminal or NCURSES_NO_UTF8_ACS says the switch
        // is broken). Inside tmux or screen with another terminal's TERM, pane captures would show the letters.
        let term = getenv("TERM").map { String(cString: $0) } ?? ""
        let multiplexed = getenv("TMUX") != nil || getenv("STY") != nil
        lineDrawing = glyphs == .unicode && rencana_has_acs_hline() != 0
            && (!multiplexed || term.hasPrefix("tmux") || term.hasPrefix("screen"))
        SignalGuard.install()
        // Pastes arrive marked (`BracketedPaste`): their line breaks, tabs and Esc are text, never keys.
        Self.writeToTerminal(BracketedPaste.enable)
        running = true
    }

    deinit { stop() }

    /// Gives the terminal back: normal screen, echo, cursor. Safe to call twice.
    public func stop() {
        guard running else { return }
        running = false
        if sgrByHand { Self.writeToTerminal("\u{1B}[?1006l") }
        Self.writeToTerminal(BracketedPaste.disable)
        mousemask(0, nil)
        curs_set(1)
        endwin()
        SignalGuard.uninstall()
    }

    /// The terminal's size now.
    public var size: (width: Int, height: Int) {
        (Int(getmaxx(rencana_stdscr())), Int(getmaxy(rencana_stdscr())))
    }

    /// The file descriptor keys arrive on, for a later `poll()` together with other descriptors.
    public var inputDescriptor: Int32 { STDIN_FILENO }

    /// Paints `buffer`: only the cells that differ from the last frame (`FrameDiff`), or all of them when
    /// `full` (after a resize, Ctrl-L, or when the size changed).
    public func draw(_ buffer: Buffer, full: Bool = false) {
        let screen = rencana_stdscr()
        let old = full ? nil : previous
        if old == nil || old?.buffer.width != buffer.width || old?.buffer.height != buffer.height {
            werase(screen)
            clearok(rencana_curscr(), true)
        }
        let (updates, frame) = FrameDiff.updates(from: old, to: buffer, looksAlike: palette.blankLooksAlike)
        for update in updates { put(update.cell, style: update.style, x: update.x, y: update.y) }
        previous = frame
        wnoutrefresh(screen)
        doupdate()
    }

    private func put(_ cell: Cell, style: Style, x: Int, y: Int) {
        var wide: [wchar_t] = cell.grapheme.unicodeScalars.prefix(4).map { wchar_t(bitPattern: $0.value) }
        if wide.isEmpty { wide = [wchar_t(32)] }
        var (attributes, pair) = palette.attributes(for: style)
        // (Not in the last column: there ncurses sends the attributes again after the character, costing more.)
        if lineDrawing && cell.grapheme == "─" && x + 1 < Int(getmaxx(rencana_stdscr())) {
            wide = [wchar_t(UInt8(ascii: "q"))]
            attributes |= rencana_a_altcharset()
        }
        wide.append(0)
        var c = cchar_t()
        setcchar(&c, wide, attributes, pair, nil)
        mvadd_wch(Int32(y), Int32(x), &c)
    }

    /// Waits for the next key. Blocks (no polling) unless `timeoutMilliseconds` is given;
    /// returns nil when that time passes without input or a signal interrupts the wait.
    public func readKey(timeoutMilliseconds: Int32? = nil) -> Key? {
        wtimeout(rencana_stdscr(), timeoutMilliseconds ?? -1)
        var code: wint_t = 0
        let result = get_wch(&code)
        if result == ERR { return nil }
        if result == KEY_CODE_YES { return functionKey(Int32(bitPattern: code)) }
        if code == 27 { return escapeSequence() }
        return characterKey(UInt32(code))
    }

    /// After an Esc that ncurses did not match to a key: a bracketed paste (`ESC [ 200 ~` …) becomes one
    /// `.paste`; an SGR mouse report (`ESC [ < b;x;y M`) becomes its mouse key, a garbled one is dropped whole
    /// (never read as keys), and anything else is given back unread, so Esc and the keys after it arrive as before.
    private func escapeSequence() -> Key {
        let screen = rencana_stdscr()
        // A report arrives in one write; its bytes are already waiting.
        wtimeout(screen, 10)
        func next() -> UInt32? {
            var code: wint_t = 0
            let result = get_wch(&code)
            // A function key here means this was no report: it is dropped with it (both are junk).
            return result == OK ? UInt32(code) : nil
        }
        guard let first = next() else { return .escape }
        guard first == 0x5B else { unget_wch(wchar_t(bitPattern: first)); return .escape }
        guard let second = next() else { unget_wch(wchar_t(bitPattern: first)); return .escape }
        if second == BracketedPaste.start[1] { return paste(after: [first, second]) }
        guard second == 0x3C, sgrByHand else {
            unget_wch(wchar_t(bitPattern: second))
            unget_wch(wchar_t(bitPattern: first))
            return .escape
        }
        var body = ""
        while body.count < SGRMouse.maxLength, let code = next(), let scalar = Unicode.Scalar(code) {
            body.unicodeScalars.append(scalar)
            if scalar == "M" || scalar == "m" || !(scalar == ";" || ("0"..."9").contains(scalar)) { break }
        }
        return SGRMouse.parse(body) ?? .unknown
    }

    /// After `ESC [ 2`: the rest of the paste's start marker, then the paste itself (`BracketedPaste.read`); anything
    /// else is given back unread (Esc, then its keys, as before).
    private func paste(after read: [UInt32]) -> Key {
        let screen = rencana_stdscr()
        var seen = read
        while seen.count < BracketedPaste.start.count {
            var code: wint_t = 0
            let result = get_wch(&code)
            guard result == OK, UInt32(code) == BracketedPaste.start[seen.count] else {
                if result == OK { seen.append(UInt32(code)) }
                for c in seen.reversed() { unget_wch(wchar_t(bitPattern: c)) }
                return .escape
            }
            seen.append(UInt32(code))
        }
        // A long paste comes in several writes: wait a little for each part; a function key inside is dropped.
        wtimeout(screen, 200)
        return BracketedPaste.read {
            var code: wint_t = 0
            while true {
                let result = get_wch(&code)
                if result == ERR { return nil }
                if result == OK { return UInt32(code) }
            }
        }
    }

    private static func writeToTerminal(_ text: String) {
        fflush(stdout)
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBufferPointer { write(STDOUT_FILENO, $0.baseAddress, $0.count) }
    }

    private func characterKey(_ code: UInt32) -> Key {
        switch code {
        case 27: return .escape
        case 9: return .tab
        case 10, 13: return .enter
        case 8, 127: return .backspace
        case 0: return .ctrl(" ")
        case 1...26: return .ctrl(Character(Unicode.Scalar(code + 96)!))
        default:
            guard let scalar = Unicode.Scalar(code) else { return .unknown }
            return .char(Character(scalar))
        }
    }

    private func functionKey(_ code: Int32) -> Key {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_HOME, KEY_A1: return .home
        case KEY_END, KEY_C1: return .end
        case KEY_ENTER: return .enter
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_BTAB: return .backTab
        case KEY_RESIZE:
            let (w, h) = size
            return .resize(width: w, height: h)
        case KEY_MOUSE: return mouseKey()
        default:
            for n in 1...12 where code == rencana_key_f(Int32(n)) { return .function(n) }
            return .unknown
        }
    }

    private func mouseKey() -> Key {
        var event = MEVENT()
        guard getmouse(&event) == OK else { return .unknown }
        let state = event.bstate
        let x = Int(event.x), y = Int(event.y)
        if state & rencana_button4_pressed() != 0 { return .mouse(x: x, y: y, .wheelUp) }
        if rencana_button5_pressed() != 0 && state & rencana_button5_pressed() != 0 { return .mouse(x: x, y: y, .wheelDown) }
        if state & (rencana_button1_pressed() | rencana_button1_clicked()) != 0 { return .mouse(x: x, y: y, .press) }
        return .unknown
    }
}
