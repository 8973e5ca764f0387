import RencanaText

/// A multi-line text editor for one text of the plan: pure state, key handling and drawing into a `Buffer`.
///
/// The text is held as grapheme clusters, so the cursor never lands inside a character (an emoji with its
/// modifiers, a letter with its combining marks) and wide characters take their two columns. Lines wrap at
/// spaces to the editor's width, or inside a word longer than a line.
///
/// Keys: characters insert; Left/Right move by character, Ctrl-B/Ctrl-F by word (the backend sends no
/// modified arrows); Up/Down by wrapped line keeping the column; Home/End to the start and end of the
/// wrapped line, Ctrl-A/Ctrl-E of the whole text; Backspace/Delete erase; Ctrl-O inserts a line break;
/// Enter or Ctrl-S saves; Esc cancels. A view owns one of these and calls `handle` with its keys.
public struct TextEditor: Equatable, Sendable {
    /// The text being edited, one element per grapheme cluster.
    public private(set) var characters: [Character]
    /// Where the cursor is: before `characters[cursor]`, or at the end when it equals the count.
    public private(set) var cursor: Int
    /// Columns a line wraps at (at least 1).
    public var width: Int { didSet { width = max(1, width) } }
    /// True when the format requires a text (area, kegiatan, sub kegiatan): an empty one is refused.
    public let required: Bool
    /// A message for the user (the empty text refused), cleared by the next key.
    public private(set) var message: String?

    /// What a key did to the editing session.
    public enum Outcome: Equatable, Sendable {
        case editing
        /// Saved with this text.
        case saved(String)
        case cancelled
    }

    /// An editor on `text` with the cursor at its end.
    public init(text: String, width: Int, required: Bool = false) {
        characters = Array(text)
        cursor = characters.count
        self.width = max(1, width)
        self.required = required
    }

    /// The text as it stands.
    public var text: String { String(characters) }

    /// Applies one key.
    public mutating func handle(_ key: Key) -> Outcome {
        message = nil
        switch key {
        case .char(let c): insert(c)
        case .paste(let text): paste(text)
        case .ctrl("o"): insert("\n")
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(characters.count, cursor + 1)
        case .ctrl("b"): cursor = wordStart(before: cursor)
        case .ctrl("f"): cursor = wordEnd(after: cursor)
        case .up: moveLine(-1)
        case .down: moveLine(1)
        case .home: cursor = layout()[cursorLine().line].start
        case .end: cursor = layout()[cursorLine().line].end
        case .ctrl("a"): cursor = 0
        case .ctrl("e"): cursor = characters.count
        case .backspace:
            if cursor > 0 { characters.remove(at: cursor - 1); cursor -= 1 }
        case .delete:
            if cursor < characters.count { characters.remove(at: cursor) }
        case .escape: return .cancelled
        case .enter, .ctrl("s"):
            if required && text.allSatisfy({ $0.isWhitespace }) {
                message = Text.Editor.emptyRefused
                return .editing
            }
            return .saved(text)
        default: break
        }
        return .editing
    }

    /// Inserts a pasted text at the cursor in one step (linear in the text's length). Line breaks are
    /// kept; tabs become spaces and whatever else the terminal must not get raw (controls, C1, bidirectional
    /// overrides: `TerminalText.isUnsafe`) is dropped, so nothing pasted reaches the plan, or the editor's box
    /// (drawn character by character), as a control.
    public mutating func paste(_ pasted: String) {
        var clean: [Character] = []
        clean.reserveCapacity(pasted.utf8.count)
        for c in pasted {
            if c == "\r\n" || c == "\n" || c == "\r" { clean.append("\n"); continue }
            if c == "\t" { clean.append(" "); continue }
            if Self.isUnsafe(c) { continue }
            clean.append(c)
        }
        characters.insert(contentsOf: clean, at: cursor)
        cursor += clean.count
    }

    /// Whether `c` is one the editor never holds (a line break is held: the editor draws it as a new line).
    private static func isUnsafe(_ c: Character) -> Bool {
        c != "\n" && c.unicodeScalars.contains(where: TerminalText.isUnsafe)
    }

    private mutating func insert(_ c: Character) {
        if Self.isUnsafe(c) { return }
        characters.insert(c, at: cursor)
        cursor += 1
    }

    // MARK: - Layout

    /// One wrapped line: `characters[start..<end]`; `end` excludes the line break or the space it wrapped at.
    public struct Line: Equatable, Sendable {
        public let start: Int
        public let end: Int
    }

