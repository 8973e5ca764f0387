import RencanaText
/// Draws text into a `Buffer` with the active glyph set: truncation with the ellipsis,
/// and ASCII transliteration when the terminal's locale is not UTF-8.
struct Painter {
    var buffer: Buffer
    let glyphs: Glyphs

    /// Whether text is transliterated to ASCII (`Glyphs.clean`), decided once per frame.
    let asciiOnly: Bool
    /// Columns of the ellipsis when it is simple text (see `SimpleText`).
    let simpleEllipsis: Int?
    let monthTexts: MonthCellTexts
    /// Built on the first period cell of the frame (Triwulan and Semester only).
    var periodTexts: PeriodCellTexts?

    init(width: Int, height: Int, glyphs: Glyphs) {
        buffer = Buffer(width: width, height: height)
        self.glyphs = glyphs
        asciiOnly = glyphs == .ascii
        simpleEllipsis = SimpleText.columns(glyphs.ellipsis)
        monthTexts = MonthCellTexts(glyphs)
    }

    /// `text` made safe for the terminal: controls and bidi overrides shown visibly (as everywhere, by
    /// `TerminalText.safe`), and ASCII only when the glyph set is ASCII.
    func clean(_ text: String) -> String { asciiOnly ? glyphs.clean(text) : TerminalText.safe(text) }

    /// Writes `text` in at most `width` columns (truncated with the ellipsis); returns columns used.
    @discardableResult
    mutating func text(_ text: String, x: Int, y: Int, width: Int, style: Style) -> Int {
        guard width > 0 else { return 0 }
        let cleaned = clean(text)
        // Simple text (nearly all of it) is cut and drawn scalar by scalar; the same cells as the general path.
        if let count = SimpleText.columns(cleaned) {
            let limit = x + width
            if count <= width {
                return buffer.writeSimple(cleaned, scalars: count, count: count, x: x, y: y, style: style, limit: limit)
            }
            if let ellipsis = simpleEllipsis, ellipsis <= width {
                let room = width - ellipsis
                let used = buffer.writeSimple(cleaned, scalars: count, count: room, x: x, y: y, style: style, limit: limit)
                return used + buffer.writeSimple(glyphs.ellipsis, scalars: ellipsis, count: ellipsis, x: x + room, y: y,
                                                 style: style, limit: limit)
            }
        }
        let fitted = cleaned.truncated(toWidth: width, ellipsis: glyphs.ellipsis)
        return buffer.write(fitted, x: x, y: y, style: style, maxWidth: width)
    }

    /// Fills `width` columns from (x, y) with blanks (or `grapheme`) in `style`.
    mutating func fill(x: Int, y: Int, width: Int, style: Style, with grapheme: String = " ") {
        let character = Character(clean(grapheme))
        buffer.fill(x: x, y: y, width: width, height: 1, with: character, style: style)
    }

    static let asciiMap: [Character: String] = [
        "…": "~", "↑": "^", "↓": "v", "←": "<", "→": ">", "–": "-", "—": "-", "▸": ">", "·": ".",
        "√": "v", "✓": "v", "━": "=", "─": "-", "│": "|", "“": "\"", "”": "\"", "‘": "'", "’": "'",
        "×": "x", "•": "*", "┌": "+", "┐": "+", "└": "+", "┘": "+",
    ]
}

extension String {
    /// Canonical decomposition without Foundation: enough to find the base letter of a precomposed Latin letter.
    var decomposedStringWithCanonicalMappingLite: String {
        var out = ""
        for scalar in unicodeScalars {
            if let base = Self.latinBase[scalar.value] { out.unicodeScalars.append(base) } else { out.unicodeScalars.append(scalar) }
        }
        return out
    }

    private static let latinBase: [UInt32: Unicode.Scalar] = {
        var table: [UInt32: Unicode.Scalar] = [:]
        let groups: [(String, String)] = [
            ("a", "àáâãäåāăą"), ("A", "ÀÁÂÃÄÅĀĂĄ"), ("e", "èéêëēĕėęě"), ("E", "ÈÉÊËĒĔĖĘĚ"),
            ("i", "ìíîïĩīĭį"), ("I", "ÌÍÎÏĨĪĬĮ"), ("o", "òóôõöøōŏő"), ("O", "ÒÓÔÕÖØŌŎŐ"),
            ("u", "ùúûüũūŭůűų"), ("U", "ÙÚÛÜŨŪŬŮŰŲ"), ("c", "çćĉċč"), ("C", "ÇĆĈĊČ"), ("n", "ñńņň"), ("N", "ÑŃŅŇ"),
            ("s", "śŝşš"), ("S", "ŚŜŞŠ"), ("y", "ýÿ"), ("Y", "ÝŸ"), ("z", "źżž"), ("Z", "ŹŻŽ"), ("g", "ĝğġģ"), ("d", "ďđ"),
        ]
        for (base, variants) in groups {
            for scalar in variants.unicodeScalars { table[scalar.value] = base.unicodeScalars.first! }
        }
        return table
    }()
}

extension Glyphs {
    /// `text` made safe for the terminal: transliterated to ASCII when this is the ASCII set.
    /// Controls and bidi overrides are shown visibly with either set (`\u{1B}`), so what ncurses would drop or
    /// obey is drawn, measured and wrapped the same way as in `rencana list`.
    public func clean(_ text: String) -> String {
        let text = TerminalText.safe(text)
        guard self == .ascii, !text.utf8.allSatisfy({ $0 < 0x80 }) else { return text }
        var out = ""
        for character in text {
            if character.isASCII { out.append(character); continue }
            if let mapped = Painter.asciiMap[character] { out += mapped; continue }
            // A letter with diacritics keeps its base letter: "é" → "e"; anything else becomes "?".
            let first = character.unicodeScalars.first.map { String($0) } ?? "?"
            let base = first.decomposedStringWithCanonicalMappingLite.unicodeScalars.first
            out += base.map { $0.isASCII ? String($0) : "?" } ?? "?"
        }
        return out
    }
}
