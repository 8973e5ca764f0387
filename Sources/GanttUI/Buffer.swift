/// One terminal cell: a grapheme and its style. The right half of a wide character is a
/// continuation cell with an empty grapheme, so every row always has exactly `width` cells.
public struct Cell: Hashable, Sendable {
    public var grapheme: String
    public var style: Style

    public init(_ grapheme: String = " ", _ style: Style = .normal) {
        self.grapheme = grapheme
        self.style = style
    }

    public static let blank = Cell()
    /// True for the right half of a double-width character.
    public var isContinuation: Bool { grapheme.isEmpty }
}

/// A rectangle of cells that views draw into and tests read as text. Writes are clipped, never trap.
public struct Buffer: Equatable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    /// The cell at column `x`, line `y`; a blank cell outside the buffer.
    public subscript(x: Int, y: Int) -> Cell {
        guard contains(x, y) else { return .blank }
        return cells[y * width + x]
    }

    public func contains(_ x: Int, _ y: Int) -> Bool { x >= 0 && y >= 0 && x < width && y < height }

    /// Sets one cell as it is, without the wide-character rules of `put` (for a backend's model of a screen).
    mutating func setCell(_ cell: Cell, x: Int, y: Int) {
        guard contains(x, y) else { return }
        cells[y * width + x] = cell
    }

    /// Puts one character at (x, y); a wide character takes two cells, or a space when only one is left.
    /// Returns the columns used.
    @discardableResult
    public mutating func put(_ character: Character, x: Int, y: Int, style: Style, limit: Int? = nil) -> Int {
        let w = DisplayWidth.of(character)
        let end = min(width, limit ?? width)
        guard y >= 0, y < height, x >= 0, x < end else { return w }
        if w == 0 {  // a combining mark joins the previous cell (as far as ncurses can hold it)
            if x > 0, cells[y * width + x - 1].grapheme.unicodeScalars.count + character.unicodeScalars.count <= Buffer.maxScalars {
                cells[y * width + x - 1].grapheme.append(character)
            }
            return 0
        }
        let character = Buffer.drawable(character)
        clearWideNeighbours(x: x, y: y)
        if w == 2 {
            guard x + 1 < end else {
                cells[y * width + x] = Cell(" ", style)
                return 1
            }
            clearWideNeighbours(x: x + 1, y: y)
            cells[y * width + x] = Cell(String(character), style)
            cells[y * width + x + 1] = Cell("", style)
            return 2
        }
        cells[y * width + x] = Cell(String(character), style)
        return 1
    }

    /// Writes `text` from (x, y), stopping before column `x + maxWidth` and the buffer's edge.
    /// Returns the columns written.
    @discardableResult
    public mutating func write(_ text: String, x: Int, y: Int, style: Style = .normal, maxWidth: Int? = nil) -> Int {
        let limit = maxWidth.map { x + max(0, $0) } ?? width
        var column = x
        for character in text {
            if column >= limit { break }
            let w = DisplayWidth.of(character)
            if w == 2 && column + 2 > limit {
                if column >= 0 { put(" ", x: column, y: y, style: style, limit: limit) }
                column += 1
                break
            }
            if column >= 0 { put(character, x: column, y: y, style: style, limit: limit) }
            column += w
        }
        return column - x
    }

    /// `write` for simple text (see `SimpleText`) of `scalars` scalars: its first `count` scalars, one cell each,
    /// from (x, y), stopping before column `limit` and the buffer's edge. Returns the columns `write` would report.
    @discardableResult
    mutating func writeSimple(_ text: String, scalars: Int, count: Int, x: Int, y: Int, style: Style, limit: Int) -> Int {
        let columns = max(0, min(count, scalars, limit - x))
        guard y >= 0, y < height, max(0, x) < min(width, x + columns) else { return columns }
        let utf8 = text.utf8
        if utf8.count == scalars {  // ASCII: one byte per cell, strings made once
            let graphemes = Buffer.asciiGraphemes
            let done: Void? = utf8.withContiguousStorageIfAvailable { bytes in
                putRun(columns: columns, x: x, y: y, style: style) { graphemes[Int(bytes[$0])] }
            }
            if done != nil { return columns }
        } else if scalars == 1 {  // one glyph: the string is its own grapheme
            putRun(columns: 1, x: x, y: y, style: style) { _ in text }
            return columns
        }
        let graphemes = text.unicodeScalars.prefix(columns).map { String(Character($0)) }
        putRun(columns: columns, x: x, y: y, style: style) { graphemes[$0] }
        return columns
    }

    /// Puts `graphemes`, each one column wide, from (x, y) (clipped); what `write` does with their concatenation.
    mutating func put(graphemes: [String], x: Int, y: Int, style: Style) {
        putRun(columns: graphemes.count, x: x, y: y, style: style) { graphemes[$0] }
    }

    /// Sets cells x..<x+columns of line y (clipped) to one-column graphemes, the k-th from `grapheme(k)`,
    /// removing the halves of wide characters that the run breaks at its ends.
    @inline(__always)
    private mutating func putRun(columns: Int, x: Int, y: Int, style: Style, _ grapheme: (Int) -> String) {
        let from = max(0, x), to = min(width, x + columns)
        guard y >= 0, y < height, from < to else { return }
        clearWideNeighbours(x: from, y: y)
        clearWideNeighbours(x: to - 1, y: y)
        let row = y * width
        cells.withUnsafeMutableBufferPointer { cells in
            for column in from..<to { cells[row + column] = Cell(grapheme(column - x), style) }
        }
    }

    /// Scalars one ncurses cell holds (CCHARW_MAX is 5, one of them the terminator).
    static let maxScalars = 4

    /// The part of a grapheme cluster that ncurses can draw whole in one cell, the same on every terminal:
    /// the base and the zero-width marks after it, at most `maxScalars`, stopping at a zero-width joiner
    /// (a ZWJ emoji such as 👨‍👩‍👧 is drawn as its first emoji, 👨) or at a second spacing scalar;
    /// a flag's two regional indicators stay together. The width is unchanged (its first scalar's).
    public static func drawable(_ character: Character) -> String {
        let scalars = character.unicodeScalars
        guard scalars.count > 1 else { return String(character) }
        var out = String.UnicodeScalarView()
        for scalar in scalars {
            if out.isEmpty { out.append(scalar); continue }
            if out.count >= maxScalars || scalar.value == 0x200D { break }
            let regionalPair = out.count == 1 && (0x1F1E6...0x1F1FF).contains(scalar.value)
                && (0x1F1E6...0x1F1FF).contains(out.first!.value)
            if DisplayWidth.of(scalar) != 0 && !regionalPair { break }
            out.append(scalar)
        }
        return String(out)
    }

    /// One-character strings for the ASCII bytes, made once.
    private static let asciiGraphemes: [String] = (0..<128).map { String(Character(Unicode.Scalar(UInt8($0)))) }

    /// Fills a rectangle with one character and style (clipped).
    public mutating func fill(x: Int, y: Int, width w: Int, height h: Int, with grapheme: Character = " ", style: Style) {
        guard w > 0, h > 0 else { return }
        if DisplayWidth.of(grapheme) == 1 {
            // One column per character: assign the cells directly (the common case: blanks, rules, bars).
            let cell = Cell(String(grapheme), style)
            let columns = max(0, x)..<max(max(0, x), min(width, x + w))
            for row in max(0, y)..<max(max(0, y), min(height, y + h)) where !columns.isEmpty {
                clearWideNeighbours(x: columns.lowerBound, y: row)
                clearWideNeighbours(x: columns.upperBound - 1, y: row)
                let start = row * width
                cells.withUnsafeMutableBufferPointer { cells in
                    for column in columns { cells[start + column] = cell }
                }
            }
            return
        }
        for row in max(0, y)..<max(max(0, y), min(height, y + h)) {
            var column = max(0, x)
            while column < min(width, x + w) {
                column += max(1, put(grapheme, x: column, y: row, style: style, limit: x + w))
            }
        }
    }

    /// Changes the style of cells without touching their characters (clipped).
    public mutating func restyle(x: Int, y: Int, width w: Int, _ change: (inout Style) -> Void) {
        guard y >= 0, y < height else { return }
        for column in max(0, x)..<max(max(0, x), min(width, x + w)) {
            change(&cells[y * width + column].style)
        }
    }

    /// Line `y` as text, without trailing spaces.
    public func line(_ y: Int) -> String {
        guard y >= 0, y < height else { return "" }
        var text = ""
        for x in 0..<width { text += cells[y * width + x].grapheme }
        while text.last == " " { text.removeLast() }
        return text
    }

    /// Every line as text, joined with newlines: what tests compare against.
    public var text: String { (0..<height).map(line).joined(separator: "\n") }

    /// Removes the halves of a wide character that a write at (x, y) would break.
    private mutating func clearWideNeighbours(x: Int, y: Int) {
        let i = y * width + x
        if cells[i].isContinuation, x > 0 { cells[i - 1].grapheme = " " }
        if x + 1 < width, cells[i + 1].isContinuation, DisplayWidth.of(cells[i].grapheme) == 2 {
            cells[i + 1].grapheme = " "
        }
    }
}
