/// xterm's SGR (1006) mouse reports, `ESC [ < b ; x ; y M` (press) or `… m` (release).
///
/// Unlike the older X10 encoding, whose coordinates are single bytes and end at column 223, SGR
/// reports carry decimal numbers, so clicks work on any width. ncurses decodes SGR itself only where
/// the terminal description says so (xterm's does, tmux's and screen's do not); the curses backend
/// asks for SGR reports there and hands what follows `ESC [ <` to `parse`.
public enum SGRMouse {
    /// The longest report body accepted (`b;x;y` and its final letter): anything longer is not a report.
    public static let maxLength = 24

    /// The key for a report body (the characters after `ESC [ <`, up to and including the final `M` or `m`),
    /// or nil when it is not a well-formed report, which the caller then drops whole, so a garbled report
    /// is never read as keys. Releases, motion and other buttons are `.unknown`: recognised, and ignored.
    public static func parse(_ body: String) -> Key? {
        guard body.count <= maxLength, let final = body.last, final == "M" || final == "m" else { return nil }
        let fields = body.dropLast().split(separator: ";", omittingEmptySubsequences: false)
        guard fields.count == 3 else { return nil }
        var numbers: [Int] = []
        for field in fields {
            guard !field.isEmpty, field.count <= 5, field.allSatisfy({ $0.isASCII && $0.isNumber }),
                  let number = Int(field) else { return nil }
            numbers.append(number)
        }
        let (button, column, line) = (numbers[0], numbers[1], numbers[2])
        guard column >= 1, line >= 1 else { return nil }
        let x = column - 1, y = line - 1
        // Bits 2–4 are Shift, Meta and Ctrl; bit 5 is motion; bits 6–7 select the wheel and extra buttons.
        let motion = button & 32 != 0
        let base = button & ~(4 | 8 | 16 | 32)
        guard !motion, final == "M" else { return .unknown }
        switch base {
        case 0: return .mouse(x: x, y: y, .press)
        case 64: return .mouse(x: x, y: y, .wheelUp)
        case 65: return .mouse(x: x, y: y, .wheelDown)
        default: return .unknown
        }
    }
}