    /// The wrapped lines, in one pass over the text.
    public func layout() -> [Line] {
        var lines: [Line] = []
        var start = 0, column = 0, lastSpace = -1
        var i = 0
        while i < characters.count {
            let c = characters[i]
            if c == "\n" {
                lines.append(Line(start: start, end: i))
                start = i + 1; column = 0; lastSpace = -1; i += 1
                continue
            }
            let w = DisplayWidth.of(c)
            if c == " " && column + w > width {  // a space past the edge ends the line itself
                lines.append(Line(start: start, end: i))
                start = i + 1; column = 0; lastSpace = -1; i += 1
                continue
            }
            if column + w > width && i > start {
                if lastSpace >= start {  // wrap after the last space: it stays at the end of its line
                    lines.append(Line(start: start, end: lastSpace))
                    start = lastSpace + 1
                } else {  // a word longer than the line is cut
                    lines.append(Line(start: start, end: i))
                    start = i
                }
                lastSpace = -1
                column = 0
                for j in start..<i { column += DisplayWidth.of(characters[j]) }
                continue
            }
            if c == " " { lastSpace = i }
            column += w
            i += 1
        }
        lines.append(Line(start: start, end: characters.count))
        return lines
    }

    /// The wrapped line of the cursor and its column there.
    public func cursorLine() -> (line: Int, column: Int) { cursorLine(in: layout()) }

    /// `cursorLine()` on lines already laid out (one layout per frame).
    public func cursorLine(in lines: [Line]) -> (line: Int, column: Int) {
        // The last line that starts at or before the cursor (a cursor at a wrap point belongs to the next line).
        var n = 0
        for (k, line) in lines.enumerated() where line.start <= cursor { n = k }
        let line = lines[n]
        var column = 0
        for j in line.start..<min(cursor, line.end) { column += DisplayWidth.of(characters[j]) }
        return (n, column)
    }

    private mutating func moveLine(_ delta: Int) {
        let lines = layout()
        let (n, column) = cursorLine()
        let target = n + delta
        guard lines.indices.contains(target) else {
            cursor = delta < 0 ? 0 : characters.count
            return
        }
        var position = lines[target].start, used = 0
        while position < lines[target].end {
            let w = DisplayWidth.of(characters[position])
            if used + w > column { break }
            used += w
            position += 1
        }
        cursor = position
    }

    private func isWordCharacter(_ i: Int) -> Bool { !characters[i].isWhitespace && !characters[i].isPunctuation }

    private func wordStart(before position: Int) -> Int {
        var i = position
        while i > 0 && !isWordCharacter(i - 1) { i -= 1 }
        while i > 0 && isWordCharacter(i - 1) { i -= 1 }
        return i
    }

    private func wordEnd(after position: Int) -> Int {
        var i = position
        while i < characters.count && !isWordCharacter(i) { i += 1 }
        while i < characters.count && isWordCharacter(i) { i += 1 }
        return i
    }

    // MARK: - Drawing

    /// Lines the editor wants for its text at its width, plus one for the hint or message.
    public var preferredHeight: Int { layout().count + 1 }

    /// Draws the text into `buffer` at (x, y), `width` (the editor's own) columns and `height` lines: the wrapped
    /// lines, scrolled so the cursor's line shows, the cursor's cell in the selection style, and on the last
    /// line the message (warning style) or the key hint (dim). `lines` are this editor's `layout()` when the caller has them.
    public func render(into buffer: inout Buffer, x: Int, y: Int, height: Int, lines laidOut: [Line]? = nil) {
        guard height > 0 else { return }
        let textHeight = max(1, height - 1)
        let lines = laidOut ?? layout()
        let (cursorRow, cursorColumn) = cursorLine(in: lines)
        let top = max(0, min(cursorRow - textHeight + 1, lines.count - textHeight))
        buffer.fill(x: x, y: y, width: width, height: height, style: Style(.overlay))
        for row in 0..<min(textHeight, lines.count - top) {
            let line = lines[top + row]
            var column = x
            for j in line.start..<line.end { column += buffer.put(characters[j], x: column, y: y + row, style: Style(.overlay), limit: x + width) }
        }
        // The cursor: the cell it stands on (a blank past the end of a line), in the selection style.
        let cy = y + cursorRow - top
        if cursorColumn < width {
            let span = cursor < characters.count && characters[cursor] != "\n" ? max(1, DisplayWidth.of(characters[cursor])) : 1
            buffer.restyle(x: x + cursorColumn, y: cy, width: span) { $0 = Style(.selection) }
        }
        if height > 1 {
            let footer = message ?? Text.Editor.hint
            buffer.write(footer, x: x, y: y + height - 1, style: Style(message == nil ? .dim : .warning), maxWidth: width)
        }
    }
}
