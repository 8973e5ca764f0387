/// xterm's bracketed paste: with mode 2004 on, the terminal sends a paste as `ESC [ 200 ~` text `ESC [ 201 ~`,
/// so the dashboard can take it as one text (`Key.paste`) and never run its line breaks, tabs or Esc as keys.
///
/// The curses backend turns the mode on and hands what follows an Esc to `read`, one character code at a time.
public enum BracketedPaste {
    /// What the terminal sends to start and end a paste, after the Esc.
    public static let start: [UInt32] = Array("[200~".unicodeScalars.map(\.value))
    static let end: [UInt32] = Array("\u{1B}[201~".unicodeScalars.map(\.value))
    /// Turns the mode on / off (sent by the backend at start and exit, around a suspension).
    public static let enable = "\u{1B}[?2004h"
    public static let disable = "\u{1B}[?2004l"
    /// The most characters a paste keeps (the journal's texts are 10,000 at most); the rest is read and dropped.
    public static let maxLength = 100_000

    /// The pasted text after the start marker: character codes from `next` (nil: nothing more arrived in time)
    /// up to the end marker, which is not kept. A paste cut short (no end marker) is the text that arrived.
    public static func read(_ next: () -> UInt32?) -> Key {
        var codes: [UInt32] = []
        var matched = 0  // how much of the end marker the latest codes are
        while let code = next() {
            if matched > 0 && code != end[matched] {  // a partial marker was text after all (its Esc is dropped later)
                keep(end[0..<matched], in: &codes)
                matched = 0
            }
            if code == end[matched] {
                matched += 1
                if matched == end.count { break }
                continue
            }
            keep([code], in: &codes)
        }
        var text = ""
        text.unicodeScalars.append(contentsOf: codes.compactMap(Unicode.Scalar.init))
        return .paste(text)
    }

    private static func keep<C: Collection>(_ more: C, in codes: inout [UInt32]) where C.Element == UInt32 {
        for code in more where codes.count < maxLength { codes.append(code) }
    }
}

extension Key {
    /// The key as a one-line field takes it: a paste's line breaks become spaces (other keys as they are).
    var oneLine: Key {
        guard case .paste(let text) = self else { return self }
        var line = ""
        line.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        var previousCR = false
        for scalar in text.unicodeScalars {
            if scalar == "\n" && previousCR { previousCR = false; continue }  // CR LF: one space
            previousCR = scalar == "\r"
            line.unicodeScalars.append(scalar == "\n" || scalar == "\r" ? " " : scalar)
        }
        return .paste(line)
    }
}

extension Key {
    /// The key as a field with `room` characters left takes it: a paste cut to that room (and for a one-line field
    /// its line breaks made spaces); other keys as they are.
    func fitted(oneLine: Bool, room: Int) -> Key {
        guard case .paste(let text) = oneLine ? self.oneLine : self else { return self }
        return .paste(text.count > room ? String(text.prefix(max(0, room))) : text)
    }

    /// Whether this is a paste longer than `room` characters (it is cut, and the field says it is full).
    func overflows(_ room: Int) -> Bool {
        if case .paste(let text) = self { return text.count > room }
        return false
    }
}
